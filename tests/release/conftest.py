"""The generated release corpus, built once per test session into a temporary folder."""

import pytest
from release_corpus import build


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    return {case.name: case for case in build(tmp_path_factory.mktemp("corpus"))}
