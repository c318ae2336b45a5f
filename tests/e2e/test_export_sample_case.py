"""The sample case end to end: a vault, accepted suggestions, boxed name tags, reviewed
attachments, a government export; then every file of the bundle searched with the real
tools (exiftool, pdftotext, Pillow, raw bytes) for what must never leave and what must."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import bagit
import pytest
from PIL import Image

from tests.e2e.bundle_scan import bundle_files, file_views, forms
from vault.core.sample import load_sample_case
from vault.core.vault import Vault
from vault.export.bundle import export_bundle
from vault.export.plan import ExportOptions
from vault.redact.proposals import accept_all, add_box, suggest
from vault.redact.review import review_attachment

from ..conftest import FIXTURES

SAMPLE = FIXTURES / "sample_case"
EXPECT = json.loads((SAMPLE / "expect.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    vault, _code = Vault.create(root / "vault", "correct horse battery staple", "INV-07")
    with vault:
        sample = load_sample_case(vault, SAMPLE)
        for statement_id in sample.statements.values():
            suggest(vault, statement_id)
            accept_all(vault, statement_id)
        boxes = EXPECT["name_tag_box"]
        add_box(
            vault, sample.attachments["photo_gps.jpg"], tuple(boxes["photo_gps.jpg"]), "identity"
        )
        add_box(
            vault,
            sample.attachments["photo_rotated.jpg"],
            tuple(boxes["photo_rotated.jpg_as_displayed"]),
            "identity",
        )
        for attachment_id in sample.attachments.values():
            review_attachment(vault, attachment_id, "government")
        result = export_bundle(vault, sample.case_id, ExportOptions("government"), root / "bundle")
    assert result.statements == 2 and result.attachments == 4
    return result.out


def test_nothing_protected_leaves(sample_bundle: Path) -> None:
    leaks = []
    for path in bundle_files(sample_bundle):
        for view in file_views(path):
            for secret in EXPECT["never_in_export"]:
                if any(form in view for form in forms(secret)):
                    leaks.append(f"{secret!r} in {path.relative_to(sample_bundle)}")
    assert not leaks, "\n".join(sorted(set(leaks)))


def test_what_matters_survives(sample_bundle: Path) -> None:
    texts = b"".join(view for p in bundle_files(sample_bundle) for view in file_views(p))
    for wanted in EXPECT["always_in_export"]:
        assert wanted.encode("utf-8") in texts, wanted


def test_names_become_codes_in_the_statements(sample_bundle: Path) -> None:
    records = json.loads((sample_bundle / "data" / "records.json").read_text(encoding="utf-8"))
    first = records["statements"][0]
    english = (sample_bundle / first["text_file"]).read_text(encoding="utf-8")
    assert first["text_file"].startswith(f"data/statements/{first['witness']}_")
    assert first["witness"] in english and "W-001" not in english and "V-001" not in english
    victims = [p["ref"] for p in records["persons"] if p["roles"][0] == "victim"]
    # The victim is named by code if their records travel, else by the neutral token.
    assert any(code in english for code in victims) or "[person]" in english
    assert "[phone]" in english and "[email]" in english and "[document]" in english


def test_the_bag_validates_with_the_library_of_congress_bagit(sample_bundle: Path) -> None:
    bag = bagit.Bag(str(sample_bundle))
    bag.validate()
    assert set(bag.algorithms) == {"sha256", "sha512"}


def test_the_verify_command_in_verify_txt_passes_with_real_minisign(sample_bundle: Path) -> None:
    verify = (sample_bundle / "VERIFY.txt").read_text(encoding="utf-8")
    line = next(s.strip() for s in verify.splitlines() if s.strip().startswith("minisign -V"))
    result = subprocess.run(
        line.split(), cwd=sample_bundle, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "bundle=" in result.stdout and "profile=government" in result.stdout


def test_the_rotated_photo_box_covers_the_name_tag(sample_bundle: Path) -> None:
    records = json.loads((sample_bundle / "data" / "records.json").read_text(encoding="utf-8"))
    x, y, w, h = EXPECT["name_tag_box"]["photo_rotated.jpg_as_displayed"]
    blacks = 0
    for entry in records["attachments"]:
        if entry["media_type"] != "image/jpeg":
            continue
        with Image.open(sample_bundle / entry["file"]) as image:
            region = image.convert("L").crop((x, y, x + w, y + h))
            if region.getextrema()[1] == 0:
                blacks += 1
    assert blacks == 2  # both photos: the box is where a person saw the tag


def test_one_changed_byte_fails_bagit(sample_bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(sample_bundle, copy)
    target = next((copy / "data" / "statements").glob("*.txt"))
    data = bytearray(target.read_bytes())
    data[0] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(copy)).validate()
