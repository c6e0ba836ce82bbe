"""check_response: read a response letter and report its answers and its faults against the law."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from foidesk.text.checking import (
    rules_answers,
    rules_clarity,
    rules_closing,
    rules_drafting,
    rules_notice,
    rules_refusals,
)
from foidesk.text.checking.law_facts import REGIMES
from foidesk.text.checking.letter import Letter, read_letter
from foidesk.text.checking.model import CheckResult, Finding
from foidesk.text.checking.request import quoted_request, split_request
from foidesk.text.checking.text import without_thread_footers

Rule = Callable[[Letter], list[Finding]]

# In the order an officer would read the findings: the notice, then each answer, then drafting.
RULES: tuple[Rule, ...] = (
    rules_notice.exemption_not_specified,
    rules_notice.exemption_subsection_not_specified,
    rules_notice.ncnd_without_ncnd_subsection,
    rules_notice.ncnd_mixed_with_withholding,
    rules_notice.qualified_exemption_without_pit,
    rules_notice.prejudice_without_harm_explanation,
    rules_notice.public_interest_applied_to_absolute_exemption,
    rules_notice.prejudice_test_for_class_exemption,
    rules_refusals.s12_no_estimate,
    rules_refusals.s12_no_advice_assistance,
    rules_refusals.partial_s14,
    rules_refusals.not_held_without_exception,
    rules_refusals.wrong_terminology,
    rules_answers.question_unanswered,
    rules_answers.not_held_no_advice,
    rules_drafting.duplicated_text,
    rules_drafting.wrong_numbering,
    rules_clarity.combined_answers,
    rules_clarity.reasons_only_in_attachment,
    rules_clarity.dangling_reference,
    rules_clarity.regime_not_stated,
    rules_clarity.wrong_regulation_title,
    rules_closing.missing_review,
)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "advice": 2}
# A request and its response pasted into one file under these two headings.
_PAIRED = re.compile(
    r"^\s*(?:FOI|EIR|FOISA)?\s*Request\s*:?\s*$(?P<request>.*?)^\s*(?:FOI|EIR|FOISA)?\s*Response\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)


# A response letter is a few thousand words. Past this the text is not a letter; checking its
# beginning and its end (where the closing particulars are) keeps the time bounded.
MAX_LETTER_CHARS = 300_000
_HEAD_CHARS = 250_000


class CheckError(ValueError):
    """Arguments the checker cannot work with; the message is one line for people."""


def split_paired(text: str) -> tuple[str | None, str]:
    """A file holding 'FOI Request' ... 'FOI Response' ...: the request and the response apart."""
    match = _PAIRED.search(text)
    if match is None or match.start() > 200:
        return None, text
    return match.group("request").strip(), text[match.end() :].lstrip("\n")


def check_response(
    response_text: str,
    *,
    request_text: str | None = None,
    regime: str = "foia",
    received: date | None = None,
    sent: date | None = None,
) -> CheckResult:
    """Check a response letter against FOIA, the EIR or FOISA.

    The answers are given per question of the request (or of the letter's own quotation of it,
    when no request is given); the findings cite the provision each rests on.
    """
    key = regime.strip().lower()
    if key not in REGIMES:
        raise CheckError(f"unknown regime {regime!r}: use foia, eir or foisa")
    if received is not None and sent is not None and sent < received:
        raise CheckError("the response cannot be sent before the request was received")
    text = without_thread_footers(response_text.replace("\r\n", "\n").replace("\r", "\n"))
    if request_text is None:
        paired_request, text = split_paired(text)
        request_text = paired_request
    findings: list[Finding] = []
    if len(text) > MAX_LETTER_CHARS:
        findings.append(
            Finding(
                "document_too_long",
                "advice",
                f"The text is {len(text):,} characters, far longer than a letter; only its first "
                f"{_HEAD_CHARS:,} and last {MAX_LETTER_CHARS - _HEAD_CHARS:,} characters were "
                "checked.",
                "FOIA s17",
                text[:120].strip(),
            )
        )
        text = text[:_HEAD_CHARS] + "\n\n" + text[-(MAX_LETTER_CHARS - _HEAD_CHARS) :]
    request_given = request_text is not None and bool(request_text.strip())
    if request_given and request_text is not None:
        questions = split_request(request_text)
    else:
        quoted = quoted_request(text)
        questions = split_request(quoted) if quoted else []
    letter = read_letter(text, regime=key, questions=questions, request_given=request_given)
    if text.strip():
        for rule in RULES:
            findings.extend(rule(letter))
    findings.extend(rules_answers.late_response(letter, received=received, sent=sent))
    findings.sort(key=lambda f: _SEVERITY_ORDER[f.severity])
    return CheckResult(regime=key, answers=letter.answers, findings=findings)
