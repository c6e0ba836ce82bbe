"""A zip archive read with limits, so a zip bomb or a lying header fails closed.

Office files are zips. A hostile one declares or expands to gigabytes, holds a million
members, or compresses at a ratio no document needs; each of those is a `ScanError` before the
scanner spends the budget on it. Members are read through zipfile, which stops at the declared
size and checks the CRC, so a header that lies about the size is caught as a corrupt file.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol

from foidesk.release.findings import ScanError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What a document may plausibly hold; anything beyond is treated as hostile."""

    max_members: int = 20_000
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 3 * 1024 * 1024 * 1024
    # Spreadsheet XML compresses well (tens to one); a bomb of zeros compresses at a thousand.
    max_ratio: float = 250.0
    ratio_applies_above: int = 16 * 1024 * 1024


def sniff(path: Path) -> bytes:
    """The first bytes of a file, to tell zips, PDFs and OLE containers apart by content."""
    try:
        with path.open("rb") as fh:
            return fh.read(8)
    except OSError as exc:
        raise ScanError(f"cannot read the file: {exc.strerror or exc}") from exc


def refuse_ole(head: bytes) -> None:
    """MS-OFFCRYPTO: a password-protected xlsx or docx is an OLE (CFB) container holding an
    EncryptedPackage stream; legacy .xls/.doc are OLE too. Neither can be inspected here."""
    if head.startswith(OLE_MAGIC):
        raise ScanError(
            "encrypted (password-protected) Office file or legacy binary format (OLE container);"
            " it cannot be inspected"
        )


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError)


class _Guarded:
    """A member stream whose decompression errors surface as ScanError (a damaged file)."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        self._name = name

    def read(self, size: int = -1) -> bytes:
        try:
            return self._stream.read(size)
        except _DAMAGE as exc:
            raise ScanError(f"part {self._name} is damaged: {exc}") from exc

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> _Guarded:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class SafeArchive:
    """A zip whose every member has been checked against `ZipLimits` before anything is read."""

    def __init__(self, path: Path, limits: ZipLimits | None = None) -> None:
        self.limits = limits or ZipLimits()
        refuse_ole(sniff(path))
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ScanError(f"not a readable zip archive (damaged or truncated): {exc}") from exc
        try:
            self._infos = {info.filename: info for info in self._check(self._zip.infolist())}
        except ScanError:
            self._zip.close()
            raise

    def _check(self, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
        limits = self.limits
        if len(infos) > limits.max_members:
            raise ScanError(f"zip holds {len(infos)} members (limit {limits.max_members})")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ScanError(f"zip member {info.filename} is encrypted")
            if info.file_size > limits.max_member_bytes:
                raise ScanError(
                    f"zip member {info.filename} declares {info.file_size} bytes"
                    f" (limit {limits.max_member_bytes}): possible zip bomb"
                )
            if (
                info.file_size > limits.ratio_applies_above
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise ScanError(
                    f"zip member {info.filename} expands {info.file_size // max(info.compress_size, 1)}"
                    " times: possible zip bomb"
                )
            total += info.file_size
        if total > limits.max_total_bytes:
            raise ScanError(
                f"zip expands to {total} bytes (limit {limits.max_total_bytes}): possible zip bomb"
            )
        return infos

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self._infos)

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def open(self, name: str) -> _Guarded:
        """A stream of one member; zipfile stops at the declared size and checks the CRC."""
        if name not in self._infos:
            raise ScanError(f"missing part {name}")
        try:
            return _Guarded(self._zip.open(self._infos[name]), name)
        except _DAMAGE as exc:
            raise ScanError(f"cannot read part {name}: {exc}") from exc

    def read(self, name: str) -> bytes:
        with self.open(name) as fh:
            return fh.read()

    def infos(self) -> Iterator[zipfile.ZipInfo]:
        yield from self._infos.values()
