"""Key slots (format 2): each wraps the same random 32-byte master key under a different
secret, in a fixed-size binary area of the slots file (vault/core/header.py).

- ``passphrase``: Argon2id(passphrase) -> slot key.
- ``recovery``: the same with a cheap Argon2id, because the code carries 150 bits.
- ``escrow``: a random slot key age-encrypted to HQ's X25519 recipient (stock ``age -d``
  reads it back); the recipient itself is not written here (the sealed state holds it).

The slot key seals, with AES-256-GCM, the master key AF-split over 128,000 bytes
(vault/core/afsplit.py), so destroying any part of an area destroys its key.  The AAD
binds format, vault id, slot id, slot type, KDF parameters with salt and the key epoch:
editing any of them (say, to a weaker cost) makes the unwrap fail.

An area holds only what unlocking needs; nothing in it says whether the slot is live
(an erased area keeps its costs and is random after them).
"""

from __future__ import annotations

import json
import os
import secrets
import struct
from dataclasses import dataclass, replace
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.afsplit import AF_STRIPES, af_merge, af_split
from vault.core.canonical import canonical_json
from vault.core.errors import HeaderTampered, InputError, WrongPassphrase
from vault.core.kdf import (
    ARGON2_FLOOR_MEMORY_KIB,
    ARGON2_FLOOR_TIME,
    RECOVERY_COST,
    Argon2Params,
    argon2id,
    calibrate_passphrase_params,
    fixed_params,
    normalize_passphrase,
)

FORMAT_VERSION = 2
PASSPHRASE = "passphrase"  # noqa: S105 - a slot type, not a secret
RECOVERY = "recovery"
ESCROW = "escrow"
SLOT_TYPES = (PASSPHRASE, RECOVERY, ESCROW)  # also the order of the areas in a bank

FORM_SPLIT = 2  # the master key AF-split and sealed under the slot key
FORM_V1 = 1  # a format 1 wrap kept as it was at migration (its secret was not at hand)

# slot id, form, Argon2id m (KiB), t, p, salt, nonce, length of the age ciphertext
_HEAD = struct.Struct(">8sBIII16s12sH")
# What erase keeps of an area: id, form and costs, so an erased area looks like a live
# one whose secret nobody has (nothing in the file says "erased").
KEPT_BY_ERASE = 8 + 1 + 12
ESCROW_ROOM = 640  # an age file to one X25519 recipient of a ~200-byte payload
SEALED_BYTES = AF_STRIPES * 32 + 16
AREA_BYTES = _HEAD.size + ESCROW_ROOM + SEALED_BYTES
AGE_MAGIC = b"age-encryption.org/v1"

# Crockford's base32: no I, L, O, U, so a code read aloud or retyped is hard to garble.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_CHARS = 30  # 150 bits
RECOVERY_GROUP = 5


@dataclass(frozen=True)
class KeySlot:
    """One slot area, parsed.  Parsing never judges: random bytes parse too (as a slot
    that opens with nothing)."""

    slot_type: str
    slot_id: str
    form: int
    memory_kib: int
    time_cost: int
    lanes: int
    salt: bytes
    nonce: bytes
    age: bytes
    sealed: bytes

    @classmethod
    def from_area(cls, slot_type: str, area: bytes) -> KeySlot:
        """Parse ``area`` (exactly AREA_BYTES) as a slot of ``slot_type``."""
        if len(area) != AREA_BYTES:
            raise HeaderTampered("The vault's key file is cut short.")
        slot_id, form, m, t, p, salt, nonce, age_len = _HEAD.unpack_from(area)
        age = area[_HEAD.size : _HEAD.size + min(age_len, ESCROW_ROOM)]
        sealed = area[_HEAD.size + ESCROW_ROOM :]
        return cls(slot_type, slot_id.hex(), form, m, t, p, salt, nonce, age, sealed)

    def to_area(self) -> bytes:
        """The slot's bytes in its area; unused room is random, never zeros."""
        head = _HEAD.pack(
            bytes.fromhex(self.slot_id),
            self.form,
            self.memory_kib,
            self.time_cost,
            self.lanes,
            self.salt,
            self.nonce,
            len(self.age),
        )
        room = self.age + os.urandom(ESCROW_ROOM - len(self.age))
        return head + room + self.sealed

    @property
    def params(self) -> Argon2Params:
        """The Argon2id costs and salt (capped only when they are run)."""
        return Argon2Params(self.memory_kib, self.time_cost, self.lanes, self.salt)

    def kdf_json(self) -> dict[str, Any] | None:
        """The KDF parameters as the AAD binds them; None for escrow."""
        return None if self.slot_type == ESCROW else self.params.as_json()

    def below_floor(self) -> bool:
        """Costs under the floor calibration never goes below (a passphrase slot made by
        another program, or by the test-only fast KDF)."""
        return self.slot_type == PASSPHRASE and (
            self.memory_kib < ARGON2_FLOOR_MEMORY_KIB or self.time_cost < ARGON2_FLOOR_TIME
        )

    def describe(self) -> dict[str, Any]:
        """What ``info`` may show of this slot: type, id, costs; never key material."""
        info: dict[str, Any] = {"slot_id": self.slot_id, "type": self.slot_type}
        if self.slot_type != ESCROW:
            info["kdf"] = {
                "alg": "argon2id",
                "m": self.memory_kib,
                "t": self.time_cost,
                "p": self.lanes,
            }
        if self.form == FORM_V1:
            info["form"] = "format-1"  # not AF-split: made anew by passwd / recovery regenerate
        return info


