"""Progress and cancel for the long operations of the core: unlock, intake, check and
backup report phases that move only forward and end at their total; a cancel before the
commit point raises Cancelled and leaves the vault and the destination as they were."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from tests.progress_recorder import Recorder, listing
from vault.core.attachments import intake_files, intake_streams, list_attachments
from vault.core.backup import backup_vault
from vault.core.check import check_vault
from vault.core.errors import VaultError
from vault.core.progress import Cancelled, CancelToken, Progress, Work
from vault.core.vault import Credential, Vault

from ..conftest import PASSPHRASE, open_vault

MIB = 1 << 20


def _files(folder: Path, sizes: list[int]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for index, size in enumerate(sizes):
        path = folder / f"file{index}.bin"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def _contents(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the lock file's (an open takes the lock, even a cancelled one)."""
    return {
        p: (folder / p).read_bytes()
        for p in listing(folder)
        if p != ".lock" and (folder / p).is_file()
    }


def _state(vault: Vault) -> tuple[set[str], tuple[int, str], int]:
    return listing(vault.path, files_only=True), vault.custody_head(), len(list_attachments(vault))


# ---- the contract itself --------------------------------------------------------------


def test_progress_never_goes_back_and_a_callback_still_works() -> None:
    calls: list[tuple[int, int]] = []
    work = Work(lambda done, total: calls.append((done, total)))
    work.phase("Copying", 10)
    work.update(6)
    work.update(4)  # late, smaller report from a helper: ignored
    work.advance(3)
    work.update(50)  # beyond the total: held at it
    assert calls == [(0, 10), (6, 10), (6, 10), (9, 10), (10, 10)]


def test_snapshot_is_safe_to_poll_from_another_thread() -> None:
    progress = Progress()
    progress.start("Hashing", 200_000)
    seen: list[int] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            seen.append(progress.snapshot().done)

    poller = threading.Thread(target=poll)
    poller.start()
    for _ in range(200_000):
        progress.advance()
    stop.set()
    poller.join()
    assert progress.snapshot().done == 200_000
    assert seen == sorted(seen)


def test_cancelled_is_a_user_error_with_a_neutral_message() -> None:
    token = CancelToken()
    token.check()  # not cancelled: nothing happens
    token.cancel()
    with pytest.raises(VaultError, match=r"^Cancelled; nothing was changed\.$"):
        token.check()
    assert isinstance(Cancelled(), VaultError)


# ---- unlock -----------------------------------------------------------------------------


def test_unlock_reports_an_indeterminate_phase_that_ends_full(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    recorder = Recorder()
    with Vault.open(vault_dir, Credential.passphrase(PASSPHRASE), recorder.progress) as opened:
        assert opened.info()["counts"]["cases"] == 0
    assert recorder.states[0].total is None  # the key derivation cannot say how long
    recorder.assert_complete("Unlocking")


@pytest.mark.parametrize("when", ["before", "during"])
def test_a_cancelled_unlock_changes_nothing_and_releases_the_vault(
    vault_dir: Path, when: str
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    before = _contents(vault_dir)
    recorder = Recorder(cancel_at=("Unlocking", 0) if when == "during" else None)
    if when == "before":
        recorder.token.cancel()
    with pytest.raises(Cancelled):
        Vault.open(vault_dir, Credential.passphrase(PASSPHRASE), recorder.progress, recorder.token)
    assert _contents(vault_dir) == before  # no migration, no header rewrite, no orphan sweep
    open_vault(vault_dir).close()  # the lock was released


# ---- intake -----------------------------------------------------------------------------


def test_intake_counts_every_byte(vault: Vault, case_id: str, tmp_path: Path) -> None:
    paths = _files(tmp_path / "in", [3 * MIB + 5, 2 * MIB, 0])
    recorder = Recorder()
    intake_files(vault, case_id, paths, progress=recorder.progress)
    recorder.assert_complete("Encrypting")
    assert recorder.of("Encrypting")[-1].total == 5 * MIB + 5
    assert len(recorder.of("Encrypting")) > 5  # chunk by chunk, not file by file


def test_intake_cancelled_in_its_second_file_leaves_no_blob(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    paths = _files(tmp_path / "in", [2 * MIB, 3 * MIB])
    before = _state(vault)
    recorder = Recorder(cancel_at=("Encrypting", 3 * MIB))
    with pytest.raises(Cancelled):
        intake_files(vault, case_id, paths, None, recorder.progress, cancel=recorder.token)
    assert _state(vault) == before
    assert max(s.done for s in recorder.states) < 5 * MIB  # it stopped, it did not finish


def test_intake_of_streams_of_unknown_size_is_indeterminate(vault: Vault, case_id: str) -> None:
    class Unsized:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def read(self, n: int = -1) -> bytes:
            chunk, self.data = self.data[:n], self.data[n:]
            return chunk

        def seekable(self) -> bool:
            return False

    calls: list[tuple[int, int]] = []
    stream = cast(BinaryIO, Unsized(b"x" * 100))
    intake_streams(vault, case_id, [("a.bin", stream)], None, lambda d, t: calls.append((d, t)))
    assert calls[-1] == (100, 0)  # the older callback form: total 0 means "cannot say"


# ---- check and backup -----------------------------------------------------------------


def test_check_counts_the_bytes_it_authenticates(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    intake_files(vault, case_id, _files(tmp_path / "in", [2 * MIB, MIB + 1]))
    recorder = Recorder()
    assert check_vault(vault, recorder.progress).ok
    recorder.assert_complete("Checking attachments")
    assert recorder.of("Checking attachments")[-1].total == 3 * MIB + 1


def test_check_can_be_cancelled(vault: Vault, case_id: str, tmp_path: Path) -> None:
    intake_files(vault, case_id, _files(tmp_path / "in", [2 * MIB, 2 * MIB]))
    before = _state(vault)
    recorder = Recorder(cancel_at=("Checking attachments", MIB))
    with pytest.raises(Cancelled):
        check_vault(vault, recorder.progress, cancel=recorder.token)
    assert _state(vault) == before


def test_backup_goes_to_100_percent_over_copy_and_check(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    intake_files(vault, case_id, _files(tmp_path / "in", [2 * MIB, MIB]))
    calls: list[tuple[int, int]] = []
    backup_vault(vault, tmp_path / "backup", lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    total = calls[-1][1]
    assert done == sorted(done) and done[-1] == total  # the old bar stopped at 50%
    copied = 3 * MIB + (vault.path / "vault.db").stat().st_size
    assert total > copied + 3 * MIB - 1  # the check of the copy is part of the bar
    assert any(copied < d < total for d in done)  # and it moves while checking


@pytest.mark.parametrize("half", ["copy", "check"])
def test_a_cancelled_backup_leaves_nothing(
    vault: Vault, case_id: str, tmp_path: Path, half: str
) -> None:
    intake_files(vault, case_id, _files(tmp_path / "in", [2 * MIB, 2 * MIB]))
    target = tmp_path / "usb"
    target.mkdir()
    before_vault, before_target = _state(vault), listing(target)
    total_copy = 4 * MIB + (vault.path / "vault.db").stat().st_size
    point = MIB if half == "copy" else total_copy + MIB
    recorder = Recorder(cancel_at=("Backing up", point))
    with pytest.raises(Cancelled):
        backup_vault(vault, target / "backup", recorder.progress, cancel=recorder.token)
    assert listing(target) == before_target  # no backup, no .backup.partial
    assert _state(vault) == before_vault
