"""The question tree a request is split into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["question", "heading", "breakdown", "instruction"]
KINDS: tuple[Kind, ...] = ("question", "heading", "breakdown", "instruction")


@dataclass(frozen=True, slots=True)
class QuestionItem:
    """One entry of a request, in document order.

    `id` is positional and stable for the same text: top-level items are `q1`, `q2`, ...;
    children append their place among their siblings (`q5.2`, `q5.2.1`); instructions, which are
    scope statements rather than questions, are numbered on their own (`n1`, `n2`, ...) so that they
    never shift the numbering of the questions.
    """

    id: str
    label: str | None
    text: str
    kind: Kind
    parent: str | None
    condition: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "label": self.label,
            "text": self.text,
            "kind": self.kind,
            "parent": self.parent,
            "condition": self.condition,
        }
