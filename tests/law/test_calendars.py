"""Working-day calendars: FOIA s10(6) / EIR reg 2(1) union of the UK, FOISA s73 Scotland only."""

from datetime import date

import pytest

from foidesk.law.calendars import calendar_corrections, calendar_for, easter_sunday

D = date.fromisoformat


@pytest.mark.parametrize(
    ("section", "day", "foia_reason", "foisa_reason"),
    [
        ("s10(6)/s73: weekend", "2026-02-07", "Saturday", "Saturday"),
        ("s10(6)/s73: Christmas Day by name", "2026-12-25", "Christmas Day", "Christmas Day"),
        ("s10(6): Good Friday by name; s73: a Scottish bank holiday", "2026-04-03",
         "Good Friday", "bank holiday in Scotland: Good Friday"),
        ("s10(6): Easter Monday (E, W, NI); s73: worked in Scotland", "2026-04-06",
         "bank holiday in England, Wales and Northern Ireland: Easter Monday", None),
        ("s10(6): St Patrick's Day (NI)", "2027-03-17",
         "bank holiday in Northern Ireland: St Patrick's Day", None),
        ("s10(6): Boyne substitute (NI)", "2026-07-13",
         "bank holiday in Northern Ireland: Battle of the Boyne (substitute)", None),
        ("s10(6)/s73: 2 January (Scotland)", "2026-01-02",
         "bank holiday in Scotland: New Year Holiday", "bank holiday in Scotland: New Year Holiday"),
        ("s10(6)/s73: St Andrew's Day substitute", "2025-12-01",
         "bank holiday in Scotland: St Andrew's Day (substitute)",
         "bank holiday in Scotland: St Andrew's Day (substitute)"),
        ("s10(6)/s73: first Monday in August (Scotland)", "2026-08-03",
         "bank holiday in Scotland: Summer Bank Holiday",
         "bank holiday in Scotland: Summer Bank Holiday"),
        ("s10(6): last Monday in August, not in Scotland", "2026-08-31",
         "bank holiday in England, Wales and Northern Ireland: Late Summer Bank Holiday", None),
        ("s10(6)/s73: Boxing Day substitute", "2026-12-28",
         "bank holiday in all parts of the UK: Boxing Day (substitute)",
         "bank holiday in Scotland: Boxing Day (substitute)"),
        ("BFDA s1(3): State Funeral", "2022-09-19",
         "bank holiday in all parts of the UK: State Funeral of Queen Elizabeth II",
         "bank holiday in Scotland: State Funeral of Queen Elizabeth II"),
        ("BFDA s1(3): Coronation", "2023-05-08",
         "bank holiday in all parts of the UK: Coronation of Charles III",
         "bank holiday in Scotland: Coronation of Charles III"),
        ("an ordinary Tuesday", "2026-02-10", None, None),
    ],
)
def test_non_working_reasons(section, day, foia_reason, foisa_reason):
    assert calendar_for("foia").non_working_reason(D(day)) == foia_reason, section
    assert calendar_for("eir").non_working_reason(D(day)) == foia_reason, section
    assert calendar_for("foisa").non_working_reason(D(day)) == foisa_reason, section


@pytest.mark.parametrize("day", ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"])
def test_special_proclaimed_days_are_not_working_days_anywhere(day):
    """BFDA 1971 s1(2)-(3): proclaimed days are bank holidays 'under this Act'."""
    for regime in ("foia", "eir", "foisa"):
        assert not calendar_for(regime).is_working_day(D(day))


def test_15_june_2026_is_a_scottish_bank_holiday_kept_on_recorded_evidence():
    """BFDA 1971 s1(3) proclamation (Feb 2026); README "The law engine" records the evidence."""
    confirmed = {c.date: c for c in calendar_corrections().confirmed}
    assert confirmed[D("2026-06-15")].nations == ["SCT"]
    assert "section 1(3)" in confirmed[D("2026-06-15")].evidence
    assert not calendar_for("foisa").is_working_day(D("2026-06-15"))
    assert not calendar_for("foia").is_working_day(D("2026-06-15"))


def test_the_pinned_holidays_version_is_the_one_the_corrections_were_checked_against():
    import holidays

    assert holidays.__version__ == calendar_corrections().holidays_package_version


def test_an_administrator_can_remove_a_wrongly_listed_bank_holiday():
    calendar = calendar_for("foia", removed_days=[D("2026-06-15")])
    assert calendar.is_working_day(D("2026-06-15"))


def test_an_administrator_cannot_remove_a_day_the_act_names():
    """FOIA s10(6) names Saturdays, Sundays, Christmas Day and Good Friday."""
    calendar = calendar_for("foia", removed_days=[D("2026-12-25"), D("2026-04-03"),
                                                  D("2026-02-07")])
    assert not calendar.is_working_day(D("2026-12-25"))
    assert not calendar.is_working_day(D("2026-04-03"))
    assert calendar.ignored_removals == {D("2026-12-25"), D("2026-04-03"), D("2026-02-07")}


def test_under_foisa_good_friday_is_a_bank_holiday_an_administrator_could_remove():
    """FOISA s73 does not name Good Friday; it is excluded as a Scottish bank holiday."""
    assert calendar_for("foisa", removed_days=[D("2026-04-03")]).is_working_day(D("2026-04-03"))


def test_an_administrator_can_add_a_day():
    calendar = calendar_for("foisa", extra_days={D("2026-02-10"): "Proclaimed day"})
    assert calendar.non_working_reason(D("2026-02-10")) == "added by an administrator: Proclaimed day"


def test_add_working_days_counts_from_day_zero():
    calendar = calendar_for("foia")
    assert calendar.add_working_days(D("2026-02-06"), 1) == D("2026-02-09")
    assert calendar.add_working_days(D("2026-02-07"), 1) == D("2026-02-09")
    assert calendar.add_working_days(D("2026-02-07"), 0) == D("2026-02-07")


def test_working_days_between_is_the_inverse_of_add_and_antisymmetric():
    calendar = calendar_for("foia")
    start = D("2025-12-06")
    end = calendar.add_working_days(start, 20)
    assert calendar.working_days_between(start, end) == 20
    assert calendar.working_days_between(end, start) == -20
    assert calendar.working_days_between(start, start) == 0


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError, match="negative"):
        calendar_for("foia").add_working_days(D("2026-02-02"), -1)


@pytest.mark.parametrize(("year", "easter"), [(2024, "2024-03-31"), (2025, "2025-04-20"),
                                              (2026, "2026-04-05"), (2027, "2027-03-28"),
                                              (2038, "2038-04-25")])
def test_easter_sunday_matches_the_published_dates(year, easter):
    assert easter_sunday(year) == D(easter)


def test_an_administrator_day_never_hides_the_reason_the_act_gives():
    """FOIA s10(6): Christmas Day stays Christmas Day whatever an override says."""
    calendar = calendar_for("foia", extra_days={D("2026-12-25"): "Office party",
                                                D("2026-02-07"): "Weekend event"})
    assert calendar.non_working_reason(D("2026-12-25")) == "Christmas Day"
    assert calendar.non_working_reason(D("2026-02-07")) == "Saturday"


def test_the_default_calendar_is_shared_and_an_overridden_one_is_not():
    assert calendar_for("foia") is calendar_for("FOIA")
    assert calendar_for("foia", removed_days=[D("2026-06-15")]) is not calendar_for("foia")
