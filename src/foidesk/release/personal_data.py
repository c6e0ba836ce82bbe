"""Find personal data in text: e-mail addresses, UK phone numbers, National Insurance numbers,
postcodes, NHS numbers and the names a caller supplies.

UK GDPR art 4(1) and FOIA s40(2): information about an identifiable living person is exempt
from release to the world, so anything that looks like it blocks release until a person has
looked. Organisational contact details (the authority's published FOI address, the regulator's
address) are not personal data; the caller passes them in `ScanOptions.allow`.

One combined pattern is run once over each text, so a scanner may hand over a whole spreadsheet
row (cells joined with NUL, which no pattern crosses) rather than call this per cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from foidesk.release.findings import Finding, ScanOptions

KIND = "personal_data"
T = TypeVar("T")

# Which name each pattern group reports, in the order of precedence for overlapping matches.
LABELS = {
    "email": "email address",
    "ni": "National Insurance number",
    "nhs": "NHS number",
    "phone": "UK phone number",
    "postcode": "postcode",
}

_EMAIL = r"(?P<email>(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-]))"
# Any NI-shaped string: two letters, six digits, a suffix A-D. The prefix is deliberately not
# validated, so the documentation prefix QQ (and typos of real numbers) are caught too.
_NI = r"(?P<ni>(?<![A-Za-z0-9])[A-Za-z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-Da-d](?![A-Za-z0-9]))"
_NHS = r"(?P<nhs>(?<![\d+])\d{3}[ \t-]?\d{3}[ \t-]?\d{4}(?![\d]))"
# 0 or +44 / 0044, then the area or mobile code, then the subscriber number; separators as
# people write them. The digit count is checked afterwards.
_PHONE = (
    r"(?P<phone>(?<![\w+])(?:(?:\+44|0044)[ \t]?(?:\(0\)[ \t]?)?|\(?0)"
    r"[1-9]\d{1,4}\)?(?:[ \t.-]?\d){5,8}(?!\d))"
)
# Upper case only: lower-case letter-digit runs are mostly codes, and addresses carry capitals.
# The letters are not restricted to those Royal Mail issues, so invented postcodes are caught.
_POSTCODE = r"(?P<postcode>(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9]))"
_PATTERN = re.compile("|".join((_EMAIL, _NI, _NHS, _PHONE, _POSTCODE)))


@dataclass(frozen=True, slots=True)
class Match:
    """One piece of personal data found in a text, with its character span."""

    label: str
    text: str
    start: int
    end: int


_LOST_ZERO_MOBILE = re.compile(r"^(?:44)?7\d{9}(?:\.0+)?$")


def restore_lost_zero(value: str) -> str:
    """A UK mobile number stored as a number loses its leading 0 (07700 900123 -> 7700900123);
    give it back so it is recognised. Any other value is returned as it is."""
    if _LOST_ZERO_MOBILE.match(value):
        return "0" + value.split(".")[0].removeprefix("44")
    return value


def nhs_checksum_ok(digits: str) -> bool:
    """NHS Data Dictionary, NHS number: modulus 11 over the first nine digits, weights 10..2."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_ok(value: str) -> bool:
    """Written 3-3-4 with the checksum right; run together, it must also start as issued
    NHS numbers do (4, 6 or 7; 9 for the test range), since any ten digits pass one time in 11."""
    digits = re.sub(r"\D", "", value)
    if not nhs_checksum_ok(digits):
        return False
    return len(value) > 10 or digits[0] in "4679"


def _national_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44") and phone.lstrip().startswith("+"):
        digits = "0" + digits[2:]
    # "+44 (0) 1642 ..." leaves a doubled 0 behind.
    if digits.startswith("00"):
        digits = digits[1:]
    return digits


def _phone_ok(phone: str) -> bool:
    """Ofcom National Telephone Numbering Plan: 0 plus nine or ten digits; 0 followed by 0 or 4
    or 6 is not a geographic, mobile or non-geographic number a person holds."""
    digits = _national_digits(phone)
    return len(digits) in (10, 11) and digits[0] == "0" and digits[1] in "123578"


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Rev|Revd)\.?"


