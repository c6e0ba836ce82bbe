"""Headings, breakdowns and questions: the kind of each item once the tree is built."""

from __future__ import annotations

import re

from foidesk.text.questions.nodes import Node

_PERIOD = re.compile(
    r"^(?:(?:the )?(?:financial|calendar|academic|fiscal) year\s*)?"
    r"(?:(?:19|20)\d\d(?:\s*[/\-–]\s*(?:19|20)?\d\d)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\s*[.;:,]?$",
    re.I,
)


def assign_kinds(nodes: list[Node]) -> None:
    """Headings ask nothing and introduce children; a period under its parent is a breakdown."""
    has_children = {id(n.parent) for n in nodes if n.parent is not None}
    for node in nodes:
        if node.kind == "instruction":
            continue
        if (
            id(node) in has_children
            and node.role != "ask"
            and len(node.text.split()) <= 8
            and not node.text.rstrip().endswith((".", "?"))
        ):
            node.kind = "heading"
        elif node.parent is not None and (
            _PERIOD.match(node.text.strip()) or _is_field_of(node, node.parent)
        ):
            node.kind = "breakdown"


_BREAKDOWN_PARENT = re.compile(
    r"\b(?:by|broken down|break(?:ing)? (?:it |this |them )?down|breakdown|split|per|for each|"
    r"following (?:fields|categories|headings|columns))\b[^.?]{0,60}:\s*$",
    re.I,
)


def _is_field_of(node: Node, parent: Node) -> bool:
    """ "Number of arrests by:" then "- age" "- gender": fields of the parent, not questions."""
    text = node.text.strip().rstrip(";,.")
    return (
        node.role != "ask"
        and len(text.split()) <= 4
        and "?" not in text
        and _BREAKDOWN_PARENT.search(parent.text) is not None
    )
