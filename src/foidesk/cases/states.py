"""Case statuses: one enum and ONE transition table. Services move a case only through
`check_transition`, so an illegal move is refused with a reason a person can read."""

from __future__ import annotations

from django.db import models


class CaseState(models.TextChoices):
    RECEIVED = "received", "Received"
    IN_PROGRESS = "in_progress", "In progress"
    AWAITING_CLARIFICATION = "awaiting_clarification", "Awaiting clarification"
    AWAITING_FEE = "awaiting_fee", "Awaiting fee"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    APPROVED = "approved", "Approved"
    SENT = "sent", "Response sent"
    CLOSED = "closed", "Closed"
    WITHDRAWN = "withdrawn", "Withdrawn"
    INVALID = "invalid", "Invalid (FOIA s8)"
    REDIRECTED = "redirected", "Redirected"


S = CaseState

# The whole life of a case. Anything not listed here is refused.
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    S.RECEIVED: frozenset({S.IN_PROGRESS, S.AWAITING_CLARIFICATION, S.AWAITING_FEE,
                           S.WITHDRAWN, S.INVALID, S.REDIRECTED}),
    S.IN_PROGRESS: frozenset({S.AWAITING_CLARIFICATION, S.AWAITING_FEE, S.AWAITING_APPROVAL,
                              S.WITHDRAWN, S.INVALID, S.REDIRECTED}),
    S.AWAITING_CLARIFICATION: frozenset({S.IN_PROGRESS, S.WITHDRAWN, S.CLOSED}),
    S.AWAITING_FEE: frozenset({S.IN_PROGRESS, S.WITHDRAWN, S.CLOSED}),
    S.AWAITING_APPROVAL: frozenset({S.APPROVED, S.IN_PROGRESS, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.SENT, S.IN_PROGRESS, S.AWAITING_APPROVAL, S.WITHDRAWN}),
    S.SENT: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.INVALID: frozenset(),
    S.REDIRECTED: frozenset(),
}

# States in which the statutory clock still runs against the authority.
OPEN_STATES: frozenset[CaseState] = frozenset({
    S.RECEIVED, S.IN_PROGRESS, S.AWAITING_CLARIFICATION, S.AWAITING_FEE,
    S.AWAITING_APPROVAL, S.APPROVED,
})
# States in which answers may still be drafted or changed.
DRAFTING_STATES: frozenset[CaseState] = frozenset({S.RECEIVED, S.IN_PROGRESS})
# States from which the requester may ask for an internal review.
REVIEWABLE_STATES: frozenset[CaseState] = frozenset({S.SENT, S.CLOSED, S.INVALID})


class TransitionError(Exception):
    """A change the case's status (or the law) does not allow; the message says why."""


def check_transition(current: str, target: CaseState) -> None:
    """Refuse a move that the transition table does not list."""
    state = CaseState(current)
    if target == state:
        return
    if target not in TRANSITIONS[state]:
        allowed = ", ".join(sorted(s.label.lower() for s in TRANSITIONS[state])) or "nothing"
        raise TransitionError(
            f"A case that is {state.label.lower()} cannot become {target.label.lower()} "
            f"(from here it can become: {allowed})."
        )
