"""PDF scanning (issue 4): every leak is flagged with its kind; clean controls stay clean.

FOIA s40(2) / UK GDPR art 4(1): personal data hidden in a released PDF is still released.
Every person here is invented.
"""

import io
import re
from pathlib import Path

import pdf_samples as samples
import pikepdf
import pytest

from foidesk.release.findings import ScanOptions
from foidesk.release.pdf_scan import PdfRejected, scan_pdf, scan_pdf_bytes

OPTIONS = ScanOptions(names=(samples.PERSON,), allow=samples.ALLOW)


def kinds(data: bytes, options: ScanOptions = OPTIONS) -> set[str]:
    return {f.kind for f in scan_pdf_bytes(data, options)}


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (samples.fake_redaction, {"fake_redaction", "personal_data"}),
        (samples.fake_redaction_image, {"fake_redaction", "personal_data"}),
        (samples.black_text_on_black_box, {"fake_redaction", "personal_data"}),
        (samples.marker_pen_line, {"fake_redaction", "personal_data"}),
        (samples.white_text, {"invisible_text", "personal_data"}),
        (samples.render_mode_invisible, {"invisible_text", "personal_data"}),
        (samples.hidden_layer, {"invisible_text", "personal_data"}),
        (samples.outside_crop_box, {"outside_page", "personal_data"}),
        (samples.annotation, {"annotation", "personal_data"}),
        (samples.pending_redaction, {"annotation", "fake_redaction", "personal_data"}),
        (samples.square_annotation_box, {"annotation", "fake_redaction", "personal_data"}),
        (samples.form_field, {"form_field", "personal_data"}),
        (samples.attachment, {"embedded_file", "personal_data"}),
        (samples.metadata, {"document_properties"}),
        (samples.incremental_update, {"incremental_update", "personal_data"}),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_each_kind_of_pdf_leak_is_reported_with_its_kind_foia_s40_2(build, expected):
    assert kinds(build()) == expected


@pytest.mark.parametrize(
    "build",
    [
        samples.properly_redacted,
        samples.white_on_dark,
        samples.dark_box_no_text,
        samples.translucent_highlight,
        samples.strike_through,
        samples.table_borders,
        samples.link_only,
    ],
    ids=lambda v: v.__name__,
)
def test_clean_controls_scan_clean_so_s40_2_blocks_nothing_it_should_not(build):
    assert scan_pdf_bytes(build(), OPTIONS) == []


def test_a_response_letter_with_the_authoritys_own_contacts_allowed_scans_clean():
    assert scan_pdf_bytes(samples.letter_pdf(), OPTIONS) == []


def test_the_same_letter_without_the_allow_list_reports_the_contacts_as_personal_data():
    found = scan_pdf_bytes(samples.letter_pdf(), ScanOptions())
    assert {f.kind for f in found} == {"personal_data"}


def test_a_fake_redaction_says_where_the_box_is_and_what_is_under_it():
    [finding] = [f for f in scan_pdf_bytes(samples.fake_redaction(), OPTIONS)
                 if f.kind == "fake_redaction"]
    assert finding.where.startswith("page 1, near (70, 676)")
    assert finding.excerpt == samples.PERSON


def test_personal_data_in_page_text_is_located_by_page_and_position():
    data = samples.plain_pages([["Dear requester"], ["", "", f"Write to {samples.EMAIL}"]])
    [finding] = scan_pdf_bytes(data, OPTIONS)
    assert finding.kind == "personal_data"
    assert finding.where == "page 2, near (72, 736)"


def test_an_incremental_update_that_removes_nothing_is_not_reported():
    original = samples.plain_pages([["Decision letter"]])
    updated = samples.append_revision(
        original, 1, samples.text_op(72, 770, "Decision letter")
        + samples.text_op(72, 754, "Annex added")
    )
    assert scan_pdf_bytes(updated, OPTIONS) == []


def test_an_ocr_layer_over_a_scanned_image_is_not_invisible_text():
    pdf = samples.make_pdf(
        ["q 400 0 0 100 72 650 cm /Im1 Do Q\nBT 3 Tr /F1 12 Tf 80 690 Td (Scanned minutes) Tj ET\n"]
    )
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(20) for x in range(20))
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(
        Im1=pdf.make_stream(pixels, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                            Width=20, Height=20, ColorSpace=pikepdf.Name.DeviceGray,
                            BitsPerComponent=8)
    )
    assert scan_pdf_bytes(samples.to_bytes(pdf), OPTIONS) == []


def test_an_attached_text_file_is_reported_as_an_embedded_file():
    data = samples.attachment(inner=b"plain notes", name="notes.txt")
    assert {f.kind for f in scan_pdf_bytes(data, OPTIONS)} >= {"embedded_file"}


def test_scan_pdf_reads_a_file_from_disk(tmp_path: Path):
    path = tmp_path / "leak.pdf"
    path.write_bytes(samples.white_text())
    assert {f.kind for f in scan_pdf(path, OPTIONS)} == {"invisible_text", "personal_data"}


