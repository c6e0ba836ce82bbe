"""The law engine: FOIA 2000, EIR 2004 and FOISA 2002 as data, their working-day calendars, the
statutory clock and the exemption catalogue. Pure Python; nothing here imports Django.

- `foidesk.law.clock`: `compute_deadline(regime=..., facts=ClockFacts(...))`
- `foidesk.law.calendars`: `calendar_for(regime, extra_days=..., removed_days=...)`
- `foidesk.law.catalogue`: `provisions`, `get_provision`, `resolve_citation`, `is_ncnd_provision`
"""
