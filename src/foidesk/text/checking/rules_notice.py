"""The refusal notice itself: which provision, which subsection, why it applies, and the public
interest (FOIA s17(1) and (3); EIR reg 14(3); FOISA s16)."""

from __future__ import annotations

import re

from foidesk.text.checking import cues
from foidesk.text.checking.law_facts import Cited
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding
from foidesk.text.checking.text import Span, quote, sentence_at, sentences

_NOT_REFUSING = re.compile(
    r"(?:no|none\s+of\s+the)\s+(?:information|data)\s+(?:has\s+been|was|is\s+being)\s+withheld|"
    r"nothing\s+(?:has\s+been|was)\s+withheld|not\s+been\s+withheld|no\s+exemptions?\s+(?:have\s+been\s+|were\s+)?"
    r"(?:applied|apply|used)|without\s+(?:any\s+)?(?:redaction|exemption)",
    re.IGNORECASE,
)
REFUSAL = re.compile(
    r"(?:is|are|be|being|been|considered|remains?)\s+exempt\b|\bwithh[eo]ld(?:ing)?\b|"
    r"will\s+not\s+be\s+(?:disclosed|released|provided)|"
    r"(?:following|this|that|these|an?)\s+exemptions?\s+(?:applies|apply|is\s+engaged|has\s+been|have\s+been)|"
    r"exemptions?\s+(?:applies|apply|is\s+engaged|are\s+engaged)|not\s+obliged\s+to\s+(?:supply|provide|disclose)|"
    r"refus(?:e|ing)\s+(?:to\s+(?:disclose|provide|release)|your)|"
    r"(?:unable|not\s+able)\s+to\s+(?:provide|disclose|release)\b[^.\n]{0,80}\b(?:as|because|since|due)\b",
    re.IGNORECASE,
)
# Where a bare citation leaves the reader guessing which exemption (or which limb) is meant.
NEEDS_SUBSECTION = {
    "foia": {"s23", "s24", "s27", "s30", "s31", "s35", "s36", "s37", "s38", "s40", "s43"},
    "foisa": {"s27", "s30", "s31", "s32", "s33", "s35", "s36", "s38", "s39"},
    "eir": {"reg12", "reg12(4)", "reg12(5)"},
}
NEEDS_PARAGRAPH = {
    "foia": {"s27(1)", "s31(1)", "s35(1)", "s36(2)", "s37(1)", "s38(1)"},
    "foisa": {"s30", "s33(1)", "s35(1)", "s38(1)"},
    "eir": {"reg12(4)", "reg12(5)"},
}
_TEST_LABEL = re.compile(
    r"prejudice[- ]based|harm[- ]based|prejudice\s+test|harm\s+test|test\s+of\s+prejudice|"
    r"evidence\s+of\s+harm|articulate\s+the\s+harm|harm\s+(?:that\s+)?would\s+be\s+caused",
    re.IGNORECASE,
)
_NO_TEST_NEEDED = re.compile(
    r"no\s+(?:requirement|need)|not\s+(?:required|necessary|need)|does\s+not\s+(?:require|need)|"
    r"class[- ]based|without\s+(?:any\s+)?(?:evidence|need)",
    re.IGNORECASE,
)
_CONFIDENCE_DEFENCE = re.compile(r"defence|breach\s+of\s+confidence|actionable", re.IGNORECASE)


def _law(letter: Letter, foia: str, eir: str, foisa: str) -> str:
    return {"foia": f"FOIA {foia}", "eir": f"EIR {eir}", "foisa": f"FOISA {foisa}"}[letter.regime]


def _seen_enough(letter: Letter, position: int) -> bool:
    """Whether the reasoning after `position` can be seen: a cut-off letter may give its harm and
    public interest test in the part that is missing, and a letter may put them in an attachment
    (which is then checked on its own)."""
    if cues.ATTACHED_REASONS.search(letter.text):
        return False
    return not letter.truncated or len(letter.text) - position >= 1500


def _main_exemptions(letter: Letter) -> list[Cited]:
    return [c for c in letter.exemptions if c.provision is not None]


def _term(letter: Letter) -> str:
    """EIR reg 12: the EIR have exceptions where FOIA and FOISA have exemptions."""
    return "exception" if letter.regime == "eir" else "exemption"


