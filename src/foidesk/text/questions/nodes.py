"""An item of the question tree while it is being built."""

from __future__ import annotations

from dataclasses import dataclass, field

from foidesk.text.questions import asks
from foidesk.text.questions.model import Kind


@dataclass(eq=False)
class Node:
    """An item while the tree is being built (identity matters, so no value equality)."""

    text: str
    label: str | None = None
    style: str | None = None
    parent: Node | None = None
    condition: str | None = None
    refers_to: int | None = None
    group: Node | None = None
    follows: Node | None = None
    fixed_parent: bool = False
    kind: Kind = "question"
    role: asks.Role = "ask"
    lines: list[str] = field(default_factory=list)
