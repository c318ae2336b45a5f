"""The slots file ``vault.keys``: the only key material on disk, in a file of fixed size
that is written in place (never replaced by a new file), and only by ``passwd``,
``escrow``, ``recovery regenerate``, ``rekey`` and ``erase``.

Layout (big-endian)::

    magic "EVKEYS\\0\\2" | vault id (16) | zeros to 64 bytes
    bank 0: generation (u64) | key epoch (u32) | 4 zero bytes | 3 slot areas
    bank 1: the same

A slot area is vault/core/keyslots.py's.  The bank with the higher generation is the
current one; generation 0 marks a bank that holds nothing.  A change writes the other
bank whole, fsyncs, then writes its generation, fsyncs (the commit), and then overwrites
the older bank in place: a crash at any point leaves one bank that opens.  Nothing here
says which slots are live or whether the vault was erased: the counter, custody head and
slot digests are in the sealed state file (vault/core/state.py).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
from dataclasses import dataclass, field
from pathlib import Path

from vault.core.crashpoints import crash_point
from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat
from vault.core.fsutil import StorageWhat, atomic_write, storage_error
from vault.core.keyslots import AREA_BYTES, KEPT_BY_ERASE, SLOT_TYPES, KeySlot

KEYS_NAME = "vault.keys"
MAGIC = b"EVKEYS\x00\x02"
_PREFIX = struct.Struct(">8s16s")
PREFIX_BYTES = 64
_BANK_HEAD = struct.Struct(">QI4x")
BANK_BYTES = _BANK_HEAD.size + len(SLOT_TYPES) * AREA_BYTES
FILE_BYTES = PREFIX_BYTES + 2 * BANK_BYTES


@dataclass(frozen=True)
class Bank:
    """One bank of slot areas as read from the file."""

    index: int
    generation: int
    epoch: int
    areas: tuple[bytes, ...] = field(repr=False)

    def area(self, slot_type: str) -> bytes:
        """The raw area of ``slot_type``."""
        return self.areas[SLOT_TYPES.index(slot_type)]

    def slot(self, slot_type: str) -> KeySlot:
        """The area of ``slot_type`` parsed (live or not: only a secret can tell)."""
        return KeySlot.from_area(slot_type, self.area(slot_type))

    def digests(self) -> dict[str, str]:
        """SHA-256 of each area: kept in the sealed state, so after unlocking the vault
        knows which areas were overwritten (erased) since it last wrote them."""
        return {t: hashlib.sha256(self.area(t)).hexdigest() for t in SLOT_TYPES}


@dataclass(frozen=True)
class SlotsFile:
    """The parsed slots file."""

    vault_id: str
    banks: tuple[Bank, Bank]

    def live_banks(self) -> list[Bank]:
        """Banks holding slots, newest first."""
        live = [bank for bank in self.banks if bank.generation]
        return sorted(live, key=lambda bank: bank.generation, reverse=True)

    def current(self) -> Bank:
        """The newest bank (the one a change was last committed to)."""
        live = self.live_banks()
        if not live:
            raise HeaderTampered("The vault's key file holds no key slots.")
        return live[0]


def keys_path(vault_dir: Path) -> Path:
    """Where a vault keeps its slots file."""
    return Path(vault_dir) / KEYS_NAME


def _bank_offset(index: int) -> int:
    return PREFIX_BYTES + index * BANK_BYTES


def read_slots(vault_dir: Path) -> SlotsFile:
    """Parse the slots file; refuse a folder without one, a newer format or a file of
    the wrong size (NotAVault, UnsupportedFormat, HeaderTampered)."""
    vault_dir = Path(vault_dir)
    path = keys_path(vault_dir)
    if not vault_dir.exists():
        raise NotAVault(
            f"{vault_dir} is not a folder (nothing is there).",
            data={"path": str(vault_dir)},
            hint="vault-folder",
        )
    if not vault_dir.is_dir():
        raise NotAVault(f"{vault_dir} is not a folder.")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError as exc:
        raise NotAVault(f"{vault_dir} is not an Evidence Vault (no {KEYS_NAME}).") from exc
    except OSError as exc:
        raise NotAVault(f"Cannot read {path}: {exc.strerror}.") from exc
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(FILE_BYTES + 1)
    magic, vault_id = _PREFIX.unpack_from(raw.ljust(_PREFIX.size, b"\0"))
    if magic[:6] != MAGIC[:6]:
        raise NotAVault(f"{vault_dir} is not an Evidence Vault.")
    if magic[6:] != MAGIC[6:]:
        raise UnsupportedFormat(
            f"This vault uses a key-file format this program does not understand "
            f"({magic[6:].hex()}); update Evidence Vault to open it."
        )
    if len(raw) != FILE_BYTES:
        raise HeaderTampered(
            f"The vault's key file {path} has the wrong size; it was changed outside the vault."
        )
    banks = []
    for index in (0, 1):
        offset = _bank_offset(index)
        generation, epoch = _BANK_HEAD.unpack_from(raw, offset)
        start = offset + _BANK_HEAD.size
        areas = tuple(
            raw[start + i * AREA_BYTES : start + (i + 1) * AREA_BYTES]
            for i in range(len(SLOT_TYPES))
        )
        banks.append(Bank(index, generation, epoch, areas))
    return SlotsFile(vault_id.hex(), (banks[0], banks[1]))


def _bank_bytes(generation: int, epoch: int, areas: dict[str, bytes]) -> bytes:
    body = b"".join(areas[t] for t in SLOT_TYPES)
    if len(body) != len(SLOT_TYPES) * AREA_BYTES:
        raise ValueError("slot areas of the wrong size")
    return _BANK_HEAD.pack(generation, epoch) + body


def create_slots_file(vault_dir: Path, vault_id: str, epoch: int, areas: dict[str, bytes]) -> None:
    """Write a new slots file (a vault being made or migrated): bank 0 of generation 1
    holds ``areas``, bank 1 random and empty.  Temp file (O_EXCL|O_NOFOLLOW, a stale one
    removed first), fsync, rename, fsync the folder."""
    prefix = _PREFIX.pack(MAGIC, bytes.fromhex(vault_id)).ljust(PREFIX_BYTES, b"\0")
    empty = {t: secrets.token_bytes(AREA_BYTES) for t in SLOT_TYPES}
    data = prefix + _bank_bytes(1, epoch, areas) + _bank_bytes(0, 0, empty)
    write_new_file(keys_path(vault_dir), data, "key slots")


def write_new_file(path: Path, data: bytes, what: StorageWhat) -> None:
    """Replace ``path`` with ``data`` (``fsutil.atomic_write``: O_EXCL|O_NOFOLLOW temp
    file, fsync, rename, folder fsync)."""
    atomic_write(path, data, what)


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written


def open_in_place(vault_dir: Path) -> int:
    """A read-write descriptor on the slots file itself (never a link)."""
    return os.open(keys_path(vault_dir), os.O_RDWR | os.O_NOFOLLOW)


def commit_bank(
    vault_dir: Path, index: int, generation: int, epoch: int, areas: dict[str, bytes]
) -> None:
    """Write bank ``index`` in place and commit it: areas first (generation 0), fsync,
    then the generation, fsync.  Until that last write the bank holds nothing."""
    offset = _bank_offset(index)
    try:
        fd = open_in_place(vault_dir)
        try:
            _pwrite_all(fd, _bank_bytes(0, epoch, areas), offset)
            os.fsync(fd)
            crash_point("key file: new bank written, not committed")
            _pwrite_all(fd, _BANK_HEAD.pack(generation, epoch), offset)
            os.fsync(fd)
            crash_point("key file: new bank committed")
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, "key slots") from exc


def overwrite_areas(fd: int, index: int, slot_types: tuple[str, ...], keep_head: bool) -> None:
    """Overwrite the areas ``slot_types`` of bank ``index`` with random bytes, in place,
    and fsync.  ``keep_head`` keeps each area's id and costs (what an erased area shows)."""
    start = _bank_offset(index) + _BANK_HEAD.size
    for slot_type in slot_types:
        offset = start + SLOT_TYPES.index(slot_type) * AREA_BYTES
        skip = KEPT_BY_ERASE if keep_head else 0
        _pwrite_all(fd, os.urandom(AREA_BYTES - skip), offset + skip)
    os.fsync(fd)


def retire_bank(vault_dir: Path, index: int) -> None:
    """Destroy an older bank after a newer one was committed: overwrite its slots in
    place (fsync), then mark it empty (fsync)."""
    try:
        fd = open_in_place(vault_dir)
        try:
            overwrite_areas(fd, index, SLOT_TYPES, keep_head=True)
            crash_point("key file: old bank overwritten")
            _pwrite_all(fd, _BANK_HEAD.pack(0, 0), _bank_offset(index))
            os.fsync(fd)
            crash_point("key file: old bank marked empty")
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, "key slots") from exc
