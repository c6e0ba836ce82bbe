"""Whatever text arrives, the splitter returns a well-formed tree (property-based)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from foidesk.text.questions import KINDS, parse_request

PIECES = [
    "1.", "2)", "(3)", "Q4.", "a.", "(b)", "i.", "ii)", "-", "•", "If yes:", "If so,", "If no, "
    "please disregard questions 3 and 4.", "Please provide", "How many", "?", ".", ":", "\n", "\n\n",
    "Dear Council,", "Yours faithfully,", "“", "”", '"', "(", ")", "and", ", and if so,",
    "the number of fines", "Questions 1-3 relate to 2023.", "> quoted", "Response:", "é", "\t",
    "I write to request information about", "whether", "broken down by:", "2021/22",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60))
@example(["I write to request information about", ", and if so,"])  # a follow-up of dropped preamble
def test_any_text_gives_unique_ids_and_parents_that_exist(pieces: list[str]) -> None:
    items = parse_request(" ".join(pieces))
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))
    for item in items:
        assert item.kind in KINDS
        assert item.parent is None or item.parent in ids
        assert item.parent != item.id
        if item.kind == "instruction":
            assert item.parent is None and item.id.startswith("n")
        else:
            assert item.id.startswith("q")
            assert item.parent is None or item.id.startswith(item.parent + ".")


def test_items_under_a_numbered_scope_statement_stand_at_the_top() -> None:
    items = parse_request("1. Please limit the scope to 2023:\na) How many?\nb) When?\n")
    assert [(i.id, i.kind, i.parent) for i in items] == [
        ("n1", "instruction", None),
        ("q1", "question", None),
        ("q2", "question", None),
    ]
