"""MP3 and ISO-BMFF (MP4, M4A, MOV, 3GP) with their metadata removed, in memory.

Audio and video cannot be redacted here (voices and faces identify people: export warns),
but their tags can name the witness, the recorder, the place (GPS in ``udta``/``©xyz``),
the phone and the time. Both strippers keep only what playback needs, chosen by an allow
list, so a tag kind nobody listed is dropped rather than carried: MP3 keeps the MPEG audio
frames byte for byte and nothing else; ISO-BMFF keeps ``ftyp``, a rebuilt ``moov`` and an
``mdat`` rebuilt from the kept tracks' chunks alone (each byte for byte), with chunk offsets
moved to where the chunks now sit. Tracks that are neither sound nor picture (GPS,
captions, timecode) are dropped, and so is every ``mdat`` byte no kept track points to:
``mdat`` is free-form, and whatever a tool wrote there outside the samples would leave.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from vault.redact.audio import strip_wav
from vault.redact.errors import DamagedMedia, UnsupportedMedia
from vault.redact.mp3 import strip_mp3
from vault.redact.mp4_chunks import chunk_spans, merged

# ---- ISO base media file format ----------------------------------------------------------

MAX_BOXES = 200_000  # far above any real recording's moov; bounds time on hostile files
MAX_DEPTH = 12  # moov/trak/mdia/minf/stbl/... is six deep

_FRAGMENTED = frozenset({b"moof", b"mfra", b"sidx", b"ssix", b"styp", b"emsg", b"prft"})
# Sample tables playback reads.
_SAMPLE_TABLES = b"stsd stts ctts cslg stsc stsz stz2 stco co64 stss stps stsh sdtp sbgp sgpd subs"
# What playback needs, per container; every other child (udta, meta, uuid, ©xyz...) goes.
_KEEP: dict[bytes, frozenset[bytes]] = {
    b"moov": frozenset({b"mvhd", b"trak", b"mvex", b"iods"}),
    b"trak": frozenset({b"tkhd", b"edts", b"mdia", b"tref", b"tapt"}),
    b"edts": frozenset({b"elst"}),
    b"mdia": frozenset({b"mdhd", b"hdlr", b"minf"}),
    b"minf": frozenset({b"vmhd", b"smhd", b"hdlr", b"dinf", b"stbl", b"gmhd"}),
    b"dinf": frozenset({b"dref"}),
    b"stbl": frozenset([*_SAMPLE_TABLES.split(), b"padb"]),
    b"mvex": frozenset({b"mehd", b"trex"}),
}
# Tracks whose samples are sound or pictures; any other track (timed metadata with GPS
# from phones, action cameras and drones, captions naming people, timecode) is dropped.
_MEDIA_HANDLERS = frozenset({b"soun", b"vide"})

OffsetMap = Callable[[int], int]


class _Counter:
    def __init__(self) -> None:
        self.boxes = 0

    def tick(self) -> None:
        self.boxes += 1
        if self.boxes > MAX_BOXES:
            raise DamagedMedia(f"The file has more than {MAX_BOXES} boxes; it is refused.")


def _box_at(data: memoryview, pos: int, end: int) -> tuple[bytes, int, int, int] | None:
    """(type, box start, payload start, box end) of the box at ``pos``, or None when its
    header is cut short or its size does not fit between ``pos`` and ``end``."""
    if end - pos < 8:
        return None
    size = int(struct.unpack_from(">I", data, pos)[0])
    kind = bytes(data[pos + 4 : pos + 8])
    header = 8
    if size == 1:
        if end - pos < 16:
            return None
        size, header = int(struct.unpack_from(">Q", data, pos + 8)[0]), 16
    elif size == 0:
        size = end - pos
    if kind == b"uuid":
        header += 16
    if size < header or pos + size > end:
        return None
    return kind, pos, pos + header, pos + size


# Samsung phones append a trailer that is not made of boxes ("SEFH" ... "SEFT", holding
# capture times, country codes...); it is dropped like any other unknown top-level data.
_SAMSUNG_TRAILER_ENDS = (b"\0\0SEFT", b"QDIOBS")


def _boxes(
    data: memoryview, start: int, end: int, counter: _Counter, top: bool = False
) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) for each box in ``data[start:end]``."""
    found = []
    pos = start
    while pos < end:
        counter.tick()
        box = _box_at(data, pos, end)
        if box is None:
            # QuickTime may close a container with four zero bytes.
            if end - pos == 4 and bytes(data[pos:end]) == b"\0\0\0\0":
                break
            if top and bytes(data[end - 6 : end]) in _SAMSUNG_TRAILER_ENDS:
                break
            raise DamagedMedia(
                "A box of the media file is cut short or claims a size the file does not have."
            )
        found.append(box)
        pos = box[3]
    return found


def _box(kind: bytes, payload: bytes) -> bytes:
    if len(payload) + 8 > 0xFFFFFFFF:
        return struct.pack(">I", 1) + kind + struct.pack(">Q", len(payload) + 16) + payload
    return struct.pack(">I", len(payload) + 8) + kind + payload


