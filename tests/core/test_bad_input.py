"""Bad input and tampering: each gets exit 1, one clear line on stderr, no traceback, and
the vault is left as it was (it still opens and ``check`` passes once the damage is undone).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli_vault import Cli, assert_refused, initialized
from tests.conftest import PASSPHRASE, CliResult, open_vault, run_cli_process
from tests.stress.kill9_intake import header_counter
from vault.core.blobstore import TEMP_PREFIX
from vault.core.container import CHUNK_SIZE, HEADER_BYTES, TAG_BYTES
from vault.core.header import BANK_BYTES, KEYS_NAME, PREFIX_BYTES, read_slots
from vault.core.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from vault.core.keyslots import new_recovery_code

__all__ = ["initialized"]  # the fixture, imported for this module's tests


@dataclass
class Stocked:
    """A vault with one case and three attachments (one spanning three chunks)."""

    case_id: str
    ids: dict[str, str]  # file name -> attachment id
    contents: dict[str, bytes]


@pytest.fixture
def stocked(cli: Cli, initialized: str, tmp_path: Path) -> Stocked:
    case_id = cli("case", "add", "--title", "Tamper target").out.strip()
    folder = tmp_path / "originals"
    folder.mkdir()
    contents = {
        "small.txt": b"the guard's name was written on the wall",
        "other.txt": b"a second, unrelated small file",
        "large.bin": os.urandom(2 * CHUNK_SIZE + 7),
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    result = cli("attach", "--case", case_id, *(str(folder / n) for n in contents))
    assert result.code == 0, result.err
    ids = {}
    for line in result.out.strip().splitlines():
        attachment_id, _code, _, name = line.split("\t")
        ids[name] = attachment_id
    return Stocked(case_id, ids, contents)


def blob_path(vault_dir: Path, attachment_id: str) -> Path:
    return vault_dir / "blobs" / attachment_id[:2] / attachment_id


def edit_passphrase_slot(vault_dir: Path, **fields: Any) -> bytes:
    """Change the passphrase slot's costs in the key file on disk (as someone with the
    disk would); return the file's original bytes."""
    path = vault_dir / KEYS_NAME
    original = path.read_bytes()
    bank = read_slots(vault_dir).current()
    slot = replace(bank.slot(PASSPHRASE_SLOT), **fields)
    offset = PREFIX_BYTES + bank.index * BANK_BYTES + 16  # the passphrase area comes first
    data = bytearray(original)
    area = slot.to_area()
    data[offset : offset + len(area)] = area
    path.write_bytes(bytes(data))
    return original


def assert_healthy(cli: Cli, attachments: int | None = None) -> None:
    result = cli("check")
    assert result.code == 0, result.err
    if attachments is not None:
        assert f"{attachments} attachment(s) authenticated" in result.out


def assert_check_names(result: CliResult, bad: list[str], good: list[str]) -> None:
    """``check`` failed, naming every damaged attachment and none of the healthy ones."""
    assert result.code == 1
    assert "Traceback" not in result.err
    for attachment_id in bad:
        assert attachment_id in result.err, result.err
    for attachment_id in good:
        assert attachment_id not in result.err, result.err
    assert f"failed {len(bad)} check(s)" in result.err


# ---- secrets --------------------------------------------------------------------------


def test_wrong_passphrase(cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path) -> None:
    header = (vault_dir / "vault.state").read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(PASSPHRASE.upper())
    result = cli("--vault", str(vault_dir), "--passphrase-file", str(wrong), "info", bare=True)
    assert_refused(result, "Wrong passphrase")
    assert PASSPHRASE.upper() not in result.err
    assert (vault_dir / "vault.state").read_bytes() == header
    assert_healthy(cli)


