"""Large realistic datasets, quickly: `foidesk generate --cases N [--authorities M]`.

Cases are written with bulk_create (100k in a few minutes on SQLite). The cached due date still
comes from the law engine: computed once per (authority, regime, date of receipt) and reused.
Every person is fictitious (@example.org).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat, ExtractYear, LPad
from django.utils import timezone
from django.utils.text import slugify

from foidesk.authorities.models import (
    Authority,
    AuthorityKind,
    CalendarOverride,
    Nation,
    Regime,
    regimes_for,
)
from foidesk.cases.clock import authority_calendar
from foidesk.cases.models import Case, CaseEvent, Channel, EventKind
from foidesk.cases.states import OPEN_STATES, CaseState
from foidesk.law.clock import ClockFacts, compute_deadline

FIRST = ["Alex", "Sam", "Jordan", "Morgan", "Casey", "Riley", "Jamie", "Taylor", "Robin", "Kit",
         "Noor", "Priya", "Tomasz", "Aoife", "Callum", "Eilidh", "Dafydd", "Siân", "Yusuf", "Mei"]
LAST = ["Example", "Sample", "Testington", "Placeholder", "Dummy", "Fictional", "Madeup",
        "Notreal", "Invented", "Imaginary"]
TOPICS = [
    ("the number of fixed penalty notices issued", "in each of the last three financial years"),
    ("spending on agency staff", "broken down by department, for 2024/25"),
    ("the contract with your IT supplier", "including its value and end date"),
    ("complaints about potholes", "received each month in 2025"),
    ("the use of drones", "including the number owned and hours flown in 2025"),
    ("air quality monitoring results", "for each monitoring station in 2025"),
    ("waiting times for hip replacement surgery", "for each month of 2025"),
    ("the number of stop and search encounters", "by ethnicity for 2024 and 2025"),
    ("consultancy spending", "over £10,000 since April 2024"),
    ("planning enforcement complaints", "and how many led to enforcement notices"),
    ("the cost of the chief executive's office refurbishment", "with invoices"),
    ("flood defence inspections", "along the river in 2025"),
    ("fly-tipping incidents", "reported per ward in 2025"),
    ("staff sickness absence", "by directorate for 2024/25"),
    ("the use of facial recognition technology", "including any trials or funding bids"),
]


@dataclass(frozen=True)
class GenerateResult:
    authorities: int
    cases: int
    events: int


def _state_mix(rng: random.Random, received: dt.date, today: dt.date) -> CaseState:
    age = (today - received).days
    if age > 60:
        return rng.choices([CaseState.CLOSED, CaseState.SENT, CaseState.WITHDRAWN,
                            CaseState.INVALID, CaseState.REDIRECTED, CaseState.IN_PROGRESS],
                           weights=[60, 25, 5, 3, 3, 4])[0]
    return rng.choices(list(CaseState), weights=[12, 30, 5, 3, 6, 3, 15, 20, 2, 2, 2])[0]


def ensure_authorities(count: int, rng: random.Random) -> list[Authority]:
    """Use existing authorities, topping up with generated ones to reach `count`."""
    existing = list(Authority.objects.order_by("pk")[:count])
    kinds = [(AuthorityKind.COUNCIL, Regime.EIR, Nation.ENGLAND, "Borough Council"),
             (AuthorityKind.POLICE, Regime.FOIA, Nation.ENGLAND, "Police"),
             (AuthorityKind.NHS, Regime.FOIA, Nation.WALES, "NHS Trust"),
             (AuthorityKind.COUNCIL, Regime.FOISA, Nation.SCOTLAND, "Council"),
             (AuthorityKind.EDUCATION, Regime.FOIA, Nation.NORTHERN_IRELAND, "College")]
    places = ["Ashford", "Brampton", "Cranmere", "Dunholm", "Eastwick", "Fairhaven", "Glenross",
              "Hollowmere", "Ivybridge", "Kestrel Vale", "Larkfield", "Millbrook", "Northwold",
              "Oakhampton", "Pennington", "Queensferry", "Redwater", "Stonebridge", "Thornbury",
              "Upperton", "Westmoor", "Yarrowdale"]
    i = 0
    while len(existing) < count:
        kind, regime, nation, suffix = kinds[i % len(kinds)]
        place = places[i % len(places)]
        n = i // len(places)
        name = f"{place} {suffix}" + (f" {n + 1}" if n else "")
        i += 1
        if Authority.objects.filter(name=name).exists():
            continue
        slug = slugify(name)
        existing.append(Authority.objects.create(
            name=name, slug=slug, regime=regime, kind=kind, nation=nation,
            reference_prefix="".join(w[0] for w in name.split() if w[0].isalpha())[:4].upper(),
            foi_email=f"foi@{slug}.example.org",
            colour=rng.choice(["#1d70b8", "#00703c", "#4c2c92", "#d4351c", "#005a30"]),
        ))
    return existing


def generate_cases(
    *, cases: int, authorities: int = 5, seed: int = 2026, today: dt.date | None = None,
    batch_size: int = 2000, progress: Callable[[int], None] | None = None,
) -> GenerateResult:
    """Write `cases` realistic cases spread over `authorities` authorities, in every state."""
    rng = random.Random(seed)  # noqa: S311 — demo data, not secrets
    today = today or timezone.localdate()
    auths = ensure_authorities(max(authorities, 1), rng)
    # Authorities without calendar corrections share one calendar per regime.
    corrected = set(CalendarOverride.objects.values_list("authority_id", flat=True))
    calendars = {(a.pk if a.pk in corrected else 0, r): authority_calendar(a, r)
                 for a in auths for r in Regime.values}
    due_cache: dict[tuple[int, str, dt.date], dt.date | None] = {}

    def due_for(a: Authority, regime: str, received: dt.date) -> dt.date | None:
        cal_key = a.pk if a.pk in corrected else 0
        key = (cal_key, regime, received)
        if key not in due_cache:
            due_cache[key] = compute_deadline(regime=regime, facts=ClockFacts(received=received),
                                              calendar=calendars[(cal_key, regime)]).due
        return due_cache[key]

    made = 0
    events = 0
    tag = uuid.uuid4().hex[:8]
    while made < cases:
        n = min(batch_size, cases - made)
        rows = []
        for j in range(n):
            a = auths[rng.randrange(len(auths))]
            regime = a.regime if rng.random() < 0.85 else rng.choice(regimes_for(a))
            received = today - dt.timedelta(days=int(rng.triangular(0, 400, 5)))
            state = _state_mix(rng, received, today)
            topic, detail = rng.choice(TOPICS)
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            text = (f"Under the {dict(Regime.choices)[regime]}, please provide information about "
                    f"{topic} {detail}.\n\n1. How many?\n2. What did it cost?\n3. Please provide "
                    f"any policy or guidance on {topic}.")
            is_open = state in OPEN_STATES
            paused = state == CaseState.AWAITING_FEE
            due = None if paused else due_for(a, regime, received)
            received_at = timezone.make_aware(dt.datetime.combine(received, dt.time(9, 30)))
            rows.append(Case(
                authority=a, reference=f"gen-{tag}-{made + j}", regime=regime,
                requester_name=name,
                requester_email=f"{slugify(name)}.{made + j}@example.org",
                title=f"{topic.capitalize()} {detail}"[:200], request_text=text,
                received=received, received_at=received_at,
                channel=rng.choice(Channel.values), state=state, is_open=is_open,
                paused=paused, due_date=due,
                overdue=bool(is_open and due is not None and due < today),
                closed_at=None if is_open else received_at + dt.timedelta(days=rng.randint(5, 30)),
            ))
        with transaction.atomic():
            created = Case.objects.bulk_create(rows, batch_size=batch_size)
            evs = [CaseEvent(case=c, kind=EventKind.RECEIVED, at=c.received_at,
                             data={"on": c.received.isoformat(), "channel": c.channel,
                                   "generated": True}) for c in created]
            for c in created:
                if c.state == CaseState.AWAITING_FEE:
                    evs.append(CaseEvent(case=c, kind=EventKind.FEE_NOTICE, at=c.received_at,
                                         data={"on": c.received.isoformat(), "total": "25.00"}))
            CaseEvent.objects.bulk_create(evs, batch_size=batch_size)
            events += len(evs)
        made += n
        if progress:
            progress(made)
    for a in auths:
        Case.objects.filter(authority=a, reference__startswith=f"gen-{tag}-").update(
            reference=Concat(Value(a.reference_prefix + "-"),
                             Cast(ExtractYear("received"), CharField()), Value("-"),
                             LPad(Cast("id", CharField()), 6, Value("0")),
                             output_field=CharField()))
    # Fresh statistics, so the query planner picks the inbox's due-date indexes.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return GenerateResult(authorities=len(auths), cases=made, events=events)
