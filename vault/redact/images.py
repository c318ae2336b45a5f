"""Image redaction: solid black boxes, then a new file rebuilt from pixels alone.

Boxes are given as a person sees the picture (after its EXIF orientation), so the
picture is first turned upright, exactly as ``PIL.ImageOps.exif_transpose`` does, and
the output is stored upright with no orientation tag: it displays the same everywhere.

Nothing of the original file but its pixels reaches the output: no EXIF (GPS, serial,
artist, date, thumbnail), XMP, IPTC, ICC profile, comment, PNG text chunk, second image
(MPO depth maps, TIFF pages) or trailing data. Every step runs on bytes in memory.

Formats: JPEG stays JPEG, PNG stays PNG, WebP stays WebP (lossless stays lossless), TIFF
becomes PNG. TIFF is not written back because its tag directory is where metadata lives
(EXIF, GPS and XMP IFDs, IPTC, Photoshop blocks, free-form ASCII tags) and PNG is lossless,
keeps 16-bit grey, and is read by everything a recipient has. Any other format is refused.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps, JpegImagePlugin, PngImagePlugin, TiffImagePlugin, WebPImagePlugin

from vault.redact.errors import (
    DamagedMedia,
    InvalidBox,
    MediaTooLarge,
    RedactionError,
    UnsupportedMedia,
)
from vault.redact.media import classify

Box = tuple[float, float, float, float]
"""(x, y, width, height) in pixels of the picture as displayed, origin top-left."""

Rect = tuple[int, int, int, int]
"""(left, top, right, bottom) in whole pixels, right and bottom exclusive."""

# 150 megapixels covers the 108 MP phone sensors with room; a 150 MP RGBA picture is
# 600 MB decoded, about what a field laptop can hold twice.
MAX_PIXELS = 150_000_000
JPEG_QUALITY = 90
# A box drawn into a JPEG grows outward to the 8-pixel DCT block grid (and chroma is not
# subsampled), so every block inside it is uniformly black and decodes to exactly 0
# instead of carrying ringing from the edge. It costs at most 7 pixels per side.
JPEG_BLOCK = 8
# zlib's default strategy takes ~27 s for a 24 MP photo-like PNG here, run-length ~4 s
# at about the same size; small pictures (screenshots: flat areas, where the default is
# 3x smaller) keep the default.
PNG_FAST_ABOVE = 8_000_000

_OPENERS: dict[str, Callable[[io.BytesIO], Image.Image]] = {
    # The plugin classes parse the header without Image.open's decompression-bomb
    # warning; our own pixel cap (below) replaces it with a clear refusal. JpegImageFile
    # rather than Image.open also ignores an MPO's second picture.
    "jpeg": JpegImagePlugin.JpegImageFile,
    "png": PngImagePlugin.PngImageFile,
    "webp": WebPImagePlugin.WebPImageFile,
    "tiff": TiffImagePlugin.TiffImageFile,
}
_OUTPUT = {
    "jpeg": ("JPEG", "image/jpeg"),
    "png": ("PNG", "image/png"),
    "webp": ("WEBP", "image/webp"),
    "tiff": ("PNG", "image/png"),
}
_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


@dataclass(frozen=True)
class RedactedImage:
    """A rebuilt picture: encoded bytes, their MIME type, and the displayed size."""

    data: bytes
    media_type: str
    width: int
    height: int

    @property
    def suffix(self) -> str:
        """File name ending that matches ``media_type`` (".jpg", ".png", ".webp")."""
        return _SUFFIX[self.media_type]


def image_size(data: bytes, *, max_pixels: int = MAX_PIXELS) -> tuple[int, int]:
    """Width and height of the picture as displayed (after EXIF orientation).

    Reads the header only. Refuses what ``redact_image`` refuses for format and size,
    so a box editor can validate against the same picture export will produce.
    """
    image, _fmt = _open(data, max_pixels)
    with image:
        width, height = image.size
        if _orientation(image) in (5, 6, 7, 8):
            return height, width
        return width, height


def redact_image(
    data: bytes, boxes: Sequence[Box] = (), *, max_pixels: int = MAX_PIXELS
) -> RedactedImage:
    """Black out ``boxes`` and return a new image made from the pixels alone.

    ``boxes`` are (x, y, width, height) in pixels of the displayed picture (after EXIF
    orientation), origin top-left; fractions round outward, parts outside the picture
    are clipped away. In a JPEG a box grows to the 8-pixel block grid (at most 7 px per
    side) so it stays pure black after compression. Boxes are opaque black, never blur.

    Refuses (``RedactionError`` subclasses): formats other than JPEG, PNG, WebP and TIFF
    (``UnsupportedMedia``), animations and multi-page TIFFs (``UnsupportedMedia``), files
    that do not decode (``DamagedMedia``), pictures above ``max_pixels``
    (``MediaTooLarge``), boxes with no area or non-numbers (``InvalidBox``).
    """
    rects_wanted = [_checked_box(index, box) for index, box in enumerate(boxes, start=1)]
    image, fmt = _open(data, max_pixels)
    with image:  # closing releases the decoded pixels too: copy them out inside
        orientation = _orientation(image)
        _decode(image)
        upright = ImageOps.exif_transpose(image) if orientation in range(2, 9) else image
        # Each intermediate is released as soon as the next exists, so at most two
        # copies of the pixels are alive (about 145 MB for 24 megapixels).
        if upright is not image:
            image.close()
        pixels = _normalized(upright, fmt)
        if pixels is not upright:
            upright.close()
        # A fresh image holds pixels and mode only: no info dict, EXIF, palette or
        # encoder settings that a save could copy into the output.
        clean = Image.new(pixels.mode, pixels.size)
        clean.paste(pixels)
        pixels.close()
    align = JPEG_BLOCK if fmt == "jpeg" else 1
    rects = pixel_rects(rects_wanted, clean.width, clean.height, align=align)
    black_out(clean, rects)
    encoded, media_type = _encode(clean, fmt, data)
    return RedactedImage(encoded, media_type, clean.width, clean.height)


def pixel_rects(
    boxes: Sequence[tuple[float, float, float, float]],
    width: int,
    height: int,
    *,
    align: int = 1,
    scale: float = 1.0,
) -> list[Rect]:
    """Turn (x, y, w, h) boxes into whole-pixel rectangles inside a width x height image.

    Coordinates are multiplied by ``scale``, rounded outward, grown to multiples of
    ``align`` and clipped; boxes that fall wholly outside are dropped.
    """
    rects: list[Rect] = []
    for x, y, w, h in boxes:
        left = math.floor(x * scale) // align * align
        top = math.floor(y * scale) // align * align
        right = -(-math.ceil((x + w) * scale) // align) * align
        bottom = -(-math.ceil((y + h) * scale) // align) * align
        left, top = max(left, 0), max(top, 0)
        right, bottom = min(right, width), min(bottom, height)
        if left < right and top < bottom:
            rects.append((left, top, right, bottom))
    return rects


def black_out(image: Image.Image, rects: Sequence[Rect]) -> None:
    """Paint each rectangle solid, opaque black, in place, in any mode we produce."""
    black: float | tuple[int, ...]
    if image.mode == "RGBA":
        black = (0, 0, 0, 255)
    elif image.mode == "LA":
        black = (0, 255)
    elif image.mode == "RGB":
        black = (0, 0, 0)
    else:
        black = 0
    for rect in rects:
        image.paste(black, rect)


def encode_jpeg(image: Image.Image) -> bytes:
    """JPEG bytes of an RGB or L image: quality 90, 4:4:4, JFIF header only."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0)
    encoded = out.getvalue()
    check_clean_jpeg(encoded)
    return encoded


