"""Sentences and the clauses inside them that ask for something separately.

The annotation rule: a sentence with two asks is split only where the two could get different
outcomes. In practice that is a follow-up on an answer ("…, and if so, what was it?"), a second
imperative joined by ", and" ("please confirm X, and state Y"), a yes/no question joined to another
question ("What was the date and did it have a name?") and two distinct documents asked for by name
("the bidding documents and the response from the Home Office").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "e.g eg i.e ie etc mr mrs ms dr st no nos vs approx incl inc co ltd cllr rd ave jan feb mar "
    "apr jun jul aug sep sept oct nov dec fig para paras ref refs sec cf al govt dept".split()
)
_QUOTE_SPAN_LIMIT = 400

_CONDITIONAL_SPLIT = re.compile(
    r"\s*(?:[,;:–—]|\s-)\s*(?=(?:and\s+|but\s+)?if\s+(?:so|yes|not|no)\b)", re.I
)
_IMPERATIVE_SPLIT = re.compile(
    r",\s*(?=and\s+(?:please\s+)?(?:state|provide|confirm|give|list|supply|explain|advise|tell|"
    r"send|describe|detail|indicate|specify|identify|outline|share|disclose)\b)",
    re.I,
)
_YES_NO_SPLIT = re.compile(
    r",?\s+(?=and\s+(?:(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+"
    r"(?:it|they|he|she|this|that|these|those|you|your|any)|whether)\b)",
    re.I,
)
_DOCUMENTS_SPLIT = re.compile(
    r"^(?P<verb>(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:provide|supply|send|disclose|share)(?:\s+me)?(?:\s+with)?)\s+"
    r"(?P<first>the\s+[^,;()]{1,60}?)\s+and\s+(?P<second>the\s+.+)$",
    re.I,
)
_PREPOSITIONS = re.compile(
    r"\b(?:of|for|from|to|between|with|in|on|about|regarding|by|at|under|relating|concerning|"
    r"into|within|over)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Clause:
    """A piece of a sentence that may be its own ask.

    `joined` is True for a piece that was coordinated with the one before it ("…, and state …"):
    it shares that piece's place in the tree and its condition.
    """

    text: str
    joined: bool = False


def _last_word(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'":
        start -= 1
    return text[start:end].lower().rstrip(".")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences without breaking inside brackets, quotations or abbreviations."""
    sentences: list[str] = []
    start = 0
    depth = 0
    quote_open_at = -1
    length = len(text)
    i = 0
    while i < length:
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "“":
            quote_open_at = i
        elif ch == "”":
            quote_open_at = -1
        if quote_open_at >= 0 and i - quote_open_at > _QUOTE_SPAN_LIMIT:
            quote_open_at = -1
        if ch in ".?!" and depth == 0 and quote_open_at < 0:
            j = i + 1
            while j < length and text[j] in "\"'”’)":
                j += 1
            if j < length and not text[j].isspace():
                i += 1
                continue
            k = j
            while k < length and text[k].isspace():
                k += 1
            if k >= length:
                break
            following = text[k]
            split = ch in "?!"
            if ch == ".":
                word = _last_word(text, i)
                split = (following.isupper() or following.isdigit() or following in "“\"‘'([") and (
                    word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())
                )
            if split:
                sentences.append(text[start:j].strip())
                start = k
                i = k
                continue
        i += 1
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


_TRAILING_CONJUNCTION = re.compile(r"(?:,?\s+(?:and|or|but)|,)$", re.I)


def _split_on(pattern: re.Pattern[str], clause: Clause, *, joined: bool) -> list[Clause]:
    parts = [
        _TRAILING_CONJUNCTION.sub("", p.strip())
        for p in pattern.split(clause.text)
        if p and p.strip()
    ]
    if len(parts) < 2:
        return [clause]
    out = [Clause(parts[0], clause.joined)]
    out.extend(Clause(p, joined) for p in parts[1:])
    return out


def _split_documents(clause: Clause) -> list[Clause]:
    m = _DOCUMENTS_SPLIT.match(clause.text)
    if m is None:
        return [clause]
    first = m.group("first")
    if _PREPOSITIONS.search(first) or len(first.split()) > 6:
        return [clause]
    verb = m.group("verb")
    return [Clause(f"{verb} {first}", clause.joined), Clause(f"{verb} {m.group('second')}")]


def split_clauses(sentence: str) -> list[Clause]:
    """The separate asks inside one sentence, in order."""
    clauses = [Clause(sentence)]
    for pattern, joined in (
        (_CONDITIONAL_SPLIT, False),
        (_IMPERATIVE_SPLIT, True),
        (_YES_NO_SPLIT, False),
    ):
        clauses = [piece for c in clauses for piece in _split_on(pattern, c, joined=joined)]
    return [piece for c in clauses for piece in _split_documents(c)]
