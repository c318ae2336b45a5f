"""The SQLCipher store: pragmas on every connection, migrations, encryption at rest."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from vault.core import store
from vault.core.backup import backup_vault
from vault.core.errors import IntegrityError, UnsupportedFormat
from vault.core.keys import VaultKeys
from vault.core.vault import Vault

from ..conftest import open_vault


def test_pragmas_on_the_vault_connection(vault: Vault) -> None:
    assert store.read_pragmas(vault.conn) == store.REQUIRED_PRAGMAS


def test_pragmas_on_a_reopened_and_a_backup_connection(vault: Vault, tmp_path: Path) -> None:
    path = vault.path
    backup_vault(vault, tmp_path / "copy")
    vault.close()
    for where in (path, tmp_path / "copy"):
        with open_vault(where) as again:
            values = store.read_pragmas(again.conn)
            assert values["temp_store"] == 2
            assert values["journal_mode"] == "wal"
            assert values["synchronous"] == 2
            assert values["secure_delete"] == 1
            assert values["foreign_keys"] == 1
            assert values["cipher_log_level"] == "NONE"
            assert values["cipher_memory_security"] == "0"


def test_database_file_is_ciphertext(vault: Vault) -> None:
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (vault.path / store.DB_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Test Operator" not in raw and b"custody" not in raw
    # The first 16 bytes are the salt we derived, so a damaged header page cannot lock
    # the data out: the salt is supplied with the key.
    assert raw[:16] == vault.keys.database_salt


def test_wrong_key_cannot_open_the_database(vault: Vault) -> None:
    other = VaultKeys.derive(bytes(32), vault.vault_id)
    with pytest.raises(IntegrityError, match="cannot be decrypted"):
        store.connect(vault.path / store.DB_NAME, other)


def _fresh(tmp_path: Path, name: str) -> store.Connection:
    keys = VaultKeys.derive(bytes(range(32)), "00" * 16)
    return store.connect(tmp_path / name, keys)


def test_migrations_from_zero_equal_the_fresh_schema(tmp_path: Path) -> None:
    migrated = _fresh(tmp_path, "migrated.db")
    assert store.migrate(migrated) == store.latest_version()
    fresh = _fresh(tmp_path, "fresh.db")
    store.create_schema(fresh)
    assert store.schema_snapshot(migrated) == store.schema_snapshot(fresh)


def test_migrations_apply_one_step_at_a_time(tmp_path: Path) -> None:
    conn = _fresh(tmp_path, "stepwise.db")
    numbers = [n for n, _ in store.migrations()]
    assert numbers == list(range(1, store.latest_version() + 1))
    store.migrate(conn)
    assert store.schema_version(conn) == numbers[-1]
    assert store.migrate(conn) == numbers[-1]  # idempotent


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    conn = _fresh(tmp_path, "newer.db")
    store.create_schema(conn)
    conn.execute(f"PRAGMA user_version = {store.latest_version() + 1}")
    with pytest.raises(UnsupportedFormat, match="newer than this program"):
        store.migrate(conn)


def test_originals_and_custody_cannot_be_changed_through_sql(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    from vault.core.attachments import intake_files

    source = tmp_path / "photo.jpg"
    source.write_bytes(b"original")
    (attachment,) = intake_files(vault, case_id, [source])
    for statement in (
        "UPDATE attachments SET sha256 = 'x'",
        "DELETE FROM attachments",
        "UPDATE custody SET operator = 'someone else'",
        "DELETE FROM custody",
    ):
        with pytest.raises(sqlcipher3.IntegrityError):
            vault.conn.execute(statement)
    assert vault.conn.execute("SELECT sha256 FROM attachments").fetchone()[0] == attachment.sha256
