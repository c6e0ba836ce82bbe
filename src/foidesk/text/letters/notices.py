"""The other letters a request may need: acknowledgement, clarification, fees notice,
extensions, an invalid-request reply, and a refusal of the whole request (s12 or s14)."""

from __future__ import annotations

import datetime as dt

from foidesk.text.letters.answers import display_labels
from foidesk.text.letters.case import (
    LetterCase,
    MissingPart,
    RefusalBasis,
    Regime,
)
from foidesk.text.letters.claims import harm_wording, named, public_interest_blocks
from foidesk.text.letters.deadlines import (
    EIR_PAYMENT_DAYS,
    Deadlines,
    add_months,
    add_working_days,
)
from foidesk.text.letters.document import Block, Bullets, Heading, Paragraph, Table, long_date
from foidesk.text.letters.outcomes import cost_blocks, money
from foidesk.text.letters.provisions import cite_all
from foidesk.text.letters.response import handled_under, late_apology, received_sentence
from foidesk.text.letters.wording import capitalise, join_words, spoken, terms


def question_list(case: LetterCase) -> list[Block]:
    if not case.questions:
        return []
    names = display_labels(case.questions)
    return [
        Paragraph("We have understood your request as asking:"),
        Bullets(tuple(f"Question {names[q.id]}: {q.text}" for q in case.questions)),
    ]


def acknowledgement_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): when the reply is due."""
    limit = {
        Regime.FOIA: "promptly and in any event by",
        Regime.EIR: "as soon as possible and no later than",
        Regime.FOISA: "promptly and in any event by",
    }[case.regime]
    basis = {
        Regime.FOIA: "the twentieth working day following the date of receipt (section 10(1) of "
        "FOIA)",
        Regime.EIR: "20 working days after the date of receipt (regulation 5(2) of the EIR)",
        Regime.FOISA: "the twentieth working day after receipt (section 10(1) of FOISA)",
    }[case.regime]
    pauses = {
        Regime.FOIA: "If we need to ask you to clarify your request, the 20 working days start "
        "again when we receive your reply (sections 1(3) and 10(6)(b)); if we send you a fees "
        "notice, the days until you pay do not count (section 10(2)).",
        Regime.EIR: "If we need to ask you to clarify your request, the 20 working days start "
        "again when we receive your reply (regulation 9(4)); if we ask for a charge in advance, "
        "the days until you pay do not count (regulation 8(6)). If the request is complex and "
        "voluminous we may extend the time to 40 working days and will tell you so "
        "(regulation 7).",
        Regime.FOISA: "If we need to ask you to clarify your request, the 20 working days start "
        "again when we receive your reply (sections 1(3) and 10(1)(b)); if we send you a fees "
        "notice, the days until you pay do not count (section 10(3)).",
    }[case.regime]
    return [
        Paragraph(received_sentence(case)),
        handled_under(case),
        *question_list(case),
        Paragraph(
            f"We must respond {limit} {long_date(deadlines.due)}, which is {basis}. We have not "
            f"yet made any decision about the information you asked for."
        ),
        Paragraph(f"{pauses} We will write to you if either happens."),
    ]


def clarification_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s1(3) and s10(6)(b); EIR reg 9(2) and 9(4); FOISA s1(3) and s10(1)(b)."""
    clarification = case.clarification
    assert clarification is not None  # noqa: S101  (LetterCase.require_blocks guarantees it)
    basis, clock = {
        Regime.FOIA: ("section 1(3) of FOIA", "section 10(6)(b)"),
        Regime.EIR: ("regulation 9(2) of the EIR", "regulation 9(4)"),
        Regime.FOISA: ("section 1(3) of FOISA", "section 10(1)(b)"),
    }[case.regime]
    blocks: list[Block] = [
        Paragraph(received_sentence(case)),
        Paragraph(
            f"Before we can answer it, we need more information from you to identify and locate "
            f"the information you want ({basis}). Please tell us:"
        ),
        Bullets(tuple(clarification.needed)),
    ]
    if clarification.help:
        blocks.append(Paragraph(clarification.help))
    blocks.append(
        Paragraph(
            f"We will treat your request as received on the day your reply reaches us, and "
            f"we will respond within 20 working days of that day ({clock})."
        )
    )
    if case.regime is Regime.EIR:
        blocks.append(
            Paragraph(
                "If we cannot identify the information from your request, the Regulations may "
                "not require us to provide it, so please reply if you can."
            )
        )
    return blocks


