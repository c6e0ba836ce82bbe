"""PDF redaction (issue 4 §2): glyphs removed, box painted, no history, two extractors agree.

FOIA s40(2) / s17: what is withheld must really be withheld. Every person here is invented.
"""

import io
from pathlib import Path

import pdf_samples as samples
import pikepdf
import pypdfium2
import pytest
from pdfminer.high_level import extract_text

from foidesk.release.findings import ScanOptions
from foidesk.release.pdf.revisions import revision_ends
from foidesk.release.redaction import Box, RedactionFailed, redact_file

OPTIONS = ScanOptions(allow=samples.ALLOW)
LETTER_EXTRA = (
    f"<p>The officer who handled this was {samples.PERSON}, reachable on {samples.PHONE}.</p>"
)


def pdfium_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(path)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def dark_pixels(path: Path, box: tuple[float, float, float, float]) -> float:
    """Share of near-black pixels inside a PDF-point box on page 1."""
    document = pypdfium2.PdfDocument(path)
    page = document[0]
    height = page.get_height()
    image = page.render(scale=1).to_pil().convert("L")
    x0, y0, x1, y1 = box
    crop = image.crop((int(x0) + 1, int(height - y1) + 1, int(x1) - 1, int(height - y0) - 1))
    pixels = crop.tobytes()
    return sum(1 for p in pixels if p < 40) / max(len(pixels), 1)


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("redact") / "letter.pdf"
    path.write_bytes(samples.letter_pdf(LETTER_EXTRA))
    return path


def test_redacting_a_name_and_a_phone_number_removes_them_for_both_extractors(letter, tmp_path):
    out = tmp_path / "out.pdf"
    result = redact_file(letter, out, texts=[samples.PERSON], regexes=[r"07700 ?\d{6}"],
                         options=OPTIONS)
    assert result.clean and result.redactions == 2
    assert result.rasterised_pages == []
    assert result.verified_by == ["pdfminer.six", "pypdfium2"]
    for text in (pdfium_text(out), extract_text(out)):
        assert samples.PERSON not in text and "900123" not in text
        assert "The officer who handled this was" in text  # the rest is still text


def test_the_redacted_text_is_not_in_the_file_bytes_either(letter, tmp_path):
    out = tmp_path / "out.pdf"
    redact_file(letter, out, texts=[samples.PERSON], options=OPTIONS)
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            assert b"Roe" not in page.obj.Contents.read_bytes()


def test_the_box_is_painted_black_where_the_text_was(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([["Decision letter", f"Handled by {samples.PERSON}"]]))
    out = tmp_path / "out.pdf"
    redact_file(src, out, texts=[samples.PERSON], options=OPTIONS)
    # "Handled by " is 64 pt wide in 12 pt Helvetica: the name runs from x=136 to 187 at y=754.
    assert dark_pixels(out, (138, 752, 185, 764)) > 0.95
    assert dark_pixels(out, (72, 770, 130, 782)) < 0.5  # the first line is still ordinary text


def test_a_box_removes_the_glyphs_under_it_and_nothing_else(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([["Decision letter", f"Handled by {samples.PERSON}"]]))
    out = tmp_path / "out.pdf"
    result = redact_file(src, out, boxes=[Box(1, 134, 750, 200, 766)], options=OPTIONS)
    assert result.clean
    text = pdfium_text(out)
    assert "Roe" not in text and "Handled by" in text and "Decision letter" in text


def test_the_output_has_one_revision_and_no_metadata_annotations_or_attachments(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.incremental_update())
    out = tmp_path / "out.pdf"
    redact_file(src, out, texts=["Decision"], options=OPTIONS)
    data = out.read_bytes()
    assert len(revision_ends(data)) == 1
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        assert len(pdf.attachments) == 0


