"""A vault of format 1, made by the code of the day before format 2 and checked in under
tests/fixtures/format1_vault, opens with this program: after a verified backup beside it,
it becomes format 2 and everything in it is still there."""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO
from vault.core import custody
from vault.core.attachments import list_attachments, read_attachment
from vault.core.cases import list_cases
from vault.core.check import check_vault
from vault.core.erase import erase_vault
from vault.core.errors import NotAVault, WrongPassphrase
from vault.core.format1 import HEADER_NAME
from vault.core.header import KEYS_NAME
from vault.core.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from vault.core.keyslots import RECOVERY
from vault.core.vault import Credential, Vault

FORMAT1 = FIXTURES / "format1_vault"
OLD_PASSPHRASE = "format one passphrase"
OLD_RECOVERY_CODE = "WRW61-EN0DF-DE4T5-EV0BX-W75MB-CKJ28"
SHA256 = {
    "diagram.png": "d60b9458a9e5a4b13e238f6c67edc062a6814d6389ca2a91487cbbe7894a4dc8",
    "note.txt": "e010069521ae7ad2530147c0ed637aa076a032b29697ed22a207a2aabf101ef9",
}


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    copy = tmp_path / "field-vault"
    shutil.copytree(FORMAT1 / "vault", copy)
    return copy


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _assert_whole(vault: Vault) -> None:
    assert check_vault(vault).ok, check_vault(vault).problems
    assert [c.title for c in list_cases(vault)] == ["Format one case"]
    read = {
        a.name: hashlib.sha256(b"".join(read_attachment(vault, a.id))).hexdigest()
        for a in list_attachments(vault)
    }
    assert read == SHA256
    actions = [e.action for e in custody.events(vault.conn)]
    assert actions[-1] == "format-upgrade" and len(actions) == 10
    assert custody.verify_chain(vault.conn, vault.keys.custody_mac).ok


def test_a_format1_vault_is_upgraded_on_open_after_a_verified_backup(old_vault: Path) -> None:
    before = _files(old_vault)
    with Vault.open(old_vault, Credential.passphrase(OLD_PASSPHRASE)) as vault:
        _assert_whole(vault)
        assert vault.info()["format_version"] == 2 and not vault.erased
        notice = vault.notices[0]
        assert "upgraded to format 2" in notice and "recovery code slot was kept" in notice
        assert vault.escrow_recipient is not None and vault.escrow_recipient.startswith("age1")
    assert not (old_vault / HEADER_NAME).exists()
    assert (old_vault / KEYS_NAME).is_file()
    backup = old_vault.parent / "field-vault.format1-backup"
    assert str(backup) in notice
    copied = _files(backup)
    assert copied == {name: data for name, data in before.items() if name != ".lock"}

    # Every secret of the old vault still opens the new one.
    with Vault.open(old_vault, Credential.recovery_code(OLD_RECOVERY_CODE)) as vault:
        _assert_whole(vault)
        recovery = next(s for s in vault.info()["slots"] if s["type"] == RECOVERY)
        assert recovery["form"] == "format-1"  # carried over, said in info
    identity = str(FORMAT1 / "hq_identity.txt")
    with Vault.open(old_vault, Credential.identity_file(identity)) as vault:
        _assert_whole(vault)
        code = vault.regenerate_recovery_code()
    with pytest.raises(WrongPassphrase):
        Vault.open(old_vault, Credential.recovery_code(OLD_RECOVERY_CODE))
    with Vault.open(old_vault, Credential.recovery_code(code)) as vault:
        passphrase = next(s for s in vault.info()["slots"] if s["type"] == PASSPHRASE_SLOT)
        assert "form" not in passphrase  # made anew at the upgrade (it was typed then)


def test_the_upgrade_unlocked_with_the_recovery_code(old_vault: Path) -> None:
    with Vault.open(old_vault, Credential.recovery_code(OLD_RECOVERY_CODE)) as vault:
        _assert_whole(vault)
        assert "passphrase slot was kept" in vault.notices[0]
    with Vault.open(old_vault, Credential.passphrase(OLD_PASSPHRASE)) as vault:
        _assert_whole(vault)


def test_a_wrong_passphrase_upgrades_nothing(old_vault: Path) -> None:
    before = _files(old_vault)
    with pytest.raises(WrongPassphrase):
        Vault.open(old_vault, Credential.passphrase("not the passphrase"))
    assert _files(old_vault) == {**before, ".lock": b""} or _files(old_vault) == before
    assert not (old_vault.parent / "field-vault.format1-backup").exists()


UPGRADE_DRIVER = """
import sys
from pathlib import Path
from vault.core.vault import Credential, Vault

Vault.open(Path(sys.argv[1]), Credential.passphrase(sys.argv[2])).close()
"""


def test_an_upgrade_killed_at_any_step_opens_on_the_next_try(old_vault: Path) -> None:
    base = old_vault.parent / "base"
    shutil.copytree(old_vault, base)
    step = 0
    while True:
        step += 1
        assert step < 30
        work = old_vault.parent / f"kill-{step}"
        shutil.copytree(base, work)
        done = subprocess.run(
            [sys.executable, "-c", UPGRADE_DRIVER, str(work), OLD_PASSPHRASE],
            env={**__import__("os").environ, "EVIDENCE_VAULT_CRASH_AT": str(step)},
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        assert done.returncode in (0, -signal.SIGKILL), done.stderr
        with Vault.open(work, Credential.passphrase(OLD_PASSPHRASE)) as vault:
            _assert_whole(vault)
        with Vault.open(work, Credential.recovery_code(OLD_RECOVERY_CODE)):
            pass
        if done.returncode == 0:
            break
    assert step >= 5


def test_a_format1_vault_erased_with_its_escrow_kept_is_recovered_at_hq(
    old_vault: Path, tmp_path: Path
) -> None:
    erased = erase_vault(old_vault, keep_escrow=True)  # format 1's erase, not yet upgraded
    assert erased.escrow_kept and erased.slots_destroyed == 2
    with pytest.raises(WrongPassphrase):
        Vault.open(old_vault, Credential.passphrase(OLD_PASSPHRASE))
    identity = str(FORMAT1 / "hq_identity.txt")
    with Vault.open(old_vault, Credential.identity_file(identity)) as vault:
        assert vault.erased  # so nothing is removed at open, and passwd makes a new code
        _assert_whole(vault)
        code = vault.change_passphrase("a new passphrase at headquarters")
    assert code is not None
    with Vault.open(old_vault, Credential.recovery_code(code)) as vault:
        assert not vault.erased


def test_erase_of_a_format1_vault_not_yet_upgraded(old_vault: Path) -> None:
    result = erase_vault(old_vault, keep_escrow=False)
    assert result.slots_destroyed == 3 and not result.escrow_kept
    assert not (old_vault / HEADER_NAME).exists()
    with pytest.raises(NotAVault):
        Vault.open(old_vault, Credential.passphrase(OLD_PASSPHRASE))
