"""Audit of the key file, its slots, the sealed state and the rollback counter, as an
attacker holding the laptop would try them: every edit is refused with one clear line,
before any expensive key derivation where that matters, and the vault is left as it was."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import pytest

import vault.core.vault as vault_module
from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    Cli,
    assert_refused,
    initialized,
    slots_by_type,
)
from tests.conftest import PASSPHRASE, REPO, open_vault, run_cli_process
from tests.core.test_escrow_and_slots import make_identity
from vault.core import custody
from vault.core.cases import add_case, list_cases
from vault.core.check import check_vault
from vault.core.errors import IntegrityError, StorageError, WrongPassphrase
from vault.core.fsutil import storage_error
from vault.core.header import BANK_BYTES, KEYS_NAME, PREFIX_BYTES, read_slots
from vault.core.keyslots import (
    AREA_BYTES,
    ESCROW,
    RECOVERY,
    SLOT_TYPES,
    unwrap_with_passphrase,
)
from vault.core.keyslots import (
    PASSPHRASE as PASSPHRASE_SLOT,
)
from vault.core.vault import Vault

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def assert_healthy(cli: Cli) -> None:
    result = cli("check")
    assert result.code == 0, result.err


def _put_area(vault_dir: Path, slot_type: str, area: bytes) -> None:
    """Write ``area`` over the current bank's area of ``slot_type`` (as an attacker with
    the disk would)."""
    bank = read_slots(vault_dir).current()
    offset = PREFIX_BYTES + bank.index * BANK_BYTES + 16 + SLOT_TYPES.index(slot_type) * AREA_BYTES
    with open(vault_dir / KEYS_NAME, "r+b") as handle:
        handle.seek(offset)
        handle.write(area)


# ---- old copies put back --------------------------------------------------------------


def test_an_old_database_or_an_old_state_put_back_is_refused(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    db, state = vault_dir / "vault.db", vault_dir / "vault.state"
    old_db, old_state = db.read_bytes(), state.read_bytes()
    assert cli("case", "add", "--title", "made after the copy").code == 0
    assert cli("case", "add", "--title", "and another").code == 0
    current_db, current_state = db.read_bytes(), state.read_bytes()

    db.write_bytes(old_db)
    assert_refused(cli("info"), "older than its state")
    db.write_bytes(current_db)
    # A state one transaction behind is what a crash between commit and state write
    # leaves (repaired at open); two behind can only have been put back.
    state.write_bytes(old_state)
    assert_refused(cli("info"), "old copy of the state")
    state.write_bytes(current_state)
    assert_healthy(cli)


def test_a_state_file_of_another_vault_or_edited_is_refused(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    state = vault_dir / "vault.state"
    original = state.read_bytes()
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, "B")
    other.close()
    state.write_bytes((tmp_path / "other" / "vault.state").read_bytes())
    assert_refused(cli("info"), "state file was not sealed by this vault")
    flipped = bytearray(original)
    flipped[40] ^= 1
    state.write_bytes(bytes(flipped))
    assert_refused(cli("info"), "state file was not sealed by this vault")
    state.unlink()
    assert_refused(cli("info"), "state file")
    state.write_bytes(original)
    assert_healthy(cli)


# ---- slots bound to what they are --------------------------------------------------------


def test_slot_type_id_costs_and_vault_are_bound_into_the_wrap(vault: Vault) -> None:
    # The AES-GCM AAD alone refuses a slot whose id, costs or salt were changed, even with
    # the right secret: nobody can lower the cost of a slot to guess faster.
    slot = vault.slots_of(PASSPHRASE_SLOT)[0]
    vault_id, epoch = vault.vault_id, vault.epoch
    assert unwrap_with_passphrase(slot, PASSPHRASE, vault_id, epoch) == vault.keys.master
    assert (
        unwrap_with_passphrase(replace(slot, slot_id="0" * 16), PASSPHRASE, vault_id, epoch) is None
    )
    assert unwrap_with_passphrase(slot, PASSPHRASE, "ab" * 16, epoch) is None
    assert unwrap_with_passphrase(slot, PASSPHRASE, vault_id, epoch + 1) is None
    changes: list[dict[str, Any]] = [
        {"time_cost": 2},
        {"memory_kib": 512},
        {"lanes": 2},
        {"salt": b"1" * 16},
    ]
    for field in changes:
        changed = replace(slot, **field)
        assert unwrap_with_passphrase(changed, PASSPHRASE, vault_id, epoch) is None, field


def test_a_recovery_slot_relabelled_as_a_passphrase_slot_does_not_open(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    # The recovery code typed as a passphrase has exactly the bytes the recovery slot was
    # wrapped under; only the slot type in the AAD tells them apart.
    code_as_passphrase = initialized.replace("-", "")
    original = (vault_dir / KEYS_NAME).read_bytes()
    _put_area(vault_dir, PASSPHRASE_SLOT, slots_by_type(vault_dir)[RECOVERY])
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, code_as_passphrase)
    (vault_dir / KEYS_NAME).write_bytes(original)
    assert_healthy(cli)


def test_swapped_slot_areas_open_nothing(cli: Cli, vault_dir: Path, initialized: str) -> None:
    original = (vault_dir / KEYS_NAME).read_bytes()
    areas = slots_by_type(vault_dir)
    _put_area(vault_dir, PASSPHRASE_SLOT, areas[RECOVERY])
    _put_area(vault_dir, RECOVERY, areas[PASSPHRASE_SLOT])
    assert_refused(cli("info"), "Wrong passphrase")
    (vault_dir / KEYS_NAME).write_bytes(original)
    assert_healthy(cli)


def test_a_key_file_cut_short_or_of_a_newer_format_is_refused(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    keys_file = vault_dir / KEYS_NAME
    original = keys_file.read_bytes()
    keys_file.write_bytes(original[:-1])
    assert_refused(cli("info"), "wrong size")
    keys_file.write_bytes(original[:6] + b"\x00\x03" + original[8:])
    assert_refused(cli("info"), "does not understand")
    keys_file.write_bytes(original)
    assert_healthy(cli)


# ---- escrow slots that belong elsewhere ------------------------------------------------


def test_an_escrow_slot_from_another_vault_is_refused(
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
    original = (vault_dir / KEYS_NAME).read_bytes()
    passwd = ("--vault", str(vault_dir), "passwd", "--identity", str(identity))

    # The other vault's escrow slot (same HQ, so age opens it) put in this key file.
    _put_area(vault_dir, ESCROW, slots_by_type(other_dir)[ESCROW])
    assert_refused(cli(*passwd, bare=True), "different vault")

    (vault_dir / KEYS_NAME).write_bytes(original)
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
    before = slots_by_type(vault_dir)
    erased = cli("erase", "--yes")
    assert erased.code == 0, erased.err
    assert "open in another window" in erased.out  # its keys are still in that memory
    after = slots_by_type(vault_dir)
    assert after[PASSPHRASE_SLOT] != before[PASSPHRASE_SLOT]
    assert after[RECOVERY] != before[RECOVERY]
    # The open program may go on saving (only its sealed state is rewritten), but nothing
    # it does brings the destroyed slots back.
    assert holder.write("written after the erase") == "written"
    holder.close()
    assert slots_by_type(vault_dir) == after
    assert_refused(cli("info"), "Wrong passphrase")


# ---- passwd killed half-way --------------------------------------------------------------

PASSWD_KILLED = """
import os, signal, sys
from pathlib import Path
import vault.core.vault_slots as slots_module
from vault.core.vault import Credential, Vault

