"""Audit of the header, its key slots and the rollback counter, as an attacker holding the
laptop would try them: every edit is refused with one clear line, before any expensive key
derivation where that matters, and the vault is left as it was."""

from __future__ import annotations

import copy
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

import vault.core.vault as vault_module
from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    Cli,
    assert_refused,
    header_json,
    initialized,
    slots_by_type,
)
from tests.conftest import PASSPHRASE, REPO, open_vault, run_cli_process
from tests.core.test_escrow_and_slots import make_identity
from vault.core import custody
from vault.core.cases import add_case, list_cases
from vault.core.check import check_vault
from vault.core.errors import StorageError, WrongPassphrase
from vault.core.fsutil import storage_error
from vault.core.keyslots import (
    PASSPHRASE as PASSPHRASE_SLOT,
)
from vault.core.keyslots import (
    RECOVERY,
    KeySlot,
    unlock_with_passphrase,
)
from vault.core.vault import Vault

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def write_header_json(vault_dir: Path, data: dict[str, Any]) -> None:
    (vault_dir / "vault.header").write_text(json.dumps(data, indent=2), encoding="utf-8")


def assert_healthy(cli: Cli) -> None:
    result = cli("check")
    assert result.code == 0, result.err


# ---- the "erased" flag is not a way around the MAC ------------------------------------


