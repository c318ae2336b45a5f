"""MP3 with its tags removed, in memory: ID3v2 (several, with footers), ID3v1 and TAG+,
APEv2, Lyrics3 v1/v2 and appended ID3v2 ("3DI"); only the MPEG audio frames are kept, byte
for byte, so a tag kind nobody listed is dropped rather than carried.
"""

from __future__ import annotations

import struct

from vault.redact.errors import DamagedMedia

_BITRATES = {  # kbit/s by (MPEG-1?, layer), index 1..14
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mpeg_frame_length(data: bytes | memoryview, pos: int) -> int | None:
    """Length in bytes of the MPEG audio frame whose header starts at ``pos``, or None
    when the four bytes there are not a valid header (free-format bitrate is refused:
    its length cannot be known from the header)."""
    if pos + 4 > len(data) or data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (data[pos + 1] >> 3) & 3, (data[pos + 1] >> 1) & 3
    bitrate_index, rate_index = data[pos + 2] >> 4, (data[pos + 2] >> 2) & 3
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    layer = 4 - layer_bits
    mpeg1 = version == 3
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index - 1] * 1000
    rate = _RATES[version][rate_index]
    padding = (data[pos + 2] >> 1) & 1
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    per_frame = 144 if (mpeg1 or layer == 2) else 72
    return per_frame * bitrate // rate + padding


def _syncsafe(raw: bytes | memoryview) -> int | None:
    if any(b & 0x80 for b in raw):
        return None
    return (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]


def _leading_tags_end(data: bytes) -> int:
    """Where the ID3v2 tags at the start end (several may follow one another)."""
    pos = 0
    while data[pos : pos + 3] == b"ID3" and pos + 10 <= len(data):
        size = _syncsafe(data[pos + 6 : pos + 10])
        if size is None:
            raise DamagedMedia("The MP3 file's ID3 tag has an invalid size.")
        footer = 10 if data[pos + 5] & 0x10 else 0
        pos += 10 + size + footer
    if pos > len(data):
        raise DamagedMedia("The MP3 file's ID3 tag runs past the end of the file.")
    return pos


def _trailing_tag_start(data: bytes, end: int) -> int:
    """Where the next tag that ends at ``end`` starts, or ``end`` when none does: ID3v1
    (and its "TAG+" extension), APEv2, Lyrics3 v1/v2 and an appended ID3v2 with footer."""
    if end >= 128 and data[end - 128 : end - 125] == b"TAG":
        start = end - 128
        if start >= 227 and data[start - 227 : start - 223] == b"TAG+":
            start -= 227
        return start
    if end >= 32 and data[end - 32 : end - 24] == b"APETAGEX":
        size, _count, flags = (int(v) for v in struct.unpack("<III", data[end - 20 : end - 8]))
        start = end - 32 - (size - 32) - (32 if flags & 0x80000000 else 0)
        if size < 32 or start < 0:
            raise DamagedMedia("The MP3 file's APE tag has an invalid size.")
        return start
    if end >= 15 and data[end - 9 : end] == b"LYRICS200" and data[end - 15 : end - 9].isdigit():
        start = end - 15 - int(data[end - 15 : end - 9])
        if start < 0 or data[start : start + 11] != b"LYRICSBEGIN":
            raise DamagedMedia("The MP3 file's Lyrics3 tag has an invalid size.")
        return start
    if end >= 9 and data[end - 9 : end] == b"LYRICSEND":
        # Lyrics3 v1 holds at most 5100 bytes of text between its markers.
        found = data.rfind(b"LYRICSBEGIN", max(0, end - 9 - 5100 - 11), end - 9)
        if found < 0:
            raise DamagedMedia("The MP3 file's Lyrics3 tag has no beginning.")
        return found
    if end >= 10 and data[end - 10 : end - 7] == b"3DI":
        tag = _syncsafe(data[end - 4 : end])
        if tag is None or end - 20 - tag < 0:
            raise DamagedMedia("The MP3 file's appended ID3 tag has an invalid size.")
        return end - 20 - tag
    return end


def strip_mp3(data: bytes) -> bytes:
    """The MPEG audio frames of ``data``, byte for byte, and nothing else.

    Drops ID3v2 tags at the start (all of them), ID3v1/"TAG+", APEv2, Lyrics3 and
    appended ID3v2 at the end, and any bytes between frames that are not a frame (an
    embedded tag, padding, junk). A frame found after such bytes is kept only when the
    next frame follows it, so a stray 0xFF in a tag is not taken for audio. A last frame
    cut short by the end of the file is kept when it follows the previous frame directly
    (a recording interrupted by a dead battery). Raises ``DamagedMedia`` when no MPEG
    frame remains. Voices still identify people: the export warns about that.
    """
    start = _leading_tags_end(data)
    end = len(data)
    while (earlier := _trailing_tag_start(data, end)) != end:
        if earlier < start:
            raise DamagedMedia("The MP3 file's tags overlap one another.")
        end = earlier
    kept: list[tuple[int, int]] = []
    pos, chained = start, True
    while pos < end:
        length = mpeg_frame_length(data, pos)
        if length is not None and pos + length > end and chained:
            kept.append((pos, end))  # cut short by the end of the recording
            break
        if length is not None and pos + length <= end:
            follows = pos + length == end or mpeg_frame_length(data, pos + length) is not None
            if chained or follows:
                if kept and kept[-1][1] == pos:
                    kept[-1] = (kept[-1][0], pos + length)
                else:
                    kept.append((pos, pos + length))
                pos, chained = pos + length, True
                continue
        chained = False
        found = data.find(b"\xff", pos + 1, end)
        pos = end if found < 0 else found
    if not kept:
        raise DamagedMedia("The MP3 file holds no MPEG audio frames.")
    return b"".join(data[a:b] for a, b in kept)
