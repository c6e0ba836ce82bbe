"""Scan a generated 2-million-cell workbook and compare with a bare openpyxl read-only pass.

Each measurement runs in a fresh Python process so its peak memory (ru_maxrss) is its own.
Target (issue 4 §4): the scan within 2x the time of the bare pass, in bounded memory.
Also times `foidesk redact` on 0.5 MB and 5 MB text files (linear in the input, review F17).
Usage: python benchmarks/bench_scan_xlsx.py [ROWS] (default 100000 rows x 20 columns).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

COLUMNS = 20
WORDS = ["Open", "Closed", "Withheld", "Part disclosed", "Refused s40", "Refused s43",
         "Transferred", "Not held", "Clarified", "Late"]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Requests" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
</styleSheet>"""


def column(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def generate(path: Path, rows: int) -> None:
    """A realistic request log: numbers, repeated status words, free-text notes (unique
    strings), and an invented contact address on one row in a hundred."""
    strings: list[str] = list(WORDS)
    letters = [column(c) for c in range(1, COLUMNS + 1)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/styles.xml", STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        b"<sheetData>")
            for r in range(1, rows + 1):
                cells = []
                for c, letter in enumerate(letters):
                    ref = f"{letter}{r}"
                    if c % 5 == 1:
                        cells.append(f'<c r="{ref}" t="s"><v>{(r + c) % len(WORDS)}</v></c>')
                    elif c == 4:
                        note = (f"contact person{r}@example.org" if r % 100 == 0
                                else f"Request FOI-{r:06d} about item {r * 7 % 9973}")
                        strings.append(note)
                        cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}"><v>{(r * 31 + c * 17) % 100000 / 100}</v></c>')
                sheet.write(f'<row r="{r}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns='
                      b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="'
                      + str(len(strings)).encode() + b'">')
            for text in strings:
                sst.write(f"<si><t>{escape(text)}</t></si>".encode())
            sst.write(b"</sst>")


MEASURE = r"""
import json, resource, sys, time
from pathlib import Path
which, path = sys.argv[1], Path(sys.argv[2])
start = time.perf_counter()
if which == "openpyxl":
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    detail = f"{cells} cells read"
else:
    from foidesk.release.findings import ScanOptions
    from foidesk.release.scanner import report_for
    report = report_for(path, ScanOptions())
    detail = f"verdict {report.verdict.value}, {len(report.findings)} findings listed"
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
peak = usage.ru_maxrss / 1024
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak, "detail": detail}))
"""


def measure(which: str, path: Path) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", MEASURE, which, str(path)],
                         capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "requests.xlsx"
        started = time.perf_counter()
        generate(path, rows)
        print(f"generated {rows * COLUMNS:,} cells ({path.stat().st_size / 1e6:.1f} MB zipped) "
              f"in {time.perf_counter() - started:.1f} s")
        bare = measure("openpyxl", path)
        scan = measure("scan", path)
        from foidesk.release.findings import ScanOptions
        from foidesk.release.scanner import scan_file

        started = time.perf_counter()
        bounded = scan_file(path, ScanOptions())
        child_s = time.perf_counter() - started
    for label, result in (("openpyxl read-only pass", bare), ("foidesk scan", scan)):
        print(f"{label:26s} {result['seconds']:7.1f} s wall {result['cpu']:7.1f} s CPU"
              f"  peak {result['peak_mb']:6.0f} MB  ({result['detail']})")
    print(f"{'foidesk scan (child proc)':26s} {child_s:7.1f} s  verdict {bounded.verdict.value}")
    wall = float(scan["seconds"]) / float(bare["seconds"])  # type: ignore[arg-type]
    cpu = float(scan["cpu"]) / float(bare["cpu"])  # type: ignore[arg-type]
    print(f"scan / bare openpyxl: {wall:.2f}x wall, {cpu:.2f}x CPU (target <= 2x)")
    redact_text_figures()


def redact_text_figures() -> None:
    """`foidesk redact` on text at 0.5 MB and 5 MB (review F17): 10x the input should take
    about 10x the time, well inside the 120 s per-file budget."""
    from foidesk.release.redaction import redact_file

    line = "Please provide the number of incidents in 2022. " * 20 + "\n"
    timings: list[float] = []
    for repeats in (550, 5500):
        with tempfile.TemporaryDirectory() as folder:
            src = Path(folder) / "big.txt"
            src.write_text(line * repeats)
            started = time.perf_counter()
            result = redact_file(src, Path(folder) / "out.txt", texts=["incidents"])
            timings.append(time.perf_counter() - started)
            print(f"{'foidesk redact txt':26s} {timings[-1]:7.1f} s  "
                  f"{src.stat().st_size / 1e6:.1f} MB, {result.redactions:,} redactions")
    print(f"redact txt 5 MB / 0.5 MB: {timings[1] / timings[0]:.1f}x (linear is about 10x)")


if __name__ == "__main__":
    main()
