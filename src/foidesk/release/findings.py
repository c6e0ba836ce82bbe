"""What the release scanner reports: findings, per-file reports and verdicts.

Fail closed (STYLE.md habit 8): a file that cannot be read is `error`, which blocks release
exactly like `leaky`; only `clean` lets a file through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    CLEAN = "clean"
    LEAKY = "leaky"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a person must look at before release.

    `kind` is one of the names in the README (hidden_sheet, tracked_changes, fake_redaction, ...);
    `where` says in words where a person would look; `excerpt` quotes what was found (short).
    """

    kind: str
    where: str
    excerpt: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "excerpt": self.excerpt}


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """What the caller tells the scanner: names to look for and organisational text to allow.

    `names` are people's names supplied with --name (requester, staff); `allow` are strings that
    are not personal data here (the authority's published FOI address, the regulator's address).
    Limits bound each file's time and memory so hostile input fails closed.
    """

    names: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    time_limit_s: float = 120.0
    memory_limit_bytes: int = 1024 * 1024 * 1024


@dataclass(slots=True)
class FileReport:
    """The scanner's answer for one file."""

    file: str
    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "file": self.file,
            "verdict": self.verdict.value,
            "findings": [f.as_dict() for f in self.findings],
        }
        if self.error is not None:
            out["error"] = self.error
        return out


class ScanError(Exception):
    """A file the scanner cannot judge (unreadable, encrypted, over a limit): verdict `error`.

    The message is the one-line reason shown to the person (fail closed, STYLE.md habit 8).
    """
