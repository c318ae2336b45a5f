"""Hostile files through the command line, generated in the test.

Pictures and PDFs (decompression bombs, truncated files, other formats disguised by
their extension, 5000 pages, a 200000 pt page): ``attach`` refuses each, naming it and
why, and writes nothing (tests/cli/test_intake_refusals.py); kept on purpose with
``--as-received`` they are in the vault, ``show`` says what it could not read and that
they were kept as received, and the decoding commands (``redact preview``) still refuse
each with one clear line, exit 1 and no output file.

Bundles (traversal, absolute path, symbolic link, FIFO, device, hard link, a name twice,
overlapping zip entries, a zip bomb): ``verify`` and ``import`` refuse each with one
line naming the archive problem, exit 1, nothing written anywhere, the vault unchanged.

After all of it, ``check`` passes.
"""

from __future__ import annotations

import stat
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from tests.conftest import PASSPHRASE, CliResult
from tests.e2e.hostile_files import HOSTILE_MEDIA
from tests.export.bundle_builders import RawEntry, raw_zip, snapshot, tar_bytes, tar_member
from vault.core.vault import Vault

Cli = Callable[..., CliResult]

# What ``redact preview`` says for each hostile picture or PDF.
PREVIEW_REFUSALS = {
    "bomb.png": "20000×20000 pixels (400 megapixels)",
    "bomb.jpg": "20000×20000 pixels (400 megapixels)",
    "bomb.gif": "This file is GIF",
    "bomb.tif": "20000×20000 pixels (400 megapixels)",
    "truncated.jpg": "JPEG picture is damaged or truncated",
    "truncated.png": "PNG picture is damaged or truncated",
    "program.jpg": "This file is unknown (application/octet-stream)",
    "archive.jpg": "This file is zip (application/zip)",
    "5000-pages.pdf": "The PDF has 5000 pages",
    "huge-page.pdf": "Page 1 is 2778×2778 inches",
}


def _one_line_refusal(result: CliResult, *words: str) -> str:
    assert result.code == 1, result
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1, result.err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_hostile_pictures_and_pdfs_kept_as_received_are_never_decoded(
    cli: Cli, tmp_path: Path, vault_dir: Path
) -> None:
    assert cli("init", "--operator", "Field Team 2").code == 0
    case = cli("case", "add", "--title", "Hostile media").out.split()[0]
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name, make in HOSTILE_MEDIA.items():
        (incoming / name).write_bytes(make())
    assert set(PREVIEW_REFUSALS) == set(HOSTILE_MEDIA)
    codes = {}
    for name in HOSTILE_MEDIA:
        attached = cli("attach", "--case", case, "--again", "--as-received", str(incoming / name))
        assert attached.code == 0 and "Traceback" not in attached.err, attached
        assert "It is kept as received and will never be shown or redacted" in attached.err
        codes[name] = attached.out.split("\t")[1]
        shown = cli("show", "attachment", codes[name])
        assert shown.code == 0 and "Traceback" not in shown.err, shown
        assert "Kept as received:" in shown.out
    outside = snapshot(tmp_path)
    for name, words in PREVIEW_REFUSALS.items():
        out = tmp_path / f"preview-{name}"
        refused = cli(
            "redact", "preview", "--attachment", codes[name], "--profile", "government",
            "--out", str(out),
        )  # fmt: skip
        _one_line_refusal(refused, words)
        assert not out.exists()
    changed = {
        path
        for path, seen in snapshot(tmp_path).items()
        if outside.get(path) != seen and not path.startswith(vault_dir.name)
    }
    assert changed == set()  # nothing written outside the vault
    checked = cli("check")
    assert checked.code == 0, checked
    assert "10 attachment(s) authenticated" in checked.out


# ---- bundles ---------------------------------------------------------------------------


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _zip_link(path: Path, mode: int) -> Path:
    info = zipfile.ZipInfo("data/passwd")
    info.create_system = 3
    info.external_attr = (mode | 0o777) << 16
    return _zip(path, [("bagit.txt", b"BagIt-Version: 1.0\n"), (info, b"/etc/passwd")])


def _raw(path: Path, entries: list[RawEntry]) -> Path:
    path.write_bytes(raw_zip(entries))
    return path


def _overlapping(path: Path) -> Path:
    first, second = RawEntry(b"data/a.txt", b"A" * 64), RawEntry(b"data/b.txt", b"B" * 64)
    first.central_size = 64 + 30 + len(second.name) + 64
    return _raw(path, [first, second])


