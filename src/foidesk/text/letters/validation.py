"""Legal checks on a case before a letter is composed from it.

The letter must pass `foidesk check`, so facts that would make an unlawful letter are refused
here with a one-line reason: a public interest test for an absolute exemption, a prejudice-based
exemption without its harm, NCND cited by something that is not an NCND provision, s14 applied to
part of a request, a cost estimate within the limit.
"""

from __future__ import annotations

from foidesk.text.letters.case import (
    Claim,
    LetterCase,
    LetterKind,
    Outcome,
    Question,
    RefusalBasis,
    Regime,
)
from foidesk.text.letters.deadlines import EIR_EXTENDED_DAYS, add_working_days, compute
from foidesk.text.letters.document import long_date
from foidesk.text.letters.outcomes import RATE, limit_for
from foidesk.text.letters.provisions import Cited, UnknownProvisionError, cite_all
from foidesk.text.letters.wording import spoken, terms


class LetterCaseError(ValueError):
    """A case a lawful letter cannot be composed from; the message is one line."""


def word(regime: Regime) -> str:
    return terms(regime).exemption


def resolved(regime: Regime, codes: list[str], where: str) -> list[Cited]:
    try:
        return cite_all(regime, codes)
    except UnknownProvisionError as error:
        raise LetterCaseError(f"{where}: {error}") from None


def check_reasoning(claim: Claim, cited: list[Cited], regime: Regime, where: str) -> None:
    """FOIA s2(3)/s17(3), EIR reg 12(1)(b), FOISA s2(2): public interest only for qualified
    provisions and always for them; harm for prejudice-based ones, none for class-based."""
    qualified = [c for c in cited if c.status == "qualified"]
    absolute = [c for c in cited if c.status == "absolute"]
    if qualified and claim.public_interest is None:
        raise LetterCaseError(
            f"{where}: {spoken(qualified[0].code)} is a qualified {word(regime)}, so the letter "
            f"needs public_interest (factors for and against, and the balance)"
        )
    if claim.public_interest is not None and absolute and not qualified:
        raise LetterCaseError(
            f"{where}: {spoken(absolute[0].code)} is an absolute {word(regime)}; drop "
            f"public_interest (no public interest test applies to it)"
        )
    prejudice = [c for c in cited if c.test == "prejudice"]
    if prejudice and claim.harm is None:
        raise LetterCaseError(
            f"{where}: {spoken(prejudice[0].code)} is prejudice-based, so the letter needs "
            f"harm (the prejudice disclosure would cause)"
        )
    if claim.harm is not None and all(c.test == "class" for c in cited):
        raise LetterCaseError(
            f"{where}: {spoken(cited[0].code)} is class-based, so no harm test applies; put the "
            f"reasoning in reason and drop harm"
        )


def check_exemption(claim: Claim, regime: Regime, where: str) -> None:
    cited = resolved(regime, claim.provisions, where)
    for c in cited:
        if c.ncnd:
            raise LetterCaseError(
                f"{where}: {spoken(c.code)} excludes the duty to confirm or deny; cite it under "
                f"ncnd with outcome 'ncnd'"
            )
    check_reasoning(claim, cited, regime, where)


def check_ncnd(claim: Claim, regime: Regime, where: str) -> None:
    """FOIA s17(1)/s2(1): the NCND subsection itself (s31(3), not s31(1)); FOISA s18(1) only
    with ss. 28-35, 38, 39(1) and 41; EIR reg 12(6) and reg 13(5A)/(5B)."""
    cited = resolved(regime, claim.provisions, where)
    for c in cited:
        if not c.ncnd:
            hint = ""
            if c.entry is not None and c.entry.ncnd:
                hint = f" (for {c.entry.title.lower()} it is {spoken(c.entry.ncnd)})"
            elif c.entry is not None:
                hint = f" ({spoken(c.entry.code)} has no NCND provision)"
            raise LetterCaseError(
                f"{where}: {spoken(c.code)} is not a neither-confirm-nor-deny provision{hint}"
            )
    engaged = resolved(regime, claim.engaged, where)
    if regime is Regime.FOISA:
        if not engaged:
            raise LetterCaseError(
                f"{where}: FOISA s18(1) needs engaged: the exemption the information would fall "
                f"under (one of ss. 28-35, 38, 39(1) or 41)"
            )
        for e in engaged:
            if e.entry is None or e.entry.ncnd != "s18":
                raise LetterCaseError(
                    f"{where}: FOISA s18(1) cannot be used with {spoken(e.code)} (only ss. 28-35, "
                    f"38, 39(1) and 41)"
                )
        check_reasoning(claim, engaged, regime, where)
        if claim.public_interest is None:
            raise LetterCaseError(
                f"{where}: FOISA s18(1) needs public_interest (why revealing whether the "
                f"information exists or is held would be contrary to the public interest)"
            )
        return
    check_reasoning(claim, [*cited, *engaged] if engaged else cited, regime, where)


