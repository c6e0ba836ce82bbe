"""The canonical example of issue 3: the OPCC facial recognition funding request."""

from pathlib import Path

import pytest

from foidesk.text.questions import QuestionItem, parse_request

REFERENCE = (
    Path(__file__).resolve().parents[3] / "shared/reference/opcc-facial-recognition-funding.txt"
)

REQUEST = """FOI Request
I write to request information and records under the Freedom of Information Act 2000 (FOIA) regarding the use of facial recognition technology.
I write following inspection of the Police and Crime Plan Draft, which states on slide 12 referring to a “bid for exploratory funding to trial facial recognition software”
- What is the application process for this exploratory funding?
- What is the scheme or programme under which this exploratory funding has been or will be granted? Is it part of a wider Government fund allocation scheme, or specified Government programme? If so, what are the stated objectives of this scheme or programme? Please provide details
- To your knowledge, which body (or bodies) have been granted this explotory funding?
- What was the total amount of funding available?
- Has the PCC been successful in it’s bid for funding?
a. Please provide a copy of your funding application
If yes:
b. Have you begun to use the funds to implement the use of facial recognition technology?
If yes:
i. How have these funds been used thus far?
ii. How are any remaining funds expected to be used?
"""  # noqa: E501


def _by_text(items: list[QuestionItem], start: str) -> QuestionItem:
    return next(i for i in items if i.text.startswith(start))


def _assert_canonical_shape(items: list[QuestionItem]) -> None:
    top = [i for i in items if i.parent is None]
    assert [i.text[:20] for i in top] == [
        "What is the applicat",
        "What is the scheme o",
        "To your knowledge, w",
        "What was the total a",
        "Has the PCC been suc",
    ]
    q2, q5 = top[1], top[4]
    objectives = _by_text(items, "If so, what are the stated objectives")
    assert objectives.parent == q2.id and objectives.condition is not None
    a = _by_text(items, "Please provide a copy of your funding application")
    b = _by_text(items, "Have you begun to use the funds")
    assert (a.parent, a.condition) == (q5.id, None)
    assert (b.parent, b.condition) == (q5.id, "if yes")
    for start in ("How have these funds been used", "How are any remaining funds"):
        child = _by_text(items, start)
        assert (child.parent, child.condition) == (b.id, "if yes")
    assert len(items) == 10


def test_the_canonical_request_has_five_questions_with_conditional_follow_ups() -> None:
    _assert_canonical_shape(parse_request(REQUEST))


def test_the_canonical_request_keeps_the_requesters_letters_as_labels() -> None:
    items = parse_request(REQUEST)
    assert [i.label for i in items if i.label] == ["a", "b", "i", "ii"]


def test_the_whole_canonical_page_stops_at_the_response_marker() -> None:
    if not REFERENCE.exists():
        pytest.skip("../shared/reference is not present on this machine")
    _assert_canonical_shape(parse_request(REFERENCE.read_text(encoding="utf-8")))


def test_ids_are_unique_and_items_come_in_document_order() -> None:
    items = parse_request(REQUEST)
    assert len({i.id for i in items}) == len(items)
    positions = [REQUEST.index(i.text[:25]) for i in items]
    assert positions == sorted(positions)


def test_to_dict_gives_the_json_fields_of_the_parse_command() -> None:
    first = parse_request(REQUEST)[0].to_dict()
    assert set(first) == {"id", "label", "text", "kind", "parent", "condition"}
    assert first["id"] == "q1"
