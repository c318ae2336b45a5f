"""Golden vectors for the key file, the sealed state and the attachment container.

Built from a fixed RNG and the tiny test KDF, so any change to the on-disk format fails
here and has to be made deliberately (with a migration story).  Each vector is also
decoded independently, following DESIGN.md's words rather than our code, so the golden
bytes are known to mean what the design says.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import secrets
import struct

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.core import keyslots
from vault.core.container import encrypt_stream
from vault.core.keys import VaultKeys
from vault.core.state import SlotRecord, VaultState

VAULT_ID = "00112233445566778899aabbccddeeff"
ATTACHMENT_ID = "ffeeddccbbaa99887766554433221100"
KEY = bytes(range(32))
# 50 bytes at 16 per chunk: 12 of the original each (after a 4-byte count), so 5 chunks
# (4 * 12 + 2); 70 bytes of stream, padded to PADMÉ(70) = 72: four of 16, one of 8.
PLAINTEXT = b"Sworn testimony, page 1. " * 2

CONTAINER_SHA256 = "edd782f736d598329e0ef0db6ae5175fe88967c3f40dbc4e16ac9ef07ae14640"
KEYS_SHA256 = "1a3ee526cf2d283a092aa2b3c01e089acfb75832590ed4da97ffd46d30937e93"


def _container(plaintext: bytes, chunk_size: int) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), out.write, KEY, VAULT_ID, ATTACHMENT_ID, chunk_size)
    return out.getvalue()


def _independent_decode(blob: bytes) -> bytes:
    """DESIGN.md "Attachments", read literally."""
    magic, version, chunk_size = struct.unpack(">8sHI", blob[:14])
    assert (magic, version) == (b"EVIDBLOB", 2)
    aad = blob[:14] + VAULT_ID.encode() + ATTACHMENT_ID.encode()
    body = blob[14:]
    block = chunk_size + 16
    pieces = [body[i : i + block] for i in range(0, len(body), block)] or [b""]
    plain = b""
    for index, piece in enumerate(pieces):
        final = index == len(pieces) - 1
        nonce = index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")
        chunk = AESGCM(KEY).decrypt(nonce, piece, aad)
        count = int.from_bytes(chunk[:4], "big")
        assert chunk[4 + count :] == bytes(len(chunk) - 4 - count)
        plain += chunk[4 : 4 + count]
    return plain


def test_container_golden_vector() -> None:
    blob = _container(PLAINTEXT, 16)
    assert len(blob) == 14 + 72 + 5 * 16
    assert hashlib.sha256(blob).hexdigest() == CONTAINER_SHA256
    assert _independent_decode(blob) == PLAINTEXT


@pytest.mark.parametrize("length", [0, 1, 15, 16, 17, 39])
def test_container_decodes_independently_at_every_boundary(length: int) -> None:
    data = bytes(random.Random(length).randrange(256) for _ in range(length))
    blob = _container(data, 16)
    assert _independent_decode(blob) == data


def test_empty_file_is_one_final_chunk_counting_nothing() -> None:
    blob = _container(b"", 16)
    assert len(blob) == 14 + 4 + 16
    nonce = bytes(11) + b"\x01"
    aad = blob[:14] + VAULT_ID.encode() + ATTACHMENT_ID.encode()
    assert AESGCM(KEY).decrypt(nonce, blob[14:], aad) == bytes(4)


@pytest.fixture
def fixed_rng(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_KDF", "fast")
    monkeypatch.setenv("EVIDENCE_VAULT_TESTING", "1")
    rng = random.Random(2026)

    def urandom(n: int) -> bytes:
        return bytes(rng.randrange(256) for _ in range(n))

    # The key-slot and KDF modules draw from os.urandom and secrets.
    monkeypatch.setattr(os, "urandom", urandom)
    monkeypatch.setattr(secrets, "token_hex", lambda n: urandom(n).hex())
    monkeypatch.setattr(secrets, "choice", lambda seq: seq[rng.randrange(len(seq))])


def _golden_slots() -> tuple[bytes, bytes, str, bytes]:
    """A format 2 key file's bank holding a passphrase and a recovery slot, and a state
    record, all from the fixed RNG: (key file bytes, master, recovery code, state)."""
    master = bytes(range(100, 132))
    code = keyslots.new_recovery_code()
    areas = {
        keyslots.PASSPHRASE: keyslots.make_passphrase_slot(
            master, "correct horse battery staple", VAULT_ID, 0
        ).to_area(),
        keyslots.RECOVERY: keyslots.make_recovery_slot(master, code, VAULT_ID, 0).to_area(),
        keyslots.ESCROW: keyslots.empty_area(),
    }
    prefix = b"EVKEYS\x00\x02" + bytes.fromhex(VAULT_ID)
    bank = struct.pack(">QI4x", 1, 0) + b"".join(areas[t] for t in keyslots.SLOT_TYPES)
    keys = VaultKeys.derive(master, VAULT_ID)
    record = SlotRecord(1, {"passphrase": "p", "recovery": "r", "escrow": ""}, None, "fast")
    state = VaultState(VAULT_ID, 0, 7, "00" * 32, record).seal(keys.state)
    return prefix.ljust(64, b"\0") + bank, master, code, state


def test_key_file_golden_vector(fixed_rng: None) -> None:
    keys_file, _master, _code, state = _golden_slots()
    assert hashlib.sha256(keys_file + state).hexdigest() == KEYS_SHA256


def _independent_af_merge(material: bytes) -> bytes:
    """The LUKS AF-merge, from its description: d = H(d XOR s_i) over all stripes but the
    last, H = SHA-256 of a 4-byte index 0 and the block; key = d XOR the last stripe."""
    d = bytes(32)
    for i in range(0, len(material) - 32, 32):
        mixed = bytes(a ^ b for a, b in zip(d, material[i : i + 32], strict=True))
        d = hashlib.sha256(b"\0\0\0\0" + mixed).digest()
    return bytes(a ^ b for a, b in zip(d, material[-32:], strict=True))


def test_key_file_decodes_independently(fixed_rng: None) -> None:
    keys_file, master, code, state = _golden_slots()
    assert keys_file[:8] == b"EVKEYS\x00\x02" and keys_file[8:24].hex() == VAULT_ID
    generation, epoch = struct.unpack(">QI", keys_file[64:76])
    assert (generation, epoch) == (1, 0)
    offset = 64 + 16
    for slot_type, secret in (
        ("passphrase", b"correct horse battery staple"),
        ("recovery", code.replace("-", "").encode()),
    ):
        # Area: slot id 8 | form 1 byte | m, t, p u32 | salt 16 | nonce 12 | age length u16 |
        # 640 bytes of room for an age file | AES-256-GCM(AF-split master) 128,016 bytes.
        slot_id, form, m, t, p, salt, nonce, _ = struct.unpack_from(
            ">8sBIII16s12sH", keys_file, offset
        )
        assert form == 2
        sealed = keys_file[offset + 51 + 640 : offset + 51 + 640 + 128_016]
        slot_key = Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(
            secret
        )
        kdf = {"alg": "argon2id", "m": m, "t": t, "p": p, "salt": salt.hex()}
        aad = json.dumps(
            {"format": 2, "vault_id": VAULT_ID, "slot_id": slot_id.hex(), "type": slot_type,
             "kdf": kdf, "epoch": epoch},
            sort_keys=True,
            separators=(",", ":"),
        ).encode()  # fmt: skip
        material = AESGCM(slot_key).decrypt(nonce, sealed, aad)
        assert len(material) == 4000 * 32
        assert _independent_af_merge(material) == master
        offset += 51 + 640 + 128_016
    # The state: u32 length | nonce | AES-256-GCM under HKDF(master, salt = vault id,
    # info = "evidence-vault/v1/state-seal"), AAD = the vault id; JSON padded with NULs.
    state_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=bytes.fromhex(VAULT_ID),
        info=b"evidence-vault/v1/state-seal",
    ).derive(master)
    (length,) = struct.unpack(">I", state[:4])
    plain = AESGCM(state_key).decrypt(state[4:16], state[16 : 4 + length], VAULT_ID.encode())
    assert len(plain) % 512 == 0
    body = json.loads(plain.rstrip(b"\0"))
    assert body["counter"] == 7 and body["vault_id"] == VAULT_ID and body["epoch"] == 0


def test_sqlcipher_key_literal_carries_key_and_salt() -> None:
    keys = VaultKeys.derive(bytes(32), VAULT_ID)
    literal = keys.sqlcipher_key_literal()
    assert literal.startswith("x'") and literal.endswith("'")
    assert len(literal) == 2 + 64 + 32 + 1
    assert literal[2:66] == keys.database.hex()
    assert literal[66:98] == keys.database_salt.hex()
