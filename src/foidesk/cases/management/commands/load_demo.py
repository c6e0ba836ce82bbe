"""`foidesk manage load_demo`: load the demo authorities, users and cases."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from foidesk.cases.demo.load import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo authorities, users (one per role) and cases (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--cases", type=int, default=300, help="generated cases (300)")

    def handle(self, *args: Any, **options: Any) -> None:
        for login in load_demo(generated_cases=options["cases"]):
            self.stdout.write(f"{login.role:14} {login.email:34} {DEMO_PASSWORD}")
