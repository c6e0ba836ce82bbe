"""`foidesk check`: check a response letter against FOIA, the EIR or FOISA."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from foidesk.text.checking import CheckError, CheckResult, check_response
from foidesk.text.documents import DocumentError, read_document


def _one_line_error(message: str) -> NoReturn:
    print(f"foidesk check: error: {message}", file=sys.stderr)
    sys.exit(2)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `foidesk check` to the `foidesk` parser."""
    parser = sub.add_parser(
        "check",
        help="check a response letter against the law (answers per question, findings)",
        description=(
            "Read a response letter (text, HTML, PDF or DOCX) and report how it answers each "
            "question of the request and what it gets wrong against FOIA, the EIR or FOISA."
        ),
    )
    parser.error = _one_line_error
    parser.add_argument("response", type=Path, metavar="RESPONSE", help="the response letter")
    parser.add_argument("--request", type=Path, metavar="REQUEST", help="the request it answers")
    parser.add_argument(
        "--regime", type=str.lower, choices=("foia", "eir", "foisa"), default="foia"
    )
    parser.add_argument("--received", type=_day, metavar="YYYY-MM-DD",
                        help="the day the request was received")
    parser.add_argument("--sent", type=_day, metavar="YYYY-MM-DD",
                        help="the day the response was sent")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def _summary(result: CheckResult) -> str:
    lines = [f"Regime: {result.regime.upper()}"]
    if result.answers:
        lines.append("Answers:")
        for answer in result.answers:
            label = answer.label or answer.question_id
            provisions = f" ({', '.join(answer.provisions)})" if answer.provisions else ""
            lines.append(f"  {label}: {answer.outcome}{provisions}")
    if not result.findings:
        lines.append("No findings.")
    else:
        lines.append(f"Findings ({len(result.findings)}):")
        for finding in result.findings:
            lines.append(f"  [{finding.severity}] {finding.code} — {finding.law}")
            lines.append(f"      {finding.message}")
            lines.append(f"      “{finding.evidence}”")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        response = read_document(args.response)
        request = read_document(args.request) if args.request is not None else None
        result = check_response(
            response,
            request_text=request,
            regime=args.regime,
            received=args.received,
            sent=args.sent,
        )
    except (DocumentError, CheckError) as error:
        _one_line_error(str(error))
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(_summary(result))
    return 1 if result.errors else 0
