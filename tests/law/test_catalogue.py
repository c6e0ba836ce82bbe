"""The exemption catalogue: complete for all three regimes, each NCND provision right."""

import pytest

from foidesk.law.catalogue import (
    get_provision,
    harm_test_of,
    is_legacy_ncnd,
    is_ncnd_provision,
    provisions,
    resolve_citation,
    status_of,
)
from foidesk.law.citations import normalise_citation

FOIA_NCND = {
    "s21": None, "s22": "s22(2)", "s22A": "s22A(2)", "s23": "s23(5)", "s24": "s24(2)",
    "s26": "s26(3)", "s27": "s27(4)", "s28": "s28(3)", "s29": "s29(2)", "s30": "s30(3)",
    "s31": "s31(3)", "s32": "s32(3)", "s33": "s33(3)", "s34": "s34(2)", "s35": "s35(3)",
    "s36": "s36(3)", "s37": "s37(2)", "s38": "s38(2)", "s39": "s39(2)", "s40": "s40(5B)",
    "s41": "s41(2)", "s42": "s42(2)", "s43": "s43(3)", "s44": "s44(2)",
}
EIR_NCND = {
    "reg12(4)(a)": None, "reg12(4)(b)": None, "reg12(4)(c)": None, "reg12(4)(d)": None,
    "reg12(4)(e)": None, "reg12(5)(a)": "reg12(6)", "reg12(5)(b)": None, "reg12(5)(c)": None,
    "reg12(5)(d)": None, "reg12(5)(e)": None, "reg12(5)(f)": None, "reg12(5)(g)": None,
    "reg13": "reg13(5A)",
}
# FOISA s18(1): NCND only for ss. 28-35, 38, 39(1) and 41.
FOISA_NCND = {f"s{n}": ("s18" if n in {28, 29, 30, 31, 32, 33, 34, 35, 38, 39, 41} else None)
              for n in range(25, 42)}

FOIA_ABSOLUTE = {"s21", "s23", "s32", "s34", "s41", "s44"}          # FOIA s2(3)
FOIA_IN_PART = {"s36", "s37", "s40"}                                # s2(3)(e), (ea), (f), (fa)
FOISA_ABSOLUTE = {"s25", "s26", "s37"}                              # FOISA s2(2)
FOISA_IN_PART = {"s36", "s38"}                                      # s2(2)(c), (e)


def test_the_catalogue_counts_are_24_foia_13_eir_and_17_foisa():
    """FOIA Part II ss. 21-44 with 22A, without s25; EIR reg 12(4)(a)-(e), 12(5)(a)-(g), reg 13;
    FOISA Part 2 ss. 25-41."""
    assert [len(provisions(r)) for r in ("foia", "eir", "foisa")] == [24, 13, 17]


@pytest.mark.parametrize(("regime", "expected"),
                         [("foia", FOIA_NCND), ("eir", EIR_NCND), ("foisa", FOISA_NCND)])
def test_every_entry_has_the_right_ncnd_provision(regime, expected):
    """FOIA s1(6)/s2(1) per-exemption NCND subsections; EIR reg 12(6), 13(5A); FOISA s18."""
    assert {p.code: p.ncnd for p in provisions(regime)} == expected


def test_foia_statuses_follow_section_2_3():
    """FOIA s2(3): the absolute exemptions, whole or in part; every other one is qualified."""
    for p in provisions("foia"):
        expected = ("absolute" if p.code in FOIA_ABSOLUTE else
                    "absolute_in_part" if p.code in FOIA_IN_PART else "qualified")
        assert p.status == expected, p.code


def test_every_eir_reg_12_exception_is_qualified_and_reg_13_is_absolute_in_part():
    """EIR reg 12(1)(b): every reg 12 exception carries the public interest test."""
    statuses = {p.code: p.status for p in provisions("eir")}
    assert statuses.pop("reg13") == "absolute_in_part"
    assert set(statuses.values()) == {"qualified"}


def test_foisa_statuses_follow_section_2_2():
    """FOISA s2(2)."""
    for p in provisions("foisa"):
        expected = ("absolute" if p.code in FOISA_ABSOLUTE else
                    "absolute_in_part" if p.code in FOISA_IN_PART else "qualified")
        assert p.status == expected, p.code


def test_every_entry_has_a_title_a_test_and_a_two_line_explanation():
    for regime in ("foia", "eir", "foisa"):
        for p in provisions(regime):
            assert p.title and p.test in {"class", "prejudice", "other"}
            assert 40 < len(p.explanation) <= 260, p.code
            assert p.citation.startswith(regime.upper() + " ")
            assert p.url.startswith("https://www.legislation.gov.uk/")


@pytest.mark.parametrize(
    ("regime", "cited", "code"),
    [
        ("foia", "s31(1)(a)", "s31"),
        ("foia", "section 31(3)", "s31"),
        ("foia", "31", "s31"),
        ("foia", "S.43 (2)", "s43"),
        ("foia", "section 22a", "s22A"),
        ("foia", "Section 40(5B)(a)(i)", "s40"),
        ("foia", "section 40(5)", "s40"),
        ("eir", "regulation 12(5)(b)", "reg12(5)(b)"),
        ("eir", "reg 13", "reg13"),
        ("eir", "Regulation 12(6)", "reg12(5)(a)"),
        ("eir", "regulation 12(3)", "reg13"),
        ("eir", "reg. 12(4)(e)", "reg12(4)(e)"),
        ("foisa", "section 38(1)(b)", "s38"),
        ("foisa", "s39(1)", "s39"),
    ],
)
def test_a_cited_form_resolves_to_the_entry_that_contains_it(regime, cited, code):
    provision = resolve_citation(regime, cited)
    assert provision is not None and provision.code == code


