"""``rekey``, ``recovery regenerate`` and ``passwd --rekey``: a seized recovery code or
passphrase, with any old copy of the key file, stops opening what the vault holds now;
a kill -9 at any step of a rekey leaves a vault that opens."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli_vault import NEW_PASSPHRASE, RECOVERY_CODE, Cli, initialized
from tests.conftest import PASSPHRASE, REPO, open_vault
from tests.core.test_escrow_and_slots import make_identity
from vault.core import custody
from vault.core.attachments import intake_files, list_attachments, read_attachment
from vault.core.cases import add_case
from vault.core.check import check_vault
from vault.core.errors import IntegrityError, WrongPassphrase
from vault.core.header import KEYS_NAME, read_slots
from vault.core.rekey import rekey_vault
from vault.core.state import read_records
from vault.core.vault import REKEY_COPY, Credential, Vault

__all__ = ["initialized"]


def _contents(vault: Vault) -> dict[str, bytes]:
    return {a.name: b"".join(read_attachment(vault, a.id)) for a in list_attachments(vault)}


@pytest.fixture
def stocked(vault_dir: Path, tmp_path: Path) -> tuple[str, dict[str, bytes], Path]:
    """A vault with a case, two attachments and an escrow slot; (recovery code, the
    attachments' contents, HQ's identity file)."""
    vault, code = Vault.create(vault_dir, PASSPHRASE, "Field")
    identity = tmp_path / "hq.txt"
    with vault:
        case = add_case(vault, "Before the rekey")
        files = []
        for name, data in (("a.txt", b"first file " * 300), ("b.bin", os.urandom(70_000))):
            path = tmp_path / name
            path.write_bytes(data)
            files.append(path)
        intake_files(vault, case.id, files)
        vault.add_escrow(make_identity(identity))
        contents = _contents(vault)
    return code, contents, identity


def test_rekey_replaces_the_master_key_and_old_secrets_stop_working(
    vault_dir: Path, stocked: tuple[str, dict[str, bytes], Path], tmp_path: Path
) -> None:
    old_code, contents, identity = stocked
    seized_keys = (vault_dir / KEYS_NAME).read_bytes()  # an image taken at a checkpoint
    seized_db = (vault_dir / "vault.db").read_bytes()
    with open_vault(vault_dir) as vault:
        old_master = vault.keys.master
        new_code = rekey_vault(vault, PASSPHRASE)
        assert vault.epoch == 1 and vault.keys.master != old_master
        assert _contents(vault) == contents  # the same blobs open under the new epoch
        add_case(vault, "After the rekey")
        assert check_vault(vault).ok
        last = custody.events(vault.conn)
    assert [e.action for e in last][-2:] == ["rekey", "case-create"]
    assert new_code != old_code

    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open(vault_dir, Credential.recovery_code(old_code))
    with Vault.open(vault_dir, Credential.recovery_code(new_code)) as vault:
        assert _contents(vault) == contents
    with Vault.open(vault_dir, Credential.identity_file(str(identity))) as vault:
        assert vault.epoch == 1  # HQ's escrow slot was made anew for the new key
    # The seized key file with the (known) passphrase opens the seized database only.
    (vault_dir / KEYS_NAME).write_bytes(seized_keys)
    with pytest.raises(IntegrityError, match="before a rekey"):
        open_vault(vault_dir)
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    (stolen / "vault.db").write_bytes((vault_dir / "vault.db").read_bytes())
    assert seized_db != (stolen / "vault.db").read_bytes()


def test_custody_rows_of_each_epoch_verify_under_their_own_key(vault: Vault) -> None:
    add_case(vault, "epoch 0")
    first_key = vault.keys.custody_mac
    rekey_vault(vault, PASSPHRASE)
    add_case(vault, "epoch 1")
    rekey_vault(vault, PASSPHRASE)
    add_case(vault, "epoch 2")
    assert vault.epoch == 2
    earlier = vault.earlier_custody_keys()
    assert earlier[0][1] == first_key and len(earlier) == 2
    report = custody.verify_chain(vault.conn, vault.keys.custody_mac, earlier)
    assert report.ok and report.rows == len(custody.events(vault.conn))
    # Verified with the current key alone, the rows of epoch 0 are not this key's.
    alone = custody.verify_chain(vault.conn, vault.keys.custody_mac)
    assert alone.first_broken == 1 and "MAC" in alone.reason


def test_recovery_regenerate_makes_the_old_code_useless(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    result = cli("recovery", "regenerate")
    assert result.code == 0, result.err
    codes = RECOVERY_CODE.findall(result.out)
    assert len(codes) == 1 and codes[0] != initialized
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(initialized)
    new_file.write_text(codes[0])
    base = ("--vault", str(vault_dir), "passwd", "--new-passphrase-file", str(old_file))
    refused = cli(*base, "--recovery-code-file", str(old_file), bare=True)
    assert refused.code == 1 and "Wrong recovery code" in refused.err
    keep = tmp_path / "keep.txt"
    keep.write_text(PASSPHRASE)
    accepted = cli(
        "--vault",
        str(vault_dir),
        "passwd",
        "--recovery-code-file",
        str(new_file),
        "--new-passphrase-file",
        str(keep),
        bare=True,
    )
    assert accepted.code == 0, accepted.err


def test_passwd_rekey_when_the_old_passphrase_may_be_known(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    seized = (vault_dir / KEYS_NAME).read_bytes()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    result = cli("passwd", "--new-passphrase-file", str(new_file), "--rekey")
    assert result.code == 0, result.err
    assert "rekeyed" in result.out and len(RECOVERY_CODE.findall(result.out)) == 1
    with open_vault(vault_dir, NEW_PASSPHRASE) as vault:
        assert vault.epoch == 1
    # The old key file and the forced-out passphrase: nothing of today opens.
    (vault_dir / KEYS_NAME).write_bytes(seized)
    with pytest.raises(IntegrityError):
        open_vault(vault_dir, PASSPHRASE)


# The rekey as the command runs it, in a process that imports only the core (the whole
# command line takes seconds to start on a busy machine; this runs twenty times).
REKEY_DRIVER = """
import os, sys
from pathlib import Path
from vault.core.rekey import rekey_vault
from vault.core.vault import Credential, Vault