def test_wrong_or_malformed_recovery_code(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    header = (vault_dir / "vault.state").read_bytes()
    code_file = tmp_path / "code.txt"
    code_file.write_text(new_recovery_code())  # well formed, but not this vault's
    passwd = ("--vault", str(vault_dir), "passwd", "--recovery-code-file", str(code_file))
    assert_refused(cli(*passwd, bare=True), "Wrong recovery code")
    code_file.write_text("forgot it, sorry")
    assert_refused(cli(*passwd, bare=True), "not a recovery code")
    code_file.write_text("")
    assert_refused(cli(*passwd, bare=True), "empty")
    assert (vault_dir / "vault.state").read_bytes() == header
    assert_healthy(cli)


def test_secret_files_that_cannot_be_read(cli: Cli, initialized: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = cli("--vault", str(tmp_path / "vault"), "--passphrase-file", str(missing), "info")
    assert_refused(result, "Cannot read the passphrase file")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    result = cli("--vault", str(tmp_path / "vault"), "--passphrase-file", str(binary), "info")
    assert_refused(result, "not UTF-8")


# ---- not a vault, newer format ---------------------------------------------------------


def test_folders_that_are_not_vaults(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "holiday.jpg").write_bytes(b"\xff\xd8")
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "vault.keys").write_bytes(os.urandom(200))
    other = tmp_path / "other-json"
    other.mkdir()
    (other / "vault.header").write_text('{"format": "something-else", "version": 1}')
    a_file = tmp_path / "file.txt"
    a_file.write_text("hi")
    cases = [
        (empty, "not an Evidence Vault"),
        (photos, "not an Evidence Vault"),
        (garbage, "not an Evidence Vault"),
        (other, "not an Evidence Vault"),
        (a_file, "not a folder"),
        (tmp_path / "absent", "not a folder"),
    ]
    for folder, message in cases:
        result = cli("--vault", str(folder), "info", bare=True)
        assert_refused(result, message)
    assert [p.name for p in photos.iterdir()] == ["holiday.jpg"]


def test_newer_format_version(cli: Cli, vault_dir: Path, initialized: str) -> None:
    keys_file = vault_dir / KEYS_NAME
    original = keys_file.read_bytes()
    keys_file.write_bytes(original[:6] + b"\x00\x03" + original[8:])
    assert_refused(cli("info"), "does not understand", "update Evidence Vault")
    keys_file.write_bytes(original)
    assert_healthy(cli)


# ---- edited key file and state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"time_cost": 2}, "Wrong passphrase"),  # a changed cost breaks the slot's AAD
        ({"memory_kib": 64}, "Wrong passphrase"),  # memory lowered: a downgrade gains nothing
        ({"salt": bytes(16)}, "Wrong passphrase"),
        ({"memory_kib": 1024 * 1024 + 1}, "above the allowed maximum"),  # > 1 GiB: never run
        ({"memory_kib": 4 * 1024 * 1024}, "above the allowed maximum"),
        ({"time_cost": 21}, "above the allowed maximum"),
        ({"lanes": 17}, "invalid"),
        ({"time_cost": 0}, "invalid"),
        ({"lanes": 0}, "invalid"),
    ],
)
def test_edited_kdf_parameters(
    cli: Cli, vault_dir: Path, initialized: str, fields: dict[str, Any], message: str
) -> None:
    original = edit_passphrase_slot(vault_dir, **fields)
    # Refused before any Argon2id runs for the capped cases: calibration never writes
    # more than 1 GiB or 20 passes, and a request for more would exhaust the machine.
    assert_refused(cli("info"), message)
    (vault_dir / KEYS_NAME).write_bytes(original)
    assert_healthy(cli)


@pytest.mark.parametrize("what", ["state-byte", "state-length", "vault_id", "key-file-size"])
def test_edited_state_or_key_file(cli: Cli, vault_dir: Path, initialized: str, what: str) -> None:
    keys_file, state_file = vault_dir / KEYS_NAME, vault_dir / "vault.state"
    keys, state = keys_file.read_bytes(), state_file.read_bytes()
    if what == "state-byte":
        state_file.write_bytes(state[:-1] + bytes([state[-1] ^ 1]))
    elif what == "state-length":
        state_file.write_bytes(b"\xff\xff\xff\xff" + state[4:])
    elif what == "vault_id":
        keys_file.write_bytes(keys[:8] + b"\xff" * 16 + keys[24:])
    else:
        keys_file.write_bytes(keys + b"\0")
    result = cli("info")
    if what == "vault_id":
        # The vault id is bound into every slot's AAD: the unwrap itself fails.
        assert_refused(result, "Wrong passphrase")
    elif what == "key-file-size":
        assert_refused(result, "wrong size")
    else:
        assert_refused(result, "state file")
    keys_file.write_bytes(keys)
    state_file.write_bytes(state)
    assert_healthy(cli)


