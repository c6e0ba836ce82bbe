"""Table-driven deadline vectors. Each row names the provision it proves.

The "worked example" rows are copied from /shared/reference/foia_rules.yaml `test_vectors` and
legal.md §7 (computed there independently with `holidays` 0.109). The other rows were counted by
hand on a printed calendar; the comment on each says which day makes the difference.
"""

from datetime import date

import pytest

from foidesk.law.calendars import calendar_for
from foidesk.law.clock import ClockError, ClockFacts, compute_deadline

D = date.fromisoformat

# received, FOIA/EIR 20th wd, EIR 40th wd, FOISA 20th wd, England & Wales only (wrong for FOIA)
WORKED_EXAMPLES = [
    ("2025-12-01", "2025-12-31", "2026-01-30", "2025-12-31", "2025-12-31"),
    ("2025-12-06", "2026-01-08", "2026-02-05", "2026-01-08", "2026-01-07"),
    ("2026-07-01", "2026-07-30", "2026-08-28", "2026-07-29", "2026-07-29"),
    ("2026-11-16", "2026-12-15", "2027-01-18", "2026-12-15", "2026-12-14"),
    ("2027-03-01", "2027-04-01", "2027-04-29", "2027-03-30", "2027-03-31"),
]


def due(regime, **facts):
    return compute_deadline(regime=regime, facts=ClockFacts(**facts)).due


@pytest.mark.parametrize(("received", "foia", "eir40", "foisa", "eng_only"), WORKED_EXAMPLES)
def test_worked_examples_from_the_reference_match(received, foia, eir40, foisa, eng_only):
    """FOIA s10(1)+(6), EIR reg 5(2)+reg 7(1), FOISA s10(1)+s73 (reference legal.md §7)."""
    assert due("foia", received=D(received)) == D(foia)
    assert due("eir", received=D(received)) == D(foia)
    assert due("eir", received=D(received), extension_working_days=20) == D(eir40)
    assert due("foisa", received=D(received)) == D(foisa)
    if eng_only != foia:
        assert due("foia", received=D(received)) != D(eng_only)


