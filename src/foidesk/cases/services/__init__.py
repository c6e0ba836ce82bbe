"""The only write path for casework. Every service is keyword-only, typed, atomic, takes an
explicit `actor`, writes its audit event in the same transaction and recomputes the clock.

Import from the module named for the aggregate, e.g. `foidesk.cases.services.intake`.
"""
