"""Staff of one authority never see another's cases, even by guessing ids: 404, not 403, so an
id reveals nothing. A contributor sees only the questions put to them."""

from __future__ import annotations

import pytest
from django.urls import reverse
from tests.factories import PASSWORD, make_case

from foidesk.cases.selectors import CaseFilters, case_for_user, cases_for_user
from foidesk.cases.services.contributors import case_ask_contributor
from foidesk.cases.services.questions import case_split_questions

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    assert client.login(email=user.email, password=PASSWORD)


def case_urls(case):
    q = case.questions.first()
    urls = [
        reverse("cases:case", args=[case.pk]),
        reverse("cases:clarification", args=[case.pk]),
        reverse("cases:extend", args=[case.pk]),
        reverse("cases:send", args=[case.pk]),
        reverse("cases:close", args=[case.pk]),
        reverse("cases:ask_contributor", args=[case.pk]),
    ]
    if q is not None:
        urls.append(reverse("cases:answer", args=[case.pk, q.pk]))
    return urls


def test_an_officer_of_another_authority_gets_404_for_every_page_of_a_case(client, opcc, other):
    case = make_case(opcc.authority)
    case_split_questions(actor=opcc.officer, case=case)
    sign_in(client, other.officer)
    for url in case_urls(case):
        assert client.get(url).status_code == 404, url


def test_guessing_ids_past_the_last_case_also_gets_404(client, opcc, other):
    case = make_case(opcc.authority)
    sign_in(client, other.officer)
    for guess in (case.pk, case.pk + 1, case.pk + 1000):
        assert client.get(reverse("cases:case", args=[guess])).status_code == 404


def test_posting_an_action_on_another_authoritys_case_is_404_and_changes_nothing(client, opcc,
                                                                                 other):
    case = make_case(opcc.authority)
    sign_in(client, other.officer)
    response = client.post(reverse("cases:assign", args=[case.pk]),
                           {"owner": other.officer.pk})
    assert response.status_code == 404
    case.refresh_from_db()
    assert case.owner is None


def test_the_inbox_lists_only_the_users_authorities(opcc, other):
    mine = make_case(opcc.authority)
    theirs = make_case(other.authority, text="Gritting routes.")
    listed = set(cases_for_user(opcc.officer, CaseFilters()))
    assert mine in listed and theirs not in listed


def test_a_person_in_two_authorities_sees_both(opcc, other):
    from foidesk.authorities.models import Membership

    Membership.objects.create(user=opcc.officer, authority=other.authority, role="officer")
    theirs = make_case(other.authority, text="Gritting routes.")
    assert case_for_user(opcc.officer, theirs.pk) == theirs


def test_a_contributor_sees_only_the_questions_put_to_them(client, opcc):
    case = make_case(opcc.authority)
    questions = case_split_questions(actor=opcc.officer, case=case)
    asked = questions[:1]
    contribution = case_ask_contributor(actor=opcc.officer, case=case,
                                        contributor=opcc.contributor, questions=asked)
    sign_in(client, opcc.contributor)
    page = client.get(reverse("cases:contribution", args=[contribution.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert asked[0].text in html
    assert questions[3].text not in html
    # The case itself is for officers.
    assert client.get(reverse("cases:case", args=[case.pk])).status_code in (403, 404)


def test_another_person_cannot_open_someone_elses_contribution(client, opcc):
    case = make_case(opcc.authority)
    questions = case_split_questions(actor=opcc.officer, case=case)
    contribution = case_ask_contributor(actor=opcc.officer, case=case,
                                        contributor=opcc.contributor, questions=questions[:1])
    sign_in(client, opcc.approver)
    assert client.get(reverse("cases:contribution", args=[contribution.pk])).status_code == 404


def test_a_requester_is_refused_the_casework_pages(client, opcc):
    from tests.factories import make_user

    requester = make_user(email="rowan.example@example.org", full_name="Rowan Example")
    case = make_case(opcc.authority, actor=requester)
    sign_in(client, requester)
    assert client.get(reverse("cases:case", args=[case.pk])).status_code == 403
    assert client.get(reverse("cases:inbox")).status_code == 403
