"""`foidesk parse FILE [--json]`: split a request into its questions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from foidesk.text.questions import MAX_CHARS, QuestionItem, parse_request
from foidesk.text.textfile import InputError, read_text_file


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `parse` to the `foidesk` parser."""
    parser = sub.add_parser(
        "parse",
        help="split a request into its questions",
        description="Split an FOI/EIR request (plain text, as pasted) into a tree of questions.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the request, as plain text")
    parser.add_argument("--json", action="store_true", help='print {"questions": [...]} as JSON')
    parser.set_defaults(func=run)


def render_tree(items: list[QuestionItem]) -> str:
    """An indented outline: one line per item, children under their parent."""
    depth: dict[str, int] = {}
    lines = []
    for item in items:
        level = depth[item.parent] + 1 if item.parent in depth else 0
        depth[item.id] = level
        tags: list[str] = []
        if item.kind != "question":
            tags.append(item.kind)
        if item.condition:
            tags.append(item.condition)
        label = f"{item.label}. " if item.label else ""
        suffix = f"  [{'; '.join(tags)}]" if tags else ""
        lines.append(f"{'    ' * level}{item.id}  {label}{item.text}{suffix}")
    return "\n".join(lines)



def run(args: argparse.Namespace) -> int:
    try:
        text = read_text_file(args.file)
    except InputError as exc:
        print(f"foidesk parse: {exc}", file=sys.stderr)
        return 2
    if len(text) > MAX_CHARS:
        print(
            f"foidesk parse: only the first {MAX_CHARS} characters were read "
            f"({len(text)} in the file)",
            file=sys.stderr,
        )
    items = parse_request(text)
    if args.json:
        print(json.dumps({"questions": [i.to_dict() for i in items]}, indent=2, ensure_ascii=False))
    elif items:
        print(render_tree(items))
    else:
        print("No questions found.")
    return 0
