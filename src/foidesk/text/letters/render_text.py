"""Plain-text rendering: the email body, and what `foidesk check` reads."""

from __future__ import annotations

import textwrap

from foidesk.text.letters.document import (
    Bullets,
    Heading,
    Letter,
    Paragraph,
    Quote,
    Table,
    long_date,
)


def render_text(letter: Letter, *, width: int = 0) -> str:
    """The letter as plain text; `width` > 0 wraps paragraphs (0 keeps one paragraph a line)."""

    def wrap(text: str, indent: str = "") -> str:
        if width <= 0:
            return indent + text
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    parts: list[str] = [letter.authority_name, *letter.authority_lines, ""]
    parts += [*letter.recipient_lines, ""]
    parts += [f"Our reference: {letter.reference}", f"Date: {long_date(letter.date)}", ""]
    parts += [letter.title.upper(), "", letter.salutation, ""]
    for block in letter.blocks:
        if isinstance(block, Heading):
            parts += [block.text, ""]
        elif isinstance(block, Paragraph):
            parts += [wrap(block.text), ""]
        elif isinstance(block, Quote):
            parts += [wrap(f'"{block.text}"', "    "), ""]
        elif isinstance(block, Bullets):
            parts += [wrap(f"- {item}") for item in block.items] + [""]
        elif isinstance(block, Table):
            parts += [block.caption, " | ".join(block.header)]
            parts += [" | ".join(row) for row in block.rows] + [""]
    parts += list(letter.closing)
    return "\n".join(parts).rstrip() + "\n"
