"""EIR reg 12(4)(a) (not held) next to an NCND answer is not part of the NCND notice (found by the
letter property test: a not-held answer followed by a reg 12(6) reply was flagged)."""

import datetime as dt
import json

from foidesk.text.checking import check_response
from foidesk.text.letters import compose, parse_case, render_text

NCND = {
    "provisions": ["reg12(6)"],
    "reason": "Would reveal site security.",
    "harm": "Disclosure would be likely to damage the interest concerned, for the reasons given.",
    "public_interest": {
        "for_disclosure": ["Openness about how the authority works."],
        "against_disclosure": ["Protecting the interest the provision protects."],
        "balance": "On balance the interest in withholding is stronger here.",
    },
    "engaged": ["reg12(5)(a)"],
}


def test_a_not_held_answer_beside_an_eir_ncnd_reply_is_not_an_ncnd_citation():
    case = parse_case(json.dumps({
        "kind": "response", "regime": "eir",
        "authority": {"name": "Exampleshire Council", "email": "foi@example.org"},
        "requester": {"name": "Pat Example", "email": "pat@example.org"},
        "reference": "FOI-2026-0001",
        "dates": {"received": "2026-03-02", "letter": "2026-03-12"},
        "questions": [
            {"id": "q0", "text": "Please provide what you hold about potholes for item 0.",
             "outcome": "not_held", "answer": "No monitoring was done."},
            {"id": "q1", "text": "Please provide what you hold about potholes for item 1.",
             "outcome": "ncnd", "ncnd": NCND},
        ],
    }))
    text = render_text(compose(case))
    result = check_response(text, regime="eir", received=dt.date(2026, 3, 2))
    assert [f.code for f in result.findings if f.severity == "error"] == []
