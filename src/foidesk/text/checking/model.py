"""What the checker reports: one answer per question and the findings against the law."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "advice"]

Outcome = Literal[
    "disclosed",
    "partially_disclosed",
    "not_held",
    "exempt",
    "ncnd",
    "cost_limit",
    "vexatious",
    "reasonably_accessible",
    "clarification",
    "not_applicable",
    "not_answered",
]

OUTCOMES: tuple[Outcome, ...] = (
    "disclosed",
    "partially_disclosed",
    "not_held",
    "exempt",
    "ncnd",
    "cost_limit",
    "vexatious",
    "reasonably_accessible",
    "clarification",
    "not_applicable",
    "not_answered",
)


@dataclass(frozen=True)
class Answer:
    """How the letter answers one question of the request (keyed by the `parse` id)."""

    question_id: str
    label: str | None
    outcome: Outcome
    provisions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question_id": self.question_id,
            "label": self.label,
            "outcome": self.outcome,
            "provisions": list(self.provisions),
        }


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or missing from) the letter.

    `law` cites the provision the finding rests on ("FOIA s17(7)"); `evidence` quotes the letter
    (or, for something missing, says what was looked for); `question_id` names the question the
    finding is about, or is None for the letter as a whole.
    """

    code: str
    severity: Severity
    message: str
    law: str
    evidence: str
    question_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "law": self.law,
            "evidence": self.evidence,
            "question_id": self.question_id,
        }


@dataclass(frozen=True)
class CheckResult:
    """The whole check of one letter."""

    regime: str
    answers: list[Answer]
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {
            "regime": self.regime,
            "answers": [a.to_dict() for a in self.answers],
            "findings": [f.to_dict() for f in self.findings],
        }
