"""Collecting findings with a cap per kind, so a sheet with a million e-mail addresses gives a
readable report (and bounded memory) rather than a million lines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from foidesk.release.findings import Finding


class FindingLog:
    def __init__(self, cap_per_kind: int = 50) -> None:
        self.cap = cap_per_kind
        self._findings: list[Finding] = []
        self._seen: set[Finding] = set()
        self._counts: Counter[str] = Counter()

    def add(self, finding: Finding) -> None:
        if finding in self._seen:
            return
        self._counts[finding.kind] += 1
        if self._counts[finding.kind] <= self.cap:
            self._seen.add(finding)
            self._findings.append(finding)

    def extend(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.add(finding)

    def wants(self, kind: str) -> bool:
        """False once `kind` is over its cap: callers may skip work whose result is only counted."""
        return self._counts[kind] < self.cap

    def count(self, kind: str) -> None:
        self._counts[kind] += 1

    def findings(self) -> list[Finding]:
        out = list(self._findings)
        for kind, n in sorted(self._counts.items()):
            if n > self.cap:
                out.append(Finding(kind, "(whole file)", f"{n - self.cap} more not listed"))
        return out
