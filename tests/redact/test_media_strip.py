"""MP3 and MP4/M4A/MOV metadata stripping, checked with the real exiftool and raw bytes.

The files are built by hand (there is no encoder here) with the tags real phones and
recorders write: ID3v2 (several, one with a footer), ID3v1 and its "TAG+" extension, APEv2,
Lyrics3; udta with a ©xyz location and ©nam, an iTunes meta/ilst, a track udta, an XMP
uuid box, a handler name. What must survive is checked byte for byte: the MPEG frames,
and the mdat samples found by following the rewritten chunk offsets.
"""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest

from vault.redact.errors import DamagedMedia, UnsupportedMedia
from vault.redact.media import classify
from vault.redact.media_strip import strip_isobmff, strip_media
from vault.redact.mp3 import mpeg_frame_length, strip_mp3

NAME = "Davit Sargsyan"
CYRILLIC = "Давит Саргсян"
PLACE = "+40.1792+044.4991/"
SAMPLES = (b"SAMPLE-ONE-16B..", b"SAMPLE-TWO-16B..")


def leaks(data: bytes, text: str) -> bool:
    """True when ``text`` is in ``data`` in any encoding a tag would use."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
        try:
            if text.encode(encoding) in data:
                return True
        except UnicodeEncodeError:
            continue  # a name latin-1 cannot write is not written in latin-1
    return False


def exiftool(path: Path) -> dict[str, object]:
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-j", "-ee", str(path)], capture_output=True, check=True
    ).stdout
    found: dict[str, object] = json.loads(out)[0]
    return found


# ---- MP3 builders ---------------------------------------------------------------------------


def mpeg_frames(count: int = 5) -> bytes:
    """MPEG-1 Layer III, 128 kbit/s, 44.1 kHz frames (417 bytes) with distinct payloads."""
    header = b"\xff\xfb\x90\x64"
    assert mpeg_frame_length(header, 0) == 417
    return b"".join(header + bytes((i * 31 + j) % 251 for j in range(413)) for i in range(count))


def _id3_frame(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack(">I", len(body)) + b"\0\0" + body


def _syncsafe(n: int) -> bytes:
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def id3v2(name: str) -> bytes:
    """An ID3v2.3 tag with artist, title (UTF-16), comment and a picture naming ``name``."""
    frames = (
        _id3_frame(b"TPE1", b"\x00" + name.encode("latin-1"))
        + _id3_frame(b"TIT2", b"\x01" + f"Interview {CYRILLIC}".encode("utf-16"))
        + _id3_frame(b"COMM", b"\x00eng\x00" + f"Recorded with {name}".encode("latin-1"))
        + _id3_frame(
            b"APIC", b"\x00image/jpeg\x00\x03" + name.encode() + b"\x00" + b"\xff\xd8" + b"x" * 40
        )
    )
    return b"ID3\x03\x00\x00" + _syncsafe(len(frames) + 20) + frames + b"\0" * 20  # padding


def id3v24_with_footer(name: str) -> bytes:
    frames = _id3_frame(b"TPE2", b"\x03" + name.encode())
    return (
        b"ID3\x04\x00\x10" + _syncsafe(len(frames)) + frames
        + b"3DI\x04\x00\x10" + _syncsafe(len(frames))
    )  # fmt: skip


def ape_tag(name: str) -> bytes:
    value = name.encode()
    items = struct.pack("<II", len(value), 0) + b"Artist\0" + value
    size = len(items) + 32

    def frame(flags: int) -> bytes:
        return b"APETAGEX" + struct.pack("<IIII", 2000, size, 1, flags) + b"\0" * 8

    return frame(0xA0000000) + items + frame(0x80000000)


def lyrics3(name: str) -> bytes:
    lyrics = f"[00:01]{name}".encode()
    body = b"LYRICSBEGIN" + b"IND00002" + b"10" + b"LYR" + b"%05d" % len(lyrics) + lyrics
    return body + b"%06d" % len(body) + b"LYRICS200"


def id3v1(name: str) -> bytes:
    def field(text: str, width: int) -> bytes:
        return text.encode("latin-1")[:width].ljust(width, b"\0")

    extended = b"TAG+" + field(NAME, 60) + field(name, 60) + field("", 60) + b"\0"
    extended += field("", 30) + b"000:00" + b"000:00"
    assert len(extended) == 227
    basic = b"TAG" + field("Interview", 30) + field(name, 30) + field("", 30) + b"2026"
    basic += field("voice", 30) + b"\xff"
    assert len(basic) == 128
    return extended + basic


def tagged_mp3(name: str = NAME) -> tuple[bytes, bytes]:
    """(whole file, its audio frames)."""
    frames = mpeg_frames()
    junk = f"TXXX {name} ".encode()  # bytes before the first frame, left by a tagger
    tail = ape_tag(name) + lyrics3(name) + id3v1(name)
    return id3v2(name) + id3v24_with_footer(name) + junk + frames + tail, frames


# ---- MP3 tests ------------------------------------------------------------------------------


def test_an_mp3_keeps_its_frames_and_loses_every_tag(tmp_path: Path) -> None:
    original, frames = tagged_mp3()
    before = tmp_path / "before.mp3"
    before.write_bytes(original)
    groups_before = {key.split(":")[0] for key in exiftool(before)}
    assert {"ID3v2_3", "ID3v1", "APE"} <= groups_before, groups_before  # the tags are real

    clean = strip_mp3(original)
    assert clean == frames
    after = tmp_path / "after.mp3"
    after.write_bytes(clean)
    meta = exiftool(after)
    groups = {key.split(":")[0] for key in meta}
    assert not any(g.startswith(("ID3", "APE", "Lyrics")) for g in groups), groups
    assert meta["File:MIMEType"] == "audio/mpeg"
    assert "ExifTool:Warning" not in meta and "ExifTool:Error" not in meta
    for text in (NAME, CYRILLIC, "Sargsyan"):
        assert not leaks(clean, text), text
    assert classify(clean).format == "mp3"


def test_an_mp3_without_tags_is_unchanged() -> None:
    frames = mpeg_frames(3)
    assert strip_mp3(frames) == frames


def test_bytes_between_frames_are_dropped_and_the_frames_kept() -> None:
    frames = mpeg_frames(4)
    inserted = frames[: 2 * 417] + id3v2(NAME) + frames[2 * 417 :]
    assert strip_mp3(inserted) == frames


def test_a_last_frame_cut_short_is_kept() -> None:
    # A phone that died mid-recording: the last frame ends early.
    frames = mpeg_frames(3)[:-100]
    assert strip_mp3(id3v2(NAME) + frames + id3v1(NAME)) == frames


@pytest.mark.parametrize(
    "data",
    [
        id3v2(NAME) + id3v1(NAME),  # tags, no audio
        id3v2(NAME) + f"{NAME} ".encode() * 50,
        b"ID3\x03\x00\x00\x7f\x7f\x7f\x7f" + b"x" * 50,  # tag larger than the file
        b"ID3\x03\x00\x00\x80\x00\x00\x00",  # not a syncsafe size
    ],
)
def test_an_mp3_with_no_frames_is_refused(data: bytes) -> None:
    with pytest.raises(DamagedMedia):
        strip_mp3(data)


# ---- ISO-BMFF builders ----------------------------------------------------------------------


def box(kind: bytes, *children: bytes) -> bytes:
    payload = b"".join(children)
    return struct.pack(">I", len(payload) + 8) + kind + payload


def full(kind: bytes, body: bytes, version: int = 0, flags: int = 0) -> bytes:
    return box(kind, bytes([version]) + flags.to_bytes(3, "big") + body)


WHEN = 3_850_000_000  # seconds since 1904: a date in 2025
MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _qt_string(text: str) -> bytes:
    data = text.encode()
    return struct.pack(">HH", len(data), 0x15C7) + data


def _offsets(offsets: list[int], wide: bool) -> bytes:
    count = struct.pack(">I", len(offsets))
    if wide:
        return full(b"co64", count + b"".join(struct.pack(">Q", o) for o in offsets))
    return full(b"stco", count + b"".join(struct.pack(">I", o) for o in offsets))


def _trak(handler: bytes, entry: bytes, offsets: list[int], sizes: list[int], wide: bool,
          name: str, track: int) -> bytes:  # fmt: skip
    """One track, one sample per chunk."""
    times = struct.pack(">II", WHEN, WHEN)
    tkhd_body = times + struct.pack(">III", track, 0, 1000) + b"\0" * 8
    tkhd_body += struct.pack(">hhHH", 0, 0, 0x100, 0) + MATRIX + struct.pack(">II", 0, 0)
    tkhd = full(b"tkhd", tkhd_body, flags=3)
    mdhd = full(b"mdhd", struct.pack(">IIIIHH", WHEN, WHEN, 8000, 8000, 0x55C4, 0))
    hdlr = full(b"hdlr", b"\0\0\0\0" + handler + b"\0" * 12 + f"Recorder of {name}\0".encode())
    stsz = struct.pack(">II", 0, len(sizes)) + b"".join(struct.pack(">I", n) for n in sizes)
    stbl = box(
        b"stbl",
        full(b"stsd", struct.pack(">I", 1) + entry),
        full(b"stts", struct.pack(">III", 1, len(sizes), 4000)),
        full(b"stsc", struct.pack(">IIII", 1, 1, 1, 1)),
        full(b"stsz", stsz),
        _offsets(offsets, wide),
    )
    dinf = box(b"dinf", full(b"dref", struct.pack(">I", 1) + full(b"url ", b"", flags=1)))
    header = full(b"smhd", b"\0\0\0\0") if handler == b"soun" else full(b"nmhd", b"")
    minf = box(b"minf", header, dinf, stbl)
    track_udta = box(b"udta", box(b"name", name.encode()))
    return box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, minf), track_udta)


AUDIO_ENTRY = box(b"mp4a", b"\0" * 6 + struct.pack(">H", 1) + b"\0" * 8
                  + struct.pack(">HHHHI", 2, 16, 0, 0, 8000 << 16))  # fmt: skip
TEXT_ENTRY = box(b"mett", b"\0" * 6 + struct.pack(">H", 1) + b"\0" + b"text/plain\0")
GPS_SAMPLE = f"{PLACE} {NAME}".encode().ljust(48, b" ")


def _moov(offsets: list[int], wide: bool, name: str) -> bytes:
    """moov with an audio track (samples at ``offsets[:2]``) and, when a third offset is
    given, a timed text metadata track with a GPS fix and a name."""
    times = struct.pack(">II", WHEN, WHEN)
    mvhd_body = times + struct.pack(">IIIH", 1000, 1000, 0x10000, 0x100) + b"\0" * 10
    mvhd = full(b"mvhd", mvhd_body + MATRIX + b"\0" * 24 + struct.pack(">I", 3))
    traks = _trak(b"soun", AUDIO_ENTRY, offsets[:2], [16, 16], wide, name, 1)
    if len(offsets) > 2:
        traks += _trak(b"meta", TEXT_ENTRY, offsets[2:], [len(GPS_SAMPLE)], wide, name, 2)
    ilst = box(b"ilst", box(b"\xa9ART", full(b"data", b"\0\0\0\0" + name.encode(), flags=1)))
    meta = full(b"meta", full(b"hdlr", b"\0\0\0\0mdirappl" + b"\0" * 9) + ilst)
    udta = box(b"udta", box(b"\xa9xyz", _qt_string(PLACE)), box(b"\xa9nam", _qt_string(name)), meta)
    return box(b"moov", mvhd, traks, udta)


XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")


def _xmp(name: str) -> bytes:
    packet = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="40,10.752N">'
        f"<dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return box(b"uuid", XMP_UUID + packet.encode())


def tagged_mp4(
    moov_first: bool = True, wide: bool = False, name: str = NAME, gps: bool = False
) -> bytes:
    """ftyp, moov and mdat (in either order) with free, XMP uuid and udta around them;
    with ``gps``, a second (metadata) track whose sample in mdat holds place and name."""
    ftyp = box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2mp41")
    mdat = box(b"mdat", *SAMPLES, GPS_SAMPLE if gps else b"")
    extra = box(b"free", b"\0" * 64) + _xmp(name)
    count = 3 if gps else 2
    moov = _moov([0] * count, wide, name)  # offsets are fixed width: the size is known now
    if moov_first:
        start = len(ftyp) + len(extra) + len(moov) + 8
        offsets = [start, start + 16, start + 32][:count]
        return ftyp + extra + _moov(offsets, wide, name) + mdat
    start = len(ftyp) + len(extra) + 8
    offsets = [start, start + 16, start + 32][:count]
    return ftyp + extra + mdat + box(b"free", b"\0" * 8) + _moov(offsets, wide, name)


def followed_samples(data: bytes) -> list[bytes]:
    """The two samples found where the (only) chunk offset table says they are."""
    for kind, code, width in ((b"stco", ">I", 4), (b"co64", ">Q", 8)):
        at = data.find(kind)
        if at >= 0:
            count = struct.unpack_from(">I", data, at + 8)[0]
            offsets = [struct.unpack_from(code, data, at + 12 + i * width)[0] for i in range(count)]
            return [data[o : o + 16] for o in offsets]
    raise AssertionError("no chunk offset table")


# ---- ISO-BMFF tests -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moov_first", "wide"),
    [(True, False), (False, False), (True, True)],
    ids=["moov-first", "moov-last", "co64"],
)
def test_an_mp4_loses_its_metadata_and_keeps_its_samples(
    tmp_path: Path, moov_first: bool, wide: bool
) -> None:
    original = tagged_mp4(moov_first, wide)
    assert followed_samples(original) == list(SAMPLES)
    before = tmp_path / "before.mp4"
    before.write_bytes(original)
    found = exiftool(before)
    seen = json.dumps(found, ensure_ascii=False)
    assert NAME in seen and "GPSPosition" in seen and "XMP" in seen  # the builders are real tags

    clean = strip_isobmff(original)
    assert len(clean) < len(original)
    assert followed_samples(clean) == list(SAMPLES)
    assert box(b"mdat", *SAMPLES) in clean  # mdat byte for byte
    after = tmp_path / "after.mp4"
    after.write_bytes(clean)
    meta = exiftool(after)
    # Still a playable MP4 to exiftool (audio/mp4: its only track is sound).
    assert meta["File:MIMEType"] == found["File:MIMEType"] == "audio/mp4"
    assert meta["Track1:HandlerType"] == "Audio Track"
    assert "ExifTool:Warning" not in meta and "ExifTool:Error" not in meta, meta
    for key in meta:
        assert not any(
            w in key for w in ("GPS", "Artist", "Title", "XMP", "Author", "HandlerDescription")
        ), key
    for key in ("QuickTime:CreateDate", "QuickTime:ModifyDate", "Track1:TrackCreateDate"):
        assert meta[key] == "0000:00:00 00:00:00", (key, meta[key])
    for text in (NAME, "Sargsyan", PLACE, "40.1792", "044.4991", "Recorder"):
        assert not leaks(clean, text), text
    assert strip_isobmff(clean) == clean  # nothing left to strip
    assert strip_media(original, "mp4") == clean


def test_an_m4a_and_a_mov_are_stripped_the_same_way() -> None:
    for brand, fmt in ((b"M4A ", "m4a"), (b"qt  ", "mov"), (b"3gp6", "3gp")):
        original = tagged_mp4()
        original = original[:8] + brand + original[12:]
        assert classify(original).format == fmt
        clean = strip_media(original, fmt)
        assert not leaks(clean, NAME) and followed_samples(clean) == list(SAMPLES)


def test_a_samsung_trailer_is_dropped() -> None:
    original = tagged_mp4()
    trailer = f"Image_UTC_Data1700000000000 MCC_Data283 {NAME}".encode()
    trailer += b"SEFH" + struct.pack("<II", 101, 0) + struct.pack("<I", 12) + b"\0\0SEFT"
    clean = strip_isobmff(original + trailer)
    assert clean == strip_isobmff(original)
    assert not leaks(clean, NAME) and b"MCC_Data" not in clean


@pytest.mark.parametrize("moov_first", [True, False], ids=["moov-first", "moov-last"])
def test_a_metadata_track_is_dropped_and_its_samples_left_behind(moov_first: bool) -> None:
    original = tagged_mp4(moov_first, gps=True)
    assert GPS_SAMPLE in original and original.count(b"trak") == 2
    clean = strip_isobmff(original)
    assert clean.count(b"trak") == 1 and b"mett" not in clean
    assert followed_samples(clean) == list(SAMPLES)  # the audio track is untouched
    assert box(b"mdat", *SAMPLES) in clean and clean.count(b"mdat") == 1  # nothing else
    for text in (NAME, PLACE, "40.1792"):
        assert not leaks(clean, text), text


def test_a_file_with_only_a_metadata_track_is_refused() -> None:
    original = tagged_mp4().replace(b"\0\0\0\0soun", b"\0\0\0\0meta")
    with pytest.raises(DamagedMedia, match="no track to play"):
        strip_isobmff(original)


def test_a_fragmented_mp4_is_refused() -> None:
    with pytest.raises(UnsupportedMedia, match="Fragmented"):
        strip_isobmff(tagged_mp4() + box(b"moof", box(b"mfhd", b"\0" * 8)))


def test_an_offset_outside_mdat_is_refused() -> None:
    original = bytearray(tagged_mp4())
    at = original.find(b"stco") + 12
    original[at : at + 4] = struct.pack(">I", 20)  # inside ftyp
    with pytest.raises(DamagedMedia, match="outside"):
        strip_isobmff(bytes(original))


def _nested(depth: int) -> bytes:
    # Each box wraps the next: built from sizes without recursion.
    return b"".join(struct.pack(">I", 8 * (depth - i)) + b"trak" for i in range(depth))


@pytest.mark.parametrize(
    "data",
    [
        tagged_mp4()[:-5],  # truncated mdat
        tagged_mp4()[:300],  # truncated moov
        struct.pack(">I", 10_000) + b"ftypisom" + b"\0" * 20,  # size larger than the file
        struct.pack(">I", 4) + b"ftypisom",  # size smaller than a header
        struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 2**40),  # 64-bit size too large
        box(b"moov", _nested(1_000_000)),  # a million nested boxes
        box(b"ftyp", b"isom") + box(b"free") * 1_000_000,  # a million boxes side by side
        box(b"ftyp", b"isom") + box(b"mdat", b"x"),  # no moov
        tagged_mp4().replace(b"mvhd", b"xxxx"),  # no movie header
    ],
    ids=[
        "cut-mdat",
        "cut-moov",
        "too-large",
        "too-small",
        "largesize",
        "nested",
        "many",
        "no-moov",
        "no-mvhd",
    ],
)
def test_hostile_or_damaged_files_are_refused(data: bytes) -> None:
    with pytest.raises(DamagedMedia):
        strip_isobmff(data)


def test_formats_without_a_stripper_are_refused() -> None:
    with pytest.raises(UnsupportedMedia, match="flac"):
        strip_media(b"fLaC", "flac")
