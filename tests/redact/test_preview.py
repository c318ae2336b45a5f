"""Previews show exactly what will leave: the bytes ``redact preview --out`` writes are the
bytes the bundle carries (a photo turned by its EXIF orientation, a PDF whose text names
the witness), nothing is written anywhere but ``--out``, and the preview functions give
pixels as displayed, page by page."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from tests.conftest import FIXTURES, CliResult
from vault.redact.pdf import PageBox, render_pdf_page
from vault.redact.preview import displayed_image, photo_pixels

Cli = Callable[..., CliResult]
MEDIA = FIXTURES / "sample_case" / "media"
WITNESS = "Aram Hakobyan"


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, (args, result.err)
    return result.out.strip()


def _pdf_naming_the_witness() -> bytes:
    document = FPDF(unit="pt")
    document.add_page(format=(400, 600))
    document.set_font("Helvetica", size=20)
    document.text(40, 100, f"Interview with {WITNESS}")
    document.text(40, 300, "Nothing else here.")
    document.add_page(format=(600, 400))
    document.text(40, 100, "Page two names nobody.")
    return bytes(document.output())


def _files(root: Path, skip: Path) -> dict[str, float]:
    """Every file under ``root`` but the vault, with its modification time."""
    return {
        str(p): p.stat().st_mtime for p in root.rglob("*") if p.is_file() and skip not in p.parents
    }


@pytest.fixture
def prepared(cli: Cli, tmp_path: Path, vault_dir: Path) -> dict[str, str]:
    ok(cli, "init", "--operator", "INV-07")
    case = ok(cli, "case", "add", "--title", "Previews")
    witness = ok(cli, "person", "add", "--case", case, "--name", WITNESS, "--role", "witness")
    ok(cli, "consent", "set", "--person", witness, "--share", "legal,government,media",
       "--anonymity", "required")  # fmt: skip
    body = tmp_path / "body.txt"
    body.write_text(f"My name is {WITNESS}. Call +374 91 234 567.\n", encoding="utf-8")
    statement = ok(cli, "statement", "add", "--case", case, "--witness", witness,
                   "--text-file", str(body))  # fmt: skip
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(_pdf_naming_the_witness())
    ids = {"case": case, "statement": statement}
    for key, path in (
        ("rotated", MEDIA / "photo_rotated.jpg"),
        ("gps", MEDIA / "photo_gps.jpg"),
        ("pdf", pdf),
    ):
        line = ok(cli, "attach", "--case", case, "--statement", statement, str(path))
        ids[key] = line.split()[0]
    # A box near the displayed top-right corner: only right if orientation was applied.
    ok(cli, "redact", "box", "--attachment", ids["rotated"], "--box", "1400,40,160,120",
       "--reason", "identity")  # fmt: skip
    return ids


def test_preview_bytes_are_the_bundle_bytes_and_nothing_else_is_written(
    cli: Cli, prepared: dict[str, str], tmp_path: Path, vault_dir: Path
) -> None:
    before = _files(tmp_path, vault_dir)
    outputs = tmp_path / "previews"
    outputs.mkdir()
    printed = {}
    for key in ("rotated", "gps", "pdf"):
        out = outputs / key
        printed[key] = ok(cli, "redact", "preview", "--attachment", prepared[key],
                          "--profile", "media", "--out", str(out))  # fmt: skip
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    after = _files(tmp_path, vault_dir)
    assert set(after) - set(before) == {str(outputs / k) for k in ("rotated", "gps", "pdf")}
    assert all(after[p] == t for p, t in before.items())  # nothing else touched

    # What was applied, in words a person checks against the file.
    assert "1 box(es) burned in (identity 1)" in printed["rotated"]
    assert "EXIF (GPS, camera serial, camera make and model" in printed["gps"], printed["gps"]
    assert "1 automatic text hit(s) covered (identity 1); page 1: 1" in printed["pdf"]
    assert "Review for media: unreviewed" in printed["pdf"]
    with Image.open(outputs / "rotated") as shown:
        assert shown.size == (1600, 1200)  # turned upright, stored without orientation
        assert shown.getexif().get(0x0112) is None
        assert shown.convert("RGB").getpixel((1480, 100)) == (0, 0, 0)

    # The file written is never overwritten, whatever is asked.
    again = cli("redact", "preview", "--attachment", prepared["gps"], "--profile", "media",
                "--out", str(outputs / "gps"))  # fmt: skip
    assert again.code == 1 and "already exists" in again.err

    ok(cli, "redact", "suggest", "--statement", prepared["statement"])
    ok(cli, "redact", "accept", "--all", "--statement", prepared["statement"])
    for key in ("rotated", "gps", "pdf"):
        ok(cli, "redact", "review", "--attachment", prepared[key], "--profile", "media")
    bundle = tmp_path / "bundle"
    result = cli("export", "--case", prepared["case"], "--profile", "media", "--out", str(bundle))
    assert result.code == 0, result.err
    carried = {
        hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (bundle / "data" / "attachments").iterdir()
    }
    previewed = {hashlib.sha256((outputs / k).read_bytes()).hexdigest() for k in printed}
    assert carried == previewed
    for key in printed:
        assert hashlib.sha256((outputs / key).read_bytes()).hexdigest() in printed[key]


def test_statement_preview_prints_the_text_that_leaves_and_what_is_undecided(
    cli: Cli, prepared: dict[str, str]
) -> None:
    statement = prepared["statement"]
    shown = ok(cli, "redact", "preview", "--statement", statement, "--profile", "media")
    assert f"My name is {WITNESS}." in shown  # nothing decided yet: still visible
    assert "2 hit(s) nobody decided for media" in shown
    assert '"Aram Hakobyan"' in shown and '"+374 91 234 567"' in shown
    ok(cli, "redact", "suggest", "--statement", statement)
    ok(cli, "redact", "accept", "--all", "--statement", statement)
    data = json.loads(
        ok(cli, "redact", "preview", "--statement", statement, "--profile", "media", "--json")
    )
    assert data["undecided"] == []
    assert WITNESS not in data["body"] and "+374" not in data["body"]
    bundle_code = data["body"].split("My name is ")[1].split(".")[0]
    assert bundle_code.startswith("W-") and bundle_code != "W-001"  # the export code


def test_photo_pixels_are_as_displayed_and_pdf_pages_render_one_at_a_time() -> None:
    data = (MEDIA / "photo_rotated.jpg").read_bytes()
    photo = photo_pixels(data)
    assert (photo.width, photo.height, photo.mode) == (1600, 1200, "RGB")
    assert len(photo.pixels) == 1600 * 1200 * 3
    with displayed_image(data) as image:
        assert image.size == (1600, 1200) and not image.info
    pdf = _pdf_naming_the_witness()
    second = render_pdf_page(pdf, 2, dpi=72, boxes=[PageBox(2, 0, 0, 100, 100)])
    assert (second.page_count, second.width, second.height) == (2, 600.0, 400.0)
    assert second.image.size == (600, 400)
    assert second.image.getpixel((50, 50)) == (0, 0, 0)
    assert second.image.getpixel((500, 350)) == (255, 255, 255)
    with pytest.raises(Exception, match="no page 3"):
        render_pdf_page(pdf, 3)
    assert not any(name.endswith((".jpg", ".png", ".pdf")) for name in os.listdir("."))
