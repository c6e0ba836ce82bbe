"""Build the question tree from a request's lines.

Two passes. The first follows the layout: list markers open and close levels (a new marker style
nests under the item above it, a style already open closes back to that level), prose paragraphs
stand at the top, "If yes:" lines set a condition for the items that follow. Each item's or
paragraph's sentences are then cut into asks. The second pass applies the annotation rule that a
follow-up which applies only on a given answer is a child of the item whose answer it depends on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from foidesk.text.questions import asks
from foidesk.text.questions.cleaning import Line
from foidesk.text.questions.kinds import assign_kinds
from foidesk.text.questions.markers import Marker, find_marker, roman_variant
from foidesk.text.questions.nodes import Node
from foidesk.text.questions.resolve import resolve_conditions
from foidesk.text.questions.sentences import split_clauses, split_sentences

MAX_NODES = 400

_WHOLE_QUOTE = re.compile(r"^[“\"‘'].*[”\"’'][.,;:)\s\w]{0,40}$", re.S)
_QUOTE_INTRO = re.compile(
    r"(?:\b(?:my|the) (?:original|earlier|previous|initial|first) (?:request|e-?mail|questions?)\b"
    r"|\bi (?:originally |previously |initially )?(?:asked|requested|wrote)\b)[^.?!]{0,100}:\s*$",
    re.I,
)
_HEADING_LINE = re.compile(r"^[A-Z][^.?!,;]{0,70}:?$")


@dataclass
class _Pending:
    condition: asks.Condition
    leader: Node | None = None
    parent: Node | None = None
    style: str | None = None


class _Builder:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.quoted = _quoted_lines(lines)
        self.markers = [
            None if quoted else find_marker(ln.text)
            for ln, quoted in zip(lines, self.quoted, strict=True)
        ]
        self.nodes: list[Node] = []
        self.stack: list[tuple[str, Node]] = []
        self.pending: _Pending | None = None
        self.open_unit: Node | None = None
        self.skipping_quote = False
        self._headings: int | None = None

    # -- layout pass -------------------------------------------------------------------------
    def add(self, node: Node) -> Node:
        if len(self.nodes) < MAX_NODES:
            self.nodes.append(node)
        return node

    def _resolve_style(self, marker: Marker, index: int) -> Marker:
        if marker.letter_value is None:
            return marker
        roman = roman_variant(marker)
        following = next((m for m in self.markers[index + 1 : index + 4] if m is not None), None)
        if marker.letter_value == "i" and following is not None and following.label.lower() == "ii":
            return roman
        open_styles = [s for s, _ in self.stack]
        if roman.style in open_styles:
            return roman
        if marker.style in open_styles:
            index = open_styles.index(marker.style)
            sibling = self.stack[index][1]
            if sibling.label and ord(marker.label.lower()) - ord(sibling.label.lower()[-1]) == 1:
                return marker
            return roman if marker.letter_value == "i" else marker
        if self.stack and self.stack[-1][0][:2] in ("a.", "a)", "(a", "A.", "A)", "(A"):
            return roman if marker.letter_value == "i" else marker
        return marker

    def _finish_unit(self, *, before_item: bool = False) -> None:
        if self.open_unit is not None:
            unit = self.open_unit
            self.open_unit = None
            self._expand_item(unit, before_item=before_item)

    def _list_continues(self, index: int) -> bool:
        """Whether a list item with an open style comes before the next blank-separated prose."""
        open_styles = {s for s, _ in self.stack}
        for later in range(index + 1, min(index + 6, len(self.lines))):
            marker = self.markers[later]
            if marker is not None:
                return marker.style in open_styles or (
                    marker.letter_value is not None and roman_variant(marker).style in open_styles
                )
            if self.lines[later].blank_before:
                return False
        return False

    def _heading_shaped(self, index: int) -> bool:
        text = self.lines[index].text
        return (
            self.markers[index] is None
            and len(text.split()) <= 8
            and _HEADING_LINE.match(text) is not None
            and index + 1 < len(self.lines)
            and self.markers[index + 1] is not None
        )

    def _is_section_heading(self, index: int) -> bool:
        """A short title line over a list, in a request with at least two such titles."""
        if self._headings is None:
            self._headings = sum(1 for j in range(len(self.lines)) if self._heading_shaped(j))
        text = self.lines[index].text
        if self._headings < 2 or not self._heading_shaped(index):
            return False
        return asks.role(text) == "other" and asks.condition(text) is None

    def build(self) -> list[Node]:
        for index, line in enumerate(self.lines):
            if len(self.nodes) >= MAX_NODES:
                # No request has this many questions; the rest is not worth the time.
                break
            marker = self.markers[index]
            text = line.text
            if self.skipping_quote:
                if marker is None and line.blank_before and not self.quoted[index]:
                    self.skipping_quote = False
                else:
                    continue
            if self.quoted[index]:
                continue
            if marker is not None:
                self._finish_unit(before_item=True)
                self._open_item(_with_indent(marker, line.indent), index)
                continue
            found = asks.condition_line(text)
            if found is not None:
                self._finish_unit()
                self.pending = _Pending(found)
                continue
            if _QUOTE_INTRO.search(text):
                self._finish_unit()
                self.skipping_quote = True
                continue
            if self._is_section_heading(index):
                self._finish_unit()
                heading = self.add(Node(text.rstrip(":"), kind="heading", role="other"))
                self.stack = [("heading", heading)]
                self.pending = None
                continue
            if self.open_unit is not None and (
                not line.blank_before or self._list_continues(index)
            ):
                self.open_unit.lines.append(text)
                continue
            self._finish_unit()
            self.stack = []
            self._prose(text, index)
        self._finish_unit()
        return self.nodes

    def _open_item(self, raw: Marker, index: int) -> None:
        marker = self._resolve_style(raw, index)
        styles = [s for s, _ in self.stack]
        if marker.style in styles:
            del self.stack[styles.index(marker.style) :]
        parent = self.stack[-1][1] if self.stack else None
        node = self.add(Node("", label=marker.label or None, style=marker.style, parent=parent))
        node.lines.append(marker.rest)
        self.stack.append((marker.style, node))
        pending = self.pending
        if pending is not None:
            if pending.leader is None:
                pending.leader, pending.parent, pending.style = node, parent, marker.style
                node.condition, node.refers_to = (
                    pending.condition.phrase,
                    pending.condition.refers_to,
                )
            elif pending.parent is parent and pending.style == marker.style:
                node.condition, node.group = pending.condition.phrase, pending.leader
            elif not any(n is pending.leader for _, n in self.stack):
                self.pending = None
        self.open_unit = node

    # -- sentences into asks -----------------------------------------------------------------
    def _clauses(self, lines: list[str]) -> list[_Clause]:
        out: list[_Clause] = []
        for line in lines:
            for sentence in split_sentences(line):
                for clause in split_clauses(sentence):
                    out.append(_Clause(clause.text, clause.joined))
        return out

    def _expand_item(self, item: Node, *, before_item: bool) -> None:
        clauses = self._clauses(item.lines)
        lead_in = clauses[-1].condition if len(clauses) > 1 else None
        if before_item and lead_in is not None and _is_lead_in(clauses[-1].text):
            clauses.pop()
            self.pending = _Pending(lead_in)
        if not clauses:
            item.text = " ".join(item.lines).strip()
            return
        first = next((i for i, c in enumerate(clauses) if c.role in ("ask", "weak")), None)
        if first is None:
            item.text = " ".join(c.text for c in clauses)
            item.role = "other"
            found = next((c.condition for c in clauses if c.condition is not None), None)
            if found is not None and item.condition is None:
                item.condition, item.refers_to = found.phrase, found.refers_to
            if all(c.role == "instruction" for c in clauses):
                item.kind = "instruction"
            return
        for c in clauses[:first]:
            if c.role == "instruction":
                self.add(Node(c.text, kind="instruction", role="instruction"))
        head = clauses[first]
        item.text = head.text
        item.role = "ask"
        if head.condition is not None and item.condition is None:
            item.condition, item.refers_to = head.condition.phrase, head.condition.refers_to
        self._attach_follow_ups(item, clauses[first + 1 :], in_item=True)

    def _attach_follow_ups(self, head: Node, rest: list[_Clause], *, in_item: bool) -> None:
        previous = head
        for c in rest:
            if c.role == "instruction" and c.condition is None:
                self.add(Node(c.text, kind="instruction", role="instruction"))
                continue
            if c.role == "courtesy":
                continue
            is_ask = c.role in ("ask", "weak") or c.condition is not None
            merges = (
                not is_ask
                or asks.is_fragment(c.text)
                or (c.condition is None and asks.is_format_detail(c.body))
                or (
                    c.condition is None
                    and asks.restates_previous(c.body)
                    and asks.is_wh_question(previous.text)
                )
            )
            if merges:
                previous.text = f"{previous.text} {c.text}".strip()
                continue
            node = Node(c.text, role="ask" if c.role != "weak" else "weak")
            if c.condition is not None:
                node.condition, node.refers_to = c.condition.phrase, c.condition.refers_to
            if c.joined and previous is not head or (c.joined and previous.condition):
                node.follows = previous
                node.parent = previous.parent
                if node.condition is None:
                    node.condition = previous.condition
            elif (
                c.condition is None
                and asks.is_existential(previous.text)
                and asks.refers_back_to_subject(c.body)
            ):
                node.parent, node.fixed_parent, node.condition = previous, True, "if so"
            elif c.condition is None and asks.is_follow_on(c.body):
                node.parent, node.fixed_parent = previous, True
            elif in_item:
                node.parent = head
            else:
                node.parent = head.parent
            self.add(node)
            previous = node

    def _prose(self, text: str, index: int) -> None:
        clauses = self._clauses([text])
        pending = self.pending
        self.pending = None
        lead_in: _Clause | None = None
        if clauses and _is_lead_in(text) and self._next_is_item(index):
            lead_in = clauses.pop()
        inherited = pending.condition if pending is not None and pending.leader is None else None
        for position, c in enumerate(clauses):
            if c.role == "instruction" and c.condition is None:
                self.add(Node(c.text, kind="instruction", role="instruction"))
                continue
            if c.role not in ("ask", "weak") and c.condition is None:
                continue
            head = self.add(Node(c.text, role="weak" if c.role == "weak" else "ask"))
            earlier = self._last_top_level_ask(head)
            if c.condition is None and earlier is not None and asks.is_follow_on(c.body):
                head.parent, head.fixed_parent = earlier, True
            found = c.condition or inherited
            if found is not None:
                head.condition, head.refers_to = found.phrase, found.refers_to
            self._attach_follow_ups(head, clauses[position + 1 :], in_item=False)
            break
        if lead_in is not None and lead_in.condition is not None:
            self.pending = _Pending(lead_in.condition)

    def _last_top_level_ask(self, current: Node) -> Node | None:
        for node in reversed(self.nodes):
            if node is not current and node.parent is None and node.kind != "instruction":
                return node
        return None

    def _next_is_item(self, index: int) -> bool:
        return index + 1 < len(self.lines) and self.markers[index + 1] is not None


_LEAD_IN_WORDS = re.compile(r"\b(?:the following|as follows|below)\b", re.I)


def _is_lead_in(text: str) -> bool:
    """ "It would be hugely beneficial for us to find out:" introduces the list below it."""
    stripped = text.rstrip()
    if stripped.endswith((":", ";")):
        return True
    last = split_sentences(stripped)[-1:] or [""]
    return _LEAD_IN_WORDS.search(last[0][-120:]) is not None


@dataclass
class _Clause:
    """A clause with its condition taken off and its role decided."""

    text: str
    joined: bool

    def __post_init__(self) -> None:
        # "If this would exceed the cost limit, please …" scopes the request; it is no condition.
        whole = asks.role(self.text)
        self.condition = None if whole == "instruction" else asks.condition(self.text)
        self.body = self.condition.rest if self.condition is not None else self.text
        self.role: asks.Role = asks.role(self.body) if self.body else "other"
        if self.condition is not None and self.role == "other" and self.body:
            self.role = "ask"


def build_tree(lines: list[Line]) -> list[Node]:
    """The request's items in document order, with parents, conditions and kinds set."""
    nodes = _Builder(lines).build()
    nodes = [n for n in nodes if n.text or n.kind == "heading"]
    resolve_conditions(nodes)
    strong = any(n.role == "ask" or n.label is not None or n.style for n in nodes)
    if strong:
        nodes = [n for n in nodes if n.role != "weak"]
    if not any(n.kind != "instruction" for n in nodes):
        nodes = _fallback(lines) + nodes
    _reattach_orphans(nodes)
    assign_kinds(nodes)
    return nodes