def _checked_box(index: int, box: Sequence[float]) -> Box:
    try:
        x, y, w, h = (float(v) for v in box)
    except (TypeError, ValueError):
        raise InvalidBox(f"Box {index} is not four numbers (x, y, width, height).") from None
    if not all(math.isfinite(v) for v in (x, y, w, h)):
        raise InvalidBox(f"Box {index} contains a value that is not a finite number.")
    if w <= 0 or h <= 0:
        raise InvalidBox(f"Box {index} has no area; its width and height must be positive.")
    return (x, y, w, h)


def damaged_picture(fmt: str) -> DamagedMedia:
    """The refusal of a ``fmt`` ("jpeg", "png", ...) picture whose bytes a decoder could
    not read: the same sentence wherever a picture is opened (redaction, intake)."""
    return DamagedMedia(f"This {fmt.upper()} picture is damaged or truncated and cannot be read.")


def _open(data: bytes, max_pixels: int) -> tuple[Image.Image, str]:
    found = classify(data)
    opener = _OPENERS.get(found.format)
    if opener is None:
        what = found.format.upper() if found.format != "unknown" else "not a picture we know"
        raise UnsupportedMedia(
            f"This file is {what} ({found.media_type}); only JPEG, PNG, WebP and TIFF "
            "pictures can be redacted. Convert it to PNG or JPEG and attach the copy."
        )
    try:
        image = opener(io.BytesIO(data))
    except MemoryError:
        raise MediaTooLarge("The picture is too large to open in memory.") from None
    except Exception:
        # Decoders meet hostile bytes in many ways (SyntaxError, struct.error, ...);
        # to the user every one of them means the same thing.
        raise damaged_picture(found.format) from None
    try:
        _check_size(image, max_pixels)
        _check_single_frame(image)
    except BaseException:
        image.close()
        raise
    return image, found.format


