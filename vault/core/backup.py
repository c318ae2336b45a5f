"""``backup``: a consistent encrypted copy of the vault, verified before it is called done."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from vault.core.attachments import list_attachments
from vault.core.check import CheckReport, check_vault
from vault.core.errors import InputError, VaultBusy, VaultError
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import HEADER_NAME
from vault.core.store import DB_NAME
from vault.core.vault import Credential, Vault


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "xb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())
    os.chmod(target, 0o600)


def backup_vault(
    vault: Vault, destination: Path, progress: Callable[[int, int], None] | None = None
) -> CheckReport:
    """Copy header, database and every attachment blob (all still encrypted) to
    ``destination``, then open the copy and run the full ``check`` on it.

    The copy is built in ``.<name>.partial`` beside the destination and renamed only when
    verified; a failed backup leaves nothing.  The copy opens with the same passphrase,
    recovery code and escrow identity as the original.
    """
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
        # Everything committed goes into the main file; we hold the vault's lock, so no
        # other writer can slip in between the checkpoint and the copy.
        busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:  # another connection is reading: the main file alone is not the vault
            raise VaultBusy(
                "The vault database is being read by another part of the program, so no "
                "consistent copy can be taken now; close other windows and try again."
            )
        _copy_durably(vault.path / DB_NAME, partial / DB_NAME)
        _copy_durably(vault.path / HEADER_NAME, partial / HEADER_NAME)
        (partial / "blobs").mkdir(mode=0o700)
        attachments = list_attachments(vault, include_retracted=True)
        for index, attachment in enumerate(attachments):
            source = vault.blobs.path_for(attachment.id)
            target = partial / source.relative_to(vault.path)
            target.parent.mkdir(mode=0o700, exist_ok=True)
            _copy_durably(source, target)
            if progress is not None:
                progress(index + 1, len(attachments) * 2)
        for folder in (partial / "blobs").iterdir():
            fsync_directory(folder)
        fsync_directory(partial / "blobs")
        fsync_directory(partial)
        with Vault.open(partial, Credential("master", vault.keys.master.hex())) as copy:
            report = check_vault(copy)
        if not report.ok:
            raise VaultError(f"The backup did not verify: {report.problems[0]}")
        if destination.exists():
            destination.rmdir()
        os.replace(partial, destination)
        fsync_directory(destination.parent)
        (destination / ".lock").unlink(missing_ok=True)
        return report
    except OSError as exc:
        raise storage_error(exc, "the backup") from exc
    finally:
        with contextlib.suppress(OSError):
            if partial.exists():
                shutil.rmtree(partial)
