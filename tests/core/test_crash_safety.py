"""Crash safety: a writer killed with SIGKILL leaves a vault that opens, checks and reads
back whole; an interrupted intake leaves nothing behind, a completed one everything.

The random loop is the short version of ``python -m tests.stress.kill9_intake`` (200
iterations); the deterministic tests kill a real writer at one exact point each.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, open_vault, run_cli_process
from tests.stress.kill9_intake import (
    CrashSafetyFailure,
    blob_files,
    header_counter,
    run,
    run_driver,
    temp_files,
)
from vault.core.attachments import list_attachments, read_attachment
from vault.core.cases import add_case, list_cases
from vault.core.vault import Vault

KILLS = 12  # the suite's share; the stress script runs hundreds


def test_random_kills_during_intake_never_leave_a_half_attachment(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    try:
        stats = run(
            iterations=KILLS, seed=seed, workdir=tmp_path, size_mib=2, check_in_process=True
        )
    except CrashSafetyFailure as exc:
        pytest.fail(f"seed {seed}: {exc}")
    assert stats.iterations == KILLS
    assert stats.finished_before_kill < KILLS, "no writer was ever interrupted"


@pytest.fixture
def crash_vault(tmp_path: Path) -> tuple[Path, Path, str, list[Path]]:
    """A closed vault with one case, its passphrase file and two source files."""
    vault_dir = tmp_path / "vault"
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with vault:
        case_id = add_case(vault, "Crash case").id
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    big = tmp_path / "interview-recording.bin"
    big.write_bytes(os.urandom(3 * (1 << 20) + 11))
    small = tmp_path / "scan.bin"
    small.write_bytes(os.urandom(5000))
    return vault_dir, passphrase_file, case_id, [big, small]


def _killed(point: str, crash_vault: tuple[Path, Path, str, list[Path]]) -> None:
    vault_dir, passphrase_file, case_id, files = crash_vault
    done = run_driver(point, vault_dir, passphrase_file, case_id, files)
    assert done.returncode == -signal.SIGKILL, done.stderr


def _check_passes(vault_dir: Path, passphrase_file: Path) -> str:
    result = run_cli_process(
        "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), "check"
    )
    assert result.code == 0, result.err
    assert "state counter matches" in result.out
    return result.out


def test_kill_mid_intake_leaves_a_temp_file_that_the_next_open_removes(
    crash_vault: tuple[Path, Path, str, list[Path]],
) -> None:
    vault_dir, passphrase_file, _case_id, _files = crash_vault
    _killed("mid-intake", crash_vault)
    assert temp_files(vault_dir), "the kill should have interrupted the temp file"

    _check_passes(vault_dir, passphrase_file)

    assert temp_files(vault_dir) == []
    assert blob_files(vault_dir) == set()
    with open_vault(vault_dir) as vault:
        assert list_attachments(vault) == []


def test_kill_after_blobs_are_durable_but_before_their_rows_leaves_no_attachment(
    crash_vault: tuple[Path, Path, str, list[Path]],
) -> None:
    vault_dir, passphrase_file, _case_id, _files = crash_vault
    _killed("before-row-commit", crash_vault)
    # Complete ciphertext, never committed: still under the temp name, which is all an
    # open ever deletes (a blob name means the row committed: vault/core/blobstore.py).
    assert blob_files(vault_dir) == set() and len(temp_files(vault_dir)) == 2

    _check_passes(vault_dir, passphrase_file)

    assert blob_files(vault_dir) == set()
    with open_vault(vault_dir) as vault:
        assert list_attachments(vault) == []


def test_kill_between_case_commit_and_header_rewrite_is_repaired_at_next_open(
    crash_vault: tuple[Path, Path, str, list[Path]],
) -> None:
    vault_dir, passphrase_file, _case_id, _files = crash_vault
    counter_before = header_counter(vault_dir)
    _killed("after-case-commit", crash_vault)
    assert header_counter(vault_dir) == counter_before  # the header was never rewritten

    _check_passes(vault_dir, passphrase_file)

    assert header_counter(vault_dir) == counter_before + 1
    with open_vault(vault_dir) as vault:
        titles = [case.title for case in list_cases(vault)]
        assert titles == ["Crash case", "Committed, header not yet rewritten"]
        assert vault.custody_head()[0] == vault.state.counter
    audit = run_cli_process(
        "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), "audit", "verify"
    )
    assert audit.code == 0, audit.err


def test_kill_between_intake_commit_and_header_rewrite_keeps_both_attachments(
    crash_vault: tuple[Path, Path, str, list[Path]],
) -> None:
    vault_dir, passphrase_file, _case_id, files = crash_vault
    counter_before = header_counter(vault_dir)
    _killed("after-intake-commit", crash_vault)
    assert header_counter(vault_dir) == counter_before

    _check_passes(vault_dir, passphrase_file)

    assert header_counter(vault_dir) == counter_before + 2  # one intake event per file
    listed = run_cli_process(
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(passphrase_file),
        "list",
        "attachments",
        "--json",
    )
    assert listed.code == 0, listed.err
    by_name = {item["name"]: item for item in json.loads(listed.out)}
    assert set(by_name) == {f.name for f in files}
    with open_vault(vault_dir) as vault:
        for source in files:
            item = by_name[source.name]
            expected = hashlib.sha256(source.read_bytes()).hexdigest()
            assert item["sha256"] == expected
            assert b"".join(read_attachment(vault, item["id"])) == source.read_bytes()
