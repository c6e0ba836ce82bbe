"""Annotated documents in the development corpus's format (`NNN.json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_DOCUMENT_BYTES = 5_000_000


class CorpusError(ValueError):
    """The corpus directory or one of its documents cannot be read."""


@dataclass(frozen=True, slots=True)
class GoldQuestion:
    index: int
    label: str | None
    text: str
    kind: str
    parent: int | None
    condition: str | None
    outcome: str | None


@dataclass(frozen=True, slots=True)
class GoldFlaw:
    code: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    request_text: str
    response_text: str
    regime: str
    truncated: str
    questions: tuple[GoldQuestion, ...]
    flaws: tuple[GoldFlaw, ...]


def _question(raw: dict[str, Any]) -> GoldQuestion:
    parent = raw.get("parent")
    return GoldQuestion(
        index=int(raw["index"]),
        label=None if raw.get("label") is None else str(raw["label"]),
        text=str(raw.get("text") or ""),
        kind=str(raw.get("kind") or "question"),
        parent=None if parent is None else int(parent),
        condition=raw.get("condition") or None,
        outcome=raw.get("outcome") or None,
    )


def _document(path: Path) -> Document:
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise CorpusError(f"{path.name}: larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        capture = raw.get("capture") or {}
        return Document(
            name=path.name,
            request_text=str(raw.get("request_text") or ""),
            response_text=str(raw.get("response_text") or ""),
            regime=str(raw.get("regime") or "FOIA").lower(),
            truncated=str(capture.get("truncated") or "unknown").lower(),
            questions=tuple(_question(q) for q in raw.get("questions") or []),
            flaws=tuple(
                GoldFlaw(str(f["flaw"]), str(f.get("confidence") or ""))
                for f in raw.get("response_flaws") or []
            ),
        )
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise CorpusError(f"{path.name}: not an annotated document ({exc})") from exc


def load_corpus(directory: Path) -> list[Document]:
    """Every `*.json` document in `directory`, sorted by name."""
    if not directory.is_dir():
        raise CorpusError(f"{directory}: not a directory")
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise CorpusError(f"{directory}: no annotated documents (*.json)")
    return [_document(p) for p in paths]
