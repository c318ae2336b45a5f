"""The three forms of a bundle (folder, zip, age) checked with the standard tools a recipient
has (unzip, zipinfo, age, tar, minisign, bagit-python), what a failed export leaves
(nothing), ``--statement``, and audio, video and other files that cannot be redacted.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import wave
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import bagit
import pytest
from PIL import Image

from tests.conftest import CliResult, open_vault
from tests.e2e.bundle_codes import bundle_codes
from tests.e2e.test_export_profiles import Cli, where
from tests.redact.test_media_strip import SAMPLES, followed_samples, tagged_mp3, tagged_mp4
from vault.core import custody
from vault.export import bundle

WITNESS = "Aram Hakobyan"
OTHER_WITNESS = "Gohar Melikyan"


@dataclass
class FormCase:
    cli: Cli
    case: str
    statements: dict[str, str] = field(default_factory=dict)
    attachments: dict[str, str] = field(default_factory=dict)


def _noise_png(path: Path, side: int) -> Path:
    """A PNG that does not compress: its export is bigger than ``side * side * 3`` bytes."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path)
    return path


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (40, 30), colour).save(path)
    return path


@pytest.fixture(scope="module")
def forms_case(tmp_path_factory: pytest.TempPathFactory) -> FormCase:
    root = tmp_path_factory.mktemp("forms")
    cli = Cli(root)
    cli.ok("init", "--operator", "INV-07")
    built = FormCase(cli, cli.ok("case", "add", "--title", "Forms").split("\t")[0])
    for code, name in (("W-001", WITNESS), ("W-002", OTHER_WITNESS)):
        person = cli.ok("person", "add", "--case", built.case, "--name", name, "--role", "witness")
        cli.ok("consent", "set", "--person", person, "--share", "legal,government,media",
               "--anonymity", "required")  # fmt: skip
        statement = cli.ok(
            "statement", "add", "--case", built.case, "--witness", person,
            "--text-file", cli.text_file(f"{code}.txt", f"I am {name}. They took my passport.\n"),
            "--interview-date", "2021-03-1" + code[-1],
        )  # fmt: skip
        built.statements[code] = statement
        cli.ok("redact", "suggest", "--statement", statement)
        cli.ok("redact", "accept", "--all", "--statement", statement)
    files = {
        "W-001": _photo(root / f"{WITNESS}.png", (10, 200, 10)),
        "W-002": _photo(root / f"{OTHER_WITNESS}.png", (10, 10, 200)),
        "case": _noise_png(root / "yard.png", 700),  # about 1.5 MB once exported
    }
    for key, path in files.items():
        extra = ("--statement", built.statements[key]) if key in built.statements else ()
        line = cli.ok("attach", "--case", built.case, *extra, str(path))
        built.attachments[key] = line.split()[0]
        cli.ok("redact", "review", "--attachment", built.attachments[key])
    return built


def _export(built: FormCase, out: Path, *extra: str, profile: str = "government") -> CliResult:
    return built.cli(
        "export", "--case", built.case, "--profile", profile, "--out", str(out), *extra
    )


