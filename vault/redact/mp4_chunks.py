"""Where a track's samples sit in an MP4-family file, read from its sample tables.

``media_strip.py`` rebuilds ``mdat`` from the chunks of the tracks it keeps and nothing
else, so it must know every chunk's byte range: the chunk offsets (``stco`` or ``co64``),
how many samples each chunk holds (``stsc``) and every sample's size (``stsz``, or the
compact ``stz2``). Bytes of ``mdat`` outside those ranges (a dropped GPS or caption
track's samples, text a tool appended, padding) are what must not leave.
"""

from __future__ import annotations

import struct

from vault.redact.errors import DamagedMedia

Span = tuple[int, int]
"""(offset, end) of one chunk in the file, end exclusive."""


def _entries(body: bytes, skip: int, code: str) -> tuple[int, ...]:
    """The entries of a sample table whose count sits just before byte ``skip``."""
    if len(body) < skip:
        raise DamagedMedia("A sample table of the media file is cut short.")
    count = int(struct.unpack_from(">I", body, skip - 4)[0])
    if len(body) < skip + count * struct.calcsize(">" + code):
        raise DamagedMedia("A sample table of the media file does not hold what it claims.")
    return tuple(int(v) for v in struct.unpack_from(">" + code * count, body, skip))


def _compact_sizes(stz2: bytes) -> tuple[int, ...]:
    """Sample sizes from ``stz2``: 4, 8 or 16 bits each (4-bit ones two to a byte, high
    nibble first)."""
    if len(stz2) < 12:
        raise DamagedMedia("A sample size table of the media file is cut short.")
    field, count = stz2[7], int(struct.unpack_from(">I", stz2, 8)[0])
    if field == 16:
        return _entries(stz2, 12, "H")
    if field == 8:
        if len(stz2) < 12 + count:
            raise DamagedMedia("A sample table of the media file does not hold what it claims.")
        return tuple(stz2[12 : 12 + count])
    if field == 4:
        if len(stz2) < 12 + (count + 1) // 2:
            raise DamagedMedia("A sample table of the media file does not hold what it claims.")
        nibbles = [n for byte in stz2[12 : 12 + (count + 1) // 2] for n in (byte >> 4, byte & 15)]
        return tuple(nibbles[:count])
    raise DamagedMedia("A compact sample size table has a field size other than 4, 8 or 16.")


def _sample_sizes(stsz: bytes | None, stz2: bytes | None) -> tuple[int, int, tuple[int, ...]]:
    """(constant size or 0, sample count, per-sample sizes when not constant)."""
    if stsz is not None:
        if len(stsz) < 12:
            raise DamagedMedia("A sample size table of the media file is cut short.")
        constant, count = (int(v) for v in struct.unpack_from(">II", stsz, 4))
        return constant, count, () if constant else _entries(stsz, 12, "I")
    if stz2 is not None:
        sizes = _compact_sizes(stz2)
        return 0, len(sizes), sizes
    raise DamagedMedia("A track of the media file has chunks but no sample sizes.")


def chunk_spans(tables: dict[bytes, bytes]) -> list[Span]:
    """(offset, end) of every chunk of one track, from the bodies of its sample tables
    (``tables`` maps "stco", "co64", "stsc", "stsz", "stz2" to what the track has).

    A track with no chunk offsets has no samples in the file: an empty list. Raises
    ``DamagedMedia`` when the tables are cut short, claim more entries than they hold,
    or give chunks more samples than the track has.
    """
    stco, co64 = tables.get(b"stco"), tables.get(b"co64")
    offsets = _entries(stco, 8, "I") if stco else _entries(co64, 8, "Q") if co64 else ()
    if not offsets:
        return []
    stsc = tables.get(b"stsc")
    if stsc is None:
        raise DamagedMedia("A track of the media file has chunks but no sample-to-chunk table.")
    runs = _entries(stsc, 8, "III")  # (first chunk from 1, samples per chunk, entry) each
    constant, count, sizes = _sample_sizes(tables.get(b"stsz"), tables.get(b"stz2"))
    # Running totals make each chunk's size one subtraction (a long recording has
    # hundreds of thousands of samples).
    totals = [0]
    for size in sizes:
        totals.append(totals[-1] + size)
    spans, sample, run = [], 0, 0
    for number, offset in enumerate(offsets, start=1):
        while run + 1 < len(runs) // 3 and runs[(run + 1) * 3] <= number:
            run += 1
        per_chunk = runs[run * 3 + 1] if runs else 0
        if sample + per_chunk > count:
            raise DamagedMedia("A track of the media file has fewer samples than its chunks hold.")
        size = per_chunk * constant if constant else totals[sample + per_chunk] - totals[sample]
        spans.append((offset, offset + size))
        sample += per_chunk
    return spans


def merged(spans: list[Span]) -> list[Span]:
    """``spans`` sorted, with overlapping or touching ones joined (two tracks may share
    bytes; a chunk of no samples is a point that must still map)."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
