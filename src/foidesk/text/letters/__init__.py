"""Letters from structured answers: the s17-compliant response and every other letter a request
needs (acknowledgement, clarification, fees notice, extensions, internal review outcome,
invalid-request reply, s12/s14 refusal), rendered as HTML, PDF, DOCX or plain text.

    case = parse_case(json_text)          # or LetterCase.model_validate(dict), load_case(path)
    problems(case)                        # every reason the case cannot be composed yet
    letter = compose(case)                # raises LetterCaseError (one line) for unlawful facts
    render_html(letter) / render_pdf(letter) / render_docx(letter) / render_text(letter)
"""

from foidesk.text.letters.case import LetterCase, LetterKind, Outcome, Regime, available_kinds
from foidesk.text.letters.compose import compose
from foidesk.text.letters.document import Letter
from foidesk.text.letters.loading import case_schema, load_case, parse_case
from foidesk.text.letters.render_docx import render_docx
from foidesk.text.letters.render_html import render_html
from foidesk.text.letters.render_pdf import render_pdf
from foidesk.text.letters.render_text import render_text
from foidesk.text.letters.validation import LetterCaseError, problems

__all__ = [
    "available_kinds",
    "Letter",
    "LetterCase",
    "LetterCaseError",
    "LetterKind",
    "Outcome",
    "Regime",
    "case_schema",
    "compose",
    "load_case",
    "parse_case",
    "problems",
    "render_docx",
    "render_html",
    "render_pdf",
    "render_text",
]
