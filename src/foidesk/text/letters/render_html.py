"""HTML rendering: one self-contained, accessible document (no external CSS, fonts or images).

The same document, with its print stylesheet, is what WeasyPrint turns into the PDF.
"""

from __future__ import annotations

import re
from html import escape

from foidesk.text.letters.document import (
    Block,
    Bullets,
    Heading,
    Letter,
    Paragraph,
    Quote,
    long_date,
    readable_colour,
)

STYLE = """
:root { --brand: %(colour)s; --brand-text: %(text_colour)s; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #0b0c0c; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
.letterhead { border-bottom: 4px solid var(--brand); padding-bottom: .5rem; margin-bottom: 1rem; }
.letterhead .org { font-size: 1.35em; font-weight: bold; margin: 0; }
.letterhead address, .recipient { font-style: normal; white-space: pre-line; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 1rem 0; }
.meta dt { font-weight: bold; } .meta dd { margin: 0; }
h1 { font-size: 1.3em; color: var(--brand-text); margin: 1.2rem 0 .8rem; }
h2 { font-size: 1.1em; color: var(--brand-text); margin: 1.2rem 0 .4rem; }
h3 { font-size: 1em; margin: 1rem 0 .3rem; }
blockquote { margin: .4rem 0 .6rem; padding: .1rem 0 .1rem .8rem;
  border-left: 4px solid #b1b4b6; color: #0b0c0c; }
blockquote p { margin: .2rem 0; }
blockquote + blockquote { margin-top: -.3rem; }
table { border-collapse: collapse; width: 100%%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
th, td { border: 1px solid #b1b4b6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
.closing { margin-top: 1.5rem; white-space: pre-line; }
a { color: #1d70b8; }
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages);
    font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #505a5f; }
  @bottom-right { content: "%(reference)s"; font-family: "DejaVu Sans", Arial, sans-serif;
    font-size: 9pt; color: #505a5f; } }
@media print { body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; } blockquote, tr, .closing { break-inside: avoid; } }
"""

LINK = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def linkify(text: str) -> str:
    """Escape, and make web addresses and email addresses into links."""
    out: list[str] = []
    last = 0
    for match in LINK.finditer(text):
        out.append(escape(text[last : match.start()]))
        target = match.group(0)
        href = target if target.startswith("http") else f"mailto:{target}"
        out.append(f'<a href="{escape(href)}">{escape(target)}</a>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def css_string(text: str) -> str:
    """A value safe inside a CSS double-quoted string."""
    return re.sub(r'["\\\n\r<>]', " ", text)


def block_html(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        anchor = f' id="{escape(block.anchor)}"' if block.anchor else ""
        return f"<h{level}{anchor}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{linkify(block.text)}</p>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{escape(block.text)}</p></blockquote>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{linkify(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in block.header)
    def row_html(index: int, row: tuple[str, ...]) -> str:
        link = block.links[index] if index < len(block.links) else None
        cells = [f"<td>{linkify(cell)}</td>" for cell in row]
        if link and cells:
            cells[0] = f'<td><a href="#{escape(link)}">{escape(row[0])}</a></td>'
        return "<tr>" + "".join(cells) + "</tr>"

    body = "".join(row_html(index, row) for index, row in enumerate(block.rows))
    return (
        f"<table><caption>{escape(block.caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def render_html(letter: Letter) -> str:
    """A complete HTML5 document for the letter (UTF-8, lang en-GB, landmarks, real headings)."""
    style = STYLE % {
        "colour": letter.colour,
        "text_colour": readable_colour(letter.colour),
        "reference": css_string(letter.reference),
    }
    authority_address = "\n".join(escape(line) for line in letter.authority_lines)
    recipient = "\n".join(escape(line) for line in letter.recipient_lines)
    body = "\n".join(block_html(b) for b in letter.blocks)
    closing = "\n".join(linkify(line) for line in letter.closing)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(letter.title)} ({escape(letter.reference)})</title>
<meta name="author" content="{escape(letter.authority_name)}">
<style>{style}</style>
</head>
<body>
<main>
<header class="letterhead">
<p class="org">{escape(letter.authority_name)}</p>
<address>{authority_address}</address>
</header>
<address class="recipient" aria-label="Addressed to">{recipient}</address>
<dl class="meta">
<dt>Our reference</dt><dd>{escape(letter.reference)}</dd>
<dt>Date</dt><dd><time datetime="{letter.date.isoformat()}">{long_date(letter.date)}</time></dd>
</dl>
<h1>{escape(letter.title)}</h1>
<p>{escape(letter.salutation)}</p>
{body}
<p class="closing">{closing}</p>
</main>
</body>
</html>
"""
