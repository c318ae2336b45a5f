"""Key slots: each wraps the same random 32-byte master key under a different secret.

- ``passphrase``: Argon2id(passphrase) -> slot key -> AES-256-GCM.
- ``recovery``: the same with a cheap Argon2id, because the code carries >= 128 bits.
- ``escrow``: the master key age-encrypted to HQ's X25519 recipient, so HQ's stock ``age``
  identity recovers it without anything of ours.

The AES-GCM AAD binds format, vault id, slot id, slot type and the KDF parameters with the
salt: editing any of them (say, to a weaker cost) makes the unwrap fail.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.canonical import canonical_json
from vault.core.errors import HeaderTampered, InputError, WrongPassphrase
from vault.core.kdf import (
    RECOVERY_COST,
    Argon2Params,
    argon2id,
    calibrate_passphrase_params,
    fixed_params,
    normalize_passphrase,
)

FORMAT_VERSION = 1
PASSPHRASE = "passphrase"  # noqa: S105 - a slot type, not a secret
RECOVERY = "recovery"
ESCROW = "escrow"
SLOT_TYPES = (PASSPHRASE, RECOVERY, ESCROW)

# Crockford's base32: no I, L, O, U, so a code read aloud or retyped is hard to garble.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_CHARS = 30  # 150 bits
RECOVERY_GROUP = 5


@dataclass(frozen=True)
class KeySlot:
    """One slot as stored in the header."""

    slot_id: str
    slot_type: str
    body: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The slot as it appears in the header JSON."""
        return {"slot_id": self.slot_id, "type": self.slot_type, **self.body}

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        """Parse one header slot; refuse a malformed one."""
        if not isinstance(data, dict):
            raise HeaderTampered("The vault header has a malformed key slot.")
        body = {k: v for k, v in data.items() if k not in ("slot_id", "type")}
        slot_id, slot_type = data.get("slot_id"), data.get("type")
        if not isinstance(slot_id, str) or slot_type not in SLOT_TYPES:
            raise HeaderTampered("The vault header has a malformed key slot.")
        return cls(slot_id, slot_type, body)

    def describe(self) -> dict[str, Any]:
        """What ``info`` may show of this slot: type, id, costs; never key material."""
        info: dict[str, Any] = {"slot_id": self.slot_id, "type": self.slot_type}
        if "kdf" in self.body:
            kdf = self.body["kdf"]
            info["kdf"] = {k: kdf.get(k) for k in ("alg", "m", "t", "p")}
        if "recipient" in self.body:
            info["recipient"] = self.body["recipient"]
        return info


def _slot_aad(vault_id: str, slot_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
    return canonical_json(
        {
            "format": FORMAT_VERSION,
            "vault_id": vault_id,
            "slot_id": slot_id,
            "type": slot_type,
            "kdf": kdf,
        }
    )


def _wrap_with_secret(
    master: bytes, secret: bytes, params: Argon2Params, vault_id: str, slot_type: str
) -> KeySlot:
    slot_id = secrets.token_hex(8)
    kdf = params.as_json()
    slot_key = argon2id(secret, params)
    nonce = os.urandom(12)
    wrapped = AESGCM(slot_key).encrypt(nonce, master, _slot_aad(vault_id, slot_id, slot_type, kdf))
    return KeySlot(slot_id, slot_type, {"kdf": kdf, "nonce": nonce.hex(), "wrapped": wrapped.hex()})


def _unwrap_with_secret(slot: KeySlot, secret: bytes, vault_id: str) -> bytes | None:
    params = Argon2Params.from_json(slot.body.get("kdf"))  # caps checked before running
    try:
        nonce = bytes.fromhex(slot.body["nonce"])
        wrapped = bytes.fromhex(slot.body["wrapped"])
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The vault header has a malformed key slot.") from exc
    slot_key = argon2id(secret, params)
    aad = _slot_aad(vault_id, slot.slot_id, slot.slot_type, slot.body["kdf"])
    try:
        return AESGCM(slot_key).decrypt(nonce, wrapped, aad)
    except (InvalidTag, ValueError):
        return None


def make_passphrase_slot(master: bytes, passphrase: str, vault_id: str) -> KeySlot:
    """Wrap ``master`` under ``passphrase`` with freshly calibrated Argon2id costs."""
    params = calibrate_passphrase_params()
    return _wrap_with_secret(master, normalize_passphrase(passphrase), params, vault_id, PASSPHRASE)


def new_recovery_code() -> str:
    """A fresh 150-bit recovery code in groups of five, for reading aloud and writing down."""
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_CODE_CHARS))
    groups = [chars[i : i + RECOVERY_GROUP] for i in range(0, len(chars), RECOVERY_GROUP)]
    return "-".join(groups)


