"""Refusals of the whole request: the cost limit (FOIA s12) and vexatious requests (FOIA s14),
and the EIR's own vocabulary for refusals."""

from __future__ import annotations

import re

from foidesk.text.checking import cues
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding
from foidesk.text.checking.text import Span, quote, sentence_at, sentences

_ANSWERED = {"disclosed", "partially_disclosed", "not_held", "exempt", "reasonably_accessible"}
_PART_VEXATIOUS = re.compile(
    r"(?:part|parts|element|elements|some)\s+of\s+(?:your|the|this)\s+(?:request|questions)[^.]{0,80}"
    r"vexatious|vexatious[^.]{0,80}\b(?:part|parts|element|elements)\s+of\s+(?:your|the|this)\s+request|"
    r"\bquestions?\s+\d{1,2}[^.]{0,60}vexatious|vexatious[^.]{0,60}\bquestions?\s+\d{1,2}",
    re.IGNORECASE,
)
_EIR_FOIA_WORDING = re.compile(
    r"section\s+39|\bs\.?\s?39\b|freedom\s+of\s+information\s+act|\bFOIA\b|would\s+have\s+been|"
    r"instead\s+of|rather\s+than|not\s+(?:the\s+)?(?:FOIA|Freedom)",
    re.IGNORECASE,
)


def _relies_on_cost(letter: Letter) -> Span | None:
    for cited in letter.cited:
        if cited.role == "cost":
            return sentence_at(letter.text, cited.citation.start)
    if letter.regime == "eir" and not any(
        c.canonical.startswith("reg12(4)(b)") for c in letter.cited
    ):
        return None
    match = cues.COST.search(letter.text)
    if match is None:
        return None
    return sentence_at(letter.text, match.start())


def _law(letter: Letter, foia: str, eir: str, foisa: str) -> str:
    return {"foia": f"FOIA {foia}", "eir": f"EIR {eir}", "foisa": f"FOISA {foisa}"}[letter.regime]


def s12_no_estimate(letter: Letter) -> list[Finding]:
    """FOIA s12(1) and Fees Regulations 2004 reg 4: the refusal rests on an estimate, so the letter
    should show it (records, time per record, hours) — the ICO expects a reasoned estimate."""
    anchor = _relies_on_cost(letter)
    if anchor is None:
        return []
    text = letter.text
    refusing = cues.NO_ESTIMATE.search(text)
    if refusing is not None:
        span = sentence_at(text, refusing.start())
        evidence = quote(text, span.start, span.end)
    else:
        figures = [
            m
            for m in cues.ESTIMATE.finditer(text)
            if not cues.LIMIT_FIGURE.fullmatch(m.group(0).strip())
            and not re.search(r"working\s+days?$", m.group(0), re.I)
        ]
        if figures:
            return []
        if letter.truncated and len(text) - anchor.start < 1200:
            return []
        evidence = quote(text, anchor.start, anchor.end)
    return [
        Finding(
            "s12_no_estimate",
            "error",
            "The letter refuses on cost without a reasoned estimate (number of records, time "
            "for each, total hours).",
            _law(letter, "s12(1); Fees Regulations 2004 reg 4", "reg 12(4)(b)", "s12(1)"),
            evidence,
        )
    ]


def s12_no_advice_assistance(letter: Letter) -> list[Finding]:
    """FOIA s16 (and the s45 Code): a cost refusal should say how the request could be narrowed
    to fall within the limit, or explain why it cannot; EIR reg 9; FOISA s15."""
    anchor = _relies_on_cost(letter)
    if anchor is None:
        return []
    text = letter.text
    all_sentences = sentences(text)
    negative = [s for s in all_sentences if cues.NO_NARROWING.search(s.text)]
    helpful = [
        s
        for s in all_sentences
        if cues.NARROWING.search(s.text)
        and not cues.NO_NARROWING.search(s.text)
        and not cues.COMMISSIONER.search(s.text)
    ]
    if helpful:
        return []
    if negative:
        evidence = quote(text, negative[0].start, negative[0].end)
    else:
        if letter.truncated and len(text) - anchor.start < 1200:
            return []
        evidence = quote(text, anchor.start, anchor.end)
    return [
        Finding(
            "s12_no_advice_assistance",
            "error",
            "The cost refusal gives no advice on how the request could be narrowed to fall "
            "within the limit.",
            _law(letter, "s16", "reg 9", "s15"),
            evidence,
        )
    ]


