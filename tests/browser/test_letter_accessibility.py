"""Composed letters as the web shows them (HTML): no serious or critical axe-core violation."""

from pathlib import Path

import pytest
from tests.browser.support import serious_violations

from foidesk.text.letters import LetterCase, compose, render_html

FIXTURES = Path(__file__).resolve().parents[1] / "text" / "fixtures"
LETTERS = [
    FIXTURES / "canonical_case.json",
    FIXTURES / "letters" / "eir_response.json",
    FIXTURES / "letters" / "foisa_internal_review.json",
    FIXTURES / "letters" / "foia_fees_notice.json",
]


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_a_composed_letter_has_no_serious_accessibility_violation(browser, path):
    letter = compose(LetterCase.model_validate_json(path.read_text(encoding="utf-8")))
    context = browser.new_context(locale="en-GB")
    try:
        page = context.new_page()
        page.set_content(render_html(letter))
        assert page.locator("h1").count() == 1
        assert serious_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("colour", ["#ffdd00", "#00703c", "#d4351c"])
def test_any_brand_colour_keeps_headings_readable(browser, colour):
    """WCAG 2.2 1.4.3: a pale brand colour must not make the headings unreadable."""
    data = LetterCase.model_validate_json(LETTERS[0].read_text(encoding="utf-8")).model_dump()
    data["authority"]["colour"] = colour
    context = browser.new_context(locale="en-GB")
    try:
        page = context.new_page()
        page.set_content(render_html(compose(LetterCase.model_validate(data))))
        assert [v for v in serious_violations(page) if v.startswith("color-contrast")] == []
    finally:
        context.close()
