"""Split a request into its questions: `parse_request(text) -> list[QuestionItem]`.

The annotation rules of the development corpus are the specification: every numbered, lettered,
roman-numbered or bulleted item is its own entry and lettered/roman items are children of their
number; a follow-up that applies only on a given answer ("If so", "If yes", "If no, disregard") is
its own entry with a condition, and a child of the item whose answer it depends on; preamble,
quotations, arguments and courtesy text are not questions; a sentence with two asks is split only
where the two could get different outcomes.
"""

from __future__ import annotations

from foidesk.text.questions.cleaning import MAX_CHARS, request_lines
from foidesk.text.questions.model import KINDS, Kind, QuestionItem
from foidesk.text.questions.nodes import Node
from foidesk.text.questions.tree import build_tree

__all__ = ["KINDS", "MAX_CHARS", "Kind", "QuestionItem", "parse_request"]


def _ids(nodes: list[Node]) -> dict[int, str]:
    ids: dict[int, str] = {}
    counts: dict[int, int] = {}
    notes = 0
    for node in nodes:
        if node.kind == "instruction":
            notes += 1
            ids[id(node)] = f"n{notes}"
            continue
        key = id(node.parent) if node.parent is not None else 0
        counts[key] = counts.get(key, 0) + 1
        prefix = ids[id(node.parent)] if node.parent is not None else "q"
        ids[id(node)] = f"{prefix}.{counts[key]}" if node.parent is not None else f"q{counts[key]}"
    return ids


def parse_request(text: str) -> list[QuestionItem]:
    """The questions of a request, in document order (text beyond MAX_CHARS is not read)."""
    nodes = build_tree(request_lines(text))
    for node in nodes:
        if node.kind == "instruction":
            node.parent = None
    for node in nodes:
        # A scope statement introduces nothing: what was under it stands at the top.
        if node.parent is not None and node.parent.kind == "instruction":
            node.parent = None
    ids = _ids(nodes)
    return [
        QuestionItem(
            id=ids[id(node)],
            label=node.label,
            text=" ".join(node.text.split()),
            kind=node.kind,
            parent=ids[id(node.parent)] if node.parent is not None else None,
            condition=node.condition,
        )
        for node in nodes
    ]
