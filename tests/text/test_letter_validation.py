"""Facts no lawful letter can be composed from are refused with one clear line."""

import copy
import json
from pathlib import Path

import pytest

from foidesk.text.letters import LetterCase, LetterCaseError, compose, parse_case

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> dict:
    path = FIXTURES / name if name.endswith("canonical_case.json") else FIXTURES / "letters" / name
    return json.loads(path.read_text(encoding="utf-8"))


def canonical() -> dict:
    return load("canonical_case.json")


def q5(data: dict) -> dict:
    return next(q for q in data["questions"] if q["id"] == "q5")


def refused(data: dict) -> str:
    with pytest.raises(LetterCaseError) as caught:
        compose(LetterCase.model_validate(data))
    message = str(caught.value)
    assert "\n" not in message
    return message


def without_pit(data):
    q5(data)["ncnd"].pop("public_interest")
    return data


def without_harm(data):
    q5(data)["ncnd"].pop("harm")
    return data


def citing_s31_1_for_ncnd(data):
    q5(data)["ncnd"]["provisions"] = ["s31(1)"]
    return data


def s21_with_pit(data):
    q = q5(data)
    claim = q.pop("ncnd")
    claim["provisions"] = ["s21"]
    claim.pop("harm")
    claim.pop("engaged")
    q.update(outcome="exempt", exemptions=[claim])
    for child in data["questions"]:
        if child.get("parent") in ("q5", "q5b"):
            child.update(outcome="not_applicable")
    return data


def class_based_with_harm(data):
    q = q5(data)
    claim = q.pop("ncnd")
    claim["provisions"] = ["s42(1)"]
    claim.pop("engaged")
    q.update(outcome="exempt", exemptions=[claim])
    for child in data["questions"]:
        if child.get("parent") in ("q5", "q5b"):
            child.update(outcome="not_applicable")
    return data


def vexatious_question(data):
    q5(data).pop("ncnd")
    q5(data)["outcome"] = "vexatious"
    return data


def unknown_provision(data):
    q5(data)["ncnd"]["provisions"] = ["s99(1)"]
    return data


def child_ncnd_without_any_parent_claim(data):
    q5(data).pop("ncnd")
    q5(data)["outcome"] = "disclosed"
    q5(data)["answer"] = "Yes."
    return data


CASES = [
    ("FOIA s2(2)(b), s17(3): a qualified exemption needs the public interest test",
     without_pit, "qualified exemption, so the letter needs public_interest"),
    ("FOIA s17(1)(c): a prejudice-based exemption needs its harm",
     without_harm, "is prejudice-based, so the letter needs harm"),
    ("FOIA s17(1)(b): NCND must cite the NCND subsection, s31(3) not s31(1)",
     citing_s31_1_for_ncnd, "section 31(1) is not a neither-confirm-nor-deny provision"),
    ("FOIA s2(3)(a): s21 is absolute, so no public interest test",
     s21_with_pit, "section 21 is an absolute exemption; drop public_interest"),
    ("FOIA s42: class-based, so no harm test",
     class_based_with_harm, "is class-based, so no harm test applies"),
    ("FOIA s14(1): vexatiousness applies to a whole request, never one question",
     vexatious_question, "section 14 applies to a whole request"),
    ("FOIA Part II: a provision outside the catalogue",
     unknown_provision, "s99(1) is not an exemption of FOIA"),
    ("FOIA s17(1): an NCND sub-question needs an NCND claim on itself or a parent",
     child_ncnd_without_any_parent_claim, "outcome 'ncnd' needs ncnd"),
]


