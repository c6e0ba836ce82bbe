"""How each regime names itself and its provisions in a letter.

EIR letters speak of "regulations" and "exceptions", never "sections" and "exemptions" (the
Regulations have no sections, and the ICO and tribunals treat the slip as a sign the request was
handled under the wrong regime).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foidesk.text.letters.case import Regime


@dataclass(frozen=True)
class Terms:
    act: str  # "the Freedom of Information Act 2000"
    short: str  # "FOIA"
    provision: str  # "section" / "regulation"
    exemption: str  # "exemption" / "exception"
    regulator: str  # who hears complaints


TERMS: dict[Regime, Terms] = {
    Regime.FOIA: Terms(
        "the Freedom of Information Act 2000", "FOIA", "section", "exemption",
        "the Information Commissioner",
    ),
    Regime.EIR: Terms(
        "the Environmental Information Regulations 2004", "EIR", "regulation", "exception",
        "the Information Commissioner",
    ),
    Regime.FOISA: Terms(
        "the Freedom of Information (Scotland) Act 2002", "FOISA", "section", "exemption",
        "the Scottish Information Commissioner",
    ),
}

CODE = re.compile(r"^(?:s|reg\s*)(?P<rest>\d+[A-Z]?(?:\([^)]+\))*)$")


def terms(regime: Regime) -> Terms:
    return TERMS[regime]


def spoken(code: str) -> str:
    """'s31(3)' -> 'section 31(3)'; 'reg12(4)(a)' -> 'regulation 12(4)(a)'."""
    match = CODE.match(code.strip())
    if match is None:
        return code
    word = "regulation" if code.startswith("reg") else "section"
    return f"{word} {match.group('rest')}"


def spoken_in(code: str, regime: Regime) -> str:
    """The provision with the instrument: 'section 31(3) of FOIA', 'regulation 12(4)(a) of the EIR'."""
    instrument = "the EIR" if regime is Regime.EIR else terms(regime).short
    return f"{spoken(code)} of {instrument}"


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
