"""Hostile and broken files fail closed: verdict `error` with a one-line reason, inside the
time and memory budget, and the caller carries on (issue 4 §3; STYLE.md habit 8)."""

import io
import zipfile

import pytest
from release_corpus import xlsx_clean

from foidesk.release.findings import ScanError, ScanOptions, Verdict
from foidesk.release.ooxml.archive import SafeArchive, ZipLimits
from foidesk.release.scanner import report_for, scan_file, scan_files

OPTIONS = ScanOptions()


def _replace_part(source, target, part, data):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, data if name == part else zin.read(name))


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "ok.xlsx"
    xlsx_clean(path)
    return path


def test_a_zip_bomb_is_refused_by_its_expansion_ratio(workbook, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    _replace_part(workbook, bomb, "xl/worksheets/sheet1.xml", b" " * (40 * 1024 * 1024))
    report = report_for(bomb, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert "zip bomb" in report.error


def test_a_zip_declaring_too_much_in_total_is_refused(workbook):
    with pytest.raises(ScanError, match="zip bomb"):
        SafeArchive(workbook, ZipLimits(max_total_bytes=1000))


def test_a_zip_with_too_many_members_is_refused(tmp_path):
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(30):
            z.writestr(f"xl/junk{i}.xml", "<a/>")
    with pytest.raises(ScanError, match="members"):
        SafeArchive(many, ZipLimits(max_members=20))


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["expansion", "xxe"])
def test_xml_entities_are_refused(workbook, tmp_path, payload):
    hostile = tmp_path / "entities.xlsx"
    _replace_part(workbook, hostile, "xl/worksheets/sheet1.xml", payload)
    report = report_for(hostile, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert "unsafe XML" in report.error


def test_entities_are_refused_when_cleaning_too(workbook, tmp_path):
    from foidesk.release.cleaning import clean_path

    hostile = tmp_path / "entities.xlsx"
    _replace_part(workbook, hostile, "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    with pytest.raises(ScanError, match="DTD"):
        clean_path(hostile, tmp_path / "out.xlsx")


def test_a_truncated_workbook_is_an_error(workbook, tmp_path):
    cut = tmp_path / "cut.xlsx"
    data = workbook.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    report = report_for(cut, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert "zip" in report.error


def test_a_corrupted_member_fails_its_checksum(workbook, tmp_path):
    data = bytearray(workbook.read_bytes())
    with zipfile.ZipFile(workbook) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start] ^= 0xFF
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    assert report_for(damaged, OPTIONS).verdict == Verdict.ERROR


def test_an_encrypted_office_file_is_an_error_not_clean(tmp_path):
    encrypted = tmp_path / "protected.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    report = report_for(encrypted, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert "encrypted" in report.error


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("slides.pptx", None, "unsupported"),
        ("picture.png", b"\x89PNG\r\n\x1a\n....", "unsupported"),
        ("notes.docx", b"just text", "not a valid docx"),
        ("report.pdf", b"not a pdf", "not a valid PDF"),
        ("binary.txt", b"abc\x00\x01\x02", "binary"),
    ],
)
def test_unsupported_or_mislabelled_files_are_blocked_with_a_reason(tmp_path, name, content,
                                                                     reason):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("ppt/presentation.xml", "<p/>")
    else:
        path.write_bytes(content)
    report = report_for(path, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert reason in report.error


def test_a_missing_file_is_an_error(tmp_path):
    assert report_for(tmp_path / "nope.xlsx", OPTIONS).error == "no such file"


def test_a_scan_over_its_time_limit_is_killed_and_reported(tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("x,y\n" * 400_000)
    report = scan_file(big, ScanOptions(time_limit_s=0.05))
    assert report.verdict == Verdict.ERROR
    assert "time limit" in report.error


def test_a_scan_over_its_memory_limit_is_reported(tmp_path):
    heavy = tmp_path / "strings.xlsx"
    strings = io.BytesIO()
    strings.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
    for i in range(150_000):
        strings.write(b"<si><t>%d unique words in a long shared string</t></si>" % i)
    strings.write(b"</sst>")
    workbook = tmp_path / "ok.xlsx"
    xlsx_clean(workbook)
    with zipfile.ZipFile(workbook) as zin, zipfile.ZipFile(heavy, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            if name != "xl/_rels/workbook.xml.rels":
                z.writestr(name, zin.read(name))
        z.writestr("xl/sharedStrings.xml", strings.getvalue())
        z.writestr("xl/_rels/workbook.xml.rels", zin.read("xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>",
            b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    assert scan_file(heavy, ScanOptions()).verdict == Verdict.CLEAN
    report = scan_file(heavy, ScanOptions(memory_limit_bytes=48 * 1024 * 1024))
    assert report.verdict == Verdict.ERROR
    assert "memory" in report.error


def test_one_hostile_file_does_not_stop_the_others(workbook, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    reports = scan_files([bad, workbook], OPTIONS)
    assert [r.verdict for r in reports] == [Verdict.ERROR, Verdict.CLEAN]


@pytest.mark.parametrize(
    ("builder", "part", "old", "new"),
    [
        ("xlsx", "xl/workbook.xml", b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
        ("docx", "word/document.xml",
         b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ],
)
def test_strict_office_open_xml_is_refused_rather_than_read_as_empty(tmp_path, builder, part,
                                                                     old, new):
    from release_corpus import docx_clean

    source = tmp_path / f"source.{builder}"
    (xlsx_clean if builder == "xlsx" else docx_clean)(source)
    with zipfile.ZipFile(source) as z:
        data = z.read(part).replace(old, new)
    strict = tmp_path / f"strict.{builder}"
    _replace_part(source, strict, part, data)
    report = report_for(strict, OPTIONS)
    assert report.verdict == Verdict.ERROR
    assert "Strict" in report.error


def test_the_bounded_scan_works_from_a_script_without_a_main_guard(workbook, tmp_path):
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "from pathlib import Path\n"
        "from foidesk.release.findings import ScanOptions\n"
        "from foidesk.release.scanner import scan_file\n"
        f"print(scan_file(Path({str(workbook)!r}), ScanOptions()).verdict.value)\n"
    )
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "clean"


def test_a_utf16_text_export_is_read_not_refused_as_binary(tmp_path):
    export = tmp_path / "export.txt"
    export.write_bytes("name\tphone\nSomeone\t07700 900123\n".encode("utf-16"))
    report = report_for(export, OPTIONS)
    assert report.verdict == Verdict.LEAKY
    assert report.findings[0].excerpt == "UK phone number: 07700 900123"


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_an_xml_declaration_naming_no_real_encoding_fails_closed(workbook, tmp_path, part):
    from foidesk.release.cleaning import clean_path

    bogus = tmp_path / "bogus.xlsx"
    with zipfile.ZipFile(workbook) as z:
        data = z.read(part)
    data = b'<?xml version="1.0" encoding="xTF-8"?>' + data.split(b"?>", 1)[-1]
    _replace_part(workbook, bogus, part, data)
    assert report_for(bogus, OPTIONS).verdict == Verdict.ERROR
    with pytest.raises(ScanError):
        clean_path(bogus, tmp_path / "out.xlsx")
