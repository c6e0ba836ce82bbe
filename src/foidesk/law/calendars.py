"""Working-day calendars for the three regimes.

FOIA s10(6) (and EIR reg 2(1), which borrows it): a working day is any day other than a Saturday,
a Sunday, Christmas Day, Good Friday or a bank holiday under the Banking and Financial Dealings
Act 1971 **in any part of the United Kingdom**, so the union of the England, Wales, Scotland and
Northern Ireland bank holidays is excluded wherever the authority is.

FOISA s73: any day other than a Saturday, a Sunday, Christmas Day or a 1971 Act bank holiday
**in Scotland**. Easter Monday and St Patrick's Day are FOISA working days; 2 January and
St Andrew's Day are not.

Bank holidays come from the pinned `holidays` package per nation, corrected by
`data/calendar.yaml` and by the administrator's own additions and removals. The package's data
ends with a year (`LAST_COVERED_YEAR`); a later day is refused with `CalendarRangeError` rather
than counted as a working day, because substitute and proclaimed days cannot be derived from
the statutory fixed days alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from importlib import resources
from importlib.metadata import version
from types import MappingProxyType
from typing import Literal

import holidays
import yaml
from pydantic import BaseModel, ConfigDict

from foidesk.law.deadline import ClockError
from foidesk.law.regimes import normalise_regime, regime_data
from foidesk.law.schema import Nation

NATION_NAMES: Mapping[str, str] = MappingProxyType(
    {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}
)
_ALL_NATIONS = frozenset(NATION_NAMES)
_NO_DAYS: Mapping[date, str] = MappingProxyType({})
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _package_last_year() -> int:
    """The last year for which the `holidays` package lists the bank holidays of every nation."""
    return min(holidays.country_holidays("GB", subdiv=nation).end_year for nation in _ALL_NATIONS)


LAST_COVERED_YEAR = _package_last_year()
LAST_COVERED_DAY = date(LAST_COVERED_YEAR, 12, 31)


class CalendarRangeError(ClockError):
    """A day after the last year whose bank holidays the calendar knows (FOIA s10(6) and FOISA
    s73 need the 1971 Act bank holidays, which the data does not give beyond that year)."""

    def __init__(self, day: date) -> None:
        super().__init__(
            f"{day} is after {LAST_COVERED_DAY}, the last day whose bank holidays the calendar "
            f"knows (holidays {version('holidays')} data ends in {LAST_COVERED_YEAR})"
        )
        self.day = day


class _Correction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    date: date
    nations: list[Nation]
    name: str
    basis: str
    evidence: str


class _Corrections(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    holidays_package_version: str
    removed: list[_Correction]
    added: list[_Correction]
    confirmed: list[_Correction]


@cache
def calendar_corrections() -> _Corrections:
    """The shipped corrections to the `holidays` data (validated on load)."""
    text = resources.files("foidesk.law").joinpath("data", "calendar.yaml").read_text("utf-8")
    return _Corrections.model_validate(yaml.safe_load(text))


def easter_sunday(year: int) -> date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    line = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * line) // 451
    month, day = divmod(h + line - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def _nation_bank_holidays(nation: str, year: int) -> Mapping[date, str]:
    """Bank holidays of one nation in one year: the package data with the shipped corrections."""
    found = {
        day: name.replace("(observed)", "(substitute)").replace("Saint ", "St ")
        for day, name in holidays.country_holidays("GB", subdiv=nation, years=year).items()
    }
    corrections = calendar_corrections()
    for removed in corrections.removed:
        if removed.date.year == year and nation in removed.nations:
            found.pop(removed.date, None)
    for added in corrections.added:
        if added.date.year == year and nation in added.nations:
            found[added.date] = added.name
    return MappingProxyType(found)


def _nations_phrase(nations: list[str]) -> str:
    if frozenset(nations) == _ALL_NATIONS:
        return "all parts of the UK"
    names = [NATION_NAMES[n] for n in ("ENG", "WLS", "SCT", "NIR") if n in nations]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class WorkingDayCalendar:
    """Which days count as working days under one regime.

    Day arithmetic follows the counting convention of FOIA s10(1) as the ICO reads it: the start
    day (the date of receipt) is day 0 and may itself be a non-working day; day 1 is the next
    working day.
    """

    def __init__(
        self,
        *,
        regime: str,
        nations: Iterable[str],
        statutory_days: Iterable[Literal["christmas_day", "good_friday"]],
        provision: str,
        extra_days: Mapping[date, str] = _NO_DAYS,
        removed_days: Iterable[date] = (),
    ) -> None:
        self.regime = regime
        self.nations = tuple(nations)
        self.statutory_days = frozenset(statutory_days)
        self.provision = provision
        self.extra_days: Mapping[date, str] = MappingProxyType(dict(extra_days))
        removed = frozenset(removed_days)
        # A weekend, or a day the Act itself names, cannot be made a working day by an
        # administrator: only a bank-holiday listing can be wrong.
        self.ignored_removals = frozenset(d for d in removed if self._statutory_reason(d))
        self.removed_days = removed - self.ignored_removals
        self._year_cache: dict[int, Mapping[date, str]] = {}

    def __repr__(self) -> str:
        return f"<WorkingDayCalendar {self.regime} ({self.provision})>"

    def _statutory_reason(self, day: date) -> str | None:
        if day.weekday() >= 5:
            return _WEEKDAY_NAMES[day.weekday()]
        if "christmas_day" in self.statutory_days and (day.month, day.day) == (12, 25):
            return "Christmas Day"
        if "good_friday" in self.statutory_days and day == easter_sunday(day.year) - timedelta(2):
            return "Good Friday"
        return None

    def _year_table(self, year: int) -> Mapping[date, str]:
        """Every weekday of `year` that is not a working day, with its reason (built once)."""
        cached = self._year_cache.get(year)
        if cached is not None:
            return cached
        if year > LAST_COVERED_YEAR:
            raise CalendarRangeError(date(year, 1, 1))
        by_day: dict[date, dict[str, list[str]]] = {}
        for nation in self.nations:
            for day, name in _nation_bank_holidays(nation, year).items():
                by_day.setdefault(day, {}).setdefault(name, []).append(nation)
        table = {
            day: "; ".join(
                f"bank holiday in {_nations_phrase(nations)}: {name}"
                for name, nations in names.items()
            )
            for day, names in by_day.items()
            if day not in self.removed_days
        }
        for day, name in self.extra_days.items():
            if day.year == year:
                table[day] = f"added by an administrator: {name}"
        for day in (date(year, 12, 25), easter_sunday(year) - timedelta(days=2)):
            statutory = self._statutory_reason(day)
            if statutory is not None:
                table[day] = statutory
        weekdays_only = {day: reason for day, reason in table.items() if day.weekday() < 5}
        self._year_cache[year] = MappingProxyType(weekdays_only)
        return self._year_cache[year]

    def non_working_reason(self, day: date) -> str | None:
        """Why `day` is not a working day ("Saturday", "Christmas Day",
        "bank holiday in Scotland: St Andrew's Day (substitute)"), or None for a working day.
        Raises `CalendarRangeError` for a day after `LAST_COVERED_DAY`."""
        if day > LAST_COVERED_DAY:
            raise CalendarRangeError(day)
        if day.weekday() >= 5:
            return _WEEKDAY_NAMES[day.weekday()]
        return self._year_table(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        """FOIA s10(6) / FOISA s73: True unless a weekend, a named day or a bank holiday.
        Raises `CalendarRangeError` for a day after `LAST_COVERED_DAY`."""
        if day > LAST_COVERED_DAY:
            raise CalendarRangeError(day)
        return day.weekday() < 5 and day not in self._year_table(day.year)

    def add_working_days(self, start: date, n: int) -> date:
        """The `n`th working day after `start` (start = day 0, which may be a non-working day)."""
        if n < 0:
            raise ValueError("the number of working days cannot be negative")
        day = start
        remaining = n
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative when end < start), so
        that `working_days_between(s, add_working_days(s, n)) == n`."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            1 for offset in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=offset))
        )

    def non_working_days(self, start: date, end: date) -> list[tuple[date, str]]:
        """Every non-working day from `start` to `end` inclusive, with its reason."""
        found: list[tuple[date, str]] = []
        day = start
        while day <= end:
            reason = self.non_working_reason(day)
            if reason is not None:
                found.append((day, reason))
            day += timedelta(days=1)
        return found


def calendar_for(
    regime: str,
    *,
    extra_days: Mapping[date, str] = _NO_DAYS,
    removed_days: Iterable[date] = (),
) -> WorkingDayCalendar:
    """The working-day calendar of a regime (FOIA s10(6), EIR reg 2(1), FOISA s73).

    `extra_days` adds non-working days the `holidays` package does not know yet (date -> name);
    `removed_days` takes out bank holidays it lists wrongly. Weekends, Christmas Day and, for
    FOIA and EIR, Good Friday are named by the statute and cannot be removed.
    """
    key = normalise_regime(regime)
    if not extra_days and not removed_days:
        return _default_calendar(key)
    return _build_calendar(key, extra_days=extra_days, removed_days=removed_days)


@cache
def _default_calendar(regime: str) -> WorkingDayCalendar:
    # Shared so that an inbox of many cases fills each year's holiday table once.
    return _build_calendar(regime, extra_days=_NO_DAYS, removed_days=())


def _build_calendar(
    regime: str, *, extra_days: Mapping[date, str], removed_days: Iterable[date]
) -> WorkingDayCalendar:
    data = regime_data(regime)
    return WorkingDayCalendar(
        regime=data.regime,
        nations=data.working_day.nations,
        statutory_days=data.working_day.always_excluded,
        provision=f"{data.short_name} {data.working_day.provision}",
        extra_days=extra_days,
        removed_days=removed_days,
    )
