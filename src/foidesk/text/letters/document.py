"""A composed letter: letterhead, addressee, and a flat list of blocks every renderer understands.

Composition decides what the letter says; the renderers (HTML, PDF, DOCX, text) decide only how
it looks, so the four formats always say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is the letter's title; 2 a section; 3 a sub-section


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
