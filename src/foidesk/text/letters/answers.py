"""Each question, quoted, with its answer: FOIA s1(1) question by question.

The outcome decides the statutory wording: a denial that information is held (FOIA s1(1)(a);
EIR reg 12(4)(a); FOISA s17(1)), a refusal (s17), neither confirm nor deny (the NCND subsection),
the cost limit (s12 with its estimate and s16 advice), or information reasonably accessible
elsewhere (FOIA s21; FOISA s25; EIR reg 6(1)(b)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.text.letters.case import (
    Authority,
    Claim,
    Outcome,
    Question,
    Regime,
)
from foidesk.text.letters.claims import named, ncnd_blocks, withholding_blocks
from foidesk.text.letters.document import Block, Heading, Paragraph, Quote, anchor_for
from foidesk.text.letters.outcomes import (
    accessible_blocks,
    advice_blocks,
    answer_paragraphs,
    cost_blocks,
    not_held_blocks,
)
from foidesk.text.letters.provisions import cite_all
from foidesk.text.letters.wording import capitalise, join_words

LABEL_EDGES = re.compile(r"^(?:q(?:uestion)?\s*)?[(\[]?|[.)\]:]+$", re.IGNORECASE)


def tidy_label(label: str) -> str:
    """'Q1.' -> '1', '(a)' -> 'a', 'ii.' -> 'ii'."""
    return LABEL_EDGES.sub("", label.strip()).strip() or label.strip()


def display_labels(questions: list[Question]) -> dict[str, str]:
    """How the letter names each question: '1', '5(a)', '5(b)(i)', '2 (follow-up)'.

    Unnumbered top-level questions are numbered in order (as the canonical response did). An
    unnumbered sub-question is called its parent's follow-up rather than given a letter the
    requester never used, so the requester can match every answer to their own numbering.
    """
    names: dict[str, str] = {}
    top = 0
    # Numbering that restarts or is all "1." cannot name the answers: number them in order.
    top_labels = [tidy_label(q.label) for q in questions if q.parent is None and q.label]
    own_top = len(top_labels) == len(set(top_labels))
    unnumbered = {
        parent: [q.id for q in questions if q.parent == parent and not q.label]
        for parent in {q.parent for q in questions if q.parent is not None}
    }
    for question in questions:
        own = tidy_label(question.label) if question.label else None
        if question.parent is None:
            top += 1
            names[question.id] = (own if own_top else None) or str(top)
            continue
        parent = names[question.parent]
        if own is None:
            peers = unnumbered[question.parent]
            number = f" {peers.index(question.id) + 1}" if len(peers) > 1 else ""
            names[question.id] = f"{parent} (follow-up{number})"
        else:
            name = own if own.startswith(parent) else f"{parent}({own})"
            if name in names.values():  # a repeated sub-label: name it by its position
                siblings = [q.id for q in questions if q.parent == question.parent]
                name = f"{parent} (part {siblings.index(question.id) + 1})"
            names[question.id] = name
    return names


# Outcomes whose whole answer is the letter's own standard sentence (FOIA s1(1)(a) denial; a
# conditional part that does not arise), so parts sharing one can share the sentence.
TEMPLATED = frozenset({Outcome.NOT_HELD, Outcome.NOT_APPLICABLE})


def _own_content(question: Question) -> bool:
    """Whether the question carries words or facts of its own that a shared answer would lose."""
    return bool(
        question.answer
        or question.attachments
        or question.exemptions
        or question.cost
        or question.advice
        or question.where
    )


@dataclass
class Answering:
    """What answering one question needs to know about the others: their names, their
    ancestors (a sub-question inherits its parent's NCND), and which reasoning has already been
    given (so the letter refers back instead of repeating it word for word)."""

    regime: Regime
    authority: Authority
    questions: list[Question]
    names: dict[str, str] = field(default_factory=dict)
    given: dict[str, str] = field(default_factory=dict)  # claim JSON -> question it was given for

    def __post_init__(self) -> None:
        self.names = display_labels(self.questions)
        self.by_id = {q.id: q for q in self.questions}
        # FOIA s17(1): sub-questions that rest on their parent's NCND are answered with it, in
        # one notice, as officers write them (answering them apart would answer the parent).
        # Parts that share a templated answer (not held, does not arise) with the sibling just
        # before them are answered together too, so the letter says it once for all of them.
        self.folded: dict[str, list[Question]] = {}
        root_of: dict[str, str] = {}
        previous: Question | None = None
        for question in self.questions:
            # Only the question just before can share its section: grouping across others
            # would answer the questions out of the requester's order.
            sibling = previous if previous is not None and previous.parent == question.parent else None
            root = self._fold_root(question, root_of, sibling)
            previous = question
            if root is None:
                continue
            root_of[question.id] = root
            self.folded.setdefault(root, []).append(question)
        self.folded_ids = set(root_of)
        self.root_of = root_of

    def _fold_root(
        self, question: Question, root_of: dict[str, str], sibling: Question | None
    ) -> str | None:
        """The question whose section also answers `question`, or None for its own section."""
        if question.outcome is Outcome.NCND and question.parent is not None:
            parent = question.parent
            root = root_of.get(parent, parent)
            head = self.by_id[root]
            if (
                head.outcome is Outcome.NCND
                and head.ncnd is not None
                and self.by_id[parent].outcome is Outcome.NCND
                and (question.ncnd is None or question.ncnd == head.ncnd)
                and not _own_content(question)
            ):
                return root
        # Only parts of one question: top-level questions each keep their own answer, which the
        # requester can then match to their own numbering.
        if (
            sibling is None
            or question.parent is None
            or question.outcome not in TEMPLATED
            or _own_content(question)
        ):
            return None
        root = root_of.get(sibling.id, sibling.id)
        head = self.by_id[root]
        if head.parent != question.parent or _own_content(head):
            return None
        same = (head.outcome, head.condition) == (question.outcome, question.condition)
        return root if same and question.ncnd is None else None

    def section_of(self, question_id: str) -> str:
        """The question whose section answers this one (a folded part's parent)."""
        return self.root_of.get(question_id, question_id)

    def inherited_ncnd(self, question: Question) -> tuple[Claim, str] | None:
        """The nearest ancestor's NCND claim, with that ancestor's name."""
        parent = question.parent
        while parent is not None:
            ancestor = self.by_id[parent]
            if ancestor.ncnd is not None:
                return ancestor.ncnd, f"question {self.names[ancestor.id]}"
            parent = ancestor.parent
        return None

    def claim_blocks(self, claim: Claim, *, name: str, ncnd: bool) -> list[Block]:
        key = claim.model_dump_json()
        earlier = self.given.get(key)
        cited = cite_all(self.regime, claim.provisions)
        if earlier is not None:
            if ncnd:
                return [
                    Paragraph(
                        f"For the reasons given for {earlier}, we also neither confirm nor deny "
                        f"whether we hold information within the scope of {name}, relying on "
                        f"{named(cited, self.regime)}."
                    )
                ]
            return [
                Paragraph(
                    f"For {name}, we rely on {named(cited, self.regime)}, for the reasons given "
                    f"for {earlier}."
                )
            ]
        self.given[key] = name
        if ncnd:
            return ncnd_blocks(claim, regime=self.regime, question=name)
        return withholding_blocks(claim, regime=self.regime, question=name)


def quoted(question: Question, *, label: str | None = None) -> Quote:
    """The requester's words, with the condition they set (and, folded, the part's name)."""
    text = question.text
    if question.condition and not text.lower().startswith(question.condition.lower()):
        text = f"({capitalise(question.condition)}) {text}"
    if label:
        text = f"{label}: {text}"
    return Quote(text)


def not_applicable(question: Question, *, name: str, names: dict[str, str]) -> str:
    """A conditional follow-up that our answer to its parent means does not arise."""
    does = "do" if name.startswith("questions ") else "does"
    if question.parent is None:
        return f"{capitalise(name)} {does} not arise, for the reason below." if question.answer else (
            f"{capitalise(name)} {does} not arise."
        )
    parent = f"question {names[question.parent]}"
    it, depends = ("they do", "depend") if name.startswith("questions ") else ("it does", "depends")
    if question.condition:
        return (
            f"{capitalise(name)} applied only {question.condition.lower()} to {parent}; given "
            f"our answer to {parent}, {it} not arise."
        )
    return (
        f"{capitalise(name)} {depends} on our answer to {parent}; given that answer, {it} not "
        f"arise."
    )


def question_blocks(question: Question, answering: Answering) -> list[Block]:
    """The quoted question (with any sub-questions folded into it) and its answer."""
    if question.id in answering.folded_ids:
        return []
    regime, authority, names = answering.regime, answering.authority, answering.names
    label = names[question.id]
    name = f"question {label}"
    folded = answering.folded.get(question.id, [])
    heading = f"Question {label}"
    if folded:
        parts = [names[q.id] for q in folded]
        heading = f"Question {label} (with {join_words(parts)})"
        name = f"questions {join_words([label, *parts])}"
    blocks: list[Block] = [Heading(heading, 3, anchor_for(label)), quoted(question)]
    blocks += [quoted(q, label=f"Question {names[q.id]}") for q in folded]
    outcome = question.outcome
    own_text = answer_paragraphs(question.answer) if question.answer else []
    claims: list[Block] = []
    for claim in question.exemptions:
        claims += answering.claim_blocks(claim, name=name, ncnd=False)

    if outcome is Outcome.DISCLOSED:
        blocks.append(Paragraph(f"We hold information within the scope of {name}. Our answer:"))
        blocks += own_text
    elif outcome is Outcome.PARTIALLY_DISCLOSED:
        blocks.append(
            Paragraph(
                f"We hold information within the scope of {name}. We are disclosing part of it "
                f"below and withholding the rest, for the reasons that follow."
            )
        )
        blocks += own_text + claims
    elif outcome is Outcome.EXEMPT:
        blocks.append(
            Paragraph(
                f"We hold information within the scope of {name}, but we are withholding it for "
                f"the reasons that follow."
            )
        )
        blocks += own_text + claims
    elif outcome is Outcome.NCND:
        if question.ncnd is not None:
            blocks += answering.claim_blocks(question.ncnd, name=name, ncnd=True)
        else:
            inherited = answering.inherited_ncnd(question)
            if inherited is not None:
                claim, ancestor = inherited
                cited = cite_all(regime, claim.provisions)
                blocks.append(
                    Paragraph(
                        f"For the reasons given for {ancestor}, we also neither confirm nor deny "
                        f"whether we hold information within the scope of {name}, relying on "
                        f"{named(cited, regime)}."
                    )
                )
        blocks += own_text
    elif outcome is Outcome.NOT_HELD:
        blocks += not_held_blocks(question, regime=regime, name=name)
        blocks += own_text
    elif outcome is Outcome.COST_LIMIT:
        if question.cost is not None:
            blocks += cost_blocks(question.cost, regime=regime, authority=authority, name=name)
        blocks += claims + own_text  # EIR: regulation 12(4)(b)
    elif outcome is Outcome.REASONABLY_ACCESSIBLE:
        blocks += accessible_blocks(question, regime=regime, name=name)
        blocks += own_text
    elif outcome is Outcome.CLARIFICATION:
        duty = "regulation 9(2) of the EIR" if regime is Regime.EIR else (
            f"section 1(3) of {'FOIA' if regime is Regime.FOIA else 'FOISA'}"
        )
        blocks.append(
            Paragraph(
                f"We need more information from you before we can answer {name} ({duty}). "
                f"We will answer it as soon as you reply."
            )
        )
        blocks += own_text
    elif outcome is Outcome.NOT_APPLICABLE:
        blocks.append(Paragraph(not_applicable(question, name=name, names=names)))
        blocks += own_text
    else:  # vexatious: validation allows it only in a refusal of the whole request
        blocks += own_text
    blocks += advice_blocks(question, regime=regime, name=name)
    if question.attachments:
        blocks.append(
            Paragraph(f"For {name} we attach: {join_words(list(question.attachments))}.")
        )
    return blocks
