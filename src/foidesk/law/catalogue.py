"""The exemption catalogue: every FOIA exemption (ss. 21-44 with 22A), every EIR exception
(reg 12(4), 12(5) and reg 13) and every FOISA exemption (ss. 25-41).

Entries come from the validated data files; this module gives them a small, stable, typed face:

>>> get_provision("foia", "s31").ncnd
's31(3)'
>>> resolve_citation("foia", "section 31(1)(a)").code
's31'
>>> is_ncnd_provision("foia", "s40(5B)(a)(i)")
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from foidesk.law.citations import cite, is_within, legislation_url, normalise_citation
from foidesk.law.regimes import normalise_regime, regime_data
from foidesk.law.schema import ProvisionData

Status = Literal["absolute", "qualified", "absolute_in_part"]
Test = Literal["class", "prejudice", "other"]


@dataclass(frozen=True)
class Part:
    """A subsection whose status, test or NCND differs from its entry as a whole."""

    subsection: str
    status: Status | None
    test: Test | None
    ncnd: bool | None
    condition: str | None
    note: str | None


@dataclass(frozen=True)
class Provision:
    """One exemption or exception.

    `status` follows FOIA s2(3) / FOISA s2(2) (EIR reg 12(1)(b): every reg 12 exception is
    qualified). `ncnd` is the provision that removes the duty to confirm or deny, in canonical form
    ("s31(3)", "reg12(6)", FOISA "s18"), or None where there is none (FOIA s21).
    """

    regime: str
    code: str
    citation: str
    title: str
    status: Status
    test: Test
    test_detail: str
    ncnd: str | None
    ncnd_provisions: tuple[str, ...]
    explanation: str
    absolute_parts: tuple[str, ...]
    absolute_condition: str | None
    parts: tuple[Part, ...]
    legacy_ncnd: tuple[str, ...]
    aliases: tuple[str, ...]
    ncnd_note: str | None
    emissions_override: bool
    notes: str | None
    verification: str
    url: str
    # Citations that identify this entry: its code, NCND provisions not shared with other
    # entries (FOISA s18 serves many, so it identifies none), historic numbering and aliases.
    match_bases: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def public_interest_test(self) -> bool:
        """True when at least part of the provision is subject to the public interest test."""
        return self.status != "absolute"

    def covers(self, canonical: str) -> bool:
        """True when a canonical citation falls within this entry (its own subsections, its NCND
        provisions, historic NCND numbering, or an alias such as EIR reg 12(3) for reg 13)."""
        return any(is_within(canonical, base) for base in self.match_bases)


def _provision(regime: str, data: ProvisionData) -> Provision:
    short = regime_data(regime).short_name
    ncnd_provisions = tuple(data.ncnd_provisions) or ((data.ncnd,) if data.ncnd else ())
    parts = tuple(
        Part(p.subsection, p.status, p.test, p.ncnd, p.condition, p.note) for p in data.parts
    )
    absolute_parts = tuple(p.subsection for p in parts if p.status == "absolute")
    shared = {other.provision for other in regime_data(regime).other_ncnd}
    own_ncnd = tuple(n for n in ncnd_provisions if n not in shared)
    return Provision(
        regime=regime,
        code=data.code,
        citation=f"{short} {cite(regime, data.code)}",
        title=data.title,
        status=data.status,
        test=data.test,
        test_detail=data.test_detail,
        ncnd=data.ncnd,
        ncnd_provisions=ncnd_provisions,
        explanation=data.explanation,
        absolute_parts=absolute_parts,
        absolute_condition=data.absolute_condition,
        parts=parts,
        legacy_ncnd=tuple(data.legacy_ncnd),
        aliases=tuple(data.aliases),
        ncnd_note=data.ncnd_note,
        emissions_override=data.emissions_override,
        notes=data.notes,
        verification=data.verification,
        url=legislation_url(regime, data.code),
        match_bases=(data.code, *own_ncnd, *data.legacy_ncnd, *data.aliases),
    )


@cache
def _catalogue(regime: str) -> tuple[Provision, ...]:
    return tuple(_provision(regime, p) for p in regime_data(regime).exemptions)


def provisions(regime: str) -> list[Provision]:
    """Every exemption or exception of a regime, in statutory order."""
    return list(_catalogue(normalise_regime(regime)))


def get_provision(regime: str, code: str) -> Provision:
    """The entry with this canonical code ("s31", "reg12(4)(a)"); KeyError when there is none."""
    key = normalise_regime(regime)
    for provision in _catalogue(key):
        if provision.code == code:
            return provision
    raise KeyError(f"{key} has no exemption {code!r}")


def resolve_citation(regime: str, text: str) -> Provision | None:
    """The entry that contains the provision cited in `text` ("s31(1)(a)", "section 31(3)", "31",
    "regulation 12(5)(b)", "reg 13", "reg 12(6)" -> reg 12(5)(a)), or None.

    A citation wider than any one entry ("regulation 12(4)") or outside the catalogue
    ("s12", FOISA "s18") resolves to None.
    """
    key = normalise_regime(regime)
    canonical = normalise_citation(key, text)
    if canonical is None:
        return None
    for provision in _catalogue(key):
        if provision.covers(canonical):
            return provision
    return None


def is_ncnd_provision(regime: str, cited: str) -> bool:
    """True when `cited` is a provision that removes the duty to confirm or deny, or inside one.

    FOIA s1(6)/s2(1): the NCND subsection of each exemption (s31(3), s40(5A), s40(5B)(a)(i), ...)
    and s12(2) for cost; EIR reg 12(6) and reg 13(5A)/(5B); FOISA s18. Only the law in force
    counts: the pre-2018 FOIA s40(5) and EIR reg 13(5) are not (see `is_legacy_ncnd`).
    """
    key = normalise_regime(regime)
    canonical = normalise_citation(key, cited)
    if canonical is None:
        return False
    if any(is_within(canonical, other.provision) for other in regime_data(key).other_ncnd):
        return True
    provision = resolve_citation(key, cited)
    if provision is None:
        return False
    return any(is_within(canonical, base) for base in provision.ncnd_provisions)


def is_legacy_ncnd(regime: str, cited: str) -> bool:
    """True for an NCND provision in its pre-Data Protection Act 2018 numbering (FOIA s40(5),
    EIR reg 13(5)), which letters still cite although s40(5A)/(5B) and reg 13(5A)/(5B) replaced
    it: the NCND intent is clear but the subsection relied on is not specified (s17(1)(b))."""
    key = normalise_regime(regime)
    canonical = normalise_citation(key, cited)
    provision = resolve_citation(key, cited)
    if canonical is None or provision is None:
        return False
    return any(is_within(canonical, base) for base in provision.legacy_ncnd)


def _most_specific(provision: Provision, canonical: str, attribute: str) -> Part | None:
    best: Part | None = None
    for part in provision.parts:
        if getattr(part, attribute) is not None and is_within(canonical, part.subsection):
            if best is None or len(part.subsection) > len(best.subsection):
                best = part
    return best


def harm_test_of(regime: str, cited: str) -> Test | None:
    """The harm test of the cited subsection: the most specific part that states one, else the
    entry's own (FOIA s43(1) class, s43(2) prejudice; FOISA s31(4) prejudice); None when unknown."""
    key = normalise_regime(regime)
    canonical = normalise_citation(key, cited)
    provision = resolve_citation(key, cited)
    if canonical is None or provision is None:
        return None
    best = _most_specific(provision, canonical, "test")
    return best.test if best is not None else provision.test


def status_of(regime: str, cited: str) -> Status | None:
    """The status of the cited subsection: the most specific part that states one, else the
    entry's own status (FOIA s37(1)(a) is absolute, s37(1)(b) qualified); None when unknown."""
    key = normalise_regime(regime)
    canonical = normalise_citation(key, cited)
    provision = resolve_citation(key, cited)
    if canonical is None or provision is None:
        return None
    best = _most_specific(provision, canonical, "status")
    return best.status if best is not None else provision.status
