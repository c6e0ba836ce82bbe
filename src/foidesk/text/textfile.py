"""Read a plain-text file given on the command line, refusing what is not text."""

from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 20_000_000
_SNIFF = 8192


class InputError(ValueError):
    """The file cannot be read as text; the message is one line for the user."""


def decode_text(data: bytes, *, name: str = "input") -> str:
    """Bytes as text: UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1252."""
    head = data[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file, not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.1:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Requests pasted on Windows arrive in cp1252; undefined bytes become U+FFFD.
        return data.decode("cp1252", errors="replace")


def read_text_file(path: Path) -> str:
    """The text of `path`, or InputError with a one-line reason."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: {size} bytes is too large for a request (limit {MAX_FILE_BYTES})"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode_text(data, name=str(path))
