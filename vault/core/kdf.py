"""Key derivation: Argon2id for what people type, HKDF-SHA256 for keys made from keys.

Argon2id parameters are calibrated at vault creation to take about a second, never below
m = 64 MiB, t = 3, p = 4.  Parameters read from the key file are capped *before* anything
runs, at what calibration can write (1 GiB, 20 passes), so a tampered file cannot make the
program allocate more or spin for long.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.core.errors import ConfigurationError, KdfRefused

ARGON2_FLOOR_MEMORY_KIB = 64 * 1024
ARGON2_FLOOR_TIME = 3
ARGON2_FLOOR_LANES = 4
CALIBRATION_TARGET_SECONDS = 1.0
# Calibration stops growing memory here; further cost goes into time instead, so a
# fast machine does not produce a vault a slower laptop cannot open.
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024
# What a key file may ask for: no more than calibration can ever write (1 GiB, 20 passes,
# 4 lanes; lanes up to 16 for a slot made elsewhere).  A tampered file asking for more is
# refused before anything runs, instead of making a laptop spin for minutes.
ARGON2_CAP_MEMORY_KIB = CALIBRATION_MAX_MEMORY_KIB
ARGON2_CAP_TIME = 20
ARGON2_CAP_LANES = 16

KEY_BYTES = 32


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters and salt, as stored in a key slot."""

    memory_kib: int
    time_cost: int
    lanes: int
    salt: bytes

    def as_json(self) -> dict[str, Any]:
        """The parameters as they appear in the header (salt in hex)."""
        return {
            "alg": "argon2id",
            "m": self.memory_kib,
            "t": self.time_cost,
            "p": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: Any) -> Argon2Params:
        """Parse and cap header parameters; refuse anything outside the caps unrun."""
        try:
            if data["alg"] != "argon2id":
                raise KdfRefused(f"Unknown key-derivation function {data['alg']!r}.")
            params = cls(
                memory_kib=int(data["m"]),
                time_cost=int(data["t"]),
                lanes=int(data["p"]),
                salt=bytes.fromhex(data["salt"]),
            )
        # OverflowError: a cost JSON spells as Infinity or 1e999 (found by fuzzing the
        # format 1 header, which is parsed before anything authenticates it).
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise KdfRefused("The key slot's key-derivation parameters are malformed.") from exc
        params.check_caps()
        return params

    def check_caps(self) -> None:
        """Refuse parameters that are absurd or would exhaust the machine."""
        if self.memory_kib > ARGON2_CAP_MEMORY_KIB or self.time_cost > ARGON2_CAP_TIME:
            raise KdfRefused(
                "The vault header asks for key-derivation costs above the allowed maximum "
                f"(memory {self.memory_kib} KiB, {self.time_cost} passes); refusing to run it. "
                "The header was probably tampered with."
            )
        if (
            self.time_cost < 1
            or not 1 <= self.lanes <= ARGON2_CAP_LANES
            or self.memory_kib < 8 * self.lanes
            or len(self.salt) < 16
        ):
            raise KdfRefused("The key slot's key-derivation parameters are invalid.")


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalize and UTF-8 encode, so the same words typed on any keyboard match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id(secret: bytes, params: Argon2Params) -> bytes:
    """Derive a 32-byte key from ``secret`` with Argon2id under ``params`` (capped)."""
    params.check_caps()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.time_cost,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def hkdf_sha256(key: bytes, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """HKDF-SHA256 (RFC 5869) of ``key`` with ``salt`` and a distinct ``info`` label."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def fast_kdf_requested() -> bool:
    """True when the test-only cheap Argon2id is asked for, and allowed.

    ``EVIDENCE_VAULT_KDF=fast`` is honoured only with ``EVIDENCE_VAULT_TESTING=1``; on its
    own it is refused, so a stray variable cannot quietly weaken a real vault.
    """
    mode = os.environ.get("EVIDENCE_VAULT_KDF", "")
    if not mode:
        return False
    if mode != "fast":
        raise ConfigurationError(f"EVIDENCE_VAULT_KDF={mode!r} is not a known setting.")
    if os.environ.get("EVIDENCE_VAULT_TESTING") != "1":
        raise ConfigurationError(
            "EVIDENCE_VAULT_KDF=fast is for the test suite only "
            "(it needs EVIDENCE_VAULT_TESTING=1); unset it to create a real vault."
        )
    return True


FAST_TEST_COST = (256, 1, 1)  # m KiB, t, p: milliseconds, for the test suite only
RECOVERY_COST = (8 * 1024, 1, 1)  # the recovery code already carries >= 128 bits


def fixed_params(cost: tuple[int, int, int]) -> Argon2Params:
    """Parameters of a fixed cost with a fresh random salt."""
    memory, time_cost, lanes = cost
    return Argon2Params(memory, time_cost, lanes, os.urandom(16))


def calibrate_passphrase_params(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> Argon2Params:
    """Choose Argon2id costs that take about ``target_seconds`` here, never below the floor.

    Starts at the floor (64 MiB, t=3, p=4), doubles memory up to 1 GiB while a derivation
    is well under target, then raises the pass count.  With the test-only fast KDF it
    returns the cheap parameters instead.
    """
    if fast_kdf_requested():
        return fixed_params(FAST_TEST_COST)
    memory, time_cost, lanes = ARGON2_FLOOR_MEMORY_KIB, ARGON2_FLOOR_TIME, ARGON2_FLOOR_LANES
    probe = b"calibration"
    while True:
        params = Argon2Params(memory, time_cost, lanes, os.urandom(16))
        started = time.perf_counter()
        argon2id(probe, params)
        elapsed = time.perf_counter() - started
        if elapsed * 1.8 > target_seconds:
            return params
        scale = target_seconds / max(elapsed, 1e-3)
        if memory < CALIBRATION_MAX_MEMORY_KIB:
            memory = min(CALIBRATION_MAX_MEMORY_KIB, memory * 2)
        elif time_cost < ARGON2_CAP_TIME:
            time_cost = min(ARGON2_CAP_TIME, max(time_cost + 1, int(time_cost * scale)))
        else:
            return params
