"""Attachments: files taken into the vault, encrypted at intake, never changed after."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.core.blobstore import new_blob_id
from vault.core.cases import get_case
from vault.core.container import CHUNK_SIZE
from vault.core.custody import utc_now
from vault.core.errors import InputError, IntegrityError, UnknownId
from vault.core.statements import require_statement_in_case
from vault.core.vault import Vault

ProgressCallback = Callable[[int, int], None]
_COLUMNS = "id, case_id, statement_id, name, media_type, size, sha256, created_utc"


@dataclass(frozen=True)
class Attachment:
    """An attachment's record (never its content)."""

    id: str
    case_id: str
    statement_id: str | None
    name: str
    media_type: str
    size: int
    sha256: str
    created_utc: str

    def as_json(self) -> dict[str, Any]:
        """The record as a JSON object."""
        return {
            "id": self.id,
            "case_id": self.case_id,
            "statement_id": self.statement_id,
            "name": self.name,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "created_utc": self.created_utc,
        }

    @property
    def label(self) -> str:
        """How messages name it: id and original file name."""
        return f"Attachment {self.id} ({self.name})"


def _open_source(path: Path) -> tuple[Any, int]:
    """Open an input file for intake; refuse anything but a readable regular file."""
    try:
        # O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputError(f"Cannot read {path}: no such file.") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        os.close(fd)
        raise InputError(f"Cannot read {path}: it is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise InputError(f"Cannot take in {path}: it is not a regular file.")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb"), info.st_size


def intake_files(
    vault: Vault,
    case_id: str,
    paths: list[Path],
    statement_id: str | None = None,
    progress: ProgressCallback | None = None,
) -> list[Attachment]:
    """Encrypt ``paths`` into the vault, hashing each in the same single read.

    All files or none: blobs are written and made durable first, then every row and its
    intake custody event commit in one transaction.  On any failure (unreadable input,
    disk full, unknown case, a statement unknown or of another case) nothing is added and
    no blob is left behind.
    """
    get_case(vault, case_id)
    if statement_id is not None:
        require_statement_in_case(vault, statement_id, case_id)
    if not paths:
        raise InputError("No files to attach.")
    sources = []
    try:
        for path in paths:
            sources.append((Path(path), *_open_source(Path(path))))
        total = sum(size for _, _, size in sources)
        done = 0
        written: list[tuple[str, Path, bytes, int, str]] = []
        try:
            for path, handle, _size in sources:
                blob_id = new_blob_id()
                base = done

                def report(n: int, base: int = base) -> None:
                    if progress is not None:
                        progress(base + n, total)

                try:
                    wrapped, size, digest = vault.blobs.write(blob_id, handle, report)
                except OSError as exc:  # a read error on the input file
                    raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
                written.append((blob_id, path, wrapped, size, digest))
                done += size
            return _commit_rows(vault, case_id, statement_id, written)
        except BaseException:
            for blob_id, *_ in written:
                vault.blobs.discard(blob_id)
            raise
    finally:
        for _, handle, _ in sources:
            handle.close()


def _commit_rows(
    vault: Vault,
    case_id: str,
    statement_id: str | None,
    written: list[tuple[str, Path, bytes, int, str]],
) -> list[Attachment]:
    created = []
    with vault.transaction() as conn:
        for blob_id, path, wrapped, size, digest in written:
            name = unicodedata.normalize("NFC", path.name)
            media_type = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
            attachment = Attachment(
                blob_id, case_id, statement_id, name, media_type, size, digest, utc_now()
            )
            conn.execute(
                "INSERT INTO attachments (id, case_id, statement_id, name, media_type, size,"
                " sha256, hash_salt, wrapped_key, chunk_size, created_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attachment.id,
                    case_id,
                    statement_id,
                    name,
                    media_type,
                    size,
                    digest,
                    os.urandom(16),
                    wrapped,
                    CHUNK_SIZE,
                    attachment.created_utc,
                ),
            )
            vault.record(
                "intake",
                "attachment",
                attachment.id,
                {"case_id": case_id, "name": name, "size": size, "sha256": digest},
            )
            created.append(attachment)
    return created


def list_attachments(vault: Vault, case_id: str | None = None) -> list[Attachment]:
    """Every attachment (of one case, if given), in intake order."""
    if case_id is not None:
        get_case(vault, case_id)
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE case_id = ? ORDER BY created_utc",  # noqa: S608
            (case_id,),
        )
    else:
        rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM attachments ORDER BY created_utc")  # noqa: S608
    return [Attachment(*row) for row in rows]


def get_attachment(vault: Vault, attachment_id: str) -> Attachment:
    """The attachment record; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608 - fixed column list
        (attachment_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No attachment with id {attachment_id}.")
    return Attachment(*row)


def read_attachment(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """Yield the original's plaintext, chunk by authenticated chunk.

    The SHA-256 taken at intake is checked after the last chunk; a mismatch raises
    IntegrityError naming the attachment.  Consumers that publish plaintext must treat the
    item as failed unless the iteration finishes without error.
    """
    attachment = get_attachment(vault, attachment_id)
    wrapped = vault.conn.execute(
        "SELECT wrapped_key FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()[0]
    digest = hashlib.sha256()
    for chunk in vault.blobs.read(attachment.id, bytes(wrapped), attachment.label):
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != attachment.sha256:
        raise IntegrityError(
            f"{attachment.label} failed its integrity check: its content does not match the "
            "hash taken at intake."
        )


def verify_attachment(vault: Vault, attachment_id: str) -> None:
    """Authenticate the whole attachment end to end; IntegrityError naming it if it fails."""
    for _ in read_attachment(vault, attachment_id):
        pass
