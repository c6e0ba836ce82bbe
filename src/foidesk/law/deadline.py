"""What the clock takes in and gives out: the recorded facts and the resulting deadline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Stage = Literal["request", "review"]


class ClockError(ValueError):
    """Facts the law cannot turn into a deadline (fee paid before the notice, an extension
    under FOISA, a negative number of days, ...). The message is one line for people."""


@dataclass(frozen=True)
class ClockFacts:
    """What happened, as recorded on the case. Dates are calendar days."""

    received: date
    stage: Stage = "request"
    clarification_requested: date | None = None
    clarification_received: date | None = None
    fee_notice: date | None = None
    fee_paid: date | None = None
    extension_working_days: int = 0


@dataclass(frozen=True)
class Deadline:
    """The result of the clock. `due` is None while the clock is paused or the request lapsed."""

    regime: str
    stage: Stage
    due: date | None
    paused: bool
    lapsed: bool
    status: str
    basis: str
    notice_due: date | None = None
    latest_due: date | None = None
    date_of_receipt: date | None = None
    working_days: int = 0
    disregarded_working_days: int = 0
    fee_payment_by: date | None = None
    explanation: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary: dates as YYYY-MM-DD strings, None as null."""

        def iso(day: date | None) -> str | None:
            return day.isoformat() if day is not None else None

        return {
            "regime": self.regime,
            "stage": self.stage,
            "due": iso(self.due),
            "paused": self.paused,
            "lapsed": self.lapsed,
            "status": self.status,
            "basis": self.basis,
            "notice_due": iso(self.notice_due),
            "latest_due": iso(self.latest_due),
            "date_of_receipt": iso(self.date_of_receipt),
            "working_days": self.working_days,
            "disregarded_working_days": self.disregarded_working_days,
            "fee_payment_by": iso(self.fee_payment_by),
            "explanation": list(self.explanation),
        }


def fmt(day: date) -> str:
    """'Sat 6 Dec 2025': the weekday matters when reading a deadline."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def ordinal(n: int) -> str:
    """20 -> '20th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
