"""`foidesk eval`: score the request splitter and the response checker on an annotated corpus."""

from foidesk.text.evaluation.corpus import CorpusError, Document, load_corpus
from foidesk.text.evaluation.report import Report, evaluate, load_checker

__all__ = ["CorpusError", "Document", "Report", "evaluate", "load_checker", "load_corpus"]