def exemption_not_specified(letter: Letter) -> list[Finding]:
    """FOIA s17(1)(b) / EIR reg 14(3)(a) / FOISA s16(1)(c): a refusal must specify the exemption;
    FOIA s17(5): a refusal on cost must say that s12 applies."""
    text = letter.text
    roles = {c.role for c in letter.cited}
    findings: list[Finding] = []
    if "exemption" not in roles and "cost" not in roles and "vexatious" not in roles:
        match = next(
            (
                m
                for m in (*REFUSAL.finditer(text), *cues.NCND.finditer(text))
                if not _NOT_REFUSING.search(sentence_at(text, m.start()).text)
                and not cues.not_held(sentence_at(text, m.start()).text)
                and not cues.COST.search(sentence_at(text, m.start()).text)
            ),
            None,
        )
        if match is not None and not (letter.truncated and len(text) - match.start() < 400):
            span = sentence_at(text, match.start())
            findings.append(
                Finding(
                    "exemption_not_specified",
                    "error",
                    "The letter refuses information without naming the provision relied on.",
                    _law(letter, "s17(1)(b)", "reg 14(3)(a)", "s16(1)(c)"),
                    quote(text, span.start, span.end),
                )
            )
    if letter.regime != "eir" and "cost" not in roles and not findings:
        cost = cues.COST.search(text)
        if cost is not None:
            span = sentence_at(text, cost.start())
            findings.append(
                Finding(
                    "exemption_not_specified",
                    "error",
                    "The letter refuses on cost without saying that section 12 applies.",
                    _law(letter, "s17(5)", "reg 12(4)(b)", "s16(4)"),
                    quote(text, span.start, span.end),
                )
            )
    accessible_cited = any(
        c.citation.section in ("s21", "s25") or c.canonical.startswith("reg6") for c in letter.cited
    )
    if not findings and not accessible_cited:
        for answer in letter.answers:
            if answer.outcome != "reasonably_accessible":
                continue
            item = letter.located.get(answer.question_id)
            body = item.text if item else text
            match = cues.ACCESSIBLE.search(body)
            evidence = quote(body, *_around(body, match.start() if match else 0))
            findings.append(
                Finding(
                    "exemption_not_specified",
                    "warning",
                    "The letter points to information published elsewhere without citing the "
                    + ("reg 6(1)(b) exception." if letter.regime == "eir" else "s21 exemption."),
                    _law(letter, "s21, s17(1)(b)", "reg 6(1)(b)", "s25, s16(1)(c)"),
                    evidence,
                    answer.question_id,
                )
            )
            break
    return findings


def _around(text: str, position: int) -> tuple[int, int]:
    span = sentence_at(text, position)
    return span.start, span.end


def exemption_subsection_not_specified(letter: Letter) -> list[Finding]:
    """FOIA s17(1)(b): specifying 'the exemption in question' means the subsection (and limb)
    whose test was applied: s43(1) trade secrets is not s43(2) prejudice, and s31(1) has ten
    purposes."""
    need_sub = NEEDS_SUBSECTION[letter.regime]
    need_para = NEEDS_PARAGRAPH[letter.regime]
    own = [c for c in letter.exemptions if c.regime == letter.regime]
    findings: list[Finding] = []
    reported: set[str] = set()
    for cited in own:
        section = cited.citation.section
        same = [c for c in own if c.citation.section == section]
        vague: str | None = None
        if cited.canonical == section and section in need_sub:
            if not any(c.citation.has_subsection for c in same):
                vague = "subsection"
        elif cited.canonical in need_para:
            deeper = [c for c in same if c.canonical.startswith(cited.canonical + "(")]
            ncnd_only = cited.is_ncnd
            if not deeper and not ncnd_only:
                vague = "paragraph"
        if vague is None or section in reported:
            continue
        reported.add(section)
        findings.append(
            Finding(
                "exemption_subsection_not_specified",
                "warning",
                f"“{cited.citation.raw.strip()}” does not say which {vague} is relied on.",
                _law(letter, "s17(1)(b)", "reg 14(3)(a)", "s16(1)(c)"),
                quote(letter.text, *_around(letter.text, cited.citation.start)),
            )
        )
    return findings


_QUESTION_HEADING = re.compile(r"^[ \t]*(?:question|q)[ \t]*\d{1,3}\b[^\n]{0,60}$", re.I | re.M)


def _section_bounds(text: str, at: int) -> tuple[int, int]:
    """The span between the "Question N" headings around `at` (the whole letter if none)."""
    low, high = 0, len(text)
    for heading in _QUESTION_HEADING.finditer(text):
        if heading.start() <= at:
            low = heading.start()
        else:
            high = heading.start()
            break
    return low, high


