"""Scoring `parse_request` against annotated questions.

Questions are matched by text similarity and kind. A document is split exactly right when, leaving
instruction items out, it has the same questions in the same order, each with the same parent and
with a condition exactly where the annotation has one (the condition's wording is not judged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.text.evaluation.corpus import Document, GoldQuestion
from foidesk.text.questions import QuestionItem

SIMILARITY_THRESHOLD = 0.6
_WORD = re.compile(r"[a-z0-9£]+")
_PLACEHOLDER = re.compile(r"\[[^\]]*not captured[^\]]*\]", re.I)


def words(text: str) -> set[str]:
    return set(_WORD.findall(_PLACEHOLDER.sub(" ", text.lower())))


def similarity(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other (annotators abridge with "…")."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


@dataclass(frozen=True, slots=True)
class SplitScore:
    name: str
    gold: int
    predicted: int
    matched: int
    exact: bool
    reason: str


def _gold_shape(questions: tuple[GoldQuestion, ...]) -> list[tuple[str, int | None, bool]]:
    kept = [q for q in questions if q.kind != "instruction"]
    position = {q.index: i for i, q in enumerate(kept)}
    return [
        (q.text, position.get(q.parent) if q.parent is not None else None, q.condition is not None)
        for q in kept
    ]


def _predicted_shape(items: list[QuestionItem]) -> list[tuple[str, int | None, bool]]:
    kept = [q for q in items if q.kind != "instruction"]
    position = {q.id: i for i, q in enumerate(kept)}
    return [
        (q.text, position.get(q.parent) if q.parent is not None else None, q.condition is not None)
        for q in kept
    ]


def match_questions(
    gold: tuple[GoldQuestion, ...], items: list[QuestionItem]
) -> dict[int, QuestionItem]:
    """Greedy one-to-one matching of the most similar pairs of the same kind: gold index → item."""
    pairs = sorted(
        (
            (similarity(g.text, p.text), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(items)
            if g.kind == p.kind
        ),
        reverse=True,
    )
    matched: dict[int, QuestionItem] = {}
    used_pred: set[int] = set()
    for score, gi, pi in pairs:
        if score < SIMILARITY_THRESHOLD:
            break
        if gold[gi].index in matched or pi in used_pred:
            continue
        matched[gold[gi].index] = items[pi]
        used_pred.add(pi)
    return matched


def exact_reason(gold: tuple[GoldQuestion, ...], items: list[QuestionItem]) -> str:
    """Empty when the split is exactly right, otherwise the first difference found."""
    expected, got = _gold_shape(gold), _predicted_shape(items)
    if len(expected) != len(got):
        return f"{len(got)} questions where the annotation has {len(expected)}"
    for n, ((g_text, g_parent, g_cond), (p_text, p_parent, p_cond)) in enumerate(
        zip(expected, got, strict=True), start=1
    ):
        if similarity(g_text, p_text) < SIMILARITY_THRESHOLD:
            return f"question {n}: text differs ({p_text[:60]!r})"
        if g_parent != p_parent:
            return f"question {n}: parent differs"
        if g_cond != p_cond:
            return f"question {n}: condition {'missing' if g_cond else 'unexpected'}"
    return ""


def score_split(document: Document, items: list[QuestionItem]) -> SplitScore:
    reason = exact_reason(document.questions, items)
    return SplitScore(
        name=document.name,
        gold=len(document.questions),
        predicted=len(items),
        matched=len(match_questions(document.questions, items)),
        exact=not reason,
        reason=reason,
    )
