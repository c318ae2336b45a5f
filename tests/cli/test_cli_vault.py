"""The command line end to end, the way an investigator uses it: real vault folders in
tmp_path, the real CLI (in-process, and a few true subprocesses for exit codes)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest

from tests.conftest import PASSPHRASE, CliResult, open_vault, run_cli_process
from vault import __version__
from vault.cli.secrets import ENV_PASSPHRASE
from vault.core import custody
from vault.core.attachments import read_attachment
from vault.core.header import read_slots
from vault.core.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from vault.core.keyslots import RECOVERY, SLOT_TYPES, normalize_recovery_code

RECOVERY_CODE = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}\b")
NEW_PASSPHRASE = "a brand new passphrase for the field"


class Cli(Protocol):
    """The conftest ``cli`` fixture: runs one command in-process."""

    def __call__(self, *args: str, bare: bool = False) -> CliResult: ...


def recovery_code_of(result: CliResult) -> str:
    """The recovery code as ``init`` printed it (exactly once)."""
    codes = RECOVERY_CODE.findall(result.out)
    assert len(codes) == 1, result.out
    return str(codes[0])


def assert_refused(result: CliResult, *words: str) -> None:
    """Exit 1, one line on stderr naming the cause, no traceback."""
    assert result.code == 1, result
    assert "Traceback" not in result.err and "Traceback" not in result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


def slots_by_type(vault_dir: Path) -> dict[str, bytes]:
    """The raw slot areas of the key file's current bank, by slot type (a live slot and
    an erased one look alike: compare them with what they were)."""
    bank = read_slots(vault_dir).current()
    return {slot_type: bank.area(slot_type) for slot_type in SLOT_TYPES}


@pytest.fixture
def initialized(cli: Cli, vault_dir: Path) -> str:
    """A vault made with ``init``; returns the recovery code it printed."""
    result = cli("init", "--operator", "Investigator A-7")
    assert result.code == 0, result.err
    return recovery_code_of(result)


def write_files(folder: Path, contents: dict[str, bytes]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


# ---- init, info ------------------------------------------------------------------------


def test_init_prints_the_recovery_code_once_and_makes_a_private_folder(
    cli: Cli, vault_dir: Path
) -> None:
    result = cli("init", "--operator", "Investigator A-7")
    assert result.code == 0, result.err
    code = recovery_code_of(result)
    assert result.out.count(code) == 1
    assert "apart from" in result.out  # tells the user where the code must not live
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    assert (vault_dir / "vault.keys").is_file()
    assert (vault_dir / "vault.state").is_file()
    assert (vault_dir / "vault.db").is_file()
    assert (vault_dir / "blobs").is_dir()
    # The code is never stored: not in the key file, the state or the database file.
    normalized = normalize_recovery_code(code)
    for path in (vault_dir / "vault.keys", vault_dir / "vault.state", vault_dir / "vault.db"):
        data = path.read_bytes()
        assert code.encode() not in data and normalized not in data


def test_init_refuses_a_folder_that_already_holds_files(cli: Cli, vault_dir: Path) -> None:
    vault_dir.mkdir()
    (vault_dir / "notes.txt").write_text("mine")
    assert_refused(cli("init"), "already exists")
    assert sorted(p.name for p in vault_dir.iterdir()) == ["notes.txt"]


def test_info_and_info_json_show_format_costs_slots_counts_and_never_secrets(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    case_id = cli("case", "add", "--title", "Prison 4 testimonies").out.strip()
    files = write_files(tmp_path / "in", {"a.txt": b"first", "b.jpg": b"\xff\xd8second"})
    assert cli("attach", "--case", case_id, "--as-received", *map(str, files)).code == 0

    text = cli("info")
    as_json = cli("info", "--json")
    assert text.code == 0 and as_json.code == 0
    info = json.loads(as_json.out)
    assert info["format_version"] == 2
    assert info["operator"] == "Investigator A-7"
    # init, the signing key made at init, the case and its two attachments
    assert info["counts"] == {"cases": 1, "attachments": 2, "custody_events": 5}
    types = [slot["type"] for slot in info["slots"]]
    assert sorted(types) == ["passphrase", "recovery"]
    passphrase_kdf = next(s["kdf"] for s in info["slots"] if s["type"] == "passphrase")
    assert passphrase_kdf["alg"] == "argon2id"
    assert {"m", "t", "p"} <= passphrase_kdf.keys()
    assert info["kdf_mode"] == "fast-test-only"  # the header says the test KDF was used
    assert "Investigator A-7" in text.out
    assert f"m={passphrase_kdf['m']} KiB" in text.out
    assert "Attachments:    2" in text.out

    with open_vault(vault_dir) as vault:
        keys = vault.keys
        key_material = [
            keys.master.hex(),
            keys.database.hex(),
            keys.header_mac.hex(),
            keys.attachment_wrap.hex(),
            keys.custody_mac.hex(),
        ]
    secrets_ = [
        PASSPHRASE,
        initialized,
        initialized.replace("-", ""),
        *key_material,
    ]
    for output in (text.out + text.err, as_json.out + as_json.err):
        for secret in secrets_:
            assert secret.lower() not in output.lower()


# ---- cases and attachments ----------------------------------------------------------


def test_case_add_list_attach_check_and_audit(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    added = cli("case", "add", "--title", "Detention centre, spring 2021")
    assert added.code == 0
    case_id, code = added.out.strip().split("\t")
    assert re.fullmatch(r"[0-9a-f]{32}", case_id) and code == "C-001"

    cases = cli("list", "cases", "--json")
    assert cases.code == 0
    parsed = json.loads(cases.out)
    assert isinstance(parsed, list) and len(parsed) == 1
    assert parsed[0]["id"] == case_id and parsed[0]["title"] == "Detention centre, spring 2021"
    header, row = cli("list", "cases").out.splitlines()
    assert header.split() == ["CODE", "ID", "CREATED", "REGIONS", "TITLE"]
    assert row.startswith(f"C-001  {case_id[:8]}  ") and row.endswith(
        "Detention centre, spring 2021"
    )

    contents = {
        "statement-scan.pdf": b"%PDF-1.4 not really a pdf " * 1000,
        "empty.bin": b"",
        "photo.jpg": os.urandom(3 * (1 << 20) + 5),  # several 1 MiB chunks
    }
    files = write_files(tmp_path / "in", contents)
    # Not pictures or PDFs at all, whatever their names: kept only when asked (issue 13).
    attached = cli("attach", "--case", case_id, "--as-received", *map(str, files))
    assert attached.code == 0, attached.err
    lines = attached.out.strip().splitlines()
    assert len(lines) == 3
    printed = {}
    for line in lines:
        attachment_id, code, sha256, name = line.split("\t")
        assert re.fullmatch(r"A-00[123]", code)
        printed[name] = (attachment_id, sha256)
        assert sha256 == hashlib.sha256(contents[name]).hexdigest()

    listed = json.loads(cli("list", "attachments", "--case", case_id, "--json").out)
    assert isinstance(listed, list)
    assert {a["name"]: (a["id"], a["sha256"]) for a in listed} == printed
    assert {a["name"]: a["size"] for a in listed} == {k: len(v) for k, v in contents.items()}
    assert json.loads(cli("list", "attachments", "--json").out) == listed

    # Read back inside the vault: the same bytes.
    with open_vault(vault_dir) as vault:
        for name, (attachment_id, _) in printed.items():
            assert b"".join(read_attachment(vault, attachment_id)) == contents[name]
    # No plaintext of the originals landed in the vault folder.
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert b"not really a pdf" not in path.read_bytes()

    checked = cli("check")
    assert checked.code == 0, checked.err
    assert "3 attachment(s) authenticated" in checked.out
    audit = cli("audit", "verify")
    assert audit.code == 0, audit.err
    # create, the signing key, case, three intakes, the PDF's text index
    assert "7 event(s)" in audit.out


def test_list_json_is_an_empty_array_on_a_new_vault(cli: Cli, initialized: str) -> None:
    for kind in ("cases", "attachments"):
        result = cli("list", kind, "--json")
        assert result.code == 0
        assert json.loads(result.out) == []


# ---- version, no arguments, usage ---------------------------------------------------


def test_version(cli: Cli) -> None:
    result = cli("--version", bare=True)
    assert result.code == 0
    assert __version__ in result.out


def test_no_arguments_prints_a_message_and_the_help(cli: Cli) -> None:
    result = cli(bare=True)
    assert result.code == 0
    assert "command line" in result.err
    assert "usage: evidence-vault" in result.out
    assert "init" in result.out and "attach" in result.out
    assert "Traceback" not in result.err


def test_a_command_without_vault_is_a_usage_error(cli: Cli) -> None:
    result = cli("info", bare=True)
    assert result.code == 2
    assert "--vault" in result.err
    assert "Traceback" not in result.err


# ---- passwd -------------------------------------------------------------------------


def test_passwd_with_a_new_passphrase_file(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    before = slots_by_type(vault_dir)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    changed = cli("passwd", "--new-passphrase-file", str(new_file))
    assert changed.code == 0, changed.err
    assert "Backups" in changed.out  # says old copies still open with the old passphrase

    assert_refused(cli("info"), "Wrong passphrase")
    opened = cli("--vault", str(vault_dir), "--passphrase-file", str(new_file), "info", bare=True)
    assert opened.code == 0, opened.err

    after = slots_by_type(vault_dir)
    assert after[RECOVERY] == before[RECOVERY]  # the recovery slot is untouched
    assert after[PASSPHRASE_SLOT][:8] != before[PASSPHRASE_SLOT][:8]  # a new slot id
    with open_vault(vault_dir, NEW_PASSPHRASE) as vault:
        changes = [e for e in custody.events(vault.conn) if e.action == "passphrase-change"]
    assert len(changes) == 1
    assert changes[0].operator == "Investigator A-7"
    assert NEW_PASSPHRASE not in json.dumps(changes[0].details)


def test_passwd_refuses_a_short_new_passphrase(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    before = (vault_dir / "vault.keys").read_bytes()
    new_file = tmp_path / "short.txt"
    new_file.write_text("abc\n")
    assert_refused(cli("passwd", "--new-passphrase-file", str(new_file)), "at least")
    assert (vault_dir / "vault.keys").read_bytes() == before


def test_passwd_without_a_terminal_or_file_is_refused(cli: Cli, initialized: str) -> None:
    assert_refused(cli("passwd"))


@pytest.mark.parametrize(
    "spelling", ["as-printed", "lowercase with spaces"], ids=["as-printed", "lower-spaces"]
)
def test_passwd_unlocked_with_the_recovery_code(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path, spelling: str
) -> None:
    code = initialized
    if spelling != "as-printed":
        code = "  " + code.lower().replace("-", " ") + "  "
    code_file = tmp_path / "code.txt"
    code_file.write_text(code + "\n", encoding="utf-8")
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE, encoding="utf-8")
    before = slots_by_type(vault_dir)
    # The user forgot the passphrase: only the recovery code and the new passphrase given.
    result = cli(
        "--vault",
        str(vault_dir),
        "passwd",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new_file),
        bare=True,
    )
    assert result.code == 0, result.err
    assert not RECOVERY_CODE.search(result.out)  # the recovery code stays as it was
    assert_refused(cli("info"), "Wrong passphrase")
    assert (
        cli("--vault", str(vault_dir), "--passphrase-file", str(new_file), "check", bare=True).code
        == 0
    )
    assert slots_by_type(vault_dir)[RECOVERY] == before[RECOVERY]
    with open_vault(vault_dir, NEW_PASSPHRASE) as vault:
        assert [e.action for e in custody.events(vault.conn)][-1] == "passphrase-change"


# ---- the passphrase from the environment ----------------------------------------------


def test_env_passphrase_is_taken_and_removed_from_the_environment(
    cli: Cli, initialized: str, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    result = cli("--vault", str(vault_dir), "info", "--json", bare=True)
    assert result.code == 0, result.err
    assert json.loads(result.out)["operator"] == "Investigator A-7"
    assert ENV_PASSPHRASE not in os.environ


def test_env_passphrase_in_a_real_process_is_gone_from_proc_environ(
    cli: Cli, initialized: str, vault_dir: Path
) -> None:
    # A real process: the CLI runs with the passphrase only in its environment, then the
    # same process reads its own /proc/self/environ (what `ps e` or another program of the
    # same user would see) and starts a child.
    script = (
        "import subprocess, sys\n"
        "from vault.cli import main\n"
        f"code = main(['--vault', {str(vault_dir)!r}, 'check'])\n"
        "env = open('/proc/self/environ', 'rb').read()\n"
        "child = subprocess.run(['cat', '/proc/self/environ'], capture_output=True).stdout\n"
        f"secret = {PASSPHRASE!r}.encode()\n"
        "print(code, secret in env, secret in child)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, ENV_PASSPHRASE: PASSPHRASE},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[-3:] == ["0", "False", "False"], proc.stdout + proc.stderr


# ---- true subprocesses: exit codes, no tracebacks --------------------------------------


def test_real_process_exit_codes(tmp_path: Path, passphrase_file: Path) -> None:
    vault_dir = tmp_path / "v"
    base = ("--vault", str(vault_dir))
    version = run_cli_process("--version")
    assert version.code == 0 and __version__ in version.out

    # With no command the window opens; with no display to open it on, one clear line.
    headless = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    bare = run_cli_process(env=headless)
    assert bare.code == 1 and "Traceback" not in bare.err
    assert "no display" in bare.err and "evidence-vault --help" in bare.err
    helped = run_cli_process("--help")
    assert helped.code == 0 and "usage:" in helped.out

    made = run_cli_process(*base, "init", env={ENV_PASSPHRASE: PASSPHRASE})
    assert made.code == 0, made.err
    assert RECOVERY_CODE.search(made.out)

    wrong = run_cli_process(*base, "info", env={ENV_PASSPHRASE: "not the passphrase at all"})
    assert wrong.code == 1
    assert wrong.err.strip() == "evidence-vault: Wrong passphrase (from EVIDENCE_VAULT_PASSPHRASE)."

    info = run_cli_process(*base, "info", "--json", env={ENV_PASSPHRASE: PASSPHRASE})
    assert info.code == 0, info.err
    assert json.loads(info.out)["counts"]["custody_events"] == 2  # create, signing key

    usage = run_cli_process(*base, "frobnicate")
    assert usage.code == 2 and "Traceback" not in usage.err

    unknown = run_cli_process(
        *base, "--passphrase-file", str(passphrase_file), "attach", "--case", "nope", "x"
    )
    assert unknown.code == 1
    assert "No case with id nope" in unknown.err and "Traceback" not in unknown.err