def test_text_inside_a_form_xobject_is_redacted_by_rasterising_the_page(tmp_path):
    pdf = samples.make_pdf([samples.text_op(72, 700, "Cover note") + "/Fm1 Do\n"])
    form = pdf.make_stream(
        samples.text_op(72, 600, f"Signed {samples.PERSON}").encode(),
        Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
        BBox=pikepdf.Array([0, 0, 595, 842]), Resources=pdf.pages[0].obj.Resources,
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fm1=form)
    src = tmp_path / "in.pdf"
    pdf.save(src)
    out = tmp_path / "out.pdf"
    result = redact_file(src, out, texts=[samples.PERSON], options=OPTIONS)
    assert result.rasterised_pages == [1]
    assert result.clean
    assert samples.PERSON not in pdfium_text(out) and samples.PERSON not in extract_text(out)


def test_an_image_under_a_box_makes_the_page_rasterised(tmp_path):
    pdf = samples.make_pdf(["q 100 0 0 50 72 600 cm /Im1 Do Q\n"])
    pixels = bytes((x * 13) % 256 for x in range(30 * 30))
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(
        Im1=pdf.make_stream(pixels, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                            Width=30, Height=30, ColorSpace=pikepdf.Name.DeviceGray,
                            BitsPerComponent=8)
    )
    src = tmp_path / "signature.pdf"
    pdf.save(src)
    out = tmp_path / "out.pdf"
    result = redact_file(src, out, boxes=[Box(1, 80, 610, 150, 640)], options=OPTIONS)
    assert result.rasterised_pages == [1]
    with pikepdf.open(out) as done:
        [image] = done.pages[0].obj.Resources.XObject.values()
        assert int(image.Width) > 30  # the page picture, not the original image


def test_a_bookmark_holding_the_name_is_scrubbed(tmp_path):
    pdf = samples.make_pdf([samples.text_op(72, 700, f"Handled by {samples.PERSON}")])
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem(f"Note from {samples.PERSON}", 0))
    src = tmp_path / "in.pdf"
    pdf.save(src)
    out = tmp_path / "out.pdf"
    redact_file(src, out, texts=[samples.PERSON], options=OPTIONS)
    with pikepdf.open(out) as done, done.open_outline() as outline:
        assert [item.title for item in outline.root] == ["Note from [redacted]"]


def test_a_box_on_a_page_the_file_does_not_have_is_refused(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([["One page"]]))
    with pytest.raises(RedactionFailed, match="page 3"):
        redact_file(src, tmp_path / "out.pdf", boxes=[Box(3, 0, 0, 10, 10)])


def test_nothing_to_redact_is_refused(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([["One page"]]))
    with pytest.raises(RedactionFailed, match="nothing to redact"):
        redact_file(src, tmp_path / "out.pdf")


def test_other_personal_data_left_in_the_output_makes_the_result_not_clean(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([[f"Handled by {samples.PERSON}", samples.EMAIL]]))
    result = redact_file(src, tmp_path / "out.pdf", texts=[samples.PERSON], options=OPTIONS)
    assert not result.clean
    assert {f.kind for f in result.findings} == {"personal_data"}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("1,0,0,10", "expected page,x0,y0,x1,y1"),
        ("0,0,0,10,10", "numbered from 1"),
        ("1,10,0,5,10", "x1 must exceed x0"),
        ("one,0,0,10,10", "whole number"),
    ],
)
def test_malformed_boxes_are_refused_with_a_reason(spec, message):
    with pytest.raises(ValueError, match=message):
        Box.parse(spec)


def test_box_coordinates_count_from_the_media_box_corner_as_the_scanner_reports_them(tmp_path):
    from foidesk.release.pdf_scan import scan_pdf_bytes

    pdf = samples.make_pdf(
        [samples.text_op(122, 750, "Decision") + samples.text_op(122, 730, samples.EMAIL)],
        mediabox=(50, 50, 645, 892),
    )
    src = tmp_path / "offset.pdf"
    pdf.save(src)
    [finding] = scan_pdf_bytes(src.read_bytes(), OPTIONS)
    assert finding.where == "page 1, near (72, 678)"
    out = tmp_path / "out.pdf"
    result = redact_file(src, out, boxes=[Box(1, 70, 674, 250, 692)], options=OPTIONS)
    assert result.clean
    assert "example.org" not in pdfium_text(out) and "Decision" in pdfium_text(out)
