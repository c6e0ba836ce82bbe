"""Redacting large text files (issue 4 §2): one pass, and fail closed past the time budget.

FOIA s40(2): a redaction that cannot finish in its budget must refuse, never hand back a
half-done file or hold the worker for minutes. Every person here is invented.
"""

from pathlib import Path

import pytest

from foidesk.release.findings import ScanOptions
from foidesk.release.redaction import MARKER, RedactionFailed, redact_file
from foidesk.release.redaction.request import Patterns


def test_every_one_of_many_matches_is_replaced_and_the_rest_kept():
    text = "Case of Jane Roe, ref 7.\n" * 20_000
    out, count = Patterns.build(["Jane Roe"], []).replace(text)
    assert count == 20_000
    assert out == f"Case of {MARKER}, ref 7.\n" * 20_000


def test_overlapping_texts_are_both_removed_not_just_the_leftmost():
    out, count = Patterns.build(["Bob Smith", "Smith Jones"], []).replace("to Bob Smith Jones.")
    assert (out, count) == (f"to {MARKER}.", 1)


def test_a_text_redaction_over_its_time_budget_fails_closed_as_too_large(tmp_path: Path):
    src = tmp_path / "big.txt"
    src.write_text("Please provide the number of incidents in 2022.\n" * 5_000)
    out = tmp_path / "out.txt"
    with pytest.raises(RedactionFailed, match="too large"):
        redact_file(src, out, texts=["incidents"], options=ScanOptions(time_limit_s=1e-9))
    assert not out.exists()
