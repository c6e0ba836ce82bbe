"""Portal writes: each calls the casework services, which write the audit events."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from foidesk.accounts.services import requester_get_or_create
from foidesk.cases.services.intake import batch_submit, case_submit_from_portal


@transaction.atomic
def portal_submit_request(
    *, user: Any, authorities: list[Any], name: str, email: str, address: str, text: str,
) -> list[Any]:
    """Send a request to one authority or several (each gets its own case). A person who is not
    signed in is signed up implicitly by email, so they can later track it with an emailed link;
    signing in is never granted by typing an address."""
    requester = user if user is not None and user.is_authenticated else (
        requester_get_or_create(email=email, full_name=name)
    )
    if len(authorities) == 1:
        return [case_submit_from_portal(
            actor=requester, authority=authorities[0], requester_name=name,
            requester_email=email, requester_address=address, text=text,
        )]
    return batch_submit(actor=requester, authorities=authorities, requester_name=name,
                        requester_email=email, requester_address=address, text=text)
