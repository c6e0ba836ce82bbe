"""How long composing and rendering a letter takes (the canonical response, 10 questions).

Prints figures only; nothing here asserts a speed.
"""

from __future__ import annotations

import time
from pathlib import Path

from foidesk.text.letters import (
    LetterCase,
    compose,
    render_docx,
    render_html,
    render_pdf,
    render_text,
)

CASE = Path(__file__).resolve().parents[1] / "tests" / "text" / "fixtures" / "canonical_case.json"


def timed(label: str, runs: int, work: object) -> None:
    assert callable(work)
    t0 = time.perf_counter()
    for _ in range(runs):
        result = work()
    elapsed = (time.perf_counter() - t0) / runs
    size = f", {len(result):,} bytes" if isinstance(result, bytes | str) else ""
    print(f"{label:32} {elapsed * 1e3:8.1f} ms{size}")


def main() -> None:
    case = LetterCase.model_validate_json(CASE.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    letter = compose(case)
    print(f"{'first compose (loads the law data)':32} {(time.perf_counter() - t0) * 1e3:8.1f} ms")
    timed("validate CASE.json", 200, lambda: LetterCase.model_validate_json(
        CASE.read_text(encoding="utf-8")))
    timed("compose", 200, lambda: compose(case))
    timed("render text", 200, lambda: render_text(letter))
    timed("render HTML", 200, lambda: render_html(letter))
    timed("render DOCX", 20, lambda: render_docx(letter))
    render_pdf(letter)  # WeasyPrint loads fonts on first use
    timed("render PDF (A4, WeasyPrint)", 5, lambda: render_pdf(letter))


if __name__ == "__main__":
    main()
