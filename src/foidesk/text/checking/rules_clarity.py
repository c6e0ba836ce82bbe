"""Faults careful officers also flag (from the development corpus's annotations): references to
links that are not there, the wrong title for the Fees Regulations, an environmental reply that
never says it was handled under the EIR, several questions answered as one, and reasons left to an
attachment."""

from __future__ import annotations

import re

from foidesk.text.checking import cues
from foidesk.text.checking.anchors import question_keys
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding
from foidesk.text.checking.text import quote, sentence_at

_URL = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:gov|org|co|ac|nhs|police|scot|wales|uk|com|net)\b|@", re.I
)
_POINTS_TO = re.compile(
    r"\b(?:link|links|online|web\s*site|web\s*page|webpage|here|url)\b[^\n]{0,60}:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_LINK_ABOVE = re.compile(r"\blink\s+above\b|\babove\s+link\b", re.IGNORECASE)
_LINK_BELOW = re.compile(r"\blink\s+below\b|\bbelow\s+link\b|\bfollowing\s+link\b", re.IGNORECASE)
_EXPLAINS = re.compile(r"explanat|guidance|notes|reasons|exemptions?\b", re.IGNORECASE)
_FEES_TITLE = re.compile(
    r"Freedom\s+of\s+Information[^.\n]{0,90}?Regulations(?:\s+2004)?", re.IGNORECASE
)
_RIGHT_FEES_TITLE = re.compile(
    r"Freedom\s+of\s+Information\s+and\s+Data\s+Protection\s+\(Appropriate\s+Limit\s+and\s+Fees\)"
    r"\s+Regulations",
    re.IGNORECASE,
)
_EIR_NAMED = re.compile(
    r"Environmental\s+Information\s+Regulations|\bEIRs?\b|\bregulation\s+\d|\breg\.?\s?\d", re.I
)


def dangling_reference(letter: Letter) -> list[Finding]:
    """FOIA s16 and s17: a notice that sends the requester to a link must give the link; "shown
    here:" followed by nothing leaves the answer (or the reasons) missing."""
    text = letter.text
    for match in _POINTS_TO.finditer(text):
        following = text[match.end() : match.end() + 300].strip().split("\n", 1)[0]
        if _URL.search(match.group(0)) or _URL.search(following):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        return [_dangling(letter, line_start, match.end())]
    for match in _LINK_ABOVE.finditer(text):
        if not _URL.search(text[: match.start()]):
            span = sentence_at(text, match.start())
            return [_dangling(letter, span.start, span.end)]
    for match in _LINK_BELOW.finditer(text):
        if not _URL.search(text[match.end() : match.end() + 600]):
            span = sentence_at(text, match.start())
            return [_dangling(letter, span.start, span.end)]
    return []


def _dangling(letter: Letter, start: int, end: int) -> Finding:
    if _EXPLAINS.search(letter.text[start:end]):
        # The link stands where the notice's own explanation should be.
        return Finding(
            "external_link_instead_of_explanation",
            "warning",
            "The letter sends the requester to a link for its explanation, and the link is not "
            "there; the notice should explain itself.",
            {"foia": "FOIA s17(1)(c)", "eir": "EIR reg 14(3)", "foisa": "FOISA s16(1)(d)"}[
                letter.regime
            ],
            quote(letter.text, start, end),
        )
    return Finding(
        "dangling_reference",
        "warning",
        "The letter refers the requester to a link that is not in it.",
        {"foia": "FOIA s16", "eir": "EIR reg 9", "foisa": "FOISA s15"}[letter.regime],
        quote(letter.text, start, end),
    )


def wrong_regulation_title(letter: Letter) -> list[Finding]:
    """The cost limit is set by the Freedom of Information and Data Protection (Appropriate Limit
    and Fees) Regulations 2004 (SI 2004/3244); a wrong title sends the requester looking for
    regulations that do not exist."""
    if letter.regime == "foisa":
        return []
    for match in _FEES_TITLE.finditer(letter.text):
        title = match.group(0)
        if not re.search(r"fees|appropriate\s+limit", title, re.IGNORECASE):
            continue
        if _RIGHT_FEES_TITLE.search(title):
            continue
        return [
            Finding(
                "wrong_regulation_title",
                "advice",
                "The Fees Regulations are the Freedom of Information and Data Protection "
                "(Appropriate Limit and Fees) Regulations 2004.",
                "SI 2004/3244",
                quote(letter.text, match.start(), match.end()),
            )
        ]
    return []


def regime_not_stated(letter: Letter) -> list[Finding]:
    """EIR reg 5 and FOIA s39: environmental information is requested under the EIR, and the reply
    should say so (its exceptions, time limits and review differ from FOIA's)."""
    if letter.regime != "eir" or _EIR_NAMED.search(letter.text):
        return []
    return [
        Finding(
            "regime_not_stated",
            "warning",
            "The reply never says the request was handled under the Environmental Information "
            "Regulations 2004.",
            "EIR reg 5; FOIA s39",
            quote(letter.text, 0, min(len(letter.text), 160)),
        )
    ]


def combined_answers(letter: Letter) -> list[Finding]:
    """FOIA s1(1): each question is owed its own answer; "Q1 & 2" leaves the requester to work
    out which part answers which."""
    if not letter.request_given:
        return []
    keys = question_keys(letter.questions)
    for match in re.finditer(
        r"^[ \t]*(?:Q(?:uestions?)?|Questions?)[ \t]*(\d{1,2})[ \t]*(?:&|and|\+)[ \t]*(?:Q[ \t]*)?"
        r"(\d{1,2})\b",
        letter.text,
        re.IGNORECASE | re.MULTILINE,
    ):
        first, second = keys.get(match.group(1)), keys.get(match.group(2))
        if first and second and first != second:
            line_end = letter.text.find("\n", match.start())
            return [
                Finding(
                    "combined_answers",
                    "advice",
                    f"Questions {match.group(1)} and {match.group(2)} are answered together; "
                    "answer each so the requester can tell which answer is which.",
                    {"foia": "FOIA s1(1), s16", "eir": "EIR reg 5(1), reg 9",
                     "foisa": "FOISA s1(1), s15"}[letter.regime],
                    quote(letter.text, match.start(), line_end if line_end != -1 else
                          len(letter.text)),
                )
            ]
    return []


def reasons_only_in_attachment(letter: Letter) -> list[Finding]:
    """FOIA s17(1)(c) and s17(3): the notice itself states why the exemption applies and the
    public interest reasons; an attachment the requester may never see (or a disclosure log that
    does not publish it) is not enough."""
    if not letter.exemptions:
        return []
    match = cues.ATTACHED_REASONS.search(letter.text)
    if match is None:
        return []
    if cues.STRONG_PIT.search(letter.text) and cues.HARM.search(letter.text):
        return []
    span = sentence_at(letter.text, match.start())
    return [
        Finding(
            "pit_or_reasons_only_in_attachment",
            "warning",
            f"The reasons for the {'exception' if letter.regime == 'eir' else 'exemption'} (harm, "
            "public interest) are left to an attachment.",
            {"foia": "FOIA s17(1)(c), s17(3)", "eir": "EIR reg 14(3)",
             "foisa": "FOISA s16(1)(d), s16(2)"}[letter.regime],
            quote(letter.text, span.start, span.end),
        )
    ]
