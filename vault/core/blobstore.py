"""The encrypted attachment files under ``blobs/xx/<id>``, and their per-intake keys.

Writing is crash-safe in two steps.  Ciphertext goes to a temp file (``.intake-<id>``)
in its folder, which is fsynced, and the folder fsynced; then the caller commits the row;
only after that commit is the temp file renamed to its blob name (``publish``).  So a
complete file under a blob name always had a row: a crash before the commit leaves only
a temp file (removed at the next open), a crash after it a temp file whose row exists
(published at the next open; readers find it under either name meanwhile).  A blob file
without a row is therefore never a crash leftover, and open never deletes one: it goes
to quarantine (vault/core/quarantine.py).

Blob files carry a constant modification and access time (``BLOB_TIME``), and so do their
folders after each intake: a copy of the disk does not date each attachment.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.container import CHUNK_SIZE, ContainerError, PlainDigests, decrypt_stream
from vault.core.crashpoints import allowed_bytes, injected_error
from vault.core.errors import IntegrityError
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.intake_pipeline import encrypt_stream_parallel

TEMP_PREFIX = ".intake-"
_HEX = frozenset("0123456789abcdef")
# 2000-01-01T00:00:00Z: every blob file and folder shows this time, never the intake's.
BLOB_TIME = 946684800


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

    def temp_path_for(self, blob_id: str) -> Path:
        """Where the blob's ciphertext waits between intake and the row's commit."""
        return self.path_for(blob_id).with_name(f"{TEMP_PREFIX}{blob_id}")

    def locate(self, blob_id: str) -> Path:
        """The blob's file: its blob name, or its temp name when its row committed but the
        rename after the commit has not happened yet (a crash, another thread's intake)."""
        final = self.path_for(blob_id)
        if not final.exists():
            temp = self.temp_path_for(blob_id)
            if temp.exists():
                return temp
        return final

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
    ) -> tuple[bytes, PlainDigests]:
        """Encrypt ``source`` into a new blob under a fresh key, durable under its temp
        name; the caller commits the row and then calls ``publish``.

        Returns (wrapped key, the plaintext's size and digests).  On any failure the temp
        file is removed and nothing is left behind.
        """
        temp = self.temp_path_for(blob_id)
        folder = temp.parent
        key = os.urandom(32)
        new_folder = not folder.is_dir()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise storage_error(exc, "attachment") from exc
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                sink = _WriteBehind(out)
                try:
                    digests = encrypt_stream_parallel(
                        source, sink.write, key, self.vault_id, blob_id, CHUNK_SIZE, progress
                    )
                finally:
                    sink.close()  # before the file closes: the thread syncs its descriptor
                os.utime(out.fileno(), (BLOB_TIME, BLOB_TIME))
                os.fsync(out.fileno())
            fsync_directory(folder)
            if new_folder:  # the folder's own entry in blobs/ must be durable too
                os.utime(self.root, (BLOB_TIME, BLOB_TIME))
                fsync_directory(self.root)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise storage_error(exc, "attachment") from exc
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        return self.wrap_key(blob_id, key), digests

    def publish(self, blob_id: str) -> None:
        """Give a blob whose row has committed its blob name (rename, folder fsynced, the
        folder's time made constant again).  A failure leaves the temp name, which
        readers accept and the next open renames."""
        temp = self.temp_path_for(blob_id)
        final = self.path_for(blob_id)
        with contextlib.suppress(OSError):
            if final.exists():  # never replace a blob file: keep what is there
                return
            os.rename(temp, final)
            os.utime(final.parent, (BLOB_TIME, BLOB_TIME))
            fsync_directory(final.parent)

    def discard(self, blob_id: str) -> None:
        """Remove the temp file of a blob whose row never committed (never a file under
        a blob name: those had a row)."""
        with contextlib.suppress(OSError):
            self.temp_path_for(blob_id).unlink()

    def read(self, blob_id: str, wrapped: bytes, label: str) -> Iterator[bytes]:
        """Yield authenticated plaintext chunks; IntegrityError naming ``label`` on failure."""
        key = self.unwrap_key(blob_id, wrapped, label)
        try:
            handle = _open_unseen(self.locate(blob_id))
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


def _open_unseen(path: Path) -> BinaryIO:
    """Open for reading without updating the access time (O_NOATIME), so reading a blob
    does not date it either; where the system refuses that flag, an ordinary open."""
    flags = os.O_RDONLY | os.O_CLOEXEC
    try:
        fd = os.open(path, flags | getattr(os, "O_NOATIME", 0))
    except PermissionError:  # O_NOATIME needs the file's owner
        fd = os.open(path, flags)
    return os.fdopen(fd, "rb")


WRITE_BEHIND_BYTES = 16 << 20


class _WriteBehind:
    """Write everything to ``out``; every WRITE_BEHIND_BYTES, a thread fdatasyncs it.

    Left alone, the kernel keeps a large intake in the page cache until the final fsync:
    the disk idles while we encrypt, then the CPU idles while the disk writes.  Syncing as
    we go overlaps the two (1 GiB: ~280 -> ~530 MB/s here) and keeps dirty memory small.
    The bytes written are the same; the final fsync stays the caller's.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._fd = out.fileno()
        self._unsynced = 0
        self._wake = threading.Event()
        self._stopping = False
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="intake-writeback", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stopping:  # set before the wake-up, so it is seen after clear()
                return
            try:
                os.fdatasync(self._fd)
            except OSError as exc:
                self._error = exc
                return

    def write(self, data: bytes | memoryview) -> None:
        """Write all of ``data``; raise an error the sync thread met."""
        if self._error is not None:
            raise self._error
        view = memoryview(data)
        while view:
            take = allowed_bytes(len(view))  # the testing hook: the disk full at byte N
            written = self._out.write(view[:take])
            if take < len(view) and written == take:
                raise injected_error()
            if written is None:
                raise OSError("short write")
            view = view[written:]
        self._unsynced += len(data)
        if self._unsynced >= WRITE_BEHIND_BYTES:
            self._unsynced = 0
            self._wake.set()

    def close(self) -> None:
        """Stop the sync thread (before the file is closed); raise an error it met."""
        self._stopping = True
        self._wake.set()
        self._thread.join()
        if self._error is not None:
            raise self._error
