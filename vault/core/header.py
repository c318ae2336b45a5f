"""The vault header: format, vault id, key slots, rollback counter and an HMAC over it all.

The header is the only file readable before unlocking.  Its key slots defend themselves
(AAD); the MAC, checked right after unlocking, covers the rest: which slots exist and the
counter that detects a rolled-back database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vault.core.canonical import canonical_json
from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat
from vault.core.fsutil import atomic_write
from vault.core.keyslots import ESCROW, FORMAT_VERSION, KeySlot

HEADER_NAME = "vault.header"
FORMAT_NAME = "evidence-vault"
MAX_HEADER_BYTES = 1 << 20


@dataclass(frozen=True)
class VaultHeader:
    """The parsed header.  ``erased`` headers keep at most an escrow slot and no MAC."""

    vault_id: str
    slots: tuple[KeySlot, ...]
    counter: int
    kdf_mode: str = "calibrated"
    erased: bool = False
    mac: str = field(default="", compare=False)
    # The sealed table bindings (vault/core/bindings.py), opaque here; None in a header
    # written before them.
    bindings: dict[str, Any] | None = None

    def body(self) -> dict[str, Any]:
        """Everything the MAC covers."""
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
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

    def compute_mac(self, mac_key: bytes) -> str:
        """HMAC-SHA256 of the canonical header body."""
        return hmac.new(mac_key, canonical_json(self.body()), hashlib.sha256).hexdigest()

    def signed(self, mac_key: bytes) -> VaultHeader:
        """A copy carrying a fresh MAC."""
        return replace(self, mac=self.compute_mac(mac_key))

    def check_slots(self) -> None:
        """Refuse, before any key derivation runs, slots no header of ours ever holds: two
        of one type or a repeated slot id (decoys that would each cost a full Argon2id),
        or an "erased" header that still holds anything but the escrow slot (the erased
        flag is what lets a header go without a MAC)."""
        types = [slot.slot_type for slot in self.slots]
        ids = [slot.slot_id for slot in self.slots]
        if len(set(types)) != len(types) or len(set(ids)) != len(ids):
            raise HeaderTampered(
                "The vault header has repeated key slots; it was changed outside the vault."
            )
        if self.erased and any(slot_type != ESCROW for slot_type in types):
            raise HeaderTampered(
                "The vault header is marked erased but still holds key slots; it was "
                "changed outside the vault."
            )

    def verify_mac(self, mac_key: bytes) -> None:
        """Refuse a header whose MAC does not match (edited slots, counter or fields)."""
        self.check_slots()
        if self.erased:
            return  # erased without the key: there is nothing left to protect but escrow
        if not hmac.compare_digest(self.mac, self.compute_mac(mac_key)):
            raise HeaderTampered(
                "The vault header failed its integrity check: it was changed outside the vault."
            )

    def to_bytes(self) -> bytes:
        """The header file's bytes (pretty JSON, MAC included)."""
        data = self.body()
        if self.mac:
            data["mac"] = self.mac
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def read_header(vault_dir: Path) -> VaultHeader:
    """Parse ``vault_dir``'s header; refuse a non-vault, a newer format or a malformed one."""
    path = vault_dir / HEADER_NAME
    if not vault_dir.exists():
        raise NotAVault(
            f"{vault_dir} is not a folder (nothing is there).",
            data={"path": str(vault_dir)},
            hint="vault-folder",
        )
    if not vault_dir.is_dir():
        raise NotAVault(f"{vault_dir} is not a folder.")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise NotAVault(f"{vault_dir} is not an Evidence Vault (no {HEADER_NAME}).") from exc
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
    version = data.get("version")
    if not isinstance(version, int):
        raise HeaderTampered("The vault header has no format version.")
    if version > FORMAT_VERSION:
        raise UnsupportedFormat(
            f"This vault uses format {version}, newer than this program understands "
            f"({FORMAT_VERSION}); update Evidence Vault to open it."
        )
    if version < 1:
        raise HeaderTampered("The vault header has an invalid format version.")
    try:
        vault_id = data["vault_id"]
        bytes.fromhex(vault_id)
        counter = data["counter"]
        slots_json = data["slots"]
        if not isinstance(counter, int) or counter < 0 or not isinstance(slots_json, list):
            raise ValueError("bad field")
        if len(vault_id) != 32:
            raise ValueError("bad vault id")
        bindings = data.get("bindings")
        if bindings is not None and not isinstance(bindings, dict):
            raise ValueError("bad bindings")
        return VaultHeader(
            vault_id=vault_id,
            slots=tuple(KeySlot.from_json(s) for s in slots_json),
            counter=counter,
            kdf_mode=str(data.get("kdf_mode", "calibrated")),
            erased=bool(data.get("erased", False)),
            mac=str(data.get("mac", "")),
            bindings=bindings,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered(
            "The vault header is malformed; it was changed outside the vault."
        ) from exc


def write_header(vault_dir: Path, header: VaultHeader) -> None:
    """Atomically replace the header file (temp, fsync, rename, fsync directory)."""
    atomic_write(vault_dir / HEADER_NAME, header.to_bytes(), "the vault header")
