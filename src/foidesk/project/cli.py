"""Django-side subcommands: manage (Django's manage.py), serve (what `make run` starts) and
generate (large realistic datasets for benchmarks)."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from typing import Any

SWEEP_EVERY_S = 24 * 60 * 60


def run_manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foidesk.project.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["foidesk manage", *argv])
    return 0


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foidesk.project.settings")
    import django

    django.setup()


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("manage", help="run a Django management command", add_help=False)
    p.set_defaults(func=lambda args: run_manage(sys.argv[2:]))
    register_serve(sub)
    register_generate(sub)


def _manage_cmd(*argv: str) -> list[str]:
    return [sys.executable, "-m", "foidesk.cli", "manage", *argv]


def _sweep_daily(stop: threading.Event) -> None:
    """The daily sweep (FOIA s10(1) overdue marking, retention), run by the serve loop; in
    production cron can run `foidesk manage sweep_overdue` instead."""
    while not stop.is_set():
        subprocess.run(_manage_cmd("sweep_overdue"), check=False)  # noqa: S603
        stop.wait(SWEEP_EVERY_S)


def _serve(args: argparse.Namespace) -> int:
    """Migrate, load the demo data into an empty database, start the task worker and the daily
    sweep beside the web server, and print how to sign in."""
    _setup()
    from django.core.management import call_command

    from foidesk.authorities.models import Authority

    call_command("migrate", "--noinput", verbosity=0)
    if not args.no_demo and not Authority.objects.exists():
        from foidesk.cases.demo.load import load_demo

        print("Loading the demo data (first start only)...", flush=True)
        load_demo()
    worker = None
    stop = threading.Event()
    if not args.no_worker:
        # DEBUG=0: the worker's own autoreloader would fork a child that outlives us.
        worker = subprocess.Popen(  # noqa: S603
            _manage_cmd("db_worker", "--interval", "1"), env={**os.environ, "DEBUG": "0"})
        threading.Thread(target=_sweep_daily, args=(stop,), daemon=True).start()
    url = f"http://{args.host}:{args.port}/"
    print(_banner(url), flush=True)

    def stop_on_sigterm(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop_on_sigterm)
    try:
        call_command("runserver", f"{args.host}:{args.port}", use_reloader=False)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=10)
    return 0


def _banner(url: str) -> str:
    from foidesk.authorities.models import Authority
    from foidesk.cases.demo.load import DEMO_PASSWORD, demo_logins

    lines = ["", f"foidesk is serving on {url}", ""]
    if Authority.objects.filter(slug="opcc-cleveland").exists():
        lines += [
            f"Demo sign-in at {url}accounts/sign-in/ (password for everyone: {DEMO_PASSWORD})",
            "",
        ]
        lines += [f"  {login.role:14} {login.email}" for login in demo_logins()]
        lines += [
            "",
            f"Casework: {url}casework/ — sign in as the officer; the canonical request",
            "(facial recognition funding, OPCC Cleveland) is waiting for answers.",
            "Emails are printed on this console.",
        ]
    return "\n".join(lines) + "\n"


def register_serve(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="migrate, load demo data, run the worker and serve the web app")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-worker", action="store_true", help="do not start the task worker")
    p.add_argument("--no-demo", action="store_true", help="do not load demo data")
    p.set_defaults(func=_serve)


def _generate(args: argparse.Namespace) -> int:
    if args.cases <= 0 or args.authorities <= 0:
        print("foidesk generate: --cases and --authorities must be positive", file=sys.stderr)
        return 2
    _setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("generate_cases", cases=args.cases, authorities=args.authorities, seed=args.seed)
    return 0


def register_generate(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("generate", help="generate a large realistic dataset (bulk insert)")
    p.add_argument("--cases", type=int, required=True, help="how many cases")
    p.add_argument("--authorities", type=int, default=5, help="spread across this many (5)")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(func=_generate)
