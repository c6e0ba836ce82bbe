"""`foidesk parse FILE [--json]`, including hostile and odd input."""

import json
from pathlib import Path

import pytest

from foidesk.cli import main
from foidesk.text.questions import MAX_CHARS

REQUEST = """Dear Borsetshire County Council,

Please provide the following information:

1. How many potholes were reported in 2023?
2. How many of those were repaired within 28 days?

Yours faithfully,

Ada Pennyworth
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["parse", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_output_lists_the_questions_with_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.txt"
    path.write_text(REQUEST, encoding="utf-8")
    status, out, _ = _run(capsys, str(path), "--json")
    assert status == 0
    questions = json.loads(out)["questions"]
    assert [q["label"] for q in questions] == ["1", "2"]
    assert questions[0] == {
        "id": "q1",
        "label": "1",
        "text": "How many potholes were reported in 2023?",
        "kind": "question",
        "parent": None,
        "condition": None,
    }


def test_plain_output_is_an_indented_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.txt"
    path.write_text("1. Do you own drones?\nIf yes:\na) How many?\n", encoding="utf-8")
    status, out, _ = _run(capsys, str(path))
    assert status == 0
    assert out.splitlines() == ["q1  1. Do you own drones?", "    q1.1  a. How many?  [if yes]"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks like a binary file"),
        (b"\x00" * 64, "looks like a binary file"),
    ],
)
def test_a_binary_file_gets_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(content)
    status, out, err = _run(capsys, str(path))
    assert status == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_missing_file_gets_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, str(tmp_path / "nowhere.txt"))
    assert status == 2
    assert err.strip() == f"foidesk parse: {tmp_path / 'nowhere.txt'}: no such file"


def test_a_directory_gets_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, str(tmp_path))
    assert status == 2 and "is a directory" in err


def test_an_empty_file_has_no_questions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    status, out, _ = _run(capsys, str(path), "--json")
    assert status == 0 and json.loads(out) == {"questions": []}


def test_windows_1252_bytes_are_read_rather_than_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.txt"
    path.write_bytes("1. What did the caf\u00e9 contract cost in \u00a3?\n".encode("cp1252"))
    status, out, _ = _run(capsys, str(path), "--json")
    assert status == 0
    assert (
        json.loads(out)["questions"][0]["text"] == "What did the caf\u00e9 contract cost in \u00a3?"
    )


def test_five_megabytes_of_text_are_cut_to_the_first_part_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(
        ("1. How many parking fines were issued? " * 40 + "\n") * 3300, encoding="utf-8"
    )
    assert path.stat().st_size > 5_000_000
    status, out, err = _run(capsys, str(path), "--json")
    assert status == 0
    assert f"only the first {MAX_CHARS} characters" in err
    assert json.loads(out)["questions"]


def test_one_enormous_line_without_punctuation_still_parses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "line.txt"
    path.write_text("If " + "a" * 200_000, encoding="utf-8")
    status, _, _ = _run(capsys, str(path), "--json")
    assert status == 0
