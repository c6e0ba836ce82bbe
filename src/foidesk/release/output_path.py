"""Say in one line why an output file cannot be written, as `foidesk letter` does.

Checked before any work starts, so a typo in `-o` costs nothing and never surfaces as a
Python exception name (STYLE.md: bad input gives a clear one-line error).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


def unwritable_reason(path: Path) -> str | None:
    """`cannot write PATH: reason` when `path` cannot be created or replaced, else None."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        code = errno.EISDIR
    elif not parent.exists():
        code = errno.ENOENT
    elif not parent.is_dir():
        code = errno.ENOTDIR
    elif not os.access(parent, os.W_OK | os.X_OK) or (
        path.exists() and not os.access(path, os.W_OK)
    ):
        code = errno.EACCES
    else:
        return None
    return f"cannot write {path}: {os.strerror(code)}"


def os_error_reason(exc: OSError, output: Path) -> str:
    """An OSError met while reading input or writing `output`, in words without its class."""
    name = exc.filename if exc.filename is not None else output
    verb = "write" if str(name) == str(output) else "read"
    return f"cannot {verb} {name}: {exc.strerror or exc}"
