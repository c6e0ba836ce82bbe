"""Which item a conditional follow-up depends on.

The annotation rule: a follow-up that applies only on a given answer is a child of the item whose
answer it depends on. That is the question it names ("If the answer to Q3 is yes"); for a condition
with content of its own ("If your force does not use drones"), the earliest question sharing most of
its words; for a bare "If so" or "If yes", the nearest yes/no question before it.
"""

from __future__ import annotations

import re

from foidesk.text.questions import asks
from foidesk.text.questions.nodes import Node

_CONTENT_FREE = re.compile(
    r"^(?:if (?:so|yes|no|not|applicable|this is (?:the case|so)|that is the case)|"
    r"(?:where|should) (?:this|that|it) (?:is|be) (?:the case|so))\b"
)
_STOPWORDS = frozenset(
    "a an the of to in on for and or is are was were be been being has have had do does did not no "
    "any your you we i it its this that these those their they there use used uses using if than "
    "then with by at from as any all".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def _content_words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _subject_target(node: Node, earlier: list[Node]) -> Node | None:
    """ "If your force does not use facial recognition, …" depends on the first question about it.

    A condition with content of its own is matched to the earliest candidate sharing most of its
    words (at least two); "If so" and "If yes" have no content and go to the nearest yes/no question.
    """
    if node.condition is None or _CONTENT_FREE.match(node.condition):
        return None
    wanted = _content_words(node.condition)
    structural = node.parent
    best: tuple[int, Node | None] = (1, None)
    for candidate in earlier:
        is_sibling = candidate.parent is structural and candidate.kind != "instruction"
        if not (is_sibling or candidate is structural):
            continue
        if node.group is not None and candidate.group is node.group:
            continue
        overlap = len(wanted & _content_words(candidate.text))
        if overlap > best[0]:
            best = (overlap, candidate)
    return best[1]


def _yes_no_target(node: Node, earlier: list[Node]) -> Node | None:
    structural = node.parent
    for candidate in reversed(earlier):
        if candidate.parent is not structural or candidate.kind == "instruction":
            continue
        if node.group is not None and candidate.group is node.group:
            continue
        if asks.is_yes_no(candidate.text):
            return candidate
    if structural is not None:
        return structural
    for candidate in reversed(earlier):
        if candidate.parent is structural and candidate.kind != "instruction":
            return candidate
    return None


def _label_number(node: Node) -> int | None:
    if node.label is None:
        return None
    digits = re.match(r"\D*(\d{1,3})", node.label)
    return int(digits.group(1)) if digits else None


def resolve_conditions(nodes: list[Node]) -> None:
    """A follow-up that applies only on a given answer is a child of the item it depends on."""
    for position, node in enumerate(nodes):
        if node.kind == "instruction" or node.fixed_parent:
            continue
        if node.follows is not None:
            node.parent = node.follows.parent
            continue
        if node.group is not None and node.group is not node:
            node.parent = node.group.parent
            continue
        if node.condition is None:
            continue
        earlier = nodes[:position]
        if node.refers_to is not None:
            target = next(
                (n for n in earlier if n.parent is None and _label_number(n) == node.refers_to),
                None,
            )
            if target is not None:
                node.parent = target
                continue
        target = _subject_target(node, earlier) or _yes_no_target(node, earlier)
        if target is not None and target is not node:
            node.parent = target
