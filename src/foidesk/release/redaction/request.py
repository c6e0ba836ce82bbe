"""What a redaction asks for, what it produced, and how its text patterns match.

FOIA s40(2) and s17: a redaction withholds exempt information from what is released; it must
truly remove it, so every request is verified afterwards and fails loudly when it cannot be.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from foidesk.release.findings import Finding

MARKER = "[redacted]"


class RedactionFailed(Exception):
    """The output could not be proved free of the redacted text; the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split())[:300])


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle to black out: PDF points from the page's bottom-left, pages from 1."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    @classmethod
    def parse(cls, spec: str) -> Box:
        """`page,x0,y0,x1,y1` as typed after --box."""
        parts = [p.strip() for p in spec.split(",")]
        if len(parts) != 5:
            raise ValueError(f"box {spec!r}: expected page,x0,y0,x1,y1")
        try:
            page = int(parts[0])
            x0, y0, x1, y1 = (float(p) for p in parts[1:])
        except ValueError as exc:
            raise ValueError(f"box {spec!r}: page must be a whole number, corners numbers") from exc
        if page < 1:
            raise ValueError(f"box {spec!r}: pages are numbered from 1")
        if x1 <= x0 or y1 <= y0:
            raise ValueError(f"box {spec!r}: x1 must exceed x0 and y1 exceed y0")
        return cls(page, x0, y0, x1, y1)

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)


@dataclass(slots=True)
class RedactionResult:
    """What `redact_file` wrote and how it was checked."""

    source: Path
    output: Path
    format: str
    redactions: int
    rasterised_pages: list[int] = field(default_factory=list)
    verified_by: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Texts and patterns that matched nothing in the file's text: on a scanned page the words
    # are pixels, which only a --box can remove.
    unmatched: list[str] = field(default_factory=list)
    # What the cleaning step took out before matching (hidden text by scanner kind, e.g.
    # {"fake_redaction": 1}), and which requested texts were only in that hidden content.
    removed_by_cleaning: dict[str, int] = field(default_factory=dict)
    cleaned_away: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.source),
            "output": str(self.output),
            "format": self.format,
            "redactions": self.redactions,
            "rasterised_pages": list(self.rasterised_pages),
            "verified_by": list(self.verified_by),
            "verdict": "clean" if self.clean else "leaky",
            "findings": [f.as_dict() for f in self.findings],
            "unmatched": list(self.unmatched),
            "removed_by_cleaning": dict(self.removed_by_cleaning),
            "cleaned_away": list(self.cleaned_away),
        }


@dataclass(frozen=True, slots=True)
class Patterns:
    """The texts and regular expressions to redact, compiled once."""

    texts: tuple[str, ...]
    compiled: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, texts: Sequence[str], regexes: Sequence[str]) -> Patterns:
        cleaned = tuple(t for t in (" ".join(t.split()) for t in texts) if t)
        compiled: list[re.Pattern[str]] = [_loose(t) for t in cleaned]
        for expression in regexes:
            try:
                compiled.append(re.compile(expression))
            except re.error as exc:
                raise RedactionFailed(f"regex {expression!r} is invalid: {exc}") from exc
            if compiled[-1].search(""):
                raise RedactionFailed(f"regex {expression!r} matches empty text")
        return cls(cleaned, tuple(compiled))

    def __bool__(self) -> bool:
        return bool(self.compiled)

    def spans(self, text: str, deadline: float | None = None) -> list[tuple[int, int]]:
        """Every matched span of `text`, merged where they overlap, in order.

        Each pattern is run on its own (one pass each) rather than as one alternation: an
        alternation takes the leftmost match only, so "Smith Jones" overlapping "Bob Smith"
        would survive. Past `deadline` (time.monotonic) it fails closed as too large.
        """
        found: list[tuple[int, int]] = []
        for pattern in self.compiled:
            for number, m in enumerate(pattern.finditer(text)):
                if m.end() > m.start():
                    found.append((m.start(), m.end()))
                if deadline is not None and number % 4096 == 0:
                    check_deadline(deadline)
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def replace(self, text: str, deadline: float | None = None) -> tuple[str, int]:
        """`text` with each match replaced by the visible marker, and how many there were.

        The output is built once from the pieces between matches: rebuilding the whole
        string per match made a 5 MB file with 110,000 matches take minutes (quadratic).
        """
        spans = self.spans(text, deadline)
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            pieces.append(text[last:start])
            pieces.append(MARKER)
            last = end
        pieces.append(text[last:])
        return "".join(pieces), len(spans)

    def sources_in(self, text: str) -> set[str]:
        """Which of the requested texts and regexes match somewhere in `text`."""
        found: set[str] = set()
        for source, pattern in zip(self.sources, self.compiled, strict=True):
            if pattern.search(text):
                found.add(source)
        return found

    @property
    def sources(self) -> list[str]:
        """The texts and regexes as the caller gave them, in the order they were compiled."""
        return [*self.texts, *(p.pattern for p in self.compiled[len(self.texts) :])]

    def remaining(self, text: str) -> list[str]:
        """What of the redacted material `text` still holds (empty when it is gone).

        Texts are compared ignoring case and all white space, so an extractor that drops or
        adds spaces cannot hide a survivor; regexes are tried on the text as extracted and
        with its white space collapsed.
        """
        squashed = "".join(text.split()).casefold()
        out = [t for t in self.texts if "".join(t.split()).casefold() in squashed]
        flat = " ".join(text.split())
        for pattern in self.compiled[len(self.texts) :]:
            for hay in (text, flat):
                match = pattern.search(hay)
                if match:
                    out.append(match.group())
                    break
        return out


def deadline_after(seconds: float) -> float:
    """The monotonic time by which a redaction must be done (the per-file time budget)."""
    return time.monotonic() + seconds


def check_deadline(deadline: float) -> None:
    """Fail closed, rather than run for minutes, once the per-file time budget is spent."""
    if time.monotonic() > deadline:
        raise RedactionFailed(
            "file too large to redact within the time limit: split it or redact it by hand"
        )


def _loose(text: str) -> re.Pattern[str]:
    """A text to redact, matched ignoring case and any white space between its characters."""
    chars = [re.escape(c) for c in text if not c.isspace()]
    return re.compile(r"\s*".join(chars), re.IGNORECASE)
