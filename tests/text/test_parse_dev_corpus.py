"""The splitter on the development corpus (real requests, annotated), when it is present."""

from pathlib import Path

import pytest

from foidesk.text.evaluation import evaluate, load_corpus

DEV = Path(__file__).resolve().parents[3] / "shared/corpus/dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not present on this machine")
def test_most_development_requests_are_split_exactly_right() -> None:
    # One of the fifteen cannot be: 048's list of fields was lost in capture.
    report = evaluate(load_corpus(DEV), checker=None)
    assert report.exact >= 14
    assert (report.question_precision() or 0) >= 0.9