def check_cost(hours: float, case: LetterCase, where: str) -> None:
    """FOIA s12(1) with Fees Regulations 2004 regs 3-4; FOISA s12(1) with SSI 2004/467."""
    if case.regime is Regime.EIR:
        return
    limit = limit_for(case.regime, case.authority)
    cost = hours * RATE[case.regime]
    if cost <= limit:
        raise LetterCaseError(
            f"{where}: {hours:g} hours at £{RATE[case.regime]} is £{cost:,.0f}, within the "
            f"£{limit} appropriate limit, so section 12(1) does not apply"
        )


def ncnd_above(question: Question, case: LetterCase) -> bool:
    """A sub-question may rest on its parent's NCND (answering it would answer the parent)."""
    by_id = {q.id: q for q in case.questions}
    parent = question.parent
    while parent is not None:
        if by_id[parent].ncnd is not None:
            return True
        parent = by_id[parent].parent
    return False


def check_question(question: Question, case: LetterCase, where: str) -> None:
    regime = case.regime
    outcome = question.outcome
    if outcome is None:
        raise LetterCaseError(f"{where}: outcome is required in a '{case.kind.value}' letter")
    needs_claims = outcome in (Outcome.EXEMPT, Outcome.PARTIALLY_DISCLOSED)
    if needs_claims and not question.exemptions:
        raise LetterCaseError(
            f"{where}: outcome '{outcome.value}' needs exemptions (the {word(regime)} relied on)"
        )
    if outcome is not Outcome.COST_LIMIT and not needs_claims and question.exemptions:
        raise LetterCaseError(f"{where}: exemptions given for outcome '{outcome.value}'")
    if outcome is Outcome.NCND and question.ncnd is None and not ncnd_above(question, case):
        raise LetterCaseError(
            f"{where}: outcome 'ncnd' needs ncnd (the NCND provision), here or on a parent"
        )
    if outcome is not Outcome.NCND and question.ncnd is not None:
        raise LetterCaseError(f"{where}: ncnd given for outcome '{outcome.value}'")
    if outcome in (Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED) and not (
        question.answer or question.attachments
    ):
        raise LetterCaseError(f"{where}: outcome '{outcome.value}' needs answer or attachments")
    if outcome is Outcome.REASONABLY_ACCESSIBLE and not question.where:
        raise LetterCaseError(
            f"{where}: outcome 'reasonably_accessible' needs where (FOIA s21 / FOISA s25: say "
            f"where the information is)"
        )
    if outcome is Outcome.VEXATIOUS:
        raise LetterCaseError(
            f"{where}: section 14 applies to a whole request, never to one question; use kind "
            f"'refusal' with refusal.basis 'vexatious'"
        )
    if outcome is Outcome.COST_LIMIT:
        if question.cost is None:
            raise LetterCaseError(f"{where}: outcome 'cost_limit' needs cost (the s12 estimate)")
        check_cost(question.cost.hours, case, where)
        if regime is Regime.EIR and not any(
            "12(4)(b)" in code for claim in question.exemptions for code in claim.provisions
        ):
            raise LetterCaseError(
                f"{where}: the EIR have no cost limit; cite regulation 12(4)(b) (manifestly "
                f"unreasonable) in exemptions, with the public interest test"
            )
    for number, claim in enumerate(question.exemptions):
        check_exemption(claim, regime, f"{where}.exemptions[{number}]")
    if question.ncnd is not None:
        check_ncnd(question.ncnd, regime, f"{where}.ncnd")


