"""Redacted derivatives kept between the two passes of an export, off the heap.

An export computes every file's digests before it writes the first byte (the manifests
come first in the encrypted tar stream), so each redacted photo or PDF is made in the first
pass and needed again in the second. Holding them all in memory grows with the case;
making them twice doubles the slowest work. Instead each one is sealed with AES-256-GCM
under a key that exists only in this process and written to an unnamed temporary file
beside the output (``O_TMPFILE`` where the system has it: the file has no name and is
gone when closed or when the process dies). Nothing plaintext touches the disk, memory
stays flat, and a piece changed on disk in between fails its tag instead of leaving.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.errors import IntegrityError
from vault.core.fsutil import storage_error

PIECE = 1 << 20
TAG_BYTES = 16


@dataclass(frozen=True)
class Spilled:
    """Where one derivative sits: (offset, plaintext length, nonce counter) per piece."""

    pieces: tuple[tuple[int, int, int], ...]
    size: int


class Spill:
    """An encrypted scratch file for one export; use as a context manager."""

    def __init__(self, directory: Path) -> None:
        try:
            self._file = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115 - closed by __exit__
        except OSError as exc:
            raise storage_error(exc, "export") from None
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))
        self._counter = 0
        self._end = 0

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._file.close()

    def put(self, data: bytes) -> Spilled:
        """Seal ``data`` into the file; what ``chunks`` needs to give it back."""
        pieces = []
        view = memoryview(data)
        try:
            for start in range(0, len(data), PIECE):
                plain = view[start : start + PIECE]
                sealed = self._aead.encrypt(self._counter.to_bytes(12, "big"), plain, None)
                self._file.seek(self._end)
                self._file.write(sealed)
                pieces.append((self._end, len(plain), self._counter))
                self._end += len(sealed)
                self._counter += 1  # a nonce is never used twice under this key
        except OSError as exc:
            raise storage_error(exc, "export") from None
        return Spilled(tuple(pieces), len(data))

    def chunks(self, spilled: Spilled) -> Iterator[bytes]:
        """The derivative again, piece by piece, each checked against its tag."""
        for offset, length, counter in spilled.pieces:
            try:
                self._file.seek(offset)
                sealed = self._file.read(length + TAG_BYTES)
            except OSError as exc:
                raise storage_error(exc, "export") from None
            try:
                yield self._aead.decrypt(counter.to_bytes(12, "big"), sealed, None)
            except InvalidTag:
                raise IntegrityError(
                    "The export's temporary file was changed on disk while the bundle was "
                    "being written; nothing was exported."
                ) from None
