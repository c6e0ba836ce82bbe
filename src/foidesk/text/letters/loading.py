"""Reading CASE.json: bytes in, a validated `LetterCase` or a one-line `LetterCaseError` out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from foidesk.text.letters.case import LetterCase
from foidesk.text.letters.validation import LetterCaseError

MAX_CASE_BYTES = 2_000_000


def location(loc: tuple[int | str, ...]) -> str:
    """('questions', 2, 'outcome') -> 'questions[2].outcome'."""
    where = ""
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    return where


def first_error(error: ValidationError) -> str:
    """Pydantic's first complaint, as 'questions[2].outcome: Input should be ...'; missing
    top-level fields are listed together."""
    problems = error.errors()
    missing = [location(p["loc"]) for p in problems if p["type"] == "missing"]
    if len(missing) > 1 and len(missing) == len(problems):
        return f"missing required fields: {', '.join(missing)}"
    problem = problems[0]
    where = location(problem["loc"])
    message = problem["msg"].removeprefix("Value error, ")
    more = len(error.errors()) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {message}{extra}" if where else f"{message}{extra}"


def parse_case(data: bytes | str) -> LetterCase:
    """Validate CASE.json text; raises `LetterCaseError` with one line saying what is wrong."""
    if isinstance(data, bytes):
        if len(data) > MAX_CASE_BYTES:
            raise LetterCaseError(f"CASE.json is larger than {MAX_CASE_BYTES:,} bytes")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise LetterCaseError(f"CASE.json is not UTF-8 text (byte {error.start})") from None
    try:
        raw: Any = json.loads(data)
    except json.JSONDecodeError as error:
        raise LetterCaseError(
            f"CASE.json is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except RecursionError:
        raise LetterCaseError("CASE.json is nested too deeply to be a case") from None
    if not isinstance(raw, dict):
        raise LetterCaseError("CASE.json must be a JSON object")
    try:
        return LetterCase.model_validate(raw)
    except ValidationError as error:
        raise LetterCaseError(first_error(error)) from None


def load_case(path: Path) -> LetterCase:
    try:
        if path.stat().st_size > MAX_CASE_BYTES:
            raise LetterCaseError(f"{path} is larger than {MAX_CASE_BYTES:,} bytes")
        data = path.read_bytes()
    except OSError as error:
        raise LetterCaseError(f"cannot read {path}: {error.strerror}") from None
    return parse_case(data)


def case_schema() -> dict[str, Any]:
    """The JSON Schema of CASE.json (draft 2020-12, as pydantic v2 writes it)."""
    schema = LetterCase.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