def check_kind(case: LetterCase) -> None:
    regime = case.regime
    deadlines = compute(case)
    if case.kind is LetterKind.PIT_EXTENSION:
        if regime is not Regime.FOIA:
            raise LetterCaseError(
                "pit_extension: only FOIA allows a public interest extension (s10(3)); FOISA has "
                "none and the EIR extend under regulation 7 (kind 'eir_extension')"
            )
        extension = case.extension
        assert extension is not None  # noqa: S101  (LetterCase.require_blocks guarantees it)
        if not extension.provisions:
            raise LetterCaseError("extension.provisions: name the qualified exemptions (s17(1)(b))")
        cited = resolved(regime, extension.provisions, "extension")
        absolute = [c for c in cited if c.status == "absolute"]
        if absolute:
            raise LetterCaseError(
                f"extension: {spoken(absolute[0].code)} is absolute; s10(3) extends time only "
                f"for the public interest test of qualified exemptions"
            )
        prejudice = [c for c in cited if c.test == "prejudice"]
        if prejudice and extension.harm is None:
            raise LetterCaseError(
                f"extension: {spoken(prejudice[0].code)} is prejudice-based, so the notice needs "
                f"harm (s17(1)(c): why the exemption applies)"
            )
        if extension.new_date <= deadlines.due:
            raise LetterCaseError(
                f"extension.new_date must be after the normal due date ({long_date(deadlines.due)})"
            )
    if case.kind is LetterKind.EIR_EXTENSION:
        if regime is not Regime.EIR:
            raise LetterCaseError("eir_extension: regulation 7 extensions are for EIR requests only")
        extension = case.extension
        assert extension is not None  # noqa: S101
        latest = add_working_days(regime, deadlines.receipt, EIR_EXTENDED_DAYS)
        if extension.new_date > latest:
            raise LetterCaseError(
                f"extension.new_date: regulation 7(1) extends to 40 working days after receipt "
                f"at most ({long_date(latest)})"
            )
        if case.dates.letter > deadlines.due:
            raise LetterCaseError(
                f"dates.letter: regulation 7(3) requires the extension notice within 20 working "
                f"days of receipt ({long_date(deadlines.due)})"
            )
    if case.kind is LetterKind.INVALID_REQUEST and regime is Regime.EIR:
        raise LetterCaseError(
            "invalid_request: the EIR set no form for a request (it may even be oral); there is "
            "no invalid-request letter under the EIR"
        )
    if case.kind is LetterKind.REFUSAL:
        refusal = case.refusal
        assert refusal is not None  # noqa: S101
        eir_basis = refusal.basis is RefusalBasis.MANIFESTLY_UNREASONABLE
        if (regime is Regime.EIR) != eir_basis:
            raise LetterCaseError(
                "refusal.basis: under the EIR use 'manifestly_unreasonable' (regulation "
                "12(4)(b)); under FOIA and FOISA use 'cost', 'vexatious' or 'repeated'"
            )
        if eir_basis and refusal.public_interest is None:
            raise LetterCaseError(
                "refusal.public_interest: regulation 12(4)(b) is subject to the public interest "
                "test (regulation 12(1)(b))"
            )
        if not eir_basis and refusal.public_interest is not None:
            raise LetterCaseError(
                "refusal.public_interest: sections 12 and 14 have no public interest test"
            )
        if refusal.basis is RefusalBasis.COST:
            if refusal.cost is None:
                raise LetterCaseError("refusal.cost: a refusal on cost needs the estimate (s12)")
            check_cost(refusal.cost.hours, case, "refusal.cost")
        if refusal.basis is RefusalBasis.REPEATED and refusal.previous_reference is None:
            raise LetterCaseError(
                "refusal.previous_reference: a repeated request (s14(2)) names the earlier one"
            )


def problems(case: LetterCase) -> list[str]:
    """Every reason no lawful letter can yet be composed from `case` (one line each), so a
    drafting screen can list them all; empty when `compose` will succeed."""
    found: list[str] = []
    if case.kind in (LetterKind.RESPONSE, LetterKind.INTERNAL_REVIEW):
        for number, question in enumerate(case.questions):
            try:
                check_question(question, case, f"questions[{number}] ({question.id})")
            except LetterCaseError as error:
                found.append(str(error))
    try:
        check_kind(case)
    except LetterCaseError as error:
        found.append(str(error))
    return found


def validate(case: LetterCase) -> None:
    """Raise `LetterCaseError` (the first problem) for a case no lawful letter can be composed
    from."""
    found = problems(case)
    if found:
        raise LetterCaseError(found[0])