with Vault.open(Path(sys.argv[1]), Credential.passphrase(os.environ["DRIVER_PASS"])) as v:
    rekey_vault(v, os.environ["DRIVER_PASS"])
"""


def test_a_rekey_killed_at_every_step_leaves_a_vault_that_opens(
    vault_dir: Path, stocked: tuple[str, dict[str, bytes], Path], tmp_path: Path
) -> None:
    old_code, contents, identity = stocked
    base = tmp_path / "base"
    shutil.copytree(vault_dir, base)
    outcomes: list[int] = []
    step = 0
    while True:
        step += 1
        assert step < 60, "the rekey never finished"
        work = tmp_path / f"kill-{step}"
        shutil.copytree(base, work)
        done = subprocess.run(
            [sys.executable, "-c", REKEY_DRIVER, str(work)],
            env={**os.environ, "EVIDENCE_VAULT_CRASH_AT": str(step), "DRIVER_PASS": PASSPHRASE},
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        finished = done.returncode == 0
        assert finished or done.returncode == -signal.SIGKILL, done.stderr
        with open_vault(work) as vault:  # the passphrase opens, whatever the step
            assert check_vault(vault).ok, (step, check_vault(vault).problems)
            assert _contents(vault) == contents
            outcomes.append(vault.epoch)
            if vault.epoch == 0:  # not past the switch: the old keys all still work
                notices = vault.notices
        if outcomes[-1] == 0:
            assert notices == []
            with Vault.open(work, Credential.recovery_code(old_code)):
                pass
        with Vault.open(work, Credential.identity_file(str(identity))) as vault:
            assert vault.epoch == outcomes[-1]
        # Whatever was left half-done was finished by that open.
        assert not (work / REKEY_COPY).exists()
        assert len(read_slots(work).live_banks()) == 1
        assert len(read_records(work)) == 1
        shutil.rmtree(work)
        if finished:
            break
    kills = len(outcomes) - 1
    assert kills >= 20, kills
    assert 0 in outcomes and 1 in outcomes
    # Once past the switch, every later kill leaves the new key in place.
    switch = outcomes.index(1)
    assert outcomes[switch:] == [1] * (len(outcomes) - switch)