@pytest.mark.parametrize(
    ("regime", "cited"),
    [("foia", "section 25"), ("foia", "s12"), ("foia", "s2"), ("eir", "regulation 12(4)"),
     ("eir", "reg 12(5)"), ("foisa", "s18"), ("foisa", "s42"), ("foia", "no section at all")],
)
def test_a_citation_outside_the_catalogue_resolves_to_nothing(regime, cited):
    assert resolve_citation(regime, cited) is None


@pytest.mark.parametrize(
    ("regime", "cited", "expected"),
    [
        ("foia", "s31(3)", True),
        ("foia", "section 30(3)", True),
        ("foia", "s40(5B)(a)(i)", True),
        ("foia", "s40(5A)", True),
        ("foia", "s40(5)", False),
        ("eir", "reg 13(5)", False),
        ("foia", "s23(5)", True),
        ("foia", "s24(2)", True),
        ("foia", "s27(4)(b)", True),
        ("foia", "s12(2)", True),
        ("foia", "s31(1)(a)", False),
        ("foia", "s40(2)", False),
        ("foia", "s21", False),
        ("foia", "s43(2)", False),
        ("foia", "s12(1)", False),
        ("eir", "regulation 12(6)", True),
        ("eir", "reg 13(5A)", True),
        ("eir", "reg 13(5B)(a)", True),
        ("eir", "reg 12(5)(a)", False),
        ("eir", "reg 13(1)", False),
        ("foisa", "section 18", True),
        ("foisa", "s18(1)", True),
        ("foisa", "s35(1)(a)", False),
    ],
)
def test_ncnd_provisions_are_recognised_and_nothing_else(regime, cited, expected):
    """FOIA s17(1): an NCND refusal must name the provision it relies on."""
    assert is_ncnd_provision(regime, cited) is expected


@pytest.mark.parametrize(
    ("regime", "cited", "status"),
    [
        ("foia", "s37(1)(a)", "absolute"),
        ("foia", "s37(1)(b)", "qualified"),
        ("foia", "s40(1)", "absolute"),
        ("foia", "s40(2)", "absolute_in_part"),
        ("foia", "s40(5B)(b)", "qualified"),
        ("foia", "s31(1)(a)", "qualified"),
        ("foia", "s41(1)", "absolute"),
        ("eir", "reg 13(5A)(a)", "absolute"),
        ("eir", "reg 13(5A)(b)", "qualified"),
        ("foisa", "s36(2)", "absolute"),
        ("foisa", "s36(1)", "qualified"),
        ("foisa", "s38(1)(a)", "absolute"),
        ("foia", "s25", None),
    ],
)
def test_the_status_of_a_cited_subsection_follows_its_part(regime, cited, status):
    """FOIA s2(3)(ea), (f), (fa); FOISA s2(2)(c), (e)."""
    assert status_of(regime, cited) == status


def test_an_unknown_code_raises_key_error():
    with pytest.raises(KeyError):
        get_provision("foia", "s25")


def test_s43_ncnd_note_says_trade_secrets_have_none():
    """FOIA s43(3) covers only the s43(2) interests."""
    assert "s43(1)" in (get_provision("foia", "s43").ncnd_note or "")


def test_provisions_are_frozen():
    provision = get_provision("foia", "s31")
    with pytest.raises(AttributeError):
        provision.ncnd = "s31(9)"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("regime", "cited", "test"),
    [
        ("foia", "s43(1)", "class"),
        ("foia", "s43(2)", "prejudice"),
        ("foia", "s27(2)", "class"),
        ("foia", "s31(1)(a)", "prejudice"),
        ("foisa", "s31(4)", "prejudice"),
        ("foisa", "s33(1)(a)", "class"),
        ("eir", "reg 12(5)(e)", "prejudice"),
        ("foia", "s12", None),
    ],
)
def test_the_harm_test_of_a_cited_subsection(regime, cited, test):
    """FOIA s43(1) trade secrets are class-based, s43(2) prejudice-based (and similar splits)."""
    assert harm_test_of(regime, cited) == test


@pytest.mark.parametrize(
    ("regime", "cited", "expected"),
    [("foia", "Section 40 (5)", True), ("foia", "s40(5)(b)(i)", True), ("eir", "reg 13(5)", True),
     ("foia", "s40(5B)", False), ("foia", "s31(3)", False), ("eir", "reg 13(5A)", False)],
)
def test_pre_2018_ncnd_numbering_is_recognised_as_legacy(regime, cited, expected):
    """DPA 2018 replaced FOIA s40(5) by s40(5A)/(5B) and EIR reg 13(5) by 13(5A)/(5B)."""
    assert is_legacy_ncnd(regime, cited) is expected


@pytest.mark.parametrize(
    ("regime", "text", "canonical"),
    [
        ("foia", "Question 3: we rely on section 31(1)(a)", "s31(1)(a)"),
        ("foia", "s31", "s31"),
        ("foia", "S. 40 (5b) (a) (I)", "s40(5B)(a)(i)"),
        ("foia", "ss 30 and 31", "s30"),
        ("foia", "FOIA 43(2)", "s43(2)"),
        ("foia", "31", "s31"),
        ("eir", "12(5)(b)", "reg12(5)(b)"),
        ("eir", "Regulation 12 (4) (E) of the EIR", "reg12(4)(e)"),
        ("eir", "reg.13", "reg13"),
        ("foia", "page 4 of the letter", None),
        ("foia", "the 2000 Act", None),
        ("foia", "within 20 working days", None),
        ("foia", "the Council's 31 officers", None),
    ],
)
def test_citations_are_read_into_one_canonical_form(regime, text, canonical):
    assert normalise_citation(regime, text) == canonical
