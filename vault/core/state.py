"""The sealed state file ``vault.state``: the rollback counter and custody head, which
slots were last written, HQ's escrow recipient, and room for more, all encrypted and
authenticated under a key derived from the master key.  It holds no key material, so it
is replaced (temp file, rename) after every write transaction without leaving key slots
behind in free blocks.

File: one or two sealed records, each ``u32 length | nonce (12) | AES-256-GCM(body)``;
AAD = the vault id.  Two only while a ``rekey`` is under way (one under each master key);
the record that opens under the unlocking key is the state.  The body is canonical JSON
padded to a multiple of 512 bytes, so the file's size says nothing about its content.

``erase`` never touches this file: the counter stays authenticated by a key HQ recovers
from the escrow slot (what format 1's erased header could not do).

To add a field other modules keep in step with the database (say, a running hash per
table), put it in ``bindings`` (a dict of str to str): it is sealed with the rest and
read back as written, no format change needed.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.canonical import canonical_json
from vault.core.errors import HeaderTampered
from vault.core.header import write_new_file

STATE_NAME = "vault.state"
MAX_STATE_BYTES = 1 << 20
_LENGTH = struct.Struct(">I")
_PAD = 512


@dataclass(frozen=True)
class SlotRecord:
    """Which slots a bank of the key file holds: for each slot type the SHA-256 of the
    area as last written ("" for an area holding no slot), the bank's generation, HQ's
    escrow recipient and how the passphrase slot's costs were chosen."""

    generation: int
    slots: dict[str, str]
    escrow_recipient: str | None
    kdf_mode: str

    def body(self) -> dict[str, Any]:
        """As sealed."""
        return {
            "generation": self.generation,
            "slots": self.slots,
            "escrow_recipient": self.escrow_recipient,
            "kdf_mode": self.kdf_mode,
        }

    @classmethod
    def from_body(cls, data: Any) -> SlotRecord:
        """Parse; KeyError/TypeError/ValueError for anything malformed."""
        recipient = data["escrow_recipient"]
        if recipient is not None and not isinstance(recipient, str):
            raise TypeError("recipient")
        return cls(
            int(data["generation"]),
            {str(k): str(v) for k, v in data["slots"].items()},
            recipient,
            str(data["kdf_mode"]),
        )


@dataclass(frozen=True)
class VaultState:
    """What the sealed state says.  ``keys`` describes the bank last committed;
    ``previous`` the bank before it, kept only while a slot change is under way (the
    change is written here first, then committed in the key file)."""

    vault_id: str
    epoch: int
    counter: int
    head: str  # custody row hash (hex) of event ``counter``
    keys: SlotRecord
    previous: SlotRecord | None = None
    bindings: dict[str, str] = field(default_factory=dict)
    # Set in the record a rekey seals under the new key before the database switches to
    # it; cleared when the rekey finishes (its new recovery code shown).
    rekey_pending: bool = False

    def body(self) -> dict[str, Any]:
        """The JSON that is sealed."""
        return {
            "format": 2,
            "vault_id": self.vault_id,
            "epoch": self.epoch,
            "counter": self.counter,
            "head": self.head,
            "keys": self.keys.body(),
            "previous": None if self.previous is None else self.previous.body(),
            "bindings": self.bindings,
            "rekey_pending": self.rekey_pending,
        }

    def record_for(self, generation: int) -> SlotRecord | None:
        """The slot record of the bank of ``generation``, if this state has one."""
        for record in (self.keys, self.previous):
            if record is not None and record.generation == generation:
                return record
        return None

    def seal(self, key: bytes) -> bytes:
        """One record of the file, sealed under ``key``."""
        plain = canonical_json(self.body())
        plain += b"\0" * (-len(plain) % _PAD)
        nonce = os.urandom(12)
        sealed = nonce + AESGCM(key).encrypt(nonce, plain, self.vault_id.encode("ascii"))
        return _LENGTH.pack(len(sealed)) + sealed

    @classmethod
    def from_body(cls, data: Any) -> VaultState:
        """Parse an opened record; HeaderTampered for anything malformed."""
        try:
            previous = data.get("previous")
            state = cls(
                vault_id=str(data["vault_id"]),
                epoch=int(data["epoch"]),
                counter=int(data["counter"]),
                head=str(data["head"]),
                keys=SlotRecord.from_body(data["keys"]),
                previous=None if previous is None else SlotRecord.from_body(previous),
                bindings={str(k): str(v) for k, v in data.get("bindings", {}).items()},
                rekey_pending=bool(data.get("rekey_pending", False)),
            )
        # OverflowError: a number JSON spells as Infinity or 1e999 (found by fuzzing).
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise HeaderTampered("The vault state is malformed.") from exc
        if state.counter < 0 or data.get("format") != 2:
            raise HeaderTampered("The vault state is malformed.")
        return state


def state_path(vault_dir: Path) -> Path:
    """Where a vault keeps its sealed state."""
    return Path(vault_dir) / STATE_NAME


def read_records(vault_dir: Path) -> list[bytes]:
    """The sealed records of the state file, unopened; HeaderTampered if it is missing
    or malformed."""
    path = state_path(vault_dir)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_STATE_BYTES + 1)
    except OSError as exc:
        raise HeaderTampered(
            f"The vault's state file {STATE_NAME} is missing or unreadable; it was removed "
            "or changed outside the vault."
        ) from exc
    records: list[bytes] = []
    offset = 0
    while offset < len(raw):
        if offset + _LENGTH.size > len(raw) or len(records) >= 2:
            raise HeaderTampered("The vault's state file is malformed.")
        (length,) = _LENGTH.unpack_from(raw, offset)
        end = offset + _LENGTH.size + length
        if end > len(raw) or length < 28:
            raise HeaderTampered("The vault's state file is malformed.")
        records.append(raw[offset:end])
        offset = end
    if not records or len(raw) > MAX_STATE_BYTES:
        raise HeaderTampered("The vault's state file is malformed.")
    return records


def open_record(record: bytes, key: bytes, vault_id: str) -> VaultState | None:
    """The state in ``record`` if it was sealed under ``key``, else None."""
    sealed = record[_LENGTH.size :]
    try:
        plain = AESGCM(key).decrypt(sealed[:12], sealed[12:], vault_id.encode("ascii"))
    except (InvalidTag, ValueError):
        return None
    try:
        data = json.loads(plain.rstrip(b"\0"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HeaderTampered("The vault state is malformed.") from exc
    state = VaultState.from_body(data)
    if state.vault_id != vault_id:
        raise HeaderTampered("The vault state belongs to another vault.")
    return state


def write_records(vault_dir: Path, records: list[bytes]) -> None:
    """Replace the state file with ``records`` (temp, fsync, rename, fsync folder)."""
    write_new_file(state_path(vault_dir), b"".join(records), "vault state")