def test_an_encrypted_pdf_is_rejected_with_a_reason(tmp_path: Path):
    pdf = samples.make_pdf([samples.text_op(72, 700, "Secret")])
    path = tmp_path / "locked.pdf"
    pdf.save(path, encryption=pikepdf.Encryption(owner="owner-pass", user="user-pass"))
    with pytest.raises(PdfRejected, match="encrypted"):
        scan_pdf(path, OPTIONS)


def test_a_pdf_encrypted_with_only_an_owner_password_is_still_rejected(tmp_path: Path):
    pdf = samples.make_pdf([samples.text_op(72, 700, "Secret")])
    path = tmp_path / "owner.pdf"
    pdf.save(path, encryption=pikepdf.Encryption(owner="owner-pass", user=""))
    with pytest.raises(PdfRejected, match="encrypted"):
        scan_pdf(path, OPTIONS)


def test_a_truncated_pdf_is_rejected_with_a_reason():
    data = samples.white_text()
    with pytest.raises(PdfRejected, match="truncated"):
        scan_pdf_bytes(data[: len(data) // 2], OPTIONS)


def test_a_file_that_is_not_a_pdf_is_rejected():
    with pytest.raises(PdfRejected, match="not a PDF"):
        scan_pdf_bytes(b"PK\x03\x04 this is a zip", OPTIONS)


def test_a_deeply_nested_pdf_is_rejected_with_a_reason():
    depth = 5000
    nested = b"[" * depth + b"]" * depth
    body = (
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Junk " + nested + b" >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    )
    xref = len(body)
    body += (
        b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
        + f"{body.index(b'2 0 obj'):010d} 00000 n \n".encode()
        + b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n"
        + str(xref).encode()
        + b"\n%%EOF\n"
    )
    with pytest.raises(PdfRejected):
        scan_pdf_bytes(body, OPTIONS)


def test_a_word_file_attached_to_a_pdf_is_scanned_through_the_scanner():
    import docx

    document = docx.Document()
    document.add_paragraph(f"Contact {samples.EMAIL}")
    buffer = io.BytesIO()
    document.save(buffer)
    data = samples.attachment(inner=buffer.getvalue(), name="notes.docx")
    found = scan_pdf_bytes(data, OPTIONS)
    assert any(
        f.kind == "personal_data" and f.where.startswith("embedded file 'notes.docx'")
        for f in found
    )


@pytest.mark.parametrize("label", sorted(samples.HTML_LEAKY))
def test_leaks_made_in_html_and_rendered_by_weasyprint_are_reported_foia_s40_2(label):
    html, expected = samples.HTML_LEAKY[label]
    assert kinds(samples.letter_pdf(html)) == expected


@pytest.mark.parametrize("label", sorted(samples.HTML_CLEAN))
def test_ordinary_styling_rendered_by_weasyprint_scans_clean(label):
    assert scan_pdf_bytes(samples.letter_pdf(samples.HTML_CLEAN[label]), OPTIONS) == []


def test_an_incremental_update_to_a_linearised_file_is_still_compared():
    original = samples.plain_pages([["Decision letter", f"Handled by {samples.PERSON}"]])
    with pikepdf.open(io.BytesIO(original)) as pdf:
        out = io.BytesIO()
        pdf.save(out, linearize=True)
    assert scan_pdf_bytes(out.getvalue(), OPTIONS) != []  # the name itself is personal data
    updated = samples.append_revision(out.getvalue(), 1, samples.text_op(72, 770, "Decision"))
    assert "incremental_update" in kinds(updated)


def test_a_faint_grey_watermark_is_not_invisible_text():
    data = samples.to_bytes(
        samples.make_pdf(["0.933 g\n" + samples.text_op(150, 400, "DRAFT", size=60)])
    )
    assert scan_pdf_bytes(data, OPTIONS) == []


def test_near_white_text_is_invisible_text():
    data = samples.to_bytes(samples.make_pdf(["0.97 g\n" + samples.text_op(72, 400, "Note")]))
    assert kinds(data) == {"invisible_text"}


def test_an_attachment_removed_by_an_incremental_update_is_still_reported():
    with_attachment = samples.attachment(inner=b"notes", name="staff-list.txt")
    # The update swaps the catalogue for one without the attachment list.
    with pikepdf.open(io.BytesIO(with_attachment)) as pdf:
        root = pdf.Root.objgen[0]
        pages = pdf.Root.Pages.objgen[0]
        size = int(pdf.trailer.Size)
    prev = int(re.findall(rb"startxref\s+(\d+)", with_attachment)[-1])
    body = bytearray(with_attachment)
    offset = len(body)
    body += f"{root} 0 obj\n<< /Type /Catalog /Pages {pages} 0 R >>\nendobj\n".encode()
    xref = len(body)
    body += (
        f"xref\n0 1\n0000000000 65535 f \n{root} 1\n{offset:010d} 00000 n \n"
        f"trailer\n<< /Size {size} /Root {root} 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    found = scan_pdf_bytes(bytes(body), OPTIONS)
    assert ("incremental_update", "earlier revision 1 of 2, attachment") in {
        (f.kind, f.where) for f in found
    }
    assert "embedded_file" not in {f.kind for f in found}
