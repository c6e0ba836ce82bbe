"""Hyperlinks in released letters (issue 4): a link that hides nothing is not a leak.

FOIA s40(2): a link whose target is on the page (or an internal destination, or the
authority's own allowed address) reveals nothing; a sticky note or a mailto: to a person
behind innocent link text does. Every person here is invented.
"""

from pathlib import Path

import pdf_samples as samples
import pikepdf
import pytest

from foidesk.cli import main
from foidesk.release.findings import ScanOptions
from foidesk.release.pdf_scan import scan_pdf_bytes
from foidesk.release.scanner import scan_path

FIXTURE = Path(__file__).parents[1] / "text" / "fixtures" / "canonical_case.json"
# The organisation's own contact details, as the web app passes them to the gate.
ORG_ALLOW = ("foi@opcc.example.org", "foi-review@opcc.example.org", "SK9 5AF",
             "0303 123 1113", "TS17 6QW")
REQUESTER_EMAIL = "alex.tester@example.org"


@pytest.fixture(scope="module", params=["pdf", "docx"])
def canonical_letter(request, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("letters") / f"canon.{request.param}"
    assert main(["letter", str(FIXTURE), "--format", request.param, "-o", str(out)]) == 0
    return out


def test_foidesks_own_canonical_letter_scans_clean_with_its_contacts_allowed(canonical_letter):
    # The letter is addressed to the requester, so their own address is allowed here too.
    report = scan_path(canonical_letter, ScanOptions(allow=(*ORG_ALLOW, REQUESTER_EMAIL)))
    assert [f.as_dict() for f in report] == []


def test_in_the_canonical_letter_only_the_addressees_email_is_personal_data(canonical_letter):
    report = scan_path(canonical_letter, ScanOptions(allow=ORG_ALLOW))
    assert [(f.kind, f.excerpt) for f in report] == [
        ("personal_data", f"email address: {REQUESTER_EMAIL}")
    ]


def _with_link(action: pikepdf.Dictionary | None, visible: str, **extra) -> bytes:
    pdf = samples.make_pdf([samples.text_op(72, 700, visible)])
    fields = {"Type": pikepdf.Name.Annot, "Subtype": pikepdf.Name.Link,
              "Rect": pikepdf.Array([72, 696, 200, 712]), **extra}
    if action is not None:
        fields["A"] = action
    annot = pikepdf.Dictionary({f"/{k}": v for k, v in fields.items()})
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(annot)])
    return samples.to_bytes(pdf)


def _uri(target: str) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(target))


def test_a_link_to_an_internal_destination_is_not_an_annotation_finding():
    data = _with_link(None, "Question 1", Dest=pikepdf.String("question-1"),
                      Contents=pikepdf.String("question-1"))
    assert scan_pdf_bytes(data, ScanOptions()) == []


def test_a_link_whose_web_address_is_printed_on_the_page_is_not_a_finding():
    data = _with_link(_uri("https://ico.org.uk/make-a-complaint/"),
                      "Complain at https://ico.org.uk/make-a-complaint/",
                      Contents=pikepdf.String("https://ico.org.uk/make-a-complaint/"))
    assert scan_pdf_bytes(data, ScanOptions()) == []


def test_a_mailto_link_to_the_authoritys_allowed_address_is_not_a_finding():
    data = _with_link(_uri("mailto:foi@opcc.example.org"), "Write to our FOI team")
    assert scan_pdf_bytes(data, ScanOptions(allow=ORG_ALLOW)) == []


def test_a_mailto_link_to_a_person_behind_innocent_text_is_flagged_foia_s40_2():
    data = _with_link(_uri("mailto:a.person@example.org"), "Contact us")
    found = scan_pdf_bytes(data, ScanOptions(allow=ORG_ALLOW))
    assert {f.kind for f in found} == {"annotation", "personal_data"}
    assert any("a.person@example.org" in f.excerpt for f in found)


def test_a_link_that_runs_a_script_is_flagged():
    action = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    found = scan_pdf_bytes(_with_link(action, "Click here"), ScanOptions())
    assert "annotation" in {f.kind for f in found}


def test_a_sticky_note_is_still_flagged_foia_s40_2():
    found = scan_pdf_bytes(samples.annotation(), ScanOptions(allow=ORG_ALLOW))
    assert "annotation" in {f.kind for f in found}


def _docx_with_link(tmp_path: Path, target: str, text: str) -> Path:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("For anything else: ")
    rid = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    run.append(words)
    link.append(run)
    paragraph._p.append(link)
    out = tmp_path / "link.docx"
    document.save(str(out))
    return out


def test_a_docx_mailto_link_to_a_person_behind_innocent_text_is_flagged_foia_s40_2(tmp_path):
    path = _docx_with_link(tmp_path, "mailto:a.person@example.org", "contact us")
    found = scan_path(path, ScanOptions(allow=ORG_ALLOW))
    assert any("a.person@example.org" in f.excerpt for f in found)


def test_a_docx_mailto_link_to_the_authoritys_allowed_address_scans_clean(tmp_path):
    path = _docx_with_link(tmp_path, "mailto:foi@opcc.example.org", "our FOI team")
    assert scan_path(path, ScanOptions(allow=ORG_ALLOW)) == []


def test_a_docx_line_break_separates_a_name_from_the_email_on_the_next_line(tmp_path):
    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run("Alex Tester")
    run.add_break()
    run.add_text("alex.tester@example.org")
    path = tmp_path / "address.docx"
    document.save(str(path))
    excerpts = [f.excerpt for f in scan_path(path, ScanOptions())]
    assert "email address: alex.tester@example.org" in excerpts
