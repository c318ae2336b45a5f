"""Two ``init`` at once on the same folder: exactly one vault, one clear refusal, and the
loser never removes the winner's files (the fault probe saw both happen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, open_vault
from vault.core.check import check_vault
from vault.core.crashpoints import reset_write_faults
from vault.core.errors import StorageError
from vault.core.vault import Vault

REPO = Path(__file__).resolve().parents[2]


def _start(vault_dir: Path, passphrase_file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vault",
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(passphrase_file),
            "init",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
    )


@pytest.mark.parametrize("existing", [False, True], ids=["absent-folder", "empty-folder"])
def test_two_inits_at_once_leave_one_usable_vault_and_one_clear_refusal(
    tmp_path: Path, passphrase_file: Path, existing: bool
) -> None:
    for attempt in range(4):
        vault_dir = tmp_path / f"race-{attempt}" / "vault"
        if existing:
            vault_dir.mkdir(parents=True)
        runs = [_start(vault_dir, passphrase_file) for _ in range(2)]
        results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
        codes = sorted(code for code, _, _ in results)
        assert codes == [0, 1], results
        (_, out, _), (_, _, err) = sorted(results)
        assert "Recovery code" in out or "recovery code" in out.lower(), out
        assert "already" in err and "Traceback" not in err and "internal error" not in err, err
        assert len(err.strip().splitlines()) == 1, err
        with open_vault(vault_dir, PASSPHRASE) as vault:
            assert check_vault(vault).ok


def test_an_init_the_disk_refuses_leaves_no_folder_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_write_faults()
    monkeypatch.setenv("EVIDENCE_VAULT_FAIL_WRITE_AT", "0")
    with pytest.raises(StorageError, match="disk is full"):
        Vault.create(tmp_path / "new" / "deep" / "vault", PASSPHRASE)
    reset_write_faults()
    assert list(tmp_path.iterdir()) == []
