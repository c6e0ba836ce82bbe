"""The law catalogue, seen from a letter: what a cited provision is called and how it works.

Letters cite subsections ("s31(1)(a)", "reg12(5)(b)"); the catalogue (`foidesk.law.catalogue`)
holds whole exemptions with their parts. This module resolves one to the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from foidesk.law.catalogue import (
    Provision,
    is_ncnd_provision,
    resolve_citation,
    status_of,
)
from foidesk.law.citations import is_within, normalise_citation
from foidesk.text.letters.case import Regime


class UnknownProvisionError(ValueError):
    """A citation that names no exemption or exception of the regime."""


@dataclass(frozen=True)
class Cited:
    """One provision as a letter cites it."""

    code: str  # canonical, as cited: "s31(1)(a)", "reg12(5)(b)", "s18(1)"
    entry: Provision | None  # the catalogue entry; None for FOISA s18, which serves many
    title: str
    status: str  # absolute | qualified | absolute_in_part, for the cited subsection
    test: str  # class | prejudice | other, for the cited subsection
    ncnd: bool  # the cited provision removes the duty to confirm or deny


def canonical(regime: Regime, code: str) -> str:
    """'section 31 (1)(a)' -> 's31(1)(a)'; raises for text that cites nothing."""
    found = normalise_citation(regime.value, code)
    if found is None:
        raise UnknownProvisionError(f"{code!r} is not a provision citation")
    return found


def harm_test_of(entry: Provision, code: str) -> str:
    """The harm test of the most specific part that states one (FOIA s43(1) class, s43(2)
    prejudice; FOISA s31(1) other, s31(4) prejudice), else the entry's own."""
    best = None
    for part in entry.parts:
        if part.test is not None and is_within(code, part.subsection):
            if best is None or len(part.subsection) > len(best.subsection):
                best = part
    return best.test if best is not None and best.test is not None else entry.test


def cite_one(regime: Regime, text: str) -> Cited:
    code = canonical(regime, text)
    ncnd = is_ncnd_provision(regime.value, code)
    if regime is Regime.FOISA and is_within(code, "s18"):
        # FOISA s18(1): one NCND provision for ss. 28-35, 38, 39(1) and 41; its status and
        # test are those of the exemption it is used with (see `Claim.engaged`).
        return Cited(code, None, "neither confirm nor deny", "qualified", "other", True)
    entry = resolve_citation(regime.value, code)
    if entry is None:
        raise UnknownProvisionError(
            f"{code} is not an {'exception' if regime is Regime.EIR else 'exemption'} "
            f"of {regime.value.upper()}"
        )
    status = status_of(regime.value, code) or entry.status
    return Cited(code, entry, entry.title, status, harm_test_of(entry, code), ncnd)


def cite_all(regime: Regime, texts: list[str]) -> list[Cited]:
    return [cite_one(regime, text) for text in texts]
