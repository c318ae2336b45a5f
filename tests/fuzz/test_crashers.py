"""Inputs the fuzz targets found that once escaped as something other than a typed
error, kept as regression tests (each with the smallest input that showed it)."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pyrage
import pytest

from tests.export.bundle_builders import snapshot
from tests.export.spec_bundle import build_bundle
from tests.fuzz.targets import _format1, _format1_seeds, _state, _state_seeds, tar_of
from vault.core.errors import HeaderTampered, KdfRefused
from vault.export.archive_read import open_bundle
from vault.export.archive_write import write_zip
from vault.export.errors import HostileBundle, UnreadableBundle
from vault.export.verify import verify_bundle


def test_a_zip_whose_directory_points_before_the_file_start_is_refused(tmp_path: Path) -> None:
    """Found by the bundle_zip target: with one byte deleted from the first local
    header of a real bundle zip (its version field), zipfile computes a NEGATIVE local
    header offset for the first member, and the overlap check's seek raised
    OSError(EINVAL) out of ``verify``."""
    out = tmp_path / "good.zip"
    write_zip(build_bundle(tmp_path / "bundle").folder, out)
    cut = tmp_path / "cut.zip"
    data = out.read_bytes()
    cut.write_bytes(data[:4] + data[5:])
    before = snapshot(tmp_path)
    with pytest.raises(HostileBundle, match="points at no local header"):
        open_bundle(cut)
    report = verify_bundle(cut)
    assert report.first_failure is not None and report.first_failure.name == "archive"
    assert "\n" not in report.first_failure.detail
    assert snapshot(tmp_path) == before


def test_an_age_bundle_whose_tar_stops_inside_a_member_is_refused(tmp_path: Path) -> None:
    """Found by the bundle_age_tar target: a tar cut off inside a member's data (then
    encrypted for real) made tarfile raise ReadError("unexpected end of data") while the
    member was hashed, and it escaped ``verify`` as a traceback."""
    folder = build_bundle(tmp_path / "bundle").folder
    plain = tar_of(folder)
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        pdf = next(i for i in archive.getmembers() if i.name.endswith(".pdf"))
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "identity.txt"
    key.write_text(f"{identity}\n", encoding="utf-8")
    cut = tmp_path / "cut.age"
    cut.write_bytes(pyrage.encrypt(plain[: pdf.offset_data + 100], [identity.to_public()]))
    before = snapshot(tmp_path)
    with pytest.raises(UnreadableBundle, match="damaged"):
        open_bundle(cut, key)
    report = verify_bundle(cut, key)
    assert report.first_failure is not None and report.first_failure.name == "archive"
    assert "cut.age is damaged" in report.first_failure.detail
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("number", [b"1e999", b"Infinity", b"-Infinity"])
def test_a_state_whose_counter_is_infinite_is_refused_as_malformed(number: bytes) -> None:
    """Found with the state_body target's hostile tokens: JSON reads ``1e999`` and
    ``Infinity`` as a float infinity, and ``int()`` of it raised OverflowError out of
    VaultState.from_body instead of HeaderTampered."""
    body = _state_seeds()["plain"].replace(b'"counter":17', b'"counter":' + number)
    assert body != _state_seeds()["plain"]
    with pytest.raises(HeaderTampered, match="malformed"):
        _state("plain", body)


@pytest.mark.parametrize("number", [b"1e999", b"Infinity"])
def test_a_format1_header_with_an_infinite_kdf_cost_is_refused(number: bytes) -> None:
    """Found with the format1_header target: the format 1 header is plaintext JSON, read
    before anything authenticates it, and ``int()`` of an infinite ``m`` raised
    OverflowError out of Argon2Params.from_json instead of KdfRefused."""
    seed = _format1_seeds()["vault.header"]
    body = seed.replace(b'"m": 256', b'"m": ' + number, 1)
    assert body != seed
    with pytest.raises(KdfRefused, match="malformed"):
        _format1("vault.header", body)


def test_a_zip_entry_needing_zip_version_9_5_is_refused(tmp_path: Path) -> None:
    """Found by atheris on the bundle_zip target: a central directory entry whose
    "version needed to extract" is 95 made zipfile raise NotImplementedError("zip file
    version 9.5") while the archive was opened, out of ``verify``."""
    out = tmp_path / "good.zip"
    write_zip(build_bundle(tmp_path / "bundle").folder, out)
    data = bytearray(out.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (95).to_bytes(2, "little")
    newer = tmp_path / "newer.zip"
    newer.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(UnreadableBundle, match=r"zip file version 9\.5"):
        open_bundle(newer)
    report = verify_bundle(newer)
    assert report.first_failure is not None and report.first_failure.name == "archive"
    assert snapshot(tmp_path) == before
