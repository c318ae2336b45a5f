"""``backup`` makes a verified encrypted copy; ``erase`` shreds the key slots, keeping HQ's
escrow slot only when asked."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    RECOVERY_CODE,
    Cli,
    assert_refused,
    initialized,
    slots_by_type,
)
from tests.conftest import PASSPHRASE, open_vault, run_cli_process
from tests.core.test_escrow_and_slots import make_identity
from vault.core.attachments import list_attachments, read_attachment
from vault.core.keyslots import ESCROW, KEPT_BY_ERASE, RECOVERY
from vault.core.keyslots import PASSPHRASE as PASSPHRASE_SLOT

__all__ = ["initialized"]  # the fixture, imported for this module's tests


@pytest.fixture
def filled(cli: Cli, initialized: str, tmp_path: Path) -> dict[str, bytes]:
    """A case with three attachments; returns attachment id -> original bytes."""
    case_id = cli("case", "add", "--title", "Backup me").out.strip()
    folder = tmp_path / "originals"
    folder.mkdir()
    contents = {
        "a.txt": b"testimony one",
        "b.bin": os.urandom((1 << 20) + 3),
        "c.empty": b"",
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    result = cli("attach", "--case", case_id, *(str(folder / n) for n in contents))
    assert result.code == 0, result.err
    by_id = {}
    for line in result.out.strip().splitlines():
        attachment_id, _code, _, name = line.split("\t")
        by_id[attachment_id] = contents[name]
    return by_id


def read_all(vault_dir: Path, passphrase: str = PASSPHRASE) -> dict[str, bytes]:
    with open_vault(vault_dir, passphrase) as vault:
        return {a.id: b"".join(read_attachment(vault, a.id)) for a in list_attachments(vault)}


# ---- backup -------------------------------------------------------------------------


def test_backup_copy_opens_checks_and_reads_back_identically(
    cli: Cli, vault_dir: Path, filled: dict[str, bytes], passphrase_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "usb-stick" / "vault-copy"
    copy.parent.mkdir()
    result = cli("backup", "--to", str(copy))
    assert result.code == 0, result.err
    assert "verified" in result.out
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700
    assert not list(copy.parent.glob(".*partial*"))  # no leftovers beside it

    checked = cli(
        "--vault", str(copy), "--passphrase-file", str(passphrase_file), "check", bare=True
    )
    assert checked.code == 0, checked.err
    assert "3 attachment(s) authenticated" in checked.out
    assert read_all(copy) == filled
    # The original is untouched and still fine.
    assert cli("check").code == 0
    assert read_all(vault_dir) == filled


def test_backup_refuses_a_folder_that_is_not_empty(
    cli: Cli, vault_dir: Path, filled: dict[str, bytes], tmp_path: Path
) -> None:
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "family-photos.jpg").write_bytes(b"not yours to overwrite")
    assert_refused(cli("backup", "--to", str(target)), "not empty")
    assert [p.name for p in target.iterdir()] == ["family-photos.jpg"]
    assert (target / "family-photos.jpg").read_bytes() == b"not yours to overwrite"
    assert_refused(cli("backup", "--to", str(vault_dir / "inside")), "inside")
    assert cli("check").code == 0


def test_backup_into_an_existing_empty_folder(
    cli: Cli, filled: dict[str, bytes], tmp_path: Path
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    assert cli("backup", "--to", str(target)).code == 0
    assert read_all(target) == filled


def test_backup_opens_with_the_old_passphrase_after_passwd(
    cli: Cli, vault_dir: Path, filled: dict[str, bytes], tmp_path: Path
) -> None:
    # What passwd says: old copies of the header still open with the old passphrase.
    copy = tmp_path / "copy"
    assert cli("backup", "--to", str(copy)).code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    assert cli("passwd", "--new-passphrase-file", str(new_file)).code == 0
    assert read_all(copy, PASSPHRASE) == filled
    assert read_all(vault_dir, NEW_PASSPHRASE) == filled


# ---- erase --------------------------------------------------------------------------


def _overwritten(before: bytes, after: bytes) -> bool:
    """An area erased in place: its id and costs kept, everything after them changed
    (not one 32-byte stripe of the old material left where it was)."""
    head = KEPT_BY_ERASE
    if after[:head] != before[:head]:
        return False
    stripes = range(head, len(before) - 32, 32)
    return all(before[i : i + 32] != after[i : i + 32] for i in stripes)


def test_erase_destroys_passphrase_and_recovery_code(
    cli: Cli, vault_dir: Path, filled: dict[str, bytes], initialized: str, tmp_path: Path
) -> None:
    keys_file, state_file = vault_dir / "vault.keys", vault_dir / "vault.state"
    inode, state_before = keys_file.stat().st_ino, state_file.read_bytes()
    before = slots_by_type(vault_dir)
    result = cli("erase", "--yes")
    assert result.code == 0, result.err
    assert "2 key slot(s) overwritten in place" in result.out
    assert "SSD" in result.out and "copy-on-write" in result.out and "backup" in result.out
    after = slots_by_type(vault_dir)
    assert _overwritten(before[PASSPHRASE_SLOT], after[PASSPHRASE_SLOT])
    assert _overwritten(before[RECOVERY], after[RECOVERY])
    assert keys_file.stat().st_ino == inode  # the same blocks, not a new file
    assert state_file.read_bytes() == state_before  # the sealed counter stays for HQ

    # Nothing says "erased": the vault answers as to a wrong secret.
    assert_refused(cli("info"), "Wrong passphrase")
    code_file = tmp_path / "code.txt"
    code_file.write_text(initialized)
    assert_refused(
        cli("--vault", str(vault_dir), "passwd", "--recovery-code-file", str(code_file), bare=True),
        "Wrong recovery code",
    )
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert b"erased" not in path.read_bytes().lower(), path


def test_erase_keep_escrow_lets_hq_reopen_everything(
    cli: Cli, vault_dir: Path, filled: dict[str, bytes], tmp_path: Path
) -> None:
    identity = tmp_path / "hq.txt"
    recipient = make_identity(identity)
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    before = slots_by_type(vault_dir)

    result = cli("erase", "--yes", "--keep-escrow")
    assert result.code == 0, result.err
    assert "escrow slot was kept" in result.out
    after = slots_by_type(vault_dir)
    assert after[ESCROW] == before[ESCROW]
    assert _overwritten(before[PASSPHRASE_SLOT], after[PASSPHRASE_SLOT])
    assert _overwritten(before[RECOVERY], after[RECOVERY])
    assert_refused(cli("check"), "Wrong passphrase")

    # HQ gets the laptop back and sets a new passphrase with its identity.
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    reopened = cli(
        "--vault",
        str(vault_dir),
        "passwd",
        "--identity",
        str(identity),
        "--new-passphrase-file",
        str(new_file),
        bare=True,
    )
    assert reopened.code == 0, reopened.err
    new_code = RECOVERY_CODE.search(reopened.out)
    assert new_code is not None  # the old recovery slot is gone, so a new code is shown once
    with_new = ("--vault", str(vault_dir), "--passphrase-file", str(new_file))
    checked = cli(*with_new, "check", bare=True)
    assert checked.code == 0, checked.err
    assert read_all(vault_dir, NEW_PASSPHRASE) == filled
    info = json.loads(cli(*with_new, "info", "--json", bare=True).out)
    assert sorted(s["type"] for s in info["slots"]) == ["escrow", "passphrase", "recovery"]

    # ... and the new recovery code works too.
    code_file = tmp_path / "code.txt"
    code_file.write_text(new_code.group(0))
    again = tmp_path / "again.txt"
    again.write_text(PASSPHRASE)
    assert (
        cli(
            "--vault",
            str(vault_dir),
            "passwd",
            "--recovery-code-file",
            str(code_file),
            "--new-passphrase-file",
            str(again),
            bare=True,
        ).code
        == 0
    )
    assert cli("check").code == 0


def test_erase_without_escrow_to_keep_says_so(cli: Cli, vault_dir: Path, initialized: str) -> None:
    before = slots_by_type(vault_dir)
    result = cli("erase", "--yes", "--keep-escrow")
    assert result.code == 0
    assert "no escrow slot to keep" in result.out
    assert _overwritten(before[PASSPHRASE_SLOT], slots_by_type(vault_dir)[PASSPHRASE_SLOT])


def test_erase_without_yes_and_no_terminal_is_refused(
    vault_dir: Path, initialized: str, passphrase_file: Path
) -> None:
    keys = (vault_dir / "vault.keys").read_bytes()
    # A real process with a pipe for stdin: typing ERASE there is not a confirmation.
    result = run_cli_process("--vault", str(vault_dir), "erase", input_text="ERASE\n")
    assert_refused(result, "--yes")
    assert (vault_dir / "vault.keys").read_bytes() == keys
    opened = run_cli_process(
        "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), "check"
    )
    assert opened.code == 0, opened.err


def test_erase_of_a_folder_that_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("dear")
    assert_refused(cli("--vault", str(folder), "erase", "--yes", bare=True), "not an evidence")
    assert (folder / "letter.txt").read_text() == "dear"


def test_erased_slots_cannot_be_read_back_from_the_inode(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    # erase writes through the key file itself: a hard link to its inode (what a
    # file-recovery tool reaches) holds none of the old slot material.
    before = slots_by_type(vault_dir)
    old = vault_dir.parent / "old-keys-link"
    os.link(vault_dir / "vault.keys", old)
    assert cli("erase", "--yes").code == 0
    leftover = old.read_bytes()
    for slot_type in (PASSPHRASE_SLOT, RECOVERY):
        material = before[slot_type][KEPT_BY_ERASE:]
        assert not any(material[i : i + 32] in leftover for i in range(0, len(material), 4096))