def _check_size(image: Image.Image, max_pixels: int) -> None:
    width, height = image.size
    if width < 1 or height < 1:
        raise DamagedMedia("The picture declares no pixels and cannot be read.")
    if width * height > max_pixels:
        raise MediaTooLarge(
            f"The picture is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels); "
            f"pictures above {max_pixels / 1e6:.0f} megapixels cannot be redacted. "
            "Export a smaller copy from a photo editor and attach that."
        )


def _check_single_frame(image: Image.Image) -> None:
    frames = getattr(image, "n_frames", 1)
    if frames <= 1:
        return
    if isinstance(image, TiffImagePlugin.TiffImageFile):
        frames = _tiff_full_pages(image)
        if frames <= 1:
            return
        raise UnsupportedMedia(
            f"This TIFF holds {frames} pages; only single pictures can be redacted. "
            "Save it as a PDF and attach that instead."
        )
    raise UnsupportedMedia(
        f"This picture is an animation of {frames} frames; only still pictures can be "
        "redacted. Save the frame you need as PNG and attach that."
    )


def _tiff_full_pages(image: TiffImagePlugin.TiffImageFile) -> int:
    """Pages that are not reduced-resolution previews (NewSubfileType bit 0)."""
    pages = 0
    try:
        for frame in range(image.n_frames):
            image.seek(frame)
            if not int(image.tag_v2.get(254, 0)) & 1:
                pages += 1
        image.seek(0)
    except Exception:
        raise DamagedMedia("This TIFF picture is damaged and cannot be read.") from None
    return pages


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
        return int(value) if int(value) in range(1, 9) else 1
    except Exception:
        # A viewer that cannot parse the EXIF either shows the stored pixels as they are.
        return 1


def _decode(image: Image.Image) -> None:
    try:
        image.load()
    except MemoryError:
        raise MediaTooLarge("The picture is too large to decode in memory.") from None
    except Exception:
        raise DamagedMedia(
            "The picture is damaged or truncated (its pixel data ends early or does "
            "not decode) and cannot be redacted."
        ) from None


def _normalized(image: Image.Image, fmt: str) -> Image.Image:
    """The picture in a mode its output format stores without loss of meaning."""
    mode = image.mode
    transparent = image.has_transparency_data
    if mode in ("RGB", "L") and not transparent:
        return image
    if mode in ("RGBA", "LA") and fmt != "jpeg":
        return image
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I") and fmt in ("png", "tiff"):
        # 16-bit grey (scans, medical and thermal images) stays 16-bit in PNG.
        return image if mode in ("I;16", "I") else image.convert("I")
    if mode == "F":
        raise UnsupportedMedia(
            "This picture stores floating-point samples (scientific data); convert it to "
            "an ordinary 8- or 16-bit picture and attach that."
        )
    if mode == "1":
        return image.convert("L")
    if transparent and fmt != "jpeg":
        return image.convert("RGBA")
    if mode.startswith("I"):
        # 16-bit samples in a format that stores only 8: keep the high byte.
        return image.convert("I").point(lambda v: v / 256).convert("L")
    # P, PA, CMYK, YCbCr, LAB, HSV, RGBX, RGBa, La ... become plain RGB or L.
    if mode in ("L", "LA", "La"):
        return image.convert("L")
    return image.convert("RGB")


def _encode(clean: Image.Image, fmt: str, source: bytes) -> tuple[bytes, str]:
    pillow_format, media_type = _OUTPUT[fmt]
    if pillow_format == "JPEG":
        return encode_jpeg(clean), media_type
    out = io.BytesIO()
    if pillow_format == "WEBP":
        if _webp_is_lossless(source):
            clean.save(out, "WEBP", lossless=True, exact=False)
        else:
            clean.save(out, "WEBP", quality=JPEG_QUALITY)
        encoded = out.getvalue()
        _check_clean_webp(encoded)
    else:
        if clean.width * clean.height > PNG_FAST_ABOVE:
            clean.save(out, "PNG", compress_level=1, compress_type=zlib.Z_RLE)
        else:
            clean.save(out, "PNG")
        encoded = out.getvalue()
        _check_clean_png(encoded)
    return encoded, media_type


