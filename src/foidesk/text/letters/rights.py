"""The closing paragraphs every letter carries: review, then the Commissioner.

FOIA s17(7): a notice must give (a) particulars of the complaints procedure and (b) of the s50
right to apply to the Information Commissioner. EIR reg 14(5): the reg 11 representations and the
enforcement and appeal provisions applied by reg 18. FOISA s19: particulars of the complaints
procedure and of the rights under s20(1) (review) and s47(1) (Scottish Information Commissioner),
with s21(10) on a review notice adding s47(1) and s56.
"""

from __future__ import annotations

import datetime as dt

from foidesk.text.letters.case import Authority, LetterCase, LetterKind, Regime
from foidesk.text.letters.deadlines import POSTAL_DAYS, Deadlines, add_months
from foidesk.text.letters.document import Block, Heading, Paragraph, long_date

# ICO complaints page (legal.md §1.13, verified): complain "within six weeks of receiving your
# final response or last substantive contact with the public authority". Practice, not statute.
ICO_WINDOW = (
    "The Commissioner asks that you complain within six weeks of receiving our final response."
)
ICO_ADDRESS = (
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; "
    "telephone 0303 123 1113; online at https://ico.org.uk/make-a-complaint/"
)
SIC_ADDRESS = (
    "online at https://www.foi.scot/appeal, or by post to the Scottish Information Commissioner, "
    "Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS"
)


def review_contact(authority: Authority) -> str:
    """Where reviews go: the review contact if given, else the FOI contact."""
    contact = authority.review
    name = (contact.name if contact and contact.name else None) or authority.name
    email = (contact.email if contact and contact.email else None) or authority.email
    address = (contact.address if contact and contact.address else None) or authority.address
    routes = []
    if email:
        routes.append(f"by email to {email}")
    if address:
        routes.append(f"by post to {', '.join(address)}")
    how = f" ({' or '.join(routes)})" if routes else ""
    return f"{name}{how}"


