"""Publishing a sent response to the disclosure log: the one write path into it.

The gate fails closed. The request text loses the requester's identity (their name, email and
address, and anything else the release scanner recognises as personal data, which in a request is
the requester's own); the authority's own words (answers, reasons) are scanned and publication is
refused if the scanner flags anything, because only a person may decide that is fit for the world.
Only files that scanned clean are copied; a file released to the requester on an approver's
override is not published.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from foidesk.law.catalogue import resolve_citation
from foidesk.law.citations import split_citation
from foidesk.release.findings import ScanOptions
from foidesk.release.personal_data import iter_matches

from .models import (
    PublishedExemption,
    PublishedFile,
    PublishedOutcome,
    PublishedQuestion,
    PublishedResponse,
)
from .selectors import EXEMPTIONS_CACHE_KEY

REMOVED = "[personal data removed]"

DISCLOSING = {"disclosed", "partially_disclosed", "reasonably_accessible"}
WITHHOLDING = {"exempt", "ncnd", "partially_disclosed"}
REFUSING = {"cost_limit", "vexatious"}


class PublicationRefused(Exception):
    """The response cannot go on the public log; the message says what to fix."""


def overall_outcome(outcomes: Iterable[str]) -> PublishedOutcome:
    """The response as a whole, from its questions' outcomes."""
    seen = set(outcomes)
    if not seen:
        raise PublicationRefused("The response has no answered questions to publish.")
    if seen <= {"disclosed", "reasonably_accessible"}:
        return PublishedOutcome.DISCLOSED
    if seen & DISCLOSING:
        return PublishedOutcome.PARTIAL
    if seen & REFUSING:
        return PublishedOutcome.REFUSED
    if seen & WITHHOLDING:
        return PublishedOutcome.WITHHELD
    return PublishedOutcome.NOT_HELD


def _identity_options(case: Any, *, name_parts: bool = False) -> ScanOptions:
    """What the scanner looks for: the requester's full name (and, when scrubbing their own
    request, each part of it, since people sign with a first name); the authority's published
    contact details are allowed."""
    authority = case.authority
    full = case.requester_name.strip()
    parts = {p for p in full.split() if len(p) > 2} if name_parts else set()
    names = tuple(n for n in sorted({full, *parts}) if n)
    allow = tuple(a for a in (authority.foi_email, authority.foi_phone, authority.foi_address,
                              authority.website) if a)
    return ScanOptions(names=names, allow=allow)


def scrub_requester(text: str, case: Any) -> str:
    """Remove the requester's identity from their own request: every piece of personal data the
    scanner recognises (their name included), and their address lines, verbatim."""
    for line in (case.requester_address or "").splitlines():
        if len(line.strip()) > 3:
            text = re.sub(re.escape(line.strip()), REMOVED, text, flags=re.IGNORECASE)
    if case.requester_email:
        text = re.sub(re.escape(case.requester_email), REMOVED, text, flags=re.IGNORECASE)
    matches = sorted(iter_matches(text, _identity_options(case, name_parts=True)),
                     key=lambda m: m.start)
    out, cursor = [], 0
    for m in matches:
        if m.start < cursor:
            continue
        out.append(text[cursor:m.start])
        out.append(REMOVED)
        cursor = m.end
    out.append(text[cursor:])
    return "".join(out)


def _answer_text(answer: Any) -> str:
    o = answer.outcome
    if o in ("disclosed", "partially_disclosed"):
        return str(answer.disclosed_text)
    if o == "not_held":
        return "The information is not held."
    if o == "ncnd":
        return "The authority can neither confirm nor deny whether it holds this information."
    if o == "exempt":
        return "The information is withheld."
    if o == "cost_limit":
        return (f"Complying would exceed the appropriate limit (estimated {answer.cost_hours} "
                f"hours). {answer.cost_basis}").strip()
    if o == "vexatious":
        return "The request was refused as vexatious or repeated."
    if o == "reasonably_accessible":
        return f"The information is reasonably accessible elsewhere: {answer.where}"
    return ""


def _refuse_flagged(texts: dict[str, str], case: Any) -> None:
    options = _identity_options(case)
    problems = []
    for where, text in texts.items():
        for m in iter_matches(text, options):
            problems.append(f"{where}: {m.label} ({m.text[:40]})")
    if problems:
        raise PublicationRefused(
            "Not published: the release scanner flags personal data in the response. "
            + "; ".join(problems[:5])
            + ". Remove it from the answers, or record why the response is not published."
        )


