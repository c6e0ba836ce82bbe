"""One status enum, one transition table: every move not in the table is refused with a reason,
and services refuse what the law refuses (FOISA has no extension; EIR reg 7 caps it)."""

from __future__ import annotations

import pytest
from tests.factories import make_authority, make_case, make_member

from foidesk.cases.services.approval import case_approve, case_submit_for_approval
from foidesk.cases.services.clock_events import case_extend
from foidesk.cases.services.permissions import NotAllowed
from foidesk.cases.services.sending import case_send
from foidesk.cases.states import TRANSITIONS, CaseState, TransitionError, check_transition

ILLEGAL = [(a, b) for a in CaseState for b in CaseState if a != b and b not in TRANSITIONS[a]]
# Sorted: xdist workers must collect the same tests in the same order.
LEGAL = [(a, b) for a in CaseState for b in sorted(TRANSITIONS[a], key=lambda s: s.value)]


@pytest.mark.parametrize(("current", "target"), ILLEGAL, ids=lambda s: s.value)
def test_a_move_the_table_does_not_list_is_refused_with_a_reason(current, target):
    with pytest.raises(TransitionError, match="cannot become"):
        check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), LEGAL, ids=lambda s: s.value)
def test_every_move_the_table_lists_is_allowed(current, target):
    check_transition(current, target)


def test_closed_withdrawn_invalid_and_redirected_cases_are_final():
    for state in (CaseState.CLOSED, CaseState.WITHDRAWN, CaseState.INVALID,
                  CaseState.REDIRECTED):
        assert TRANSITIONS[state] == frozenset()


@pytest.mark.django_db
def test_a_case_cannot_be_approved_before_it_is_submitted(opcc):
    case = make_case(opcc.authority)
    with pytest.raises(TransitionError, match="received cannot become approved"):
        case_approve(actor=opcc.approver, case=case)


@pytest.mark.django_db
def test_a_case_with_unanswered_questions_cannot_be_submitted(opcc):
    from foidesk.cases.services.questions import case_split_questions

    case = make_case(opcc.authority)
    case_split_questions(actor=opcc.officer, case=case)
    with pytest.raises(TransitionError, match="still unanswered: 1, 2"):
        case_submit_for_approval(actor=opcc.officer, case=case)


@pytest.mark.django_db
def test_only_an_approved_response_can_be_sent(opcc):
    case = make_case(opcc.authority)
    with pytest.raises(TransitionError, match="Only an approved response"):
        case_send(actor=opcc.officer, case=case)


@pytest.mark.django_db
def test_an_officer_cannot_approve(opcc):
    case = make_case(opcc.authority)
    with pytest.raises(NotAllowed, match="approver"):
        case_approve(actor=opcc.officer, case=case)


@pytest.mark.django_db
def test_foisa_has_no_extension_of_time(db):
    scot = make_authority(name="Example Scottish Council", slug="example-scot", regime="foisa",
                          nation="scotland", reference_prefix="ESC")
    officer = make_member(scot, "officer", "iona.officer@example.org", "Iona Officer")
    case = make_case(scot, text="Your bin collection contract.")
    with pytest.raises(TransitionError, match="FOISA allows no extension"):
        case_extend(actor=officer, case=case, working_days=10, reason="Complex.")


@pytest.mark.django_db
def test_eir_reg_7_allows_at_most_twenty_more_working_days(other):
    case = make_case(other.authority, text="Air quality data for 2025.")
    with pytest.raises(TransitionError, match="reg 7"):
        case_extend(actor=other.officer, case=case, working_days=21, reason="Voluminous.")


@pytest.mark.django_db
def test_a_foia_extension_must_name_the_qualified_exemption_considered(opcc):
    case = make_case(opcc.authority)
    with pytest.raises(ValueError, match="s10"):
        case_extend(actor=opcc.officer, case=case, working_days=20, reason="Balancing.")
