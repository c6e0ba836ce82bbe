"""`foidesk letter`: writes each format, prints the schema, and fails in one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from foidesk.cli import main

CANONICAL = Path(__file__).parent / "fixtures" / "canonical_case.json"


@pytest.mark.parametrize(("fmt", "magic"), [("pdf", b"%PDF"), ("docx", b"PK"),
                                              ("html", b"<!DOCTYPE html>"), ("text", b"Office")])
def test_letter_writes_each_format(tmp_path, fmt, magic):
    out = tmp_path / f"letter.{fmt}"
    assert main(["letter", str(CANONICAL), "--format", fmt, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)


def test_letter_schema_is_json_schema_for_the_case(capsys):
    assert main(["letter", "--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"kind", "regime", "authority", "requester", "dates", "questions"} <= set(
        schema["properties"]
    )
    assert "ncnd" in schema["$defs"]["Outcome"]["enum"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not valid JSON"),
        (b"\x00\x01\x02\xff" * 100, "not UTF-8"),
        (b'{"kind": "response", "regime": "foia"}', "missing required fields"),
        (b"[" * 100_000, "nested too deeply"),
        (b"x" * 5_000_000, "larger than 2,000,000 bytes"),
    ],
    ids=["empty", "binary", "incomplete", "deeply nested", "5 MB"],
)
def test_bad_case_exits_non_zero_with_one_line_and_no_traceback(tmp_path, content, expected):
    case = tmp_path / "CASE.json"
    case.write_bytes(content)
    run = subprocess.run(
        [sys.executable, "-m", "foidesk.cli", "letter", str(case), "-o", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert expected in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "x").exists()


def test_missing_case_file_is_a_clear_error(tmp_path, capsys):
    assert main(["letter", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_check_option_runs_the_checker_on_the_composed_letter(tmp_path, capsys):
    out = tmp_path / "letter.html"
    assert main(["letter", str(CANONICAL), "--check", "-o", str(out)]) == 0
    assert "foidesk check: no findings" in capsys.readouterr().err
