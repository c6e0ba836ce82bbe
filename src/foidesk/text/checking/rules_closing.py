"""The closing particulars every notice must carry: the review procedure and the regulator."""

from __future__ import annotations

from foidesk.text.checking import cues
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding, Severity
from foidesk.text.checking.text import quote, sentences

_REFUSALS = {"exempt", "partially_disclosed", "ncnd", "cost_limit", "vexatious", "not_held"}


def _ending(letter: Letter) -> str:
    found = sentences(letter.text, max(0, len(letter.text) - 400))
    if not found:
        return "The letter is empty."
    return f"Letter ends: “{quote(letter.text, found[-1].start, found[-1].end, limit=160)}”"


def _severity(letter: Letter) -> Severity:
    """A refusal notice must carry the particulars (FOIA s17(7)); a full disclosure should."""
    refuses = bool(letter.exemptions) or any(a.outcome in _REFUSALS for a in letter.answers)
    refuses = refuses or bool(cues.NCND.search(letter.text) or cues.COST.search(letter.text))
    return "error" if refuses else "warning"


def missing_review(letter: Letter) -> list[Finding]:
    """FOIA s17(7)(a): particulars of the complaints (internal review) procedure; EIR reg 14(5)(a):
    the right to make representations under reg 11; FOISA s19: the right to require a review
    (s20(1)) and to apply to the Scottish Information Commissioner (s47(1))."""
    text = letter.text
    if letter.regime == "foisa":
        missing: list[str] = []
        if not cues.FOISA_REVIEW.search(text):
            missing.append("the right to require a review (s20)")
        if not cues.SCOTTISH_COMMISSIONER.search(text):
            missing.append("the right to apply to the Scottish Information Commissioner (s47)")
        if not missing:
            return []
        return [
            Finding(
                "missing_review_info",
                _severity(letter),
                "The notice does not give " + " or ".join(missing) + ".",
                "FOISA s19",
                _ending(letter),
            )
        ]
    findings: list[Finding] = []
    eir = letter.regime == "eir"
    if not cues.REVIEW.search(text):
        findings.append(
            Finding(
                "missing_internal_review_info",
                _severity(letter),
                "The letter does not say how to ask for an internal review"
                + (" (representations under reg 11)." if eir else " (complaints procedure)."),
                "EIR reg 14(5)(a), reg 11" if eir else "FOIA s17(7)(a)",
                _ending(letter),
            )
        )
    if not cues.COMMISSIONER.search(text):
        findings.append(
            Finding(
                "missing_ico_s50_info",
                _severity(letter),
                "The letter does not tell the requester of the right to complain to the "
                "Information Commissioner.",
                "EIR reg 14(5)(b), reg 18" if eir else "FOIA s17(7)(b), s50",
                _ending(letter),
            )
        )
    return findings
