"""How fast the law engine answers: deadlines for an inbox, citations for the letter checker.

Prints figures only; nothing here asserts a speed.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from foidesk.law.calendars import calendar_for
from foidesk.law.catalogue import is_ncnd_provision, resolve_citation
from foidesk.law.clock import ClockFacts, compute_deadline

START = date(2024, 1, 1)
DAYS = 3 * 365


def bench_deadlines() -> None:
    t0 = time.perf_counter()
    compute_deadline(regime="foia", facts=ClockFacts(received=START))
    print(f"first deadline (imports the holidays data, fills one year): "
          f"{(time.perf_counter() - t0) * 1e3:.0f} ms")
    for regime in ("foia", "eir", "foisa"):
        calendar = calendar_for(regime)
        t0 = time.perf_counter()
        for offset in range(DAYS):
            received = START + timedelta(days=offset)
            compute_deadline(regime=regime, facts=ClockFacts(received=received),
                             calendar=calendar)
        elapsed = time.perf_counter() - t0
        print(f"{regime:5} deadlines: {DAYS} in {elapsed:.3f}s "
              f"({elapsed / DAYS * 1e6:.0f} µs each, shared calendar)")
    t0 = time.perf_counter()
    for offset in range(DAYS):
        compute_deadline(regime="foia", facts=ClockFacts(
            received=START + timedelta(days=offset), fee_notice=START + timedelta(days=offset + 3),
            fee_paid=START + timedelta(days=offset + 10), extension_working_days=20),
            calendar=calendar_for("foia", extra_days={date(2025, 6, 2): "Local proclamation"}))
    elapsed = time.perf_counter() - t0
    print(f"foia  deadlines with fee pause + extension + an administrator override: {DAYS} in "
          f"{elapsed:.3f}s ({elapsed / DAYS * 1e6:.0f} µs each)")


def bench_citations() -> None:
    cited = ["s31(1)(a)", "section 40(5B)(a)(i)", "s43(2)", "Section 22A", "s21", "s12(2)"] * 500
    t0 = time.perf_counter()
    for text in cited:
        resolve_citation("foia", text)
        is_ncnd_provision("foia", text)
    elapsed = time.perf_counter() - t0
    print(f"citations resolved + NCND checked: {len(cited)} in {elapsed:.3f}s "
          f"({elapsed / len(cited) * 1e6:.0f} µs each)")


if __name__ == "__main__":
    bench_deadlines()
    bench_citations()
