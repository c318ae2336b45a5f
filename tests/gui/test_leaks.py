"""Nothing of the case outside the vault after a window session: a person's day in the
window (create, unlock, a case, a witness named in Latin and Cyrillic, a statement,
search, copy, lock, quit) run as its own process with HOME, TMPDIR and the XDG folders
pointed at fresh folders, then every byte of every file under them is searched.

What may be there afterwards: the vault (encrypted; searched too) and one note of the
vault's folder path in the configuration folder, gone once remembering is turned off.
No Qt settings (QtProject.conf), no desktop recent-files list (recently-used.xbel).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import time
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
    env = _env(places)
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


# ---- the full session: window and command line -----------------------------------------

# The command line as installed (vault.__main__.main), reporting at its very end whether
# its process could dump core: "dumpable=False core=(0, 0)" on stderr.
CLI = """
import resource, sys
from vault.core.process_safety import is_dumpable
from vault.__main__ import main
sys.argv = ["evidence-vault", *sys.argv[1:]]
try:
    code = main()
finally:
    core = resource.getrlimit(resource.RLIMIT_CORE)
    print(f"dumpable={is_dumpable()} core={core}", file=sys.stderr)
sys.exit(code)
"""

PICTURE_MAGIC = (b"\xff\xd8\xff", b"%PDF", b"\x89PNG", b"PK\x03\x04")


def _env(places: dict[str, Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.pop("EVIDENCE_VAULT_PASSPHRASE", None)
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
    return env


def _cli(places: dict[str, Path], vault_dir: Path, passphrase: Path, *args: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CLI,
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(passphrase),
            *args,
        ],
        cwd=REPO,
        env=_env(places),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, f"{args[:2]}: {done.stderr}"
    assert done.stderr.rstrip().endswith("dumpable=False core=(0, 0)"), done.stderr
    return done.stdout


def _photo(path: Path, marker: str) -> Path:
    """A real JPEG with a GPS position and the marker in its EXIF description."""
    from PIL import Image

    image = Image.new("RGB", (120, 80), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = marker  # ImageDescription
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 11.0, 0.0), 3: "E", 4: (44.0, 30.0, 0.0)})
    image.save(path, "JPEG", exif=exif)
    return path


def _pdf(path: Path, marker: str) -> Path:
    """A real PDF whose page carries the marker as text (pdftotext reads it)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(text=f"Medical report {marker}")
    pdf.set_compression(False)  # the marker stands in the file as plain bytes
    pdf.output(str(path))
    return path


def _recent_var_tmp(since: float) -> list[Path]:
    root = Path("/var/tmp")
    if not root.is_dir():
        return []
    found = []
    for path in root.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                found.append(path)
    return found


@pytest.mark.slow
def test_a_full_window_and_command_line_session_leaves_nothing_of_the_case(
    places: dict[str, Path], tmp_path: Path
) -> None:
    started = time.time() - 1
    token = secrets.token_hex(8)
    name = f"Velimir{token} Острожский{token[::-1]}"
    statement = f"{name} told us about the night at Qarvenik-{secrets.token_hex(10)} in 2021."
    exif_marker = f"Exifmark{secrets.token_hex(10)}"
    pdf_marker = f"Pdfmark{secrets.token_hex(10)}"
    # The originals and the requested outputs live outside every scanned folder.
    inputs = tmp_path / "inputs"
    outputs = tmp_path / "outputs"
    inputs.mkdir()
    outputs.mkdir()
    photo = _photo(inputs / "checkpoint.jpg", exif_marker)
    pdf = _pdf(inputs / "medical report.pdf", pdf_marker)
    assert pdf_marker.encode() in pdf.read_bytes() and exif_marker.encode() in photo.read_bytes()

    window_vault = places["home"] / "Evidence" / "window-vault"
    _session(
        places,
        "full",
        str(window_vault),
        name,
        statement,
        str(photo),
        str(pdf),
        str(outputs / "window-bundle"),
    )
    assert (outputs / "window-bundle").is_dir()

    # The same day on the command line, in a second vault.
    cli_vault = places["home"] / "Evidence" / "cli-vault"
    passphrase = inputs / "passphrase.txt"
    passphrase.write_text("a long and private passphrase\n", encoding="utf-8")
    passphrase.chmod(0o600)
    text = inputs / "statement.txt"
    text.write_text(statement, encoding="utf-8")

    def cli(*args: str) -> str:
        return _cli(places, cli_vault, passphrase, *args)

    cli("init", "--operator", "Field Investigator")
    cli("case", "add", "--title", "Command line case")
    cli("person", "add", "--case", "C-001", "--name", name, "--role", "witness")
    cli("statement", "add", "--case", "C-001", "--witness", "W-001", "--text-file", str(text))
    cli("attach", "--case", "C-001", str(photo), str(pdf))
    cli("search", name.split()[0])
    cli(
        "redact",
        "span",
        "--case",
        "C-001",
        "--statement",
        "S-001",
        "--text",
        name,
        "--reason",
        "identity",
    )
    cli(
        "redact",
        "box",
        "--case",
        "C-001",
        "--attachment",
        "A-001",
        "--box",
        "0,0,20,20",
        "--reason",
        "identity",
    )
    for code in ("A-001", "A-002"):
        shown = outputs / f"{code}-as-exported"  # a requested export: outside the scans
        cli(
            "redact",
            "preview",
            "--case",
            "C-001",
            "--attachment",
            code,
            "--profile",
            "government",
            "--out",
            str(shown),
        )
        cli("redact", "review", "--case", "C-001", "--attachment", code, "--profile", "government")
    cli(
        "export", "--case", "C-001", "--profile", "government", "--out", str(outputs / "cli-bundle")
    )
    assert (outputs / "cli-bundle").is_dir()
    cli("check")

    roots = list(places.values())
    needles = {
        **_forms(name),
        **_forms(statement),
        **_forms(token),
        **_forms(name.split()[1]),
        **_forms(exif_marker),
        **_forms(pdf_marker),
    }
    assert len(_files(window_vault)) >= 4 and len(_files(cli_vault)) >= 4
    # Nothing of the case anywhere under HOME (vaults included: encrypted), TMPDIR, the
    # XDG folders (caches, thumbnails, logs under ~/.local/share or ~/.cache), /var/tmp.
    assert _holding(roots, needles) == []
    assert [p for p in _recent_var_tmp(started) if _holding([p.parent], needles)] == []
    everything = [p for root in roots for p in _files(root)]
    names = {p.name for p in everything}
    assert not names & {"QtProject.conf", "recently-used.xbel"}
    assert not [p for p in everything if "thumbnail" in str(p).lower()]
    # No picture, PDF or archive outside the vaults: no preview or thumbnail was kept.
    outside = [p for p in everything if not {window_vault, cli_vault} & set(p.parents)]
    assert [p for p in outside if p.read_bytes()[:4].startswith(PICTURE_MAGIC)] == []
    # Inside the vaults: nothing readable at all, only the header, database and blobs.
    for vault_dir in (window_vault, cli_vault):
        for path in _files(vault_dir):
            assert not path.read_bytes()[:4].startswith(PICTURE_MAGIC), path
