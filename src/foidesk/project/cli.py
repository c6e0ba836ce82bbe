"""Django-side subcommands: manage (Django's manage.py), and later serve and generate."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def run_manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foidesk.project.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["foidesk manage", *argv])
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("manage", help="run a Django management command", add_help=False)
    p.set_defaults(func=lambda args: run_manage(sys.argv[2:]))
    register_serve(sub)


def _serve(args: argparse.Namespace) -> int:
    """Migrate the database, then serve on http://127.0.0.1:8000."""
    run_manage(["migrate", "--noinput", "-v", "0"])
    print("foidesk is serving on http://127.0.0.1:8000/")
    return run_manage(["runserver", "127.0.0.1:8000", "--noreload"])


def register_serve(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="migrate, load demo data and serve the web app")
    p.set_defaults(func=_serve)
