"""Parts that share an answer are answered once (FOIA s17(1), EIR reg 14, FOISA s16/s17: a clear
notice), so foidesk's own letters never trip the checker's `duplicated_text` finding."""

import copy
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from foidesk.text.checking import check_response
from foidesk.text.letters import LetterCase, compose, render_text

FIXTURES = Path(__file__).parent / "fixtures"
CANONICAL = json.loads((FIXTURES / "canonical_case.json").read_text(encoding="utf-8"))
REQUEST = (FIXTURES / "canonical_request.txt").read_text(encoding="utf-8")
PART_LABELS = ["a.", "b.", "c.", "d.", "e.", "f."]


def findings(data: dict, request_text: str) -> list[str]:
    case = LetterCase.model_validate(data)
    text = render_text(compose(case))
    result = check_response(
        text, request_text=request_text, regime=case.regime.value, received=case.dates.received
    )
    return [finding.code for finding in result.findings]


def web_style_canonical() -> dict:
    """The canonical case as the web app records it: every part of Q5 carries Q5's NCND claim."""
    data = copy.deepcopy(CANONICAL)
    claim = next(q for q in data["questions"] if q["id"] == "q5")["ncnd"]
    for question in data["questions"]:
        if question["id"].startswith("q5") and question["id"] != "q5":
            question["ncnd"] = copy.deepcopy(claim)
    return data


def test_the_canonical_letter_has_no_duplicated_text_finding_at_all():
    """FOIA s17(1)/(4): the s31(3) NCND notice for Q5 and its parts is given once."""
    assert "duplicated_text" not in findings(CANONICAL, REQUEST)


def test_parts_recorded_with_their_parents_ncnd_claim_are_answered_in_one_sentence():
    """FOIA s17(4) with s31(3): the web app gives each part of Q5 the same NCND claim."""
    data = web_style_canonical()
    assert "duplicated_text" not in findings(data, REQUEST)
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "questions 5, 5(a), 5(b), 5(b)(i) and 5(b)(ii)" in text
    assert "For the reasons given for question 5, we also neither confirm nor deny" not in text


def test_unanswered_conditional_parts_say_once_that_they_do_not_arise():
    """FOIA s1(1): two 'if yes' parts of 5(b) share one sentence, in the plural."""
    data = copy.deepcopy(CANONICAL)
    for question in data["questions"]:
        for key in ("answer", "ncnd", "advice", "exemptions"):
            question.pop(key, None)
        question["outcome"] = "not_applicable"
    text = render_text(compose(LetterCase.model_validate(data)))
    assert "Questions 5(b)(i) and 5(b)(ii) applied only if yes to question 5(b)" in text
    assert "they do not arise" in text
    assert "duplicated_text" not in findings(data, REQUEST)


def case_with_parts(regime: str, outcome: str, count: int) -> tuple[dict, str]:
    """A request whose question 1 has `count` parts that all share `outcome`."""
    data = copy.deepcopy(CANONICAL)
    data["regime"] = regime
    parent: dict = {"id": "q1", "text": "Please tell me about the drone trial.", "label": "1."}
    if outcome == "ncnd":
        parent.update(outcome="ncnd", ncnd=next(q for q in CANONICAL["questions"]
                                                if q["id"] == "q5")["ncnd"])
    else:
        parent.update(outcome="disclosed", answer="The trial ran from May to July 2022.")
    parts = []
    for index in range(count):
        part: dict = {
            "id": f"q1{index}",
            "parent": "q1",
            "label": PART_LABELS[index],
            "text": f"Which records exist about site number {index + 10} of the trial?",
            "outcome": outcome,
        }
        if outcome == "ncnd":
            part["ncnd"] = parent["ncnd"]
        if outcome == "not_applicable":
            part["condition"] = "If yes"
        parts.append(part)
    data["questions"] = [parent, *parts]
    request = "\n".join(
        [f"1. {parent['text']}"]
        + [f"{p['label']} {p.get('condition', '') + ': ' if 'condition' in p else ''}{p['text']}"
           for p in parts]
    )
    return data, request


@settings(max_examples=25, deadline=None)
@given(
    regime_outcome=st.sampled_from(
        [("foia", "not_held"), ("eir", "not_held"), ("foisa", "not_held"),
         ("foia", "not_applicable"), ("eir", "not_applicable"), ("foisa", "not_applicable"),
         ("foia", "ncnd")]
    ),
    count=st.integers(min_value=2, max_value=6),
)
def test_several_parts_sharing_an_outcome_never_produce_duplicated_text(regime_outcome, count):
    """FOIA s1(1)(a) / EIR reg 12(4)(a) / FOISA s17(1) denials, s31(3) NCND and parts that do
    not arise: each is said once for all the parts that share it."""
    regime, outcome = regime_outcome
    data, request = case_with_parts(regime, outcome, count)
    assert "duplicated_text" not in findings(data, request)