def _reattach_orphans(nodes: list[Node]) -> None:
    """An item whose parent was dropped (preamble, an empty line) moves up to the nearest kept one."""
    placed: set[int] = set()
    for node in nodes:
        while node.parent is not None and id(node.parent) not in placed:
            node.parent = node.parent.parent
        placed.add(id(node))


def _with_indent(marker: Marker, indent: int) -> Marker:
    """The same bullet further indented is a level deeper ("- a" then "    - b")."""
    if not marker.style.startswith("bullet"):
        return marker
    level = 0 if indent <= 1 else 1 if indent <= 5 else 2 if indent <= 9 else 3
    return replace(marker, style=f"{marker.style}@{level}")


def _quoted_lines(lines: list[Line]) -> list[bool]:
    """Which lines are inside a quotation that opens at the start of a line (up to 60 lines)."""
    quoted = [False] * len(lines)
    index = 0
    while index < len(lines):
        text = lines[index].text
        if _WHOLE_QUOTE.match(text):
            quoted[index] = True
        elif text[:1] in '“"' and _opens_quote(text):
            end = index + 1
            while end < len(lines) and end - index < 60 and not _closes_quote(lines[end].text):
                end += 1
            if end < len(lines) and end - index < 60:
                for j in range(index, end + 1):
                    quoted[j] = True
                index = end
        index += 1
    return quoted


def _opens_quote(text: str) -> bool:
    if text.startswith("“"):
        return "”" not in text
    return text.count('"') % 2 == 1


def _closes_quote(text: str) -> bool:
    return "”" in text or text.count('"') % 2 == 1


def _fallback(lines: list[Line]) -> list[Node]:
    """With no recognisable ask, each remaining paragraph (but a title) is taken as the request."""
    out: list[Node] = []
    for index, line in enumerate(lines):
        text = line.text
        if index == 0 and len(text.split()) <= 12 and not text.endswith((".", "?")):
            continue
        if asks.role(text) in ("courtesy", "instruction") or _WHOLE_QUOTE.match(text):
            continue
        if len(text.split()) < 3:
            continue
        out.append(Node(text))
    return out
