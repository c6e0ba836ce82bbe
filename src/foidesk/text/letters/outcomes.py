"""What the letter says for each outcome that needs more than the officer's own words: the
cost limit (FOIA s12, FOISA s12, EIR reg 12(4)(b)), information not held (FOIA s1(1)(a), EIR
reg 12(4)(a), FOISA s17(1)), advice and assistance (FOIA s16, EIR reg 9, FOISA s15) and
information reasonably accessible elsewhere (FOIA s21, FOISA s25, EIR reg 6(1)(b))."""

from __future__ import annotations

from foidesk.text.letters.case import Authority, CostEstimate, Question, Regime
from foidesk.text.letters.document import Block, Bullets, Heading, Paragraph
from foidesk.text.letters.wording import capitalise

RATE = {Regime.FOIA: 25, Regime.FOISA: 15}  # Fees Regs 2004 reg 4(4); SSI 2004/467 reg 3


def answer_paragraphs(text: str) -> list[Block]:
    """The officer's text: one paragraph a line; lines starting '-' or '*' become a list."""
    blocks: list[Block] = []
    items: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line[:2] in ("- ", "* ", "• "):
            items.append(line[2:].strip())
            continue
        if items:
            blocks.append(Bullets(tuple(items)))
            items = []
        blocks.append(Paragraph(line))
    if items:
        blocks.append(Bullets(tuple(items)))
    return blocks


def limit_for(regime: Regime, authority: Authority) -> int:
    """FOIA: Fees Regulations 2004 reg 3 (£600 Schedule 1 Part I, else £450); FOISA: £600."""
    if regime is Regime.FOISA:
        return 600
    return authority.cost_limit or 450


def money(amount: float) -> str:
    return f"£{amount:,.2f}".replace(".00", "")


def cost_blocks(
    cost: CostEstimate, *, regime: Regime, authority: Authority, name: str
) -> list[Block]:
    """FOIA s12(1) and s17(5), Fees Regulations 2004 regs 3-4; FOISA s12(1) and s16(4);
    advice to narrow under FOIA s16 / FOISA s15."""
    records = f" covering about {cost.records:,} records" if cost.records else ""
    blocks: list[Block] = []
    if regime is Regime.EIR:
        blocks.append(
            Paragraph(
                f"We estimate that answering {name} would take about {cost.hours:g} hours of "
                f"staff time{records}. {cost.basis}"
            )
        )
        advice = "regulation 9 of the EIR"
    else:
        limit = limit_for(regime, authority)
        rate = RATE[regime]
        act = "FOIA" if regime is Regime.FOIA else "FOISA"
        rules = (
            "The Freedom of Information and Data Protection (Appropriate Limit and Fees) "
            "Regulations 2004 set"
            if regime is Regime.FOIA
            else "The Freedom of Information (Fees for Required Disclosure) (Scotland) "
            "Regulations 2004 set"
        )
        blocks += [
            Paragraph(
                f"We estimate that the cost of complying with {name} would exceed the appropriate "
                f"limit of {money(limit)}, so under section 12(1) of {act} we are not obliged to "
                f"comply with it. {rules} the limit and a rate of {money(rate)} an hour for staff "
                f"time, so the limit is reached after {limit / rate:g} hours of work."
            ),
            Paragraph(
                f"Our estimate for {name} is about {cost.hours:g} hours{records}, which would cost "
                f"about {money(cost.hours * rate)}. {cost.basis}"
            ),
        ]
        advice = "section 16 of FOIA" if regime is Regime.FOIA else "section 15 of FOISA"
    blocks += [
        Heading(f"How you could narrow {name}", 4),
        Paragraph(f"To help you (as {advice} requires), {cost.advice[:1].lower()}{cost.advice[1:]}"),
    ]
    return blocks


def not_held_blocks(question: Question, *, regime: Regime, name: str) -> list[Block]:
    """FOIA s1(1)(a) denial; EIR reg 12(4)(a) (the exception must be cited); FOISA s17(1)."""
    if regime is Regime.EIR:
        return [
            Paragraph(
                f"We do not hold information within the scope of {name}, so the exception in "
                f"regulation 12(4)(a) of the EIR applies: the information was not held when we "
                f"received your request."
            ),
            Paragraph(
                f"Regulation 12(4)(a) is subject to the public interest test in regulation "
                f"12(1)(b), but there can be no public interest in disclosing information for "
                f"{name} that we do not hold."
            ),
        ]
    if regime is Regime.FOISA:
        return [
            Paragraph(
                f"In terms of section 17(1) of FOISA, we give you notice that we do not hold the "
                f"information you asked for in {name}."
            )
        ]
    return [
        Paragraph(
            f"We do not hold information within the scope of {name} (section 1(1)(a) of FOIA)."
        )
    ]


def advice_blocks(question: Question, *, regime: Regime, name: str) -> list[Block]:
    """FOIA s16 / EIR reg 9 / FOISA s15: advice and assistance, including who may hold it."""
    if question.advice is None:
        return []
    duty = {
        Regime.FOIA: "section 16 of FOIA",
        Regime.EIR: "regulation 9 of the EIR",
        Regime.FOISA: "section 15 of FOISA",
    }[regime]
    blocks: list[Block] = [
        Heading(f"Advice and assistance for {name}", 4),
        Paragraph(
            f"For {name}, we offer the following advice under our duty to advise and assist "
            f"({duty})."
        ),
        *answer_paragraphs(question.advice.text),
    ]
    if question.advice.who_may_hold:
        contact = f" You can contact them at {question.advice.contact}." if (
            question.advice.contact
        ) else ""
        blocks.append(
            Paragraph(
                f"The information you asked for in {name} may be held by "
                f"{question.advice.who_may_hold}.{contact}"
            )
        )
    return blocks


def accessible_blocks(question: Question, *, regime: Regime, name: str) -> list[Block]:
    """FOIA s21 (absolute, no public interest test); FOISA s25; EIR reg 6(1)(b)."""
    where = question.where or "in the place described below"
    if regime is Regime.EIR:
        return [
            Paragraph(
                f"The information you asked for in {name} is already publicly available and "
                f"easily accessible to you, so under regulation 6(1)(b) of the EIR we direct you "
                f"to it: {where}"
            )
        ]
    section, act = ("section 21", "FOIA") if regime is Regime.FOIA else ("section 25", "FOISA")
    title = (
        "information accessible to applicant by other means"
        if regime is Regime.FOIA
        else "information otherwise accessible"
    )
    return [
        Paragraph(
            f"The information you asked for in {name} is reasonably accessible to you by other "
            f"means, so it is exempt under {section} of {act} ({title}). {capitalise(section)} "
            f"is an absolute exemption. You can find the information here: {where}"
        )
    ]
