"""What the checker asks the law engine about the provisions a letter cites.

The catalogue (foidesk.law.catalogue) holds the facts: whether an exemption is absolute, whether
its test is a class or a prejudice test, and which subsection removes the duty to confirm or deny.
This module reads a letter's citation against it, choosing the statute by the citation's own form:
"regulation 12(5)(b)" is the EIR even in a FOIA letter, and "section 40(2)" in an EIR letter is
FOIA wording (which the terminology rule reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from foidesk.law import catalogue
from foidesk.law.catalogue import Provision
from foidesk.text.checking.citations import Citation

Role = Literal["exemption", "cost", "vexatious", "other"]

REGIMES = ("foia", "eir", "foisa")
SHORT_NAMES = {"foia": "FOIA", "eir": "EIR", "foisa": "FOISA"}


@dataclass(frozen=True)
class Cited:
    """A citation read against the catalogue."""

    citation: Citation
    regime: str
    role: Role
    provision: Provision | None

    @property
    def canonical(self) -> str:
        return self.citation.canonical

    @property
    def label(self) -> str:
        """How a finding cites it: 'FOIA s31(1)', 'EIR reg 12(5)(b)'."""
        c = self.canonical
        shown = f"reg {c[3:]}" if c.startswith("reg") else c
        return f"{SHORT_NAMES[self.regime]} {shown}"

    @property
    def status(self) -> str | None:
        """absolute / qualified / absolute_in_part for the subsection cited."""
        if self.provision is None:
            return None
        best = None
        for part in self.provision.parts:
            if part.status is not None and _within(self.canonical, part.subsection):
                if best is None or len(part.subsection) > len(best.subsection):
                    best = part
        return best.status if best is not None else self.provision.status

    @property
    def test(self) -> str | None:
        """class / prejudice / other for the subsection cited."""
        if self.provision is None:
            return None
        best = None
        for part in self.provision.parts:
            if part.test is not None and _within(self.canonical, part.subsection):
                if best is None or len(part.subsection) > len(best.subsection):
                    best = part
        return best.test if best is not None else self.provision.test

    @property
    def is_ncnd(self) -> bool:
        """The citation is itself a provision removing the duty to confirm or deny."""
        return catalogue.is_ncnd_provision(self.regime, self.canonical)

    @property
    def is_legacy_ncnd(self) -> bool:
        """Old numbering (FOIA s40(5) before the Data Protection Act 2018 split it into 5A/5B)."""
        return catalogue.is_legacy_ncnd(self.regime, self.canonical)


def _within(cited: str, base: str) -> bool:
    return cited == base or cited.startswith(base + "(")


def _regime_for(citation: Citation, regime: str) -> str:
    if citation.unit == "reg":
        return "eir"
    return "foia" if regime == "eir" else regime


def read(citation: Citation, regime: str) -> Cited:
    """Classify one citation: an exemption (or exception), the cost limit, vexatiousness, or
    something else (s1, s16, s17 ...)."""
    own = _regime_for(citation, regime)
    section = citation.section
    if own in ("foia", "foisa") and section == "s12":
        return Cited(citation, own, "cost", None)
    if own in ("foia", "foisa") and section == "s14":
        return Cited(citation, own, "vexatious", None)
    provision = catalogue.resolve_citation(own, citation.canonical)
    if provision is None:
        if catalogue.is_ncnd_provision(own, citation.canonical):
            return Cited(citation, own, "exemption", None)
        return Cited(citation, own, "other", None)
    return Cited(citation, own, "exemption", provision)


def read_all(citations: list[Citation], regime: str) -> list[Cited]:
    return [read(c, regime) for c in citations]
