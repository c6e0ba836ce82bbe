"""Every generated leaky file is flagged with exactly its kinds; every clean control stays clean."""

import pytest
from release_corpus import build

from foidesk.release.findings import Verdict
from foidesk.release.scanner import report_for


def _names():
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        return [case.name for case in build(Path(folder))]


@pytest.mark.parametrize("name", _names())
def test_each_corpus_file_gets_exactly_the_expected_kinds(corpus, name):
    case = corpus[name]
    report = report_for(case.path, case.options)
    assert report.error is None
    kinds = {f.kind for f in report.findings}
    assert kinds == case.kinds, report.findings
    assert report.verdict == (Verdict.CLEAN if case.clean else Verdict.LEAKY)