def _rescan(attachments: list[Any], case: Any) -> None:
    """Scan each file again as it is now, just before it goes public: a file changed on disk or a
    scanner that has learnt more must not be waved through on an old verdict. Any error refuses."""
    if not attachments:
        return
    try:
        scanner = importlib.import_module("foidesk.release.scanner")
    except ImportError as exc:
        raise PublicationRefused("Not published: the release scanner is not installed.") from exc
    options = _identity_options(case)
    for att in attachments:
        try:
            report = scanner.scan_file(Path(att.file.path), options)
        except Exception as exc:  # noqa: BLE001 - fail closed on anything the scanner raises
            raise PublicationRefused(f"Not published: {att.original_name} could not be scanned "
                                     f"({exc}).") from exc
        if report.verdict.value != "clean":
            found = "; ".join(f"{f.kind} in {f.where}" for f in report.findings[:3])
            raise PublicationRefused(f"Not published: the release scanner flags "
                                     f"{att.original_name} ({found or report.error}).")


@transaction.atomic
def publish_case_response(*, actor: Any, case: Any) -> PublishedResponse:
    """Snapshot a sent response onto the public disclosure log (replacing an earlier snapshot of
    the same case). Refuses (PublicationRefused) when anything would leak."""
    questions = list(case.questions.select_related("answer").order_by("order", "id"))
    answered = [q for q in questions if getattr(q, "answer", None) is not None]
    if not answered or len(answered) != len(questions):
        raise PublicationRefused("Every question must be answered before the response is published.")
    outcome = overall_outcome(q.answer.outcome for q in answered)

    rows = []
    texts: dict[str, str] = {}
    for q in answered:
        a = q.answer
        row = {
            "order": q.order, "label": q.label, "text": scrub_requester(q.text, case),
            "outcome": a.outcome, "outcome_label": a.get_outcome_display(),
            "answer_text": _answer_text(a), "provisions": list(a.provisions or []),
            "reason": a.reason, "harm": a.harm, "pit_for": a.pit_for,
            "pit_against": a.pit_against, "pit_balance": a.pit_balance, "advice": a.advice,
        }
        if a.ncnd_provision and a.ncnd_provision not in row["provisions"]:
            row["provisions"].append(a.ncnd_provision)
        for key in ("answer_text", "reason", "harm", "pit_for", "pit_against", "pit_balance",
                    "advice"):
            texts[f"answer to {q.label} ({key.replace('_', ' ')})"] = row[key]
        rows.append(row)
    _refuse_flagged(texts, case)

    files = [a for a in case.attachments.filter(superseded=False) if a.scan_status == "clean"]
    _rescan(files, case)
    request_text = scrub_requester(case.request_text, case)
    title = scrub_requester(case.title or request_text[:120], case)
    search_text = "\n".join(
        [request_text]
        + [f"{r['label']} {r['text']}\n{r['answer_text']}\n{r['reason']}\n{r['harm']}" for r in rows]
        + [f.original_name for f in files]
    )

    PublishedResponse.objects.filter(source_case_id=case.pk).delete()
    response = PublishedResponse.objects.create(
        authority=case.authority, source_case_id=case.pk, reference=case.reference,
        regime=case.regime, title=title[:200], request_text=request_text,
        received=case.received, responded=timezone.localdate(), outcome=outcome,
        published_at=timezone.now(), search_text=search_text,
    )
    PublishedQuestion.objects.bulk_create(PublishedQuestion(response=response, **r) for r in rows)
    citations = dict.fromkeys(c for r in rows for c in r["provisions"])
    PublishedExemption.objects.bulk_create(
        PublishedExemption(
            response=response, citation=c, section="".join(split_citation(c)[:2]),
            title=getattr(resolve_citation(case.regime, c), "title", ""),
        )
        for c in citations
    )
    transaction.on_commit(lambda: cache.delete(EXEMPTIONS_CACHE_KEY))
    for att in files:
        with att.file.open("rb") as fh:
            data = fh.read()
        published = PublishedFile(response=response, name=att.original_name, size=len(data),
                                  sha256=hashlib.sha256(data).hexdigest())
        published.file.save(att.original_name, ContentFile(data), save=False)
        published.save()
    return response
