"""Run `parse` and `check` over an annotated corpus and gather the figures."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from foidesk.text.checking import check_response
from foidesk.text.evaluation.corpus import Document
from foidesk.text.evaluation.findings import FindingsScore
from foidesk.text.evaluation.splits import SplitScore, match_questions, score_split, words
from foidesk.text.questions import parse_request

# check_response(response_text, *, request_text=..., regime=...) -> an object with .answers
# (each with .question_id and .outcome) and .findings (each with .code).
Checker = Callable[..., Any]


def load_checker() -> tuple[Checker | None, str]:
    """The response checker and a note naming it."""
    return check_response, "foidesk.text.checking.check_response"


_LABEL_NOISE = re.compile(r"^(?:question|q)\s*|[\s().:\-]", re.I)


def _label_key(label: str | None) -> str | None:
    key = _LABEL_NOISE.sub("", label or "").lower()
    return key or None


@dataclass
class OutcomeScore:
    annotated: int = 0
    correct: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.annotated if self.annotated else None


@dataclass
class Report:
    splits: list[SplitScore] = field(default_factory=list)
    outcomes: OutcomeScore | None = None
    findings: FindingsScore | None = None
    checker_note: str = ""
    checker_failures: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len(self.splits)

    @property
    def exact(self) -> int:
        return sum(s.exact for s in self.splits)

    def question_precision(self) -> float | None:
        predicted = sum(s.predicted for s in self.splits)
        return sum(s.matched for s in self.splits) / predicted if predicted else None

    def question_recall(self) -> float | None:
        gold = sum(s.gold for s in self.splits)
        return sum(s.matched for s in self.splits) / gold if gold else None

    def to_dict(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        outcomes = None
        if self.outcomes is not None:
            outcomes = {
                "annotated": self.outcomes.annotated,
                "correct": self.outcomes.correct,
                "accuracy": r(self.outcomes.accuracy),
                "wrong": self.outcomes.wrong,
            }
        return {
            "documents": self.documents,
            "parse": {
                "question_precision": r(self.question_precision()),
                "question_recall": r(self.question_recall()),
                "split_exactly_right": self.exact,
                "split_exactly_right_share": r(
                    self.exact / self.documents if self.documents else None
                ),
                "per_document": [
                    {"name": s.name, "exact": s.exact, "gold": s.gold, "predicted": s.predicted}
                    | ({"difference": s.reason} if s.reason else {})
                    for s in self.splits
                ],
            },
            "outcomes": outcomes,
            "findings": None if self.findings is None else self.findings.to_dict(),
            "checker": self.checker_note or "foidesk.text.checking.check_response",
            "checker_failures": self.checker_failures,
        }


def _score_outcomes(
    score: OutcomeScore, document: Document, items: list[Any], answers: list[Any]
) -> None:
    by_id = {a.question_id: a.outcome for a in answers}
    by_label = {_label_key(getattr(a, "label", None)): a.outcome for a in answers}
    matched = match_questions(document.questions, items)
    for question in document.questions:
        if question.outcome is None:
            continue
        score.annotated += 1
        item = matched.get(question.index)
        got = by_id.get(item.id) if item is not None else None
        if item is None and not words(question.text):
            # The annotator could not see the question (lost in capture) and keyed it to the
            # letter's own numbering instead.
            got = by_label.get(_label_key(question.label))
        if got == question.outcome:
            score.correct += 1
        else:
            label = question.label or str(question.index)
            score.wrong.append(
                f"{document.name} {label}: {got or 'no answer'} ≠ {question.outcome}"
            )


def evaluate(
    documents: list[Document], *, checker: Checker | None, checker_note: str = ""
) -> Report:
    """Score the splitter, and the checker when there is one, on every document."""
    report = Report(checker_note=checker_note)
    if checker is not None:
        report.outcomes, report.findings = OutcomeScore(), FindingsScore()
    for document in documents:
        items = parse_request(document.request_text)
        report.splits.append(score_split(document, items))
        if checker is None or report.outcomes is None or report.findings is None:
            continue
        try:
            result = checker(
                document.response_text, request_text=document.request_text, regime=document.regime
            )
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the evaluation
            # Scored as a checker that found and answered nothing, and named in the report.
            report.checker_failures.append(f"{document.name}: {type(exc).__name__}: {exc}"[:300])
            _score_outcomes(report.outcomes, document, list(items), [])
            report.findings.add(document, ())
            continue
        _score_outcomes(report.outcomes, document, list(items), list(result.answers))
        report.findings.add(document, (f.code for f in result.findings))
    return report
