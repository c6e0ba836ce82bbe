"""`foidesk eval CORPUS_DIR [--json]`: score parse and check against annotated documents."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from foidesk.text.evaluation import CorpusError, Report, evaluate, load_checker, load_corpus
from foidesk.text.evaluation.findings import NAMED_CODES


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `eval` to the `foidesk` parser."""
    parser = sub.add_parser(
        "eval",
        help="score parse and check against an annotated corpus",
        description="Score `parse` and `check` against a directory of annotated documents "
        "(NNN.json, in the development corpus's format).",
    )
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--parse-only", action="store_true", help="score the request splitter only")
    parser.set_defaults(func=run)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def render(report: Report) -> str:
    lines = [f"{report.documents} documents", "", "parse"]
    lines.append(
        f"  questions: precision {_num(report.question_precision())}, "
        f"recall {_num(report.question_recall())}"
    )
    share = report.exact / report.documents if report.documents else None
    lines.append(f"  split exactly right: {report.exact}/{report.documents} ({_pct(share)})")
    lines.extend(f"    {s.name}: {s.reason}" for s in report.splits if not s.exact)
    if report.outcomes is None or report.findings is None:
        lines += ["", f"check: not scored ({report.checker_note or 'skipped'})"]
        return "\n".join(lines)
    o = report.outcomes
    lines += ["", "check", f"  outcomes: {o.correct}/{o.annotated} right ({_pct(o.accuracy)})"]
    lines.extend(f"  checker failed on {failure}" for failure in report.checker_failures)
    pooled = report.findings.pooled
    lines.append(
        f"  findings over the named codes: precision {_num(pooled.precision)}, "
        f"recall {_num(pooled.recall)} (tp {pooled.tp}, fp {pooled.fp}, fn {pooled.fn})"
    )
    per_code = sorted(report.findings.per_code.items())
    for title, wanted in (("named codes", True), ("other annotated codes", False)):
        rows = [(code, t) for code, t in per_code if (code in NAMED_CODES) == wanted]
        if not rows:
            continue
        lines.append(f"  {title:45} {'tp':>3} {'fp':>3} {'fn':>3}  precision  recall")
        lines.extend(
            f"    {code:43} {t.tp:>3} {t.fp:>3} {t.fn:>3}  {_num(t.precision):>9}  {_num(t.recall):>6}"
            for code, t in rows
        )
    return "\n".join(lines)



def run(args: argparse.Namespace) -> int:
    try:
        documents = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"foidesk eval: {exc}", file=sys.stderr)
        return 2
    checker, note = (None, "--parse-only") if args.parse_only else load_checker()
    report = evaluate(documents, checker=checker, checker_note=note)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(render(report))
    return 0
