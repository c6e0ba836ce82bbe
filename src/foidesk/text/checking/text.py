"""Plain-text views of a letter the rules share: sentences, words with their offsets, and whether
the text stops short."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
_WORD = re.compile(r"[A-Za-z0-9£]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True)
class Span:
    """A piece of the letter and where it lies."""

    start: int
    end: int
    text: str


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences (and lines, which in letters often end without a full stop) in text[start:end]."""
    stop = len(text) if end is None else end
    found: list[Span] = []
    for match in _SENTENCE.finditer(text, start, stop):
        piece = match.group(0).strip()
        if len(piece) > 1:
            offset = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            found.append(Span(offset, offset + len(piece), piece))
    return found


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Lower-cased words with their offsets."""
    stop = len(text) if end is None else end
    return [
        Span(m.start(), m.end(), m.group(0).lower().replace("’", "'"))
        for m in _WORD.finditer(text, start, stop)
    ]


def quote(text: str, start: int, end: int, *, limit: int = 240) -> str:
    """The evidence for a finding: the letter's own words, one line, at most `limit` characters."""
    piece = " ".join(text[start:end].split())
    if len(piece) <= limit:
        return piece
    return piece[: limit - 1].rstrip() + "…"


def sentence_at(text: str, position: int) -> Span:
    """The sentence (or line) containing `position`."""
    left = max(text.rfind("\n", 0, position), *(text.rfind(p, 0, position) for p in ".!?"))
    right_candidates = [i for i in (text.find(p, position) for p in ".!?\n") if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    start = left + 1
    while start < right and text[start].isspace():
        start += 1
    return Span(start, right, text[start:right].strip())


# What WhatDoTheyKnow appends to every message of a thread; its advice "from the ICO" is not the
# authority telling the requester of their rights.
_THREAD_FOOTER = re.compile(
    r"^.*(?:Please use this email address for all replies to this request|"
    r"the wrong address for Freedom of Information requests|https?://(?:www\.)?whatdotheyknow\.com|"
    r"This message and any reply that you make will be published|"
    r"read the latest advice from the ICO|useful as an FOI officer|"
    r"publication of requests and responses will be delayed|^\[FOI #\d+ email\]|^-{10,}\s*$).*$",
    re.IGNORECASE | re.MULTILINE,
)


def without_thread_footers(text: str) -> str:
    """The letter without the footers a request website adds to each message."""
    return _THREAD_FOOTER.sub("", text) if "whatdotheyknow" in text.lower() else text


_SIGN_OFF = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|many\s+thanks|"
    r"thank\s+you|with\s+thanks)\b",
    re.IGNORECASE,
)
_HANGING = {"a", "an", "the", "of", "to", "and", "or", "in", "for", "with", "is", "are", "by", "on",
            "that", "this", "at", "as", "be", "from", "which", "would", "will", "not"}


def ends_abruptly(text: str) -> bool:
    """True when the letter stops mid-sentence, as a captured or cut-off copy does.

    A letter that ends in the middle of a sentence was not seen whole, so what is missing from it
    may simply not have been captured. Sign-offs, names and job titles are proper endings.
    """
    tail = text.rstrip()
    if not tail:
        return False
    last_line = tail.rsplit("\n", 1)[-1].strip()
    if re.search(r"[.!?:)\]\"'”’>]$", last_line) or _SIGN_OFF.match(last_line):
        return False
    tokens = last_line.split()
    if tokens[-1].lower() in _HANGING:
        return True
    if len(tokens) <= 3:
        return False
    return not (len(tokens) <= 6 and all(not t[0].isalpha() or t[0].isupper() for t in tokens))
