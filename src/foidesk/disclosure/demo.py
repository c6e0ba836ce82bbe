"""A large disclosure log for demos and benchmarks: snapshot every sent or closed case that has
no published entry yet, in bulk (the per-case gate in services.publish_case_response is for real
responses; generated cases never carry the requester in their text, which is checked here)."""

from __future__ import annotations

import random
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from foidesk.cases.models import Case

from .models import PublishedExemption, PublishedOutcome, PublishedQuestion, PublishedResponse

ANSWERS = [
    ("disclosed", "Information disclosed", "The figures are in the table below: {n} in total."),
    ("not_held", "Information not held", "The information is not held."),
    ("exempt", "Withheld under an exemption", "The information is withheld."),
    ("ncnd", "Neither confirm nor deny",
     "The authority can neither confirm nor deny whether it holds this information."),
]
EXEMPTIONS = [("s31", "s31(1)(a)", "Law enforcement"), ("s40", "s40(2)", "Personal information"),
              ("s43", "s43(2)", "Commercial interests"), ("s21", "s21", "Information accessible "
              "by other means"), ("reg12", "reg12(5)(b)", "Course of justice"),
              ("reg13", "reg13", "Personal data")]


def publish_generated(*, seed: int = 2026, batch_size: int = 2000,
                      progress: Callable[[int], None] | None = None) -> int:
    """Publish every sent or closed case not yet on the log; returns how many were published."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    done = set(PublishedResponse.objects.values_list("source_case_id", flat=True))
    ids = list(Case.objects.filter(state__in=["sent", "closed"], stage="request")
               .exclude(pk__in=done).order_by("closed_at", "pk").values_list("pk", flat=True))
    made = 0
    for start in range(0, len(ids), batch_size):
        chunk = list(Case.objects.filter(pk__in=ids[start:start + batch_size])
                     .order_by("closed_at", "pk"))
        with transaction.atomic():
            made += _publish_chunk(chunk, rng)
        if progress:
            progress(made)
    return made


def _publish_chunk(cases: list[Case], rng: random.Random) -> int:
    responses: list[PublishedResponse] = []
    questions: list[PublishedQuestion] = []
    exemptions: list[PublishedExemption] = []
    plans: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    for case in cases:
        if case.requester_name and case.requester_name in case.request_text:
            continue  # never publish a requester's name, even in demo data
        lines = [ln.split(". ", 1)[1] for ln in case.request_text.splitlines()
                 if ln[:2] in {"1.", "2.", "3."} and ". " in ln] or [case.title]
        answers = [rng.choices(ANSWERS, weights=[60, 20, 12, 8])[0] for _ in lines]
        kinds = {a[0] for a in answers}
        outcome = (PublishedOutcome.DISCLOSED if kinds == {"disclosed"} else
                   PublishedOutcome.PARTIAL if "disclosed" in kinds else
                   PublishedOutcome.WITHHELD if kinds & {"exempt", "ncnd"} else
                   PublishedOutcome.NOT_HELD)
        when = case.closed_at or timezone.now()
        body = "\n".join([case.request_text]
                         + [a[2].format(n=rng.randint(3, 900)) for a in answers])
        responses.append(PublishedResponse(
            authority_id=case.authority_id, source_case_id=case.pk, reference=case.reference,
            regime=case.regime, title=case.title, request_text=case.request_text,
            received=case.received, responded=when.date(), outcome=outcome, published_at=when,
            search_text=body,
        ))
        plans.append((lines, answers))
    created = PublishedResponse.objects.bulk_create(responses)
    for response, (lines, answers) in zip(created, plans, strict=True):
        cited: dict[str, tuple[str, str]] = {}
        for i, (line, (code, label, text)) in enumerate(zip(lines, answers, strict=True)):
            provisions = []
            if code in {"exempt", "ncnd"}:
                section, citation, title = rng.choice(EXEMPTIONS)
                provisions = [citation]
                cited[citation] = (section, title)
            questions.append(PublishedQuestion(
                response=response, order=i, label=str(i + 1), text=line, outcome=code,
                outcome_label=label, answer_text=text.format(n=rng.randint(3, 900)),
                provisions=provisions,
            ))
        exemptions.extend(PublishedExemption(response=response, section=s, citation=c, title=t)
                          for c, (s, t) in cited.items())
    PublishedQuestion.objects.bulk_create(questions)
    PublishedExemption.objects.bulk_create(exemptions)
    return len(created)