def partial_s14(letter: Letter) -> list[Finding]:
    """FOIA s14(1): vexatiousness is a quality of the request as a whole; the ICO's guidance is
    that it cannot be applied to part of a request while answering the rest."""
    text = letter.text
    vexatious = re.search(r"vexatious", text, re.IGNORECASE)
    cites_14 = any(c.role == "vexatious" and not c.canonical.startswith("s14(2)") for c in letter.cited)
    if vexatious is None and not cites_14:
        return []
    if vexatious is None:
        return []
    part = _PART_VEXATIOUS.search(text)
    answered = [a for a in letter.answers if a.outcome in _ANSWERED]
    also_vexatious = [a for a in letter.answers if a.outcome == "vexatious"]
    if part is None and not (answered and also_vexatious):
        return []
    position = part.start() if part is not None else vexatious.start()
    span = sentence_at(text, position)
    return [
        Finding(
            "partial_s14",
            "error",
            "Section 14(1) is applied to part of the request while other parts are answered; "
            "a request is vexatious as a whole or not at all.",
            _law(letter, "s14(1)", "reg 12(4)(b)", "s14(1)"),
            quote(text, span.start, span.end),
        )
    ]


def wrong_terminology(letter: Letter) -> list[Finding]:
    """EIR reg 12: the EIR have exceptions in regulations, not exemptions in sections; FOIA
    wording in an EIR refusal suggests the wrong regime was applied."""
    if letter.regime != "eir":
        return []
    for cited in letter.cited:
        number = cited.citation.section[1:]
        if cited.citation.unit == "s" and number.isdigit() and 12 <= int(number) <= 44:
            if int(number) == 39:
                continue
            span = sentence_at(letter.text, cited.citation.start)
            if _EIR_FOIA_WORDING.search(span.text) and cited.regime != "foia":
                continue
            return [
                Finding(
                    "wrong_terminology",
                    "warning",
                    f"An EIR letter cites “{cited.citation.raw.strip()}”, a FOIA section; the "
                    "EIR exceptions are regulations 12 and 13.",
                    "EIR reg 12",
                    quote(letter.text, span.start, span.end),
                )
            ]
    for sentence in sentences(letter.text):
        if cues.EXCEPTION_WORDS.search(sentence.text) and not _EIR_FOIA_WORDING.search(
            sentence.text
        ):
            return [
                Finding(
                    "wrong_terminology",
                    "warning",
                    "An EIR letter speaks of “exemptions”; under the EIR they are exceptions.",
                    "EIR reg 12",
                    quote(letter.text, sentence.start, sentence.end),
                )
            ]
    return []


def not_held_without_exception(letter: Letter) -> list[Finding]:
    """EIR reg 12(4)(a) and reg 14: under the EIR, 'not held' is itself an exception and the
    refusal must cite it."""
    if letter.regime != "eir":
        return []
    if any(c.canonical.startswith("reg12(4)(a)") for c in letter.cited):
        return []
    match = cues.not_held(letter.text)
    if match is None:
        return []
    span = sentence_at(letter.text, match.start())
    return [
        Finding(
            "not_held_without_exception",
            "error",
            "The letter says information is not held but does not cite the reg 12(4)(a) "
            "exception.",
            "EIR reg 12(4)(a), reg 14(3)",
            quote(letter.text, span.start, span.end),
        )
    ]
