"""Casework fixtures: two authorities, their staff in each role, and a local SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from tests.factories import make_authority, make_member


@dataclass
class Staff:
    authority: Any
    officer: Any
    approver: Any
    contributor: Any
    administrator: Any


@pytest.fixture
def opcc(db: Any) -> Staff:
    a = make_authority()
    return Staff(
        authority=a,
        officer=make_member(a, "officer", "olu.officer@example.org", "Olu Officer"),
        approver=make_member(a, "approver", "april.approver@example.org", "April Approver"),
        contributor=make_member(a, "contributor", "cai.contributor@example.org", "Cai Contributor"),
        administrator=make_member(a, "administrator", "ada.admin@example.org", "Ada Admin"),
    )


@pytest.fixture
def other(db: Any) -> Staff:
    a = make_authority(name="Example Borough Council", slug="example-borough", regime="eir",
                       kind="council", reference_prefix="EBC")
    return Staff(
        authority=a,
        officer=make_member(a, "officer", "otto.other@example.org", "Otto Other"),
        approver=make_member(a, "approver", "aria.other@example.org", "Aria Other"),
        contributor=make_member(a, "contributor", "cora.other@example.org", "Cora Other"),
        administrator=make_member(a, "administrator", "adam.other@example.org", "Adam Other"),
    )


@pytest.fixture
def commit(django_capture_on_commit_callbacks: Any) -> Any:
    """Run on-commit callbacks (emails, scans) as a real commit would."""

    def run(func: Any, /, **kwargs: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return func(**kwargs)

    return run


@dataclass
class Mailbox:
    messages: list[EmailMessage] = field(default_factory=list)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m.get("To", ""))]

    @staticmethod
    def text(message: EmailMessage) -> str:
        """The plain-text body as the person reads it (transfer encoding undone)."""
        part = message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.box.messages.append(
            message_from_bytes(envelope.original_content, policy=policy.default)  # type: ignore[arg-type]
        )
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server(settings: Any) -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1; Django's SMTP backend sends to it."""
    box = Mailbox()
    port = _free_port()
    controller = Controller(_Handler(box), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    try:
        yield box
    finally:
        controller.stop()
