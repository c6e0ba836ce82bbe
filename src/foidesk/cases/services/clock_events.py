"""Facts that move the statutory clock: clarification (s1(3)), fees (s9, s10(2)) and
extensions (FOIA s10(3), EIR reg 7). Each is an event; the due date is recomputed from them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Regime, Role
from foidesk.cases.models import Case, EventKind, LetterKind
from foidesk.cases.services.events import lock_case, move_to, record_event, save_case
from foidesk.cases.services.exemption_status import effective_statuses, undecided_limb_message
from foidesk.cases.services.notices import issue_letter
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import CaseState, TransitionError
from foidesk.law.catalogue import resolve_citation

EIR_MAX_EXTENSION = 20


def _day(on: dt.date | None, case: Case) -> dt.date:
    day = on or timezone.localdate()
    if day < case.received:
        raise ValueError("That date is before the request was received.")
    if day > timezone.localdate():
        raise ValueError("That date is in the future.")
    return day


@transaction.atomic
def case_request_clarification(
    *, actor: User, case: Case, needed: list[str], help_text: str = "", on: dt.date | None = None,
) -> Case:
    """FOIA s1(3) / EIR reg 9(2) / FOISA s1(3): ask for what is needed to identify and locate the
    information. The authority need not comply until it arrives; the clock starts again then."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    needed = [n.strip() for n in needed if n.strip()]
    if not needed:
        raise ValueError("Say what further information you need.")
    move_to(case=case, target=CaseState.AWAITING_CLARIFICATION)
    day = _day(on, case)
    record_event(case=case, kind=EventKind.CLARIFICATION_REQUESTED, actor=actor,
                 data={"on": day.isoformat(), "needed": needed})
    save_case(case=case)
    issue_letter(case=case, kind=LetterKind.CLARIFICATION, actor=actor,
                 blocks={"clarification": {"needed": needed, "help": help_text.strip() or None}})
    return case


@transaction.atomic
def case_record_clarification(
    *, actor: User | None, case: Case, text: str, received_on: dt.date | None = None,
) -> Case:
    """FOIA s10(6)(b): the clarification's arrival becomes the date of receipt."""
    case = lock_case(case.pk)
    if actor is not None and actor != case.requester:
        require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not text.strip():
        raise ValueError("Write the clarification received.")
    move_to(case=case, target=CaseState.IN_PROGRESS)
    day = _day(received_on, case)
    record_event(case=case, kind=EventKind.CLARIFICATION_RECEIVED, actor=actor,
                 data={"on": day.isoformat(), "text": text.strip()})
    save_case(case=case)
    return case


@transaction.atomic
def case_issue_fee_notice(
    *, actor: User, case: Case, items: list[tuple[str, Decimal]], how_to_pay: str,
    on: dt.date | None = None,
) -> Case:
    """FOIA s9(1): a fees notice; s10(2): the days until payment do not count; s9(2): unpaid
    after three months, the request lapses."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not items or any(amount < 0 for _, amount in items):
        raise ValueError("A fees notice lists at least one charge, none negative.")
    if not how_to_pay.strip():
        raise ValueError("Say how the fee can be paid.")
    move_to(case=case, target=CaseState.AWAITING_FEE)
    day = _day(on, case)
    total = sum((a for _, a in items), Decimal(0))
    record_event(case=case, kind=EventKind.FEE_NOTICE, actor=actor,
                 data={"on": day.isoformat(), "total": str(total),
                       "items": [[d, str(a)] for d, a in items]})
    save_case(case=case)
    issue_letter(case=case, kind=LetterKind.FEES_NOTICE, actor=actor, blocks={"fees": {
        "items": [{"description": d, "amount": float(a)} for d, a in items],
        "how_to_pay": how_to_pay.strip(),
    }})
    return case


@transaction.atomic
def case_record_fee_paid(*, actor: User, case: Case, paid_on: dt.date | None = None) -> Case:
    """FOIA s10(2): the working days from notice to payment, both included, are disregarded."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    move_to(case=case, target=CaseState.IN_PROGRESS)
    day = _day(paid_on, case)
    record_event(case=case, kind=EventKind.FEE_PAID, actor=actor, data={"on": day.isoformat()})
    save_case(case=case)
    return case


@transaction.atomic
def case_extend(
    *, actor: User, case: Case, working_days: int, reason: str, provisions: list[str] | None = None,
    harm: str = "",
) -> Case:
    """FOIA s10(3): more time to consider the public interest for qualified exemptions (the s17
    notice is still due on day 20, s17(2)); EIR reg 7(1): up to 20 more working days, to 40, for
    complexity and volume; FOISA has no extension at all."""
    case = lock_case(case.pk)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if not case.is_open:
        raise TransitionError("A closed case cannot be extended.")
    if case.regime == Regime.FOISA:
        raise TransitionError("FOISA allows no extension of time (FOISA s10 has no equivalent of "
                              "FOIA s10(3)).")
    if working_days <= 0:
        raise ValueError("An extension is a positive number of working days.")
    if case.regime == Regime.EIR and working_days > EIR_MAX_EXTENSION:
        raise TransitionError("EIR reg 7(1) allows at most 20 more working days (40 in all).")
    provisions = [p.strip() for p in provisions or [] if p.strip()]
    if case.regime == Regime.FOIA and not provisions:
        raise ValueError("FOIA s10(3) extends time only to consider the public interest: name the "
                         "qualified exemption(s) being considered (s17(2)).")
    if not reason.strip():
        raise ValueError("Give the reason for the extension.")
    if case.events.filter(kind=EventKind.EXTENDED).exists():
        raise TransitionError("This case has already been extended once; the extended date "
                              "stands.")
    if case.regime == Regime.FOIA:
        refuse_absolute_extension(provisions)
    if case.regime == Regime.FOIA and not harm.strip() and any(
        (p := resolve_citation(case.regime, code)) is not None and p.test == "prejudice"
        for code in provisions
    ):
        raise ValueError("A prejudice-based exemption needs the harm explained in the notice "
                         "(s17(1)(c)).")
    record_event(case=case, kind=EventKind.EXTENDED, actor=actor,
                 data={"working_days": working_days, "reason": reason.strip(),
                       "provisions": provisions})
    save_case(case=case)
    kind = LetterKind.EIR_EXTENSION if case.regime == Regime.EIR else LetterKind.PIT_EXTENSION
    if case.due_date is not None:
        issue_letter(case=case, kind=kind, actor=actor, blocks={"extension": {
            "new_date": case.due_date.isoformat(), "reason": reason.strip(),
            "harm": harm.strip() or None,
            "provisions": [letter_code(p) for p in provisions],
        }})
    return case


def refuse_absolute_extension(provisions: list[str]) -> None:
    """FOIA s10(3): extra time only to weigh the public interest, which an absolute exemption
    (s2(3)) does not have, limb by limb (s40(2) under the first condition is absolute, s2(3)(fa))."""
    for text in provisions:
        if resolve_citation("foia", text) is None:
            raise ValueError(f"{text!r} is not a FOIA exemption.")
    undecided = undecided_limb_message("foia", provisions)
    if undecided:
        raise ValueError(undecided + " Only a qualified limb allows a public interest extension.")
    if effective_statuses("foia", provisions) <= {"absolute"}:
        raise ValueError("Every exemption named is absolute (s2(3)): there is no public interest "
                         "to consider, so FOIA s10(3) allows no extension.")


def letter_code(code: str) -> str:
    """The law engine writes 'reg12(5)(b)'; letters cite 'reg 12(5)(b)'."""
    return "reg " + code[3:] if code.startswith("reg") and not code.startswith("reg ") else code
