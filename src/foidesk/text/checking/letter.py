"""One letter read once: its citations, its answers per question, and what the rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.text.checking import cues
from foidesk.text.checking.anchors import question_keys
from foidesk.text.checking.citations import find_citations
from foidesk.text.checking.law_facts import SHORT_NAMES, Cited, read_all
from foidesk.text.checking.locate import Located, locate
from foidesk.text.checking.model import Answer, Outcome
from foidesk.text.checking.request import Question
from foidesk.text.checking.text import Span, ends_abruptly

# Past this size a letter is checked as a whole but not split question by question: matching
# questions is the one part whose cost grows with the text, and no real letter is this long.
MAX_LOCATE_CHARS = 400_000


@dataclass
class Letter:
    """The letter under check and everything the rules read from it."""

    text: str
    regime: str
    questions: list[Question]
    cited: list[Cited]
    located: dict[str, Located] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    truncated: bool = False
    request_given: bool = False

    @property
    def statute(self) -> str:
        return SHORT_NAMES[self.regime]

    @property
    def exemptions(self) -> list[Cited]:
        return [c for c in self.cited if c.role == "exemption"]

    @property
    def structured(self) -> bool:
        """The letter answers question by question (at least two questions found in it)."""
        return sum(1 for item in self.located.values() if item.regions) >= 2

    def outcome_of(self, question_id: str) -> Outcome | None:
        for answer in self.answers:
            if answer.question_id == question_id:
                return answer.outcome
        return None

    def cited_in(self, start: int, end: int) -> list[Cited]:
        return [c for c in self.cited if start <= c.citation.start < end]


_ROLES_FOR = {"cost_limit": ("cost",), "vexatious": ("vexatious",)}


def _exemption_labels(cited: list[Cited], outcome: Outcome) -> list[str]:
    """The provisions relied on for this outcome, most specific form only ("s31" is dropped
    beside "s31(1)(a)")."""
    roles = _ROLES_FOR.get(outcome, ("exemption",))
    seen: list[str] = []
    for c in cited:
        if c.role in roles and c.canonical not in seen:
            seen.append(c.canonical)
    return [s for s in seen if not any(o != s and o.startswith(s + "(") for o in seen)]


def _gives_figures(text: str) -> bool:
    """The answer gives the information itself (figures), even if it is also published."""
    figures = re.findall(r"(?<![\w/.:-])\d[\d,.]*(?![\w/])", re.sub(r"https?://\S+|www\.\S+", "", text))
    return sum(1 for f in figures if not re.fullmatch(r"(?:19|20)\d\d", f)) >= 3


def classify(text: str, cited: list[Cited]) -> Outcome:
    """The outcome of one answer from its words and the provisions it cites."""
    words = len(text.split())
    if words < 1:
        return "not_answered"
    roles = {c.role for c in cited}
    sections = {c.citation.section for c in cited if c.role == "exemption"}
    if cues.NCND.search(text):
        return "ncnd"
    if "cost" in roles or cues.COST.search(text):
        return "cost_limit"
    if "vexatious" in roles or cues.VEXATIOUS.search(text):
        return "vexatious"
    if cues.NOT_APPLICABLE.search(text) and words < 60:
        return "not_applicable"
    accessible_only = sections and sections <= {"s21", "s25", "reg6"}
    withheld = (bool(sections) and not accessible_only) or bool(cues.WITHHELD.search(text))
    if withheld:
        if cues.PARTIAL.search(text) or re.search(r"\battached\b|as follows", text, re.I):
            return "partially_disclosed"
        return "exempt"
    if cues.not_held(text) or any(c.canonical.startswith("reg12(4)(a)") for c in cited):
        return "not_held"
    if accessible_only or (cues.ACCESSIBLE.search(text) and not _gives_figures(text)):
        return "reasonably_accessible"
    if cues.CLARIFY.search(text) and words < 120:
        return "clarification"
    return "disclosed"


def _answers(letter: Letter) -> list[Answer]:
    answers: list[Answer] = []
    whole_outcome: Outcome | None = None
    for question in letter.questions:
        if not question.asks:
            continue
        item = letter.located.get(question.id)
        spans: list[Span] = [*item.regions, *item.mentioned] if item else []
        if item is not None and item.answered:
            text = item.text
            cited = [c for s in spans for c in letter.cited_in(s.start, s.end)]
            outcome = classify(text, cited)
        elif letter.structured:
            outcome = "not_answered"
            cited = []
        else:
            if whole_outcome is None:
                whole_outcome = classify(letter.text, letter.cited)
            outcome = whole_outcome
            cited = letter.cited
        if outcome in ("disclosed", "not_answered", "not_applicable", "clarification"):
            provisions: list[str] = []
        else:
            provisions = _exemption_labels(cited, outcome)
        answers.append(Answer(question.id, question.label, outcome, provisions))
    answers = _follow_references(letter, answers)
    # A child quoted with its parent and answered with it takes the parent's answer.
    by_id = {q.id: q for q in letter.questions}
    for index, answer in enumerate(answers):
        parent = by_id[answer.question_id].parent
        if answer.outcome == "not_answered" and parent is not None:
            parent_answer = next((a for a in answers if a.question_id == parent), None)
            if parent_answer is not None and parent_answer.outcome != "not_answered":
                item = letter.located.get(answer.question_id)
                if item is None or not item.regions:
                    answers[index] = Answer(
                        answer.question_id,
                        answer.label,
                        parent_answer.outcome,
                        list(parent_answer.provisions),
                    )
    return _share_provisions(letter, answers)


def _share_provisions(letter: Letter, answers: list[Answer]) -> list[Answer]:
    """A question refused together with its parts ("questions 5, 5(a) and 5(b)") takes the
    provisions cited for the family when its own stretch of text names none."""
    by_id = {q.id: q for q in letter.questions}

    def family(qid: str) -> str:
        while by_id[qid].parent is not None and by_id[qid].parent in by_id:
            qid = by_id[qid].parent or qid
        return qid

    result = list(answers)
    for index, answer in enumerate(result):
        if answer.provisions or answer.outcome not in _REFUSING:
            continue
        donor = next(
            (
                a
                for a in result
                if a.provisions
                and a.outcome == answer.outcome
                and family(a.question_id) == family(answer.question_id)
            ),
            None,
        )
        if donor is not None:
            result[index] = Answer(answer.question_id, answer.label, answer.outcome,
                                   list(donor.provisions))
    return result


_REFUSING = ("exempt", "partially_disclosed", "ncnd", "cost_limit", "vexatious")


def _follow_references(letter: Letter, answers: list[Answer]) -> list[Answer]:
    """'See answer to Q1' and 'As above' take the outcome of the answer they point to."""
    keys = question_keys(letter.questions)
    result = list(answers)
    for index, answer in enumerate(result):
        item = letter.located.get(answer.question_id)
        if item is None or not item.answered or len(item.text.split()) > 25:
            continue
        match = cues.CROSS_REFERENCE.search(item.text)
        if match is None:
            continue
        if match.group("key"):
            target_ids = keys.get(match.group("key").lower(), [])
        else:
            target_ids = [result[index - 1].question_id] if index > 0 else []
        target = next((a for a in result if a.question_id in target_ids), None)
        if target is not None and target.question_id != answer.question_id:
            result[index] = Answer(
                answer.question_id, answer.label, target.outcome, list(target.provisions)
            )
    return result


def read_letter(
    text: str, *, regime: str, questions: list[Question], request_given: bool
) -> Letter:
    """Read the letter: citations, where each question is answered, and how."""
    letter = Letter(
        text=text,
        regime=regime,
        questions=questions,
        cited=read_all(find_citations(text), regime),
        truncated=ends_abruptly(text),
        request_given=request_given,
    )
    if questions and len(text) <= MAX_LOCATE_CHARS:
        letter.located = locate(text, questions)
    if questions:
        letter.answers = _answers(letter)
    return letter
