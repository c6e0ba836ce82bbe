"""Whether the public interest test applies to what an officer cites, limb by limb."""

from __future__ import annotations

from foidesk.law.catalogue import resolve_citation, status_of
from foidesk.law.citations import normalise_citation

UNDECIDED = "absolute_in_part"


def _condition(regime: str, cited: str) -> str | None:
    provision = resolve_citation(regime, cited)
    canonical = normalise_citation(regime, cited)
    if provision is None or canonical is None:
        return None
    for part in provision.parts:
        if part.subsection == canonical and part.condition:
            return part.condition
    return None


def effective_statuses(regime: str, cited: list[str]) -> set[str]:
    """FOIA s2(3)(fa): an absolute-in-part provision takes the status of the limb cited with it
    (s40(2) with s40(3A)(a), the first condition, is absolute; with s40(3B) or s40(4A) it is
    qualified). Cited alone it stays 'absolute_in_part' (undecided)."""
    statuses: set[str] = set()
    for code in cited:
        status = status_of(regime, code)
        if status != UNDECIDED:
            statuses.add(status or "qualified")
            continue
        base = resolve_citation(regime, code)
        limbs = [other for other in cited if other != code
                 and resolve_citation(regime, other) == base
                 and status_of(regime, other) in ("absolute", "qualified")]
        if not limbs:
            statuses.add(UNDECIDED)
    return statuses


def undecided_limb_message(regime: str, cited: list[str]) -> str | None:
    """FOIA s2(3)(fa): an absolute-in-part provision whose catalogue entry states the condition
    that decides it (s40(2): s40(3A)) needs that limb named; None when nothing is undecided."""
    for code in cited:
        if status_of(regime, code) != UNDECIDED or UNDECIDED not in effective_statuses(
                regime, [c for c in cited if resolve_citation(regime, c)
                         == resolve_citation(regime, code)]):
            continue
        condition = _condition(regime, code)
        if condition and regime == "foia" and code == "s40(2)":
            return ("s40(2) is absolute where the first condition applies: add s40(3A)(a) for "
                    "the ordinary refusal (no public interest test, s2(3)(fa)), or s40(3B) / "
                    "s40(4A), which are qualified.")
        if condition:
            return (f"{code} is absolute only in part ({condition}): cite also the condition "
                    "relied on.")
    return None
