"""One-line, human messages from `foidesk clean` and `foidesk redact` (issue 4; review F18).

A path that cannot be written is named with the system's reason, as `foidesk letter` does,
never with a Python exception name; text that cleaning removed is reported as removed, not as
"nothing matched". Every person here is invented.
"""

import json

import pdf_samples as samples
import pytest

from foidesk.cli import main

MISSING = "No such file or directory"


def _one_line_without_python(text: str) -> None:
    assert "Error:" not in text and "Errno" not in text and "Traceback" not in text


def test_clean_into_a_missing_folder_says_it_cannot_write_there(corpus, tmp_path, capsys):
    out = tmp_path / "nowhere" / "x.xlsx"
    status = main(["clean", str(corpus["xlsx_hidden_rows.xlsx"].path), "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 2
    assert f"cannot write {out}: {MISSING}" in captured.out + captured.err
    _one_line_without_python(captured.out + captured.err)


@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_redact_into_a_missing_folder_says_it_cannot_write_there(tmp_path, capsys, suffix):
    src = tmp_path / f"in.{suffix}"
    if suffix == "pdf":
        src.write_bytes(samples.plain_pages([[f"Handled by {samples.PERSON}"]]))
    else:
        src.write_text(f"Handled by {samples.PERSON}\n")
    out = tmp_path / "nowhere" / f"x.{suffix}"
    status = main(["redact", str(src), "--text", samples.PERSON, "-o", str(out)])
    err = capsys.readouterr().err.strip()
    assert status == 2
    assert err == f"foidesk redact: cannot write {out}: {MISSING}"


def test_redact_reports_what_cleaning_removed_instead_of_nothing_matched(tmp_path, capsys):
    src = tmp_path / "fake.pdf"
    src.write_bytes(samples.fake_redaction())
    out = tmp_path / "out.pdf"
    status = main(["redact", str(src), "--text", samples.PERSON, "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 0
    assert "removed by cleaning: 1 fake redaction" in captured.out
    assert "nothing matched" not in captured.err


def test_redact_json_lists_what_cleaning_removed(tmp_path, capsys):
    src = tmp_path / "fake.pdf"
    src.write_bytes(samples.fake_redaction())
    status = main(["redact", str(src), "--text", samples.PERSON, "-o", str(tmp_path / "o.pdf"),
                   "--json"])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["removed_by_cleaning"] == {"fake_redaction": 1}
    assert report["unmatched"] == []