def _validate(folder: Path) -> None:
    bagit.Bag(str(folder)).validate()
    result = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(folder)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def _minisign_as_verify_txt_says(folder: Path) -> str:
    verify = (folder / "VERIFY.txt").read_text(encoding="utf-8")
    line = next(s.strip() for s in verify.splitlines() if s.strip().startswith("minisign -V"))
    result = subprocess.run(line.split(), cwd=folder, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _age_key(folder: Path) -> tuple[Path, str]:
    identity = folder / "hq-identity.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], capture_output=True, check=True)
    public = subprocess.run(
        ["age-keygen", "-y", str(identity)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return identity, public


# ---- folder ----------------------------------------------------------------------------


def test_a_folder_bundle_is_complete_valid_and_leaves_no_partial(
    forms_case: FormCase, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    result = _export(forms_case, out)
    assert result.code == 0, result.err
    assert "2 statement(s), 3 attachment(s)" in result.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]
    _validate(out)
    assert "profile=government" in _minisign_as_verify_txt_says(out)
    names = sorted(p.name for p in (out / "data" / "attachments").iterdir())
    assert names == ["attachment-001.png", "attachment-002.png", "attachment-003.png"]
    assert where(out, "Hakobyan") == [] and where(out, "Melikyan") == []
    # An existing output is never overwritten, whatever it is.
    again = _export(forms_case, out)
    assert again.code == 1 and "already exists" in again.err
    (tmp_path / "file.zip").write_text("x")  # --out file --zip writes file.zip
    assert _export(forms_case, tmp_path / "file", "--zip").code == 1
    assert (tmp_path / "file.zip").read_text() == "x"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert _export(forms_case, tmp_path / "dangling").code == 1
    assert not (tmp_path / "nowhere").exists()
    missing = _export(forms_case, tmp_path / "no" / "such" / "folder")
    assert missing.code == 1 and "does not exist" in missing.err
    both = _export(forms_case, tmp_path / "both", "--zip", "--recipient", "age1" + "q" * 58)
    assert both.code == 1 and not (tmp_path / "both").exists()


# Several exports in one child (loading the PDF and image libraries takes seconds), each
# under a 1 MiB file size limit: the yard photo's derivative is bigger, so the disk refuses
# part-way through writing the bundle. Python ignores SIGXFSZ, so the write gets EFBIG.
FSIZE_CHILD = """
import contextlib, io, json, resource, sys
from vault.cli import main
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
results = []
for argv in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    results.append([code, err.getvalue()])
print(json.dumps(results))
"""


def test_an_export_that_fails_while_writing_leaves_nothing(
    forms_case: FormCase, tmp_path: Path
) -> None:
    cli = forms_case.cli
    common = ["--vault", str(cli.vault_dir), "--passphrase-file", str(cli.passphrase_file)]
    _identity, recipient = _age_key(tmp_path)
    before = sorted(tmp_path.iterdir())
    runs = []
    for name, extra in (
        ("folder", []),
        ("bundle.zip", ["--zip"]),
        ("bundle.age", ["--recipient", recipient]),
    ):
        out = str(tmp_path / name)
        runs.append(
            [*common, "export", "--case", forms_case.case, "--profile", "government",
             "--out", out, *extra]
        )  # fmt: skip
    with open_vault(cli.vault_dir) as vault:
        exports_before = sum(e.action == "export" for e in custody.events(vault.conn))
    child = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, json.dumps(runs)], capture_output=True, text=True
    )
    assert child.returncode == 0, child.stderr
    for code, err in json.loads(child.stdout.strip().splitlines()[-1]):
        assert code == 1, err
        assert "was not saved" in err and "Traceback" not in err, err
    assert sorted(tmp_path.iterdir()) == before  # no bundle, no .partial leftover
    with open_vault(cli.vault_dir) as vault:  # and no export in the custody log
        assert sum(e.action == "export" for e in custody.events(vault.conn)) == exports_before


def test_derivatives_beyond_the_memory_budget_come_back_byte_identical(
    forms_case: FormCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no memory budget every redacted photo waits in the encrypted scratch file
    between the passes; the bundle is the same and nothing but it is left beside it."""
    in_memory = tmp_path / "in-memory"
    assert _export(forms_case, in_memory).code == 0
    monkeypatch.setattr(bundle, "MEMORY_BUDGET", 0)
    identity, recipient = _age_key(tmp_path)
    spilled_folder, spilled_age = tmp_path / "spilled", tmp_path / "spilled.age"
    assert _export(forms_case, spilled_folder).code == 0
    assert _export(forms_case, spilled_age, "--recipient", recipient).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in-memory", "spilled", "spilled.age", identity.name]
    )
    opened = tmp_path / "opened"
    opened.mkdir()
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity), str(spilled_age)], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(opened)], input=plain, check=True)
    for folder in (spilled_folder, opened):
        _validate(folder)
        for path in sorted((in_memory / "data").rglob("*.*")):
            if path.name != "records.json":
                relative = path.relative_to(in_memory)
                assert (folder / relative).read_bytes() == path.read_bytes(), relative


# ---- zip ---------------------------------------------------------------------------------


def test_a_zip_bundle_has_fixed_times_no_extra_fields_and_validates(
    forms_case: FormCase, tmp_path: Path
) -> None:
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    assert _export(forms_case, first, "--zip").code == 0
    assert _export(forms_case, second, "--zip").code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.zip", "two.zip"]
    listing = subprocess.run(["zipinfo", "-v", str(first)], capture_output=True, text=True)
    assert listing.returncode == 0
    dates = [line for line in listing.stdout.splitlines() if "file last modified on" in line]
    extras = [line for line in listing.stdout.splitlines() if "length of extra field" in line]
    with zipfile.ZipFile(first) as archive:
        infos = archive.infolist()
    assert len(dates) == len(extras) == len(infos) > 10
    assert all(line.endswith("1980 Jan 1 00:00:00") for line in dates), dates
    assert all(line.split(":")[1].strip() == "0 bytes" for line in extras), extras
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert all(i.create_system == 3 and (i.external_attr >> 16) & 0o777 == 0o644 for i in infos)
    # Two exports of the same state differ only where the bundle id and time must.
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name.startswith("data/") and name != "data/records.json":
                assert a.read(name) == b.read(name), name
    opened = tmp_path / "opened"
    subprocess.run(["unzip", "-q", str(first), "-d", str(opened)], check=True)
    _validate(opened)
    assert "profile=government" in _minisign_as_verify_txt_says(opened)


# ---- age ---------------------------------------------------------------------------------


def test_an_age_bundle_opens_with_the_stock_age_and_tar(
    forms_case: FormCase, tmp_path: Path
) -> None:
    identity, recipient = _age_key(tmp_path)
    out = tmp_path / "bundle.age"
    result = _export(forms_case, out, "--recipient", recipient, profile="evidence")
    assert result.code == 0, result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.age", identity.name]
    raw = out.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert WITNESS.encode() not in raw and b"bagit" not in raw
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity), str(out)], capture_output=True, check=True
    ).stdout
    listing = subprocess.run(
        ["tar", "-tv", "--numeric-owner"], input=plain, capture_output=True, check=True
    ).stdout.decode()
    lines = listing.splitlines()
    assert lines[0].endswith(" bagit.txt") and lines[1].endswith(" bag-info.txt")
    for line in lines:
        mode, owner, _size, date, time_of_day, _name = line.split(maxsplit=5)
        assert mode == "-rw-r--r--" and owner == "0/0", line
        assert (date, time_of_day) == ("1970-01-01", "00:00"), line
    opened = tmp_path / "opened"
    opened.mkdir()
    subprocess.run(["tar", "-x", "-C", str(opened)], input=plain, check=True)
    _validate(opened)
    assert "profile=evidence" in _minisign_as_verify_txt_says(opened)
    # evidence: the originals themselves, byte for byte, with bare intake hashes.
    document = json.loads((opened / "data" / "records.json").read_text("utf-8"))
    originals = {
        forms_case.cli.root / f"{WITNESS}.png",
        forms_case.cli.root / f"{OTHER_WITNESS}.png",
        forms_case.cli.root / "yard.png",
    }
    exported = {(opened / a["file"]).read_bytes() for a in document["attachments"]}
    assert exported == {p.read_bytes() for p in originals}
    assert all(not a["derived"] and not a["intake_hash"]["salted"] for a in document["attachments"])
    assert WITNESS in "".join(
        p.read_text("utf-8") for p in (opened / "data" / "statements").glob("*.txt")
    )


def test_a_bad_recipient_is_refused_before_anything_is_written(
    forms_case: FormCase, tmp_path: Path
) -> None:
    for recipient in ("age1notakey", "ssh-ed25519 AAAA", ""):
        result = _export(forms_case, tmp_path / "x.age", "--recipient", recipient)
        assert result.code == 1, recipient
        assert "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []


def test_zip_and_age_outputs_get_their_suffix_when_it_is_missing(
    forms_case: FormCase, tmp_path: Path
) -> None:
    identity, recipient = _age_key(tmp_path)
    zipped = _export(forms_case, tmp_path / "for-hq", "--zip")
    assert zipped.code == 0, zipped.err
    assert f"to {tmp_path / 'for-hq.zip'} (.zip added to --out)" in zipped.out
    sealed = _export(forms_case, tmp_path / "sealed.zip", "--recipient", recipient)
    assert sealed.code == 0, sealed.err
    assert f"to {tmp_path / 'sealed.zip.age'} (.age added to --out)" in sealed.out
    kept = _export(forms_case, tmp_path / "Kept.ZIP", "--zip")
    assert kept.code == 0 and "added" not in kept.out
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["for-hq.zip", "sealed.zip.age", "Kept.ZIP", identity.name]
    )
    assert zipfile.is_zipfile(tmp_path / "for-hq.zip")
    assert (tmp_path / "sealed.zip.age").read_bytes().startswith(b"age-encryption.org/v1\n")
    # The name with its suffix is the one refused when it exists, before anything is written.
    again = _export(forms_case, tmp_path / "for-hq", "--zip")
    assert again.code == 1 and "for-hq.zip already exists" in again.err
    # A recipient's vault trusts the sender's key straight from the encrypted bundle.
    fingerprint = json.loads(forms_case.cli.ok("info", "--json"))["signer_fingerprint"]
    (tmp_path / "hq-side").mkdir()
    hq = Cli(tmp_path / "hq-side")
    hq.ok("init")
    trusted = hq(
        "signer", "trust", str(tmp_path / "sealed.zip.age"), "--identity", str(identity),
        "--name", "Field office", "--fingerprint", fingerprint,
    )  # fmt: skip
    assert trusted.code == 0, trusted.err
    assert [s["fingerprint"] for s in json.loads(hq.ok("signer", "list", "--json"))] == [
        fingerprint
    ]


# ---- --statement -------------------------------------------------------------------------


def test_statement_option_exports_that_statement_and_its_own_attachments(
    forms_case: FormCase, tmp_path: Path
) -> None:
    out = tmp_path / "one"
    result = _export(forms_case, out, "--statement", forms_case.statements["W-002"])
    assert result.code == 0, result.err
    assert "1 statement(s), 1 attachment(s)" in result.out
    document = json.loads((out / "data" / "records.json").read_text("utf-8"))
    codes = bundle_codes(forms_case.cli.vault_dir, forms_case.case)
    assert [s["witness"] for s in document["statements"]] == [codes["W-002"]]
    (attachment,) = document["attachments"]
    assert attachment["statement"] == "S-001"
    with Image.open(out / attachment["file"]) as image:
        assert image.getpixel((5, 5)) == (10, 10, 200)  # W-002's photo, not W-001's
    for needle in ("W-001", codes["W-001"], "W-002"):  # nothing of the other statement
        assert where(out, needle) == [], needle
    assert [p["ref"] for p in document["persons"]] == [codes["W-002"]]
    assert len(list((out / "data" / "statements").glob("*.txt"))) == 1


# ---- audio, video, files that cannot be redacted -------------------------------------------


def wav_with_info(path: Path, artist: str) -> Path:
    """A real PCM WAV (stdlib wave) with a LIST/INFO chunk naming ``artist`` appended."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(2)
        target.setframerate(8000)
        target.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000) for i in range(4000)))
    data = bytearray(buffer.getvalue())
    subchunks = b""
    for key, value in ((b"IART", artist), (b"INAM", f"Interview with {artist}")):
        text = value.encode("utf-8") + b"\0"
        subchunks += key + struct.pack("<I", len(text)) + text + (b"\0" if len(text) % 2 else b"")
    data += b"LIST" + struct.pack("<I", 4 + len(subchunks)) + b"INFO" + subchunks
    data[4:8] = struct.pack("<I", len(data) - 8)
    path.write_bytes(bytes(data))
    return path


