"""Nothing of the case outside the vault after a window session: a person's day in the
window (create, unlock, a case, a witness named in Latin and Cyrillic, a statement,
search, copy, lock, quit) run as its own process with HOME, TMPDIR and the XDG folders
pointed at fresh folders, then every byte of every file under them is searched.

What may be there afterwards: the vault (encrypted; searched too) and one note of the
vault's folder path in the configuration folder, gone once remembering is turned off.
No Qt settings (QtProject.conf), no desktop recent-files list (recently-used.xbel).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("home", "tmp", "config", "cache", "data", "state")


def _forms(text: str) -> dict[str, bytes]:
    """The byte patterns a leak of ``text`` would show up as."""
    return {
        f"{text[:12]}… utf-8": text.encode("utf-8"),
        f"{text[:12]}… utf-16-le": text.encode("utf-16-le"),
        f"{text[:12]}… utf-16-be": text.encode("utf-16-be"),
    }


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _holding(roots: list[Path], needles: dict[str, bytes]) -> list[str]:
    found: list[str] = []
    for root in roots:
        for path in _files(root):
            data = path.read_bytes()
            found.extend(f"{path}: {what}" for what, needle in needles.items() if needle in data)
    return found


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    made = {name: tmp_path / name for name in FOLDERS}
    for folder in made.values():
        folder.mkdir(mode=0o700)
    return made


def _session(places: dict[str, Path], *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        {
            "HOME": str(places["home"]),
            "TMPDIR": str(places["tmp"]),
            "TEMP": str(places["tmp"]),
            "TMP": str(places["tmp"]),
            "XDG_CONFIG_HOME": str(places["config"]),
            "XDG_CACHE_HOME": str(places["cache"]),
            "XDG_DATA_HOME": str(places["data"]),
            "XDG_STATE_HOME": str(places["state"]),
            "QT_QPA_PLATFORM": "offscreen",
            "EVIDENCE_VAULT_KDF": "fast",
            "EVIDENCE_VAULT_TESTING": "1",
        }
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.leak_session", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_window_session_leaves_nothing_of_the_case_outside_the_vault(
    places: dict[str, Path],
) -> None:
    token = secrets.token_hex(8)
    # A witness named in two scripts, and a statement no file has ever held.
    name = f"Zorvald{token} Черномырдинский{token[::-1]}"
    statement = f"Свидетель {token} saw the convoy at Qarvenik-{secrets.token_hex(12)}."
    vault_dir = places["home"] / "Evidence" / "vault"
    _session(places, "first", str(vault_dir), name, statement)

    roots = list(places.values())
    needles = {
        **_forms(name),
        **_forms(statement),
        **_forms(token),  # any part of either, in any of the three encodings
        **_forms(name.split()[1]),
        **_forms(statement.split()[-1]),
    }
    assert len(_files(vault_dir)) >= 3  # header, database, blobs: the session happened
    assert _holding(roots, needles) == []
    everything = [p for root in roots for p in _files(root)]
    assert [p for p in everything if p.name in ("QtProject.conf", "recently-used.xbel")] == []
    note = places["config"] / "evidence-vault" / "last-vault"
    assert _files(places["config"]) == [note]
    assert note.read_text(encoding="utf-8") == f"{vault_dir}\n"  # a path, nothing else
    assert note.stat().st_mode & 0o077 == 0
    # Outside the vault and the note, nothing in HOME or the data and state folders.
    outside = [p for p in _files(places["home"]) if vault_dir not in p.parents]
    assert outside == []
    assert _files(places["data"]) == [] and _files(places["state"]) == []

    # Remembering turned off in Settings: the note goes, and the next session writes none.
    _session(places, "forget", str(vault_dir))
    assert _files(places["config"]) == []
    _session(places, "again", str(vault_dir))
    assert _files(places["config"]) == []
    everything = [p for root in roots for p in _files(root)]
    assert _holding(roots, needles) == []
    assert [p for p in everything if p.name in ("QtProject.conf", "recently-used.xbel")] == []