def test_marking_a_live_header_erased_does_not_switch_off_its_mac_or_the_rollback_check(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    # An erased header carries no MAC (erase runs without the key).  An attacker who puts
    # an old database back and marks the header "erased", keeping its passphrase slot and
    # setting the counter to the old database's, must not get the old database opened.
    db = vault_dir / "vault.db"
    old_db = tmp_path / "old.db"
    shutil.copy2(db, old_db)
    old_counter = header_json(vault_dir)["counter"]
    assert cli("case", "add", "--title", "made after the copy").code == 0
    current_db = tmp_path / "current.db"
    shutil.copy2(db, current_db)
    original = (vault_dir / "vault.header").read_bytes()

    shutil.copy2(old_db, db)
    forged = header_json(vault_dir)
    forged["erased"] = True
    forged["counter"] = old_counter
    del forged["mac"]
    write_header_json(vault_dir, forged)
    assert_refused(cli("info"), "marked erased", "changed outside the vault")

    # The same with the right counter and database: still refused (slots + erased flag).
    shutil.copy2(current_db, db)
    forged["counter"] = json.loads(original)["counter"]
    write_header_json(vault_dir, forged)
    assert_refused(cli("info"), "marked erased")

    (vault_dir / "vault.header").write_bytes(original)
    assert_healthy(cli)


# ---- repeated, reused and decoy slots --------------------------------------------------


def _duplicate(data: dict[str, Any]) -> None:
    data["slots"].append(copy.deepcopy(data["slots"][0]))


def _reuse_slot_id(data: dict[str, Any]) -> None:
    data["slots"][1]["slot_id"] = data["slots"][0]["slot_id"]


def _decoys(data: dict[str, Any]) -> None:
    # Each decoy asks for the floor cost; tried one by one before the real slot they would
    # cost seconds each (at the 4 GiB / 20-pass cap: hours) before the MAC could refuse.
    real = data["slots"][0]
    for number in range(20):
        decoy = copy.deepcopy(real)
        decoy["slot_id"] = f"{number:016x}"
        decoy["kdf"].update({"m": 64 * 1024, "t": 3, "p": 4})
        data["slots"].insert(0, decoy)


@pytest.mark.parametrize(
    "change", [_duplicate, _reuse_slot_id, _decoys], ids=["duplicate", "slot-id-reused", "decoys"]
)
def test_repeated_slots_are_refused_before_any_key_derivation(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path, change: Any
) -> None:
    original = (vault_dir / "vault.header").read_bytes()
    data = json.loads(original)
    change(data)
    write_header_json(vault_dir, data)
    assert_refused(cli("info"), "repeated key slots")
    code_file = tmp_path / "code.txt"
    code_file.write_text(initialized)
    assert_refused(
        cli("--vault", str(vault_dir), "passwd", "--recovery-code-file", str(code_file), bare=True),
        "repeated key slots",
    )
    (vault_dir / "vault.header").write_bytes(original)
    assert_healthy(cli)


def test_slot_type_and_slot_id_are_bound_into_the_wrap(vault: Vault) -> None:
    # Without looking at the header MAC at all: the AES-GCM AAD alone refuses a slot whose
    # type or id was changed, even with the right secret and the right KDF parameters.
    passphrase_slot = vault.slots_of(PASSPHRASE_SLOT)[0]
    vault_id = vault.vault_id
    assert unlock_with_passphrase([passphrase_slot], PASSPHRASE, vault_id) == vault.keys.master
    renamed = KeySlot("0" * 16, PASSPHRASE_SLOT, passphrase_slot.body)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase([renamed], PASSPHRASE, vault_id)
    other_vault = "ab" * 16
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase([passphrase_slot], PASSPHRASE, other_vault)
    for field, value in (("t", 2), ("m", 512), ("p", 2), ("salt", "11" * 16)):
        body = copy.deepcopy(passphrase_slot.body)
        body["kdf"][field] = value
        with pytest.raises(WrongPassphrase):
            unlock_with_passphrase(
                [KeySlot(passphrase_slot.slot_id, PASSPHRASE_SLOT, body)], PASSPHRASE, vault_id
            )


def test_a_recovery_slot_relabelled_as_a_passphrase_slot_does_not_open(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    # The recovery code typed as a passphrase has exactly the bytes the recovery slot was
    # wrapped under; only the slot type in the AAD tells them apart.
    code_as_passphrase = initialized.replace("-", "")
    original = (vault_dir / "vault.header").read_bytes()
    data = json.loads(original)
    data["slots"] = [s for s in data["slots"] if s["type"] == RECOVERY]
    data["slots"][0]["type"] = PASSPHRASE_SLOT
    write_header_json(vault_dir, data)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, code_as_passphrase)
    (vault_dir / "vault.header").write_bytes(original)
    assert_healthy(cli)


def test_swapped_slot_types_open_nothing(cli: Cli, vault_dir: Path, initialized: str) -> None:
    original = (vault_dir / "vault.header").read_bytes()
    data = json.loads(original)
    for slot in data["slots"]:
        slot["type"] = RECOVERY if slot["type"] == PASSPHRASE_SLOT else PASSPHRASE_SLOT
    write_header_json(vault_dir, data)
    assert_refused(cli("info"), "Wrong passphrase")
    (vault_dir / "vault.header").write_bytes(original)
    assert_healthy(cli)


# ---- escrow slots that belong elsewhere ------------------------------------------------


def test_an_escrow_slot_from_another_vault_or_with_another_id_is_refused(
    cli: Cli, vault_dir: Path, initialized: str, passphrase_file: Path, tmp_path: Path
) -> None:
    identity = tmp_path / "hq.txt"
    recipient = make_identity(identity)
    other_dir = tmp_path / "other-vault"
    made = run_cli_process(
        "--vault", str(other_dir), "--passphrase-file", str(passphrase_file), "init"
    )
    assert made.code == 0, made.err
    escrowed = run_cli_process(
        "--vault",
        str(other_dir),
        "--passphrase-file",
        str(passphrase_file),
        "escrow",
        "add",
        "--recipient",
        recipient,
    )
    assert escrowed.code == 0, escrowed.err
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    original = (vault_dir / "vault.header").read_bytes()
    passwd = ("--vault", str(vault_dir), "passwd", "--identity", str(identity))

    # The other vault's escrow slot (same HQ, so age opens it) put in this header.
    data = json.loads(original)
    data["slots"] = [s for s in data["slots"] if s["type"] != "escrow"]
    data["slots"].append(slots_by_type(other_dir)["escrow"])
    write_header_json(vault_dir, data)
    assert_refused(cli(*passwd, bare=True), "different vault")

    # This vault's own escrow slot under another slot id.
    data = json.loads(original)
    for slot in data["slots"]:
        if slot["type"] == "escrow":
            slot["slot_id"] = "f" * 16
    write_header_json(vault_dir, data)
    assert_refused(cli(*passwd, bare=True), "different vault")

    (vault_dir / "vault.header").write_bytes(original)
    assert_healthy(cli)


# ---- the header is read under the lock -------------------------------------------------


def test_a_header_changed_just_before_the_lock_is_read_again(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another process changes the passphrase between our first read of the header and our
    # lock.  Unlocking from the stale header would "repair" the counter by writing the
    # stale header back, undoing the new passphrase.
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    created.close()
    real_take_lock = vault_module._take_lock

    def passwd_elsewhere_then_lock(path: Path) -> int:
        monkeypatch.setattr(vault_module, "_take_lock", real_take_lock)
        with open_vault(path) as other:
            other.change_passphrase(NEW_PASSPHRASE)
        return real_take_lock(path)

    monkeypatch.setattr(vault_module, "_take_lock", passwd_elsewhere_then_lock)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    with open_vault(vault_dir, NEW_PASSPHRASE) as reopened:
        assert custody.events(reopened.conn)[-1].action == "passphrase-change"
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)


# ---- two processes -----------------------------------------------------------------------

HOLDER = """
import os, sys
from pathlib import Path
from vault.core.cases import add_case
from vault.core.errors import VaultError
from vault.core.vault import Credential, Vault

vault = Vault.open(Path(sys.argv[1]), Credential.passphrase(os.environ["AUDIT_PASSPHRASE"]))
print("ready", flush=True)
for line in sys.stdin:
    try:
        add_case(vault, line.strip())
        print("written", flush=True)
    except VaultError as exc:
        print("refused:", exc, flush=True)
vault.close()
"""


class Holder:
    """A second real process holding the vault open; ``write(title)`` makes it add a case."""

    def __init__(self, vault_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(vault_dir)],
            env={**os.environ, "AUDIT_PASSPHRASE": PASSPHRASE},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert self._line() == "ready", self.proc.stderr.read() if self.proc.stderr else ""

    def _line(self) -> str:
        out: IO[str] | None = self.proc.stdout
        assert out is not None
        return out.readline().strip()

    def write(self, title: str) -> str:
        stdin = self.proc.stdin
        assert stdin is not None
        stdin.write(title + "\n")
        stdin.flush()
        return self._line()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


@pytest.fixture
def holder(vault_dir: Path, initialized: str) -> Iterator[Holder]:
    held = Holder(vault_dir)
    try:
        yield held
    finally:
        held.close()


def test_a_vault_open_in_another_process_is_refused_until_it_closes(
    vault_dir: Path, passphrase_file: Path, holder: Holder
) -> None:
    base = ("--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert_refused(run_cli_process(*base, "case", "add", "--title", "x"), "open in another")
    assert holder.write("written by the holder") == "written"
    holder.close()
    listed = run_cli_process(*base, "list", "cases", "--json")
    assert listed.code == 0, listed.err
    assert [c["title"] for c in json.loads(listed.out)] == ["written by the holder"]


def test_erase_while_open_elsewhere_stays_erased(cli: Cli, vault_dir: Path, holder: Holder) -> None:
    erased = cli("erase", "--yes")
    assert erased.code == 0, erased.err
    assert "open in another window" in erased.out  # its keys are still in that memory
    assert slots_by_type(vault_dir) == {}
    # The open program's next write must not bring the destroyed slots back.
    answer = holder.write("written after the erase")
    assert answer.startswith("refused:") and "erased while it was open" in answer
    holder.close()
    assert slots_by_type(vault_dir) == {}
    assert json.loads((vault_dir / "vault.header").read_text())["erased"] is True
    assert_refused(cli("info"), "erased")


# ---- passwd killed half-way --------------------------------------------------------------

PASSWD_KILLED = """
import os, signal, sys
from pathlib import Path
import vault.core.vault as vault_module
from vault.core.vault import Credential, Vault

vault = Vault.open(Path(sys.argv[1]), Credential.passphrase(os.environ["AUDIT_OLD"]))
vault_module.write_header = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
vault.change_passphrase(os.environ["AUDIT_NEW"])
"""


def test_passwd_killed_between_commit_and_header_keeps_the_old_passphrase(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    # Killed after the custody event committed and before the header with the new slot was
    # written: the old passphrase still opens (the counter is repaired), the new one does
    # not, nothing is lost, and running passwd again works.
    slots_before = slots_by_type(vault_dir)
    done = subprocess.run(
        [sys.executable, "-c", PASSWD_KILLED, str(vault_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "AUDIT_OLD": PASSPHRASE, "AUDIT_NEW": NEW_PASSPHRASE},
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert slots_by_type(vault_dir) == slots_before

    checked = cli("check")
    assert checked.code == 0, checked.err
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    with_new = ("--vault", str(vault_dir), "--passphrase-file", str(new_file))
    assert_refused(cli(*with_new, "info", bare=True), "Wrong passphrase")
    with open_vault(vault_dir) as vault:
        assert custody.events(vault.conn)[-1].action == "passphrase-change"
        assert vault.custody_head()[0] == vault.state.counter

    again = cli("passwd", "--new-passphrase-file", str(new_file))
    assert again.code == 0, again.err
    assert cli(*with_new, "check", bare=True).code == 0
    assert_refused(cli("info"), "Wrong passphrase")


# ---- databases and headers of two vaults ---------------------------------------------------


def test_database_swapped_between_two_vaults_is_refused(vault_dir: Path, tmp_path: Path) -> None:
    first, _ = Vault.create(vault_dir, PASSPHRASE, "A")
    with first:
        add_case(first, "first vault's case")
    second_dir = tmp_path / "second"
    second, _ = Vault.create(second_dir, PASSPHRASE, "B")  # same passphrase on purpose
    second.close()
    first_db = (vault_dir / "vault.db").read_bytes()
    second_db = (second_dir / "vault.db").read_bytes()
    (vault_dir / "vault.db").write_bytes(second_db)
    (second_dir / "vault.db").write_bytes(first_db)
    for where in (vault_dir, second_dir):
        result = run_cli_process(
            "--vault", str(where), "info", env={"EVIDENCE_VAULT_PASSPHRASE": PASSPHRASE}
        )
        assert_refused(result, "belongs to another vault")
    (vault_dir / "vault.db").write_bytes(first_db)
    with open_vault(vault_dir) as reopened:
        assert [c.title for c in list_cases(reopened)] == ["first vault's case"]


# ---- the disk refuses the header rewrite after a commit -----------------------------------


def _header_write_refused(*_args: object, **_kwargs: object) -> None:
    raise storage_error(OSError(errno.ENOSPC, "No space left on device"), "the vault header")


def test_a_refused_header_rewrite_after_a_commit_says_the_change_was_saved(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the disk is replaced (full); the transaction, its commit and the repair are real.
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        monkeypatch.setattr(vault_module, "write_header", _header_write_refused)
        with pytest.raises(StorageError, match="was saved") as caught:
            add_case(vault, "Entered once")
        assert "Do not repeat" in str(caught.value)
        monkeypatch.undo()
    with open_vault(vault_dir) as reopened:  # the counter is repaired at open
        assert [c.title for c in list_cases(reopened)] == ["Entered once"]
        assert reopened.state.counter == reopened.custody_head()[0]
        assert check_vault(reopened).ok


def test_a_refused_header_rewrite_in_passwd_leaves_the_old_passphrase(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        monkeypatch.setattr(vault_module, "write_header", _header_write_refused)
        with pytest.raises(StorageError, match="key slots were not changed"):
            vault.change_passphrase(NEW_PASSPHRASE)
        monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, NEW_PASSPHRASE)
    with open_vault(vault_dir) as reopened:
        assert check_vault(reopened).ok
