"""Intake's look at a picture or PDF before it is taken in: is it what its name says, and
could the decoders ever show or redact it?

A file whose NAME (its extension) or CONTENT (its first bytes) claims a format the
decoders read (JPEG, PNG, WebP, TIFF, GIF, BMP, PDF) is checked in the decoder cage
(``vault/core/cage.py``, request kind :data:`KIND`), never in the process that holds the
keys.  The verdict is one of:

- refused, "disguised": named as a picture or PDF but its content is something else (a
  zip, a program, unknown bytes);
- refused, beyond the redaction limits (``images.MAX_PIXELS``, ``pdf.MAX_PAGES``, a page
  above ``pdf.MAX_PAGE_PIXELS`` at ``pdf.DEFAULT_DPI``), damaged or truncated (the whole
  file is read: a JPEG's entropy data at reduced size, a PNG's chunks and its compressed
  stream), or a password-protected PDF; the reason is the redaction code's own sentence;
- refused because the decoder crashed, hung or ran out of memory (``DecoderFailed``);
- kept with a note: a fine picture of another format than its name says (a JPEG named
  ``.png``);
- kept: everything else (including files no decoder reads, which are not looked at).

Nothing is written anywhere; :func:`probe_here` is what the child runs.
"""

from __future__ import annotations

import io
import mimetypes
import zlib
from dataclasses import dataclass
from typing import Any

from vault.core.errors import DecoderFailed
from vault.core.progress import CancelToken
from vault.redact.errors import MediaTooLarge, ProtectedPdf, RedactionError
from vault.redact.media import SNIFF_BYTES, MediaKind, classify

__all__ = [
    "KIND",
    "PROBED_FORMATS",
    "IntakeVerdict",
    "format_named",
    "needs_probe",
    "probe_caged",
    "probe_here",
]

KIND = "intake_probe"  # the decoder cage's request kind
# Formats the decoders read (to show, redact or summarize); only these are probed.
PROBED_FORMATS = frozenset({"jpeg", "png", "webp", "tiff", "gif", "bmp", "pdf"})
_BY_MEDIA_TYPE = {
    "image/jpeg": "jpeg",
    "image/pjpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
    "image/tiff": "tiff",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/x-ms-bmp": "bmp",
    "application/pdf": "pdf",
}
_PNG_READ = 1 << 20  # inflate output per step while checking a PNG's stream


def format_named(name: str) -> str | None:
    """The probed format a file NAME claims by its extension ("photo.JPG" -> "jpeg"), or
    None when its name claims none of :data:`PROBED_FORMATS`."""
    media_type = mimetypes.guess_type(name, strict=False)[0] or ""
    return _BY_MEDIA_TYPE.get(media_type)


def needs_probe(name: str, head: bytes) -> bool:
    """True when the name or the first bytes (``SNIFF_BYTES`` are enough) claim a format
    the decoders read: such a file is probed before intake."""
    return format_named(name) is not None or classify(head[:SNIFF_BYTES]).format in PROBED_FORMATS


@dataclass(frozen=True)
class IntakeVerdict:
    """What the probe found for one file called ``name``: ``format`` (what its content
    is: "jpeg", "zip", "unknown"...), ``named`` (the probed format its name claims, or
    None), ``problem`` (None: it may be taken in; ``disguised``, ``too-large``,
    ``damaged``, ``protected``, ``decoder-failed``) and ``reason`` (the decoder's own
    sentence for the last four)."""

    name: str
    format: str
    named: str | None
    problem: str | None = None
    reason: str | None = None
    sha256: str | None = None  # of the bytes looked at (set by the caller)

    @property
    def refused(self) -> bool:
        """True when the file must not be taken in unless kept as received."""
        return self.problem is not None

    @property
    def renamed(self) -> bool:
        """A fine file whose content is another format than its name says (a JPEG named
        ``.png``): taken in, with a note."""
        return self.problem is None and self.named is not None and self.named != self.format

    def as_json(self) -> dict[str, Any]:
        """The verdict as a JSON object (machine-readable: the problem code, the reason)."""
        return {
            "name": self.name,
            "format": self.format,
            "named": self.named,
            "problem": self.problem,
            "reason": self.reason,
        }


_PROBLEMS: tuple[tuple[type[RedactionError], str], ...] = (
    (MediaTooLarge, "too-large"),
    (ProtectedPdf, "protected"),
)


