"""Evidence files as a window handles them: the files a person chose or dropped, checked
before intake; which of them is being encrypted while intake runs; intake with the notes
a person should hear afterwards; and one attachment's details (both hashes, the
statement it belongs to, what the file carries).

The work is ``intake_check`` (pictures and PDFs looked at in the decoder cage first),
``forms.add_attachments`` (all or none, cancel leaves nothing), ``intake_notes`` and
``records.show``; this module only puts them the way a window needs them, so the
window holds no logic of its own.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.app.forms import add_attachments
from vault.app.intake_check import IntakeRefused, as_received_details, check_files
from vault.app.intake_notes import IntakeNotes, intake_notes
from vault.app.records import list_records, show
from vault.core.attachments import Attachment, original_sha512, recorded_name
from vault.core.errors import InputError
from vault.core.progress import CancelToken, Progress
from vault.core.refs import code_of
from vault.core.vault import Vault

__all__ = [
    "AttachmentDetails",
    "FileInProgress",
    "Intake",
    "IntakeFile",
    "attachment_details",
    "file_in_progress",
    "files_to_take_in",
    "statement_choices",
    "take_in",
]


@dataclass(frozen=True)
class IntakeFile:
    """A file about to be taken in: where it is, the name the vault will record, its
    size in bytes."""

    path: Path
    name: str
    size: int


def files_to_take_in(paths: Sequence[Path]) -> list[IntakeFile]:
    """The files a person chose or dropped, each named and sized, in their order (a path
    given twice counted once).  Refuses, naming it, a folder ("drop the files, not the
    folder"), a path that does not exist, and anything that is not a regular file; and
    an empty choice.  Reads nothing but the file system's entries."""
    chosen: list[IntakeFile] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path in seen:
            continue
        seen.add(path)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise InputError(f"Cannot read {path}: no such file.") from None
        except OSError as exc:
            raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
        if stat.S_ISDIR(info.st_mode):
            raise InputError(
                f"{path.name} is a folder: choose or drop the files in it, not the folder. "
                "Nothing was taken in."
            )
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"Cannot take in {path}: it is not a regular file.")
        chosen.append(IntakeFile(path, recorded_name(path), info.st_size))
    if not chosen:
        raise InputError("No files to attach.")
    return chosen


@dataclass(frozen=True)
class FileInProgress:
    """Where intake stands, file by file: ``index`` (from 0) of the file being
    encrypted, bytes of it done, and how many files are done entirely."""

    index: int
    done: int
    finished: int


def file_in_progress(done_bytes: int, files: Sequence[IntakeFile]) -> FileInProgress:
    """Which file intake is on after ``done_bytes`` of all of them (what its progress
    counts), how far into it, and how many are done; past the end, all are done."""
    start = 0
    for index, item in enumerate(files):
        if done_bytes < start + item.size or (item.size == 0 and done_bytes == start):
            return FileInProgress(index, max(done_bytes - start, 0), index)
        start += item.size
    last = max(len(files) - 1, 0)
    return FileInProgress(last, files[last].size if files else 0, len(files))


@dataclass(frozen=True)
class Intake:
    """Files taken in: the attachments made and what a person should hear (locations
    found, the originals still on disk unencrypted)."""

    attachments: list[Attachment]
    notes: IntakeNotes


def take_in(
    vault: Vault,
    case_id: str,
    files: Sequence[IntakeFile | Path],
    statement_id: str | None = None,
    progress: Progress | None = None,
    *,
    cancel: CancelToken | None = None,
    refuse_repeats: bool = True,
    as_received: bool = False,
) -> Intake:
    """Take ``files`` into the case (linked to ``statement_id`` if given), all or none:
    a cancel or a failure leaves no attachment and no blob.

    First every picture and PDF is checked in the decoder cage
    (``vault.app.intake_check``): if any is disguised, beyond the redaction limits,
    damaged, or makes the decoder fail, all are refused (``IntakeRefused`` listing them
    with their reasons, hint "as-received") before anything is written, unless
    ``as_received``: then they are taken in too, their intake custody event saying they
    were kept as received and why.  A picture or PDF that changed on disk between the
    check and its encryption is refused (InputError), nothing added.  A file whose
    content is already in the case is refused (DuplicateAttachment, hint
    "attach-again") unless ``refuse_repeats`` is False.  ``progress`` has a phase
    "Checking pictures and PDFs" counting files, then one counting plaintext bytes over
    every file (see :func:`file_in_progress`).  Then reads the new attachments back for
    the notes."""
    paths = [item.path if isinstance(item, IntakeFile) else Path(item) for item in files]
    verdicts = check_files(paths, progress, cancel=cancel)
    refused = [(i, v) for i, v in enumerate(verdicts) if v is not None and v.refused]
    if refused and not as_received:
        raise IntakeRefused([v for _, v in refused], len(paths), [i for i, _ in refused])
    details = [as_received_details(v) if v is not None and v.refused else None for v in verdicts]
    made = add_attachments(
        vault,
        case_id,
        paths,
        statement_id,
        progress,
        cancel=cancel,
        refuse_repeats=refuse_repeats,
        details=details,
        expected_sha256=[None if v is None else v.sha256 for v in verdicts],
    )
    return Intake(made, intake_notes(vault, made, paths, verdicts))


@dataclass(frozen=True)
class AttachmentDetails:
    """What a person sees about one attachment: the record, both hashes of the
    original, the statement's code it is linked to (None: the case), and ``inside``,
    the lines saying what the file holds and carries (pixel size, pages, GPS, camera
    serial, author...), and ``kept_as_received``: why intake kept it although it can
    never be shown or redacted (None for a file that passed intake's check)."""

    code: str
    name: str
    media_type: str
    size: int
    sha256: str
    sha512: str | None
    created_utc: str
    statement: str | None
    inside: list[str]
    gps: dict[str, Any] | None
    kept_as_received: str | None = None


def attachment_details(vault: Vault, attachment_id: str) -> AttachmentDetails:
    """The attachment's details, its content read in memory for ``inside`` (never
    refused over a damaged or unreadable file: ``inside`` says so).  Refuses an
    unknown id (UnknownId)."""
    record = show(vault, "attachment", attachment_id)
    inside = record.get("inside") or {}
    statement_id = record.get("statement_id")
    return AttachmentDetails(
        code=str(record.get("code") or ""),
        name=str(record["name"]),
        media_type=str(record["media_type"]),
        size=int(record["size"]),
        sha256=str(record["sha256"]),
        sha512=original_sha512(vault, attachment_id),
        created_utc=str(record["created_utc"]),
        statement=None if not statement_id else code_of(vault, "statement", statement_id),
        inside=[str(line) for line in inside.get("lines", [])],
        gps=inside.get("gps"),
        kept_as_received=record.get("kept_as_received"),
    )


def statement_choices(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    """The live statements of the case a file can be linked to, as (id, label): the
    statement's code, its witness's code, date and language ("S-002  W-001 2024-05-03
    ru"), never the witness's name or any text."""
    choices = []
    for statement in list_records(vault, "statements", case_id).records:
        parts = [statement.code, statement.witness_code]
        if statement.interview_date is not None:
            parts.append(statement.interview_date.value)
        if statement.language:
            parts.append(statement.language)
        choices.append((statement.id, "  ".join(p for p in parts if p)))
    return choices
