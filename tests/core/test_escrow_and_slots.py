"""Organization escrow with the real ``age`` tools: HQ's stock identity recovers a vault
whose passphrase is lost, and its stock ``age -d`` reads the escrowed master key."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    Cli,
    assert_refused,
    initialized,
    slots_by_type,
)
from tests.conftest import open_vault
from vault.core import custody
from vault.core.keyslots import ESCROW, PASSPHRASE, RECOVERY, KeySlot, has_escrow

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def make_identity(path: Path) -> str:
    """HQ's age identity made by the stock tool; returns its ``age1...`` recipient."""
    subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(path)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert recipient.startswith("age1")
    return recipient


@pytest.fixture
def hq_identity(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "hq-identity.txt"
    return path, make_identity(path)


@pytest.fixture
def new_passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "new-passphrase.txt"
    path.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_escrow_add_shows_in_info_and_leaves_a_custody_event(
    cli: Cli, vault_dir: Path, initialized: str, hq_identity: tuple[Path, str]
) -> None:
    _, recipient = hq_identity
    before = slots_by_type(vault_dir)
    added = cli("escrow", "add", "--recipient", recipient)
    assert added.code == 0, added.err
    assert recipient in added.out
    info = json.loads(cli("info", "--json").out)
    escrow = [s for s in info["slots"] if s["type"] == ESCROW]
    assert len(escrow) == 1 and escrow[0]["recipient"] == recipient
    after = slots_by_type(vault_dir)
    assert after[PASSPHRASE] == before[PASSPHRASE] and after[RECOVERY] == before[RECOVERY]
    with open_vault(vault_dir) as vault:
        last = custody.events(vault.conn)[-1]
    assert last.action == "slot-change" and last.details["added"] == "escrow"
    assert cli("check").code == 0


def test_lost_passphrase_recovered_with_hq_identity(
    cli: Cli,
    vault_dir: Path,
    initialized: str,
    hq_identity: tuple[Path, str],
    new_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    identity, recipient = hq_identity
    case_id = cli("case", "add", "--title", "Retrieved laptop").out.strip()
    evidence = tmp_path / "statement.txt"
    evidence.write_bytes(b"what the witness saw")
    assert cli("attach", "--case", case_id, str(evidence)).code == 0
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    escrow_before = slots_by_type(vault_dir)[ESCROW]

    # The investigator's passphrase is lost; HQ has only its identity file.
    result = cli(
        "--vault",
        str(vault_dir),
        "passwd",
        "--identity",
        str(identity),
        "--new-passphrase-file",
        str(new_passphrase_file),
        bare=True,
    )
    assert result.code == 0, result.err
    assert_refused(cli("info"), "Wrong passphrase")
    with_new = ("--vault", str(vault_dir), "--passphrase-file", str(new_passphrase_file))
    checked = cli(*with_new, "check", bare=True)
    assert checked.code == 0, checked.err
    assert "1 attachment(s)" in checked.out
    assert slots_by_type(vault_dir)[ESCROW] == escrow_before  # passwd leaves escrow alone


def test_stock_age_decrypts_the_escrow_slot(
    cli: Cli, vault_dir: Path, initialized: str, hq_identity: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = hq_identity
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    slot = KeySlot.from_area(ESCROW, slots_by_type(vault_dir)[ESCROW])
    sealed = tmp_path / "escrow.age"
    sealed.write_bytes(slot.age)

    opened = subprocess.run(
        ["age", "-d", "-i", str(identity), str(sealed)],
        capture_output=True,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr
    payload = json.loads(opened.stdout)
    assert payload["slot_id"] == slot.slot_id and payload["epoch"] == 0
    # The age layer gives HQ the slot key; the master key is AF-split behind it, in the
    # key file, so overwriting the slot destroys it even though the age file may survive.
    assert "master_key" not in payload and len(bytes.fromhex(payload["slot_key"])) == 32
    with open_vault(vault_dir) as vault:
        assert payload["vault_id"] == vault.vault_id
        assert recipient not in (vault_dir / "vault.keys").read_bytes().decode("latin-1")


def test_a_wrong_identity_is_refused(
    cli: Cli, vault_dir: Path, initialized: str, hq_identity: tuple[Path, str], tmp_path: Path
) -> None:
    _, recipient = hq_identity
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    before = (vault_dir / "vault.keys").read_bytes()
    stranger = tmp_path / "someone-else.txt"
    make_identity(stranger)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    result = cli(
        "--vault",
        str(vault_dir),
        "passwd",
        "--identity",
        str(stranger),
        "--new-passphrase-file",
        str(new_file),
        bare=True,
    )
    assert_refused(result, "does not open")
    not_an_identity = tmp_path / "notes.txt"
    not_an_identity.write_text("hello\n")
    assert_refused(
        cli("--vault", str(vault_dir), "passwd", "--identity", str(not_an_identity), bare=True),
        "no age",
    )
    assert (vault_dir / "vault.keys").read_bytes() == before
    assert cli("check").code == 0


def test_escrow_remove(
    cli: Cli, vault_dir: Path, initialized: str, hq_identity: tuple[Path, str], tmp_path: Path
) -> None:
    identity, recipient = hq_identity
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    removed = cli("escrow", "remove")
    assert removed.code == 0, removed.err
    assert not has_escrow(slots_by_type(vault_dir)[ESCROW])
    assert_refused(
        cli("--vault", str(vault_dir), "passwd", "--identity", str(identity), bare=True),
        "no escrow slot",
    )
    assert_refused(cli("escrow", "remove"), "no escrow slot")
    with open_vault(vault_dir) as vault:
        last = custody.events(vault.conn)[-1]
    assert last.action == "slot-change" and last.details == {"removed": "escrow"}
    assert cli("check").code == 0


def test_escrow_add_refuses_what_is_not_an_age_recipient(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    before = (vault_dir / "vault.keys").read_bytes()
    assert_refused(cli("escrow", "add", "--recipient", "ssh-ed25519 AAAAC3Nz"), "age1")
    assert (vault_dir / "vault.keys").read_bytes() == before
