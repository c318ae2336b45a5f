"""``mdat`` leaves with the kept tracks' chunks and nothing else.

``mdat`` is free-form: a phone app, an editor or someone who knows the format can write
anything between and after the samples, and a dropped GPS or caption track's samples sit
there too. The file built here interleaves a video track (two samples in its first chunk,
one in its second; sizes in ``stsz``, or the compact ``stz2``) and an audio track of
constant-size samples (three, then one), with a timed metadata track carrying a GPS fix and
a name, and text planted before, between and after the chunks. Offsets are ``stco`` or
``co64``. What the recipient gets is read back by following the output's own chunk offsets
and by exiftool.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.redact.test_media_strip import MATRIX, WHEN, box, exiftool, full, leaks
from vault.redact.errors import DamagedMedia
from vault.redact.media_strip import strip_isobmff, strip_media

# Names and places that are not in the other media tests, in three scripts.
WITNESS = "Ruzanna Aliyeva"
PLANTED = [
    f"GPS 40.18,44.51 {WITNESS}".encode(),  # between the chunks
    "Руза Алиева, ул. Туманяна 12".encode(),  # after a dropped track's sample
    "Ռուզաննա Ալիևա".encode("utf-16-le"),  # in the last bytes of mdat
]
GPS_FIX = b"+41.7151+044.8271/ Lusine Grigoryan".ljust(40, b" ")
AUDIO = [bytes([0xA0 + i]) * 12 for i in range(4)]  # constant-size samples


@dataclass(frozen=True)
class Built:
    data: bytes
    video: list[bytes]
    chunks: dict[str, list[bytes]]  # track -> bytes of each chunk, in order


def _stbl(entry: bytes, sizes: bytes, runs: list[tuple[int, int]], offsets: list[int],
          wide: bool, samples: int) -> bytes:  # fmt: skip
    stsc = struct.pack(">I", len(runs)) + b"".join(struct.pack(">III", c, n, 1) for c, n in runs)
    if wide:
        chunk_offsets = full(b"co64", struct.pack(">I", len(offsets)) + b"".join(
            struct.pack(">Q", o) for o in offsets))  # fmt: skip
    else:
        chunk_offsets = full(b"stco", struct.pack(">I", len(offsets)) + b"".join(
            struct.pack(">I", o) for o in offsets))  # fmt: skip
    return box(
        b"stbl",
        full(b"stsd", struct.pack(">I", 1) + entry),
        full(b"stts", struct.pack(">III", 1, samples, 1000)),
        full(b"stsc", stsc),
        sizes,
        chunk_offsets,
    )


def _trak(track: int, handler: bytes, media_header: bytes, stbl: bytes, tkhd_size: bytes) -> bytes:
    times = struct.pack(">II", WHEN, WHEN)
    tkhd_body = times + struct.pack(">III", track, 0, 3000) + b"\0" * 8
    tkhd_body += struct.pack(">hhHH", 0, 0, 0x100 if handler == b"soun" else 0, 0) + MATRIX
    tkhd = full(b"tkhd", tkhd_body + tkhd_size, flags=3)
    mdhd = full(b"mdhd", struct.pack(">IIIIHH", WHEN, WHEN, 1000, 3000, 0x55C4, 0))
    hdlr = full(b"hdlr", b"\0\0\0\0" + handler + b"\0" * 12 + f"{WITNESS} phone\0".encode())
    dinf = box(b"dinf", full(b"dref", struct.pack(">I", 1) + full(b"url ", b"", flags=1)))
    minf = box(b"minf", media_header, dinf, stbl)
    return box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, minf))


VIDEO_ENTRY = box(
    b"avc1",
    b"\0" * 6 + struct.pack(">H", 1) + b"\0" * 16 + struct.pack(">HH", 64, 48)
    + struct.pack(">II", 0x480000, 0x480000) + b"\0" * 4 + struct.pack(">H", 1)
    + b"\0" * 32 + struct.pack(">Hh", 24, -1),
)  # fmt: skip
AUDIO_ENTRY = box(b"mp4a", b"\0" * 6 + struct.pack(">H", 1) + b"\0" * 8
                  + struct.pack(">HHHHI", 1, 16, 0, 0, 8000 << 16))  # fmt: skip
META_ENTRY = box(b"mett", b"\0" * 6 + struct.pack(">H", 1) + b"\0" + b"text/plain\0")


def _video_sizes(sizes: list[int], table: str) -> bytes:
    if table == "stsz":
        return full(b"stsz", struct.pack(">II", 0, len(sizes)) + b"".join(
            struct.pack(">I", n) for n in sizes))  # fmt: skip
    field = {"stz2-16": 16, "stz2-8": 8, "stz2-4": 4}[table]
    head = b"\0\0\0" + bytes([field]) + struct.pack(">I", len(sizes))
    if field == 16:
        return full(b"stz2", head + b"".join(struct.pack(">H", n) for n in sizes))
    if field == 8:
        return full(b"stz2", head + bytes(sizes))
    padded = [*sizes, 0][: len(sizes) + len(sizes) % 2]
    return full(
        b"stz2", head + bytes(padded[i] << 4 | padded[i + 1] for i in range(0, len(padded), 2))
    )


def planted_mp4(table: str = "stsz", wide: bool = False, moov_first: bool = True) -> Built:
    """ftyp, moov and an mdat laid out as
    [planted 0][video chunk 1: v0 v1][audio chunk 1: a0 a1 a2][GPS fix][planted 1]
    [video chunk 2: v2][audio chunk 2: a3][planted 2]."""
    lengths = {"stz2-4": [9, 14, 11], "stz2-8": [90, 201, 130]}.get(table, [300, 517, 260])
    video = [bytes([0x10 * (i + 1) + j % 16 for j in range(n)]) for i, n in enumerate(lengths)]
    layout = [
        PLANTED[0], video[0] + video[1], b"".join(AUDIO[:3]), GPS_FIX, PLANTED[1],
        video[2], AUDIO[3], PLANTED[2],
    ]  # fmt: skip
    relative, at = [], 0
    for piece in layout:
        relative.append(at)
        at += len(piece)
    mdat = box(b"mdat", *layout)
    ftyp = box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")

    def moov(base: int) -> bytes:
        mvhd = full(b"mvhd", struct.pack(">IIIIIH", WHEN, WHEN, 1000, 3000, 0x10000, 0x100)
                    + b"\0" * 10 + MATRIX + b"\0" * 24 + struct.pack(">I", 4))  # fmt: skip
        video_trak = _trak(
            1, b"vide", full(b"vmhd", b"\0" * 8, flags=1),
            _stbl(VIDEO_ENTRY, _video_sizes(lengths, table), [(1, 2), (2, 1)],
                  [base + relative[1], base + relative[5]], wide, 3),
            struct.pack(">II", 64 << 16, 48 << 16),
        )  # fmt: skip
        audio_trak = _trak(
            2, b"soun", full(b"smhd", b"\0\0\0\0"),
            _stbl(AUDIO_ENTRY, full(b"stsz", struct.pack(">II", 12, 4)), [(1, 3), (2, 1)],
                  [base + relative[2], base + relative[6]], wide, 4),
            struct.pack(">II", 0, 0),
        )  # fmt: skip
        gps_trak = _trak(
            3, b"meta", full(b"nmhd", b""),
            _stbl(META_ENTRY, full(b"stsz", struct.pack(">II", len(GPS_FIX), 1)), [(1, 1)],
                  [base + relative[3]], wide, 1),
            struct.pack(">II", 0, 0),
        )  # fmt: skip
        return box(b"moov", mvhd, video_trak, audio_trak, gps_trak)

    if moov_first:
        size = len(moov(0))
        data = ftyp + moov(len(ftyp) + size + 8) + mdat
    else:
        data = ftyp + mdat + moov(len(ftyp) + 8)
    chunks = {"video": [video[0] + video[1], video[2]], "audio": [b"".join(AUDIO[:3]), AUDIO[3]]}
    return Built(data, video, chunks)


def chunk_offsets(data: bytes) -> list[list[int]]:
    """Each track's chunk offsets, in track order, read from the stco/co64 boxes."""
    found: list[list[int]] = []
    pos = 0
    while True:
        hits = [(data.find(kind, pos), kind) for kind in (b"stco", b"co64")]
        hits = [(at, kind) for at, kind in hits if at >= 0]
        if not hits:
            return found
        at, kind = min(hits)
        code, width = (">I", 4) if kind == b"stco" else (">Q", 8)
        count = struct.unpack_from(">I", data, at + 8)[0]
        found.append([struct.unpack_from(code, data, at + 12 + i * width)[0] for i in range(count)])
        pos = at + 12 + count * width