# ---- database and header out of step --------------------------------------------------


def test_database_older_than_its_header_is_refused_as_rolled_back(
    cli: Cli, vault_dir: Path, stocked: Stocked, tmp_path: Path
) -> None:
    db = vault_dir / "vault.db"
    assert not (vault_dir / "vault.db-wal").exists()  # closed cleanly: one file holds all
    old = tmp_path / "old.db"
    shutil.copy2(db, old)
    assert cli("case", "add", "--title", "made after the copy").code == 0
    current = tmp_path / "current.db"
    shutil.copy2(db, current)
    header = (vault_dir / "vault.state").read_bytes()

    shutil.copy2(old, db)
    assert_refused(cli("info"), "database is older than its state", "old copy")
    assert_refused(cli("check"), "older than its state")
    assert (vault_dir / "vault.state").read_bytes() == header  # nothing rewritten

    shutil.copy2(current, db)
    assert_healthy(cli, attachments=3)


def test_state_two_steps_older_than_its_database_is_refused(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    state = vault_dir / "vault.state"
    old = state.read_bytes()
    assert cli("case", "add", "--title", "one").code == 0
    assert cli("case", "add", "--title", "two").code == 0
    current = state.read_bytes()
    state.write_bytes(old)
    assert_refused(cli("info"), "state is older than its database")
    state.write_bytes(current)
    assert_healthy(cli)


def test_state_one_step_behind_is_repaired_as_after_a_crash(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    # A crash between the commit and the state rewrite leaves exactly this state.
    state = vault_dir / "vault.state"
    old = state.read_bytes()
    assert cli("case", "add", "--title", "one").code == 0
    state.write_bytes(old)
    assert_healthy(cli)
    # init, the signing key made at init, the case
    assert header_counter(vault_dir) == 3


def test_missing_or_foreign_database(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    db = vault_dir / "vault.db"
    kept = tmp_path / "kept.db"
    shutil.move(db, kept)
    assert_refused(cli("info"), "database", "missing")
    db.write_bytes(os.urandom(64 * 1024))
    assert_refused(cli("info"), "cannot be decrypted")
    shutil.move(kept, db)
    assert_healthy(cli)


def test_a_vault_open_elsewhere_is_refused(cli: Cli, vault_dir: Path, initialized: str) -> None:
    with open_vault(vault_dir):
        assert_refused(cli("case", "add", "--title", "x"), "open in another")
    assert_healthy(cli)


# ---- damaged attachment blobs ------------------------------------------------------------


def _flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        "flip-bit-in-ciphertext",
        "flip-bit-in-tag",
        "flip-bit-in-container-header",
        "truncate-one-byte",
        "truncate-to-header",
        "empty-file",
        "append-garbage",
        "missing",
    ],
)
def test_damaged_small_blob_is_named_by_check(
    cli: Cli, vault_dir: Path, stocked: Stocked, damage: str
) -> None:
    target = stocked.ids["small.txt"]
    path = blob_path(vault_dir, target)
    original = path.read_bytes()
    if damage == "flip-bit-in-ciphertext":
        _flip_bit(path, HEADER_BYTES + 3)
    elif damage == "flip-bit-in-tag":
        _flip_bit(path, len(original) - 1)
    elif damage == "flip-bit-in-container-header":
        _flip_bit(path, 0)
    elif damage == "truncate-one-byte":
        path.write_bytes(original[:-1])
    elif damage == "truncate-to-header":
        path.write_bytes(original[:HEADER_BYTES])
    elif damage == "empty-file":
        path.write_bytes(b"")
    elif damage == "append-garbage":
        path.write_bytes(original + b"\x00garbage" * 10)
    else:
        path.unlink()
    good = [i for n, i in stocked.ids.items() if n != "small.txt"]
    assert_check_names(cli("check"), [target], good)
    # The damage is named; everything else still reads; restoring the blob heals it.
    path.write_bytes(original)
    assert_healthy(cli, attachments=3)


@pytest.mark.parametrize("damage", ["drop-final-chunk", "drop-middle-chunk", "extra-chunk"])
def test_damaged_multi_chunk_blob_is_named_by_check(
    cli: Cli, vault_dir: Path, stocked: Stocked, damage: str
) -> None:
    target = stocked.ids["large.bin"]
    path = blob_path(vault_dir, target)
    original = path.read_bytes()
    block = CHUNK_SIZE + TAG_BYTES
    chunks = [original[HEADER_BYTES + i : HEADER_BYTES + i + block] for i in (0, block, 2 * block)]
    assert len(original) == HEADER_BYTES + 2 * block + len(chunks[2])  # three chunks
    header = original[:HEADER_BYTES]
    if damage == "drop-final-chunk":  # ends exactly on a chunk boundary
        path.write_bytes(header + chunks[0] + chunks[1])
    elif damage == "drop-middle-chunk":
        path.write_bytes(header + chunks[0] + chunks[2])
    else:  # a whole authentic-looking chunk after the final one
        path.write_bytes(original + chunks[1])
    good = [i for n, i in stocked.ids.items() if n != "large.bin"]
    assert_check_names(cli("check"), [target], good)
    path.write_bytes(original)
    assert_healthy(cli, attachments=3)


def test_two_blobs_swapped_between_attachments(cli: Cli, vault_dir: Path, stocked: Stocked) -> None:
    first, second = stocked.ids["small.txt"], stocked.ids["other.txt"]
    a, b = blob_path(vault_dir, first), blob_path(vault_dir, second)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    assert_check_names(cli("check"), [first, second], [stocked.ids["large.bin"]])
    a.write_bytes(data_a)
    b.write_bytes(data_b)
    assert_healthy(cli, attachments=3)


# ---- input files ----------------------------------------------------------------------


def _blob_files(vault_dir: Path) -> list[Path]:
    return sorted(p for p in (vault_dir / "blobs").rglob("*") if p.is_file())


def test_unreadable_input_files(
    cli: Cli, vault_dir: Path, stocked: Stocked, tmp_path: Path
) -> None:
    blobs = _blob_files(vault_dir)
    good = tmp_path / "good.txt"
    good.write_text("fine")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    cases = [
        (tmp_path / "missing.pdf", "no such file"),
        (folder, "folder"),
        (Path("/dev/zero"), "not a regular file"),  # would otherwise never end
    ]
    for path, message in cases:
        # All or nothing: a good file given alongside is not taken in either.
        result = cli("attach", "--case", stocked.case_id, str(good), str(path))
        assert_refused(result, message)
    assert _blob_files(vault_dir) == blobs
    assert_healthy(cli, attachments=3)


def test_a_fifo_is_refused_without_waiting_for_a_writer(
    vault_dir: Path, stocked: Stocked, passphrase_file: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A real process with a timeout: reading a FIFO nobody writes to would block forever.
    result = run_cli_process(
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(passphrase_file),
        "attach",
        "--case",
        stocked.case_id,
        str(fifo),
        timeout=30,
    )
    assert_refused(result, "not a regular file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_a_file_without_read_permission(
    cli: Cli, vault_dir: Path, stocked: Stocked, tmp_path: Path
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    assert_refused(cli("attach", "--case", stocked.case_id, str(locked)), "Cannot read")


def test_unknown_case_id(cli: Cli, vault_dir: Path, stocked: Stocked, tmp_path: Path) -> None:
    source = tmp_path / "x.txt"
    source.write_text("x")
    assert_refused(cli("attach", "--case", "0" * 32, str(source)), "No case with id")
    assert_refused(cli("list", "attachments", "--case", "nope"), "No case with id nope")
    assert_healthy(cli, attachments=3)


# ---- disk full during intake ------------------------------------------------------------


def _run_with_file_size_limit(limit: int, *args: str) -> CliResult:
    """Run the CLI where any file write beyond ``limit`` bytes fails with EFBIG, the way a
    full disk refuses it (SIGXFSZ ignored, so the write fails instead of killing us)."""

    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-m", "vault", *args],
        capture_output=True,
        text=True,
        # No .pyc writes: under the limit Python would leave truncated bytecode caches
        # in the shared checkout (its cache writer ignores short writes).
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=limit_writes,
        timeout=120,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def test_disk_full_while_writing_a_blob_leaves_the_vault_as_it_was(
    cli: Cli, vault_dir: Path, stocked: Stocked, passphrase_file: Path, tmp_path: Path
) -> None:
    blobs = _blob_files(vault_dir)
    header = (vault_dir / "vault.state").read_bytes()
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * CHUNK_SIZE))
    small = tmp_path / "note.txt"
    small.write_text("taken in first, must go again")
    result = _run_with_file_size_limit(
        CHUNK_SIZE,
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(passphrase_file),
        "attach",
        "--case",
        stocked.case_id,
        str(small),
        str(big),
    )
    assert_refused(result, "disk is full", "unchanged")
    assert _blob_files(vault_dir) == blobs  # no temp file, no partial or orphan blob
    assert not list((vault_dir / "blobs").rglob(f"{TEMP_PREFIX}*"))
    assert (vault_dir / "vault.state").read_bytes() == header
    assert_healthy(cli, attachments=3)
    listed = json.loads(cli("list", "attachments", "--json").out)
    assert len(listed) == 3


def test_disk_full_while_committing_the_rows(
    cli: Cli, vault_dir: Path, stocked: Stocked, passphrase_file: Path, tmp_path: Path
) -> None:
    # The blobs (a few bytes each) fit; the database's write-ahead log does not: 32 KiB
    # holds SQLite's shared-memory index but only 7 log pages, and forty rows with their
    # custody events need more.
    blobs = _blob_files(vault_dir)
    header = (vault_dir / "vault.state").read_bytes()
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"interview-{n:02d}-{'x' * 120}.txt").write_text(f"note {n}")
    result = _run_with_file_size_limit(
        32 * 1024,
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(passphrase_file),
        "attach",
        "--case",
        stocked.case_id,
        *sorted(str(p) for p in folder.iterdir()),
    )
    assert_refused(result, "nothing was saved")
    assert "internal error" not in result.err
    assert _blob_files(vault_dir) == blobs  # the blobs written first were removed again
    assert (vault_dir / "vault.state").read_bytes() == header
    assert_healthy(cli, attachments=3)


def test_disk_full_when_opening_is_not_called_damage(
    cli: Cli, vault_dir: Path, stocked: Stocked, passphrase_file: Path
) -> None:
    result = _run_with_file_size_limit(
        2048, "--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), "check"
    )
    assert_refused(result, "disk refused")
    assert "damaged" not in result.err
    assert_healthy(cli, attachments=3)


# ---- the test-only KDF outside the tests ---------------------------------------------


def test_fast_kdf_without_the_testing_flag_is_refused_at_init(
    cli: Cli, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_TESTING")
    assert_refused(cli("init"), "EVIDENCE_VAULT_KDF=fast", "test suite only")
    assert not vault_dir.exists()


def test_fast_kdf_without_the_testing_flag_in_a_real_process(
    tmp_path: Path, passphrase_file: Path
) -> None:
    target = tmp_path / "real-vault"
    result = run_cli_process(
        "--vault",
        str(target),
        "--passphrase-file",
        str(passphrase_file),
        "init",
        env={"EVIDENCE_VAULT_TESTING": "0"},
    )
    assert_refused(result, "test suite only")
    assert not target.exists()
