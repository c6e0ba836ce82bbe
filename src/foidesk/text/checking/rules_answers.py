"""Each question answered, on time, and with help where the answer is 'not held'."""

from __future__ import annotations

import re
from datetime import date

from foidesk.law.clock import ClockError, ClockFacts, compute_deadline, fmt
from foidesk.text.checking import cues
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding
from foidesk.text.checking.request import Question
from foidesk.text.checking.text import quote, sentence_at, sentences

_ATTACHED = re.compile(
    r"(?:find|see)\s+(?:\w+\s+){0,3}attached|attached\s+(?:is|are|document|spreadsheet|response|file)|"
    r"in\s+the\s+attach",
    re.IGNORECASE,
)


def _law(letter: Letter, foia: str, eir: str, foisa: str) -> str:
    return {"foia": f"FOIA {foia}", "eir": f"EIR {eir}", "foisa": f"FOISA {foisa}"}[letter.regime]


def _introduces_list(letter: Letter, question: Question) -> bool:
    """An unlabelled sentence ending in a colon followed by the request's numbered items ("please
    provide information about X:" then 1., 2., 3.) only introduces them."""
    if question.label or not question.text.rstrip().endswith(":"):
        return False
    index = letter.questions.index(question)
    return any(q.label for q in letter.questions[index + 1 :])


def question_unanswered(letter: Letter) -> list[Finding]:
    """FOIA s1(1) / EIR reg 5(1) / FOISA s1(1): every question must be answered, with the
    information, a not-held statement or a refusal."""
    if not letter.request_given or not letter.structured or _ATTACHED.search(letter.text):
        # Without the request, the questions are only those the letter chose to quote.
        return []
    by_id = {q.id: q for q in letter.questions}
    findings: list[Finding] = []
    for answer in letter.answers:
        if answer.outcome != "not_answered":
            continue
        question = by_id[answer.question_id]
        if question.kind in ("heading", "instruction") or _introduces_list(letter, question):
            # A heading or an instruction asks nothing of its own.
            continue
        item = letter.located.get(answer.question_id)
        regions = item.regions if item else []
        if question.condition and not regions:
            # A follow-up that applies only on a given answer may rightly go unanswered.
            continue
        if letter.truncated and not _moved_past(letter, answer.question_id):
            # The answer may be in the part of the letter that was not captured.
            continue
        if question.parent is not None and not regions:
            continue
        label = f"Question {question.label}" if question.label else "A question"
        findings.append(
            Finding(
                "question_unanswered",
                "error",
                f"{label} gets no answer in the letter.",
                _law(letter, "s1(1)", "reg 5(1)", "s1(1)"),
                " ".join(question.text.split())[:240],
                question.id,
            )
        )
    return findings


def _moved_past(letter: Letter, question_id: str) -> bool:
    """The letter answers a later question after the place where this one was quoted."""
    order = [a.question_id for a in letter.answers]
    item = letter.located.get(question_id)
    if item is None or not item.regions:
        return False
    position = max(r.start for r in item.regions)
    later = order[order.index(question_id) + 1 :]
    for qid in later:
        other = letter.located.get(qid)
        if other is None:
            continue
        if any(r.start > position and r.text.split() for r in other.regions):
            return True
    return False


def _advice_in(text: str) -> bool:
    return any(
        cues.ADVICE.search(s.text)
        and not cues.COMMISSIONER.search(s.text)
        and not cues.REVIEW.search(s.text)
        for s in sentences(text)
    )


def _outside_answers(letter: Letter) -> str:
    """The preamble and closing: the letter less every question's own answer."""
    spans = sorted(
        (r.start, r.end) for item in letter.located.values() for r in item.regions if not item.shared
    )
    parts: list[str] = []
    position = 0
    for start, end in spans:
        if start > position:
            parts.append(letter.text[position:start])
        position = max(position, end)
    parts.append(letter.text[position:])
    return "\n".join(parts)


def not_held_no_advice(letter: Letter) -> list[Finding]:
    """FOIA s16 (s45 Code) / EIR reg 9 / FOISA s15: where information is not held, the authority
    should say who may hold it, or otherwise help the requester."""
    general_advice = _advice_in(_outside_answers(letter))
    findings: list[Finding] = []
    advised_before = False
    for answer in letter.answers:
        if answer.outcome != "not_held":
            continue
        item = letter.located.get(answer.question_id)
        body = item.text if item and item.answered else letter.text
        if general_advice or _advice_in(body):
            advised_before = True
            continue
        if advised_before and cues.CROSS_REFERENCE.search(body):
            # "As above" / "See answer to Q1": the advice given there applies here too.
            continue
        match = cues.not_held(body)
        if match is None:
            continue
        span = sentence_at(body, match.start())
        question = next(q for q in letter.questions if q.id == answer.question_id)
        label = f"Question {question.label}" if question.label else "The question"
        findings.append(
            Finding(
                "not_held_no_advice",
                "advice",
                f"{label}: the information is not held; say who may hold it, or how else the "
                "requester could get it.",
                _law(letter, "s16", "reg 9", "s15"),
                quote(body, span.start, span.end),
                answer.question_id,
            )
        )
    if not letter.answers and not general_advice:
        match = cues.not_held(letter.text)
        if match is not None:
            span = sentence_at(letter.text, match.start())
            findings.append(
                Finding(
                    "not_held_no_advice",
                    "advice",
                    "The information is not held; say who may hold it, or how else the "
                    "requester could get it.",
                    _law(letter, "s16", "reg 9", "s15"),
                    quote(letter.text, span.start, span.end),
                )
            )
    return findings


def late_response(letter: Letter, *, received: date | None, sent: date | None) -> list[Finding]:
    """FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): the response is due by the 20th working day
    after receipt (EIR reg 7 allows 40 where the letter says it was extended).

    A warning, not an error: lateness is a fact about timing that no edit to the letter can
    cure, and a late answer must still be sent (refusing to send would compound the breach)."""
    if received is None or sent is None:
        return []
    try:
        deadline = compute_deadline(regime=letter.regime, facts=ClockFacts(received=received))
    except ClockError:
        return []
    due = deadline.due
    if due is None:
        return []
    if letter.regime == "eir" and re.search(r"regulation\s+7|reg\.?\s?7\b", letter.text, re.I):
        try:
            extended = compute_deadline(
                regime="eir", facts=ClockFacts(received=received, extension_working_days=20)
            )
        except ClockError:
            extended = deadline
        due = extended.due or due
    if sent <= due:
        return []
    return [
        Finding(
            "late_response",
            "warning",
            f"The response is dated {fmt(sent)}, after the deadline of {fmt(due)}, so it would "
            "be sent late.",
            deadline.basis if deadline.basis else _law(letter, "s10(1)", "reg 5(2)", "s10(1)"),
            f"received {received.isoformat()}, dated {sent.isoformat()}, due {due.isoformat()}",
        )
    ]

