"""The questions a letter answers: from the request when it is given, else from the letter's own
quotation of it."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

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


def _from_item(item: Any) -> Question:
    return Question(
        id=str(item.id),
        label=None if item.label is None else str(item.label),
        text=str(item.text),
        kind=str(item.kind),
        parent=None if item.parent is None else str(item.parent),
        condition=None if item.condition is None else str(item.condition),
    )


def _parser() -> Any:
    # The request splitter is its own module (foidesk.text.questions); import it lazily so the
    # checker keeps working on a letter alone if that module cannot be loaded.
    try:
        module = importlib.import_module("foidesk.text.questions")
    except ImportError:
        return None
    return getattr(module, "parse_request", None)


def _simple_split(text: str) -> list[Question]:
    """Labelled lines and lines that ask something, flat; used only when the request splitter is
    not available."""
    found: list[Question] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        label_match = re.match(
            r"(?:Q(?:uestion)?\s*)?\(?(\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})[.):]\s", stripped, re.I
        )
        body = stripped[label_match.end() :] if label_match else stripped.lstrip("-–•* ")
        if label_match or stripped.endswith("?") or _ASKING.match(body):
            found.append(
                Question(
                    id=f"q{len(found) + 1}",
                    label=label_match.group(1) if label_match else None,
                    text=body.strip(),
                    kind="question",
                    parent=None,
                    condition=None,
                )
            )
    return found


def split_request(text: str) -> list[Question]:
    """The request's questions, in document order."""
    parse = _parser()
    if parse is None:
        return _simple_split(text)
    return [_from_item(item) for item in parse(text)]


def quoted_request(letter: str) -> str | None:
    """The request as the letter quotes it, or None when the letter does not quote it.

    Letters quote the request either in one block ("You asked: ...") or question by question, each
    followed by its answer. Either way the quoted questions are the lines that ask something: a
    question mark, or a labelled line that starts like a request ("1. How many ...").
    """
    lines = letter.splitlines()
    picked: list[str] = []
    in_block = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
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
