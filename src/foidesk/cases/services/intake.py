"""How requests arrive: through the portal (one or several authorities at once), or logged by an
officer from an email, a letter or a public request site with its true date of receipt."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from django.db import transaction
from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, Role, regime_refusal
from foidesk.cases.models import Case, Channel, EventKind, RequestBatch
from foidesk.cases.services.events import record_event, save_case
from foidesk.cases.services.notices import acknowledge
from foidesk.cases.services.permissions import require_role


class InvalidRequest(ValueError):
    """FOIA s8 / FOISA s8 / EIR: what a valid request lacks, in words for the requester."""


def _title_from(text: str) -> str:
    first = " ".join(text.split())
    return first[:120] + ("…" if len(first) > 120 else "")


def _validate(*, requester_name: str, requester_email: str, requester_address: str, text: str,
              regime: str) -> None:
    """FOIA s8(1): a request is in writing, states the applicant's name and an address for
    correspondence, and describes the information requested (FOISA s8(1) the same; the EIR need
    no name but foidesk asks for one so that it can reply)."""
    missing = []
    if not requester_name.strip():
        missing.append("your name")
    if not requester_email.strip() and not requester_address.strip():
        missing.append("an address for correspondence (an email or postal address)")
    if not text.strip():
        missing.append("a description of the information you want")
    if missing:
        raise InvalidRequest("The request needs " + " and ".join(missing) + " (FOIA s8(1)).")


def _create_case(
    *, actor: User | None, authority: Authority, requester: User | None, requester_name: str,
    requester_email: str, requester_address: str, text: str, received_at: dt.datetime,
    channel: Channel, regime: str | None, batch: RequestBatch | None,
) -> Case:
    if regime:
        # FOIA s3 / FOISA s3: an explicit regime must be one that can apply to the authority.
        refusal = regime_refusal(authority=authority, regime=regime)
        if refusal:
            raise InvalidRequest(refusal)
    regime = regime or authority.regime
    _validate(requester_name=requester_name, requester_email=requester_email,
              requester_address=requester_address, text=text, regime=regime)
    received = timezone.localtime(received_at).date()
    case = Case.objects.create(
        authority=authority,
        reference=f"pending-{uuid.uuid4().hex}",
        regime=regime,
        requester=requester,
        requester_name=requester_name.strip(),
        requester_email=requester_email.strip().lower(),
        requester_address=requester_address.strip(),
        title=_title_from(text),
        request_text=text.strip(),
        received=received,
        received_at=received_at,
        channel=channel,
        batch=batch,
    )
    case.reference = f"{authority.reference_prefix}-{received.year}-{case.pk:06d}"
    record_event(case=case, kind=EventKind.RECEIVED, actor=actor,
                 data={"on": received.isoformat(), "channel": channel.value})
    save_case(case=case)
    return case


@transaction.atomic
def case_submit_from_portal(
    *, actor: User | None, authority: Authority, requester_name: str, requester_email: str,
    requester_address: str = "", text: str, received_at: dt.datetime | None = None,
    batch: RequestBatch | None = None,
) -> Case:
    """A request made on the portal: the date of receipt is the day it was submitted.
    The requester is emailed an acknowledgement with the statutory due date."""
    requester = actor if actor is not None and actor.is_authenticated else None
    case = _create_case(
        actor=requester, authority=authority, requester=requester, requester_name=requester_name,
        requester_email=requester_email, requester_address=requester_address, text=text,
        received_at=received_at or timezone.now(), channel=Channel.PORTAL, regime=None,
        batch=batch,
    )
    acknowledge(case=case, actor=requester)
    return case


@transaction.atomic
def batch_submit(
    *, actor: User | None, authorities: list[Authority], requester_name: str,
    requester_email: str, requester_address: str = "", text: str,
    received_at: dt.datetime | None = None,
) -> list[Case]:
    """One request sent to several authorities: each authority gets its own case."""
    if not authorities:
        raise InvalidRequest("Choose at least one authority to send the request to.")
    requester = actor if actor is not None and actor.is_authenticated else None
    batch = RequestBatch.objects.create(requester=requester)
    when = received_at or timezone.now()
    return [
        case_submit_from_portal(
            actor=actor, authority=a, requester_name=requester_name,
            requester_email=requester_email, requester_address=requester_address, text=text,
            received_at=when, batch=batch,
        )
        for a in dict.fromkeys(authorities)
    ]


@dataclass(frozen=True)
class ParsedEmail:
    sender_name: str
    sender_email: str
    subject: str
    body: str
    sent_at: dt.datetime | None


def parse_eml(raw: bytes) -> ParsedEmail:
    """Read a saved `.eml` file with the standard library (first text/plain part)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):
        raise InvalidRequest("That file is not an email message.")
    name, addr = parseaddr(str(msg.get("From", "")))
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        from django.utils.html import strip_tags

        body = strip_tags(body)
    sent_at = None
    if msg.get("Date"):
        try:
            sent_at = parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError):
            sent_at = None
    if not body.strip():
        raise InvalidRequest("That email has no readable text.")
    return ParsedEmail(name, addr, str(msg.get("Subject", "")), body.strip(), sent_at)


@transaction.atomic
def case_log_received(
    *, actor: User, authority: Authority, channel: Channel, received: dt.date,
    requester_name: str, requester_email: str = "", requester_address: str = "",
    text: str, regime: str | None = None,
) -> Case:
    """An officer logs a request that arrived by email, post or a public request site.
    `received` is the true date of receipt (FOIA s10(1)), which may be a non-working day."""
    require_role(actor=actor, authority=authority, role=Role.OFFICER)
    if received > timezone.localdate():
        raise InvalidRequest("The date of receipt cannot be in the future.")
    received_at = timezone.make_aware(dt.datetime.combine(received, dt.time(9, 0)))
    case = _create_case(
        actor=actor, authority=authority, requester=None, requester_name=requester_name,
        requester_email=requester_email, requester_address=requester_address, text=text,
        received_at=received_at, channel=channel, regime=regime, batch=None,
    )
    case.owner = actor
    case.save(update_fields=["owner"])
    acknowledge(case=case, actor=actor)
    return case
