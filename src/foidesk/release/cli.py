"""Subcommands of release safety: scan and clean (scan_cli), redact (redact_cli)."""

from __future__ import annotations

import argparse
from typing import Any

from foidesk.release import redact_cli, scan_cli


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add release safety's subcommands to the `foidesk` parser."""
    for module in (scan_cli, redact_cli):
        module.register(sub)
