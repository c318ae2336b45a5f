"""``erase``: crypto-shredding.  Overwrite and drop the header's key slots, so nothing in
the vault can be decrypted any more, optionally keeping HQ's escrow slot."""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass, replace
from pathlib import Path

from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat
from vault.core.fsutil import storage_error
from vault.core.header import HEADER_NAME, read_header, write_header
from vault.core.keyslots import ESCROW
from vault.core.store import DB_NAME
from vault.core.vault import LOCK_NAME

# Said by the command and by SECURITY.md: what erasing cannot reach.
ERASE_LIMITS = (
    "What erase does not reach: every saved change rewrote the header (which holds the key "
    "slots) as a new file, so the disk's free space may still hold earlier copies, on any "
    "disk and file system; they open with the passphrase or recovery code in force when they "
    "were written, because the master key never changes. Any backup of this vault holds key "
    "slots too: destroy backups separately."
)


@dataclass(frozen=True)
class EraseResult:
    """What was destroyed and what was kept."""

    slots_destroyed: int  # -1: the header was unreadable and overwritten whole
    escrow_kept: bool
    # Another process had the vault open: its keys stay in its memory until it closes
    # (it can no longer rewrite the header, so the slots do not come back).
    open_elsewhere: bool = False


def _open_elsewhere(path: Path) -> bool:
    try:
        fd = os.open(path / LOCK_NAME, os.O_RDWR)
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
    """Overwrite the header file in place with random bytes, then write a header without
    key slots (or with only the escrow slot, if ``keep_escrow``).

    Needs no passphrase: it is meant for the moment one cannot be typed safely.
    """
    path = Path(path)
    try:
        header = read_header(path)
    except (HeaderTampered, UnsupportedFormat, NotAVault):
        if not (path / HEADER_NAME).is_file() or not (path / DB_NAME).is_file():
            raise
        # An emergency is no time to insist on a readable header: destroy what is there.
        _shred(path / HEADER_NAME)
        return EraseResult(-1, False, _open_elsewhere(path))
    kept = tuple(s for s in header.slots if keep_escrow and s.slot_type == ESCROW)
    erased = replace(header, slots=kept, erased=True, mac="")
    try:
        # Keep the old header's inode open, put the new header in place, then overwrite
        # the old content through the open handle: if anything fails part-way, the slots
        # the user asked to keep are already durable.
        with open(path / HEADER_NAME, "r+b") as old:
            size = os.fstat(old.fileno()).st_size
            write_header(path, erased)
            old.write(os.urandom(size))
            old.flush()
            os.fsync(old.fileno())
    except OSError as exc:
        raise storage_error(exc, "the erase") from exc
    return EraseResult(len(header.slots) - len(kept), bool(kept), _open_elsewhere(path))


def _shred(header_file: Path) -> None:
    """Overwrite an unreadable header in place with random bytes (nothing to keep)."""
    try:
        with open(header_file, "r+b") as handle:
            size = os.fstat(handle.fileno()).st_size
            handle.write(os.urandom(max(size, 1)))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise storage_error(exc, "the erase") from exc
