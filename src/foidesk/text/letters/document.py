"""A composed letter: letterhead, addressee, and a flat list of blocks every renderer understands.

Composition decides what the letter says; the renderers (HTML, PDF, DOCX, text) decide only how
it looks, so the four formats always say the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is the letter's title; 2 a section; 3 a sub-section
    anchor: str | None = None  # HTML id, so a summary row can link to the answer


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Quote:
    """The requester's own words (a question), set apart from ours."""

    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str
    links: tuple[str | None, ...] = ()  # per row: the anchor its first cell links to (HTML)


Block = Heading | Paragraph | Quote | Bullets | Table


@dataclass(frozen=True)
class Letter:
    kind: str
    regime: str
    title: str
    authority_name: str
    authority_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    date: dt.date
    reference: str
    salutation: str
    blocks: tuple[Block, ...]
    closing: tuple[str, ...]
    colour: str = "#1d70b8"
    deadlines: dict[str, dt.date] = field(default_factory=dict)


def long_date(day: dt.date) -> str:
    """'3 March 2025': the form UK public-sector letters use."""
    return f"{day.day} {day.strftime('%B %Y')}"


def luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of '#RRGGBB'."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def readable_colour(colour: str, *, fallback: str = "#0b0c0c") -> str:
    """The brand colour for text on white if it meets WCAG AA contrast (4.5:1), else near-black:
    a pale brand colour still marks the letterhead rule, but never the headings."""
    ratio = 1.05 / (luminance(colour) + 0.05)
    return colour if ratio >= 4.5 else fallback


def anchor_for(label: str) -> str:
    """'5(b)(i)' -> 'question-5-b-i': an HTML id for a question's answer."""
    return "question-" + "-".join(re.findall(r"[0-9A-Za-z]+", label)).lower()
