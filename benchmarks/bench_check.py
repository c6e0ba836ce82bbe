"""How fast `foidesk check` reads a letter: the invented letters of the tests, the canonical
example with its request, and a 5 MB text that is not a letter (bounded by MAX_LETTER_CHARS).

Prints figures only; nothing here asserts a speed.
"""

from __future__ import annotations

import time
from pathlib import Path

from foidesk.text.checking import check_response, split_paired

DATA = Path(__file__).resolve().parent.parent / "tests" / "text" / "data"
ROUNDS = 5


def _regime(name: str) -> str:
    return "eir" if name.startswith("eir_") else "foisa" if name.startswith("foisa_") else "foia"


def main() -> None:
    letters = sorted((DATA / "letters").glob("*.txt")) + sorted((DATA / "flawed").glob("*.txt"))
    texts = [(p.read_text(encoding="utf-8"), _regime(p.stem)) for p in letters]
    t0 = time.perf_counter()
    check_response(texts[0][0], regime=texts[0][1])
    print(f"first check (imports the catalogue): {(time.perf_counter() - t0) * 1e3:.0f} ms")
    t0 = time.perf_counter()
    for _ in range(ROUNDS):
        for text, regime in texts:
            check_response(text, regime=regime)
    each = (time.perf_counter() - t0) / (ROUNDS * len(texts))
    print(f"invented letters: {len(texts)} x {ROUNDS}, {each * 1e3:.1f} ms a letter")
    request, response = split_paired(
        (DATA / "opcc-facial-recognition-funding.txt").read_text(encoding="utf-8")
    )
    t0 = time.perf_counter()
    for _ in range(ROUNDS):
        check_response(response, request_text=request)
    print(f"canonical example with its request: "
          f"{(time.perf_counter() - t0) / ROUNDS * 1e3:.1f} ms")
    line = "We do not hold this information and section 12 does not apply here today.\n"
    huge = line * (5 * 1024 * 1024 // len(line))
    t0 = time.perf_counter()
    check_response(huge)
    print(f"5 MB of text: {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
