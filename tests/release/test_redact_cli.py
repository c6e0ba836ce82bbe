"""`foidesk redact` (issue 4 §2): exit status, JSON shape and one-line reasons.

Every person here is invented.
"""

import json
from pathlib import Path

import pdf_samples as samples
import pytest

from foidesk.cli import main


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(samples.plain_pages([["Decision letter", f"Handled by {samples.PERSON}"]]))
    return path


def test_a_successful_redaction_exits_zero_and_reports_json(letter, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status = main(["redact", str(letter), "--text", samples.PERSON, "-o", str(out), "--json"])
    assert status == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "clean"
    assert report["redactions"] == 1
    assert report["verified_by"] == ["pdfminer.six", "pypdfium2"]
    assert report["findings"] == []
    assert out.exists()


def test_a_box_given_on_the_command_line_is_applied(letter, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status = main(["redact", str(letter), "--box", "1,134,750,200,766", "-o", str(out)])
    assert status == 0
    assert "1 redaction(s)" in capsys.readouterr().out


def test_an_output_that_still_holds_personal_data_exits_one(tmp_path, capsys):
    src = tmp_path / "in.pdf"
    src.write_bytes(samples.plain_pages([[f"Handled by {samples.PERSON}", samples.EMAIL]]))
    status = main(["redact", str(src), "--text", samples.PERSON, "-o", str(tmp_path / "o.pdf")])
    assert status == 1
    assert "not releasable" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (["--box", "1,2,3"], "expected page,x0,y0,x1,y1"),
        ([], "nothing to redact"),
        (["--regex", "("], "regex"),
    ],
)
def test_bad_requests_exit_two_with_a_one_line_reason(letter, tmp_path, capsys, extra, reason):
    status = main(["redact", str(letter), *extra, "-o", str(tmp_path / "o.pdf")])
    assert status == 2
    err = capsys.readouterr().err.strip()
    assert reason in err and "\n" not in err and "Traceback" not in err


def test_a_truncated_pdf_exits_two_with_a_reason(tmp_path, capsys):
    src = tmp_path / "cut.pdf"
    data = samples.white_text()
    src.write_bytes(data[: len(data) // 2])
    status = main(["redact", str(src), "--text", "x", "-o", str(tmp_path / "o.pdf")])
    assert status == 2
    assert "truncated" in capsys.readouterr().err


def test_a_text_that_matches_nothing_is_warned_about(letter, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status = main(["redact", str(letter), "--text", "Quentin Example", "--text", samples.PERSON,
                   "-o", str(out), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    assert json.loads(captured.out)["unmatched"] == ["Quentin Example"]
    assert "nothing matched 'Quentin Example'" in captured.err