def ncnd_without_ncnd_subsection(letter: Letter) -> list[Finding]:
    """FOIA s17(1) and s2(1): an NCND reply must cite, for each exemption it relies on, the
    provision that removes the duty to confirm or deny (s31(3), s24(2), s40(5A)/(5B) ...), not the
    withholding subsections; FOISA s18; EIR reg 12(6) and reg 13(5A)/(5B)."""
    text = letter.text
    # EIR reg 12(4)(a) says the information is not held: it answers the question, so it is never
    # the withholding provision an NCND reply should have replaced (a neighbouring not-held
    # answer must not be read as part of the NCND notice).
    exemptions = [c for c in letter.exemptions if not c.canonical.startswith("reg12(4)(a)")]
    with_ncnd = {id(c.provision) for c in exemptions if c.is_ncnd and c.provision is not None}
    any_ncnd = any(c.is_ncnd for c in exemptions)
    for match in cues.NCND.finditer(text):
        sentence = sentence_at(text, match.start())
        # Stay inside this question's part of the letter: a neighbouring answer's citation (a
        # withholding exemption for the next question) is not part of this NCND notice.
        low, high = _section_bounds(text, sentence.start)
        window = [
            c
            for c in exemptions
            if max(low, sentence.start - 300) <= c.citation.start <= min(high, sentence.end + 500)
        ]
        if not window:
            continue
        close = [
            c
            for c in window
            if sentence.start <= c.citation.start <= sentence.end + 250 and c.provision is not None
        ]
        if letter.regime == "foisa":
            # FOISA s18 is one NCND provision for all the exemptions it covers.
            missing = [] if any_ncnd else close or window
        else:
            missing = [c for c in close if id(c.provision) not in with_ncnd]
            if not close and not any(c.is_ncnd for c in window) and not any_ncnd:
                missing = window
        if not missing:
            return []
        legacy = [c for c in missing if c.is_legacy_ncnd]
        shown = ", ".join(dict.fromkeys(c.label for c in missing))
        if legacy:
            message = (
                f"The NCND reply cites {legacy[0].label}, the numbering before the Data Protection "
                "Act 2018; cite s40(5A) or s40(5B)."
            )
        else:
            message = (
                f"The letter neither confirms nor denies but cites {shown}, not the provision "
                "that removes the duty to confirm or deny."
            )
        first = min(missing, key=lambda c: c.citation.start)
        return [
            Finding(
                "ncnd_without_ncnd_subsection",
                "error",
                message,
                _law(letter, "s17(1), s2(1)", "reg 12(6)", "s18"),
                quote(text, first.citation.start, first.citation.end),
            )
        ]
    return []


def _pit_sentences(letter: Letter) -> list[Span]:
    """Sentences that weigh the public interest (not those saying no weighing is needed)."""
    return [
        s
        for s in sentences(letter.text)
        if cues.PUBLIC_INTEREST.search(s.text)
        and cues.STRONG_PIT.search(s.text)
        and not cues.PIT_NOT_NEEDED.search(s.text)
    ]


def qualified_exemption_without_pit(letter: Letter) -> list[Finding]:
    """FOIA s2(2)(b) and s17(3): a qualified exemption needs the public interest test and its
    reasons; EIR reg 12(1)(b) and reg 14(3)(b); FOISA s2(1)(b) and s16(2).

    EIR reg 12(4)(a) (information not held) is left out: there is nothing to weigh when the
    information does not exist, and the ICO does not expect a balance for it."""
    qualified = [
        c
        for c in _main_exemptions(letter)
        if c.status == "qualified" and not c.canonical.startswith("reg12(4)(a)")
    ]
    if not qualified or cues.PUBLIC_INTEREST.search(letter.text):
        return []
    first = min(qualified, key=lambda c: c.citation.start)
    if not _seen_enough(letter, first.citation.start):
        return []
    return [
        Finding(
            "qualified_exemption_without_pit",
            "error",
            f"{first.label} is a qualified {_term(letter)} but the letter gives no public interest "
            "test.",
            _law(letter, "s17(3)", "reg 12(1)(b), reg 14(3)(b)", "s16(2)"),
            quote(letter.text, *_around(letter.text, first.citation.start)),
        )
    ]


