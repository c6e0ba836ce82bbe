"""What the browser tests share besides fixtures: the SMTP mailbox and the axe-core check."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from email.message import EmailMessage
from typing import Any


class Mailbox:
    """What arrived at the SMTP server, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        msg = email.message_from_bytes(envelope.original_content or envelope.content,
                                       policy=email.policy.default)
        with self._lock:
            self.messages.append(msg)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        with self._lock:
            return [m for m in self.messages if address in str(m.get("To", ""))]

    @staticmethod
    def text_of(msg: EmailMessage) -> str:
        part = msg.get_body(preferencelist=("plain", "html"))
        return part.get_content() if part is not None else ""



def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s), e.g. "
        f"{v['nodes'][0]['html'][:120] if v['nodes'] else ''}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def wait_for_mail(smtp: Mailbox, to: str, subject_part: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for msg in smtp.to(to):
            if subject_part in str(msg["Subject"]):
                return f"{msg['Subject']}\n{Mailbox.text_of(msg)}"
        time.sleep(0.2)
    seen = [(m["To"], m["Subject"]) for m in smtp.messages]
    raise AssertionError(f"no email to {to} about {subject_part!r}; arrived: {seen}")


def sign_in(page: Any, email: str, next_path: str) -> None:
    """Sign in with a password (every test person has tests.factories.PASSWORD)."""
    from tests.factories import PASSWORD

    page.goto(f"/accounts/sign-in/?next={next_path}")
    page.locator("#id_email").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"**{next_path}")


def accessible(page: Any) -> None:
    assert serious_violations(page) == [], page.url
