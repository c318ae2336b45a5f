"""Blob files the database does not explain: kept aside, never deleted.

A complete blob file always had a committed row when it got its blob name (see
vault/core/blobstore.py), so a blob without a row is not a crash leftover: its row went
missing (an old copy of the database put back, pages spliced in, a database restored from
a backup older than the blob) or the file came from elsewhere.  Deleting it at open, as
format 1 did, destroyed the newer evidence of exactly the vault that had been rolled back.

At open (``settle_blobs``), in the blobs folder:

- ``.intake-<id>`` whose row committed: the rename after the commit never happened (a
  crash); it is given its blob name.
- ``.intake-<id>`` without a row: an intake that never committed; removed (the only
  files open ever deletes).
- ``<id>`` without a row: moved to ``quarantine/<id>`` inside the vault folder, logged.
- ``quarantine/<id>`` whose row is back (the database restored from a backup that has
  it): moved back to its place, logged.

``check`` names every quarantined file with ``RESTORE_STEPS``.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vault.core.blobstore import TEMP_PREFIX, BlobStore, is_blob_id
from vault.core.fsutil import fsync_directory

if TYPE_CHECKING:  # vault.py calls settle_blobs
    from vault.core.vault import Vault

QUARANTINE_DIR = "quarantine"

RESTORE_STEPS = (
    "It was kept in the vault's quarantine folder, not deleted. If the vault database was "
    "put back from an older copy, put back the newest copy of vault.db and vault.state "
    "instead (from a backup) and open the vault: every quarantined file whose attachment "
    "is then known returns to its place by itself. A file nobody can explain is "
    "ciphertext only; keep the quarantine folder with the vault's backups."
)


@dataclass
class BlobSweep:
    """What ``sweep_blobs`` did, by blob id."""

    removed_temps: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)


def quarantine_root(blobs: BlobStore) -> Path:
    """The vault's quarantine folder (beside ``blobs/``)."""
    return blobs.root.parent / QUARANTINE_DIR


def quarantined_ids(blobs: BlobStore) -> list[str]:
    """Ids of the blob files in quarantine, sorted (a name kept twice counts once)."""
    root = quarantine_root(blobs)
    if not root.is_dir():
        return []
    return sorted({entry.name[:32] for entry in root.iterdir() if is_blob_id(entry.name[:32])})


def sweep_blobs(blobs: BlobStore, known: set[str]) -> BlobSweep:
    """Put the blobs folder in step with ``known`` (the ids of committed rows) as the
    module docstring says.  Never deletes a file under a blob name; a file that cannot be
    moved stays where it is (and ``check`` still reports it)."""
    sweep = BlobSweep()
    if blobs.root.is_dir():
        for folder in sorted(blobs.root.iterdir()):
            if folder.is_dir():
                _sweep_folder(blobs, folder, known, sweep)
    _restore(blobs, known, sweep)
    return sweep


def _sweep_folder(blobs: BlobStore, folder: Path, known: set[str], sweep: BlobSweep) -> None:
    changed = False
    for entry in sorted(folder.iterdir()):
        name = entry.name
        if name.startswith(TEMP_PREFIX):
            blob_id = name[len(TEMP_PREFIX) :]
            if is_blob_id(blob_id) and blob_id in known:
                if not blobs.path_for(blob_id).exists():
                    blobs.publish(blob_id)
                    sweep.published.append(blob_id)
                    continue
                _to_quarantine(blobs, entry, f"{blob_id}.intake", sweep, blob_id)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
                    sweep.removed_temps.append(blob_id)
            changed = True
        elif is_blob_id(name) and name not in known:
            _to_quarantine(blobs, entry, name, sweep, name)
            changed = True
    if changed:
        with contextlib.suppress(OSError):
            fsync_directory(folder)


def _to_quarantine(
    blobs: BlobStore, entry: Path, name: str, sweep: BlobSweep, blob_id: str
) -> None:
    root = quarantine_root(blobs)
    try:
        root.mkdir(mode=0o700, exist_ok=True)
        target = root / name
        number = 1
        while target.exists():  # never overwrite: a second file of one id is kept too
            target = root / f"{name}.{number}"
            number += 1
        os.rename(entry, target)
        fsync_directory(root)
    except OSError:
        return  # left in place: check reports it as a file without an attachment
    sweep.quarantined.append(blob_id)


def _restore(blobs: BlobStore, known: set[str], sweep: BlobSweep) -> None:
    root = quarantine_root(blobs)
    if not root.is_dir():
        return
    for entry in sorted(root.iterdir()):
        if entry.name not in known:  # only a plain <id> name goes back by itself
            continue
        final = blobs.path_for(entry.name)
        if final.exists():
            continue
        try:
            final.parent.mkdir(mode=0o700, exist_ok=True)
            os.rename(entry, final)
            fsync_directory(final.parent)
        except OSError:
            continue
        sweep.restored.append(entry.name)
    with contextlib.suppress(OSError):
        fsync_directory(root)


def settle_blobs(vault: Vault) -> BlobSweep:
    """``sweep_blobs`` for an open vault, each file moved into or out of quarantine
    logged as a custody event (its id only).  Runs at open, after the database and its
    bindings have been checked."""
    sweep = sweep_blobs(vault.blobs, vault.attachment_ids())
    if sweep.quarantined or sweep.restored:
        with vault.transaction():
            for blob_id in sweep.quarantined:
                vault.record("blob-quarantine", "attachment", blob_id, {"blob": blob_id})
            for blob_id in sweep.restored:
                vault.record("blob-restore", "attachment", blob_id, {"blob": blob_id})
    return sweep


def quarantine_problems(vault: Vault) -> list[str]:
    """One line per quarantined file for ``check``, with how to restore it."""
    return [
        f"Encrypted file {blob_id} belongs to no attachment. {RESTORE_STEPS}"
        for blob_id in quarantined_ids(vault.blobs)
    ]
