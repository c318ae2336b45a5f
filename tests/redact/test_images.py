"""Image redaction on real pictures: what a recipient could read in the exported file.

Every check reads the output the way a recipient would: the real exiftool, Pillow, and a
raw byte search for the names the sample case says must never leave the vault.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import (
    Image,
    ImageChops,
    ImageCms,
    ImageOps,
    ImageStat,
    PngImagePlugin,
    TiffImagePlugin,
)

from tests.conftest import FIXTURES
from vault.core.errors import InputError
from vault.redact.errors import (
    DamagedMedia,
    InvalidBox,
    MediaTooLarge,
    RedactionError,
    UnsupportedMedia,
)
from vault.redact.images import image_size, redact_image

CASE = FIXTURES / "sample_case"
MEDIA = CASE / "media"
EXPECT = json.loads((CASE / "expect.json").read_text(encoding="utf-8"))
NEVER = EXPECT["never_in_export"]
TAG_BOX = tuple(EXPECT["name_tag_box"]["photo_gps.jpg"])
ROTATED_TAG_BOX = tuple(EXPECT["name_tag_box"]["photo_rotated.jpg_as_displayed"])


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _exiftool(tmp_path: Path, data: bytes, suffix: str) -> dict[str, object]:
    path = tmp_path / f"out{suffix}"
    path.write_bytes(data)
    result = subprocess.run(
        ["/usr/bin/exiftool", "-a", "-G1", "-j", "-b", str(path)],
        capture_output=True,
        check=True,
    )
    tags: dict[str, object] = json.loads(result.stdout)[0]
    return tags


def _assert_no_names(data: bytes) -> None:
    for name in [*NEVER, "Davit", "Canon"]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert name.encode(encoding) not in data, (name, encoding)


def _region(image: Image.Image, box: tuple[float, ...]) -> Image.Image:
    x, y, w, h = (int(v) for v in box)
    return image.crop((x, y, x + w, y + h))


def _highest(image: Image.Image) -> int:
    """The brightest channel value anywhere in the image (0 = pure black)."""
    extrema = image.convert("RGB").getextrema()
    return max(int(pair[1]) for pair in extrema if isinstance(pair, tuple))


def _all_black(image: Image.Image) -> bool:
    return _highest(image) == 0


def test_photo_with_gps_loses_every_identifying_tag(tmp_path: Path) -> None:
    original = (MEDIA / "photo_gps.jpg").read_bytes()
    before = _exiftool(tmp_path, original, ".orig.jpg")
    assert "GPS:GPSLatitude" in before and "IFD1:ThumbnailImage" in before  # the trap is real

    result = redact_image(original, [TAG_BOX])

    assert result.media_type == "image/jpeg" and result.suffix == ".jpg"
    tags = _exiftool(tmp_path, result.data, ".jpg")
    groups = {key.split(":")[0] for key in tags}
    assert groups <= {"SourceFile", "ExifTool", "System", "File", "JFIF", "Composite"}, groups
    for key in tags:
        for banned in ("GPS", "Serial", "Artist", "Thumbnail", "Comment", "Creator", "By-line"):
            assert banned not in key, key
    dumped = json.dumps(tags, ensure_ascii=False)
    assert "Sargsyan" not in dumped and "Canon" not in dumped

    image = _open(result.data)
    assert not {"exif", "icc_profile", "comment", "xmp", "photoshop", "adobe"} & set(image.info)
    assert len(image.getexif()) == 0
    _assert_no_names(result.data)


def test_name_tag_box_is_solid_black_and_the_rest_is_the_picture() -> None:
    original = (MEDIA / "photo_gps.jpg").read_bytes()
    result = redact_image(original, [TAG_BOX])

    out = _open(result.data)
    assert out.size == (1600, 1200) == (result.width, result.height)
    assert _all_black(_region(out, TAG_BOX))
    # Outside the box the picture is still the picture (JPEG noise only).
    source = _open(original).convert("RGB")
    face = (700, 300, 200, 200)
    difference = ImageChops.difference(_region(source, face), _region(out, face).convert("RGB"))
    assert _highest(difference) < 40


def test_box_on_rotated_photo_lands_on_the_tag_as_displayed() -> None:
    original = (MEDIA / "photo_rotated.jpg").read_bytes()
    stored = _open(original)
    assert stored.getexif().get(0x0112) == 6 and stored.size == (1200, 1600)
    displayed = ImageOps.exif_transpose(stored).convert("RGB")
    # The box really frames the white name tag of the picture as a person sees it.
    assert ImageStat.Stat(ImageOps.grayscale(_region(displayed, ROTATED_TAG_BOX))).mean[0] > 200

    result = redact_image(original, [ROTATED_TAG_BOX])

    out = _open(result.data)
    assert out.getexif().get(0x0112) is None  # stored upright, nothing to rotate
    shown = ImageOps.exif_transpose(out).convert("RGB")
    assert shown.size == displayed.size == image_size(original) == (1600, 1200)
    assert _all_black(_region(shown, ROTATED_TAG_BOX))
    face = (700, 300, 200, 200)
    difference = ImageChops.difference(_region(displayed, face), _region(shown, face))
    assert _highest(difference) < 40
    _assert_no_names(result.data)


def test_diagram_png_keeps_no_text_chunks(tmp_path: Path) -> None:
    original = (MEDIA / "diagram.png").read_bytes()
    assert b"tEXt" in original and b"iTXt" in original

    result = redact_image(original, [])

    assert result.media_type == "image/png"
    assert set(_png_chunks(result.data)) <= {"IHDR", "IDAT", "IEND"}
    assert _open(result.data).info == {}
    tags = _exiftool(tmp_path, result.data, ".png")
    assert not any(key.startswith(("PNG:Author", "PNG:Description")) for key in tags)
    _assert_no_names(result.data)
    # Same pixels: nothing but the metadata changed.
    assert ImageChops.difference(_open(original), _open(result.data)).getbbox() is None


def _png_chunks(data: bytes) -> list[str]:
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack_from(">I", data, offset)
        chunks.append(data[offset + 4 : offset + 8].decode("latin-1"))
        offset += 12 + length
    return chunks


# Orientation n's stored pixels are displayed after ImageOps.exif_transpose; these are the
# inverse operations, to make a stored picture from the one we want displayed.
_STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _marked_picture() -> Image.Image:
    """A 240x160 grey picture (as displayed) with a red patch at (40, 30, 48, 32)."""
    picture = Image.new("RGB", (240, 160), (128, 128, 128))
    picture.paste((220, 20, 20), (40, 30, 88, 62))
    return picture


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_every_exif_orientation_puts_the_box_where_it_is_seen(orientation: int, fmt: str) -> None:
    displayed = _marked_picture()
    operation = _STORE[orientation]
    stored = displayed if operation is None else displayed.transpose(operation)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    stored.save(buffer, fmt, exif=exif.tobytes())
    data = buffer.getvalue()
    assert ImageOps.exif_transpose(_open(data)).size == (240, 160)

    result = redact_image(data, [(40, 30, 48, 32)])

    out = _open(result.data)
    assert out.size == (240, 160) and (result.width, result.height) == (240, 160)
    assert len(out.getexif()) == 0
    assert _all_black(out.crop((40, 30, 88, 62)))
    assert _red_pixels(out) is None
    # Far from the box the grey background is where it was.
    assert abs(out.convert("L").getpixel((200, 130)) - 128) < 10  # type: ignore[operator]


def _red_pixels(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Bounding box of strongly red pixels (the marker patch), None when there are none."""
    rgb = image.convert("RGB")
    red = rgb.getchannel("R").point(lambda v: 255 if v > 150 else 0)
    not_green = rgb.getchannel("G").point(lambda v: 255 if v < 80 else 0)
    return ImageChops.multiply(red, not_green).getbbox()