VECTORS = [
    # (section proved, regime, facts, expected due)
    ("FOIA s10(6): 12 July (Boyne substitute 13 Jul 2026) in Northern Ireland counts everywhere",
     "foia", {"received": "2026-07-01"}, "2026-07-30"),
    ("FOISA s73: the Northern Ireland Boyne holiday is a working day in Scotland",
     "foisa", {"received": "2026-07-01"}, "2026-07-29"),
    ("FOIA s10(6): St Andrew's Day substitute (Mon 1 Dec 2025, Scotland) is not a working day",
     "foia", {"received": "2025-11-28"}, "2025-12-31"),
    ("FOIA s10(6): 2 January (Scotland) and its 2028 substitute on 4 Jan are excluded",
     "foia", {"received": "2027-12-15"}, "2028-01-18"),
    ("FOISA s73: substitute Christmas (27 Dec) and Boxing Day (28 Dec) in 2027",
     "foisa", {"received": "2027-12-01"}, "2027-12-31"),
    ("FOISA s73: Easter Monday and St Patrick's Day are Scottish working days",
     "foisa", {"received": "2027-03-01"}, "2027-03-30"),
    ("FOIA s10(6): St Patrick's Day, Good Friday and Easter Monday 2027 are excluded",
     "foia", {"received": "2027-03-01"}, "2027-04-01"),
    ("FOIA s10(6) / BFDA 1971 s1(3): the State Funeral, 19 Sep 2022, counts",
     "foia", {"received": "2022-09-01"}, "2022-09-30"),
    ("FOIA s10(6) / BFDA 1971 s1(3): the Coronation, 8 May 2023, counts",
     "foia", {"received": "2023-04-28"}, "2023-05-31"),
    ("FOIA s10(6) / BFDA 1971 s1(2)-(3): moved spring holiday and Jubilee, 2-3 Jun 2022",
     "foia", {"received": "2022-05-20"}, "2022-06-21"),
    ("FOISA s73 / BFDA 1971 s1(3): the Scottish World Cup bank holiday, 15 Jun 2026",
     "foisa", {"received": "2026-06-01"}, "2026-06-30"),
    ("FOIA s10(6): the Scottish 15 Jun 2026 holiday counts UK-wide",
     "foia", {"received": "2026-06-01"}, "2026-06-30"),
    ("FOIA s10(6): a request arriving on a Saturday is day 0; day 1 is Monday",
     "foia", {"received": "2026-02-07"}, "2026-03-06"),
    ("FOIA s1(3) + s10(6)(b): clarification restarts the clock from its day of receipt",
     "foia", {"received": "2026-02-02", "clarification_requested": "2026-02-03",
              "clarification_received": "2026-02-10"}, "2026-03-10"),
    ("FOIA s10(6)(b): clarification arriving on a Saturday is day 0",
     "foia", {"received": "2026-02-02", "clarification_received": "2026-02-14"}, "2026-03-13"),
    ("EIR reg 9(4): further particulars restart the 20 working days",
     "eir", {"received": "2026-02-02", "clarification_received": "2026-02-10"}, "2026-03-10"),
    ("FOISA s10(1)(b): further information restarts the 20 working days",
     "foisa", {"received": "2026-02-02", "clarification_received": "2026-02-10"}, "2026-03-10"),
    ("FOIA s10(2): the 10 working days from notice to payment, both included, are disregarded",
     "foia", {"received": "2026-02-02", "fee_notice": "2026-02-09", "fee_paid": "2026-02-20"},
     "2026-03-16"),
    ("FOIA s10(2): a fee paid on a Saturday disregards only the working days up to it",
     "foia", {"received": "2026-02-02", "fee_notice": "2026-02-09", "fee_paid": "2026-02-14"},
     "2026-03-09"),
    ("FOIA s10(2): notice and payment on the same working day disregard that one day",
     "foia", {"received": "2026-02-02", "fee_notice": "2026-02-09", "fee_paid": "2026-02-09"},
     "2026-03-03"),
    ("EIR reg 8(6): the advance-payment period is disregarded",
     "eir", {"received": "2026-02-02", "fee_notice": "2026-02-09", "fee_paid": "2026-02-20"},
     "2026-03-16"),
    ("FOISA s10(3): the fees-notice period is disregarded",
     "foisa", {"received": "2026-02-02", "fee_notice": "2026-02-09", "fee_paid": "2026-02-20"},
     "2026-03-16"),
    ("FOIA s10(3): a public interest extension of 20 working days after the 20th",
     "foia", {"received": "2025-12-01", "extension_working_days": 20}, "2026-01-30"),
    ("FOIA s10(3): an extension of 5 working days",
     "foia", {"received": "2026-02-02", "extension_working_days": 5}, "2026-03-09"),
    ("EIR reg 7(1): extension to the 40th working day",
     "eir", {"received": "2026-11-16", "extension_working_days": 20}, "2027-01-18"),
    ("FOIA s45 Code: an internal review is due on the 20th working day",
     "foia", {"received": "2025-12-06", "stage": "review"}, "2026-01-08"),
    ("FOIA s45 Code: a review extended in exceptional cases to the 40th working day",
     "foia", {"received": "2025-12-01", "stage": "review", "extension_working_days": 20},
     "2026-01-30"),
    ("EIR reg 11(4): reconsideration within 40 working days",
     "eir", {"received": "2025-12-01", "stage": "review"}, "2026-01-30"),
    ("FOISA s21(1): review within 20 working days on the Scottish calendar",
     "foisa", {"received": "2027-03-01", "stage": "review"}, "2027-03-30"),
]


def _facts(raw):
    return {k: D(v) if isinstance(v, str) and k != "stage" else v for k, v in raw.items()}


@pytest.mark.parametrize(("section", "regime", "facts", "expected"), VECTORS,
                         ids=[v[0] for v in VECTORS])
def test_each_vector_gives_the_due_date_its_section_requires(section, regime, facts, expected):
    assert due(regime, **_facts(facts)) == D(expected), section


def test_an_administrator_removing_15_june_2026_moves_the_foisa_deadline_back_a_day():
    """FOISA s73: only real bank holidays count; a day removed by an administrator is worked."""
    calendar = calendar_for("foisa", removed_days=[D("2026-06-15")])
    deadline = compute_deadline(regime="foisa", facts=ClockFacts(received=D("2026-06-01")),
                                calendar=calendar)
    assert deadline.due == D("2026-06-29")


def test_an_administrator_adding_a_day_moves_the_deadline_on_a_day():
    """FOIA s10(6) / BFDA 1971 s1(3): a newly proclaimed day the package lacks still counts."""
    calendar = calendar_for("foia", extra_days={D("2026-02-10"): "Special proclaimed day"})
    deadline = compute_deadline(regime="foia", facts=ClockFacts(received=D("2026-02-02")),
                                calendar=calendar)
    assert deadline.due == D("2026-03-03")
    assert any("Special proclaimed day" in step for step in deadline.explanation)


