"""Reduce a pasted request to its own lines.

A request reaches foidesk pasted from an email, a web form, a WhatDoTheyKnow thread or a disclosure
log, so it carries headers, salutations, sign-offs, the site's footer, quoted replies and sometimes
the authority's response. None of that is a question; this module removes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.text.questions.markers import find_marker, is_bare_marker, split_inline_list

# A request is a few pages at most; beyond this the rest is not read (the CLI says so).
MAX_CHARS = 100_000
MAX_LINE = 5_000

_MOJIBAKE = {
    "┬┐": " – ", "â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€“": "–", "â€”": "—",
    "Â£": "£", "Â ": " ", "\u00a0": " ", "\u200b": "", "\ufeff": "",
}  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_START_MARKERS = re.compile(
    r"(?:foi request|request|the request|new request|your request|you asked|request details|"
    r"details of (?:the )?request|information requested|request for information|"
    r"freedom of information request|requested information)\s*[:.\-–]?\s*",
    re.I,
)
_STOP_MARKERS = re.compile(
    r"(?:foi response|response|our response|the response|response to request|reply|our reply|"
    r"answer|answers|decision|outcome|information (?:provided|released|disclosed)|"
    r"response from [\w ]{2,60})\s*[:.\-–]?",
    re.I,
)
# Disclosure logs restate the request inside the response letter: what follows these is the request.
_RESTATED_REQUEST = re.compile(
    r"(?:i note you seek access to the following information|"
    r".{0,120}\byour (?:request|email|e-mail)\b.{0,160}\b(?:as follows|the following|which (?:reads|read|stated|states))|"
    r"(?:you|your request) (?:asked|requested|stated|read)(?: for)?(?: the following)?)\s*:\s*",
    re.I,
)
_RESPONSE_OPENING = re.compile(
    r"please find (?:the |our |my )?(?:[\w ]{0,40} )?response (?:set out )?below", re.I
)
# "Response: 212 charging points." under a question: the answer, with more questions to come.
_INLINE_ANSWER = re.compile(r"(?:response|our response|answer|reply)\s*:\s*\S", re.I)
_EMAIL_HEADER = re.compile(
    r"(?:from|sent|to|cc|bcc|subject|date|reply-to|importance|attachments?)\s*:\s", re.I
)
_THREAD_SEPARATOR = re.compile(
    r"-{2,}\s*(?:original message|forwarded message)\s*-{2,}|_{10,}|-{10,}|={10,}|"
    r"on .{3,160} wrote:",
    re.I,
)
_SALUTATION = re.compile(
    r"(?:dear|hello|hi|good (?:morning|afternoon|evening)|to whom it may concern)\b[^.?!]{0,80}[,.:!]?",
    re.I,
)
_SIGN_OFF = re.compile(
    r"(?:yours (?:faithfully|sincerely|truly)|kind(?:est)? regards|best regards|warm regards|"
    r"many thanks|thanks(?: in advance)?|thank you(?: in advance)?|regards|best wishes|"
    r"with thanks|sincerely|respectfully)\s*[,.!]?",
    re.I,
)
_WDTK_FOOTER = re.compile(
    r"please use this email address for all replies|"
    r"this request has been made by an individual using whatdotheyknow|"
    r"the wrong address for freedom of information requests|"
    r"disclaimer: this message and any reply|"
    r"if you find this service useful as an foi officer|"
    r"for more detailed guidance on safely disclosing information",
    re.I,
)
_WDTK_DROP = re.compile(
    r"please pass this on to the person who conducts freedom of information reviews|"
    r"a full history of my foi request and all correspondence is available|"
    r"^https?://\S+$|^\[?(?:foi|eir) #\d+ email\]?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Line:
    """One logical line of the request and whether a blank line came before it."""

    text: str
    blank_before: bool
    indent: int = 0


def normalise(text: str) -> str:
    """Unify newlines, repair common mis-encodings and drop control characters."""
    # A tab after a number ("1<TAB>How many") is how tables and Word lists paste: keep it wide.
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n").replace("\t", "  ")
    for bad, good in _MOJIBAKE.items():
        text = text.replace(bad, good)
    return _CONTROL.sub("", text)


def _is_sign_off(line: str) -> bool:
    return len(line) <= 40 and _SIGN_OFF.fullmatch(line) is not None


def _joins_previous(previous: str, line: str) -> bool:
    """A hard-wrapped email line continues the one above it."""
    if not previous or find_marker(line) is not None:
        return False
    if previous.endswith((".", "?", "!", ":", ";")):
        return False
    return line[0].islower() or len(previous) >= 65


def _attach_bare_markers(raw: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for line, indent in raw:
        if carry is not None and line:
            out.append((f"{carry[0]} {line}", carry[1]))
            carry = None
        elif is_bare_marker(line):
            carry = (line, indent)
        elif line or carry is None:
            out.append((line, indent))
    if carry is not None:
        out.append(carry)
    return out


def _more_items_follow(raw: list[str], position: int) -> bool:
    """Whether a numbered or lettered item comes within the next few lines (answers interleaved)."""
    for line in raw[position + 1 : position + 30]:
        if line and find_marker(line) is not None and not _INLINE_ANSWER.match(line):
            return True
    return False


def request_lines(text: str) -> list[Line]:
    """The request's own lines, without headers, salutations, sign-offs, footers or responses."""
    pairs = _attach_bare_markers(
        [
            (line.strip()[:MAX_LINE], len(line) - len(line.lstrip()))
            for line in normalise(text).split("\n")
        ]
    )
    raw = [line for line, _ in pairs]
    lines: list[Line] = []
    blank = False
    seen_content = False
    for position, line in enumerate(raw):
        if not line:
            blank = True
            continue
        if line.startswith(">"):
            continue
        if _WDTK_FOOTER.search(line):
            break
        if _THREAD_SEPARATOR.fullmatch(line):
            if seen_content:
                break
            continue
        if seen_content and (_STOP_MARKERS.fullmatch(line) or _RESPONSE_OPENING.match(line)):
            break
        if seen_content and _INLINE_ANSWER.match(line):
            if not _more_items_follow(raw, position):
                break
            blank = True
            continue
        restated = _RESTATED_REQUEST.fullmatch(line)
        if restated is not None:
            lines.clear()
            seen_content = False
            blank = True
            continue
        start = _START_MARKERS.fullmatch(line)
        if start is not None and position < 40:
            # Whatever came before "Request:" was the page's title or reference.
            lines.clear()
            seen_content = False
            blank = True
            continue
        if _EMAIL_HEADER.match(line) and not seen_content:
            continue
        if _WDTK_DROP.search(line):
            blank = True
            continue
        if not seen_content and _SALUTATION.fullmatch(line) and len(line) <= 80:
            blank = True
            continue
        if _is_sign_off(line) and seen_content:
            break
        inline = _START_MARKERS.match(line)
        if inline is not None and line[: inline.end()].rstrip().endswith(":") and not seen_content:
            line = line[inline.end() :].strip()
        if lines and not blank and _joins_previous(lines[-1].text, line):
            lines[-1] = Line(lines[-1].text + " " + line, lines[-1].blank_before)
        else:
            lines.append(Line(line, blank or not lines, pairs[position][1]))
        blank = False
        seen_content = True
    return [
        Line(part, line.blank_before and n == 0, line.indent)
        for line in lines
        for n, part in enumerate(split_inline_list(line.text))
    ]
