"""Subcommands of the text core: parse, check, letter, eval (one module each)."""

from __future__ import annotations

import argparse
from typing import Any

from foidesk.text import check_cli, eval_cli, letter_cli, parse_cli


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the text core's subcommands to the `foidesk` parser."""
    for module in (parse_cli, check_cli, letter_cli, eval_cli):
        module.register(sub)
