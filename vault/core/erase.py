"""``erase``: crypto-shredding.  Overwrite the key slots in place, so nothing in the vault
can be decrypted any more, optionally keeping HQ's escrow slot.

Format 2 keeps every slot in ``vault.keys``, a file of fixed size that is only ever
written in place, and each slot is AF-split over 128,000 bytes (vault/core/afsplit.py):
overwriting it through the same file reaches the blocks the slots were written to, and a
slot of which any sector was overwritten is gone even if the disk kept the others.  The
areas keep their costs, so an erased key file looks like a live one whose secret nobody
knows; the sealed state is left as it is (its counter stays authenticated for HQ).
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat
from vault.core.format1 import erase_header, is_format1, remove_header
from vault.core.fsutil import PARTIAL_SUFFIX, storage_error
from vault.core.header import (
    FILE_BYTES,
    KEYS_NAME,
    keys_path,
    open_in_place,
    overwrite_areas,
    read_slots,
)
from vault.core.keyslots import ESCROW, PASSPHRASE, RECOVERY, SLOT_TYPES, has_escrow
from vault.core.vault import LOCK_NAME


@dataclass(frozen=True)
class EraseResult:
    """What was destroyed and what was kept."""

    slots_destroyed: int  # -1: the key file was unreadable and overwritten whole
    escrow_kept: bool
    # Another process had the vault open: its keys stay in its memory until it closes
    # (it can no longer rewrite the key file, so the slots do not come back).
    open_elsewhere: bool = False
    # Hidden partial copies beside the vault (a backup or upgrade cut short) that hold
    # key slots erase did not overwrite: named so the person can destroy them.
    unreached: tuple[Path, ...] = ()


def _open_elsewhere(path: Path) -> bool:
    try:
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also releases the lock if we took it
    return False


def erase_vault(path: Path, keep_escrow: bool) -> EraseResult:
    """Overwrite, in place and fsynced, the passphrase and recovery slots of both banks
    of the key file (and the escrow slot unless ``keep_escrow``); a key file that cannot
    be read is overwritten whole.  A format 1 vault's header is destroyed instead.

    Needs no passphrase: it is meant for the moment one cannot be typed safely.
    """
    path = Path(path)
    if is_format1(path):
        destroyed, kept = erase_header(path, keep_escrow)
        return EraseResult(destroyed, kept, _open_elsewhere(path))
    try:
        slots = read_slots(path)
    except (HeaderTampered, UnsupportedFormat, NotAVault):
        if not keys_path(path).is_file():
            raise
        # An emergency is no time to insist on a readable file: destroy what is there.
        _shred(keys_path(path))
        return EraseResult(-1, False, _open_elsewhere(path))
    remove_header(path)  # left by a format upgrade cut short: it holds format 1's slots
    escrow_present = any(has_escrow(bank.area(ESCROW)) for bank in slots.live_banks())
    escrow_kept = keep_escrow and escrow_present
    try:
        fd = open_in_place(path)
        try:
            for bank in slots.banks:
                if not bank.generation:  # holds nothing: random again, whole
                    overwrite_areas(fd, bank.index, SLOT_TYPES, keep_head=False)
                    continue
                doomed = (PASSPHRASE, RECOVERY) if keep_escrow else SLOT_TYPES
                overwrite_areas(fd, bank.index, doomed, keep_head=True)
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, "erase") from exc
    destroyed = 2 + (1 if escrow_present and not keep_escrow else 0)
    return EraseResult(destroyed, escrow_kept, _open_elsewhere(path), partial_copies(path))


def partial_copies(path: Path) -> tuple[Path, ...]:
    """Hidden ``.NAME.partial`` folders beside the vault ``path`` that hold a key file: the
    leftovers of backups (or a format upgrade) cut short, with key slots of their own that
    open with this vault's secrets.  Finished backups elsewhere are recorded only in the
    encrypted custody log, which erase cannot read without a secret."""
    parent = Path(path).absolute().parent
    try:
        entries = sorted(parent.iterdir())
    except OSError:
        return ()
    return tuple(
        entry
        for entry in entries
        if entry.name.startswith(".")
        and entry.name.endswith(PARTIAL_SUFFIX)
        and not entry.is_symlink()
        and (entry / KEYS_NAME).is_file()
    )


def _shred(keys_file: Path) -> None:
    """Overwrite an unreadable key file in place with random bytes (nothing to keep)."""
    try:
        fd = os.open(keys_file, os.O_RDWR | os.O_NOFOLLOW)
        try:
            size = max(os.fstat(fd).st_size, FILE_BYTES)
            data = memoryview(os.urandom(size))
            offset = 0
            while offset < size:
                offset += os.pwrite(fd, data[offset:], offset)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, "erase") from exc
