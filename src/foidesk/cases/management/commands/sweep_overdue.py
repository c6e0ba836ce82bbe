"""`foidesk manage sweep_overdue`: the daily sweep (mark overdue, email owners, retention)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from foidesk.cases.services.sweep import sweep_overdue


class Command(BaseCommand):
    help = "Mark overdue cases, email their owners, and erase requester data past retention."

    def handle(self, *args: Any, **options: Any) -> None:
        result = sweep_overdue()
        self.stdout.write(f"overdue marked: {result.overdue_marked}; owners emailed: "
                          f"{result.owners_emailed}; requesters erased: "
                          f"{result.requesters_erased}")
