"""FOIA s2(3)(fa), s40(2): personal data of others is absolute where the first condition
(s40(3A)(a)) applies and qualified under s40(3B)/s40(4A); the public interest test, and a s10(3)
extension to weigh it, follow the limb cited."""

from __future__ import annotations

import pytest
from tests.factories import make_case

from foidesk.cases.models import Outcome
from foidesk.cases.services.answers import AnswerDraft, AnswerInvalid, validate_answer
from foidesk.cases.services.clock_events import case_extend
from foidesk.cases.states import TransitionError

REASON = "The names are personal data of junior staff; disclosure would be unfair."


def draft(provisions: list[str], *, pit: bool = False) -> AnswerDraft:
    extra = ({"pit_for": "Transparency.", "pit_against": "Privacy.", "pit_balance": "Privacy."}
             if pit else {})
    return AnswerDraft(outcome=Outcome.EXEMPT, provisions=provisions, reason=REASON, **extra)


def test_s40_2_under_the_first_condition_is_recorded_without_a_public_interest_test():
    validate_answer(regime="foia", draft=draft(["s40(2)", "s40(3A)(a)"]))


def test_s40_2_under_the_first_condition_refuses_a_public_interest_test():
    with pytest.raises(AnswerInvalid, match="absolute exemption has no public interest"):
        validate_answer(regime="foia", draft=draft(["s40(2)", "s40(3A)(a)"], pit=True))


def test_s40_2_under_the_second_condition_s40_3B_needs_the_public_interest_test():
    with pytest.raises(AnswerInvalid, match="public interest"):
        validate_answer(regime="foia", draft=draft(["s40(2)", "s40(3B)"]))
    validate_answer(regime="foia", draft=draft(["s40(2)", "s40(3B)"], pit=True))


def test_s40_2_alone_asks_which_condition_applies():
    with pytest.raises(AnswerInvalid, match=r"add s40\(3A\)\(a\)"):
        validate_answer(regime="foia", draft=draft(["s40(2)"]))


@pytest.mark.django_db
@pytest.mark.parametrize("provisions", [["s40(2)", "s40(3A)(a)"], ["s40(2)"], ["s21"]],
                         ids=["s40(2) first condition", "s40(2) limb unnamed", "s21"])
def test_foia_s10_3_refuses_a_public_interest_extension_for_an_absolute_limb(opcc, provisions):
    case = make_case(opcc.authority)
    with pytest.raises(ValueError, match="absolute"):
        case_extend(actor=opcc.officer, case=case, working_days=20, reason="Balancing.",
                    provisions=provisions)


@pytest.mark.django_db
def test_a_case_extended_once_cannot_be_extended_again(opcc):
    case = make_case(opcc.authority)
    case_extend(actor=opcc.officer, case=case, working_days=20, reason="Balancing.",
                provisions=["s43(2)"], harm="Prejudice to the supplier.")
    with pytest.raises(TransitionError, match="already been extended"):
        case_extend(actor=opcc.officer, case=case, working_days=20, reason="Balancing.",
                    provisions=["s43(2)"], harm="Prejudice to the supplier.")
