"""FOIA s1(1): the authority answers; a portal acknowledgement is never signed by the requester
as the authority's Information Officer."""

from __future__ import annotations

import pytest
from tests.factories import make_case

from foidesk.accounts.models import User
from foidesk.cases.letters import letter_case_for
from foidesk.cases.models import LetterKind


@pytest.mark.django_db
def test_a_letter_composed_on_a_requesters_action_is_signed_by_the_foi_team(opcc):
    requester = User.objects.create_user(username="rowan.example@example.org",
                                         email="rowan.example@example.org", password="x-Secret-9",
                                         full_name="Rowan Example")
    case = make_case(opcc.authority, requester=requester)
    assert letter_case_for(case=case, kind=LetterKind.ACKNOWLEDGEMENT, actor=requester
                           ).signatory is None
    signed = letter_case_for(case=case, kind=LetterKind.ACKNOWLEDGEMENT, actor=opcc.officer)
    assert signed.signatory is not None
