"""Finding the provisions a letter cites, in the canonical form of the law engine.

Officers write the same provision many ways: "Section 31(1) a, b, c", "Section 31 (1) (a) (b)
(c)", "s.12 (1)", "Section 40(2) and (3)", "Sections 24 and 31", "Regulation 12(5)(b)". Each is
expanded into one canonical citation per provision ("s31(1)(a)", "s31(1)(b)", "reg12(5)(b)"), so
the rules can ask the catalogue about each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "s" and "r" alone only count when a dot or the number follows at once ("s.12", "s12"), so that
# "the force's 12 cameras" is not section 12.
_WORD = r"(?:(?:sections?|secs?\.?|regulations?|regs?\.?)\s*|(?:ss?|r)(?:\.\s*|(?=\d)))"
_PARENS = r"(?:\s*\(\s*[0-9A-Za-z]{1,4}\s*\))"
_HEAD = re.compile(
    rf"(?<![\w'’])(?P<word>{_WORD})(?P<number>\d{{1,3}}[A-Z]?)(?![\d.,]\d)(?![a-z\d])"
    rf"(?P<subs>{_PARENS}*)",
    re.IGNORECASE,
)
# "Section 31(1) a, b, c": bare paragraph letters after a subsection.
# A lone letter only counts before punctuation: "Section 43(2) a bidding process" is prose.
_BARE_LETTERS = re.compile(
    r"\s+([a-j])(?:((?:\s*(?:,|and|&|or)\s*[a-j])+)(?![A-Za-z0-9])|(?=\s*(?:[,;.:)]|$)))",
    re.MULTILINE,
)
# "... and (3)", ", (b)", "and 12(4)(a)", "and 41" (a bare number only after a plural head word).
_CONTINUATION = re.compile(
    rf"\s*(?:,|and|&|or|/)\s*(?:(?P<subs>{_PARENS}+)|(?P<number>\d{{1,3}}[A-Z]?)(?![\d.,]\d)"
    rf"(?![a-z\d])(?P<nsubs>{_PARENS}*))"
)
_PAREN = re.compile(r"\(\s*([0-9A-Za-z]{1,4})\s*\)")
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
# A citation "of the Data Protection Act 2018" or "of the Fees Regulations" is not a FOI citation.
_OTHER_LAW = re.compile(
    r"^\s*(?:of|under)\s+(?:the\s+)?(?P<name>[^.;:\n]{0,110}?)"
    r"\b(?:Act|Regulations|GDPR|Order|Code|Rules)\b",
    re.IGNORECASE,
)
_INFORMATION_LAW = re.compile(
    r"freedom of information|environmental information|^\s*$|\bFOIA\b|\bFOISA\b|\bEIR",
    re.IGNORECASE,
)
_FEES_LAW = re.compile(r"fees|appropriate limit|data protection|time for compliance", re.I)


@dataclass(frozen=True)
class Citation:
    """One provision cited: canonical form, the kind of unit, where it is, and the raw words."""

    canonical: str
    unit: str  # "s" (a section) or "reg" (a regulation)
    start: int
    end: int
    raw: str

    @property
    def section(self) -> str:
        """The section or regulation number alone ("s31", "reg12")."""
        match = re.match(r"^(?:s|reg)\d+[A-Z]?", self.canonical)
        return match.group(0) if match else self.canonical

    @property
    def has_subsection(self) -> bool:
        return "(" in self.canonical


def _level(token: str, previous: tuple[int, str] | None) -> int:
    """1 = numbered subsection ("5B"), 2 = paragraph letter, 3 = roman sub-paragraph."""
    if token[0].isdigit():
        return 1
    low = token.lower()
    if previous is not None and previous[0] >= 2 and low in _ROMAN:
        # "(h)(i)" is paragraph i, not sub-paragraph i.
        prior = previous[1].lower()
        sequence = prior in _ROMAN and previous[0] == 3
        if sequence or not (low == "i" and prior == "h") and not (low == "v" and prior == "u"):
            return 3
    return 2


def _expand(base: str, tokens: list[str]) -> list[str]:
    """Turn a flat run of bracketed parts into one citation per provision.

    "(1)(a)(b)(c)" is three paragraphs of subsection (1), not a nest, because a part at the same or
    a higher level than the one before starts a sibling.
    """
    results: list[str] = []
    path: list[tuple[int, str]] = []
    for token in tokens:
        previous = path[-1] if path else None
        level = _level(token, previous)
        if previous is not None and level <= previous[0]:
            results.append(base + "".join(f"({t})" for _, t in path))
            path = [p for p in path if p[0] < level]
        norm = token.upper() if token[0].isdigit() else token.lower()
        path.append((level, norm))
    results.append(base + "".join(f"({t})" for _, t in path))
    return results


def _is_other_law(text: str, end: int, unit: str) -> bool:
    match = _OTHER_LAW.match(text[end : end + 140])
    if match is None:
        return False
    name = match.group("name")
    if unit == "reg" and _FEES_LAW.search(name):
        return True
    return _INFORMATION_LAW.search(name) is None and "this act" not in name.lower()


def find_citations(text: str) -> list[Citation]:
    """Every FOIA/FOISA section and EIR regulation cited in `text`, in order."""
    found: list[Citation] = []
    for head in _HEAD.finditer(text):
        word = re.sub(r"[\s.]", "", head.group("word")).lower()
        unit = "reg" if word.startswith("r") else "s"
        plural = word in ("sections", "ss", "regulations", "regs")
        groups: list[tuple[str, list[str]]] = [
            (head.group("number"), _PAREN.findall(head.group("subs")))
        ]
        end = head.end()
        if groups[0][1]:
            bare = _BARE_LETTERS.match(text, end)
            if bare is not None:
                letters = [bare.group(1), *re.findall(r"[a-j]", bare.group(2) or "")]
                groups[0][1].extend(letters)
                end = bare.end()
        while True:
            more = _CONTINUATION.match(text, end)
            if more is None:
                break
            if more.group("subs"):
                groups[-1][1].extend(_PAREN.findall(more.group("subs")))
            elif plural or more.group("nsubs"):
                groups.append((more.group("number"), _PAREN.findall(more.group("nsubs") or "")))
            else:
                break
            end = more.end()
        if _is_other_law(text, end, unit):
            continue
        raw = text[head.start() : end]
        for number, tokens in groups:
            base = f"{unit}{number.upper()}"
            canonicals = _expand(base, tokens) if tokens else [base]
            for canonical in canonicals:
                found.append(Citation(canonical, unit, head.start(), end, raw))
    return found
