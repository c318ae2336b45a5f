"""Vault format 1, read only to migrate it (and destroyed by ``erase``): ``vault.header``,
a JSON file holding the key slots, the rollback counter and an HMAC over both.

Format 1 rewrote this file, slots included, after every write; format 2 keeps the slots
in a fixed-size file of their own (vault/core/header.py).  Nothing here writes a format 1
header except ``erase --keep-escrow`` of a vault not yet migrated.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.canonical import canonical_json
from vault.core.crashpoints import crash_point
from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat, WrongPassphrase
from vault.core.fsutil import atomic_write, fsync_directory, storage_error
from vault.core.kdf import Argon2Params, argon2id, normalize_passphrase
from vault.core.keyslots import (
    ESCROW,
    PASSPHRASE,
    RECOVERY,
    SLOT_TYPES,
    load_age_identities,
    normalize_recovery_code,
)

HEADER_NAME = "vault.header"
FORMAT_NAME = "evidence-vault"
MAX_HEADER_BYTES = 1 << 20


@dataclass(frozen=True)
class V1Slot:
    """One format 1 slot as stored in the header JSON."""

    slot_id: str
    slot_type: str
    body: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The slot as it appears in the header JSON."""
        return {"slot_id": self.slot_id, "type": self.slot_type, **self.body}


