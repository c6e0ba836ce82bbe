"""PDF rendering with WeasyPrint: the HTML letter on A4, "Page N of M" in the footer, tagged
(PDF/UA-1) for assistive technology."""

from __future__ import annotations

from foidesk.text.letters.document import Letter
from foidesk.text.letters.render_html import render_html


def render_pdf(letter: Letter) -> bytes:
    """A4 PDF of the letter. Nothing is fetched: the HTML has no external resources."""
    # Imported here: WeasyPrint loads pango at import, which HTML-only callers should not pay for.
    from weasyprint import HTML  # noqa: PLC0415

    def refuse_fetch(url: str, timeout: int = 10, ssl_context: object = None) -> dict[str, object]:
        raise ValueError(f"letters fetch nothing: refused {url}")

    document = HTML(string=render_html(letter), url_fetcher=refuse_fetch, base_url=".")
    # PDF/UA-1: tagged structure, document language and title, bookmarks from the headings,
    # so a screen reader can read the letter as the HTML reads.
    pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    if not isinstance(pdf, bytes):  # write_pdf returns bytes when given no target
        raise TypeError("WeasyPrint returned no PDF bytes")
    return pdf
