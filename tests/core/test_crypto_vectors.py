"""Known answers from the RFCs, so a broken primitive or a mis-mapped parameter shows."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from vault.core.errors import KdfRefused
from vault.core.kdf import Argon2Params, argon2id, hkdf_sha256


def test_rfc9106_argon2id_vector() -> None:
    # RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, secret and associated data.
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_reference_implementation_argon2id_vector() -> None:
    # The reference implementation's test.c: Argon2id v1.3, m=2^16 KiB, t=2, p=1.
    tag = Argon2id(salt=b"somesalt", length=32, iterations=2, lanes=1, memory_cost=1 << 16).derive(
        b"password"
    )
    assert tag.hex() == "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"


def test_our_wrapper_maps_memory_time_and_lanes_to_the_library() -> None:
    params = Argon2Params(memory_kib=64, time_cost=3, lanes=2, salt=b"\x07" * 16)
    expected = Argon2id(salt=b"\x07" * 16, length=32, iterations=3, lanes=2, memory_cost=64).derive(
        b"pass"
    )
    assert argon2id(b"pass", params) == expected


def test_rfc5869_hkdf_sha256_case_1() -> None:
    okm = hkdf_sha256(b"\x0b" * 22, bytes(range(13)), bytes(range(0xF0, 0xFA)), 42)
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


@pytest.mark.parametrize(
    ("memory", "time_cost"),
    [(4 * 1024 * 1024 + 1, 3), (65536, 21), (1 << 40, 1)],
)
def test_costs_above_the_caps_are_refused_before_running(memory: int, time_cost: int) -> None:
    data = {"alg": "argon2id", "m": memory, "t": time_cost, "p": 4, "salt": "00" * 16}
    with pytest.raises(KdfRefused, match="above the allowed maximum"):
        Argon2Params.from_json(data)


def test_unknown_kdf_is_refused() -> None:
    with pytest.raises(KdfRefused):
        Argon2Params.from_json({"alg": "scrypt", "m": 1, "t": 1, "p": 1, "salt": "00" * 16})