def test_the_extension_keeps_the_s17_notice_due_on_the_20th_working_day():
    """FOIA s10(3) and s17(2): the refusal notice is still due on the normal date."""
    deadline = compute_deadline(
        regime="foia", facts=ClockFacts(received=D("2025-12-01"), extension_working_days=20))
    assert (deadline.notice_due, deadline.due, deadline.latest_due) == (
        D("2025-12-31"), D("2026-01-30"), None)
    assert deadline.basis == "FOIA s10(3)"


def test_an_eir_extension_states_the_reg_7_3_notice_date_and_the_40th_day():
    """EIR reg 7(1) and 7(3)."""
    deadline = compute_deadline(
        regime="eir", facts=ClockFacts(received=D("2025-12-01"), extension_working_days=10))
    assert deadline.notice_due == D("2025-12-31")
    assert deadline.latest_due == D("2026-01-30")
    assert deadline.due == D("2026-01-16")


def test_a_long_foia_extension_is_allowed_but_flagged_against_ico_guidance():
    """FOIA s10(3) sets no cap; the ICO suggests no more than 20 further working days."""
    deadline = compute_deadline(
        regime="foia", facts=ClockFacts(received=D("2025-12-01"), extension_working_days=25))
    assert deadline.due == D("2026-02-06")
    assert any("ICO" in step for step in deadline.explanation)


def test_a_foia_review_reports_the_40th_working_day_as_the_latest():
    """FOIA s45 Code / ICO: 20 working days, 40 in exceptional circumstances."""
    deadline = compute_deadline(regime="foia",
                                facts=ClockFacts(received=D("2025-12-01"), stage="review"))
    assert (deadline.due, deadline.latest_due) == (D("2025-12-31"), D("2026-01-30"))


@pytest.mark.parametrize(
    ("section", "regime", "facts", "message"),
    [
        ("FOISA s10: no extension", "foisa", {"received": "2026-02-02",
                                              "extension_working_days": 1}, "no extension"),
        ("EIR reg 7(1): at most 40", "eir", {"received": "2026-02-02",
                                             "extension_working_days": 21}, "at most 20"),
        ("FOIA s45 Code: review at most 40", "foia", {"received": "2026-02-02", "stage": "review",
                                                      "extension_working_days": 21}, "at most 40"),
        ("EIR reg 11(4): no review extension", "eir", {"received": "2026-02-02", "stage": "review",
                                                       "extension_working_days": 1},
         "no extension"),
        ("FOISA s21(1): no review extension", "foisa", {"received": "2026-02-02",
                                                        "stage": "review",
                                                        "extension_working_days": 1},
         "no extension"),
        ("FOIA s10(2): fee paid before notice", "foia", {"received": "2026-02-02",
                                                         "fee_notice": "2026-02-09",
                                                         "fee_paid": "2026-02-06"},
         "before the fees notice"),
        ("FOIA s9: payment without a notice", "foia", {"received": "2026-02-02",
                                                       "fee_paid": "2026-02-06"}, "no fees notice"),
        ("FOIA s10(6)(b): clarification before receipt", "foia", {
            "received": "2026-02-02", "clarification_received": "2026-01-30"}, "before"),
        ("rights of access began on 1 January 2005", "foia", {"received": "2004-12-31"},
         "came into force"),
        ("far-future dates are refused", "eir", {"received": "9999-12-20"}, "outside"),
        ("FOIA s10(6): no bank holidays known after 2100", "foia", {"received": "2101-01-04"},
         "bank holidays the calendar knows"),
        ("negative extension", "foia", {"received": "2026-02-02", "extension_working_days": -1},
         "negative"),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else None,
)
def test_facts_the_law_cannot_time_are_refused_with_a_clear_error(section, regime, facts, message):
    with pytest.raises(ClockError, match=message):
        compute_deadline(regime=regime, facts=ClockFacts(**_facts(facts)))


def test_an_unknown_regime_is_a_clock_error():
    with pytest.raises(ClockError, match="unknown regime"):
        compute_deadline(regime="gdpr", facts=ClockFacts(received=D("2026-02-02")))


def test_a_calendar_of_another_regime_is_refused():
    with pytest.raises(ClockError, match="foisa calendar"):
        compute_deadline(regime="foia", facts=ClockFacts(received=D("2026-02-02")),
                         calendar=calendar_for("foisa"))
