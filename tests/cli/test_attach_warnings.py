"""`attach` warns on stderr about files that carry a location and reminds the person that
the originals are still on disk unencrypted, while stdout stays one line per file (id,
sha256, name) for scripts; `show attachment` tells what is inside."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.readable import summary_fields
from tests.cli.test_records_cli import Cli, new_id
from tests.redact.test_metadata_summary import info_pdf, photo_jpeg, plain_jpeg


@pytest.fixture
def case(cli: Cli) -> str:
    assert cli("init", "--operator", "Field Team 2").code == 0
    return new_id(cli("case", "add", "--title", "Detention of prisoners of war"))


def test_attach_warns_per_located_file_and_reminds_about_originals(
    cli: Cli, case: str, tmp_path: Path
) -> None:
    located = tmp_path / "photo.jpg"
    located.write_bytes(photo_jpeg())
    plain = tmp_path / "wall.jpg"
    plain.write_bytes(plain_jpeg())
    scan = tmp_path / "report.pdf"
    scan.write_bytes(info_pdf(2))
    result = cli("attach", "--case", case, str(located), str(plain), str(scan))
    assert result.code == 0, result
    # stdout: exactly id, code, sha256, name per file, nothing else.
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert [(len(r[0]), r[1], r[2], r[3]) for r in rows] == [
        (32, code, hashlib.sha256(p.read_bytes()).hexdigest(), p.name)
        for code, p in zip(("A-001", "A-002", "A-003"), (located, plain, scan), strict=True)
    ]
    err = result.err.splitlines()
    warnings = [line for line in err if line.startswith("warning:")]
    assert warnings == [
        "warning: photo.jpg carries a GPS position (40.18, 44.51); anonymized exports remove it"
    ]
    [reminder] = [line for line in err if line.startswith("reminder:")]
    assert "unencrypted" in reminder and "securely" in reminder
    for path in (located, plain, scan):
        assert str(path) in reminder
    assert "Traceback" not in result.err


def test_attach_refuses_a_damaged_picture_unless_kept_as_received(
    cli: Cli, case: str, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(b"\xff\xd8\xff" + b"\x00" * 40)
    refused = cli("attach", "--case", case, str(cut))
    assert refused.code == 1 and refused.out == "", refused
    assert "cut.jpg" in refused.err and "--as-received" in refused.err
    result = cli("attach", "--case", case, "--as-received", str(cut))
    assert result.code == 0, result
    assert len(result.out.splitlines()) == 1
    [warning] = [line for line in result.err.splitlines() if line.startswith("warning:")]
    assert warning.startswith("warning: cut.jpg: This JPEG picture is damaged or truncated")
    assert "GPS" not in result.err and "Traceback" not in result.err
    assert "reminder:" in result.err


def test_show_attachment_gives_size_and_metadata_in_text_and_json(
    cli: Cli, case: str, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(photo_jpeg())
    scan = tmp_path / "report.pdf"
    scan.write_bytes(info_pdf(3))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(b"\xff\xd8\xff" + b"\x00" * 40)
    ids = [
        line.split("\t")[0]
        for line in cli(
            "attach", "--case", case, "--as-received", str(photo), str(scan), str(cut)
        ).out.splitlines()
    ]

    shown = cli("show", "attachment", ids[0])
    assert shown.code == 0, shown
    fields = summary_fields(shown.out)
    inside = fields["Inside"]
    assert inside[0] == "JPEG, 48 x 64 pixels as displayed"
    assert "GPS position 40.18000, 44.51000" in inside
    assert "camera serial: SN-0042731" in inside
    assert "author: Ani Petrosyan" in inside
    assert "taken: 2024:03:05 10:11:12" in inside
    assert fields["Attachment"] == ["A-001"] and fields["Name"] == ["photo.jpg"]

    record = json.loads(cli("show", "attachment", ids[0], "--json").out)
    assert record["inside"]["width"] == 48 and record["inside"]["height"] == 64
    assert record["inside"]["gps"]["latitude"] == 40.18
    assert record["inside"]["facts"]["camera"] == "Canon EOS 5D Mark IV"

    pdf = json.loads(cli("show", ids[1], "--json").out)["inside"]
    assert pdf["pages"] == 3 and pdf["facts"]["author"] == "Lilit Hovhannisyan"
    assert pdf["facts"]["creator"] == "Office Scanner 3000"

    damaged = cli("show", "attachment", ids[2])
    assert damaged.code == 0 and "Traceback" not in damaged.err
    inside = summary_fields(damaged.out)["Inside"]
    assert any(line.startswith("metadata unreadable") for line in inside), inside
    kept = summary_fields(damaged.out)["Kept as received"]
    assert kept[0].startswith("cut.jpg: This JPEG picture is damaged or truncated"), kept
