"""`foidesk manage generate_cases --cases N --authorities M` (also `foidesk generate`)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from foidesk.cases.demo.generate import generate_cases


class Command(BaseCommand):
    help = "Generate N realistic cases across M authorities (bulk insert)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--cases", type=int, required=True)
        parser.add_argument("--authorities", type=int, default=5)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["cases"] <= 0 or options["authorities"] <= 0:
            raise CommandError("--cases and --authorities must be positive")
        start = time.perf_counter()
        result = generate_cases(
            cases=options["cases"], authorities=options["authorities"], seed=options["seed"],
            progress=lambda n: self.stderr.write(f"\r{n} cases", ending=""),
        )
        self.stderr.write("")
        self.stdout.write(f"generated {result.cases} cases ({result.events} events) across "
                          f"{result.authorities} authorities in "
                          f"{time.perf_counter() - start:.1f} s")
