"""Attachments: files taken into the vault, encrypted at intake, never changed after."""

from __future__ import annotations

import functools
import hashlib
import mimetypes
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from vault.core.blobstore import new_blob_id
from vault.core.cases import get_case
from vault.core.container import CHUNK_SIZE
from vault.core.custody import utc_now
from vault.core.errors import InputError, IntegrityError, StorageError, UnknownId
from vault.core.fsutil import storage_error
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.key_epochs import wrapped_attachment_key
from vault.core.pdf_text import PDF_TYPE, index_pdf_text, read_blob_pages, store_pdf_text
from vault.core.persons import allocate_code
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.retracted import live, refuse_retracted
from vault.core.statements import require_statement_in_case
from vault.core.store import DatabaseError
from vault.core.text_input import clean_line, escape_invisible
from vault.core.vault import Vault

MAX_FILE_NAME_CHARS = 255
_COLUMNS = "id, case_id, statement_id, name, media_type, size, sha256, created_utc, code"
ATTACHMENT_PREFIX = "A"  # ... per case (code_counters, never reused)


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
    code: str = ""  # numbered per case at intake, never reused

    def as_json(self) -> dict[str, Any]:
        """The record as a JSON object."""
        return {
            "id": self.id,
            "code": self.code,
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
        """How messages name it: id and original file name (invisible characters in it
        escaped: ``text_input.escape_invisible``)."""
        return f"Attachment {self.id} ({escape_invisible(self.name)})"


def open_intake_source(path: Path) -> tuple[Any, int]:
    """Open an input file for intake (binary file, its size); refuse anything but a
    readable regular file, with the sentence intake gives (a FIFO never blocks)."""
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


def recorded_name(path: Path) -> str:
    """The file name ``intake_files`` records for ``path``: bytes that are not UTF-8 and
    control characters (a line break in a name) written as ``\\xNN`` escapes, so the name
    is valid text on one line that still tells the original apart."""
    text = os.fsencode(path.name).decode("utf-8", "backslashreplace")
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def intake_files(
    vault: Vault,
    case_id: str,
    paths: list[Path],
    statement_id: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
    refuse_repeats: bool = False,
    details: Sequence[Mapping[str, Any] | None] | None = None,
    expected_sha256: Sequence[str | None] | None = None,
) -> list[Attachment]:
    """Encrypt ``paths`` into the vault, hashing each in the same single read.

    All files or none: blobs are written and made durable first, then every row and its
    intake custody event commit in one transaction.  On any failure (unreadable input,
    disk full, unknown case, a statement unknown, retracted or of another case) nothing
    is added and no blob is left behind.  Each name is recorded as ``recorded_name``
    gives it.  ``progress`` counts plaintext bytes; ``cancel`` is honoured until the
    commit (Cancelled, nothing added, no blob left).  With ``refuse_repeats`` (what the
    shells ask for unless told "again"), a file whose content (SHA-256) is already in the
    case is refused naming the attachment it repeats (DuplicateAttachment).  ``details``
    (one per path, None for none) adds to that file's intake custody event.  A file
    whose SHA-256 is not the one in ``expected_sha256`` (one per path, None: any), the
    content a caller checked before, changed meanwhile: refused (InputError), nothing
    added.
    """
    _check_target(vault, case_id, statement_id, bool(paths))
    sources = []
    try:
        for path in paths:
            sources.append((Path(path), *open_intake_source(Path(path))))
        items = [(recorded_name(path), str(path), handle) for path, handle, _ in sources]
        total = sum(s for *_, s in sources)
        return _intake(
            vault,
            case_id,
            statement_id,
            items,
            total,
            Work(progress, cancel),
            refuse_repeats,
            details,
            expected_sha256,
        )
    finally:
        for _, handle, _ in sources:
            handle.close()


def intake_streams(
    vault: Vault,
    case_id: str,
    items: list[tuple[str, BinaryIO]],
    statement_id: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> list[Attachment]:
    """Like ``intake_files`` for content held in memory or streamed from elsewhere (an
    imported bundle): each item is (file name to record, readable binary stream).

    Same promises: one read per stream, all or none, no blob left behind on failure.
    Refuses an empty or multi-line name.  ``progress`` is indeterminate (a callback
    gets a total of 0) when the streams cannot tell their size.
    """
    _check_target(vault, case_id, statement_id, bool(items))
    named = [(clean_line(name, "file name", MAX_FILE_NAME_CHARS), stream) for name, stream in items]
    sizes = [_stream_size(stream) for _, stream in named]
    total = None if None in sizes else sum(size or 0 for size in sizes)
    items_ = [(n, n, s) for n, s in named]
    return _intake(vault, case_id, statement_id, items_, total, Work(progress, cancel))


def _check_target(vault: Vault, case_id: str, statement_id: str | None, any_items: bool) -> None:
    case = get_case(vault, case_id)
    refuse_retracted(vault, case.id, case.id, f"Case {case.code}")
    if statement_id is not None:
        require_statement_in_case(vault, statement_id, case_id)
        refuse_retracted(vault, statement_id, case_id, f"Statement {statement_id}")
    if not any_items:
        raise InputError("No files to attach.")


def _stream_size(stream: BinaryIO) -> int | None:
    """Bytes left in a seekable stream; None when it cannot tell."""
    try:
        if stream.seekable():
            here = stream.tell()
            end = stream.seek(0, os.SEEK_END)
            stream.seek(here)
            return end - here
    except OSError:
        pass
    return None


def _intake(
    vault: Vault,
    case_id: str,
    statement_id: str | None,
    items: list[tuple[str, str, BinaryIO]],
    total: int | None,
    work: Work,
    refuse_repeats: bool = False,
    details: Sequence[Mapping[str, Any] | None] | None = None,
    expected_sha256: Sequence[str | None] | None = None,
) -> list[Attachment]:
    """items: (name recorded, how a read error names the source, stream); ``details``:
    one per item, added to its intake custody event; ``expected_sha256``: one per item,
    the content a caller checked (None: any)."""
    written: list[WrittenBlob] = []
    try:
        work.phase("Encrypting", total)
        for index, (name, label, stream) in enumerate(items, start=1):
            base = sum(blob.size for blob in written)
            work.update(base, item=f"file {index} of {len(items)}")
            try:
                written.append(write_blob(vault, name, stream, work.from_base(base)))
            except StorageError as exc:  # the vault's disk refused: name what was not saved
                if len(items) == 1 or not isinstance(exc.__cause__, OSError):
                    raise
                raise storage_error(
                    exc.__cause__, "attachments", count=len(items)
                ) from exc.__cause__
            except OSError as exc:  # a read error on the input
                raise InputError(f"Cannot read {label}: {exc.strerror}.") from None
        for blob, wanted in zip(written, expected_sha256 or (), strict=False):
            if wanted is not None and blob.sha256 != wanted:
                raise InputError(
                    f"{escape_invisible(blob.name)} changed while it was being taken in: it "
                    "is not the file that was checked. Nothing was taken in."
                )
        # PDF text is read now, before the write transaction: PDFium may take seconds,
        # and a write lock held meanwhile would stall every other writer.
        pdf_pages = read_pdf_pages(vault, written, work.check)
        work.check()  # the last safe point: after the commit the files are in
        each = {blob.id: dict(d) for blob, d in zip(written, details or (), strict=False) if d}
        created = _commit_rows(
            vault, case_id, statement_id, written, refuse_repeats, pdf_pages, each
        )
        work.finish()
        return created
    except BaseException:
        discard_blobs(vault, written)
        raise


def _commit_rows(
    vault: Vault,
    case_id: str,
    statement_id: str | None,
    written: list[WrittenBlob],
    refuse_repeats: bool = False,
    pdf_pages: Mapping[str, list[str] | None] | None = None,
    each: Mapping[str, dict[str, Any]] | None = None,
) -> list[Attachment]:
    # Its own function: the kill -9 tests stop the process right here, blobs durable
    # and no row committed.
    with vault.transaction():
        if refuse_repeats:
            refuse_duplicates(vault, case_id, written)
        return insert_attachments(
            vault, case_id, written, statement_id, pdf_pages=pdf_pages, each=each
        )


def media_type_of(name: str) -> str:
    """The media type an attachment named ``name`` is recorded with."""
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def read_pdf_pages(
    vault: Vault, blobs: list[WrittenBlob], check: Callable[[], None] | None = None
) -> dict[str, list[str] | None]:
    """The text layer of each PDF among ``blobs`` (blob id -> pages; None: unreadable),
    read from the encrypted blobs in memory, for ``insert_attachments`` to store.  Meant
    to run before the write transaction (it writes nothing); ``check`` (a cancel point)
    is called before each PDF."""
    pages: dict[str, list[str] | None] = {}
    for blob in blobs:
        if media_type_of(blob.name) == PDF_TYPE:
            if check is not None:
                check()
            pages[blob.id] = read_blob_pages(vault, blob.id, blob.wrapped_key, blob.size, blob.name)
    return pages


class DuplicateAttachment(InputError):
    """A file taken in again: its content is already an attachment of the case."""


def refuse_duplicates(vault: Vault, case_id: str, written: list[WrittenBlob]) -> None:
    """DuplicateAttachment naming the first file whose SHA-256 is already that of an
    attachment of the case (retracted ones too).  Files of one batch with the same content
    are not compared: none of them is in the case yet, and the person chose them together."""
    for blob in written:
        row = vault.conn.execute(
            "SELECT code, id, name FROM attachments WHERE case_id = ? AND sha256 = ?"
            " ORDER BY created_utc LIMIT 1",
            (case_id, blob.sha256),
        ).fetchone()
        if row is not None:
            raise DuplicateAttachment(
                f"{escape_invisible(blob.name)} is already in this case as "
                f"{row[0] or 'attachment'} "
                f"({row[1][:8]}, {row[2]}): nothing was taken in.",
                data={"attachment": row[1], "code": row[0]},
                hint="attach-again",
            )


@dataclass(frozen=True)
class WrittenBlob:
    """An encrypted, durable blob whose attachment row is not committed yet:
    ``insert_attachments`` makes it an attachment, ``discard_blobs`` removes it."""

    id: str
    name: str
    wrapped_key: bytes
    size: int
    sha256: str
    sha512: str


def write_blob(
    vault: Vault, name: str, source: BinaryIO, progress: Callable[[int], None] | None = None
) -> WrittenBlob:
    """Encrypt ``source`` (read once, to its end) into a new blob and hash it.

    For callers that commit the row in their own transaction (import); whoever calls this
    must ``discard_blobs`` it if that transaction does not commit.  ``name`` is the file
    name to record (NFC).
    """
    blob_id = new_blob_id()
    wrapped, digests = vault.blobs.write(blob_id, source, progress)
    return WrittenBlob(
        blob_id,
        unicodedata.normalize("NFC", name),
        wrapped,
        digests.size,
        digests.sha256,
        digests.sha512,
    )


def original_sha512(vault: Vault, attachment_id: str) -> str | None:
    """The SHA-512 of the original taken at intake (None for attachments taken in before
    intake recorded it)."""
    row = vault.conn.execute(
        "SELECT sha512 FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def discard_blobs(vault: Vault, blobs: list[WrittenBlob]) -> None:
    """Remove blobs whose rows never committed (after a failed intake or import).

    A blob whose row did commit is kept: the failure came after the commit (the header
    rewrite), and removing it would leave an attachment without content.  When the
    database cannot say, the blob stays under its temp name; the next open removes it if
    it has no row and publishes it if it has.
    """
    for blob in blobs:
        if not _row_committed(vault, blob.id):
            vault.blobs.discard(blob.id)


def _row_committed(vault: Vault, attachment_id: str) -> bool:
    try:
        row = vault.conn.execute("SELECT 1 FROM attachments WHERE id = ?", (attachment_id,))
        return row.fetchone() is not None
    except DatabaseError:
        return True  # cannot tell: keep the blob (see discard_blobs)


def insert_attachments(
    vault: Vault,
    case_id: str,
    blobs: list[WrittenBlob],
    statement_id: str | None = None,
    details: dict[str, Any] | None = None,
    imported: ImportedFrom | None = None,
    pdf_pages: Mapping[str, list[str] | None] | None = None,
    each: Mapping[str, dict[str, Any]] | None = None,
) -> list[Attachment]:
    """Rows and ``intake`` custody events for written blobs, inside the caller's
    transaction (``details`` adds to each event, ``each`` to one blob's, by blob id).
    ``imported``: the one blob came with an import (marked so, and its event names the
    import); refused (ValueError, a caller's bug) with more than one blob.  A PDF's
    text layer is stored from ``pdf_pages`` (``read_pdf_pages``, read before the
    transaction); a PDF missing there is read now, inside the transaction."""
    if imported is not None and len(blobs) != 1:
        raise ValueError("an imported attachment is inserted one blob at a time")
    created = []
    for blob in blobs:
        media_type = media_type_of(blob.name)
        code = allocate_code(vault.conn, case_id, ATTACHMENT_PREFIX)
        attachment = Attachment(
            blob.id,
            case_id,
            statement_id,
            blob.name,
            media_type,
            blob.size,
            blob.sha256,
            utc_now(),
            code,
        )
        vault.conn.execute(
            "INSERT INTO attachments (id, case_id, statement_id, name, media_type, size,"
            " sha256, hash_salt, wrapped_key, chunk_size, created_utc, sha512, code)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment.id,
                case_id,
                statement_id,
                blob.name,
                media_type,
                blob.size,
                blob.sha256,
                os.urandom(16),
                blob.wrapped_key,
                CHUNK_SIZE,
                attachment.created_utc,
                blob.sha512,
                code,
            ),
        )
        vault.record(
            "intake",
            "attachment",
            attachment.id,
            {
                "case_id": case_id,
                "code": code,
                "name": blob.name,
                "size": blob.size,
                "sha256": blob.sha256,
                **(details or {}),
                **(each or {}).get(blob.id, {}),
                **import_details(imported),
            },
        )
        vault.after_commit(functools.partial(vault.blobs.publish, blob.id))
        if media_type == PDF_TYPE:  # its text layer becomes searchable (in memory only)
            if pdf_pages is not None and blob.id in pdf_pages:
                store_pdf_text(vault, attachment.id, pdf_pages[blob.id])
            else:
                index_pdf_text(vault, attachment.id)
        mark_imported(vault, "attachment", attachment.id, imported)
        created.append(attachment)
    return created


def list_attachments(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Attachment]:
    """Every attachment (of one case, if given), in intake order; retracted ones (and
    those of a retracted case) only with ``include_retracted`` (check and backup, which
    must see every blob, ask for them)."""
    hidden = "" if include_retracted else f" AND {live('id', 'case_id')}"
    if case_id is not None:
        get_case(vault, case_id)
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE case_id = ?{hidden}"  # noqa: S608
            " ORDER BY created_utc",
            (case_id,),
        )
    else:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE 1{hidden} ORDER BY created_utc"  # noqa: S608
        )
    return [_from_row(row) for row in rows]


def get_attachment(vault: Vault, attachment_id: str) -> Attachment:
    """The attachment record; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608 - fixed column list
        (attachment_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No attachment with id {attachment_id}.")
    return _from_row(row)


def _from_row(row: Any) -> Attachment:
    return Attachment(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] or "")


def read_attachment(vault: Vault, attachment_id: str) -> Iterator[bytes]:
    """Yield the original's plaintext, chunk by authenticated chunk.

    The SHA-256 taken at intake is checked after the last chunk; a mismatch raises
    IntegrityError naming the attachment.  Consumers that publish plaintext must treat the
    item as failed unless the iteration finishes without error.
    """
    attachment = get_attachment(vault, attachment_id)
    wrapped = wrapped_attachment_key(vault.conn, attachment_id, vault.epoch)
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
