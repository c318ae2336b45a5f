"""The decoders, called through the cage (``vault/core/cage.py``) from the process that
holds the keys: each function sends one file's bytes to a warm child and turns its answer
back into what the in-process function returns, or raises what it raises.

A refusal by the decoder (damaged, unsupported, too large) comes back as the same
``RedactionError`` subclass with the same message; a child that crashed, hung or ran out
of memory is ``DecoderFailed`` naming the file. A frozen build's children are the app's
own program file (``cage.FROZEN_WORKER_ARG``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from vault.core import cage
from vault.core.cage import CageRefusal
from vault.core.errors import DecoderFailed
from vault.core.progress import CancelToken
from vault.redact import errors as redaction_errors
from vault.redact.errors import RedactionError

_REFUSALS: dict[str, type[RedactionError]] = {
    name: value
    for name, value in vars(redaction_errors).items()
    if isinstance(value, type) and issubclass(value, RedactionError)
}


def refusal(exc: CageRefusal) -> RedactionError:
    """The decoder's refusal as the ``RedactionError`` subclass it raised in the child."""
    kind = _REFUSALS.get(exc.error, RedactionError)
    return kind(exc.message or "the file cannot be decoded")


def decode(
    kind: str,
    data: bytes,
    header: dict[str, Any] | None = None,
    *,
    name: str = "this file",
    cancel: CancelToken | None = None,
    check: Callable[[dict[str, Any], bytes], bool] | None = None,
) -> tuple[dict[str, Any], bytes]:
    """Run request ``kind`` on ``data`` (the file called ``name``) in a caged child.

    Raises the decoder's ``RedactionError`` subclass, ``DecoderFailed`` when the child
    crashed, took too long, needed too much memory or gave an answer ``check`` refuses,
    ``Cancelled`` when ``cancel`` is set before it answers (the child is killed)."""
    header = header or {}
    try:
        return cage.decoder_cage().run(name, kind, header, data, cancel=cancel, check=check)
    except CageRefusal as exc:
        raise refusal(exc) from None


# Bytes per pixel of the modes a picture comes in (``images.displayed_image`` and
# ``pdf.render_pdf_page`` give nothing else; the window draws nothing else).
PICTURE_MODES = {"RGB": 3, "RGBA": 4}


def picture_fits(meta: dict[str, Any], pixels: bytes, max_side: int) -> bool:
    """True when a ``picture`` answer is possible: kind "none" with no pixels, or RGB or
    RGBA pixels of a size within ``max_side`` whose byte count is exactly theirs. What a
    child claims is checked before anything (a QImage) reads that many bytes."""
    if meta.get("kind") == "none":
        return not pixels
    width, height = meta.get("pixel_width"), meta.get("pixel_height")
    if type(width) is not int or type(height) is not int:
        return False
    if not (0 < width <= max_side and 0 < height <= max_side):
        return False
    depth = PICTURE_MODES.get(str(meta.get("mode")))
    return depth is not None and len(pixels) == width * height * depth


def picture(
    data: bytes, page: int, *, dpi: float, max_side: int, name: str = "this file"
) -> tuple[dict[str, Any], bytes]:
    """Raw pixels of a photo as displayed, or of page ``page`` of a PDF at ``dpi``, reduced
    to ``max_side``: (facts, pixels), facts as ``decode_worker._picture`` gives them
    ("kind" is "none" for any other file). An answer whose pixels do not match its size
    and mode (:func:`picture_fits`) is ``DecoderFailed``, as a crash is."""
    header = {"page": page, "dpi": dpi, "max_side": max_side}

    def fits(meta: dict[str, Any], pixels: bytes) -> bool:
        return picture_fits(meta, pixels, max_side)

    return decode("picture", data, header, name=name, check=fits)


def image_size(data: bytes, *, name: str = "this file") -> tuple[int, int]:
    """Width and height of the photo as displayed (``images.image_size``), decoded caged."""
    meta, _ = decode("image_size", data, name=name)
    return int(meta["width"]), int(meta["height"])


def redact_image_caged(
    data: bytes, boxes: Sequence[Sequence[float]], *, name: str = "this file"
) -> tuple[dict[str, Any], bytes]:
    """``images.redact_image`` in a caged child: (facts, derivative bytes)."""
    return decode("redact_image", data, {"boxes": [list(b) for b in boxes]}, name=name)


def image_metadata(data: bytes, *, name: str = "this file") -> list[str]:
    """``metadata.image_metadata`` read in a caged child; empty when the child failed."""
    try:
        meta, _ = decode("image_metadata", data, name=name)
    except (RedactionError, DecoderFailed):
        return []
    return [str(v) for v in meta.get("carries", [])]


def metadata_facts(data: bytes, *, name: str = "this file") -> dict[str, Any] | None:
    """The fields of ``metadata.summarize_metadata`` read in a caged child (JSON-ready),
    or None when the child crashed, hung or ran out of memory."""
    try:
        _, raw = decode("metadata", data, name=name)
    except (RedactionError, DecoderFailed):
        return None
    facts = json.loads(raw)
    return facts if isinstance(facts, dict) else None


def pdf_texts(data: bytes, *, name: str = "this file") -> list[tuple[int, str]]:
    """(page, text) of every page (``pdf.page_text_boxes`` without the boxes)."""
    _, raw = decode("pdf_texts", data, name=name)
    return [(int(page), str(text)) for page, text in json.loads(raw)]


def redact_pdf_caged(
    data: bytes,
    boxes: Sequence[tuple[int, float, float, float, float]],
    spans: Sequence[tuple[int, int, int]],
    *,
    dpi: float,
    name: str = "this file",
    cancel: CancelToken | None = None,
) -> tuple[int, bytes]:
    """``pdf.redact_pdf`` in a caged child: (page count, the rebuilt PDF). ``cancel``
    ends the child at once (``Cancelled``)."""
    header = {"boxes": [list(b) for b in boxes], "spans": [list(s) for s in spans], "dpi": dpi}
    meta, out = decode("redact_pdf", data, header, name=name, cancel=cancel)
    return int(meta["page_count"]), out


def strip_media_caged(data: bytes, fmt: str, *, name: str = "this file") -> bytes:
    """``media_strip.strip_media`` in a caged child."""
    _, out = decode("strip_media", data, {"format": fmt}, name=name)
    return out