def _mp3(path: Path, artist: str) -> Path:
    # ID3v2, ID3v1, APE and Lyrics3 tags naming the artist around real MPEG frame headers.
    path.write_bytes(tagged_mp3(artist)[0])
    return path


def _mp4(path: Path, artist: str) -> Path:
    # udta with a ©xyz location and ©nam, iTunes ilst, XMP uuid, a named handler.
    path.write_bytes(tagged_mp4(name=artist))
    return path


def _docx(path: Path, artist: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("docProps/core.xml", f"<dc:creator>{artist}</dc:creator>")
    return path


@pytest.fixture(scope="module")
def media_case(tmp_path_factory: pytest.TempPathFactory) -> FormCase:
    root = tmp_path_factory.mktemp("media")
    cli = Cli(root)
    cli.ok("init", "--operator", "INV-07")
    built = FormCase(cli, cli.ok("case", "add", "--title", "Media").split("\t")[0])
    person = cli.ok("person", "add", "--case", built.case, "--name", WITNESS, "--role", "witness")
    cli.ok("consent", "set", "--person", person, "--share", "legal,government,media",
           "--anonymity", "required")  # fmt: skip
    statement = cli.ok(
        "statement", "add", "--case", built.case, "--witness", person,
        "--text-file", cli.text_file("s.txt", "The recording has my voice.\n"),
    )  # fmt: skip
    built.statements["W-001"] = statement
    makers = {
        "interview.wav": wav_with_info,
        "interview.mp3": _mp3,
        "clip.mp4": _mp4,
        "notes.docx": _docx,
    }
    for name, maker in makers.items():
        path = maker(root / f"{WITNESS} {name}", WITNESS)
        line = cli.ok("attach", "--case", built.case, "--statement", statement, str(path))
        built.attachments[name] = line.split()[0]
        cli.ok("redact", "review", "--attachment", built.attachments[name])
    unknown = root / "blob.dat"
    unknown.write_bytes(b"\x13\x37" + os.urandom(300))
    built.attachments["blob.dat"] = cli.ok("attach", "--case", built.case, str(unknown)).split()[0]
    return built


def test_audio_stays_home_unless_included(media_case: FormCase, tmp_path: Path) -> None:
    out = tmp_path / "no-media"
    result = _export(media_case, out)
    assert result.code == 0, result.err
    assert "1 statement(s), 0 attachment(s)" in result.out
    left = {line for line in result.out.splitlines() if line.startswith("Left out: attachment")}
    # Named by its code and file name, never its 32-character id.
    wav = media_case.attachments["interview.wav"]
    assert not any(wav in line for line in left), left
    assert any(
        re.match(r"Left out: attachment A-\d{3} \(.*interview\.wav\): ", line)
        and "--include-media" in line
        for line in left
    ), left
    assert len(left) == 5
    assert not (out / "data" / "attachments").exists()


def test_included_audio_and_video_lose_their_metadata_and_the_user_is_warned(
    media_case: FormCase, tmp_path: Path
) -> None:
    out = tmp_path / "media"
    result = _export(media_case, out, "--include-media", profile="media")
    assert result.code == 0, result.err
    assert "1 statement(s), 3 attachment(s)" in result.out
    assert "voices" in result.err and "warning" in result.err
    wav, mp3, mp4 = sorted((out / "data" / "attachments").iterdir())
    assert [wav.name, mp3.name, mp4.name] == [
        "attachment-001.wav",
        "attachment-002.mp3",
        "attachment-003.mp4",
    ]
    original_mp3 = (media_case.cli.root / f"{WITNESS} interview.mp3").read_bytes()
    assert mp3.read_bytes() in original_mp3  # the frames, byte for byte, and nothing else
    assert b"ID3" not in mp3.read_bytes() and b"APETAGEX" not in mp3.read_bytes()
    assert followed_samples(mp4.read_bytes()) == list(SAMPLES)
    assert b"udta" not in mp4.read_bytes() and b"\xa9xyz" not in mp4.read_bytes()
    data = wav.read_bytes()
    assert b"LIST" not in data and b"INFO" not in data and b"IART" not in data
    assert where(out, WITNESS) == [] and where(out, "Hakobyan") == []
    original = media_case.cli.root / f"{WITNESS} interview.wav"
    with wave.open(str(wav)) as clean, wave.open(str(original)) as source:
        assert clean.getparams() == source.getparams()
        assert clean.readframes(clean.getnframes()) == source.readframes(source.getnframes())
    # What could not go, and why, each in words a person can act on.
    reasons = {
        "notes.docx": "zip: it cannot be redacted",
        "blob.dat": "its format is not recognized: it cannot be redacted",
    }
    for name, why in reasons.items():
        (line,) = [line for line in result.out.splitlines() if f"{name}): " in line]
        assert line.startswith("Left out: attachment A-") and why in line, line
        assert media_case.attachments[name] not in line  # its code, not its id


def test_the_evidence_profile_carries_every_original(media_case: FormCase, tmp_path: Path) -> None:
    identity, recipient = _age_key(tmp_path)
    out = tmp_path / "evidence.age"
    result = _export(media_case, out, "--recipient", recipient, profile="evidence")
    assert result.code == 0, result.err
    assert "1 statement(s), 5 attachment(s)" in result.out
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity), str(out)], capture_output=True, check=True
    ).stdout
    opened = tmp_path / "opened"
    opened.mkdir()
    subprocess.run(["tar", "-x", "-C", str(opened)], input=plain, check=True)
    names = sorted(p.name for p in (opened / "data" / "attachments").iterdir())
    assert names == [
        "attachment-001.wav",
        "attachment-002.mp3",
        "attachment-003.mp4",
        "attachment-004.docx",
        "attachment-005.dat",  # an original keeps a plain suffix of its name
    ], names
    assert not any(WITNESS in n for n in names)