def _webp_is_lossless(data: bytes) -> bool:
    """True when the first image chunk is VP8L (lossless) rather than VP8 (lossy)."""
    for tag, _body in _riff_chunks(data):
        if tag == b"VP8L":
            return True
        if tag == b"VP8 ":
            return False
    return False


def _riff_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks: list[tuple[bytes, bytes]] = []
    offset = 12
    while offset + 8 <= len(data):
        tag = data[offset : offset + 4]
        (size,) = struct.unpack_from("<I", data, offset + 4)
        chunks.append((tag, data[offset + 8 : offset + 8 + size]))
        offset += 8 + size + (size & 1)
    return chunks


class _MetadataLeft(RedactionError):
    """Raised when an encoder wrote something besides pixels; a bug, never exported."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The redacted picture still held {what}; nothing was exported. "
            "This is a bug in Evidence Vault: please report it."
        )


# The checks below read back what the encoder wrote, so a change in Pillow that starts
# copying metadata stops the export instead of leaking.
_JPEG_ALLOWED = {0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD}  # JFIF, tables, frame headers


def check_clean_jpeg(data: bytes) -> None:
    """Refuse JPEG bytes holding anything but JFIF, tables and one scan ending at EOI."""
    if not data.startswith(b"\xff\xd8"):
        raise _MetadataLeft("an unexpected header")
    offset = 2
    while True:
        if data[offset] != 0xFF:
            raise _MetadataLeft("an unreadable marker layout")
        marker = data[offset + 1]
        if marker == 0xDA:  # start of scan: entropy-coded data to the end
            break
        if marker not in _JPEG_ALLOWED:
            raise _MetadataLeft(f"a JPEG segment 0x{marker:02X} (metadata)")
        (length,) = struct.unpack_from(">H", data, offset + 2)
        offset += 2 + length
    if not data.endswith(b"\xff\xd9"):
        raise _MetadataLeft("data after the end of the picture")


_PNG_ALLOWED = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}


def _check_clean_png(data: bytes) -> None:
    offset = 8
    while offset < len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        tag = data[offset + 4 : offset + 8]
        if tag not in _PNG_ALLOWED:
            raise _MetadataLeft(f"a PNG {tag.decode('latin-1')} chunk")
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack_from(">I", data, offset + 8 + length)
        if zlib.crc32(tag + body) != crc:
            raise _MetadataLeft("a damaged PNG chunk")
        offset += 12 + length
        if tag == b"IEND":
            break
    if offset != len(data):
        raise _MetadataLeft("data after the end of the picture")


_WEBP_ALLOWED = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}


def _check_clean_webp(data: bytes) -> None:
    (size,) = struct.unpack_from("<I", data, 4)
    if size + 8 != len(data):
        raise _MetadataLeft("data after the end of the picture")
    for tag, body in _riff_chunks(data):
        if tag not in _WEBP_ALLOWED:
            raise _MetadataLeft(f"a WebP {tag.decode('latin-1')} chunk")
        if tag == b"VP8X" and body[0] & 0b00101110:  # ICC, EXIF, XMP, animation flags
            raise _MetadataLeft("WebP metadata flags")


def displayed_image(data: bytes, *, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """The picture's pixels as a person sees it, in memory only: turned upright by its EXIF
    orientation exactly as :func:`redact_image` turns it (so a box drawn on this image
    lands where the export burns it), as RGB (RGBA when it has transparency).

    Nothing is written anywhere. Refuses what ``redact_image`` refuses for format,
    damage and size.
    """
    image, _fmt = _open(data, max_pixels)
    with image:
        orientation = _orientation(image)
        _decode(image)
        upright = ImageOps.exif_transpose(image) if orientation in range(2, 9) else image
        has_alpha = "A" in upright.getbands() or "transparency" in upright.info
        shown = upright.convert("RGBA" if has_alpha else "RGB")
        if upright is not image:
            upright.close()
    # A fresh image: pixels and mode only, none of the original's metadata.
    clean = Image.new(shown.mode, shown.size)
    clean.paste(shown)
    shown.close()
    return clean
