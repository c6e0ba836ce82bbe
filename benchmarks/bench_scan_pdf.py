"""Scan a generated 300-page PDF and compare with a bare pdfminer.six text extraction.

Prints wall time and peak memory (max RSS of a fresh process) for each, and the ratio.
Target (issue 4 §4): the scan within 2x of bare pdfminer, memory bounded (page by page).
Every person in the generated text is invented.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf

PAGES = 300
LINES = 48
WORDS = (
    "the council holds information about the request and the decision was reviewed by the "
    "panel under section forty of the act before the response was sent to the requester"
).split()


def build(path: Path) -> None:
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                           BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding)
    )
    resources = pdf.make_indirect(pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)))
    for number in range(PAGES):
        ops = ["BT /F1 10 Tf 12 TL 56 800 Td"]
        for line in range(LINES):
            start = (number * 7 + line * 3) % len(WORDS)
            words = (WORDS[start:] + WORDS)[:14]
            text = " ".join(words)
            if line == 20 and number % 25 == 0:
                text = f"contact jo.example{number}@example.org or 07700 900{number % 1000:03d}"
            ops.append(f"({text}) Tj T*")
        ops.append("ET")
        if number % 10 == 0:
            ops.append("0 0 0 rg 300 100 120 14 re f")  # a box with nothing under it
        pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, 595, 842]),
            Resources=resources, Contents=pdf.make_stream("\n".join(ops).encode("latin-1")),
        )))
    pdf.save(path)


def measure(which: str, path: Path) -> None:
    started = time.perf_counter()
    if which == "pdfminer":
        from pdfminer.high_level import extract_text

        size = len(extract_text(str(path)))
        detail = f"{size} characters"
    else:
        from foidesk.release.findings import ScanOptions
        from foidesk.release.pdf_scan import scan_pdf

        findings = scan_pdf(path, ScanOptions())
        detail = f"{len(findings)} findings"
    elapsed = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "peak_mib": peak_kib / 1024, "detail": detail}))


def run(which: str, path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", which, str(path)],
        check=True, capture_output=True, text=True,
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.pdf"
        build(path)
        size_mib = path.stat().st_size / 1024 / 1024
        print(f"generated {PAGES}-page PDF ({size_mib:.1f} MiB)")
        bare = run("pdfminer", path)
        scan = run("scan", path)
        for label, result in (("bare pdfminer extract_text", bare), ("foidesk scan_pdf", scan)):
            print(f"{label:28} {result['seconds']:7.2f} s  peak {result['peak_mib']:6.1f} MiB"
                  f"  ({result['detail']})")
        ratio = float(scan["seconds"]) / float(bare["seconds"])  # type: ignore[arg-type]
        print(f"scan / bare pdfminer time: {ratio:.2f}x (target <= 2x)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        measure(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