def fees_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s9(1)-(2), s10(2), Fees Regulations 2004 reg 6; EIR reg 8(3)-(6);
    FOISA s9(1), s9(3), s10(3)."""
    fees = case.fees
    assert fees is not None  # noqa: S101
    total = sum(item.amount for item in fees.items)
    table = Table(
        ("Item", "Amount"),
        (
            *((item.description, money(item.amount)) for item in fees.items),
            ("Total", money(total)),
        ),
        "The fee",
    )
    letter = case.dates.letter
    if case.regime is Regime.EIR:
        pay_by = add_working_days(case.regime, letter, EIR_PAYMENT_DAYS)
        return [
            Paragraph(received_sentence(case)),
            handled_under(case),
            Paragraph(
                f"We will make the information available on payment of a charge of "
                f"{money(total)}, which we require in advance (regulation 8(4)). The charge "
                f"does not exceed a reasonable amount (regulation 8(3)) and follows our published "
                f"schedule of charges (regulation 8(8))."
            ),
            table,
            Paragraph(fees.how_to_pay),
            Paragraph(
                f"We need not make the information available unless we receive payment no later "
                f"than 60 working days after the date of this notification, that is by "
                f"{long_date(pay_by)} (regulation 8(5)). The time from this notification until "
                f"we receive payment does not count towards the time we have to respond "
                f"(regulation 8(6))."
            ),
        ]
    act = terms(case.regime).short
    pay_by = add_months(letter, 3) - dt.timedelta(days=1)
    window, pause = (
        ("section 9(2)", "section 10(2)")
        if case.regime is Regime.FOIA
        else ("section 9(3)", "section 10(3)")
    )
    basis = (
        "It covers only what it costs us to tell you about the information and to send it, "
        "such as copying and postage, and includes no staff time (regulation 6 of the Fees "
        "Regulations 2004, SI 2004/3244)."
        if case.regime is Regime.FOIA
        else "It is calculated under the Freedom of Information (Fees for Required Disclosure) "
        "(Scotland) Regulations 2004."
    )
    return [
        Paragraph(received_sentence(case)),
        Paragraph(
            f"This is a fees notice under section 9(1) of {act}. Before we send you the "
            f"information, please pay a fee of {money(total)}. {basis}"
        ),
        table,
        Paragraph(fees.how_to_pay),
        Paragraph(
            f"We are not obliged to comply with your request unless the fee is paid within three "
            f"months beginning with the day on which this notice is given, that is by "
            f"{long_date(pay_by)} ({window}). The days from the date of this notice until we "
            f"receive the fee do not count towards the 20 working days we have to respond "
            f"({pause})."
        ),
    ]


def pit_extension_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s17(1)-(2) with s10(3): the notice still goes within 20 working days; it names the
    exemptions, says why they apply, and estimates when the public interest decision will come."""
    extension = case.extension
    assert extension is not None  # noqa: S101
    cited = cite_all(case.regime, extension.provisions)
    label = join_words([spoken(c.code) for c in cited])
    blocks: list[Block] = [
        Paragraph(received_sentence(case)),
        handled_under(case),
        *late_apology(case, deadlines),
        Paragraph(
            f"We consider that information within the scope of your request may be exempt under "
            f"{named(cited, case.regime)}. This notice is given under section 17(1) of FOIA."
        ),
        Heading(f"Why {label} may apply", 2),
        Paragraph(extension.reason),
    ]
    if extension.harm:
        prejudice = [c for c in cited if c.test == "prejudice"]
        lead = (
            f"{capitalise(spoken(prejudice[0].code))} {harm_wording(case.regime, ncnd=False)}. "
            if prejudice
            else ""
        )
        blocks += [Heading(f"The harm disclosure could cause ({label})", 2),
                   Paragraph(lead + extension.harm)]
    blocks += [
        Heading("The public interest test", 2),
        Paragraph(
            f"{capitalise(label)} {'are qualified exemptions' if len(cited) > 1 else 'is a qualified exemption'}: "
            f"we may withhold the information only if, in all the circumstances, the public "
            f"interest in maintaining the exemption outweighs the public interest in disclosing "
            f"it (section 2(2)(b)). Section 10(3) allows us such further time as is reasonable "
            f"in the circumstances to weigh the public interest."
        ),
        Paragraph(
            f"As section 17(2) requires, we tell you that we have not yet reached a decision on "
            f"the public interest. We estimate that we will reach it, and send you our full "
            f"response, by {long_date(extension.new_date)}."
        ),
    ]
    return blocks


def eir_extension_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """EIR reg 7(1) (to 40 working days for complexity and volume) and reg 7(3) (notice within
    20 working days)."""
    extension = case.extension
    assert extension is not None  # noqa: S101
    return [
        Paragraph(received_sentence(case)),
        handled_under(case),
        Paragraph(
            "Regulation 7(1) of the EIR allows us to extend the time for responding to 40 working "
            "days where the complexity and volume of the information requested make it "
            "impracticable to respond within 20 working days. We have decided that this applies "
            "to your request:"
        ),
        Paragraph(extension.reason),
        Paragraph(
            f"We will respond as soon as possible and by {long_date(extension.new_date)} at the "
            f"latest. We are telling you this within 20 working days of receiving your request, "
            f"as regulation 7(3) requires."
        ),
    ]


