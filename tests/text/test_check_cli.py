"""`foidesk check` on the command line: JSON shape, exit status, and one-line errors."""

import json
from pathlib import Path

import pytest

from foidesk.cli import main

CANONICAL = Path(__file__).parent / "data" / "opcc-facial-recognition-funding.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["check", *args])
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_has_regime_answers_and_findings(capsys) -> None:
    code, out, _ = run(capsys, str(CANONICAL), "--json")
    data = json.loads(out)
    assert set(data) == {"regime", "answers", "findings"}
    assert data["regime"] == "foia"
    assert {"question_id", "label", "outcome", "provisions"} <= set(data["answers"][0])
    assert {"code", "severity", "message", "law", "evidence"} <= set(data["findings"][0])
    assert code == 1  # the canonical letter has errors


def test_request_file_and_regime_are_used(tmp_path: Path, capsys) -> None:
    request = tmp_path / "request.txt"
    request.write_text("1. How many weed-killer sprays did the council use in 2024?\n")
    response = tmp_path / "response.html"
    response.write_text(
        "<p>1. How many weed-killer sprays did the council use in 2024?</p>"
        "<p>The council used 40 sprays in 2024.</p>"
        "<p>If you are unhappy you may make representations under regulation 11, and then "
        "complain to the Information Commissioner.</p>"
    )
    code, out, _ = run(capsys, str(response), "--request", str(request), "--regime", "eir",
                       "--json")
    data = json.loads(out)
    assert data["regime"] == "eir"
    assert [a["outcome"] for a in data["answers"]] == ["disclosed"]
    assert data["findings"] == [] and code == 0


def test_late_response_from_dates(tmp_path: Path, capsys) -> None:
    response = tmp_path / "late.txt"
    response.write_text("The information you asked for is attached.\n")
    _, out, _ = run(capsys, str(response), "--received", "2025-06-02", "--sent", "2025-07-15",
                    "--json")
    assert "late_response" in {f["code"] for f in json.loads(out)["findings"]}


def test_plain_output_is_readable(capsys) -> None:
    _, out, _ = run(capsys, str(CANONICAL))
    assert "ncnd_without_ncnd_subsection" in out and "Findings" in out


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"", [], "empty"),
        (b"\x00\x01\x02\x03" * 500, [], "binary"),
        (b"A letter.", ["--received", "2025-13-40"], "not a date"),
        (b"A letter.", ["--received", "2025-06-10", "--sent", "2025-06-01"], "before"),
    ],
)
def test_bad_input_gets_one_line_error_and_status_2(
    tmp_path: Path, capsys, content: bytes, extra: list[str], message: str
) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path), *extra)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_missing_file_gets_one_line_error(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, str(tmp_path / "nowhere.pdf"))
    assert code == 2 and "no such file" in err and err.count("\n") == 1


def test_five_megabytes_of_text_gets_a_result(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.txt"
    line = "We do not hold this information and section 12 does not apply here today.\n"
    path.write_text(line * (5 * 1024 * 1024 // len(line)))
    code, out, _ = run(capsys, str(path), "--json")
    assert code in (0, 1)
    assert json.loads(out)["regime"] == "foia"


def test_non_utf8_bytes_are_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Dear Ms Example,\n\xa3450 limit \x96 \xff\xfe odd bytes.\n")
    code, out, _ = run(capsys, str(path), "--json")
    assert code in (0, 1) and json.loads(out)["findings"]
