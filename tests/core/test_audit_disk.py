"""Audit of the vault's files on disk: private modes under any umask, damaged database
pages, blobs and databases moved between vaults, a large write-ahead log, symlinks, and a
read-only disk.  Real SQLCipher files, real processes where the CLI's answer matters."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    Cli,
    assert_refused,
    initialized,
)
from tests.conftest import PASSPHRASE, open_vault
from vault.core import blobstore, store
from vault.core.attachments import intake_files, list_attachments, read_attachment
from vault.core.backup import backup_vault
from vault.core.cases import add_case, list_cases
from vault.core.errors import InputError, VaultBusy
from vault.core.fsutil import fsync_directory
from vault.core.vault import Vault

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def blob_path(vault_dir: Path, attachment_id: str) -> Path:
    return vault_dir / "blobs" / attachment_id[:2] / attachment_id


def modes_under(root: Path) -> dict[str, int]:
    """Permission bits of ``root`` and everything under it (symlinks not followed)."""
    found = {".": stat.S_IMODE(root.lstat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(root: Path) -> None:
    wrong = {}
    for name, mode in modes_under(root).items():
        path = root / name
        expected = 0o700 if path.is_dir() else 0o600
        if mode != expected:
            wrong[name] = oct(mode)
    assert not wrong, wrong


# ---- modes -------------------------------------------------------------------------------


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The core used without ``__main__`` (tests, a GUI, a script): umask 022."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_every_file_and_folder_the_core_makes_is_private_under_a_permissive_umask(
    permissive_umask: None, vault_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(3000))
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        case_id = add_case(vault, "Modes").id
        intake_files(vault, case_id, [source])
        vault.change_passphrase(NEW_PASSPHRASE)
        # While open: the write-ahead log and shared-memory index exist too.
        names = set(modes_under(vault_dir))
        assert {"vault.db-wal", "vault.db-shm", "vault.keys", "vault.state", ".lock"} <= names
        assert_private(vault_dir)
        backup_vault(vault, tmp_path / "copy")
    assert_private(vault_dir)
    assert_private(tmp_path / "copy")
    with open_vault(tmp_path / "copy", NEW_PASSPHRASE) as copy:
        assert len(list_attachments(copy)) == 1
        assert_private(tmp_path / "copy")


# ---- durability of a new blob folder -----------------------------------------------------


def test_a_new_blob_folder_is_made_durable_before_the_row_commits(
    vault: Vault, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A spy on the directory fsyncs (the real ones still run): after a power cut, a
    # committed row must never point into a blobs/xx folder whose own entry was lost.
    synced: list[tuple[Path, int]] = []

    def spy(path: Path) -> None:
        rows = vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
        synced.append((Path(path), rows))
        fsync_directory(path)

    monkeypatch.setattr(blobstore, "fsync_directory", spy)
    source = tmp_path / "first.jpg"
    source.write_bytes(b"first")
    (attachment,) = intake_files(vault, case_id, [source])
    folder = vault.blobs.path_for(attachment.id).parent
    # The temp file's folder and blobs/ before the commit; the rename to the blob's name
    # after it (vault/core/blobstore.py).
    assert synced == [(folder, 0), (vault.path / "blobs", 0), (folder, 1)]


# ---- damaged database pages ----------------------------------------------------------------


def test_a_flipped_bit_in_any_database_page_is_named_never_an_internal_error(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    for number in range(20):
        assert cli("case", "add", "--title", f"Case {number} " + "x" * 200).code == 0
    db = vault_dir / "vault.db"
    original = db.read_bytes()
    page = 4096
    assert len(original) % page == 0
    seen_damaged = 0
    for number in range(len(original) // page):
        damaged = bytearray(original)
        damaged[number * page + 100] ^= 0x01
        db.write_bytes(bytes(damaged))
        # check on every third page keeps the loop quick; list cases on every page.
        for command in (("list", "cases"), ("check",))[: 2 if number % 3 == 0 else 1]:
            result = cli(*command)
            assert "internal error" not in result.err, (number, command, result.err)
            assert "Traceback" not in result.err
            if command == ("check",):
                # Either the damage is named by check, or the vault does not open at all.
                assert result.code == 1, (number, result)
                assert "failed" in result.err or "damaged" in result.err or "cannot" in result.err
            elif result.code != 0:
                assert_refused(result)
                assert "damaged" in result.err
                seen_damaged += 1
        db.write_bytes(original)
    assert seen_damaged > 0  # some pages are only met after the vault opened
    assert cli("check").code == 0


def test_a_wiped_database_salt_does_not_lock_the_data_out(
    vault_dir: Path,
) -> None:
    # DESIGN.md: the key and the 16-byte salt are passed together, so damage to the salt at
    # the start of the file does not lose the database.
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        add_case(vault, "Still readable")
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[:16] = bytes(16)
    db.write_bytes(bytes(data))
    with open_vault(vault_dir) as reopened:
        assert [c.title for c in list_cases(reopened)] == ["Still readable"]


# ---- blobs and databases from another vault -------------------------------------------------


def test_a_blob_copied_from_another_vault_is_refused_or_removed(
    cli: Cli, vault_dir: Path, initialized: str, passphrase_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan " * 100)
    case_id = cli("case", "add", "--title", "Ours").out.strip()
    # Not a real PDF: kept only when asked (issue 13); what matters here is its blob.
    ours = cli("attach", "--case", case_id, "--as-received", str(source)).out.split("\t")[0]

    other_dir = tmp_path / "other"
    other, _ = Vault.create(other_dir, PASSPHRASE, "Other")
    with other:
        (theirs,) = intake_files(other, add_case(other, "Theirs").id, [source])
    ours_path, theirs_path = blob_path(vault_dir, ours), blob_path(other_dir, theirs.id)
    original = ours_path.read_bytes()

    # Their ciphertext of the very same file, put in place of ours: named by check.
    shutil.copy2(theirs_path, ours_path)
    result = cli("check")
    assert result.code == 1 and ours in result.err and "failed its integrity" in result.err
    ours_path.write_bytes(original)

    # Their blob dropped in beside ours (no row here): kept aside in quarantine at the
    # next open, never deleted, and named by check (vault/core/quarantine.py).
    stray = blob_path(vault_dir, theirs.id)
    stray.parent.mkdir(exist_ok=True)
    shutil.copy2(theirs_path, stray)
    result = cli("check")
    assert result.code == 1 and theirs.id in result.err and "quarantine" in result.err
    assert not stray.exists()
    assert (vault_dir / "quarantine" / theirs.id).read_bytes() == theirs_path.read_bytes()
    with open_vault(other_dir) as again:  # theirs is untouched
        assert b"".join(read_attachment(again, theirs.id)) == source.read_bytes()


# ---- backup and the write-ahead log -----------------------------------------------------------


def test_backup_of_a_vault_with_a_large_write_ahead_log(vault: Vault, tmp_path: Path) -> None:
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")  # let the log grow, as a crash would
    for batch in range(50):  # fifty commits of thirty cases: each commit appends its pages
        with vault.transaction():
            for number in range(30):
                add_case(vault, f"Case {batch}-{number} " + "y" * 400)
    wal = vault.path / "vault.db-wal"
    assert wal.stat().st_size > max(4 << 20, (vault.path / "vault.db").stat().st_size)
    report = backup_vault(vault, tmp_path / "copy")
    assert report.ok and report.custody_rows == 1501
    with open_vault(tmp_path / "copy") as copy:
        assert len(list_cases(copy)) == 1500


def test_backup_while_another_connection_reads_is_refused_clearly(
    vault: Vault, tmp_path: Path
) -> None:
    reader = store.connect(vault.path / store.DB_NAME, vault.keys)
    vault.conn.execute("PRAGMA busy_timeout = 200")  # the checkpoint waits this long first
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM cases").fetchone()
        add_case(vault, "Committed while the reader looks at an older snapshot")
        with pytest.raises(VaultBusy, match="no consistent copy"):
            backup_vault(vault, tmp_path / "copy")
        assert not (tmp_path / "copy").exists()
        assert not list(tmp_path.glob(".copy.partial"))
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert backup_vault(vault, tmp_path / "copy").ok


def test_backup_into_the_vault_through_a_symlink_is_refused(vault: Vault, tmp_path: Path) -> None:
    link = tmp_path / "usb"
    link.symlink_to(vault.path)
    with pytest.raises(InputError, match="inside the vault"):
        backup_vault(vault, link / "copy")
    assert not (vault.path / "copy").exists()


# ---- symlinks ----------------------------------------------------------------------------------


def test_a_symlinked_vault_folder_and_blobs_folder_work_and_back_up_as_real_files(
    cli: Cli, passphrase_file: Path, tmp_path: Path
) -> None:
    real = tmp_path / "encrypted-disk" / "vault"
    real.mkdir(parents=True)
    link = tmp_path / "vault-link"
    link.symlink_to(real)
    run = ("--vault", str(link), "--passphrase-file", str(passphrase_file))
    assert cli(*run, "init", bare=True).code == 0
    assert stat.S_IMODE(real.stat().st_mode) == 0o700
    case_id = cli(*run, "case", "add", "--title", "Linked", bare=True).out.strip()
    first = tmp_path / "first.txt"
    first.write_text("first")
    assert cli(*run, "attach", "--case", case_id, str(first), bare=True).code == 0

    elsewhere = tmp_path / "second-disk" / "blobs"
    elsewhere.parent.mkdir()
    shutil.move(real / "blobs", elsewhere)
    (real / "blobs").symlink_to(elsewhere)
    second = tmp_path / "second.txt"
    second.write_text("second")
    assert cli(*run, "attach", "--case", case_id, str(second), bare=True).code == 0
    checked = cli(*run, "check", bare=True)
    assert checked.code == 0 and "2 attachment(s)" in checked.out

    copy = tmp_path / "copy"
    assert cli(*run, "backup", "--to", str(copy), bare=True).code == 0
    assert not any(p.is_symlink() for p in [copy, *copy.rglob("*")])
    with open_vault(copy) as opened:
        texts = {a.name: b"".join(read_attachment(opened, a.id)) for a in list_attachments(opened)}
    assert texts == {"first.txt": b"first", "second.txt": b"second"}


# ---- a read-only disk --------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real tmpfs mount (needs root); remountable read-only."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def test_a_vault_on_a_read_only_disk_gets_a_clear_refusal(
    cli: Cli, small_disk: Path, passphrase_file: Path
) -> None:
    vault_dir = small_disk / "vault"
    run = ("--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    assert cli(*run, "init", bare=True).code == 0
    assert cli(*run, "case", "add", "--title", "Before", bare=True).code == 0
    remount = ["mount", "-o", "remount,ro", str(small_disk)]
    subprocess.run(remount, check=True, capture_output=True)
    try:
        for command in (("info",), ("check",), ("case", "add", "--title", "x")):
            assert_refused(cli(*run, *command, bare=True), "read-only disk", "copy")
        assert_refused(cli("--vault", str(vault_dir), "erase", "--yes", bare=True), "read-only")
    finally:
        subprocess.run(
            ["mount", "-o", "remount,rw", str(small_disk)], check=True, capture_output=True
        )
    checked = cli(*run, "check", bare=True)
    assert checked.code == 0, checked.err