MISSING = {
    MissingPart.WRITING: "be in writing (an email or a web form will do)",
    MissingPart.NAME: "state your real name",
    MissingPart.ADDRESS: "give an address for correspondence (an email address will do)",
    MissingPart.DESCRIPTION: "describe the information you want",
}


def invalid_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s8(1) / FOISA s8(1): a valid request is in writing (FOISA: or another permanent
    form), gives the applicant's name and an address, and describes the information."""
    invalid = case.invalid
    assert invalid is not None  # noqa: S101
    act = terms(case.regime).short
    writing = (
        "be in writing"
        if case.regime is Regime.FOIA
        else "be in writing or in another form which, by reason of its having some permanency, "
        "is capable of being used for subsequent reference"
    )
    required = [
        writing,
        "state the name of the applicant and an address for correspondence",
        "describe the information requested",
    ]
    blocks: list[Block] = [
        Paragraph(f"Thank you for your message, which we received on {long_date(case.dates.received)}."),
        Paragraph(
            f"To be a valid request for information under section 8(1) of {act}, a request must "
            f"{join_words(required)}. We cannot yet treat your message as a valid request, "
            f"because it does not:"
        ),
        Bullets(tuple(MISSING[part] for part in invalid.missing)),
    ]
    if invalid.detail:
        blocks.append(Paragraph(invalid.detail))
    duty = "section 16 of FOIA" if case.regime is Regime.FOIA else "section 15 of FOISA"
    blocks.append(
        Paragraph(
            f"To help you ({duty}): if you send us a request with these details, we will deal "
            f"with it within 20 working days of receiving it."
        )
    )
    return blocks


def refusal_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s12(1), s14(1)-(2) with the s17(5) notice and s16 advice; FOISA s12, s14 and
    s16(4)-(5); EIR reg 12(4)(b) with the reg 12(1)(b) public interest test."""
    refusal = case.refusal
    assert refusal is not None  # noqa: S101
    regime = case.regime
    act = terms(regime).short
    blocks: list[Block] = [
        Paragraph(received_sentence(case)),
        handled_under(case),
        *late_apology(case, deadlines),
    ]
    blocks += question_list(case)
    name = "your request"
    if refusal.basis is RefusalBasis.MANIFESTLY_UNREASONABLE:
        blocks += [
            Paragraph(
                "We are refusing your request under the exception in regulation 12(4)(b) of "
                "the EIR, because we consider it manifestly unreasonable (regulation 14 "
                "requires us to tell you so in writing, with our reasons)."
            ),
            Heading("Why regulation 12(4)(b) applies", 2),
            Paragraph(refusal.reason),
        ]
        if refusal.cost is not None:
            blocks += cost_blocks(refusal.cost, regime=regime, authority=case.authority, name=name)
        if refusal.public_interest is not None:
            blocks += public_interest_blocks(
                refusal.public_interest, regime=regime, label="regulation 12(4)(b)", ncnd=False
            )
        return blocks
    notice = "section 17(5) of FOIA" if regime is Regime.FOIA else "section 16 of FOISA"
    if refusal.basis is RefusalBasis.COST:
        assert refusal.cost is not None  # noqa: S101  (validation guarantees it)
        blocks += [
            Paragraph(
                f"We are refusing your request under section 12(1) of {act}, because the cost of "
                f"complying with it would exceed the appropriate limit. This is the notice "
                f"{notice} requires."
            ),
            *cost_blocks(refusal.cost, regime=regime, authority=case.authority, name=name),
            Paragraph(refusal.reason),
        ]
        return blocks
    if refusal.basis is RefusalBasis.VEXATIOUS:
        blocks += [
            Paragraph(
                f"We are refusing your request under section 14(1) of {act}, because we consider "
                f"it vexatious. Section 14(1) applies to the request as a whole. This is the "
                f"notice {notice} requires."
            ),
            Heading("Why we consider the request vexatious", 2),
            Paragraph(refusal.reason),
        ]
        return blocks
    blocks += [
        Paragraph(
            f"We are refusing your request under section 14(2) of {act}, because it is identical "
            f"or substantially similar to your earlier request {refusal.previous_reference}, "
            f"which we answered, and a reasonable interval has not passed since then. This is "
            f"the notice {notice} requires."
        ),
        Paragraph(refusal.reason),
    ]
    return blocks
