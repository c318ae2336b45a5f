"""The table bindings in format 2's sealed state (``VaultState.bindings``): they follow
every way the state is written (a crash between commit and state rewrite, a rekey, the
format upgrade) and they are checked when HQ opens an erased vault.

Each test fails on a build where that path leaves the bindings behind: a crash repair
that rewrites only the counter refuses the next open; a rekey that keeps the old
bindings refuses the vault under the new key; an upgrade that writes none lets a splice
of the upgraded vault pass.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO, open_vault
from tests.core.db_pages import snapshot, splice_table
from tests.core.test_escrow_and_slots import make_identity
from tests.core.test_table_splice import _made, _root
from vault.app.keys import erase
from vault.core import store
from vault.core.bindings import BOUND_TABLES, binding_key, compute_state, to_bindings
from vault.core.check import check_vault
from vault.core.consent import withdraw_consent
from vault.core.errors import IntegrityError
from vault.core.rekey import rekey_vault
from vault.core.state import STATE_NAME
from vault.core.vault import Credential, Vault

# Withdraw a consent in a process killed at its first crash point: the temp file of the
# state rewrite after the commit (vault/core/header.py write_new_file).
WITHDRAW_DRIVER = """
import sys
from pathlib import Path
from vault.core.consent import withdraw_consent
from vault.core.vault import Credential, Vault

with Vault.open(Path(sys.argv[1]), Credential.passphrase(sys.argv[2])) as vault:
    withdraw_consent(vault, sys.argv[3])
"""


def _withdraw_killed_before_the_state_rewrite(vault_dir: Path, witness: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHDRAW_DRIVER, str(vault_dir), PASSPHRASE, witness],
        env={**os.environ, "EVIDENCE_VAULT_CRASH_AT": "1"},
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert f"{STATE_NAME}: temp written" in done.stderr


def _consent_withdrawn(vault: Vault) -> bool:
    row = vault.conn.execute("SELECT count(*) FROM consents WHERE withdrawn = 1").fetchone()
    return int(row[0]) > 0


def test_a_crash_between_commit_and_state_rewrite_is_repaired_with_its_bindings(
    tmp_path: Path,
) -> None:
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    with open_vault(vault_dir) as vault:
        behind = vault.state
    _withdraw_killed_before_the_state_rewrite(vault_dir, ids["witness"])
    with open_vault(vault_dir) as vault:
        assert vault.state.counter == behind.counter + 1  # repaired at open
        assert vault.state.bindings["consents"] != behind.bindings["consents"]
        assert _consent_withdrawn(vault)
        assert check_vault(vault).ok, check_vault(vault).problems


def test_a_splice_hidden_behind_a_crash_repair_is_refused(tmp_path: Path) -> None:
    # The state is one commit behind (the repair case), and the table that commit
    # changed is put back as it was: the counter alone would accept it.
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    old = snapshot(vault_dir, tmp_path / "before.db")
    _withdraw_killed_before_the_state_rewrite(vault_dir, ids["witness"])
    key, root = _root_without_repair(vault_dir, tmp_path)
    assert splice_table(old, vault_dir / "vault.db", key, root)
    with pytest.raises(IntegrityError, match="consent records"):
        open_vault(vault_dir)


def _root_without_repair(vault_dir: Path, tmp_path: Path) -> tuple[bytes, int]:
    """The database key and the consents' root page, read from a copy (opening the vault
    itself would repair it), after moving the killed commit's pages from the log into
    ``vault.db`` (what any later open does first)."""
    copy = tmp_path / "peek"
    shutil.copytree(vault_dir, copy)
    with open_vault(copy) as vault:
        keys = vault.keys
    conn = store.connect(vault_dir / store.DB_NAME, keys)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return _root(copy, "consents")


def test_rekey_binds_the_tables_under_the_new_key(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    with open_vault(vault_dir) as vault:
        before = dict(vault.state.bindings)
        rekey_vault(vault, PASSPHRASE)
        # Same rows, new key: every non-empty table's sum changed, and it is what one
        # read of the tables under the new master key gives.
        assert vault.state.bindings["consents"] != before["consents"]
        fresh = compute_state(vault.conn, binding_key(vault.keys.master, vault.vault_id))
        assert vault.state.bindings == to_bindings(fresh)
        withdraw_consent(vault, ids["witness"])  # settled under the new key
    with open_vault(vault_dir) as vault:
        assert vault.epoch == 1 and check_vault(vault).ok
    old = snapshot(vault_dir, tmp_path / "before.db")
    with open_vault(vault_dir) as vault:
        withdraw_consent(vault, ids["witness"])
    key, root = _root(vault_dir, "consents")
    assert splice_table(old, vault_dir / "vault.db", key, root)
    with pytest.raises(IntegrityError, match="consent records"):
        open_vault(vault_dir)


def test_hq_refuses_an_erased_vault_with_a_spliced_table(tmp_path: Path) -> None:
    # Format 1's erased header carried no bindings at all; the sealed state, which
    # erase leaves alone, carries them to HQ.
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    identity = tmp_path / "hq.txt"
    with open_vault(vault_dir) as vault:
        vault.add_escrow(make_identity(identity))
    old = snapshot(vault_dir, tmp_path / "before.db")
    with open_vault(vault_dir) as vault:
        withdraw_consent(vault, ids["witness"])
    key, root = _root(vault_dir, "consents")
    erase(vault_dir, keep_escrow=True)
    assert splice_table(old, vault_dir / "vault.db", key, root)
    with pytest.raises(IntegrityError, match="consent records"):
        Vault.open(vault_dir, Credential.identity_file(str(identity)))


def test_the_format_upgrade_writes_bindings_of_the_migrated_tables(tmp_path: Path) -> None:
    from tests.core.test_format_upgrade import FORMAT1, OLD_PASSPHRASE

    vault_dir = tmp_path / "field-vault"
    shutil.copytree(FORMAT1 / "vault", vault_dir)
    with Vault.open(vault_dir, Credential.passphrase(OLD_PASSPHRASE)) as vault:
        assert set(vault.state.bindings) == set(BOUND_TABLES)
        fresh = compute_state(vault.conn, vault.bind_key)
        assert vault.state.bindings == to_bindings(fresh)
        assert fresh["attachments"].rows == 2
