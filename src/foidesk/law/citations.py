"""Reading and writing citations of FOIA sections and EIR regulations.

Officers and requesters cite the same provision in many ways: "s31(1)(a)", "section 31 (3)",
"S.31", "31", "regulation 12(5)(b)", "reg. 13". The catalogue works on one canonical form,
"s31(1)(a)" / "reg12(5)(b)": a prefix, the section number (with any capital letter, as in 22A)
and each bracketed subdivision with no spaces.
"""

from __future__ import annotations

import re
from typing import Literal

from foidesk.law.regimes import normalise_regime, regime_data

_NUMBER = r"""
    (?<![\d(])(?P<number>\d{1,3})(?P<letter>[A-Za-z])?(?![A-Za-z\d])
    (?P<subs>(?:\s*\(\s*[0-9A-Za-z]{1,4}\s*\))*)
"""
# "section 31", "s.31", "s31", "ss 30", "regulation 12", "reg. 13", "r12": a cited provision
# anywhere in a sentence.
_CITED = re.compile(
    r"(?<!['’])\b(?:sections?|secs?|ss?|regulations?|regs?|r)\.?\s*" + _NUMBER,
    re.VERBOSE | re.IGNORECASE,
)
# A bare number ("31", "12(5)(b)", "FOIA 43(2)") only when it opens the text, so that "Question 3:
# section 31" never reads as section 3.
_BARE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:foia|eir|foisa|act|regulations)\s+)?" + _NUMBER,
    re.VERBOSE | re.IGNORECASE,
)
_SUB = re.compile(r"\(\s*([0-9A-Za-z]{1,4})\s*\)")


def _prefix(regime: str) -> str:
    return "reg" if normalise_regime(regime) == "eir" else "s"


def _subdivision(raw: str) -> str:
    # "(5b)" -> "5B" (a numbered subsection with a letter), "(A)" -> "a" (a paragraph letter),
    # "(ii)" stays roman in lower case.
    if raw[0].isdigit():
        return raw.upper()
    return raw.lower()


def normalise_citation(regime: str, text: str) -> str | None:
    """The canonical form of the first provision cited in `text`, or None when there is none.

    >>> normalise_citation("foia", "Section 40 (5B)(a)(i)")
    's40(5B)(a)(i)'
    >>> normalise_citation("eir", "regulation 12(5)(b)")
    'reg12(5)(b)'
    """
    match = _CITED.search(text) or _BARE.search(text)
    if match is None:
        return None
    letter = (match.group("letter") or "").upper()
    # A bare trailing letter only belongs to the number when the section really has one (22A);
    # "31a" in prose is too rare to matter, and "s 31 a" never matches because of the space.
    subs = "".join(f"({_subdivision(s)})" for s in _SUB.findall(match.group("subs")))
    return f"{_prefix(regime)}{match.group('number')}{letter}{subs}"


def is_within(cited: str, base: str) -> bool:
    """True when canonical `cited` is `base` itself or one of its subdivisions.

    "s40(5B)(a)(i)" is within "s40(5B)"; "s40(5B)" is not within "s40(5)"; "s22" is not within "s2".
    """
    return cited == base or cited.startswith(base + "(")


def split_citation(canonical: str) -> tuple[str, str, str]:
    """('s', '31', '(1)(a)') for 's31(1)(a)'."""
    match = re.match(r"^(s|reg)(\d+[A-Z]?)(.*)$", canonical)
    if match is None:
        raise ValueError(f"{canonical!r} is not a canonical citation")
    return match.group(1), match.group(2), match.group(3)


def cite(regime: str, canonical: str, *, style: Literal["short", "long"] = "short") -> str:
    """Render a canonical citation for people.

    short: "s31(3)" / "reg 12(6)"; long: "section 31(3) of the Freedom of Information Act 2000".
    """
    data = regime_data(regime)
    prefix, number, subs = split_citation(canonical)
    if style == "short":
        return f"reg {number}{subs}" if prefix == "reg" else f"s{number}{subs}"
    word = "regulation" if prefix == "reg" else "section"
    return f"{word} {number}{subs} of the {data.name}"


def legislation_url(regime: str, canonical: str) -> str:
    """The legislation.gov.uk page of the section or regulation."""
    data = regime_data(regime)
    prefix, number, _ = split_citation(canonical)
    unit = "regulation" if prefix == "reg" else "section"
    return f"{data.url}/{unit}/{number}"
