"""Remove the parts of a PDF that are not what a reader sees on the page.

Metadata (Info and every XMP stream), annotations other than plain links, form fields and their
values, attachments, JavaScript and automatic actions, thumbnails, application private data
(PieceInfo) and the optional-content configuration. FOIA s40(2): each can carry a person's name
that nobody looking at the page would notice.
"""

from __future__ import annotations

import pikepdf

from foidesk.release.pdf.structure import text_of

ROOT_KEYS = (
    "/Metadata", "/AcroForm", "/OpenAction", "/AA", "/PieceInfo", "/SpiderInfo", "/AF",
    "/Collection", "/Perms", "/Legal", "/OCProperties",
)
PAGE_KEYS = ("/Thumb", "/PieceInfo", "/AA", "/Metadata", "/AF", "/SeparationInfo")
EVERY_OBJECT_KEYS = ("/Metadata", "/PieceInfo", "/AF")


def strip_structure(pdf: pikepdf.Pdf) -> None:
    """FOIA s40(2): remove metadata, annotations, forms, attachments and scripts in place."""
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for key in ("/EmbeddedFiles", "/JavaScript"):
            if key in names:
                del names[key]
    for page in pdf.pages:
        page_obj = page.obj
        for key in PAGE_KEYS:
            if key in page_obj:
                del page_obj[key]
        _keep_plain_links(page_obj)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            for key in EVERY_OBJECT_KEYS:
                if key in obj:
                    del obj[key]
    for key in ROOT_KEYS:
        if key in pdf.Root:
            del pdf.Root[key]


def _keep_plain_links(page: pikepdf.Dictionary) -> None:
    annots = page.get("/Annots")
    if annots is None:
        return
    kept = pikepdf.Array()
    if isinstance(annots, pikepdf.Array):
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            if text_of(annot.get("/Subtype")) != "Link":
                continue
            action = annot.get("/A")
            if isinstance(action, pikepdf.Dictionary) and text_of(action.get("/S")) not in {
                "URI", "GoTo",
            }:
                continue
            for key in ("/Contents", "/T", "/RC", "/Popup", "/AA"):
                if key in annot:
                    del annot[key]
            kept.append(annot)
    if len(kept):
        page.Annots = kept
    else:
        del page["/Annots"]