def _zero_times(payload: bytes) -> bytes:
    """mvhd / tkhd / mdhd with creation and modification times set to 0: they tell when
    (and, with the time zone a phone writes, roughly where) the interview was recorded."""
    if len(payload) < 4:
        raise DamagedMedia("A media header box is cut short.")
    width = 8 if payload[0] == 1 else 4
    if len(payload) < 4 + 2 * width:
        raise DamagedMedia("A media header box is cut short.")
    return payload[:4] + b"\0" * (2 * width) + payload[4 + 2 * width :]


def _blank_handler(payload: bytes) -> bytes:
    """hdlr with its name (free text) and vendor fields emptied."""
    if len(payload) < 24:
        raise DamagedMedia("A handler box is cut short.")
    # An empty name is one zero byte both as a C string (MP4) and a Pascal one (QuickTime).
    return payload[:12] + b"\0" * 12 + b"\0"


def _self_contained_refs(payload: bytes) -> bytes:
    """dref with each entry replaced by a bare "this file" reference: an entry could carry
    a URL or an alias with the recording's path on someone's disk."""
    if len(payload) < 8:
        raise DamagedMedia("A data reference box is cut short.")
    count = int(struct.unpack_from(">I", payload, 4)[0])
    entries = _boxes(memoryview(payload), 8, len(payload), _Counter())
    if len(entries) != count:
        raise DamagedMedia("A data reference box does not hold what it claims.")
    for _kind, _start, body, _end in entries:
        if body + 4 > len(payload) or not payload[body + 3] & 1:
            raise UnsupportedMedia("The recording refers to media outside the file.")
    return payload[:8] + (struct.pack(">I", 12) + b"url " + b"\0\0\0\1") * count


def _patched_offsets(kind: bytes, payload: bytes, moved: OffsetMap) -> bytes:
    width, code = (4, ">I") if kind == b"stco" else (8, ">Q")
    if len(payload) < 8:
        raise DamagedMedia("A chunk offset box is cut short.")
    count = struct.unpack_from(">I", payload, 4)[0]
    if len(payload) < 8 + count * width:
        raise DamagedMedia("A chunk offset box does not hold what it claims.")
    out = bytearray(payload[: 8 + count * width])
    for i in range(count):
        at = 8 + i * width
        new = moved(struct.unpack_from(code, out, at)[0])
        if new >= 1 << (8 * width):
            raise UnsupportedMedia("The recording is too large for its 32-bit chunk offsets.")
        struct.pack_into(code, out, at, new)
    return bytes(out)


def _child(data: memoryview, start: int, end: int, path: bytes) -> tuple[int, int] | None:
    """Payload span of the box at ``path`` ("mdia/hdlr") under ``data[start:end]``."""
    for kind in path.split(b"/"):
        found = [(b, e) for k, _s, b, e in _boxes(data, start, end, _Counter()) if k == kind]
        if not found:
            return None
        start, end = found[0]
    return start, end


def _dropped(data: memoryview, trak: int, end: int) -> bool:
    """True for a track that is neither sound nor picture: timed metadata (GPS from phones,
    action cameras and drones), captions, timecode (time of day), hints."""
    hdlr = _child(data, trak, end, b"mdia/hdlr")
    if hdlr is None or hdlr[1] - hdlr[0] < 12:
        raise DamagedMedia("A track of the media file has no handler.")
    return bytes(data[hdlr[0] + 8 : hdlr[0] + 12]) not in _MEDIA_HANDLERS


def _track_tables(data: memoryview, trak: int, end: int) -> dict[bytes, bytes]:
    """The bodies of a track's sample tables that locate its samples (by box type)."""
    stbl = _child(data, trak, end, b"mdia/minf/stbl")
    if stbl is None:
        return {}
    return {
        kind: bytes(data[body:box_end])
        for kind, _start, body, box_end in _boxes(data, *stbl, _Counter())
        if kind in (b"stco", b"co64", b"stsc", b"stsz", b"stz2")
    }


def _rebuild(
    data: memoryview, parent: bytes, start: int, end: int, moved: OffsetMap, counter: _Counter,
    depth: int,
) -> bytes:  # fmt: skip
    """The allowed children of container ``parent``, rebuilt."""
    if depth > MAX_DEPTH:
        raise DamagedMedia("The media file nests boxes deeper than any recording does.")
    out = bytearray()
    for kind, _box_start, body, box_end in _boxes(data, start, end, counter):
        if kind not in _KEEP[parent] or (kind == b"trak" and _dropped(data, body, box_end)):
            continue
        payload = bytes(data[body:box_end])
        if kind in _KEEP:
            payload = _rebuild(data, kind, body, box_end, moved, counter, depth + 1)
        elif kind in (b"mvhd", b"tkhd", b"mdhd"):
            payload = _zero_times(payload)
        elif kind == b"hdlr":
            payload = _blank_handler(payload)
        elif kind == b"dref":
            payload = _self_contained_refs(payload)
        elif kind in (b"stco", b"co64"):
            payload = _patched_offsets(kind, payload, moved)
        out += _box(kind, payload)
    return bytes(out)