def probe_here(header: dict[str, Any], data: bytes) -> tuple[dict[str, Any], bytes]:
    """The probe as the caged child runs it: ``header["named"]`` is the format the name
    claims (or None).  Answers {"format", "problem", "reason"} (problem None: fine).  A
    MemoryError is left to the worker (reported as the decoder needing too much memory)."""
    named = header.get("named")
    found = classify(data[:SNIFF_BYTES])
    answer: dict[str, Any] = {"format": found.format, "problem": None, "reason": None}
    if found.format not in PROBED_FORMATS:
        if named is not None and found.kind is not MediaKind.IMAGE:
            answer["problem"] = "disguised"
        return answer, b""
    try:
        if found.format == "pdf":
            _check_pdf(data)
        else:
            _check_picture(data, found.format)
    except RedactionError as exc:
        answer["problem"] = next(
            (problem for kind, problem in _PROBLEMS if isinstance(exc, kind)), "damaged"
        )
        answer["reason"] = str(exc)
    return answer, b""


def _check_pdf(data: bytes) -> None:
    """Refuses what the PDF redaction refuses before its first page: damage, a password,
    more than ``MAX_PAGES`` pages, a page above ``MAX_PAGE_PIXELS`` at ``DEFAULT_DPI``."""
    from vault.redact.pdf import (
        DEFAULT_DPI,
        MAX_PAGE_PIXELS,
        MAX_PAGES,
        PDFIUM_LOCK,
        _check_render_size,
        _opened,
        _page_size,
    )

    with _opened(data, MAX_PAGES) as (pdf, count):
        for index in range(count):
            with PDFIUM_LOCK:
                width, height = _page_size(pdf, index)
            scale = DEFAULT_DPI / 72
            _check_render_size(index + 1, width, height, DEFAULT_DPI, scale, MAX_PAGE_PIXELS)


def _check_picture(data: bytes, fmt: str) -> None:
    """Refuses a picture above ``MAX_PIXELS`` or one whose data is damaged or ends early,
    reading all of it: a JPEG at 1/8 size (every entropy-coded block is still decoded),
    a PNG's chunk checksums and its whole compressed stream, other formats in full."""
    from PIL import BmpImagePlugin, GifImagePlugin

    from vault.redact.images import _OPENERS, MAX_PIXELS, _check_size, _decode, damaged_picture

    openers = {**_OPENERS, "gif": GifImagePlugin.GifImageFile, "bmp": BmpImagePlugin.BmpImageFile}
    try:
        image = openers[fmt](io.BytesIO(data))
    except MemoryError:
        raise
    except Exception:
        raise damaged_picture(fmt) from None
    with image:
        _check_size(image, MAX_PIXELS)
        if fmt == "jpeg":
            image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
            _decode(image)
        elif fmt == "png":
            _check_png(data)
        else:
            _decode(image)


def _check_png(data: bytes) -> None:
    """Every chunk's checksum, an IEND, and an IDAT stream that inflates to its end
    (output thrown away a megabyte at a time: a bomb costs time, never memory)."""
    from PIL import PngImagePlugin

    from vault.redact.images import damaged_picture

    damaged = damaged_picture("png")
    try:
        with PngImagePlugin.PngImageFile(io.BytesIO(data)) as image:
            image.verify()
    except Exception:
        raise damaged from None
    inflate = zlib.decompressobj()
    offset, ended = 8, False
    try:
        while offset + 8 <= len(data):
            length = int.from_bytes(data[offset : offset + 4], "big")
            kind = data[offset + 4 : offset + 8]
            body = data[offset + 8 : offset + 8 + length]
            if kind == b"IDAT":
                chunk = inflate.decompress(body, _PNG_READ)
                while inflate.unconsumed_tail:
                    chunk = inflate.decompress(inflate.unconsumed_tail, _PNG_READ)
                del chunk
            if kind == b"IEND":
                ended = True
                break
            offset += 12 + length
    except zlib.error:
        raise damaged from None
    if not ended or not inflate.eof:
        raise damaged


def probe_caged(name: str, data: bytes, *, cancel: CancelToken | None = None) -> IntakeVerdict:
    """Probe ``data`` (the file called ``name``) in a caged child.  A child that crashed,
    hung or ran out of memory is problem ``decoder-failed``, its reason DecoderFailed's
    sentence naming the file; ``Cancelled`` when ``cancel`` is set before it answers."""
    from vault.redact import caged

    named = format_named(name)
    try:
        meta, _ = caged.decode(KIND, data, {"named": named}, name=name, cancel=cancel)
    except DecoderFailed as exc:
        found = classify(data[:SNIFF_BYTES]).format
        return IntakeVerdict(name, found, named, "decoder-failed", str(exc))
    problem, reason = meta.get("problem"), meta.get("reason")
    return IntakeVerdict(
        name,
        str(meta.get("format") or "unknown"),
        named,
        None if problem is None else str(problem),
        None if reason is None else str(reason),
    )
