"""`foidesk scan` and `foidesk clean`: the release gate from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from foidesk.release.findings import FileReport, ScanOptions, Verdict

EXIT_HELP = "exit status: 0 every file clean, 1 any leaky, 2 any could not be judged (error)"


def _options(args: argparse.Namespace) -> ScanOptions:
    return ScanOptions(
        names=tuple(args.name or ()),
        allow=tuple(args.allow or ()),
        time_limit_s=float(args.time_limit),
        memory_limit_bytes=int(args.memory_limit * 1024 * 1024),
    )


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def _megabytes(text: str) -> float:
    value = _positive(text)
    if value < 64:
        raise argparse.ArgumentTypeError(f"at least 64 MB is needed to start a check: {text!r}")
    return value


def _add_limits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", action="append", metavar="NAME",
                        help="a person's name to look for (repeatable): requester, staff")
    parser.add_argument("--allow", action="append", metavar="TEXT",
                        help="text that is not personal data here (repeatable): the authority's "
                             "published FOI address or phone, the regulator's address")
    parser.add_argument("--time-limit", type=_positive, default=120.0, metavar="S",
                        help="CPU seconds each file's check may use (default 120); the wall "
                             "clock is cut at twice that plus 5 s")
    parser.add_argument("--memory-limit", type=_megabytes, default=1024.0, metavar="MB",
                        help="memory (address space) each file's check may use, in MB "
                             "(default 1024)")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `scan` and `clean` to the `foidesk` parser."""
    scan = sub.add_parser(
        "scan", help="inspect files for hidden content and personal data before release",
        description="Inspect xlsx, xlsm, docx, pdf, csv and txt files before release.",
        epilog=EXIT_HELP,
    )
    scan.add_argument("files", nargs="+", type=Path, metavar="FILE")
    scan.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_limits(scan)
    scan.set_defaults(func=run_scan)

    clean = sub.add_parser(
        "clean", help="write a copy with hidden content and metadata removed, then re-scan it",
        description="Remove hidden sheets, rows and columns, comments, tracked changes, pivot "
                    "caches, metadata, embedded objects, custom XML, external links and "
                    "invisible text; then re-scan the copy.",
        epilog="exit status: 0 the copy scans clean, 1 something remains, 2 error",
    )
    clean.add_argument("file", type=Path, metavar="FILE")
    clean.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    clean.add_argument("--reject-changes", action="store_true",
                       help="reject tracked changes (keep deleted text, drop insertions) "
                            "instead of accepting them")
    clean.add_argument("--json", action="store_true", help="print the re-scan as JSON")
    _add_limits(clean)
    clean.set_defaults(func=run_clean)


def _print_text(report: FileReport) -> None:
    print(f"{report.file}: {report.verdict.value}")
    if report.error:
        print(f"  error: {report.error}")
    for finding in report.findings:
        line = f"  {finding.kind}: {finding.where}"
        if finding.excerpt:
            line += f" — {finding.excerpt}"
        print(line)


def run_scan(args: argparse.Namespace) -> int:
    from foidesk.release.scanner import overall_exit_status, scan_files

    reports = scan_files(args.files, _options(args))
    if args.json:
        print(json.dumps({"files": [r.as_dict() for r in reports]}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            _print_text(report)
    return overall_exit_status(reports)


def run_clean(args: argparse.Namespace) -> int:
    from foidesk.release.cleaning import clean_file
    from foidesk.release.scanner import overall_exit_status

    if args.output.resolve() == args.file.resolve():
        print("foidesk clean: the output must be a new file, not the input", file=sys.stderr)
        return 2
    report = clean_file(args.file, args.output, reject_changes=args.reject_changes,
                        options=_options(args))
    if args.json:
        print(json.dumps({"files": [report.as_dict()]}, ensure_ascii=False, indent=2))
    else:
        _print_text(report)
        if report.verdict == Verdict.CLEAN:
            print(f"wrote {args.output}: it re-scans clean")
        elif report.verdict == Verdict.LEAKY:
            print(f"wrote {args.output}, but it is not clean: personal data in visible content "
                  "cannot be removed by clean; use `foidesk redact`", file=sys.stderr)
    return overall_exit_status([report])