def has_escrow(area: bytes) -> bool:
    """Whether an escrow area holds an age file (readable without any key: the only slot
    whose presence shows; its recipient does not)."""
    slot = KeySlot.from_area(ESCROW, area)
    return slot.age.startswith(AGE_MAGIC)


def _aad(slot: KeySlot, vault_id: str, epoch: int) -> bytes:
    if slot.form == FORM_V1:  # exactly format 1's AAD, so its wrap still opens
        return canonical_json(
            {
                "format": 1,
                "vault_id": vault_id,
                "slot_id": slot.slot_id,
                "type": slot.slot_type,
                "kdf": slot.kdf_json(),
            }
        )
    return canonical_json(
        {
            "format": FORMAT_VERSION,
            "vault_id": vault_id,
            "slot_id": slot.slot_id,
            "type": slot.slot_type,
            "kdf": slot.kdf_json(),
            "epoch": epoch,
        }
    )


def _sealed(
    master: bytes,
    slot_key: bytes,
    slot_type: str,
    params: Argon2Params,
    vault_id: str,
    epoch: int,
    slot_id: str | None = None,
    age: bytes = b"",
) -> KeySlot:
    slot = KeySlot(
        slot_type,
        slot_id or secrets.token_hex(8),
        FORM_SPLIT,
        params.memory_kib,
        params.time_cost,
        params.lanes,
        params.salt,
        os.urandom(12),
        age,
        b"",
    )
    sealed = AESGCM(slot_key).encrypt(slot.nonce, af_split(master), _aad(slot, vault_id, epoch))
    return replace(slot, sealed=sealed)


def _open_sealed(slot: KeySlot, slot_key: bytes, vault_id: str, epoch: int) -> bytes | None:
    aad = _aad(slot, vault_id, epoch)
    try:
        if slot.form == FORM_V1:
            return AESGCM(slot_key).decrypt(slot.nonce, slot.sealed[:48], aad)
        if slot.form != FORM_SPLIT:
            return None
        return af_merge(AESGCM(slot_key).decrypt(slot.nonce, slot.sealed, aad))
    except (InvalidTag, ValueError):
        return None


def make_passphrase_slot(master: bytes, passphrase: str, vault_id: str, epoch: int) -> KeySlot:
    """Wrap ``master`` under ``passphrase`` with freshly calibrated Argon2id costs."""
    params = calibrate_passphrase_params()
    key = argon2id(normalize_passphrase(passphrase), params)
    return _sealed(master, key, PASSPHRASE, params, vault_id, epoch)


def make_recovery_slot(master: bytes, code: str, vault_id: str, epoch: int) -> KeySlot:
    """Wrap ``master`` under a recovery code with a cheap Argon2id (its entropy is high)."""
    params = fixed_params(RECOVERY_COST)
    key = argon2id(normalize_recovery_code(code), params)
    return _sealed(master, key, RECOVERY, params, vault_id, epoch)


