"""`foidesk manage generate_disclosure_log`: publish every sent or closed (generated) case."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from foidesk.disclosure.demo import publish_generated


class Command(BaseCommand):
    help = "Publish every sent or closed case that is not yet on the disclosure log (demo data)."

    def handle(self, *args: Any, **options: Any) -> None:
        made = publish_generated(progress=lambda n: self.stdout.write(f"  {n} published"))
        self.stdout.write(f"Published {made} responses to the disclosure log.")
