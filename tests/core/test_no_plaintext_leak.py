"""Nothing in plaintext on disk: after intake and the everyday commands, no byte of the
vault, of a backup, of TMPDIR or of HOME holds the attachment's content, its original
file name or its intake hash.

The commands run as real processes with TMPDIR, HOME and the XDG folders pointed at fresh
folders, so any temp or cache file they write is searched too.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.stress.kill9_intake import run_driver
from vault.core.cases import add_case
from vault.core.vault import Vault

REPO = Path(__file__).resolve().parents[2]


def _forms(text: str) -> dict[str, bytes]:
    """The byte patterns a leak of ``text`` would show up as."""
    return {
        "utf-8": text.encode("utf-8"),
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
    }


def _files_containing(roots: list[Path], needles: dict[str, bytes]) -> list[str]:
    """``path: what`` for every regular file under ``roots`` holding one of ``needles``."""
    found: list[str] = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
            found.extend(f"{path}: {what}" for what, needle in needles.items() if needle in data)
    return found


def _all_files(roots: list[Path]) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


@pytest.fixture
def isolated(tmp_path: Path) -> dict[str, Path]:
    """Fresh TMPDIR and HOME; inputs and the passphrase file live outside every searched
    folder (the input is plaintext by definition)."""
    folders = {name: tmp_path / name for name in ("tmp", "home", "input", "secret")}
    for folder in folders.values():
        folder.mkdir()
    folders["vault"] = tmp_path / "vault"
    folders["backup"] = tmp_path / "backup"
    return folders


def _runner(folders: dict[str, Path]) -> Callable[..., str]:
    passphrase_file = folders["secret"] / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        {
            "TMPDIR": str(folders["tmp"]),
            "TEMP": str(folders["tmp"]),
            "TMP": str(folders["tmp"]),
            "HOME": str(folders["home"]),
            "EVIDENCE_VAULT_KDF": "fast",
            "EVIDENCE_VAULT_TESTING": "1",
        }
    )

    def run(*args: str) -> str:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "vault",
                "--vault",
                str(folders["vault"]),
                "--passphrase-file",
                str(passphrase_file),
                *args,
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, f"{args}: {proc.stderr}"
        return proc.stdout

    return run


def test_intake_and_everyday_commands_leave_no_plaintext_anywhere(
    isolated: dict[str, Path],
) -> None:
    marker = secrets.token_hex(32)  # 64 hex characters no file has ever held
    name = f"witness-{secrets.token_hex(8)}-testimony.txt"
    source = isolated["input"] / name
    # Several chunks of the marker, each line also in UTF-16, so the content spans chunk
    # boundaries in every encoding a leak could take.
    line = marker.encode("ascii") + b"\n" + marker.encode("utf-16-le") + b"\n"
    source.write_bytes(line * ((2 << 20) // len(line) + 3))
    digest = hashlib.sha256(source.read_bytes()).digest()

    run = _runner(isolated)
    run("init", "--operator", "Field Investigator")
    case_id = run("case", "add", "--title", "Leak check case").strip()
    run("attach", "--case", case_id, str(source))
    listed = json.loads(run("list", "attachments", "--json"))
    assert [item["name"] for item in listed] == [name]  # output names it; disk must not
    assert listed[0]["sha256"] == digest.hex()
    run("check")
    run("info")
    run("info", "--json")
    run("audit", "verify")
    run("backup", "--to", str(isolated["backup"]))

    searched = [isolated[k] for k in ("vault", "backup", "tmp", "home")]
    assert _files_containing([isolated["input"]], _forms(marker)), "the search finds nothing"
    assert len(_all_files([isolated["vault"]])) >= 3  # header, database, one blob at least
    assert len(_all_files([isolated["backup"]])) >= 3

    assert _files_containing(searched, _forms(marker)) == []
    assert _files_containing(searched, _forms(name)) == []
    # A bare intake hash on disk would let anyone holding the original confirm it is here.
    hashes = {**_forms(digest.hex()), "raw digest": digest}
    assert _files_containing(searched, hashes) == []


def test_a_writer_killed_mid_intake_or_after_commit_leaves_no_plaintext(tmp_path: Path) -> None:
    """What a kill leaves behind (a partial temp blob; a write-ahead log never
    checkpointed) is ciphertext too."""
    marker = secrets.token_hex(32)
    name = f"detainee-{secrets.token_hex(8)}-photo.bin"
    source = tmp_path / name
    source.write_bytes((marker.encode("ascii") + marker.encode("utf-16-le")) * 20_000)
    digest = hashlib.sha256(source.read_bytes()).digest()
    vault_dir = tmp_path / "vault"
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "Field Investigator")
    with vault:
        case_id = add_case(vault, "Leak after a crash").id
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    needles = {**_forms(marker), **_forms(name), **_forms(digest.hex()), "raw": digest}

    for point in ("mid-intake", "after-intake-commit"):
        done = run_driver(point, vault_dir, passphrase_file, case_id, [source])
        assert done.returncode == -signal.SIGKILL, done.stderr
        left = {p.name for p in _all_files([vault_dir])}
        if point == "mid-intake":
            assert any(n.startswith(".intake-") for n in left)
        else:
            assert "vault.db-wal" in left  # the committed row sits in the log, unchecked
        assert _files_containing([vault_dir], needles) == [], point
