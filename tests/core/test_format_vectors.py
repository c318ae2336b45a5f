"""Golden vectors for the header and the attachment container.

Built from a fixed RNG and the tiny test KDF, so any change to the on-disk format fails
here and has to be made deliberately (with a migration story).  Each vector is also
decoded independently, following DESIGN.md's words rather than our code, so the golden
bytes are known to mean what the design says.
"""

from __future__ import annotations

import hashlib
import hmac
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
from vault.core.header import VaultHeader
from vault.core.keys import VaultKeys

VAULT_ID = "00112233445566778899aabbccddeeff"
ATTACHMENT_ID = "ffeeddccbbaa99887766554433221100"
KEY = bytes(range(32))
# 50 bytes at 16 per chunk: 12 of the original each (after a 4-byte count), so 5 chunks
# (4 * 12 + 2); 70 bytes of stream, padded to PADMÉ(70) = 72: four of 16, one of 8.
PLAINTEXT = b"Sworn testimony, page 1. " * 2

CONTAINER_SHA256 = "edd782f736d598329e0ef0db6ae5175fe88967c3f40dbc4e16ac9ef07ae14640"
HEADER_SHA256 = "30c3c4e7ebc6484c899bcc3b2ee0617280be5593c28851d143f49333847fb2a3"


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


def _golden_header() -> tuple[VaultHeader, bytes, str]:
    master = bytes(range(100, 132))
    code = keyslots.new_recovery_code()
    slots = (
        keyslots.make_passphrase_slot(master, "correct horse battery staple", VAULT_ID),
        keyslots.make_recovery_slot(master, code, VAULT_ID),
    )
    keys = VaultKeys.derive(master, VAULT_ID)
    header = VaultHeader(VAULT_ID, slots, counter=7, kdf_mode="fast-test-only")
    return header.signed(keys.header_mac), master, code


def test_header_golden_vector(fixed_rng: None) -> None:
    header, _master, _code = _golden_header()
    assert hashlib.sha256(header.to_bytes()).hexdigest() == HEADER_SHA256


def test_header_decodes_independently(fixed_rng: None) -> None:
    header, master, code = _golden_header()
    data = json.loads(header.to_bytes())
    assert data["format"] == "evidence-vault" and data["version"] == 1
    # Slot AAD = canonical JSON of format, vault id, slot id, type, KDF parameters + salt.
    for slot, secret in zip(
        data["slots"],
        [b"correct horse battery staple", code.replace("-", "").encode()],
        strict=True,
    ):
        params = slot["kdf"]
        slot_key = Argon2id(
            salt=bytes.fromhex(params["salt"]),
            length=32,
            iterations=params["t"],
            lanes=params["p"],
            memory_cost=params["m"],
        ).derive(secret)
        aad = json.dumps(
            {
                "format": 1,
                "vault_id": VAULT_ID,
                "slot_id": slot["slot_id"],
                "type": slot["type"],
                "kdf": params,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()
        unwrapped = AESGCM(slot_key).decrypt(
            bytes.fromhex(slot["nonce"]), bytes.fromhex(slot["wrapped"]), aad
        )
        assert unwrapped == master
    # Header MAC = HMAC-SHA256 under HKDF(master, salt=vault id, info=header label).
    mac_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=bytes.fromhex(VAULT_ID),
        info=b"evidence-vault/v1/header-mac",
    ).derive(master)
    body = {k: v for k, v in data.items() if k != "mac"}
    expected = hmac.new(
        mac_key, json.dumps(body, sort_keys=True, separators=(",", ":")).encode(), hashlib.sha256
    ).hexdigest()
    assert data["mac"] == expected


def test_sqlcipher_key_literal_carries_key_and_salt() -> None:
    keys = VaultKeys.derive(bytes(32), VAULT_ID)
    literal = keys.sqlcipher_key_literal()
    assert literal.startswith("x'") and literal.endswith("'")
    assert len(literal) == 2 + 64 + 32 + 1
    assert literal[2:66] == keys.database.hex()
    assert literal[66:98] == keys.database_salt.hex()
