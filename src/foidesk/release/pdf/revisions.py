"""Earlier revisions kept inside a PDF by incremental updates.

An incremental update appends changed objects and a new cross-reference section after the
original `%%EOF`; every byte of the original stays in the file, and cutting the file at that
marker gives the earlier revision back, text and all. A "redaction" saved incrementally
therefore still carries what it removed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

from foidesk.release.pdf.content import read_pages
from foidesk.release.pdf.lines import assemble
from foidesk.release.pdf.structure import (
    attachments,
    form_fields,
    info_properties,
    markup_annotations,
)

# A revision ends where `startxref <offset> %%EOF` ends; a bare %%EOF inside a stream does not.
_END = re.compile(rb"startxref\s+\d+\s+%%EOF[\r\n]{0,2}")
_WORD = re.compile(r"\w{2,}")
MAX_REVISIONS = 16
# Dates and the producing program change on every save and say nothing about anyone.
MACHINE_INFO_KEYS = frozenset({"CreationDate", "ModDate", "Producer", "Creator", "Trapped"})


@dataclass(frozen=True, slots=True)
class Leftover:
    """Something an earlier revision shows that the current one does not."""

    revision: int
    revisions: int
    place: str
    text: str


def revision_ends(data: bytes) -> list[int]:
    """The byte offsets at which each revision of the file ends, oldest first."""
    # A linearised file may end its first-page section with its own %%EOF. Cutting there gives
    # a partial document whose words are all in the full one, so it never yields a leftover.
    return [m.end() for m in _END.finditer(data)]


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def leftovers(
    data: bytes, current_words: set[str], current_extras: set[str]
) -> Iterator[Leftover]:
    """FOIA s40(2): what earlier revisions hold that the current file no longer shows.

    `current_words` are the words of the current page text; `current_extras` the current
    annotation, form and metadata values, compared whole.
    """
    ends = revision_ends(data)
    if len(ends) < 2:
        return
    total = len(ends)
    for index, end in enumerate(ends[:-1][-MAX_REVISIONS:], start=1):
        prefix = data[:end]
        try:
            for page in read_pages(prefix):
                for line in assemble(page.glyphs):
                    if words(line.text) - current_words:
                        yield Leftover(index, total, f"page {page.number}", line.text.strip())
        except Exception:  # noqa: S112 - an earlier revision we cannot parse shows nothing
            continue
        yield from _structural_leftovers(prefix, index, total, current_extras)


def _structural_leftovers(
    prefix: bytes, index: int, total: int, current_extras: set[str]
) -> Iterator[Leftover]:
    try:
        pdf = pikepdf.open(io.BytesIO(prefix))
    except Exception:  # an earlier revision qpdf cannot open shows nothing more
        return
    with pdf:
        try:
            values: list[tuple[str, str]] = [
                ("document properties", v)
                for k, v in info_properties(pdf).items()
                if k not in MACHINE_INFO_KEYS
            ]
            values += [(f"page {a.page} annotation", a.text) for a in markup_annotations(pdf)]
            values += [(f"form field '{f.name}'", f.value) for f in form_fields(pdf)]
            values += [("attachment", a.name) for a in attachments(pdf)]
        except Exception:  # noqa: BLE001 - partial structure of an old revision is not an error
            return
    for place, value in values:
        if value.strip() and value.strip() not in current_extras:
            yield Leftover(index, total, place, value.strip())
