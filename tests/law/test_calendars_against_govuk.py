"""The calendars against GOV.UK's published bank holidays (an independent source), 2019-2027."""

from datetime import date, timedelta

import pytest

from foidesk.law.calendars import calendar_for

from .govuk_bank_holidays import YEARS, govuk_bank_holidays

# Proclaimed after the GOV.UK snapshot was taken (BFDA 1971 s1(3), Feb 2026): see calendar.yaml.
LATER_PROCLAMATIONS = {"scotland": {date(2026, 6, 15)}}


def weekday_non_working_days(regime: str) -> set[date]:
    calendar = calendar_for(regime)
    found: set[date] = set()
    day = date(YEARS[0], 1, 1)
    while day.year <= YEARS[-1]:
        if day.weekday() < 5 and not calendar.is_working_day(day):
            found.add(day)
        day += timedelta(days=1)
    return found


def test_foia_excludes_exactly_the_union_of_the_three_govuk_divisions():
    """FOIA s10(6): a bank holiday in any part of the UK (plus Christmas Day and Good Friday,
    which GOV.UK lists in every division)."""
    union = set().union(*(govuk_bank_holidays(d) for d in
                          ("england-and-wales", "scotland", "northern-ireland")))
    union |= LATER_PROCLAMATIONS["scotland"]
    assert weekday_non_working_days("foia") == union
    assert weekday_non_working_days("eir") == union


def test_foisa_excludes_exactly_the_govuk_scotland_division():
    """FOISA s73: Christmas Day and bank holidays in Scotland only."""
    expected = govuk_bank_holidays("scotland") | LATER_PROCLAMATIONS["scotland"]
    assert weekday_non_working_days("foisa") == expected


@pytest.mark.parametrize("division", ["england-and-wales", "northern-ireland"])
def test_days_only_england_wales_or_northern_ireland_keep_are_foisa_working_days(division):
    """FOISA s73: Easter Monday, St Patrick's Day, the Boyne and late August are worked."""
    only_there = govuk_bank_holidays(division) - govuk_bank_holidays("scotland")
    calendar = calendar_for("foisa")
    assert only_there and all(calendar.is_working_day(day) for day in only_there)