def make_escrow_slot(master: bytes, recipient: str, vault_id: str, epoch: int) -> KeySlot:
    """Seal ``master`` under a random slot key and age-encrypt that key to HQ's
    recipient; stock ``age -d`` reads the payload (vault id, slot id, epoch, slot key)."""
    parsed = parse_age_recipient(recipient)
    slot_key, slot_id = os.urandom(32), secrets.token_hex(8)
    payload = canonical_json(
        {
            "format": FORMAT_VERSION,
            "vault_id": vault_id,
            "slot_id": slot_id,
            "epoch": epoch,
            "slot_key": slot_key.hex(),
        }
    )
    age = pyrage.encrypt(payload, [parsed])
    if len(age) > ESCROW_ROOM:  # an age file to one X25519 recipient is ~ 450 bytes here
        raise InputError("That recipient makes an escrow slot too large for the key file.")
    params = Argon2Params(0, 0, 0, os.urandom(16))
    return _sealed(master, slot_key, ESCROW, params, vault_id, epoch, slot_id, age)


def empty_area() -> bytes:
    """An area holding no slot: random bytes, like everything else in the file."""
    return os.urandom(AREA_BYTES)


def unwrap_with_passphrase(
    slot: KeySlot, passphrase: str, vault_id: str, epoch: int
) -> bytes | None:
    """The master key if ``passphrase`` opens this passphrase slot, else None.
    KdfRefused, unrun, for costs above the caps."""
    key = argon2id(normalize_passphrase(passphrase), slot.params)
    return _open_sealed(slot, key, vault_id, epoch)


def unwrap_with_recovery_code(slot: KeySlot, code: str, vault_id: str, epoch: int) -> bytes | None:
    """The master key if the recovery code opens this slot, else None (KdfRefused as
    for a passphrase; WrongPassphrase for something that is not a recovery code)."""
    key = argon2id(normalize_recovery_code(code), slot.params)
    return _open_sealed(slot, key, vault_id, epoch)


def unwrap_with_identities(
    slot: KeySlot, identities: list[pyrage.x25519.Identity], vault_id: str, epoch: int
) -> bytes | None:
    """The master key if one of ``identities`` opens this escrow slot, else None.
    HeaderTampered for an escrow payload that names another vault or slot."""
    if not slot.age.startswith(AGE_MAGIC):
        return None
    try:
        payload = json.loads(pyrage.decrypt(slot.age, identities))
    except Exception:  # no matching identity, or not age at all
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("vault_id") != vault_id
        or payload.get("slot_id") != slot.slot_id
    ):
        raise HeaderTampered("The escrow slot belongs to a different vault.")
    if "master_key" in payload:  # a format 1 escrow payload: the master key itself
        return None
    try:
        slot_key = bytes.fromhex(payload["slot_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The escrow slot is malformed.") from exc
    return _open_sealed(slot, slot_key, vault_id, epoch)


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


def parse_age_recipient(recipient: str) -> pyrage.x25519.Recipient:
    """Parse an ``age1...`` X25519 recipient or refuse it with a clear message."""
    try:
        return pyrage.x25519.Recipient.from_str(recipient.strip())
    except Exception as exc:  # pyrage raises its own RecipientError / ValueError variants
        raise InputError(
            "That is not an age X25519 recipient (it should start with 'age1')."
        ) from exc


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


def carry_format1_slot(
    slot_type: str, slot_id: str, params: Argon2Params, nonce: bytes, wrapped: bytes
) -> KeySlot:
    """A format 1 passphrase or recovery wrap, kept as it was by the migration (whose
    secret was not typed, so it cannot be made anew): opens with the same secret, not
    AF-split; ``passwd`` or ``recovery regenerate`` replace it."""
    if len(wrapped) != 48 or len(nonce) != 12 or len(bytes.fromhex(slot_id)) != 8:
        raise HeaderTampered("The format 1 key slot is malformed.")
    return KeySlot(
        slot_type,
        slot_id,
        FORM_V1,
        params.memory_kib,
        params.time_cost,
        params.lanes,
        params.salt,
        nonce,
        b"",
        wrapped + os.urandom(SEALED_BYTES - len(wrapped)),
    )
