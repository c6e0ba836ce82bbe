"""Redaction properties (issue 4 §2), checked on generated pages by hypothesis.

Whatever the line and wherever the redacted word sits in it, the word is gone for both
extractors and every other word of the page is still there, in order. Invented text only.
"""

from pathlib import Path

import pdf_samples as samples
import pypdfium2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfminer.high_level import extract_text

from foidesk.release.findings import ScanOptions
from foidesk.release.redaction import redact_file

VOCABULARY = ["council", "review", "panel", "budget", "minutes", "request", "decision", "annex"]
SECRET = "Quennell"


def pdfium_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(path)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5), min_size=1, max_size=6
    ),
    where=st.tuples(st.integers(0, 5), st.integers(0, 8)),
    spacing=st.sampled_from([0, 0.5, 2]),
    word_spacing=st.sampled_from([0, 3]),
)
def test_a_redacted_word_is_gone_and_every_other_word_stays(
    tmp_path, lines, where, spacing, word_spacing
):
    # At most six words a line, so even letter-spaced lines end inside the page (text beyond
    # the edge is outside_page, which the cleaner rightly removes).
    row = where[0] % len(lines)
    lines[row].insert(where[1] % (len(lines[row]) + 1), SECRET)
    content = "".join(
        f"BT /F1 12 Tf {spacing} Tc {word_spacing} Tw 72 {770 - 16 * i} Td "
        f"({' '.join(words)}) Tj ET\n"
        for i, words in enumerate(lines)
    )
    src = tmp_path / "in.pdf"
    samples.make_pdf([content]).save(src)
    out = tmp_path / "out.pdf"
    result = redact_file(src, out, texts=[SECRET], options=ScanOptions())
    assert result.clean
    for text in (pdfium_text(out), extract_text(out)):
        assert SECRET.lower() not in text.lower()
    page = pypdfium2.PdfDocument(out)[0].get_textpage()
    for i, words in enumerate(lines):
        baseline = 770 - 16 * i
        band = page.get_text_bounded(left=0, bottom=baseline - 3, right=595, top=baseline + 10)
        kept = [w for w in words if w != SECRET]
        # Each line keeps its other words, in order and in place (letter-spaced text comes
        # back with spaces between letters, so compare without spaces).
        assert "".join(band.split()) == "".join(kept)
