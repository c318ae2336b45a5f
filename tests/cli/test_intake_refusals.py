"""Issue 13: hostile pictures and PDFs are refused at intake (``attach``), each named with
why, and nothing is written: no attachment, no custody event, no blob file.  Kept on
purpose with ``--as-received``, each gets a warning and its intake custody event says
why; ``show`` says so.  A fine picture named as another format is kept, with a warning.
A probe child that crashes is a refusal naming the file."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.cli.test_records_cli import Cli, new_id
from tests.e2e.hostile_files import HOSTILE_MEDIA
from tests.redact.test_metadata_summary import info_pdf, plain_jpeg
from vault.core import custody
from vault.core.vault import Credential, Vault

HINT = "hint: to keep such files exactly as received"
KEPT = "It is kept as received and will never be shown or redacted."


@pytest.fixture
def case(cli: Cli) -> str:
    assert cli("init", "--operator", "Field Team 2").code == 0
    return new_id(cli("case", "add", "--title", "Hostile media"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("incoming")
    files = {}
    for name, make in HOSTILE_MEDIA.items():
        files[name] = folder / name
        files[name].write_bytes(make())
    return files


def _state(vault_dir: Path, passphrase_file: Path) -> tuple[int, int, list[str]]:
    """Custody events, blob files on disk, attachment names: what intake may change."""
    blobs = sum(1 for path in (vault_dir / "blobs").rglob("*") if path.is_file())
    secret = passphrase_file.read_text(encoding="utf-8").strip()
    with Vault.open(vault_dir, Credential.passphrase(secret)) as vault:
        events = len(custody.events(vault.conn))
        names = [r[0] for r in vault.conn.execute("SELECT name FROM attachments ORDER BY name")]
    return events, blobs, names


def _refusal_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("evidence-vault: ")]


def test_each_hostile_file_alone_and_beside_a_good_photo_is_refused_writing_nothing(
    cli: Cli,
    case: str,
    tmp_path: Path,
    hostile: dict[str, Path],
    vault_dir: Path,
    passphrase_file: Path,
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(plain_jpeg())
    before = _state(vault_dir, passphrase_file)
    for name, path in hostile.items():
        for files in ([path], [good, path]):
            result = cli("attach", "--case", case, *map(str, files))
            assert result.code == 1, (name, result)
            assert result.out == "" and "Traceback" not in result.err
            [line] = _refusal_lines(result.err)
            assert line.startswith(f"evidence-vault: {name}") and "good.jpg" not in line
            assert line.endswith("Nothing was taken in."), line
            assert result.err.splitlines()[-1].startswith(HINT)
            assert "--as-received" in result.err.splitlines()[-1]
    assert _state(vault_dir, passphrase_file) == before  # nothing written at all


def test_every_reason_is_the_decoders_own(
    cli: Cli, case: str, hostile: dict[str, Path], vault_dir: Path, passphrase_file: Path
) -> None:
    result = cli("attach", "--case", case, *map(str, hostile.values()))
    assert result.code == 1
    lines = {line.split()[1].rstrip(":"): line for line in _refusal_lines(result.err)}
    assert set(lines) == set(hostile)  # all refused at once, one line each
    assert (
        "is named as JPEG but is not one: its content is of no known format" in lines["program.jpg"]
    )
    assert "is named as JPEG but is not one: its content is ZIP" in lines["archive.jpg"]
    for bomb in ("bomb.png", "bomb.jpg", "bomb.gif", "bomb.tif"):
        assert "20000×20000 pixels (400 megapixels)" in lines[bomb]
    assert "JPEG picture is damaged or truncated" in lines["truncated.jpg"]
    assert "PNG picture is damaged or truncated" in lines["truncated.png"]
    assert "The PDF has 5000 pages; at most 500" in lines["5000-pages.pdf"]
    assert "Page 1 is 2778×2778 inches" in lines["huge-page.pdf"]
    assert _state(vault_dir, passphrase_file)[2] == []


def test_as_received_keeps_them_with_a_warning_and_a_custody_note(
    cli: Cli,
    case: str,
    tmp_path: Path,
    hostile: dict[str, Path],
    vault_dir: Path,
    passphrase_file: Path,
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(plain_jpeg())
    result = cli("attach", "--case", case, "--as-received", str(good), *map(str, hostile.values()))
    assert result.code == 0, result
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert [r[3] for r in rows] == ["good.jpg", *hostile]
    warnings = [line for line in result.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == len(hostile)
    for name, warning in zip(hostile, warnings, strict=True):
        assert warning.startswith(f"warning: {name}") and warning.endswith(KEPT), warning
    secret = passphrase_file.read_text(encoding="utf-8").strip()
    with Vault.open(vault_dir, Credential.passphrase(secret)) as vault:
        notes = {
            event.details["name"]: event.details.get("kept_as_received")
            for event in custody.events(vault.conn)
            if event.action == "intake"
        }
    assert notes["good.jpg"] is None
    assert str(notes["bomb.png"]).startswith("bomb.png: The picture is 20000×20000 pixels")
    assert str(notes["program.jpg"]).startswith("program.jpg is named as JPEG but is not one")
    by_name = {r[3]: r[1] for r in rows}
    shown = cli("show", "attachment", by_name["archive.jpg"])
    assert "Kept as received: archive.jpg is named as JPEG but is not one" in shown.out
    record = json.loads(cli("show", "attachment", by_name["truncated.png"], "--json").out)
    assert "damaged or truncated" in record["kept_as_received"]
    assert "kept_as_received" not in json.loads(
        cli("show", "attachment", by_name["good.jpg"], "--json").out
    )


def test_a_fine_picture_named_as_another_format_is_kept_with_a_warning(
    cli: Cli, case: str, tmp_path: Path
) -> None:
    jpeg_named_png = tmp_path / "scan.png"
    jpeg_named_png.write_bytes(plain_jpeg())
    png_named_jpg = tmp_path / "screen.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "red").save(buffer, "PNG")
    png_named_jpg.write_bytes(buffer.getvalue())
    pdf_named_jpg = tmp_path / "letter.jpg"
    pdf_named_jpg.write_bytes(info_pdf(2))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture, never looked at\n", encoding="utf-8")
    files = (jpeg_named_png, png_named_jpg, pdf_named_jpg, notes)
    result = cli("attach", "--case", case, *map(str, files))
    assert result.code == 0, result
    assert len(result.out.splitlines()) == 4
    warnings = [line for line in result.err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: scan.png is named as PNG but its content is JPEG; it is taken in as it is",
        "warning: screen.jpg is named as JPEG but its content is PNG; it is taken in as it is",
        "warning: letter.jpg is named as JPEG but its content is PDF; it is taken in as it is",
    ]


def test_a_picture_named_otherwise_is_still_checked_by_its_content(
    cli: Cli, case: str, tmp_path: Path, hostile: dict[str, Path]
) -> None:
    disguised_bomb = tmp_path / "minutes.dat"
    disguised_bomb.write_bytes(hostile["bomb.png"].read_bytes())
    result = cli("attach", "--case", case, str(disguised_bomb))
    assert result.code == 1
    [line] = _refusal_lines(result.err)
    assert line.startswith("evidence-vault: minutes.dat: The picture is 20000×20000")


def test_a_probe_that_crashes_is_a_refusal_naming_the_file(
    cli: Cli, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.redact import intake_probe

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(plain_jpeg())
    monkeypatch.setattr(intake_probe, "KIND", "crash")  # the cage's test-only segfault
    result = cli("attach", "--case", case, str(photo))
    assert result.code == 1, result
    [line] = _refusal_lines(result.err)
    assert line == (
        "evidence-vault: Could not decode photo.jpg: the decoder crashed. Nothing was taken in."
    )
    monkeypatch.setattr(intake_probe, "KIND", "intake_probe")
    assert cli("attach", "--case", case, str(photo)).code == 0  # the pool recovered


def test_a_picture_swapped_after_its_check_is_refused_leaving_nothing(
    vault: Vault, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.e2e.hostile_files import zip_bytes
    from vault.app import evidence
    from vault.core.attachments import list_attachments
    from vault.core.errors import InputError

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(plain_jpeg())
    checked = evidence.check_files  # type: ignore[attr-defined]

    def check_then_swap(*args: Any, **kwargs: Any) -> Any:
        verdicts = checked(*args, **kwargs)
        photo.write_bytes(zip_bytes())  # the file changes between the check and intake
        return verdicts

    monkeypatch.setattr(evidence, "check_files", check_then_swap)
    with pytest.raises(InputError, match=r"photo\.jpg changed while it was being taken in"):
        evidence.take_in(vault, case_id, [photo])
    assert list_attachments(vault, case_id) == []
    assert not [p for p in (vault.path / "blobs").rglob("*") if p.is_file()]
