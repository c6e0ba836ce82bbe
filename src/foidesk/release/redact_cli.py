"""`foidesk redact FILE --text ... [--regex ...] [--box page,x0,y0,x1,y1] -o OUT [--json]`.

Exit 0 when the output is written, the redacted material is proved gone and the output
re-scans clean; 1 when it is written but the re-scan still finds something (other personal
data, say); 2 when redaction failed or was refused (nothing trustworthy was written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from foidesk.release.findings import ScanOptions


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `foidesk redact` to the `foidesk` parser."""
    parser = sub.add_parser(
        "redact",
        help="remove text for real (PDF glyphs, Office runs and cells, text) and verify it",
        description="Redact FILE into OUT: PDF glyphs are removed and boxes painted; docx, "
        "xlsx, csv and txt get a visible [redacted] marker. The output is cleaned, verified "
        "and re-scanned.",
    )
    parser.add_argument("file", type=Path, help="pdf, docx, xlsx, csv or txt")
    parser.add_argument("--text", action="append", default=[], help="text to redact (repeat)")
    parser.add_argument("--regex", action="append", default=[], help="pattern to redact (repeat)")
    parser.add_argument(
        "--box",
        action="append",
        default=[],
        metavar="PAGE,X0,Y0,X1,Y1",
        help="PDF area to black out, in points from the page's bottom-left; pages from 1",
    )
    parser.add_argument("--name", action="append", default=[], help="a person's name to re-scan for")
    parser.add_argument("--allow", action="append", default=[], help="organisational text to allow")
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=run_redact)


def run_redact(args: argparse.Namespace) -> int:
    from foidesk.release.redaction import Box, RedactionFailed, redact_file

    try:
        boxes = [Box.parse(spec) for spec in args.box]
        result = redact_file(
            args.file,
            args.output,
            texts=args.text,
            regexes=args.regex,
            boxes=boxes,
            options=ScanOptions(names=tuple(args.name), allow=tuple(args.allow)),
        )
    except (ValueError, RedactionFailed) as exc:
        _fail(args, str(exc))
        return 2
    except OSError as exc:
        from foidesk.release.output_path import os_error_reason

        _fail(args, os_error_reason(exc, args.output))
        return 2
    except Exception as exc:  # noqa: BLE001 - fail closed with one line, never a traceback
        _fail(args, f"{type(exc).__name__}: {exc}")
        return 2
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        pages = ", ".join(str(p) for p in result.rasterised_pages)
        print(
            f"wrote {result.output}: {result.redactions} redaction(s), verified by "
            f"{' and '.join(result.verified_by)}" + (f"; rasterised page(s) {pages}" if pages else "")
        )
        if result.removed_by_cleaning:
            removed = ", ".join(
                f"{count} {kind.replace('_', ' ')}" for kind, count in result.removed_by_cleaning.items()
            )
            print(f"removed by cleaning: {removed}")
        for source in result.cleaned_away:
            print(f"  {source!r} was in hidden content and went with it")
        for finding in result.findings:
            print(f"  {finding.kind}: {finding.where}: {finding.excerpt}")
    for source in result.unmatched:
        print(
            f"foidesk redact: warning: nothing matched {source!r} in the text; if it is in a "
            "scanned image, redact it with --box",
            file=sys.stderr,
        )
    if not result.clean:
        print(
            f"foidesk redact: {args.output} still holds {len(result.findings)} finding(s); "
            "not releasable",
            file=sys.stderr,
        )
        return 1
    return 0


def _fail(args: argparse.Namespace, reason: str) -> None:
    reason = " ".join(reason.split())
    if args.json:
        print(json.dumps({"file": str(args.file), "verdict": "error", "error": reason}))
    print(f"foidesk redact: {reason}", file=sys.stderr)
