"""Recordings the metadata stripper refuses are left out; the export goes on without them.

A case with one good MP4 and recordings nobody can strip (fragmented MP4, an MP4 cut off
mid-download, a WAV with a broken header, FLAC, Ogg, WebM), each reviewed and exported
with ``--include-media``, plus a photo after them. The export must succeed, say on stdout
which files were left out and why, record the count and reasons in the custody log, and
carry nothing in the bundle from which a recipient could tell that something was
withheld: no name, no gap in the attachment references, no entry in records.json.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

from PIL import Image

from tests.conftest import open_vault
from tests.e2e.test_export_profiles import Cli, records, where
from tests.redact.test_media_strip import SAMPLES, box, followed_samples, tagged_mp4
from vault.core import custody

WITNESS = "Nigar Hasanova"
OTHER = "Тигран Мартиросян"


def _broken_wav() -> bytes:
    # RIFF/WAVE, so it is classified as WAV, then a fmt chunk that claims 1,000 bytes.
    body = b"WAVE" + b"fmt " + struct.pack("<I", 1000) + b"\x01\x00" * 4
    return b"RIFF" + struct.pack("<I", len(body)) + body


RECORDINGS = {
    "fragmented.mp4": tagged_mp4(name=WITNESS) + box(b"moof", box(b"mfhd", b"\0" * 8)),
    "cut-short.mp4": tagged_mp4(name=WITNESS)[:-9],
    "broken.wav": _broken_wav(),
    "voice.flac": b"fLaC\x00\x00\x00\x22" + WITNESS.encode() + b"\0" * 40,
    "voice.ogg": b"OggS\x00\x02" + b"\0" * 20 + b"\x01vorbis" + WITNESS.encode() + b"\0" * 30,
    "clip.webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + WITNESS.encode(),
}
STRIPPER_REFUSED = {"fragmented.mp4", "cut-short.mp4", "broken.wav"}


def test_refused_recordings_are_left_out_and_the_export_goes_on(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "INV-12")
    case = cli.ok("case", "add", "--title", "Recordings")
    person = cli.ok("person", "add", "--case", case, "--name", WITNESS, "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "media", "--anonymity", "required")
    statement = cli.ok(
        "statement", "add", "--case", case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "Two recordings were made in the yard.\n"),
    )  # fmt: skip
    files: dict[str, bytes] = {"good.mp4": tagged_mp4(name=OTHER), **RECORDINGS}
    photo = tmp_path / f"{WITNESS} yard.png"
    Image.new("RGB", (32, 24), (90, 10, 10)).save(photo)
    ids: dict[str, str] = {}
    for name, data in files.items():
        path = tmp_path / f"{WITNESS} {name}"
        path.write_bytes(data)
        ids[name] = cli.ok("attach", "--case", case, "--statement", statement, str(path)).split()[0]
    ids["photo"] = cli.ok("attach", "--case", case, str(photo)).split()[0]
    for attachment in ids.values():
        cli.ok("redact", "review", "--attachment", attachment)

    out = tmp_path / "bundle"
    result = cli(
        "export", "--case", case, "--profile", "media", "--out", str(out), "--include-media"
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "1 statement(s), 2 attachment(s)" in result.out
    left = [line for line in result.out.splitlines() if line.startswith("Left out: attachment")]
    assert len(left) == len(RECORDINGS), left
    for name in RECORDINGS:
        (line,) = [line for line in left if f"{name}): " in line]
        assert ids[name] not in line  # its code, not its id
        if name in STRIPPER_REFUSED:
            assert "its metadata could not be stripped" in line, line
        else:
            assert "cannot have its metadata stripped yet" in line, line
    # Only the recordings that go out are announced as going out unredacted.
    warnings = [line for line in result.err.splitlines() if "voices" in line]
    assert len(warnings) == 1 and "good.mp4" in warnings[0], result.err

    # The bundle: two attachments numbered without a gap, nothing of the others.
    names = sorted(p.name for p in (out / "data" / "attachments").iterdir())
    assert names == ["attachment-001.mp4", "attachment-002.png"], names
    assert followed_samples((out / "data" / "attachments" / names[0]).read_bytes()) == list(SAMPLES)
    listed = records(out)["attachments"]
    assert [a["ref"] for a in listed] == ["A-001", "A-002"]
    assert [a["file"] for a in listed] == [f"data/attachments/{n}" for n in names]
    for text in (WITNESS, "Hasanova", OTHER, "fragmented", "cut-short", "flac", "webm", "ogg"):
        assert where(out, text) == [], text
    custody_lines = (out / "custody" / "custody.jsonl").read_text("utf-8")
    assert "A-003" not in custody_lines and "left" not in custody_lines

    # The vault's custody log says how many were left out and why (no names).
    with open_vault(cli.vault_dir) as vault:
        (export,) = [e for e in custody.events(vault.conn) if e.action == "export"]
    assert export.details["attachments"] == 2
    assert export.details["attachments_left_out"] == len(RECORDINGS)
    why = export.details["attachments_left_out_why"]
    assert sum(why.values()) == len(RECORDINGS)
    assert sum(n for w, n in why.items() if "could not be stripped" in w) == 3
    logged = json.dumps(export.details, ensure_ascii=False)
    assert "Hasanova" not in logged and "Nigar" not in logged and ".mp4" not in logged
