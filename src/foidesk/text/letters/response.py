"""The response letter and the internal review outcome: every question answered in turn."""

from __future__ import annotations

from foidesk.text.letters.answers import Answering, question_blocks
from foidesk.text.letters.case import LetterCase, LetterKind, Outcome, Regime, ReviewResult
from foidesk.text.letters.deadlines import Deadlines, add_working_days
from foidesk.text.letters.document import (
    Block,
    Heading,
    Paragraph,
    Quote,
    Table,
    anchor_for,
    long_date,
)
from foidesk.text.letters.wording import terms

SUMMARY = {
    Outcome.DISCLOSED: "Information provided",
    Outcome.PARTIALLY_DISCLOSED: "Some information provided, some withheld",
    Outcome.NOT_HELD: "Information not held",
    Outcome.EXEMPT: "Information withheld",
    Outcome.NCND: "Not confirmed or denied",
    Outcome.COST_LIMIT: "Too costly to answer",
    Outcome.VEXATIOUS: "Refused as vexatious",
    Outcome.REASONABLY_ACCESSIBLE: "Already available to you",
    Outcome.CLARIFICATION: "We need more detail",
    Outcome.NOT_APPLICABLE: "Does not arise",
}
TIME_LIMIT = {
    Regime.FOIA: "section 10(1) of FOIA",
    Regime.EIR: "regulation 5(2) of the EIR",
    Regime.FOISA: "section 10(1) of FOISA",
}


# Letters sent before the request is answered: the request is being handled, not dealt with.
IN_PROGRESS = frozenset(
    {
        LetterKind.ACKNOWLEDGEMENT,
        LetterKind.CLARIFICATION,
        LetterKind.FEES_NOTICE,
        LetterKind.PIT_EXTENSION,
        LetterKind.EIR_EXTENSION,
    }
)


def handled_under(case: LetterCase) -> Paragraph:
    t = terms(case.regime)
    why = (
        ", because the information you asked for is environmental information"
        if case.regime is Regime.EIR
        else ""
    )
    verb = "are handling" if case.kind in IN_PROGRESS else "have dealt with"
    return Paragraph(f"We {verb} your request under {t.act} ({t.short}){why}.")


def received_sentence(case: LetterCase) -> str:
    subject = f" about {case.subject}" if case.subject else ""
    clarified = ""
    if case.dates.clarification_received:
        clarified = f" and clarified on {long_date(case.dates.clarification_received)}"
    return (
        f"Thank you for your request for information{subject}, which we received on "
        f"{long_date(case.dates.received)}{clarified}."
    )


def late_apology(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): own a late reply rather than hide it (also
    for a s17(1)-(2) notice or a fees notice, which are due within the same time)."""
    if not deadlines.late:
        return []
    return [
        Paragraph(
            f"We are sorry that this reply is late: {TIME_LIMIT[case.regime]} required us to "
            f"respond by {long_date(deadlines.due)}."
        )
    ]


def summary_table(case: LetterCase, answering: Answering) -> Table:
    """One row a question, each linking (in HTML) to the section that answers it."""
    names = answering.names
    answered = [q for q in case.questions if q.outcome]
    rows = tuple((f"Question {names[q.id]}", SUMMARY[q.outcome]) for q in answered if q.outcome)
    links = tuple(anchor_for(names[answering.section_of(q.id)]) for q in answered)
    return Table(("Question", "Our response"), rows, "Summary of our response", links)


def answers(case: LetterCase) -> list[Block]:
    answering = Answering(case.regime, case.authority, list(case.questions))
    blocks: list[Block] = [summary_table(case, answering)]
    for question in case.questions:
        blocks += question_blocks(question, answering)
    return blocks


def response_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s1(1) and s17; EIR regs 5 and 14; FOISA ss. 1, 16, 17 and 18."""
    return [
        Paragraph(received_sentence(case)),
        handled_under(case),
        *late_apology(case, deadlines),
        Heading("Your questions and our answers", 2),
        *answers(case),
    ]


REVIEW_DAYS = {
    Regime.FOIA: (20, "the 20 working days the s45 Code of Practice expects"),
    Regime.EIR: (40, "the 40 working days regulation 11(4) of the EIR allows"),
    Regime.FOISA: (20, "the 20 working days section 21(1) of FOISA allows"),
}


def late_review_apology(case: LetterCase) -> list[Block]:
    """FOIA s45 Code (20 working days), EIR reg 11(4) (40), FOISA s21(1) (20): own a late
    review outcome."""
    review = case.review
    assert review is not None  # noqa: S101
    days, basis = REVIEW_DAYS[case.regime]
    due = add_working_days(case.regime, review.requested, days)
    if case.dates.letter <= due:
        return []
    return [
        Paragraph(
            f"We are sorry that this outcome is late: it should have reached you within {basis}, "
            f"that is by {long_date(due)}."
        )
    ]


def review_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA: the s45 Code review; EIR reg 11(4)-(5); FOISA s21(4)-(5)."""
    review = case.review
    assert review is not None  # noqa: S101  (LetterCase.require_blocks guarantees it)
    original = f" of {long_date(review.original_date)}" if review.original_date else ""
    kind = {
        Regime.FOIA: "an internal review",
        Regime.EIR: "an internal review (reconsideration under regulation 11 of the EIR)",
        Regime.FOISA: "a review under section 20(1) of FOISA",
    }[case.regime]
    decision = {
        ReviewResult.UPHELD: "We have decided to uphold our original response.",
        ReviewResult.PARTLY_UPHELD: (
            "We have decided to uphold our original response in part; our revised answers "
            "are set out below."
        ),
        ReviewResult.OVERTURNED: (
            "We have decided not to uphold our original response; our revised answers are set "
            "out below."
        ),
    }[review.result]
    if case.regime is Regime.FOISA:
        decision += " (section 21(4) of FOISA)"
    return [
        Paragraph(
            f"On {long_date(review.requested)} you asked for {kind} of our response{original} to "
            f"your request for information, which we received on "
            f"{long_date(case.dates.received)}. This letter gives you the outcome."
        ),
        *late_review_apology(case),
        Paragraph("You told us why you were dissatisfied:"),
        Quote(review.grounds),
        Heading("The review", 2),
        Paragraph(
            f"The review was carried out by {review.reviewer}, who took no part in the original "
            f"decision. They considered your request, our response and your reasons afresh."
        ),
        *[Paragraph(line.strip()) for line in review.findings.splitlines() if line.strip()],
        Paragraph(decision),
        Heading("Your questions and our answers after review", 2),
        *answers(case),
    ]
