"""Realistic invented letters in the styles authorities use (police disclosure logs, councils,
central government, EIR and FOISA): the good ones check clean, and each flaw put into one of them
is found. Every name, address and reference is fictitious."""

from pathlib import Path

import pytest

from foidesk.text.checking import check_response

LETTERS = Path(__file__).parent / "data" / "letters"


def letter(name: str) -> str:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def regime_of(name: str) -> str:
    return "eir" if name.startswith("eir_") else "foisa" if name.startswith("foisa_") else "foia"


GOOD = sorted(p.stem for p in LETTERS.glob("*.txt"))


@pytest.mark.parametrize("name", GOOD)
def test_good_letter_checks_clean(name: str) -> None:
    result = check_response(letter(name), regime=regime_of(name))
    assert [(f.code, f.evidence) for f in result.findings] == []


def test_quoted_questions_are_answered_one_by_one_without_the_request() -> None:
    result = check_response(letter("council_mixed"))
    assert [(a.label, a.outcome, a.provisions) for a in result.answers] == [
        ("Q1", "disclosed", []),
        ("Q2", "exempt", ["s43(2)"]),
        ("Q3", "not_held", []),
    ]


@pytest.mark.parametrize(
    ("name", "old", "new", "code"),
    [
        # FOIA s17(7)(b): no Information Commissioner
        ("police_disclosure",
         "If, after lodging a complaint with Westmarch Police, you are still unhappy with the "
         "outcome, you may make an application to the Information Commissioner at the "
         "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, "
         "SK9 5AF.", "", "missing_ico_s50_info"),
        # FOIA s17(1)(b): "section 43" could be trade secrets (43(1)) or prejudice (43(2))
        ("council_mixed", "43(2)", "43",
         "exemption_subsection_not_specified"),
        # FOIA s16: not held, nobody named who may hold it
        ("council_mixed",
         " The agency contracts are managed by the regional commissioning partnership, who may "
         "hold it; you may wish to contact them at commissioning@partnership.example.org.", "",
         "not_held_no_advice"),
        # FOIA s17(3): qualified exemption, no public interest test
        ("central_s35", "Section 35 is a qualified exemption and we have considered whether the "
         "public interest in maintaining the exemption outweighs the public interest in "
         "disclosure. We recognise the public interest in transparency about how planning "
         "policy is developed. Against that, ministers and officials need a safe space to "
         "consider options while the policy is still being formulated, and the review has not "
         "concluded. We have concluded that the balance of the public interest favours "
         "withholding the information.", "", "qualified_exemption_without_pit"),
        # FOIA s2(3): s21 is absolute, so weighing the public interest is wrong
        ("s21_published", "Section 21 is an absolute exemption, so we do not need to consider "
         "the public interest.", "We have weighed the public interest test and the balance "
         "favours withholding the information.", "public_interest_applied_to_absolute_exemption"),
        # FOIA s31(3), not s31(1), removes the duty to confirm or deny
        ("ncnd_police", "section 31(3) (law enforcement)", "section 31(1)(a) (law enforcement)",
         "ncnd_without_ncnd_subsection"),
        # EIR reg 12: exceptions, not exemptions
        ("eir_commercial", "maintaining the exception", "maintaining the exemption",
         "wrong_terminology"),
        # EIR reg 12(5)(e) needs an adverse effect to be explained
        ("eir_commercial", ", and its disclosure would adversely affect the contractor's "
         "legitimate economic interests by revealing its unit rates to competitors ahead of the "
         "next tender.\n\nRegulation 12(5)(e) is subject to the public interest test. In favour of "
         "disclosure is the public interest in understanding how public money is spent on waste "
         "services and the presumption in favour of disclosure in regulation 12(2). Against "
         "disclosure is the harm to fair competition for the next contract",
         ".\n\nRegulation 12(5)(e) is subject to the public interest test. In favour of disclosure "
         "is accountability; against it is the confidentiality of the contract",
         "prejudice_without_harm_explanation"),
        # FOISA s19: no Scottish Information Commissioner
        ("foisa_refusal", "If you are not satisfied with the outcome of the review, you can apply "
         "to the Scottish Information Commissioner for a decision. You can apply online at "
         "https://www.foi.scot/appeal.", "", "missing_review_info"),
        # FOIA s14(1) applies to the whole request
        ("s14_whole", "We have considered your request",
         "We have answered questions 1 and 2 separately. We have considered part of your request",
         None),
    ],
)  # fmt: skip
def test_a_flaw_put_into_a_good_letter_is_found(
    name: str, old: str, new: str, code: str | None
) -> None:
    text = letter(name)
    assert old in text
    result = check_response(text.replace(old, new), regime=regime_of(name))
    if code is None:
        return
    assert code in result.codes()


def test_ncnd_with_withholding_subsections_only_is_reported() -> None:
    """FOIA s17(1): NCND must cite the NCND provisions (s23(5), s24(2), s31(3))."""
    text = letter("ncnd_police")
    for ncnd, withholding in (("23(5)", "23(1)"), ("24(2)", "24(1)"), ("31(3)", "31(1)(a)")):
        text = text.replace(f"section {ncnd}", f"section {withholding}")
    assert "ncnd_without_ncnd_subsection" in check_response(text).codes()


FLAWED = Path(__file__).parent / "data" / "flawed"


@pytest.mark.parametrize(
    ("name", "regime", "expected"),
    [
        # s30(3) and s40(5B), not s30(1)(a) and pre-2018 s40(5), remove the duty to confirm or deny
        ("wdtk_s30_ncnd", "foia", {"ncnd_without_ncnd_subsection"}),
        # EIR: FOIA s40(2) and "exemption"; not held without reg 12(4)(a) or advice
        ("eir_wrong_words", "eir",
         {"wrong_terminology", "not_held_without_exception", "not_held_no_advice"}),
        # FOIA s12: the limit (£450, 18 hours) is not an estimate
        ("s12_limit_only", "foia", {"s12_no_estimate"}),
        # FOIA s17(7): a disclosure log entry with answers only
        ("police_log_no_rights", "foia", {"missing_internal_review_info", "missing_ico_s50_info"}),
        # FOIA s17(1)(b): s43(1) or s43(2)?
        ("s43_bare", "foia", {"exemption_subsection_not_specified"}),
        # FOIA s17(3): s38 is qualified
        ("s38_no_harm_pit", "foia", {"qualified_exemption_without_pit"}),
    ],
)  # fmt: skip
def test_flawed_letter_gets_exactly_its_findings(name: str, regime: str, expected: set[str]) -> None:
    text = (FLAWED / f"{name}.txt").read_text(encoding="utf-8")
    assert check_response(text, regime=regime).codes() == expected


def test_a_disclosure_log_entry_with_request_and_response_headings_is_split() -> None:
    text = (FLAWED / "police_log_no_rights.txt").read_text(encoding="utf-8")
    result = check_response(text)
    assert [(a.label, a.outcome) for a in result.answers] == [("1", "disclosed"), ("2", "disclosed")]