def foia_rights(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOIA s17(7)(a) complaints procedure and s17(7)(b) / s50 Commissioner."""
    if case.kind is LetterKind.INTERNAL_REVIEW:
        review: list[Block] = [
            Heading("Your right to complain to the Information Commissioner", 2),
            Paragraph(
                "This letter completes our internal review procedure, which is our complaints "
                "procedure under section 17(7)(a) of FOIA."
            ),
        ]
        lead = "If you are not satisfied with the outcome of this internal review"
    else:
        review = [
            Heading("Your right to ask for an internal review", 2),
            Paragraph(
                f"If you are not satisfied with how we have dealt with your request, you may ask "
                f"for an internal review. This is our complaints procedure under section "
                f"17(7)(a) of FOIA. Please write to {review_contact(case.authority)} within 40 "
                f"working days of the date of this letter, that is by "
                f"{long_date(deadlines.review_by)}, saying what you are unhappy with. Someone who "
                f"took no part in the original decision will carry out the review, and we aim to "
                f"reply within 20 working days."
            ),
            Heading("Your right to complain to the Information Commissioner", 2),
        ]
        lead = "If you are still not satisfied after the internal review"
    return [
        *review,
        Paragraph(
            f"{lead}, you have the right under section 50 of FOIA to apply to the Information "
            f"Commissioner for a decision on whether we have dealt with your request in "
            f"accordance with the Act (section 17(7)(b)). The Commissioner will not normally "
            f"consider a complaint until our internal review procedure has been completed "
            f"(section 50(2)(a)). {ICO_WINDOW}"
        ),
        Paragraph(f"You can contact the {ICO_ADDRESS}."),
    ]


def eir_rights(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """EIR reg 11 representations (within 40 working days, reg 11(2)) and reg 18."""
    blocks: list[Block] = []
    if case.kind is LetterKind.INTERNAL_REVIEW:
        blocks.append(Heading("Your right to complain to the Information Commissioner", 2))
        lead = "If you are not satisfied with the outcome of this internal review"
    else:
        blocks += [
            Heading("Your right to ask for an internal review (reconsideration)", 2),
            Paragraph(
                f"If you consider that we have not complied with the EIR in dealing with your "
                f"request, you may make representations to us in writing (regulation 11(1)); this "
                f"is our internal review procedure. Please send them to "
                f"{review_contact(case.authority)} no later than 40 working days after the date "
                f"of this letter, that is by {long_date(deadlines.review_by)} (regulation "
                f"11(2)). We will reconsider our response free of charge (regulation 11(3)) and "
                f"tell you our decision as soon as possible and no later than 40 working days "
                f"after we receive your representations (regulation 11(4))."
            ),
            Heading("Your right to complain to the Information Commissioner", 2),
        ]
        lead = "If you are still not satisfied after our reconsideration"
    blocks += [
        Paragraph(
            f"{lead}, you have the right to apply to the Information Commissioner for a decision "
            f"on whether we have dealt with your request in accordance with the EIR; regulation "
            f"18 gives the Commissioner the same enforcement and appeal powers as under the "
            f"Freedom of Information Act 2000. {ICO_WINDOW}"
        ),
        Paragraph(f"You can contact the {ICO_ADDRESS}."),
    ]
    return blocks


def foisa_rights(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    """FOISA s19: s20(1) review (s20(3) form, s20(5) 40 working days), s47(1) and s47(4)."""
    blocks: list[Block] = []
    if case.kind is LetterKind.INTERNAL_REVIEW:
        # FOISA s47(4)(a): six months after the applicant receives the s21(5) notice; s74(2):
        # an email arrives the day it is sent, a posted letter on the third day after.
        received = case.dates.letter
        if case.requester.email is None:
            received += dt.timedelta(days=POSTAL_DAYS)
        apply_by = add_months(received, 6)
        blocks += [
            Heading("Your right to apply to the Scottish Information Commissioner", 2),
            Paragraph(
                "This letter gives you notice of the outcome of the review you required under "
                "section 20(1) of FOISA (section 21(5))."
            ),
            Paragraph(
                f"If you remain dissatisfied, you have the right to apply to the Scottish "
                f"Information Commissioner for a decision under section 47(1) of FOISA. You must "
                f"apply within six months of receiving this letter, that is by "
                f"{long_date(apply_by)} (section 47(4))."
            ),
        ]
    else:
        blocks += [
            Heading("Your right to require a review", 2),
            Paragraph(
                "If you are dissatisfied with the way we have dealt with your request, you can "
                "require us to review our actions and decisions under section 20(1) of FOISA. "
                "Your requirement for review must be in writing or in another form which, by "
                "reason of its having some permanency, is capable of being used for subsequent "
                "reference; it must give your name and an address for correspondence, describe "
                "your original request and say why you are dissatisfied (section 20(3))."
            ),
            Paragraph(
                f"It must reach us no later than the fortieth working day after "
                f"{deadlines.review_basis}, that is by {long_date(deadlines.review_by)} (section "
                f"20(5)). Please send it to {review_contact(case.authority)}. We will respond "
                f"within 20 working days of receiving it (section 21(1))."
            ),
            Heading("Your right to apply to the Scottish Information Commissioner", 2),
            Paragraph(
                "If you remain dissatisfied after our review, you have the right to apply to the "
                "Scottish Information Commissioner for a decision under section 47(1) of FOISA. "
                "You must normally apply within six months of receiving our review response "
                "(section 47(4))."
            ),
        ]
    blocks += [
        Paragraph(f"You can apply to the Commissioner {SIC_ADDRESS}."),
        Paragraph(
            "If you are dissatisfied with the Commissioner's decision, you can appeal to the "
            "Court of Session on a point of law only (section 56)."
        ),
    ]
    return blocks


# Letters that decide nothing yet: no review window can run from them (FOIA s17(7) and FOISA s19
# attach the particulars to refusal and fees notices; EIR reg 11(2) runs from the failure
# complained of), so they say only how to complain, without a date computed from this letter.
PENDING = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.CLARIFICATION})


def pending_rights(case: LetterCase) -> list[Block]:
    """How to complain about the handling of a request not yet answered, with no review-by
    date: FOIA s45 Code review then s50; EIR reg 11 then reg 18; FOISA s20(1) then s47(1)."""
    contact = review_contact(case.authority)
    if case.regime is Regime.FOISA:
        return [
            Heading("Your right to complain", 2),
            Paragraph(
                f"If you are dissatisfied with the way we deal with your request, you can require "
                f"us to review our actions and decisions under section 20(1) of FOISA, by writing "
                f"to {contact}. Once we have responded, our response will tell you the date by "
                f"which your requirement for review must reach us (section 20(5))."
            ),
            Paragraph(
                "If you remain dissatisfied after our review, you have the right to apply to the "
                "Scottish Information Commissioner for a decision under section 47(1) of FOISA. "
                f"You can apply to the Commissioner {SIC_ADDRESS}."
            ),
        ]
    if case.regime is Regime.EIR:
        review = (
            f"If you consider that we are not complying with the EIR in handling your request, "
            f"you can make representations to us in writing (regulation 11(1)), which is our "
            f"internal review procedure, by writing to {contact}. Once we have responded, our "
            f"response will tell you the date by which you can do so about it (regulation 11(2))."
        )
        law = "under regulation 18 of the EIR"
    else:
        review = (
            f"If you are unhappy with how we handle your request, you can ask for an internal "
            f"review, which is our complaints procedure, by writing to {contact}. Once we have "
            f"responded, our response will tell you the date by which to ask for a review of it."
        )
        law = "under section 50 of FOIA"
    return [
        Heading("Your right to complain", 2),
        Paragraph(review),
        Paragraph(
            f"If you are still not satisfied after the internal review, you can complain to the "
            f"Information Commissioner {law}. You can contact the {ICO_ADDRESS}."
        ),
    ]


def rights_blocks(case: LetterCase, deadlines: Deadlines) -> list[Block]:
    if case.kind in PENDING:
        return pending_rights(case)
    if case.regime is Regime.EIR:
        return eir_rights(case, deadlines)
    if case.regime is Regime.FOISA:
        return foisa_rights(case, deadlines)
    return foia_rights(case, deadlines)


def contact_sentence(authority: Authority) -> str:
    """How to reach the FOI team, for the letter's closing."""
    routes = []
    if authority.email:
        routes.append(f"email {authority.email}")
    if authority.phone:
        routes.append(f"telephone {authority.phone}")
    if not routes:
        return ""
    return (
        f"If you have any questions about this letter, please {' or '.join(routes)}, quoting our "
        f"reference."
    )
