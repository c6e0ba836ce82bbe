"""Compose a `Letter` from a validated `LetterCase`: letterhead, body for the kind, the rights
every letter ends with (FOIA s17(7), EIR reg 14(5), FOISA s19), and the sign-off."""

from __future__ import annotations

from collections.abc import Callable

from foidesk.law.deadline import ClockError
from foidesk.text.letters import notices, response
from foidesk.text.letters.case import LetterCase, LetterKind, Regime
from foidesk.text.letters.deadlines import Deadlines, compute
from foidesk.text.letters.document import Block, Letter, Paragraph
from foidesk.text.letters.rights import contact_sentence, rights_blocks
from foidesk.text.letters.validation import LetterCaseError, validate

UNSIGNED = "The Freedom of Information team"

Body = Callable[[LetterCase, Deadlines], list[Block]]

BODIES: dict[LetterKind, tuple[str, Body]] = {
    LetterKind.RESPONSE: ("Response to your request for information", response.response_blocks),
    LetterKind.ACKNOWLEDGEMENT: (
        "Acknowledgement of your request for information",
        notices.acknowledgement_blocks,
    ),
    LetterKind.CLARIFICATION: (
        "We need more information to answer your request",
        notices.clarification_blocks,
    ),
    LetterKind.FEES_NOTICE: ("Fees notice", notices.fees_blocks),
    LetterKind.PIT_EXTENSION: (
        "We need more time to consider the public interest",
        notices.pit_extension_blocks,
    ),
    LetterKind.EIR_EXTENSION: (
        "We need more time to respond to your request",
        notices.eir_extension_blocks,
    ),
    LetterKind.INTERNAL_REVIEW: ("Outcome of your internal review", response.review_blocks),
    LetterKind.INVALID_REQUEST: (
        "We cannot yet deal with your message as a request for information",
        notices.invalid_blocks,
    ),
    LetterKind.REFUSAL: ("Refusal of your request for information", notices.refusal_blocks),
}


def compose(case: LetterCase) -> Letter:
    """The letter for `case`. Raises `LetterCaseError` (one line) for unlawful facts, and for
    dates the law calendar cannot count (after the last year of its bank holidays)."""
    try:
        validate(case)
        deadlines = compute(case)
        title, body = BODIES[case.kind]
        blocks = body(case, deadlines)
        blocks += rights_blocks(case, deadlines)
    except ClockError as error:
        raise LetterCaseError(str(error)) from None
    if case.regime is Regime.EIR and case.kind is LetterKind.RESPONSE:
        title = "Response to your request for environmental information"
    contact = contact_sentence(case.authority)
    if contact:
        blocks.append(Paragraph(contact))
    authority = case.authority
    authority_lines = [*authority.address]
    if authority.email:
        authority_lines.append(f"Email: {authority.email}")
    if authority.phone:
        authority_lines.append(f"Telephone: {authority.phone}")
    if authority.website:
        authority_lines.append(authority.website)
    requester = case.requester
    recipient = [requester.name, *requester.address]
    if requester.email and not requester.address:
        recipient.append(requester.email)
    closing = ["Yours sincerely,", ""]
    if case.signatory is not None:
        closing.append(case.signatory.name)
        if case.signatory.role:
            closing.append(case.signatory.role)
    else:
        # No named officer (a system-sent acknowledgement): the team signs, never a stand-in.
        closing.append(UNSIGNED)
    closing.append(authority.name)
    return Letter(
        kind=case.kind.value,
        regime=case.regime.value,
        title=title,
        authority_name=authority.name,
        authority_lines=tuple(authority_lines),
        recipient_lines=tuple(recipient),
        date=case.dates.letter,
        reference=case.reference,
        salutation=f"Dear {requester.name},",
        blocks=tuple(blocks),
        closing=tuple(closing),
        colour=authority.colour or "#1d70b8",
        deadlines={"due": deadlines.due, "review_by": deadlines.review_by},
    )
