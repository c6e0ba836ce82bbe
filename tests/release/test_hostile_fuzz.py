"""A bounded fuzz pass: mutated workbooks and documents never escape as anything but a clear
`ScanError` (verdict `error`), whether the zip or the XML inside it is damaged."""

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from release_corpus import docx_tracked_changes, xlsx_pivot_cache

from foidesk.release.cleaning import clean_path
from foidesk.release.findings import ScanError, ScanOptions
from foidesk.release.scanner import scan_path

OPTIONS = ScanOptions(names=("Morgan Quill",))
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    xlsx, docx = folder / "seed.xlsx", folder / "seed.docx"
    xlsx_pivot_cache(xlsx)
    docx_tracked_changes(docx)
    return {"xlsx": xlsx, "docx": docx}


def _scan_and_clean(path, out):
    """Both must finish with a result or a ScanError; any other exception is a bug."""
    try:
        scan_path(path, OPTIONS)
    except ScanError:
        pass
    try:
        clean_path(path, out)
    except ScanError:
        pass


@FUZZ
@given(kind=st.sampled_from(["xlsx", "docx"]), data=st.data())
def test_flipped_bytes_anywhere_in_the_file_fail_closed(seeds, tmp_path, kind, data):
    blob = bytearray(seeds[kind].read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        blob = blob[: data.draw(st.integers(0, len(blob)))]
    path = tmp_path / f"mutant.{kind}"
    path.write_bytes(bytes(blob))
    _scan_and_clean(path, tmp_path / f"out.{kind}")


@FUZZ
@given(kind=st.sampled_from(["xlsx", "docx"]), data=st.data())
def test_damaged_xml_inside_a_valid_zip_fails_closed(seeds, tmp_path, kind, data):
    source = tmp_path / f"source.{kind}"
    source.write_bytes(seeds[kind].read_bytes())
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml_parts = sorted(n for n in parts if n.endswith((".xml", ".rels")))
    victim = data.draw(st.sampled_from(xml_parts))
    text = bytearray(parts[victim])
    action = data.draw(st.sampled_from(["flip", "cut", "insert", "drop"]))
    if action == "flip" and text:
        text[data.draw(st.integers(0, len(text) - 1))] = data.draw(
            st.sampled_from(list(b"<>&\"'/=x0 \x00\xff")))
    elif action == "cut":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif action == "insert":
        at = data.draw(st.integers(0, len(text)))
        text[at:at] = data.draw(st.sampled_from(
            [b"<x>", b"</row>", b'<c r="ZZZ0" s="99999" t="s"><v>-7</v></c>', b"&amp;",
             b'<sheet name="x" state="veryHidden" r:id="rId99"/>', b"<w:del>", b"]]>"]))
    else:
        parts.pop(victim)
    if action != "drop":
        parts[victim] = bytes(text)
    mutant = tmp_path / f"mutant.{kind}"
    with zipfile.ZipFile(mutant, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in parts.items():
            z.writestr(name, blob)
    _scan_and_clean(mutant, tmp_path / f"out.{kind}")
