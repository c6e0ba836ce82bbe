"""Cell references and ranges in A1 notation, and how to say them in words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_ROW = 1_048_576
MAX_COL = 16_384
_REF = re.compile(r"^\$?([A-Za-z]{1,3})?\$?(\d+)?$")


@lru_cache(maxsize=20_000)
def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


@lru_cache(maxsize=20_000)
def column_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def split_ref(ref: str) -> tuple[int, int]:
    """`B12` -> (column 2, row 12)."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters.isalpha():
        return 0, int(digits) if digits else 0
    return column_number(letters), int(digits) if digits else 0


@dataclass(frozen=True, slots=True)
class Area:
    """A rectangle of cells, inclusive; whole columns or rows stretch to the sheet's edge."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int

    def contains(self, col: int, row: int) -> bool:
        return self.min_col <= col <= self.max_col and self.min_row <= row <= self.max_row

    def describe(self) -> str:
        return (
            f"{column_letters(self.min_col)}{self.min_row}:"
            f"{column_letters(self.max_col)}{self.max_row}"
        )


def parse_area(text: str) -> Area | None:
    """`$A$1:$C$10`, `A:A`, `3:5` or `B2` as an Area; None when it is not a plain range."""
    ends = text.replace("$", "").split(":")
    if not 1 <= len(ends) <= 2:
        return None
    parsed: list[tuple[int | None, int | None]] = []
    for end in ends:
        m = _REF.match(end)
        if not m or not (m.group(1) or m.group(2)):
            return None
        parsed.append(
            (column_number(m.group(1)) if m.group(1) else None,
             int(m.group(2)) if m.group(2) else None)
        )
    (c1, r1), (c2, r2) = parsed[0], parsed[-1]
    return Area(c1 or 1, r1 or 1, c2 or (MAX_COL if c1 is None or c2 is None else c1),
                r2 or (MAX_ROW if r1 is None or r2 is None else r1))


def split_sheet_ref(text: str) -> tuple[str | None, str]:
    """`'Staff list'!$A$1:$C$3` -> ("Staff list", "$A$1:$C$3"); `[1]Sheet1!A1` keeps `[1]`."""
    if "!" not in text:
        return None, text
    sheet, _, ref = text.rpartition("!")
    sheet = sheet.strip()
    if sheet.startswith("'") and sheet.endswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, ref


class Runs:
    """Numbers seen in increasing order, kept as runs ("4-9, 12"), bounded in memory."""

    def __init__(self, max_runs: int = 200) -> None:
        self.runs: list[list[int]] = []
        self.overflow = False

    def add(self, n: int) -> None:
        if self.runs and self.runs[-1][1] >= n >= self.runs[-1][0]:
            return
        if self.runs and self.runs[-1][1] == n - 1:
            self.runs[-1][1] = n
        elif len(self.runs) < 200:
            self.runs.append([n, n])
        else:
            self.overflow = True

    def __bool__(self) -> bool:
        return bool(self.runs)

    def describe(self, *, letters: bool = False) -> str:
        return describe_runs(self.runs, overflow=self.overflow, letters=letters)


def runs_of(numbers: set[int]) -> Runs:
    runs = Runs()
    for n in sorted(numbers):
        runs.add(n)
    return runs


def describe_runs(runs: list[list[int]], *, overflow: bool = False, letters: bool = False) -> str:
    def one(n: int) -> str:
        return column_letters(n) if letters else str(n)

    parts = [one(a) if a == b else f"{one(a)}-{one(b)}" for a, b in runs]
    text = ", ".join(parts[:20])
    if len(parts) > 20 or overflow:
        text += ", …"
    return text
