"""`foidesk letter CASE.json --format html|pdf|docx|text -o OUT` and `foidesk letter --schema`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FORMATS = ("html", "pdf", "docx", "text")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `foidesk letter` to the `foidesk` parser."""
    parser = sub.add_parser(
        "letter",
        help="compose a letter (response, acknowledgement, refusal, ...) from CASE.json",
        description=(
            "Compose the letter described by CASE.json (see `foidesk letter --schema`) and write "
            "it as HTML, PDF (A4), DOCX or plain text."
        ),
    )
    parser.add_argument("case", nargs="?", type=Path, help="the CASE.json file ('-' for stdin)")
    parser.add_argument("--format", "-f", choices=FORMATS, default="html")
    parser.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    parser.add_argument("--schema", action="store_true", help="print the CASE.json JSON Schema")
    parser.add_argument(
        "--check",
        action="store_true",
        help="also run `foidesk check` on the composed letter and print its findings on stderr",
    )
    parser.set_defaults(func=run)


def fail(message: str) -> int:
    print(f"foidesk letter: error: {message}", file=sys.stderr)
    return 2


def report_findings(case: Any, text: str) -> None:
    """The checker's view of the letter (the invariant says: no errors)."""
    from foidesk.text.checking import check_response  # noqa: PLC0415

    result = check_response(
        text,
        request_text=case.request_text,
        regime=case.regime.value,
        received=case.dates.received,
        sent=case.dates.letter,
    )
    if not result.findings:
        print("foidesk check: no findings", file=sys.stderr)
    for finding in result.findings:
        print(f"foidesk check: {finding.severity}: {finding.code}: {finding.message}",
              file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from foidesk.text.letters import (  # noqa: PLC0415  (keep `foidesk --help` fast)
        LetterCaseError,
        case_schema,
        compose,
        load_case,
        parse_case,
        render_docx,
        render_html,
        render_pdf,
        render_text,
    )

    if args.schema:
        print(json.dumps(case_schema(), indent=2, ensure_ascii=False))
        return 0
    if args.case is None:
        return fail("give a CASE.json file (or --schema)")
    binary = args.format in ("pdf", "docx")
    if binary and args.output is None and sys.stdout.isatty():
        return fail(f"--format {args.format} writes binary data: give -o FILE")
    try:
        if str(args.case) == "-":
            case = parse_case(sys.stdin.buffer.read())
        else:
            case = load_case(args.case)
        letter = compose(case)
    except LetterCaseError as error:
        return fail(str(error))
    if args.check:
        report_findings(case, render_text(letter))
    output: bytes
    if args.format == "pdf":
        output = render_pdf(letter)
    elif args.format == "docx":
        output = render_docx(letter)
    elif args.format == "text":
        output = render_text(letter).encode("utf-8")
    else:
        output = render_html(letter).encode("utf-8")
    if args.output is None:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
        return 0
    try:
        args.output.write_bytes(output)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror}")
    print(f"wrote {args.output} ({len(output):,} bytes, {letter.kind} letter)", file=sys.stderr)
    return 0
