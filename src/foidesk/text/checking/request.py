"""The questions a letter answers: from the request when it is given, else from the letter's own
quotation of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.text.questions import parse_request

_ASKING = re.compile(
    r"^(?:please|provide|how|what|which|when|where|who|whom|whose|why|is|are|was|were|does|do|"
    r"did|has|have|had|can|could|will|would|list|state|confirm|give|supply|send|detail|details|"
    r"copies|copy|a copy|the number|the total|the names?|number of|total|any)\b",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"^\s*(?:[-–•*]\s+|(?:Q(?:uestion)?\s*)?\(?\d{1,2}[a-z]?[.):]\s+|\(?[a-z][.)]\s+|"
    r"\(?(?:i|ii|iii|iv|v|vi)[.)]\s+|If (?:yes|so|no)\b)",
    re.IGNORECASE,
)
_QUOTE_START = re.compile(
    r"(?:you asked|your request|you requested|you have requested|you seek|you wrote|"
    r"request(?:ed)? the following|information requested|replicated below|set out below)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Question:
    """One item of the request, as `foidesk.text.questions.parse_request` returns it."""

    id: str
    label: str | None
    text: str
    kind: str
    parent: str | None
    condition: str | None

    @property
    def asks(self) -> bool:
        """Headings and scope instructions ask nothing, so they get no answer."""
        return self.kind in ("question", "breakdown")


def split_request(text: str) -> list[Question]:
    """The request's questions, in document order, as `foidesk parse` splits them."""
    return [
        Question(item.id, item.label, item.text, item.kind, item.parent, item.condition)
        for item in parse_request(text)
    ]


def quoted_request(letter: str) -> str | None:
    """The request as the letter quotes it, or None when the letter does not quote it.

    Letters quote the request either in one block ("You asked: ...") or question by question, each
    followed by its answer. Either way the quoted questions are the lines that ask something: a
    question mark, or a labelled line that starts like a request ("1. How many ...").
    """
    lines = letter.splitlines()
    picked: list[str] = []
    in_block = False
    heading: str | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if heading is not None:
            # "Question 2" on a line of its own, the question itself on the next.
            asks = stripped.endswith("?") or _ASKING.match(stripped) or len(stripped.split()) >= 6
            if asks and len(stripped) < 600 and not _QUOTE_START.search(stripped):
                picked.append(f"{heading}. {stripped}")
            heading = None
            continue
        alone = re.fullmatch(r"(?:Question|Q)\s*(\d{1,2}[a-z]?)\s*[.:]?", stripped, re.IGNORECASE)
        if alone:
            heading = alone.group(1)
            continue
        if _QUOTE_START.search(stripped) and len(stripped) < 200:
            in_block = True
            continue
        labelled = _LABELLED.match(stripped)
        body = stripped[labelled.end() :] if labelled else stripped
        asks = stripped.endswith("?") or bool(_ASKING.match(body))
        if (labelled and (asks or in_block)) or (stripped.endswith("?") and len(stripped) < 400):
            picked.append(stripped)
        elif re.match(r"^(?:in response|our response|response|answer)\b", stripped, re.I):
            in_block = False
    if not picked:
        return None
    return "\n".join(picked)
