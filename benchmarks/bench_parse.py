"""How fast `parse_request` splits requests: a typical one, the longest it reads, and hostile text.

Prints figures only; nothing here asserts a speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from foidesk.text.questions import MAX_CHARS, parse_request

TYPICAL = """Dear Mercia County Council,

Under the Freedom of Information Act 2000, please provide the following information:

1) How many children were eligible for free home to school transport in 2023/24?
2) What was the total cost of home to school transport in 2023/24?
3) Has the council reviewed its transport policy since 2022? If so, please provide a copy.
If yes:
a) When was the review completed?
b) Who carried it out?

Yours faithfully,

Priya Castellane
"""

HOSTILE = {
    "longest read: numbered items": "1. How many parking fines were issued in 2023?\n" * 3000,
    "longest read: one line of prose": "Please tell me what the council spends on printing? " * 2000,
    "unclosed brackets": "(" * MAX_CHARS,
    "unclosed quotation": "“" + "and the " * 12_000,
    "nested markers": "a. x\nb) y\n(i) z\n- w\n" * 5000,
    "conditions": "If so, if yes, if not, " * 4000 + "what?",
}


def _time(label: str, run: Callable[[], object], repeat: int) -> None:
    t0 = time.perf_counter()
    for _ in range(repeat):
        run()
    per_call = (time.perf_counter() - t0) / repeat
    print(f"{label:40} {per_call * 1e3:9.2f} ms per call")


def main() -> None:
    _time("typical request (7 items)", lambda: parse_request(TYPICAL), 200)
    for label, text in HOSTILE.items():
        _time(f"{label} ({len(text[:MAX_CHARS]):,} chars)", lambda t=text: parse_request(t), 3)


if __name__ == "__main__":
    main()