def mdat_payload(data: bytes) -> bytes:
    pos = 0
    while pos < len(data):
        size, kind = struct.unpack_from(">I4s", data, pos)
        if kind == b"mdat":
            return data[pos + 8 : pos + size]
        pos += size
    raise AssertionError("no mdat")


TABLES = ["stsz", "stz2-16", "stz2-8", "stz2-4"]


@pytest.mark.parametrize(
    ("table", "wide", "moov_first"),
    [(t, False, True) for t in TABLES] + [("stsz", True, True), ("stsz", False, False)],
    ids=[*TABLES, "co64", "moov-last"],
)
def test_mdat_keeps_only_the_kept_tracks_samples(
    tmp_path: Path, table: str, wide: bool, moov_first: bool
) -> None:
    built = planted_mp4(table, wide, moov_first)
    before = tmp_path / "before.mp4"
    before.write_bytes(built.data)
    assert "ExifTool:Error" not in exiftool(before)
    for planted in PLANTED:
        assert planted in built.data
    assert chunk_offsets(built.data)[2] == [built.data.index(GPS_FIX)]  # the builder is right

    clean = strip_media(built.data, "mp4")

    # Nothing of the planted text or the dropped track's sample, in any encoding.
    for text in (WITNESS, "Aliyeva", "Алиева", "Туманяна", "Ռուզաննա", "Grigoryan", "40.18",
                 "44.51", "41.7151", "044.8271"):  # fmt: skip
        assert not leaks(clean, text), text
    assert GPS_FIX not in clean and not any(p in clean for p in PLANTED)
    # mdat is exactly the kept chunks, in their original order.
    video, audio = built.chunks["video"], built.chunks["audio"]
    assert mdat_payload(clean) == video[0] + audio[0] + video[1] + audio[1]
    # Following the output's own offsets gives every sample back, byte for byte.
    offsets = chunk_offsets(clean)
    assert len(offsets) == 2  # the metadata track is gone
    for track, (first, second) in zip(("video", "audio"), offsets, strict=True):
        expected = built.chunks[track]
        assert clean[first : first + len(expected[0])] == expected[0], track
        assert clean[second : second + len(expected[1])] == expected[1], track
    assert b"".join(built.video) == video[0] + video[1]
    # Still a valid file to exiftool, with its two tracks and no warning.
    after = tmp_path / "after.mp4"
    after.write_bytes(clean)
    meta = exiftool(after)
    assert "ExifTool:Warning" not in meta and "ExifTool:Error" not in meta, meta
    assert meta["File:MIMEType"] == "video/mp4"
    assert meta["Track1:HandlerType"] == "Video Track" and meta["Track1:ImageWidth"] == 64
    assert meta["Track2:HandlerType"] == "Audio Track"
    assert "Track3:HandlerType" not in meta
    assert WITNESS not in json.dumps(meta, ensure_ascii=False)
    # Stripping again changes nothing: no byte was left that could be dropped.
    assert strip_isobmff(clean) == clean


