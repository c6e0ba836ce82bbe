"""`foidesk deadline`: the statutory clock from the command line.

Other tools and the web app call the same function (`foidesk.law.clock.compute_deadline`), so the
command prints exactly what the casework screens show.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, NoReturn

from foidesk.law.calendars import calendar_for
from foidesk.law.clock import ClockError, ClockFacts, Deadline, compute_deadline
from foidesk.law.regimes import REGIMES


def _one_line_error(message: str) -> NoReturn:
    # argparse prints the whole usage before a bad option; scripts and people need one line.
    print(f"foidesk deadline: error: {message}", file=sys.stderr)
    sys.exit(2)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _working_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of working days cannot be negative")
    return value


def _added_day(text: str) -> tuple[date, str]:
    day_text, _, name = text.partition("=")
    return _day(day_text), name.strip() or "added on the command line"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `foidesk deadline` to the `foidesk` parser."""
    parser = sub.add_parser(
        "deadline",
        help="compute a statutory deadline (FOIA, EIR, FOISA) and explain it",
        description=(
            "Compute the due date of a request or an internal review from the recorded facts. "
            "The date of receipt is day 0 and may be a non-working day; day 1 is the next "
            "working day."
        ),
    )
    parser.error = _one_line_error
    parser.add_argument("--regime", required=True, type=str.lower, choices=REGIMES,
                        help="foia (FOIA 2000), eir (EIR 2004) or foisa (FOISA 2002)")
    parser.add_argument("--received", required=True, type=_day, metavar="YYYY-MM-DD",
                        help="the day the request (or review request) arrived")
    parser.add_argument("--stage", choices=("request", "review"), default="request",
                        help="request (default) or internal review")
    parser.add_argument("--clarification-requested", type=_day, metavar="YYYY-MM-DD",
                        help="clarification asked for and not yet received: the clock is paused")
    parser.add_argument("--clarification-received", type=_day, metavar="YYYY-MM-DD",
                        help="the clock starts again from this day (FOIA s1(3), s10(6)(b))")
    parser.add_argument("--fee-notice", type=_day, metavar="YYYY-MM-DD",
                        help="fees notice given (FOIA s9); without --fee-paid the clock is paused")
    parser.add_argument("--fee-paid", type=_day, metavar="YYYY-MM-DD",
                        help="fee received: notice-to-payment working days are disregarded")
    parser.add_argument("--extend-working-days", type=_working_days, default=0, metavar="N",
                        help="FOIA s10(3) public interest or EIR reg 7 extension (none in FOISA)")
    parser.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                        help="report days left or overdue, and fee lapses, as at this day")
    parser.add_argument("--add-day", type=_added_day, action="append", default=[],
                        metavar="YYYY-MM-DD[=NAME]",
                        help="treat a day as a bank holiday the holidays data lacks (repeatable)")
    parser.add_argument("--remove-day", type=_day, action="append", default=[],
                        metavar="YYYY-MM-DD",
                        help="treat a wrongly listed bank holiday as a working day (repeatable)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _summary(deadline: Deadline) -> str:
    lines = [f"{deadline.regime.upper()} {deadline.stage}: {deadline.status}",
             f"Basis: {deadline.basis}"]
    if deadline.notice_due is not None:
        lines.append(f"Notice of the extension due: {deadline.notice_due.isoformat()}")
    if deadline.latest_due is not None and deadline.latest_due != deadline.due:
        lines.append(f"Latest date: {deadline.latest_due.isoformat()}")
    lines.append("How it was worked out:")
    lines.extend(f"  - {step}" for step in deadline.explanation)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Handler of `foidesk deadline`."""
    if args.fee_paid is not None and args.fee_notice is None:
        _one_line_error("--fee-paid needs --fee-notice")
    request_only = ("clarification_requested", "clarification_received", "fee_notice", "fee_paid")
    if args.stage == "review" and any(getattr(args, name) is not None for name in request_only):
        _one_line_error("clarification and fee dates belong to --stage request, not review")
    facts = ClockFacts(
        received=args.received,
        stage=args.stage,
        clarification_requested=args.clarification_requested,
        clarification_received=args.clarification_received,
        fee_notice=args.fee_notice,
        fee_paid=args.fee_paid,
        extension_working_days=args.extend_working_days,
    )
    try:
        calendar = calendar_for(
            args.regime, extra_days=dict(args.add_day), removed_days=args.remove_day
        )
        deadline = compute_deadline(
            regime=args.regime, facts=facts, calendar=calendar, today=args.today
        )
    except ClockError as error:
        print(f"foidesk deadline: error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(deadline.to_dict(), ensure_ascii=False))
    else:
        print(_summary(deadline))
    return 0
