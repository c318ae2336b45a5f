"""Intake takes the original's SHA-512 in the same read as its SHA-256."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import sqlcipher3

from vault.core.attachments import intake_files, original_sha512
from vault.core.vault import Vault


def test_sha512_is_recorded_at_intake_and_immutable(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    data = os.urandom(3 * 1024 * 1024 + 5)
    source = tmp_path / "scan.tif"
    source.write_bytes(data)
    (attachment,) = intake_files(vault, case_id, [source])
    assert original_sha512(vault, attachment.id) == hashlib.sha512(data).hexdigest()
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.conn.execute("UPDATE attachments SET sha512 = 'x'")
