"""The encrypted attachment files under ``blobs/xx/<id>``, and their per-intake keys.

Writing is crash-safe: ciphertext goes to a temp file in the same folder, is fsynced,
renamed into place and the folder fsynced; only then does the caller commit the row.  A
crash leaves either nothing or a complete blob without a row, and both are removed at the
next open.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.container import CHUNK_SIZE, ContainerError, decrypt_stream, encrypt_stream
from vault.core.errors import IntegrityError
from vault.core.fsutil import fsync_directory, storage_error

TEMP_PREFIX = ".intake-"
_HEX = frozenset("0123456789abcdef")


def new_blob_id() -> str:
    """A random 128-bit id (never derived from content: that would confirm a known file)."""
    return secrets.token_hex(16)


def is_blob_id(name: str) -> bool:
    """True for a well-formed blob id."""
    return len(name) == 32 and set(name) <= _HEX


class BlobStore:
    """Encrypted attachment containers for one vault."""

    def __init__(self, vault_dir: Path, vault_id: str, wrap_key: bytes) -> None:
        self.root = vault_dir / "blobs"
        self.vault_id = vault_id
        self._wrap = AESGCM(wrap_key)

    def path_for(self, blob_id: str) -> Path:
        """Where the blob with this id lives."""
        if not is_blob_id(blob_id):
            raise ValueError("malformed blob id")
        return self.root / blob_id[:2] / blob_id

    def _aad(self, blob_id: str) -> bytes:
        return self.vault_id.encode("ascii") + blob_id.encode("ascii")

    def wrap_key(self, blob_id: str, key: bytes) -> bytes:
        """nonce || AES-256-GCM(key) under the vault's wrapping key, bound to this blob."""
        nonce = os.urandom(12)
        return nonce + self._wrap.encrypt(nonce, key, self._aad(blob_id))

    def unwrap_key(self, blob_id: str, wrapped: bytes, label: str) -> bytes:
        """The per-intake key of ``blob_id``; IntegrityError naming ``label`` if it fails."""
        try:
            return self._wrap.decrypt(wrapped[:12], wrapped[12:], self._aad(blob_id))
        except (InvalidTag, ValueError):
            raise IntegrityError(
                f"{label} failed its integrity check: its key record was changed."
            ) from None

    def write(
        self, blob_id: str, source: BinaryIO, progress: Callable[[int], None] | None = None
    ) -> tuple[bytes, int, str]:
        """Encrypt ``source`` into a new blob under a fresh key.

        Returns (wrapped key, plaintext size, plaintext SHA-256 hex).  On any failure the
        temp file is removed and nothing is left behind.
        """
        final = self.path_for(blob_id)
        folder = final.parent
        temp = folder / f"{TEMP_PREFIX}{blob_id}"
        key = os.urandom(32)
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise storage_error(exc, "the attachment") from exc
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                size, digest = encrypt_stream(
                    source, _write_all(out), key, self.vault_id, blob_id, CHUNK_SIZE, progress
                )
                os.fsync(out.fileno())
            os.replace(temp, final)
            fsync_directory(folder)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise storage_error(exc, "the attachment") from exc
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        return self.wrap_key(blob_id, key), size, digest

    def discard(self, blob_id: str) -> None:
        """Remove a blob whose row never committed."""
        with contextlib.suppress(OSError):
            self.path_for(blob_id).unlink()

    def read(self, blob_id: str, wrapped: bytes, label: str) -> Iterator[bytes]:
        """Yield authenticated plaintext chunks; IntegrityError naming ``label`` on failure."""
        key = self.unwrap_key(blob_id, wrapped, label)
        path = self.path_for(blob_id)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed in finally, generator-scoped
        except FileNotFoundError:
            raise IntegrityError(f"{label} is missing its encrypted file.") from None
        except OSError as exc:
            raise IntegrityError(f"{label} cannot be read ({exc.strerror}).") from None
        try:
            yield from decrypt_stream(handle, key, self.vault_id, blob_id)
        except ContainerError as exc:
            raise IntegrityError(
                f"{label} failed its integrity check: {exc.reason}; "
                "the file was changed outside the vault."
            ) from None
        finally:
            handle.close()

    def remove_orphans(self, known: set[str]) -> list[str]:
        """Delete interrupted-intake temp files and blobs without a committed row."""
        removed: list[str] = []
        if not self.root.is_dir():
            return removed
        for folder in self.root.iterdir():
            if not folder.is_dir():
                continue
            changed = False
            for entry in folder.iterdir():
                name = entry.name
                if name.startswith(TEMP_PREFIX) or (is_blob_id(name) and name not in known):
                    with contextlib.suppress(OSError):
                        entry.unlink()
                        removed.append(name)
                        changed = True
            if changed:
                fsync_directory(folder)
        return removed

    def stored_ids(self) -> set[str]:
        """Ids of every blob file present."""
        if not self.root.is_dir():
            return set()
        return {
            entry.name
            for folder in self.root.iterdir()
            if folder.is_dir()
            for entry in folder.iterdir()
            if is_blob_id(entry.name)
        }


def _write_all(out: BinaryIO) -> Callable[[bytes | memoryview], object]:
    def write(data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            written = out.write(view)
            if written is None:
                raise OSError("short write")
            view = view[written:]

    return write
