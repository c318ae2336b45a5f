"""Inputs the fuzz targets found that once escaped as something other than a typed
error, kept as regression tests (each with the smallest input that showed it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.bundle_builders import snapshot
from tests.export.spec_bundle import build_bundle
from vault.export.archive_read import open_bundle
from vault.export.archive_write import write_zip
from vault.export.errors import HostileBundle
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
