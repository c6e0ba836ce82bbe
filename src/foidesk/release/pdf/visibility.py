"""Which optional-content groups (layers) a viewer hides when the file opens.

Text in a layer that is OFF by default is invisible to a reader but still in the file: the
scanner reports it as `invisible_text` and the cleaner removes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral


@dataclass(frozen=True, slots=True)
class Visibility:
    """The default configuration (/OCProperties /D) of a document's layers."""

    base_off: bool
    on: frozenset[int]
    off: frozenset[int]

    @classmethod
    def from_catalog(cls, catalog: object) -> Visibility:
        props = resolve1(catalog.get("OCProperties")) if isinstance(catalog, dict) else None
        default = resolve1(props.get("D")) if isinstance(props, dict) else None
        if not isinstance(default, dict):
            return cls(False, frozenset(), frozenset())
        base = resolve1(default.get("BaseState"))
        return cls(
            isinstance(base, PSLiteral) and base.name == "OFF",
            _ids(default.get("ON")),
            _ids(default.get("OFF")),
        )

    @property
    def has_layers(self) -> bool:
        return self.base_off or bool(self.off)

    def group_hidden(self, ref: object) -> bool:
        oid = ref.objid if isinstance(ref, PDFObjRef) else None
        if oid is None:
            return False
        if oid in self.off:
            return True
        return self.base_off and oid not in self.on

    def is_hidden(self, target: object) -> bool:
        """True when the group or membership dictionary `target` is off by default."""
        if target is None or not self.has_layers:
            return False
        value = resolve1(target)
        if not isinstance(value, dict):
            return False
        kind = resolve1(value.get("Type"))
        if isinstance(kind, PSLiteral) and kind.name == "OCMD":
            groups = resolve1(value.get("OCGs"))
            refs = list(groups) if isinstance(groups, list) else [groups]
            states = [self.group_hidden(r) for r in refs if r is not None]
            if not states:
                return False
            policy = resolve1(value.get("P"))
            name = policy.name if isinstance(policy, PSLiteral) else "AnyOn"
            if name == "AllOn":
                return any(states)
            if name == "AnyOff":
                return not any(states)
            if name == "AllOff":
                return not all(states)
            return all(states)
        return self.group_hidden(target)


def _ids(value: object) -> frozenset[int]:
    items = resolve1(value)
    if not isinstance(items, list):
        return frozenset()
    return frozenset(i.objid for i in items if isinstance(i, PDFObjRef))