vault = Vault.open(Path(sys.argv[1]), Credential.passphrase(os.environ["AUDIT_OLD"]))
slots_module.commit_bank = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
vault.change_passphrase(os.environ["AUDIT_NEW"])
"""


def test_passwd_killed_before_the_new_slots_commit_keeps_the_old_passphrase(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    # Killed after the custody event committed and the state was sealed, before the bank
    # with the new slot was committed: the old passphrase still opens, the new one does
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
    raise storage_error(OSError(errno.ENOSPC, "No space left on device"), "key slots")


def test_a_refused_header_rewrite_after_a_commit_says_the_change_was_saved(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the disk is replaced (full); the transaction, its commit and the repair are real.
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        monkeypatch.setattr(vault_module, "write_records", _header_write_refused)
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
        monkeypatch.setattr(vault_module, "write_records", _header_write_refused)
        with pytest.raises(StorageError, match="they were not changed"):
            vault.change_passphrase(NEW_PASSPHRASE)
        monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, NEW_PASSPHRASE)
    with open_vault(vault_dir) as reopened:
        assert check_vault(reopened).ok


def test_a_custody_log_of_the_same_length_with_other_events_is_refused(
    vault_dir: Path,
) -> None:
    # Two histories that fork after the same event: the state of one with the database of
    # the other has the right counter but another head.
    created, _code = Vault.create(vault_dir, PASSPHRASE, "A")
    created.close()
    fork_db, fork_state = (
        (vault_dir / "vault.db").read_bytes(),
        (vault_dir / "vault.state").read_bytes(),
    )
    with open_vault(vault_dir) as vault:
        add_case(vault, "one history")
    one_state = (vault_dir / "vault.state").read_bytes()
    (vault_dir / "vault.db").write_bytes(fork_db)
    (vault_dir / "vault.state").write_bytes(fork_state)
    with open_vault(vault_dir) as vault:
        add_case(vault, "another history")
    (vault_dir / "vault.state").write_bytes(one_state)
    with pytest.raises(IntegrityError, match="not the one the vault state records"):
        open_vault(vault_dir)
