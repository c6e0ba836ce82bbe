"""List markers at the start of a line: `1.` `1)` `(1)` `Q1` `Question 1` `a.` `(a)` `i.` and bullets.

Every pattern is anchored and bounded, so a hostile line costs time linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROMANS = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
)  # fmt: skip
BULLETS = "-•*·–—▪◦●○■□➢►✓\uf0b7\uf0a7§"

_QUESTION = re.compile(
    r"(?i:Q|Qu|Qn|Question|Request|Item|Point)\s?\.?\s?(\d{1,3})(?:\(?([a-z])\)?)?(?:\s?[.):\-–]|\s)\s*"
)
_DOTTED = re.compile(r"(\d{1,3})\.(\d{1,2})(?:\.(\d{1,2}))?\.?\)?\s+")
_NUMBER = re.compile(r"(\d{1,3})\s?([.):]|\s[-–]\s|\s{2,}(?=[A-Za-z]))\s*")
_BARE_MARKER = re.compile(
    r"(?:\(?\d{1,3}[.):]?\)?|\(?[a-zA-Z][.)]|\([a-zA-Z]\)|\(?[ivx]{1,4}[.)]|"
    r"(?i:q|question)\s?\d{1,3}[.:)]?)"
)
_NUMBER_LETTER = re.compile(r"(\d{1,3})(?:\(([a-z])\)|\.?([a-z])[.)])\s*")
_BRACKET_NUMBER = re.compile(r"\[(\d{1,3})\]\s*")
_WORD_BULLET = re.compile(r"o\s+(?=[A-Z])")
_INLINE_DOTTED = re.compile(
    r"(?:(?<=^)|(?<=[?.:;!]\s))((?i:q|question\s?)?)(\d{1,2})[.)]\s+(?=[A-Z])"
)
_INLINE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:;,]))(\(?)(\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
_PAREN_NUMBER = re.compile(r"\((\d{1,3})\)\s*")
_LETTER = re.compile(r"([a-zA-Z])([.)])\s+")
_PAREN_LETTER = re.compile(r"\(([a-zA-Z])\)\s*")
_ROMAN = re.compile(r"(x{0,1}(?:ix|iv|v?i{0,3}))([.)])\s+", re.I)
_PAREN_ROMAN = re.compile(r"\((x{0,1}(?:ix|iv|v?i{0,3}))\)\s*", re.I)
_BULLET = re.compile("([" + re.escape(BULLETS) + r"])\s*")


@dataclass(frozen=True, slots=True)
class Marker:
    """A recognised list marker: its style (siblings share one), its label, and the rest of the line.

    `letter_value` is set for a single letter that could also be a roman numeral (`i`, `v`, `x`),
    so the tree builder can decide from the neighbouring items.
    """

    style: str
    label: str
    rest: str
    number: int | None = None
    letter_value: str | None = None


def _roman_style(raw: str, punct: str, paren: bool) -> str:
    case = "R" if raw.isupper() else "r"
    return f"({case})" if paren else f"{case}{punct}"


def find_marker(line: str) -> Marker | None:
    """The marker at the start of `line`, or None when the line is plain prose."""
    if not line:
        return None
    m = _QUESTION.match(line)
    if m and m.end() < len(line):
        sub = m.group(2)
        label = line[: m.end()].strip().rstrip(".):-–").strip()
        style = "Q" if sub is None else "Q.sub"
        return Marker(style, label, line[m.end() :].strip(), int(m.group(1)))
    m = _NUMBER_LETTER.match(line)
    if m and m.end() < len(line):
        number, letter = m.group(1), m.group(2) or m.group(3)
        return Marker("n+a", f"{number}{letter}", line[m.end() :].strip(), int(number))
    m = _BRACKET_NUMBER.match(line)
    if m and m.end() < len(line):
        return Marker("[n]", m.group(1), line[m.end() :].strip(), int(m.group(1)))
    m = _DOTTED.match(line)
    if m:
        style = "n.n.n" if m.group(3) else "n.n"
        return Marker(style, line[: m.end()].strip().rstrip(".)"), line[m.end() :].strip())
    m = _NUMBER.match(line)
    if m and m.end() < len(line) and not line[m.end()].isdigit():
        # "1." "1)" "1:" and "1 - " are one style: requesters mix them by accident, not to nest.
        return Marker("n", m.group(1), line[m.end() :].strip(), int(m.group(1)))
    m = _PAREN_NUMBER.match(line)
    if m and m.end() < len(line):
        return Marker("(n)", m.group(1), line[m.end() :].strip(), int(m.group(1)))
    for pattern, paren in ((_ROMAN, False), (_PAREN_ROMAN, True)):
        m = pattern.match(line)
        if m and m.group(1) and m.end() < len(line) and len(m.group(1)) > 1:
            punct = "" if paren else m.group(2)
            raw = m.group(1)
            return Marker(_roman_style(raw, punct, paren), raw, line[m.end() :].strip())
    for pattern, paren in ((_LETTER, False), (_PAREN_LETTER, True)):
        m = pattern.match(line)
        if m and m.end() < len(line):
            letter = m.group(1)
            case = "A" if letter.isupper() else "a"
            # "I." at the start of a sentence is far more often the pronoun than a list item.
            if letter == "I" and not paren:
                return None
            style = f"({case})" if paren else f"{case}{m.group(2)}"
            ambiguous = letter.lower() if letter.lower() in ("i", "v", "x") else None
            return Marker(style, letter, line[m.end() :].strip(), letter_value=ambiguous)
    m = _BULLET.match(line)
    if m and m.end() < len(line):
        return Marker(f"bullet{m.group(1)}", "", line[m.end() :].strip())
    m = _WORD_BULLET.match(line)
    if m:
        return Marker("bulleto", "", line[m.end() :].strip())
    return None


def is_bare_marker(line: str) -> bool:
    """A label alone on its line ("1." then the question on the next line, as web pages paste)."""
    return _BARE_MARKER.fullmatch(line) is not None


def _sequence(labels: list[str], kind: str) -> bool:
    if kind == "digit":
        return labels == [str(n) for n in range(1, len(labels) + 1)]
    if kind == "roman":
        return labels == list(ROMANS[: len(labels)])
    return labels == [chr(ord("a") + n) for n in range(len(labels))]


def split_inline_list(line: str) -> list[str]:
    """ "Please provide: (1) the number of X; (2) the cost of Y." as a lead-in and one line per item.

    Only a run of two or more labels in order from 1, a or i, all bracketed the same way, counts.
    """
    dotted = list(_INLINE_DOTTED.finditer(line))
    if len(dotted) >= 2 and _sequence([m.group(2) for m in dotted], "digit"):
        return _cut(line, [m.start() for m in dotted])
    found = list(_INLINE.finditer(line))
    if len(found) < 2:
        return [line]
    for kind, test in (
        ("digit", str.isdigit),
        ("letter", lambda label: len(label) == 1),
        ("roman", lambda label: label in ROMANS),
    ):
        run = [m for m in found if test(m.group(2))]
        if len(run) < 2 or len({m.group(1) for m in run}) != 1:
            continue
        if not _sequence([m.group(2) for m in run], kind):
            continue
        return _cut(line, [m.start() for m in run])
    return [line]


def _cut(line: str, starts: list[int]) -> list[str]:
    lead = line[: starts[0]].strip()
    # The words before the first label introduce the items, as a line ending in ":" does.
    parts = [lead if not lead or lead.endswith((":", ".", "?", "!")) else lead + ":"]
    for here, after in zip(starts, [*starts[1:], len(line)], strict=True):
        piece = re.sub(r"(?:[;,]\s*)?(?:\band|\bor)?\s*$", "", line[here:after].strip())
        parts.append(piece.rstrip(" ;,"))
    return [p for p in parts if p]


def roman_variant(marker: Marker) -> Marker:
    """The same single-letter marker read as a roman numeral (`i.` after `ii.`, or under `b.`)."""
    style = marker.style.replace("a", "r").replace("A", "R")
    return Marker(style, marker.label, marker.rest)
