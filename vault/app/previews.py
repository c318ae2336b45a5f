"""Pictures of an attachment for a window to show: a photo as it is displayed (turned
upright by its EXIF orientation), a PDF one page at a time, and for anything else the
type it is and why it has no picture.

Everything happens in memory: the attachment is decrypted into bytes, the redaction
layer's own renderers (the pixels boxes are drawn on) turn it into raw pixels in a caged
child process (``vault.redact.caged``: no keys, no vault, confined), and the window builds
its image from those bytes.  Nothing is written anywhere, no temporary file, no cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.core import cage
from vault.core.attachments import get_attachment, read_attachment
from vault.core.errors import DecoderFailed
from vault.core.vault import Vault
from vault.redact import caged
from vault.redact.errors import InvalidBox, RedactionError
from vault.redact.media import MediaKind, classify

__all__ = [
    "MAX_PREVIEW_BYTES",
    "PREVIEW_DPI",
    "Picture",
    "picture_of_bytes",
    "preview_picture",
    "prewarm_previews",
]

PREVIEW_DPI = 110  # sharp on a laptop screen at fit-to-window, quick to render
MAX_SIDE = 4096  # a 24 MP photo is shown reduced: the screen has fewer pixels anyway
MAX_PREVIEW_BYTES = 512 << 20  # a larger "picture" is not decrypted into memory to look at


@dataclass(frozen=True)
class Picture:
    """What a window shows for an attachment.

    ``kind`` is "image", "pdf" or "none".  For a picture: ``pixels`` are ``mode`` ("RGB"
    or "RGBA") rows of ``pixel_width`` x ``pixel_height``; ``width`` x ``height`` is the
    size as displayed before any reduction (a PDF page: at ``PREVIEW_DPI``); ``page`` of
    ``page_count`` (1 of 1 for a photo).  For "none": ``why`` says in words why there is
    no picture (its type, or what is wrong with it).  ``space_width`` x ``space_height``
    is the picture in the units redaction boxes are given in: displayed pixels for a
    photo, displayed points (1/72 inch, after /Rotate) for a PDF page.
    """

    kind: str
    media_type: str
    width: int = 0
    height: int = 0
    pixel_width: int = 0
    pixel_height: int = 0
    mode: str = "RGB"
    page: int = 1
    page_count: int = 1
    why: str = ""
    pixels: bytes = field(default=b"", repr=False)
    space_width: float = 0.0
    space_height: float = 0.0


def preview_picture(
    vault: Vault, attachment_id: str, page: int = 1, *, max_side: int = MAX_SIDE
) -> Picture:
    """The attachment as a picture: a photo after its EXIF orientation, or page ``page``
    (from 1) of a PDF, reduced to at most ``max_side`` pixels a side; decrypted and
    rendered in memory only.  Other files, and pictures the renderers refuse (a format
    they do not read, a damaged or password-protected file, too many pixels), come back
    as kind "none" with the reason.  Refuses an unknown id (UnknownId), a page that does
    not exist (InputError) and a blob that fails its integrity check (IntegrityError)."""
    attachment = get_attachment(vault, attachment_id)
    chunks = read_attachment(vault, attachment_id)
    head = next(chunks, b"")
    media = classify(head)
    if media.kind not in (MediaKind.IMAGE, MediaKind.PDF):
        why = f"No preview for this type of file ({attachment.media_type})."
        return Picture("none", attachment.media_type, why=why)
    if attachment.size > MAX_PREVIEW_BYTES:
        return Picture("none", media.media_type, why="Too large to preview.")
    data = head + b"".join(chunks)  # the whole file, authenticated to its end
    return picture_of_bytes(data, page, max_side=max_side, name=attachment.name)


def picture_of_bytes(
    data: bytes, page: int = 1, *, max_side: int = MAX_SIDE, name: str = "this file"
) -> Picture:
    """``data`` (a photo or a PDF already in memory: an original, or the derivative an
    export carries) as :func:`preview_picture` shows it; other bytes come back as kind
    "none".  Decoded in a caged child: one that crashes, hangs or runs out of memory
    gives kind "none" whose ``why`` names ``name`` and says which.  Refuses a page that
    does not exist (InputError)."""
    media = classify(data)
    if media.kind not in (MediaKind.IMAGE, MediaKind.PDF):
        return Picture("none", media.media_type, why="No preview for this type of file.")
    try:
        meta, pixels = caged.picture(data, page, dpi=PREVIEW_DPI, max_side=max_side, name=name)
    except InvalidBox:
        raise  # a page that does not exist: the caller asked for it
    except RedactionError as exc:
        return Picture("none", media.media_type, why=f"No preview: {exc}")
    except DecoderFailed as exc:
        return Picture("none", media.media_type, why=f"No preview: {exc}")
    return Picture(
        str(meta["kind"]),
        media.media_type,
        int(meta["width"]),
        int(meta["height"]),
        int(meta["pixel_width"]),
        int(meta["pixel_height"]),
        str(meta["mode"]),
        int(meta["page"]),
        int(meta["page_count"]),
        pixels=pixels,
        space_width=float(meta["space_width"]),
        space_height=float(meta["space_height"]),
    )


def prewarm_previews() -> None:
    """Start the caged decoder children in the background (a window calls this after
    unlock), so the first preview does not wait for Python and Pillow to start; returns
    at once, and does nothing where children cannot be started."""
    cage.prewarm_decoders()