def _save(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _gps_exif(name: str) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = name  # Artist
    exif[0x010E] = f"Portrait of {name}"  # ImageDescription
    exif.get_ifd(0x8825)[2] = (40.0, 10.0, 52.0)  # GPSLatitude
    return exif.tobytes()


def test_tiff_with_tags_becomes_a_bare_png(tmp_path: Path) -> None:
    picture = _marked_picture()
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = "Davit Sargsyan at the checkpoint"  # ImageDescription
    info[315] = "Davit Sargsyan"  # Artist
    data = _save(picture, "TIFF", tiffinfo=info, exif=_gps_exif("Davit Sargsyan"))
    assert b"Davit Sargsyan" in data

    result = redact_image(data, [(40, 30, 48, 32)])

    assert result.media_type == "image/png" and result.suffix == ".png"
    assert set(_png_chunks(result.data)) <= {"IHDR", "IDAT", "IEND"}
    tags = _exiftool(tmp_path, result.data, ".png")
    assert not any(key.startswith(("IFD0", "GPS", "ExifIFD", "XMP")) for key in tags)
    _assert_no_names(result.data)
    assert _all_black(_open(result.data).crop((40, 30, 88, 62)))


@pytest.mark.parametrize("lossless", [False, True])
def test_webp_keeps_its_compression_and_loses_its_metadata(tmp_path: Path, lossless: bool) -> None:
    picture = _marked_picture()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Davit Sargsyan</dc:creator></x:xmpmeta>'
    data = _save(picture, "WEBP", lossless=lossless, exif=_gps_exif("Davit Sargsyan"), xmp=xmp)
    assert b"Davit Sargsyan" in data

    result = redact_image(data, [(40, 30, 48, 32)])

    assert result.media_type == "image/webp"
    chunks = _riff_chunks(result.data)
    assert set(chunks) <= {"VP8 ", "VP8L", "VP8X", "ALPH"}
    assert ("VP8L" in chunks) is lossless
    tags = _exiftool(tmp_path, result.data, ".webp")
    assert not any(key.startswith(("IFD0", "GPS", "XMP", "ExifIFD")) for key in tags)
    _assert_no_names(result.data)
    out = _open(result.data).convert("RGB")
    if lossless:
        assert _all_black(out.crop((40, 30, 88, 62)))
    else:
        # Lossy WebP rings a little: near black (a few levels of 255), never the patch.
        assert _highest(out.crop((40, 30, 88, 62))) <= 16


def _riff_chunks(data: bytes) -> list[str]:
    chunks, offset = [], 12
    while offset + 8 <= len(data):
        (size,) = struct.unpack_from("<I", data, offset + 4)
        chunks.append(data[offset : offset + 4].decode("latin-1"))
        offset += 8 + size + (size & 1)
    return chunks


def test_jpeg_icc_comment_and_trailing_payload_are_dropped() -> None:
    picture = _marked_picture()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = _save(picture, "JPEG", icc_profile=icc, comment=b"Davit Sargsyan")
    data += b"PK\x03\x04 hidden archive naming Davit Sargsyan"

    result = redact_image(data, [])

    assert result.data.endswith(b"\xff\xd9") and result.data.count(b"\xff\xd8") == 1
    out = _open(result.data)
    assert "icc_profile" not in out.info and "comment" not in out.info
    _assert_no_names(result.data)


def test_modes_are_converted_to_what_the_format_stores() -> None:
    cmyk = _save(Image.new("CMYK", (64, 48), (0, 255, 255, 0)), "JPEG")
    out = _open(redact_image(cmyk, [(0, 0, 8, 8)]).data)
    assert out.mode == "RGB"
    assert out.getpixel((40, 40))[0] > 200  # type: ignore[index]  # red stays red

    grey = _save(Image.new("L", (64, 48), 200), "JPEG")
    assert _open(redact_image(grey, [(0, 0, 8, 8)]).data).mode == "L"

    palette = Image.new("P", (64, 48), 1)
    palette.putpalette([0, 0, 0, 10, 200, 30] + [0] * 762)
    transparent = _save(palette, "PNG", transparency=0)
    out = _open(redact_image(transparent, [(0, 0, 10, 10)]).data)
    assert out.mode == "RGBA" and out.getpixel((5, 5)) == (0, 0, 0, 255)
    opaque = _save(palette, "PNG")
    out = _open(redact_image(opaque, [(0, 0, 10, 10)]).data)
    assert out.mode == "RGB" and out.getpixel((30, 30)) == (10, 200, 30)

    rgba = _save(Image.new("RGBA", (64, 48), (10, 20, 30, 0)), "PNG")
    out = _open(redact_image(rgba, [(0, 0, 10, 10)]).data)
    # The box is opaque even over transparent pixels: it shows on any background.
    assert out.getpixel((5, 5)) == (0, 0, 0, 255) and out.getpixel((30, 30))[3] == 0  # type: ignore[index]

    bilevel = _save(Image.new("1", (64, 48), 1), "PNG")
    out = _open(redact_image(bilevel, [(0, 0, 10, 10)]).data)
    assert out.mode == "L" and out.getpixel((5, 5)) == 0 and out.getpixel((30, 30)) == 255


def test_sixteen_bit_grey_stays_sixteen_bit() -> None:
    deep = Image.new("I;16", (64, 48), 40000)
    data = _save(deep, "PNG")
    assert _open(data).getpixel((30, 30)) == 40000

    result = redact_image(data, [(0, 0, 10, 10)])

    out = _open(result.data)
    assert out.mode.startswith("I")
    assert out.getpixel((30, 30)) == 40000 and out.getpixel((5, 5)) == 0
    tiff = redact_image(_save(deep, "TIFF"), [(0, 0, 10, 10)])
    assert _open(tiff.data).getpixel((30, 30)) == 40000


def test_jpeg_boxes_grow_to_the_block_grid_and_stay_pure_black() -> None:
    picture = Image.effect_noise((96, 64), 80).convert("RGB")
    result = redact_image(_save(picture, "JPEG", quality=95), [(13, 10, 20, 9)])

    out = _open(result.data).convert("RGB")
    assert _all_black(out.crop((8, 8, 40, 24)))  # grown outward to multiples of 8
    assert not _all_black(out.crop((40, 8, 48, 24)))


def test_boxes_are_clipped_to_the_picture_and_checked() -> None:
    data = _save(_marked_picture(), "PNG")
    out = _open(redact_image(data, [(-50, -50, 60, 60), (230, 150, 500, 500)]).data)
    assert _all_black(out.crop((0, 0, 10, 10))) and _all_black(out.crop((230, 150, 240, 160)))
    assert out.getpixel((11, 11)) == (128, 128, 128)
    # A box wholly outside changes nothing.
    untouched = _open(redact_image(data, [(1000, 1000, 5, 5)]).data)
    assert ImageChops.difference(untouched, _marked_picture()).getbbox() is None

    for bad in [(0, 0, 0, 10), (0, 0, 10, -1), (float("nan"), 0, 5, 5), (0, 0, float("inf"), 1)]:
        with pytest.raises(InvalidBox):
            redact_image(data, [bad])


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_decompression_bomb_is_refused_clearly_without_a_warning() -> None:
    bomb = _png_claiming(100_000, 100_000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(MediaTooLarge, match="100000×100000") as refused:
            redact_image(bomb, [(0, 0, 1, 1)])
        # Between Pillow's own warning threshold (89 MP) and our cap: no warning either.
        assert image_size(_png_claiming(10_000, 9_500)) == (10_000, 9_500)
    assert "megapixels" in str(refused.value)
    with pytest.raises(MediaTooLarge):
        redact_image(_save(_marked_picture(), "PNG"), [], max_pixels=1000)


def test_a_png_whose_pixels_stop_early_is_refused() -> None:
    with pytest.raises(DamagedMedia):
        redact_image(_png_claiming(2000, 2000), [])


def test_truncated_jpeg_is_refused() -> None:
    whole = (MEDIA / "photo_gps.jpg").read_bytes()
    with pytest.raises(DamagedMedia, match="damaged or truncated"):
        redact_image(whole[: len(whole) // 2], [TAG_BOX])
    with pytest.raises(DamagedMedia):
        redact_image(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", [])


def test_a_zip_named_jpg_is_refused_as_a_zip(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "photo.jpg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("statement.txt", "Davit Sargsyan")
    with pytest.raises(UnsupportedMedia, match="ZIP"):
        redact_image(path.read_bytes(), [])


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (_save(Image.new("RGB", (8, 8)), "GIF"), "GIF"),
        (_save(Image.new("RGB", (8, 8)), "BMP"), "BMP"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64), "HEIC"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
        (bytes(range(256)) * 4, "not a picture"),
        (b"", "not a picture"),
        (b"%PDF-1.7\n", "PDF"),
    ],
)
def test_other_formats_are_refused_by_name(data: bytes, named: str) -> None:
    with pytest.raises(UnsupportedMedia, match=named) as refused:
        redact_image(data, [])
    # A user error: one line for the CLI, a dialog for the GUI, never a traceback.
    assert isinstance(refused.value, InputError) and isinstance(refused.value, RedactionError)
    assert "\n" not in str(refused.value)


def test_animations_and_multi_page_tiffs_are_refused() -> None:
    frames = [Image.new("RGB", (16, 16), c) for c in ((255, 0, 0), (0, 255, 0))]
    animated = _save(frames[0], "PNG", save_all=True, append_images=frames[1:])
    with pytest.raises(UnsupportedMedia, match="2 frames"):
        redact_image(animated, [])
    pages = _save(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(UnsupportedMedia, match="2 pages"):
        redact_image(pages, [])


def test_a_tiff_preview_page_is_dropped_not_refused(tmp_path: Path) -> None:
    full, preview = Image.new("RGB", (64, 48), (0, 0, 255)), Image.new("RGB", (16, 12), (0, 0, 255))
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[254] = 1  # NewSubfileType: reduced-resolution version of another page
    path = tmp_path / "scan.tif"  # the appending writer needs a real file
    with TiffImagePlugin.AppendingTiffWriter(str(path), new=True) as writer:
        full.save(writer, "TIFF")
        writer.newFrame()
        preview.save(writer, "TIFF", tiffinfo=info)
    data = path.read_bytes()
    assert getattr(_open(data), "n_frames", 1) == 2

    result = redact_image(data, [(0, 0, 8, 8)])

    assert (result.width, result.height) == (64, 48)


def test_a_large_png_takes_the_fast_compression_and_is_still_bare() -> None:
    large = Image.new("L", (3000, 3000), 90)  # 9 MP: above PNG_FAST_ABOVE
    data = _save(large, "PNG", pnginfo=_text_chunk("Author", "Davit Sargsyan"))
    assert b"Davit Sargsyan" in data

    result = redact_image(data, [(100, 100, 50, 50)])

    assert set(_png_chunks(result.data)) <= {"IHDR", "IDAT", "IEND"}
    _assert_no_names(result.data)
    out = _open(result.data)
    assert out.size == (3000, 3000) and out.getpixel((120, 120)) == 0
    assert out.getpixel((2000, 2000)) == 90


def _text_chunk(key: str, value: str) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text(key, value)
    info.add_itxt(key, value, zip=True)
    return info
