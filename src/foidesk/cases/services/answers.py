"""Recording the answer to each question, with what the law requires for its outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from foidesk.accounts.models import User
from foidesk.authorities.models import Role
from foidesk.cases.models import Answer, EventKind, Outcome, Question
from foidesk.cases.services.assignment import start_work
from foidesk.cases.services.events import lock_case, record_event, save_case
from foidesk.cases.services.exemption_status import effective_statuses, undecided_limb_message
from foidesk.cases.services.permissions import require_role
from foidesk.cases.states import DRAFTING_STATES, CaseState, TransitionError
from foidesk.law.catalogue import is_ncnd_provision, resolve_citation
from foidesk.law.citations import normalise_citation


class AnswerInvalid(ValueError):
    """An answer lacks something its outcome needs; the message names the section."""


@dataclass(frozen=True)
class AnswerDraft:
    outcome: Outcome
    disclosed_text: str = ""
    provisions: list[str] = field(default_factory=list)
    reason: str = ""
    harm: str = ""
    pit_for: str = ""
    pit_against: str = ""
    pit_balance: str = ""
    ncnd_provision: str = ""
    cost_hours: Decimal | None = None
    cost_records: int | None = None
    cost_basis: str = ""
    advice: str = ""
    who_may_hold: str = ""
    where: str = ""


def _canonical_provisions(regime: str, cited: list[str]) -> list[str]:
    out = []
    for text in cited:
        if not text.strip():
            continue
        code = normalise_citation(regime, text)
        if code is None or resolve_citation(regime, text) is None:
            raise AnswerInvalid(f"{text!r} is not an exemption of this regime.")
        out.append(code)
    return list(dict.fromkeys(out))


def validate_answer(*, regime: str, draft: AnswerDraft) -> AnswerDraft:
    """What each outcome needs:
    - disclosed: the information (FOIA s1(1)(b));
    - exempt / partly disclosed: the provisions and why they apply (s17(1)); harm for a prejudice
      test; public interest for and against and the balance for a qualified one (s2(2)(b), s17(3));
    - NCND: the provision that removes the duty to confirm or deny (e.g. s31(3)), not the
      withholding one (s1(6), s2(1));
    - s12: the estimate of hours and the advice to bring it within the limit (s16);
    - not held: advice and assistance where another body may hold it (s16)."""
    o = draft.outcome
    provisions = _canonical_provisions(regime, draft.provisions)
    ncnd = ""
    if o is Outcome.DISCLOSED and not draft.disclosed_text.strip():
        raise AnswerInvalid("Write the information disclosed (FOIA s1(1)(b)).")
    if o in (Outcome.EXEMPT, Outcome.PARTIALLY_DISCLOSED, Outcome.NCND):
        if not provisions:
            raise AnswerInvalid("Choose the exemption(s) relied on (FOIA s17(1)(b)).")
        statuses = effective_statuses(regime, provisions)
        tests = {resolve_citation(regime, p).test for p in provisions}  # type: ignore[union-attr]
        if "prejudice" in tests and not draft.harm.strip():
            raise AnswerInvalid("A prejudice-based exemption needs the harm explained (s17(1)(c)).")
        has_pit = bool(draft.pit_for.strip() or draft.pit_against.strip())
        undecided = undecided_limb_message(regime, provisions)
        if undecided and not has_pit:
            raise AnswerInvalid(undecided)
        qualified = bool(statuses - {"absolute"})
        if qualified and not (draft.pit_for.strip() and draft.pit_against.strip()
                              and draft.pit_balance.strip()):
            raise AnswerInvalid("A qualified exemption needs the public interest factors for and "
                                "against disclosure and the balance (s2(2)(b), s17(3)).")
        if not qualified and (draft.pit_for.strip() or draft.pit_against.strip()):
            raise AnswerInvalid("An absolute exemption has no public interest test (s2(3)).")
        if not (draft.reason.strip() or draft.harm.strip()):
            raise AnswerInvalid("Say why the exemption applies (s17(1)(c)).")
    if o is Outcome.NCND:
        ncnd = normalise_citation(regime, draft.ncnd_provision) or ""
        if not ncnd or not is_ncnd_provision(regime, draft.ncnd_provision):
            raise AnswerInvalid("Neither confirm nor deny needs the provision that removes the duty "
                                "to confirm or deny (e.g. s31(3)), not the withholding one (s1(6)).")
        base = resolve_citation(regime, draft.ncnd_provision)
        engaged = {resolve_citation(regime, p) for p in provisions}
        if base is not None and base not in engaged:
            raise AnswerInvalid(f"{ncnd} is the NCND provision of {base.citation}; cite that "
                                "exemption's interests among the provisions engaged.")
    if o is Outcome.DISCLOSED and provisions:
        raise AnswerInvalid("A full disclosure relies on no exemption; choose 'disclosed in part'.")
    if o is Outcome.COST_LIMIT:
        if draft.cost_hours is None or draft.cost_hours <= 0:
            raise AnswerInvalid("Give the estimate of staff hours (FOIA s12, Fees Regulations "
                                "reg 4).")
        if not draft.advice.strip():
            raise AnswerInvalid("Advise how the request could be narrowed (s16).")
    if o is Outcome.REASONABLY_ACCESSIBLE and not draft.where.strip():
        raise AnswerInvalid("Say where the information is reasonably accessible (s21).")
    return AnswerDraft(**{**draft.__dict__, "provisions": provisions, "ncnd_provision": ncnd})


@transaction.atomic
def answer_question(*, actor: User, question: Question, draft: AnswerDraft) -> Answer:
    """Record (or replace) the answer to one question."""
    case = lock_case(question.case_id)
    require_role(actor=actor, authority=case.authority, role=Role.OFFICER)
    if CaseState(case.state) not in DRAFTING_STATES:
        raise TransitionError(
            f"Answers can only change while the case is in progress; it is "
            f"{CaseState(case.state).label.lower()}."
        )
    d = validate_answer(regime=case.regime, draft=draft)
    answer, created = Answer.objects.update_or_create(
        question=question,
        defaults={
            "outcome": d.outcome, "disclosed_text": d.disclosed_text.strip(),
            "provisions": d.provisions, "reason": d.reason.strip(), "harm": d.harm.strip(),
            "pit_for": d.pit_for.strip(), "pit_against": d.pit_against.strip(),
            "pit_balance": d.pit_balance.strip(), "ncnd_provision": d.ncnd_provision,
            "cost_hours": d.cost_hours, "cost_records": d.cost_records,
            "cost_basis": d.cost_basis.strip(), "advice": d.advice.strip(),
            "who_may_hold": d.who_may_hold.strip(), "where": d.where.strip(),
            "answered_by": actor,
        },
    )
    start_work(case)
    record_event(case=case, kind=EventKind.ANSWER_RECORDED, actor=actor, data={
        "question": question.label, "outcome": d.outcome.value, "provisions": d.provisions,
        "ncnd_provision": d.ncnd_provision, "replaced": not created,
    })
    save_case(case=case)
    return answer
