"""PDF cleaning (issue 4 §2): every leak is removed and the output re-scans clean.

FOIA s40(2): what a reader cannot see must not be released either. Every person is invented.
"""

import io
from pathlib import Path

import pdf_samples as samples
import pikepdf
import pypdfium2
import pytest

from foidesk.release.findings import ScanOptions
from foidesk.release.pdf.revisions import revision_ends
from foidesk.release.pdf_clean import clean_pdf, clean_pdf_bytes
from foidesk.release.pdf_scan import PdfRejected, scan_pdf_bytes

OPTIONS = ScanOptions(names=(samples.PERSON,), allow=samples.ALLOW)


def pdfium_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


@pytest.mark.parametrize("label", sorted(samples.LEAKY))
def test_every_leaky_sample_cleans_to_a_file_that_scans_clean_foia_s40_2(label):
    cleaned = clean_pdf_bytes(samples.LEAKY[label]())
    assert scan_pdf_bytes(cleaned, OPTIONS) == []


@pytest.mark.parametrize(
    "build",
    [samples.fake_redaction, samples.white_text, samples.hidden_layer, samples.outside_crop_box],
    ids=lambda b: b.__name__,
)
def test_hidden_text_is_cut_out_of_the_text_layer_not_rasterised(build):
    cleaned = clean_pdf_bytes(build())
    text = pdfium_text(cleaned)
    assert "Roe" not in text and "07700" not in text and "example.org" not in text
    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        assert "/Font" in pdf.pages[0].obj.Resources  # still a text page, not an image


def test_visible_text_survives_cleaning_where_it_was():
    cleaned = clean_pdf_bytes(samples.fake_redaction())
    assert "The complaint was handled by" in pdfium_text(cleaned)


def test_cleaning_leaves_one_revision_and_no_metadata_attachments_or_forms():
    for build in (samples.incremental_update, samples.metadata, samples.attachment,
                  samples.form_field, samples.annotation):
        cleaned = clean_pdf_bytes(build())
        assert len(revision_ends(cleaned)) == 1
        with pikepdf.open(io.BytesIO(cleaned)) as pdf:
            assert "/Info" not in pdf.trailer
            assert "/Metadata" not in pdf.Root
            assert "/AcroForm" not in pdf.Root
            assert len(pdf.attachments) == 0
            assert all("/Annots" not in page.obj for page in pdf.pages)


def test_plain_links_are_kept():
    cleaned = clean_pdf_bytes(samples.link_only())
    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        [link] = pdf.pages[0].obj.Annots
        assert str(link.Subtype) == "/Link"


def test_the_earlier_revisions_text_is_gone_from_the_bytes():
    cleaned = clean_pdf_bytes(samples.incremental_update())
    assert b"Handled by" not in cleaned
    assert "Handled by" not in pdfium_text(cleaned)


def test_an_owner_password_only_pdf_is_decrypted_by_cleaning(tmp_path: Path):
    src = tmp_path / "owner.pdf"
    samples.make_pdf([samples.text_op(72, 700, "Public text")]).save(
        src, encryption=pikepdf.Encryption(owner="owner-pass", user="")
    )
    dst = tmp_path / "clean.pdf"
    clean_pdf(src, dst)
    assert scan_pdf_bytes(dst.read_bytes(), OPTIONS) == []


def test_a_pdf_needing_a_password_cannot_be_cleaned(tmp_path: Path):
    src = tmp_path / "locked.pdf"
    samples.make_pdf([samples.text_op(72, 700, "Secret")]).save(
        src, encryption=pikepdf.Encryption(owner="o", user="u")
    )
    with pytest.raises(PdfRejected, match="password"):
        clean_pdf(src, tmp_path / "out.pdf")


def test_hidden_text_inside_a_form_xobject_falls_back_to_rasterising_the_page():
    pdf = samples.make_pdf([samples.text_op(72, 700, "Visible") + "/Fm1 Do\n"])
    form = pdf.make_stream(
        ("1 1 1 rg " + samples.text_op(72, 600, samples.EMAIL)).encode(),
        Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
        BBox=pikepdf.Array([0, 0, 595, 842]),
        Resources=pdf.pages[0].obj.Resources,
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fm1=form)
    data = samples.to_bytes(pdf)
    assert {f.kind for f in scan_pdf_bytes(data, OPTIONS)} == {"invisible_text", "personal_data"}
    cleaned = clean_pdf_bytes(data)
    assert scan_pdf_bytes(cleaned, OPTIONS) == []
    assert pdfium_text(cleaned).strip() == ""  # the page is now a picture


def test_a_clean_letter_is_kept_as_text():
    cleaned = clean_pdf_bytes(samples.letter_pdf())
    assert "Dear requester" in pdfium_text(cleaned)
    assert scan_pdf_bytes(cleaned, OPTIONS) == []


def test_a_redaction_mark_never_applied_is_applied_by_cleaning():
    cleaned = clean_pdf_bytes(samples.pending_redaction())
    text = pdfium_text(cleaned)
    assert "Response" in text and "Roe" not in text and "Adviser" not in text


@pytest.mark.parametrize("label", sorted(samples.HTML_LEAKY))
def test_leaks_made_in_html_clean_to_a_file_that_scans_clean_foia_s40_2(label):
    html, _kinds = samples.HTML_LEAKY[label]
    cleaned = clean_pdf_bytes(samples.letter_pdf(html))
    assert scan_pdf_bytes(cleaned, OPTIONS) == []
