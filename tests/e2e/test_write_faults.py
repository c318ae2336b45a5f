"""Writes that fail where a user's machine fails them: a kill -9 on either side of the
bundle's rename, the disk full at byte N of intake, export and backup, and a real small
disk (tmpfs) filling up.  Afterwards the previous state is intact: the vault opens and
checks, no half file is visible, the message is one clear line, and no bundle ever sits
under its name without the custody log recording it (the fault probe found both)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import CliResult, open_vault
from tests.e2e.test_export_profiles import Cli
from vault.core import custody
from vault.core.check import check_vault
from vault.core.crashpoints import reset_write_faults
from vault.export.archive_limits import CHUNK

REPO = Path(__file__).resolve().parents[2]


def _noise_png(path: Path, side: int) -> Path:
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path)
    return path


@pytest.fixture(scope="module")
def small_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str]:
    """A vault with one case ready for a government export bigger than one CHUNK."""
    root = tmp_path_factory.mktemp("faults")
    cli = Cli(root)
    cli.ok("init", "--operator", "INV-07")
    case = cli.ok("case", "add", "--title", "Faults").split("\t")[0]
    person = cli.ok("person", "add", "--case", case, "--name", "Aram Hakobyan", "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "legal,government,media",
           "--anonymity", "required")  # fmt: skip
    statement = cli.ok(
        "statement", "add", "--case", case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "I am Aram Hakobyan. They took my passport.\n"),
        "--interview-date", "2021-03-11",
    )  # fmt: skip
    cli.ok("redact", "suggest", "--statement", statement)
    cli.ok("redact", "accept", "--all", "--statement", statement)
    attachment = cli.ok("attach", "--case", case, str(_noise_png(root / "yard.png", 700)))
    cli.ok("redact", "review", "--attachment", attachment.split()[0])
    return cli, case


@pytest.fixture(scope="module")
def tiny_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str]:
    """A vault whose government bundle is a few KiB (one statement, no attachment)."""
    root = tmp_path_factory.mktemp("tiny")
    cli = Cli(root)
    cli.ok("init", "--operator", "INV-07")
    case = cli.ok("case", "add", "--title", "Tiny").split("\t")[0]
    person = cli.ok("person", "add", "--case", case, "--name", "Aram Hakobyan", "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "legal,government,media",
           "--anonymity", "required")  # fmt: skip
    statement = cli.ok(
        "statement", "add", "--case", case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "I am Aram Hakobyan. They took my passport.\n"),
        "--interview-date", "2021-03-11",
    )  # fmt: skip
    cli.ok("redact", "suggest", "--statement", statement)
    cli.ok("redact", "accept", "--all", "--statement", statement)
    return cli, case


def _exports(vault_dir: Path) -> list[dict[str, object]]:
    with open_vault(vault_dir) as vault:
        return [e.details for e in custody.events(vault.conn) if e.action == "export"]


def _user_events(vault_dir: Path) -> list[str]:
    with open_vault(vault_dir) as vault:
        return [e.action for e in custody.events(vault.conn) if e.action in USER_ACTIONS]


USER_ACTIONS = {"intake", "export", "backup", "passphrase-change", "slot-change"}


def _intact(vault_dir: Path) -> None:
    with open_vault(vault_dir) as vault:
        report = check_vault(vault)
        assert report.ok, report.problems


def _one_clear_line(result: CliResult) -> None:
    assert result.code == 1, result
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1, result.err


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- kill -9 on either side of the rename -------------------------------------------


def _export_process(cli: Cli, case: str, out: Path, step: int) -> subprocess.CompletedProcess[str]:
    argv = ["--vault", str(cli.vault_dir), "--passphrase-file", str(cli.passphrase_file)]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "vault",
            *argv,
            "export",
            "--case",
            case,
            "--profile",
            "government",
            "--zip",
            "--out",
            str(out),
        ],
        env={**os.environ, "EVIDENCE_VAULT_CRASH_AT": str(step)},
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def test_a_kill_at_every_step_of_an_export_never_leaves_an_unrecorded_bundle(
    small_case: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, case = small_case
    killed_at: list[str] = []
    for step in range(1, 40):
        out = tmp_path / f"kill-{step}.zip"
        done = _export_process(cli, case, out, step)
        recorded = [d for d in _exports(cli.vault_dir) if d.get("path") == str(out)]
        if done.returncode == 0:
            assert out.is_file() and len(recorded) == 1
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        killed_at.append(done.stderr.strip().splitlines()[-1])
        if out.exists():  # the bundle has its name: its export is in the custody log
            assert len(recorded) == 1, (step, done.stderr)
        if "before the rename" in killed_at[-1]:  # recorded, complete, still hidden
            assert len(recorded) == 1 and not out.exists()
            assert (tmp_path / f".{out.name}.partial").is_file()
        _intact(cli.vault_dir)
    else:
        pytest.fail("the export never finished")
    assert any("before the rename" in k for k in killed_at), killed_at
    assert any("renamed" in k and ".zip" in k for k in killed_at), killed_at
    # Each killed run's leftover (.kill-N.zip.partial) went at the next export there.
    assert not [name for name in _visible(tmp_path) if name.endswith(".partial")]


def _backups(vault_dir: Path) -> list[object]:
    with open_vault(vault_dir) as vault:
        return [e.details.get("path") for e in custody.events(vault.conn) if e.action == "backup"]


def test_a_kill_at_every_step_of_a_backup_never_leaves_an_unrecorded_copy(
    tiny_case: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, _case = tiny_case
    argv = ["--vault", str(cli.vault_dir), "--passphrase-file", str(cli.passphrase_file)]
    killed_at: list[str] = []
    for step in range(1, 40):
        out = tmp_path / f"backup-{step}"
        done = subprocess.run(
            [sys.executable, "-m", "vault", *argv, "backup", "--out", str(out)],
            env={**os.environ, "EVIDENCE_VAULT_CRASH_AT": str(step)},
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
            check=False,
        )
        recorded = _backups(cli.vault_dir).count(str(out))
        if done.returncode == 0:
            assert recorded == 1
            with open_vault(out) as copy:
                assert check_vault(copy).ok
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        killed_at.append(done.stderr.strip().splitlines()[-1])
        if out.exists():  # the copy has its name: the custody log says where it went
            assert recorded == 1, (step, done.stderr)
        if "before the rename" in killed_at[-1]:  # recorded, verified, still hidden
            assert recorded == 1 and (tmp_path / f".{out.name}.partial").is_dir()
        _intact(cli.vault_dir)
    else:
        pytest.fail("the backup never finished")
    assert any(f"backup-{n}: built, before the rename" in k for n, k in enumerate(killed_at, 1))
    # Each killed run's hidden copy went at the next backup into the folder.
    assert not [name for name in _visible(tmp_path) if name.endswith(".partial")]


# ---- the disk full at byte N ----------------------------------------------------------

FAIL_AT = (0, 1, 4095, CHUNK - 1, CHUNK, CHUNK + 1)


@contextlib.contextmanager
def _disk_full_at(monkeypatch: pytest.MonkeyPatch, n: int) -> Iterator[None]:
    reset_write_faults()
    monkeypatch.setenv("EVIDENCE_VAULT_FAIL_WRITE_AT", str(n))
    try:
        yield
    finally:
        monkeypatch.delenv("EVIDENCE_VAULT_FAIL_WRITE_AT")
        reset_write_faults()


@pytest.mark.parametrize("n", FAIL_AT)
def test_the_disk_full_at_byte_n_leaves_the_previous_state(
    small_case: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    cli, case = small_case
    exports_before = len(_exports(cli.vault_dir))
    events_before = _user_events(cli.vault_dir)
    photos = [_noise_png(tmp_path / f"p{i}.png", 700) for i in range(2)]
    out = tmp_path / "out"
    out.mkdir()
    runs = {
        "intake": ("attach", "--case", case, *map(str, photos)),
        "export": (
            "export",
            "--case",
            case,
            "--profile",
            "government",
            "--zip",
            "--out",
            str(out / "b.zip"),
        ),
        "backup": ("backup", "--out", str(out / "backup")),
    }
    for what, argv in runs.items():
        with _disk_full_at(monkeypatch, n):
            result = cli(*argv)
        _one_clear_line(result)
        assert "full" in result.err, (what, result)
        assert "not saved" in result.err or "was not written" in result.err, (what, result)
        if what == "intake":
            assert "the 2 files being attached were not saved" in result.err
        assert _visible(out) == [], (what, n)  # no half file, no hidden partial
        _intact(cli.vault_dir)
    # Set-up an export makes once (its codes key, its signing key) may stand; nothing
    # the user asked for was recorded.
    assert _user_events(cli.vault_dir) == events_before
    assert len(_exports(cli.vault_dir)) == exports_before


def test_the_disk_full_while_the_key_slots_are_rewritten_says_which_passphrase_opens(
    small_case: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, _case = small_case
    work = tmp_path / "vault"
    shutil.copytree(cli.vault_dir, work)
    on_copy = Cli(tmp_path)
    on_copy.vault_dir, on_copy.passphrase_file = work, cli.passphrase_file
    new_passphrase = "a different passphrase of enough length"
    new = tmp_path / "new.txt"
    new.write_text(new_passphrase + "\n", encoding="utf-8")
    changed = False
    for n in (0, 1, 4095, 8192, 16384, 65536, 300_000, 600_000):
        with _disk_full_at(monkeypatch, n):
            result = on_copy("passwd", "--new-passphrase-file", str(new))
        if result.code == 0:
            changed = True
            break
        _one_clear_line(result)
        assert "full" in result.err, result.err
        if "were changed" in result.err:  # the new passphrase is in force, and it says so
            changed = True
            break
        assert "opens as before" in result.err or "unchanged" in result.err, result.err
        _intact(work)  # still the old passphrase
    assert changed, "no failure point let the change through: the matrix proves too little"
    with open_vault(work, new_passphrase) as vault:
        assert check_vault(vault).ok
    assert not [p for p in work.iterdir() if p.name.endswith(".tmp")]


# ---- a real small disk ----------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill_leaving(disk: Path, free: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    stats = os.statvfs(disk)
    room = stats.f_bavail * stats.f_frsize - free
    if room > 0:
        with open(filler, "wb") as handle:
            handle.write(b"\0" * room)


def test_a_nearly_full_disk_never_hides_a_saved_bundle_behind_nothing_was_saved(
    tiny_case: tuple[Cli, str], small_disk: Path, tmp_path: Path
) -> None:
    """The probe's case: a small bundle and the vault on one disk with tens of KiB free,
    so the bundle fits and the export event after it may not."""
    cli, case = tiny_case
    vault_dir = small_disk / "vault"
    shutil.copytree(cli.vault_dir, vault_dir)
    (vault_dir / ".lock").unlink(missing_ok=True)
    on_disk = Cli(tmp_path)
    on_disk.vault_dir = vault_dir
    assert on_disk("export", "--case", case, "--profile", "government", "--zip",
                   "--out", str(tmp_path / "first.zip")).code == 0  # fmt: skip
    refused = 0
    for kib in range(24, 144, 4):
        out = small_disk / f"b{kib}.zip"
        before = len(_exports(vault_dir))
        _fill_leaving(small_disk, kib * 1024)
        result = on_disk("export", "--case", case, "--profile", "government", "--zip",
                         "--out", str(out))  # fmt: skip
        (small_disk / "filler").unlink()
        recorded = [d for d in _exports(vault_dir) if d.get("path") == str(out)]
        if result.code == 0:
            assert out.is_file() and len(recorded) == 1
        elif "The export is recorded" in result.err:  # only the state file behind it failed
            _one_clear_line(result)
            assert out.is_file() and len(recorded) == 1, (kib, result.err)
        else:
            refused += 1
            _one_clear_line(result)
            assert not out.exists(), (kib, result.err)  # "not saved" was true
            assert recorded == [] and len(_exports(vault_dir)) == before, (kib, result.err)
        assert not [n for n in _visible(small_disk) if n.endswith(".partial")]
        _intact(vault_dir)
    assert refused, "the disk was never full enough to refuse: the test proves nothing"


def test_intake_and_backup_on_a_full_disk_say_so_and_lose_nothing(
    small_case: tuple[Cli, str], small_disk: Path, tmp_path: Path
) -> None:
    cli, case = small_case
    vault_dir = small_disk / "vault"
    shutil.copytree(cli.vault_dir, vault_dir)
    (vault_dir / ".lock").unlink(missing_ok=True)
    on_disk = Cli(tmp_path)
    on_disk.vault_dir = vault_dir
    photos = [_noise_png(tmp_path / f"p{i}.png", 900) for i in range(3)]  # ~2.4 MB each
    _fill_leaving(small_disk, 3 << 20)
    attach = on_disk("attach", "--case", case, *map(str, photos))
    _one_clear_line(attach)
    assert "The disk is full: the 3 files being attached were not saved" in attach.err
    size = sum(p.stat().st_size for p in vault_dir.rglob("*") if p.is_file())
    _fill_leaving(small_disk, size // 2)  # half the copy fits
    backup = on_disk("backup", "--out", str(small_disk / "backup"))
    _one_clear_line(backup)
    assert "The disk is full: the backup was not saved" in backup.err, backup.err
    assert _visible(small_disk) == ["filler", "vault"]
    _intact(vault_dir)