def test_two_mdat_boxes_become_one_with_only_the_samples() -> None:
    built = planted_mp4()
    at = built.data.index(b"mdat") - 4
    size = struct.unpack_from(">I", built.data, at)[0]
    # A second mdat holding nothing but planted text (an editor's leftovers).
    extra = box(b"mdat", f"draft cut, interview of {WITNESS}".encode())
    clean = strip_isobmff(built.data[: at + size] + extra + built.data[at + size :])
    assert clean.count(b"mdat") == 1 and not leaks(clean, WITNESS)


def test_a_chunk_that_runs_past_mdat_is_refused() -> None:
    built = planted_mp4()
    data = bytearray(built.data)
    at = data.index(b"stsz") + 16  # the first video sample's size
    struct.pack_into(">I", data, at, 1 << 20)
    with pytest.raises(DamagedMedia, match="outside the media data"):
        strip_isobmff(bytes(data))


def test_a_sample_size_table_shorter_than_it_claims_is_refused() -> None:
    built = planted_mp4("stz2-8")
    data = bytearray(built.data)
    at = data.index(b"stz2") + 8
    struct.pack_into(">I", data, at, 10_000)  # 10,000 one-byte sizes in a 3-byte table
    with pytest.raises(DamagedMedia):
        strip_isobmff(bytes(data))
