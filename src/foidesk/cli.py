"""The `foidesk` command.

Each area registers its own subcommands, so the law engine, the text core, release safety and the
web application stay independent:

- `foidesk.law.cli`     deadline
- `foidesk.text.cli`    parse, check, letter, eval
- `foidesk.release.cli` scan, clean, redact
- `foidesk.project.cli` manage, serve, generate (the Django side)

A subcommand's handler takes the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

AREAS = ("foidesk.law.cli", "foidesk.text.cli", "foidesk.release.cli", "foidesk.project.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foidesk", description="Freedom of Information desk (FOIA, EIR, FOISA)."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for area in AREAS:
        importlib.import_module(area).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `foidesk manage ...` hands everything after it to Django untouched.
    if args_list[:1] == ["manage"]:
        from foidesk.project.cli import run_manage

        return run_manage(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        status = int(args.func(args) or 0)
        # Flush here, so a reader that went away is met by the handler below, not at exit.
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `foidesk parse big.txt | head` closed the pipe: stop quietly, as Unix tools do.
        _silence_stdout()
        return 141


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