def _name_forms(name: str) -> list[str]:
    """The ways a supplied name is written: "Jo Bloggs", "Bloggs, Jo", "J. Bloggs",
    "Jo A. Bloggs", "Ms Bloggs"."""
    words = name.split()
    if not words:
        return []
    gap = r"[ \t]+"
    forms = [gap.join(re.escape(w) for w in words)]
    if len(words) >= 2:
        first, last = re.escape(words[0]), re.escape(words[-1])
        forms.append(last + r",[ \t]*" + gap.join(re.escape(w) for w in words[:-1]))
        if len(words[-1]) >= 2:
            forms.append(re.escape(words[0][0]) + r"\.?" + gap + last)
            forms.append(first + gap + r"[A-Z]\.?" + gap + last)
            forms.append(TITLES + gap + last)
    return forms


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives = [form for name in names for form in _name_forms(name)]
    if not alternatives:
        return None
    return re.compile(
        r"(?<![\w])(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")(?![\w])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=64)
def _allowed_forms(allow: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    texts = tuple(_normal(a) for a in allow if a.strip())
    digit_runs = tuple(_national_digits(a) for a in allow if len(re.sub(r"\D", "", a)) >= 9)
    return texts, digit_runs


def _is_allowed(match: Match, allow: tuple[str, ...], text: str) -> bool:
    if not allow:
        return False
    texts, digit_runs = _allowed_forms(allow)
    found = _normal(match.text)
    if any(found in a for a in texts):
        return True
    if match.label == LABELS["phone"]:
        digits = _national_digits(match.text)
        if any(digits in d for d in digit_runs):
            return True
    # The match sits inside an allowed passage quoted in full (the regulator's address block).
    window = _normal(text[max(0, match.start - 400) : match.end + 400])
    return any(len(a) > len(found) and a in window and found in a for a in texts)


def iter_matches(text: str, options: ScanOptions) -> Iterator[Match]:
    """Every piece of personal data in `text`, in order, allowed text left out."""
    if not text:
        return
    matches: list[Match] = []
    for m in _PATTERN.finditer(text):
        group = m.lastgroup
        if group is None:
            continue
        value = m.group()
        if group == "nhs" and not _nhs_ok(value):
            # Not an NHS number; it may still be a phone number written 3-3-4.
            if value.startswith("0") and _phone_ok(value):
                group = "phone"
            else:
                continue
        if group == "phone" and not _phone_ok(value):
            continue
        matches.append(Match(LABELS[group], value, m.start(), m.end()))
    pattern = _name_pattern(options.names)
    if pattern is not None:
        for m in pattern.finditer(text):
            matches.append(Match("name", m.group(), m.start(), m.end()))
    matches.sort(key=lambda x: x.start)
    for match in matches:
        if not _is_allowed(match, options.allow, text):
            yield match


def iter_piece_matches(
    pieces: Sequence[tuple[str, T]], options: ScanOptions
) -> Iterator[tuple[T, Match]]:
    """Matches in many short texts (cells, strings) at once, each with its piece's tag: the
    pieces are joined with NUL, which no pattern crosses, so the regex runs once per batch."""
    if not pieces:
        return
    starts: list[int] = []
    offset = 0
    for text, _tag in pieces:
        starts.append(offset)
        offset += len(text) + 1
    joined = "\x00".join(text for text, _tag in pieces)
    for match in iter_matches(joined, options):
        yield pieces[bisect_right(starts, match.start) - 1][1], match


def find_personal_data(text: str, where: str, options: ScanOptions) -> list[Finding]:
    """UK GDPR art 4(1): personal data in `text`, one finding per item, located at `where`."""
    return [
        Finding(KIND, where, f"{m.label}: {excerpt(m.text)}") for m in iter_matches(text, options)
    ]


def excerpt(text: str, limit: int = 80) -> str:
    """A short quotation for a finding: one line, at most `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
