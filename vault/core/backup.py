"""``backup``: a consistent encrypted copy of the vault, verified before it is called done."""

from __future__ import annotations

import os
from pathlib import Path

from vault.core.attachments import list_attachments
from vault.core.check import CheckReport, attachment_bytes, run_checks
from vault.core.crashpoints import faulty_sink
from vault.core.errors import InputError, StateNotUpdated, StorageError, VaultBusy, VaultError
from vault.core.fsutil import Partial, fsync_directory, remove_stale_partials, storage_error
from vault.core.header import KEYS_NAME
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.state import STATE_NAME
from vault.core.store import DB_NAME
from vault.core.vault import Credential, Vault

COPY_CHUNK = 1 << 20


def _copy_durably(source: Path, target: Path, work: Work) -> None:
    with open(source, "rb") as src, open(target, "xb") as opened:
        dst = faulty_sink(opened)
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

    The copy is built in ``.<name>.partial`` beside the destination (locked while it is
    built; a killed run's leftover is removed by the next backup there), verified, recorded
    as a ``backup`` custody event naming the destination, and only then renamed; a failed
    backup leaves nothing, and one whose rename fails says where the recorded copy is.
    The copy opens with the same passphrase, recovery code and escrow identity as the
    original.  ``progress`` runs from 0 to 100%
    over the copy's bytes and then the check of the copy ("Backing up"); ``cancel`` is
    honoured until the event is recorded (Cancelled, nothing left).
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
    try:
        remove_stale_partials(destination.parent)
        held = Partial(destination, folder=True)
    except OSError as exc:
        raise storage_error(exc, "backup") from exc
    partial = held.path
    try:
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
        (partial / ".lock").unlink(missing_ok=True)
        work.check()  # the commit point is the event below: after it, no cancel
        # Recorded before the copy takes its name, so no backup ever sits under its name
        # without the custody log saying where it went (``erase`` names it from there).
        try:
            with vault.transaction():
                vault.record("backup", "vault", vault.vault_id, {"path": str(destination)})
        except StateNotUpdated as exc:  # the event stands: so does the backup
            work.finish()
            if destination.exists():
                destination.rmdir()
            held.publish()
            raise StateNotUpdated(
                f"The backup is at {destination} and recorded, but the disk refused to "
                "update the vault state (is it full?); the next open repairs it."
            ) from exc
    except OSError as exc:
        held.discard()
        raise storage_error(exc, "backup") from exc
    except BaseException:
        held.discard()
        raise
    work.finish()
    try:
        if destination.exists():
            destination.rmdir()
        held.publish()
    except OSError as exc:
        if held.published:
            raise StorageError(
                f"The backup is at {destination} and recorded, but the disk refused to "
                f"confirm it ({os.strerror(exc.errno or 0)}); check the disk."
            ) from exc
        held.close()
        raise StorageError(
            f"The backup is recorded in the custody log and verified, but could not take its "
            f"name ({os.strerror(exc.errno or 0)}): it is at {partial}; rename it to "
            f"{destination.name}."
        ) from exc
    return report
