"""``backup``: a consistent encrypted copy of the vault, verified before it is called done."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from vault.core.attachments import list_attachments
from vault.core.check import CheckReport, attachment_bytes, run_checks
from vault.core.errors import InputError, VaultBusy, VaultError
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import KEYS_NAME
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.state import STATE_NAME
from vault.core.store import DB_NAME
from vault.core.vault import Credential, Vault

COPY_CHUNK = 1 << 20


def _copy_durably(source: Path, target: Path, work: Work) -> None:
    with open(source, "rb") as src, open(target, "xb") as dst:
        while chunk := src.read(COPY_CHUNK):
            dst.write(chunk)
            work.advance(len(chunk))
        dst.flush()
        os.fsync(dst.fileno())
    os.chmod(target, 0o600)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # a missing blob: the copy below fails with the reason


def backup_vault(
    vault: Vault,
    destination: Path,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Copy the key file, sealed state, database and every attachment blob (all still encrypted) to
    ``destination``, then open the copy and run the full ``check`` on it.

    The copy is built in ``.<name>.partial`` beside the destination and renamed only when
    verified; a failed backup leaves nothing.  The copy opens with the same passphrase,
    recovery code and escrow identity as the original.  ``progress`` runs from 0 to 100%
    over the copy's bytes and then the check of the copy ("Backing up"); ``cancel`` is
    honoured until the verified copy is renamed (Cancelled, nothing left).
    """
    work = Work(progress, cancel)
    destination = Path(destination).absolute()
    if not destination.parent.is_dir():
        # As export does: a mistyped path to a removable disk must not quietly become a
        # new folder tree on the laptop's own disk.
        raise InputError(f"The folder {destination.parent} does not exist.")
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise InputError(f"{destination} already exists and is not empty.")
    real_destination, real_vault = destination.resolve(), vault.path.resolve()
    if real_destination == real_vault or real_vault in real_destination.parents:
        raise InputError("A backup cannot go inside the vault it copies.")
    partial = destination.with_name(f".{destination.name}.partial")
    if partial.exists():
        shutil.rmtree(partial)
    try:
        partial.mkdir(mode=0o700)
        # Everything committed goes into the main file; the lock file keeps other
        # processes out and the writer's turn other threads, so no commit can slip in
        # between the checkpoint and the copy (nor move the state's counter), and the
        # attachments listed are exactly those of the copied database.
        with vault.writes_held() as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:  # another connection is reading: the main file alone is not the vault
                raise VaultBusy(
                    "The vault database is being read by another part of the program, so "
                    "no consistent copy can be taken now; close other windows and try again."
                )
            attachments = list_attachments(vault, include_retracted=True)
            blobs = [vault.blobs.locate(attachment.id) for attachment in attachments]
            files = [vault.path / DB_NAME, vault.path / KEYS_NAME, vault.path / STATE_NAME, *blobs]
            # One bar over both halves: the bytes copied, then the bytes the check reads.
            work.phase("Backing up", sum(_size(f) for f in files) + attachment_bytes(vault))
            _copy_durably(vault.path / DB_NAME, partial / DB_NAME, work)
            _copy_durably(vault.path / KEYS_NAME, partial / KEYS_NAME, work)
            _copy_durably(vault.path / STATE_NAME, partial / STATE_NAME, work)
        (partial / "blobs").mkdir(mode=0o700)
        for attachment, source in zip(attachments, blobs, strict=True):
            target = partial / vault.blobs.path_for(attachment.id).relative_to(vault.path)
            target.parent.mkdir(mode=0o700, exist_ok=True)
            _copy_durably(source, target, work)
        for folder in (partial / "blobs").iterdir():
            fsync_directory(folder)
        fsync_directory(partial / "blobs")
        fsync_directory(partial)
        with Vault.open(partial, Credential("master", vault.keys.master.hex())) as copy:
            report = run_checks(copy, work)
        if not report.ok:
            raise VaultError(f"The backup did not verify: {report.problems[0]}")
        work.check()  # the commit point is the rename below: after it, no cancel
        if destination.exists():
            destination.rmdir()
        os.replace(partial, destination)
        fsync_directory(destination.parent)
        (destination / ".lock").unlink(missing_ok=True)
        work.finish()
        return report
    except OSError as exc:
        raise storage_error(exc, "the backup") from exc
    finally:
        with contextlib.suppress(OSError):
            if partial.exists():
                shutil.rmtree(partial)