@pytest.mark.parametrize(("law", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_unlawful_case_is_refused_naming_the_problem(law, breaks, expected):
    assert expected in refused(breaks(copy.deepcopy(canonical())))


def test_the_ncnd_citation_error_hint_names_the_right_subsection():
    message = refused(citing_s31_1_for_ncnd(canonical()))
    assert "it is section 31(3)" in message


def test_a_cost_estimate_within_the_limit_is_refused():
    """FOIA s12(1): 10 hours at £25 is £250, within the £450 limit."""
    data = load("foia_refusal_cost.json")
    data["refusal"]["cost"]["hours"] = 10
    assert "within the £450 appropriate limit" in refused(data)


def test_foisa_has_no_public_interest_extension():
    data = load("foia_pit_extension.json")
    data["regime"] = "foisa"
    assert "only FOIA allows a public interest extension" in refused(data)


def test_an_eir_extension_beyond_40_working_days_is_refused():
    """EIR reg 7(1): at most 40 working days after receipt."""
    data = load("eir_extension.json")
    data["extension"]["new_date"] = "2026-06-30"
    assert "regulation 7(1) extends to 40 working days" in refused(data)


def test_the_eir_have_no_invalid_request_letter():
    data = load("foia_invalid_request.json")
    data["regime"] = "eir"
    assert "the EIR set no form for a request" in refused(data)


def test_a_cost_limit_under_the_eir_must_cite_regulation_12_4_b():
    data = load("eir_response.json")
    data["questions"][3]["exemptions"] = []
    assert "the EIR have no cost limit" in refused(data)


def test_foisa_s18_needs_the_exemption_it_is_used_with():
    data = load("foisa_response.json")
    data["questions"][2]["ncnd"]["engaged"] = ["s25"]
    assert "cannot be used with section 25" in refused(data)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"kind": "letter-bomb"}', "kind: Input should be"),
        (b'{"kind": "response"}', "missing required fields: regime, authority"),
    ],
)
def test_bad_case_json_gives_a_one_line_error(raw, expected):
    with pytest.raises(LetterCaseError) as caught:
        parse_case(raw)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_requester_without_any_address_is_refused():
    """FOIA s8(1)(b): an address for correspondence (an email address will do)."""
    data = canonical()
    data["requester"] = {"name": "Alex Tester"}
    with pytest.raises(LetterCaseError) as caught:
        parse_case(json.dumps(data))
    assert "needs an address or an email" in str(caught.value)


def test_a_response_needs_an_outcome_for_every_question():
    data = canonical()
    del data["questions"][0]["outcome"]
    with pytest.raises(LetterCaseError) as caught:
        parse_case(json.dumps(data))
    assert "needs its outcome" in str(caught.value)


def test_problems_lists_every_reason_at_once_for_a_drafting_screen():
    from foidesk.text.letters import problems

    data = canonical()
    without_pit(data)
    data["questions"][2]["exemptions"] = [{"provisions": ["s99"], "reason": "x"}]
    data["questions"][2]["outcome"] = "exempt"
    found = problems(LetterCase.model_validate(data))
    assert len(found) == 2
    assert any("not an exemption of FOIA" in p for p in found)
    assert any("needs public_interest" in p for p in found)


def test_every_fixture_has_no_problems():
    from foidesk.text.letters import problems

    for path in sorted((FIXTURES / "letters").glob("*.json")) + [FIXTURES / "canonical_case.json"]:
        assert problems(LetterCase.model_validate_json(path.read_text(encoding="utf-8"))) == []


def test_a_sub_question_listed_before_its_parent_is_refused():
    data = canonical()
    data["questions"] = [data["questions"][2], data["questions"][1], *data["questions"][3:]]
    with pytest.raises(LetterCaseError) as caught:
        parse_case(json.dumps(data))
    assert "parent 'q2' must come before it" in str(caught.value)


def test_a_due_date_before_receipt_is_refused():
    data = canonical()
    data["dates"]["due"] = "2023-03-01"
    with pytest.raises(LetterCaseError) as caught:
        parse_case(json.dumps(data))
    assert "dates.due must be after dates.received" in str(caught.value)


@pytest.mark.parametrize(
    ("regime", "absent"),
    [("foia", {"eir_extension"}), ("eir", {"pit_extension", "invalid_request"}),
     ("foisa", {"pit_extension", "eir_extension"})],
)
def test_available_kinds_follow_the_regime(regime, absent):
    """FOIA s10(3) extension is FOIA's; EIR reg 7 is the EIR's; the EIR have no s8 form."""
    from foidesk.text.letters import LetterKind, Regime, available_kinds

    kinds = {k.value for k in available_kinds(Regime(regime))}
    assert kinds == {k.value for k in LetterKind} - absent