@dataclass(frozen=True)
class V1Header:
    """A parsed format 1 header.  ``erased`` headers keep at most an escrow slot, no MAC."""

    vault_id: str
    slots: tuple[V1Slot, ...]
    counter: int
    kdf_mode: str = "calibrated"
    erased: bool = False
    mac: str = field(default="", compare=False)
    # The sealed table bindings a format 1 header of the release before format 2 kept
    # (vault/core/bindings.py ``unseal``); None in one written before them.
    bindings: dict[str, Any] | None = None

    def body(self) -> dict[str, Any]:
        """Everything the MAC covers."""
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": 1,
            "vault_id": self.vault_id,
            "slots": [slot.as_json() for slot in self.slots],
            "counter": self.counter,
            "kdf_mode": self.kdf_mode,
        }
        if self.erased:
            data["erased"] = True
        if self.bindings is not None:
            data["bindings"] = self.bindings
        return data

    def slot(self, slot_type: str) -> V1Slot | None:
        """The slot of that type, if any."""
        return next((s for s in self.slots if s.slot_type == slot_type), None)

    def verify_mac(self, mac_key: bytes) -> None:
        """Refuse a live header whose MAC does not match; an erased one has none."""
        if self.erased:
            return
        expected = hmac.new(mac_key, canonical_json(self.body()), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(self.mac, expected):
            raise HeaderTampered(
                "The vault header failed its integrity check: it was changed outside the vault."
            )

    def to_bytes(self) -> bytes:
        """The header file's bytes (pretty JSON, MAC included)."""
        data = self.body()
        if self.mac:
            data["mac"] = self.mac
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def is_format1(vault_dir: Path) -> bool:
    """Whether ``vault_dir`` holds a format 1 vault still to migrate: a header, and not
    both files of format 2 (an upgrade that wrote them was cut short only in removing
    the header, which the next open finishes: ``remove_header``)."""
    vault_dir = Path(vault_dir)
    upgraded = (vault_dir / "vault.keys").is_file() and (vault_dir / "vault.state").is_file()
    return (vault_dir / HEADER_NAME).is_file() and not upgraded


def remove_header(vault_dir: Path) -> None:
    """Overwrite a format 1 header in place, then remove it: its slots go with it.  Does
    nothing when there is none."""
    header = Path(vault_dir) / HEADER_NAME
    try:
        fd = os.open(header, os.O_RDWR | os.O_NOFOLLOW)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise storage_error(exc, "format upgrade") from exc
    try:
        try:
            size = os.fstat(fd).st_size
            os.pwrite(fd, os.urandom(max(size, 1)), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        crash_point("upgrade: old header overwritten")
        header.unlink()
        fsync_directory(Path(vault_dir))
    except OSError as exc:
        raise storage_error(exc, "format upgrade") from exc


def read_header(vault_dir: Path) -> V1Header:
    """Parse a format 1 header; refuse a malformed one or one of an unknown version."""
    path = Path(vault_dir) / HEADER_NAME
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except OSError as exc:
        raise NotAVault(f"Cannot read {path}: {exc.strerror}.") from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderTampered("The vault header is far too large; it was tampered with.")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotAVault(f"{path} is not a readable vault header.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise NotAVault(f"{vault_dir} is not an Evidence Vault.")
    if data.get("version") != 1:
        raise UnsupportedFormat(
            f"{path} is of a format this program does not understand; update Evidence Vault."
        )
    try:
        vault_id = data["vault_id"]
        bytes.fromhex(vault_id)
        counter = data["counter"]
        if not isinstance(counter, int) or counter < 0 or len(vault_id) != 32:
            raise ValueError("bad field")
        slots = []
        for item in data["slots"]:
            body = {k: v for k, v in item.items() if k not in ("slot_id", "type")}
            if not isinstance(item["slot_id"], str) or item["type"] not in SLOT_TYPES:
                raise ValueError("bad slot")
            slots.append(V1Slot(item["slot_id"], item["type"], body))
        bindings = data.get("bindings")
        if bindings is not None and not isinstance(bindings, dict):
            raise ValueError("bad bindings")
        header = V1Header(
            vault_id=vault_id,
            slots=tuple(slots),
            counter=counter,
            kdf_mode=str(data.get("kdf_mode", "calibrated")),
            erased=bool(data.get("erased", False)),
            mac=str(data.get("mac", "")),
            bindings=bindings,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise HeaderTampered(
            "The vault header is malformed; it was changed outside the vault."
        ) from exc
    types = [s.slot_type for s in header.slots]
    if len(set(types)) != len(types) or (header.erased and set(types) - {ESCROW}):
        raise HeaderTampered("The vault header's key slots were changed outside the vault.")
    return header


def slot_aad(vault_id: str, slot: V1Slot) -> bytes:
    """Format 1's AAD of a passphrase or recovery slot (also checked when a migrated
    slot is unwrapped: vault/core/keyslots.py keeps such slots as they were)."""
    return canonical_json(
        {
            "format": 1,
            "vault_id": vault_id,
            "slot_id": slot.slot_id,
            "type": slot.slot_type,
            "kdf": slot.body["kdf"],
        }
    )


def _unwrap_secret(slot: V1Slot, secret: bytes, vault_id: str) -> bytes | None:
    params = Argon2Params.from_json(slot.body.get("kdf"))
    try:
        nonce, wrapped = bytes.fromhex(slot.body["nonce"]), bytes.fromhex(slot.body["wrapped"])
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The vault header has a malformed key slot.") from exc
    try:
        return AESGCM(argon2id(secret, params)).decrypt(nonce, wrapped, slot_aad(vault_id, slot))
    except (InvalidTag, ValueError):
        return None


def unwrap(header: V1Header, kind: str, secret: str) -> bytes:
    """The master key from the slot ``kind``'s credential opens; else WrongPassphrase."""
    if kind == "master":
        return bytes.fromhex(secret)
    if kind == "identity":
        slot = header.slot(ESCROW)
        if slot is None:
            raise WrongPassphrase("This vault has no escrow slot.")
        sealed = base64.b64decode(slot.body["age"])
        try:
            payload = json.loads(pyrage.decrypt(sealed, load_age_identities(secret)))
        except Exception:
            raise WrongPassphrase(
                "That age identity does not open this vault's escrow slot."
            ) from None
        if payload.get("vault_id") != header.vault_id or payload.get("slot_id") != slot.slot_id:
            raise HeaderTampered("The escrow slot belongs to a different vault.")
        return bytes.fromhex(payload["master_key"])
    slot_type = PASSPHRASE if kind == "passphrase" else RECOVERY
    slot = header.slot(slot_type)
    if slot is None:
        raise WrongPassphrase(
            f"This vault has no {slot_type} slot (it was erased); open it with the escrow "
            "identity if one was kept."
        )
    raw = normalize_passphrase(secret) if kind == "passphrase" else normalize_recovery_code(secret)
    master = _unwrap_secret(slot, raw, header.vault_id)
    if master is None:
        raise WrongPassphrase(
            "Wrong passphrase." if kind == "passphrase" else "Wrong recovery code."
        )
    return master


def erase_header(vault_dir: Path, keep_escrow: bool) -> tuple[int, bool]:
    """Erase a format 1 vault: write a header holding only the escrow slot (if kept),
    then overwrite the old header's bytes through a handle still open on it; an
    unreadable header is overwritten whole.  Returns (slots destroyed or -1, escrow kept)."""
    path = Path(vault_dir) / HEADER_NAME
    try:
        header: V1Header | None = read_header(vault_dir)
    except (HeaderTampered, UnsupportedFormat, NotAVault):
        header = None
    try:
        with open(path, "r+b") as old:
            size = os.fstat(old.fileno()).st_size
            if header is None:
                kept: tuple[V1Slot, ...] = ()
            else:
                kept = tuple(s for s in header.slots if keep_escrow and s.slot_type == ESCROW)
                if kept:
                    erased = replace(header, slots=kept, erased=True, mac="")
                    atomic_write(path, erased.to_bytes(), "erase")
                else:
                    path.unlink()
            old.seek(0)
            old.write(os.urandom(max(size, 1)))
            old.flush()
            os.fsync(old.fileno())
    except OSError as exc:
        raise storage_error(exc, "erase") from exc
    if header is None:
        return -1, False
    return len(header.slots) - len(kept), bool(kept)