def prejudice_without_harm_explanation(letter: Letter) -> list[Finding]:
    """FOIA s17(1)(c): a prejudice-based exemption must say why it applies, that is what harm
    disclosure would (or would be likely to) cause; EIR reg 12(5) adverse effect; FOISA s16(1)(d)."""
    prejudice = [c for c in _main_exemptions(letter) if c.test == "prejudice"]
    if not prejudice:
        return []
    explained = any(
        cues.HARM.search(s.text) and not _TEST_LABEL.search(s.text)
        for s in sentences(letter.text)
    )
    if explained:
        return []
    first = min(prejudice, key=lambda c: c.citation.start)
    if not _seen_enough(letter, first.citation.start):
        return []
    return [
        Finding(
            "prejudice_without_harm_explanation",
            "error",
            f"{first.label} needs the harm that disclosure would cause, and the letter does not "
            "explain any.",
            _law(letter, "s17(1)(c)", "reg 12(5), reg 14(3)(a)", "s16(1)(d)"),
            quote(letter.text, *_around(letter.text, first.citation.start)),
        )
    ]


def public_interest_applied_to_absolute_exemption(letter: Letter) -> list[Finding]:
    """FOIA s2(3) / FOISA s2(2): absolute exemptions carry no public interest test; weighing one
    suggests the officer misread the exemption (and invites a challenge on the balance)."""
    if letter.regime == "eir":
        return []
    exemptions = _main_exemptions(letter)
    absolute = [c for c in exemptions if c.status == "absolute" and c.regime == letter.regime]
    if not absolute:
        return []
    others = [c for c in exemptions if c.status != "absolute"]
    for sentence in _pit_sentences(letter):
        inside = [a for a in absolute if sentence.start <= a.citation.start < sentence.end]
        if others and not inside:
            continue
        named = inside or absolute
        if all(c.citation.section in ("s41", "s36") for c in named) and _CONFIDENCE_DEFENCE.search(
            sentence.text
        ):
            continue
        return [
            Finding(
                "public_interest_applied_to_absolute_exemption",
                "warning",
                f"{named[0].label} is an absolute exemption, yet the letter weighs the public "
                "interest.",
                _law(letter, "s2(3)", "reg 12(1)", "s2(2)"),
                quote(letter.text, sentence.start, sentence.end),
            )
        ]
    return []


def prejudice_test_for_class_exemption(letter: Letter) -> list[Finding]:
    """A class-based exemption (FOIA s30, s35, s42, s43(1) ...) is engaged by the kind of
    information, not by harm; describing it as prejudice-based applies the wrong test."""
    for sentence in sentences(letter.text):
        if not _TEST_LABEL.search(sentence.text) or _NO_TEST_NEEDED.search(sentence.text):
            continue
        inside = [
            c
            for c in _main_exemptions(letter)
            if sentence.start <= c.citation.start < sentence.end
        ]
        if inside and all(c.test == "class" for c in inside):
            return [
                Finding(
                    "prejudice_test_for_class_exemption",
                    "warning",
                    f"{inside[0].label} is a class-based {_term(letter)}; it needs no prejudice test.",
                    _law(letter, "s2(2), s17(1)(c)", "reg 12(4)", "s2(1), s16(1)(d)"),
                    quote(letter.text, sentence.start, sentence.end),
                )
            ]
    return []


def ncnd_mixed_with_withholding(letter: Letter) -> list[Finding]:
    """FOIA s1(1)(a) and s17(1): neither confirming nor denying (s23(5), s24(2), s31(3) ...) and
    withholding information that is confirmed as held (s40(2) ...) are different answers; listing
    the NCND provisions under "information has been withheld" leaves the requester unable to tell
    what is held."""
    text = letter.text
    for match in REFUSAL.finditer(text):
        sentence = sentence_at(text, match.start())
        if cues.NCND.search(text, max(0, sentence.start - 400), sentence.end + 600):
            continue
        listed = [
            c for c in letter.exemptions if sentence.start <= c.citation.start <= sentence.end + 500
        ]
        ncnd = [c for c in listed if c.is_ncnd]
        withholding = [c for c in listed if not c.is_ncnd and c.provision is not None]
        if ncnd and withholding:
            return [
                Finding(
                    "ncnd_mixed_with_withholding",
                    "warning",
                    f"{ncnd[0].label} (neither confirm nor deny) is listed with {withholding[0].label} "
                    "as a reason for withholding; say which parts are neither confirmed nor denied "
                    "and which are held and withheld.",
                    _law(letter, "s1(1)(a), s17(1)", "reg 12(6), reg 14(3)", "s18, s16"),
                    quote(text, sentence.start, sentence.end),
                )
            ]
    return []
