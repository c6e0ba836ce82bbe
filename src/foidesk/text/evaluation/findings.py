"""Scoring the checker's findings and answers against annotated flaws and outcomes.

Only flaws annotated `confirmed` are truth. A code annotated with any other confidence (such as
`unverified_truncated`) is left out for that document, found or not. The closing-paragraph codes are
left out wherever the capture may be cut off (`capture.truncated` is not `no`), because a missing
review or complaint paragraph may simply not have been captured.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from foidesk.text.evaluation.corpus import Document

# The finding codes issue 3 names; the pooled figures are over these.
NAMED_CODES = frozenset(
    {
        "question_unanswered",
        "missing_internal_review_info",
        "missing_ico_s50_info",
        "missing_review_info",
        "exemption_not_specified",
        "exemption_subsection_not_specified",
        "ncnd_without_ncnd_subsection",
        "qualified_exemption_without_pit",
        "prejudice_without_harm_explanation",
        "public_interest_applied_to_absolute_exemption",
        "prejudice_test_for_class_exemption",
        "s12_no_estimate",
        "s12_no_advice_assistance",
        "partial_s14",
        "not_held_without_exception",
        "wrong_terminology",
        "duplicated_text",
        "wrong_numbering",
        "late_response",
        "not_held_no_advice",
    }
)
# FOIA s17(7) (internal review, s50 complaint) and FOISA s19 (review, Commissioner): the paragraphs
# that close a letter, so a capture cut off before the end cannot show whether they are missing.
CLOSING_CODES = frozenset(
    {"missing_internal_review_info", "missing_ico_s50_info", "missing_review_info"}
)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def to_dict(self) -> dict[str, int | float | None]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@dataclass
class FindingsScore:
    per_code: dict[str, Tally] = field(default_factory=dict)
    pooled: Tally = field(default_factory=Tally)
    # document name → (missed codes, false alarms), for reading the misses
    misses: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    def add(self, document: Document, found_codes: Iterable[str]) -> None:
        ignored = {f.code for f in document.flaws if f.confidence != "confirmed"}
        truth = {f.code for f in document.flaws if f.confidence == "confirmed"}
        ignored -= truth
        found = set(found_codes) - ignored
        if document.truncated != "no":
            truth -= CLOSING_CODES
            found -= CLOSING_CODES
        for code in truth | found:
            tally = self.per_code.setdefault(code, Tally())
            hit = code in truth and code in found
            tally.tp += hit
            tally.fp += code in found and code not in truth
            tally.fn += code in truth and code not in found
            if code in NAMED_CODES:
                self.pooled.tp += hit
                self.pooled.fp += code in found and code not in truth
                self.pooled.fn += code in truth and code not in found
        missed = sorted(c for c in truth - found if c in NAMED_CODES)
        false_alarms = sorted(found - truth)
        if missed or false_alarms:
            self.misses[document.name] = (missed, false_alarms)

    def to_dict(self) -> dict[str, object]:
        return {
            "pooled_named_codes": self.pooled.to_dict(),
            "per_code": {code: self.per_code[code].to_dict() for code in sorted(self.per_code)},
            "documents": {
                name: {"missed": missed, "false_alarms": false}
                for name, (missed, false) in sorted(self.misses.items())
            },
        }