def _age_tar(path: Path, recipient: str, kind: bytes, link: str = "/etc/passwd") -> Path:
    members: list[tuple[tarfile.TarInfo, bytes | None]] = [
        (tar_member("bagit.txt"), b"BagIt-Version: 1.0\n"),
        (tar_member("data/passwd", kind, linkname=link), None),
    ]
    path.write_bytes(
        pyrage.encrypt(tar_bytes(members), [pyrage.x25519.Recipient.from_str(recipient)])
    )
    return path


BUNDLES: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    "zip ../ traversal": (
        lambda p, r: _zip(p / "b.zip", [("data/../../evil.txt", b"x")]),
        "climbs out",
    ),
    "zip absolute path": (
        lambda p, r: _zip(p / "b.zip", [("/etc/cron.d/evil", b"x")]),
        "absolute path",
    ),
    "zip symlink member": (lambda p, r: _zip_link(p / "b.zip", stat.S_IFLNK), "symbolic link"),
    "zip device member": (lambda p, r: _zip_link(p / "b.zip", stat.S_IFCHR), "device"),
    "zip name twice": (
        lambda p, r: _raw(
            p / "b.zip", [RawEntry(b"data/a.txt", b"1"), RawEntry(b"data/a.txt", b"2")]
        ),
        "appears twice",
    ),
    "zip overlapping members": (lambda p, r: _overlapping(p / "b.zip"), "overlap"),
    "zip bomb": (lambda p, r: _zip(p / "b.zip", [("data/zeros.bin", bytes(8 << 20))]), "zip bomb"),
    "tar symlink": (lambda p, r: _age_tar(p / "b.age", r, tarfile.SYMTYPE), "symbolic link"),
    "tar hard link": (lambda p, r: _age_tar(p / "b.age", r, tarfile.LNKTYPE), "hard link"),
    "tar fifo": (lambda p, r: _age_tar(p / "b.age", r, tarfile.FIFOTYPE), "FIFO"),
    "tar device": (lambda p, r: _age_tar(p / "b.age", r, tarfile.CHRTYPE), "character device"),
    "tar ../ traversal": (
        lambda p, r: _age_tar_named(p / "b.age", r, "../../evil.txt"),
        "climbs out",
    ),
}


def _age_tar_named(path: Path, recipient: str, name: str) -> Path:
    members: list[tuple[tarfile.TarInfo, bytes | None]] = [(tar_member(name), b"payload")]
    path.write_bytes(
        pyrage.encrypt(tar_bytes(members), [pyrage.x25519.Recipient.from_str(recipient)])
    )
    return path


def _files(root: Path) -> dict[str, tuple[int, int]]:
    """snapshot() of every file under ``root`` (folders' own times left out: opening the
    vault briefly creates and removes its lock file)."""
    return {name: seen for name, seen in snapshot(root).items() if not (root / name).is_dir()}


@pytest.fixture
def hq(vault_dir: Path) -> Path:
    """A receiving vault, empty and closed (so the CLI can open it)."""
    created, _code = Vault.create(vault_dir, PASSPHRASE, "HQ reviewer")
    created.close()
    return vault_dir


@pytest.fixture(scope="module")
def age_identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    identity = pyrage.x25519.Identity.generate()
    path = tmp_path_factory.mktemp("age") / "identity.txt"
    path.write_text(f"{identity}\n", encoding="utf-8")
    return path, str(identity.to_public())


@pytest.mark.parametrize("what", list(BUNDLES))
def test_hostile_bundles_are_refused_by_verify_and_import(
    cli: Cli, hq: Path, tmp_path: Path, age_identity: tuple[Path, str], what: str
) -> None:
    make, words = BUNDLES[what]
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    bundle = make(incoming, age_identity[1])
    extra: list[Any] = ["--identity", str(age_identity[0])] if bundle.suffix == ".age" else []
    before = _files(tmp_path)
    verified = cli("verify", str(bundle), *extra)
    line = _one_line_refusal(verified, "bundle refused: archive:", words)
    assert "nothing was read" in line or "nothing was extracted" in line or words in line
    imported = cli("import", str(bundle), "--allow-unverified-signer", *extra)
    _one_line_refusal(imported, words)
    assert _files(tmp_path) == before  # nothing extracted, nothing in the vault
    checked = cli("check")
    assert checked.code == 0, checked