def strip_isobmff(data: bytes) -> bytes:
    """MP4 / M4A / MOV / 3GP with only ``ftyp``, a rebuilt ``moov`` and a rebuilt ``mdat``.

    ``moov`` keeps what playback needs (movie and track headers with creation and
    modification times set to 0, edit lists, sample tables, codec descriptions) and loses
    every ``udta``, ``meta``, ``uuid`` (XMP, vendor blobs), ``©xyz`` location, handler
    name and external reference; other top-level boxes (``free``, ``skip``, ``wide``,
    ``meta``, ``uuid``...) go. Tracks that are neither sound nor picture (timed metadata
    such as GPS, captions, timecode, hints) are dropped. ``mdat`` is rebuilt from the
    chunks of the kept tracks alone, each byte for byte and in the original order; every
    other ``mdat`` byte (a dropped track's samples, text a tool appended or hid between
    chunks, padding) is left behind, and every ``stco``/``co64`` offset is moved to where
    its chunk now sits. Raises ``DamagedMedia`` for sizes that do not add up, nesting
    deeper than ``MAX_DEPTH``, more than ``MAX_BOXES`` boxes, no ``moov``, sample tables
    that do not hold what they claim, or a chunk outside every ``mdat``;
    ``UnsupportedMedia`` for fragmented files.
    """
    view = memoryview(data)
    counter = _Counter()
    top = _boxes(view, 0, len(data), counter, top=True)
    if any(kind in _FRAGMENTED for kind, *_ in top):
        raise UnsupportedMedia("Fragmented MP4 recordings cannot have their metadata stripped yet.")
    moovs = [box for box in top if box[0] == b"moov"]
    if len(moovs) != 1:
        raise DamagedMedia("The media file does not have exactly one movie box (moov).")
    _kind, moov_start, moov_body, moov_end = moovs[0]
    mdats = [
        (body, box_end, box_start) for kind, box_start, body, box_end in top if kind == b"mdat"
    ]
    spans = merged(
        [
            span
            for kind, _s, body, box_end in _boxes(view, moov_body, moov_end, counter)
            if kind == b"trak" and not _dropped(view, body, box_end)
            for span in chunk_spans(_track_tables(view, body, box_end))
        ]
    )
    for start, end in spans:
        if not any(body <= start <= end <= box_end for body, box_end, _s in mdats):
            raise DamagedMedia("A track's samples lie outside the media data (mdat).")
    payload = b"".join(view[start:end] for start, end in spans)
    mdat = _box(b"mdat", payload) if mdats else b""
    mdat_header = len(mdat) - len(payload)
    ftyp = b"".join(view[a:b] for kind, a, _body, b in top if kind == b"ftyp")
    # The movie box stays before the media data when it was (a "fast start" file plays
    # while it downloads), after it otherwise.
    moov_first = not mdats or moov_start < mdats[0][2]
    starts = [start for start, _end in spans]
    # Where each kept span begins in the new mdat's payload.
    places = list(accumulate((end - start for start, end in spans), initial=0))

    def layout(moov_size: int) -> OffsetMap:
        base = len(ftyp) + (moov_size if moov_first else 0) + mdat_header

        def moved(offset: int) -> int:
            at = bisect_right(starts, offset) - 1
            if at < 0 or offset > spans[at][1]:
                raise DamagedMedia("A chunk offset points outside the media data (mdat).")
            return base + places[at] + offset - spans[at][0]

        return moved

    # Offsets are fixed-width, so a first pass with no offset moved gives the moov size.
    def anywhere(offset: int) -> int:
        return offset

    draft = _box(b"moov", _rebuild(view, b"moov", moov_body, moov_end, anywhere, _Counter(), 1))
    rebuilt = _rebuild(view, b"moov", moov_body, moov_end, layout(len(draft)), counter, 1)
    children = {kind for kind, *_ in _boxes(memoryview(rebuilt), 0, len(rebuilt), _Counter())}
    if not {b"mvhd", b"trak"} <= children:
        raise DamagedMedia("The media file has no movie header or no track to play.")
    moov = _box(b"moov", rebuilt)
    return ftyp + (moov + mdat if moov_first else mdat + moov)


def strip_media(data: bytes, media_format: str) -> bytes:
    """``data`` with its metadata stripped, by format name (``MediaClass.format``):
    wav, mp3, mp4, m4a, mov, 3gp. Raises ``UnsupportedMedia`` for any other format."""
    if media_format == "wav":
        return strip_wav(data)
    if media_format == "mp3":
        return strip_mp3(data)
    if media_format in ISOBMFF_FORMATS:
        return strip_isobmff(data)
    raise UnsupportedMedia(f"Audio or video in {media_format} cannot have its metadata stripped.")


ISOBMFF_FORMATS = frozenset({"mp4", "m4a", "mov", "3gp"})
STRIPPABLE_FORMATS = frozenset({"wav", "mp3"}) | ISOBMFF_FORMATS