def normalize_recovery_code(code: str) -> bytes:
    """Canonical bytes of a typed recovery code: case, spaces, dashes and look-alikes forgiven."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_CODE_CHARS or any(ch not in _CROCKFORD for ch in cleaned):
        raise WrongPassphrase(
            f"That is not a recovery code: it should be {RECOVERY_CODE_CHARS} letters and "
            "digits in groups of five."
        )
    return cleaned.encode("ascii")


def make_recovery_slot(master: bytes, code: str, vault_id: str) -> KeySlot:
    """Wrap ``master`` under a recovery code with a cheap Argon2id (its entropy is high)."""
    return _wrap_with_secret(
        master, normalize_recovery_code(code), fixed_params(RECOVERY_COST), vault_id, RECOVERY
    )


def parse_age_recipient(recipient: str) -> pyrage.x25519.Recipient:
    """Parse an ``age1...`` X25519 recipient or refuse it with a clear message."""
    try:
        return pyrage.x25519.Recipient.from_str(recipient.strip())
    except Exception as exc:  # pyrage raises its own RecipientError / ValueError variants
        raise InputError(
            "That is not an age X25519 recipient (it should start with 'age1')."
        ) from exc


def make_escrow_slot(master: bytes, recipient: str, vault_id: str) -> KeySlot:
    """Encrypt the master key to HQ's age recipient; stock ``age -d`` can read it back."""
    parsed = parse_age_recipient(recipient)
    slot_id = secrets.token_hex(8)
    payload = canonical_json(
        {
            "format": FORMAT_VERSION,
            "vault_id": vault_id,
            "slot_id": slot_id,
            "master_key": master.hex(),
        }
    )
    sealed = pyrage.encrypt(payload, [parsed])
    return KeySlot(
        slot_id,
        ESCROW,
        {"recipient": recipient.strip(), "age": base64.b64encode(sealed).decode("ascii")},
    )


def load_age_identities(path: str) -> list[pyrage.x25519.Identity]:
    """Read X25519 identities from an age identity file (comments and blank lines allowed)."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read the identity file {path}.") from exc
    identities = []
    for line in lines:
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                identities.append(pyrage.x25519.Identity.from_str(line))
            except Exception as exc:
                raise InputError(f"The identity file {path} holds a malformed age key.") from exc
    if not identities:
        raise InputError(f"The identity file {path} holds no age X25519 identity.")
    return identities


def _unwrap_escrow(
    slot: KeySlot, identities: list[pyrage.x25519.Identity], vault_id: str
) -> bytes | None:
    try:
        sealed = base64.b64decode(slot.body["age"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The vault header has a malformed escrow slot.") from exc
    try:
        payload = json.loads(pyrage.decrypt(sealed, identities))
    except Exception:  # no matching identity, or not age at all
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("vault_id") != vault_id
        or payload.get("slot_id") != slot.slot_id
    ):
        raise HeaderTampered("The escrow slot belongs to a different vault.")
    try:
        return bytes.fromhex(payload["master_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The escrow slot is malformed.") from exc


def unlock_with_passphrase(slots: list[KeySlot], passphrase: str, vault_id: str) -> bytes:
    """The master key from the first passphrase slot the passphrase opens, else WrongPassphrase."""
    secret = normalize_passphrase(passphrase)
    for slot in slots:
        if slot.slot_type == PASSPHRASE:
            master = _unwrap_with_secret(slot, secret, vault_id)
            if master is not None:
                return master
    if not any(slot.slot_type == PASSPHRASE for slot in slots):
        raise WrongPassphrase(
            "This vault has no passphrase slot (it was erased); open it with the escrow "
            "identity if one was kept."
        )
    raise WrongPassphrase("Wrong passphrase.")


def unlock_with_recovery_code(slots: list[KeySlot], code: str, vault_id: str) -> bytes:
    """The master key from the recovery slot, else WrongPassphrase."""
    secret = normalize_recovery_code(code)
    for slot in slots:
        if slot.slot_type == RECOVERY:
            master = _unwrap_with_secret(slot, secret, vault_id)
            if master is not None:
                return master
    if not any(slot.slot_type == RECOVERY for slot in slots):
        raise WrongPassphrase(
            "This vault has no recovery code slot (it was erased); open it with the escrow "
            "identity if one was kept."
        )
    raise WrongPassphrase("Wrong recovery code.")


def unlock_with_identity(slots: list[KeySlot], identity_path: str, vault_id: str) -> bytes:
    """The master key from an escrow slot that the age identity file opens."""
    identities = load_age_identities(identity_path)
    escrow = [slot for slot in slots if slot.slot_type == ESCROW]
    if not escrow:
        raise WrongPassphrase("This vault has no escrow slot.")
    for slot in escrow:
        master = _unwrap_escrow(slot, identities, vault_id)
        if master is not None:
            return master
    raise WrongPassphrase("That age identity does not open this vault's escrow slot.")
