"""Hostile pictures and PDFs, generated in memory: decompression bombs, truncated files,
other formats disguised by their extension, PDFs with thousands of pages or a giant page."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

BOMB_SIDE = 20_000  # 400 million pixels: past Pillow's bomb limit (2 x 89.5 million)


def _small(fmt: str, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (16, 12), 90).save(buffer, fmt)
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb() -> bytes:
    """A real PNG of BOMB_SIDE x BOMB_SIDE grey pixels, all zero: a few hundred KiB that
    inflate to 400 MB."""
    squeeze = zlib.compressobj(9)
    row = bytes(BOMB_SIDE + 1)  # filter byte + pixels
    parts = [squeeze.compress(row * 500) for _ in range(BOMB_SIDE // 500)]
    parts.append(squeeze.flush())
    header = struct.pack(">IIBBBBB", BOMB_SIDE, BOMB_SIDE, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def jpeg_bomb() -> bytes:
    """A small real JPEG whose frame header says 20000 x 20000."""
    data = bytearray(_small("JPEG"))
    at = data.index(b"\xff\xc0") + 5  # SOF0: length(2) precision(1) height(2) width(2)
    data[at : at + 4] = struct.pack(">HH", BOMB_SIDE, BOMB_SIDE)
    return bytes(data)


def gif_bomb() -> bytes:
    """A small real GIF whose screen and frame say 20000 x 20000."""
    data = bytearray(_small("GIF", "L"))
    data[6:10] = struct.pack("<HH", BOMB_SIDE, BOMB_SIDE)
    at = data.index(b"\x2c")  # image descriptor: left, top, width, height
    data[at + 5 : at + 9] = struct.pack("<HH", BOMB_SIDE, BOMB_SIDE)
    return bytes(data)


def tiff_bomb() -> bytes:
    """An uncompressed grey TIFF claiming 20000 x 20000 pixels in one strip of a few
    bytes (a reader that trusts the header allocates 400 MB)."""
    entries = [
        (256, 4, 1, BOMB_SIDE),  # ImageWidth
        (257, 4, 1, BOMB_SIDE),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # Photometric: black is zero
        (273, 4, 1, 8 + 2 + 9 * 12 + 4),  # StripOffsets: right after the IFD
        (277, 3, 1, 1),  # SamplesPerPixel
        (278, 4, 1, BOMB_SIDE),  # RowsPerStrip
        (279, 4, 1, BOMB_SIDE * BOMB_SIDE),  # StripByteCounts
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<HHI", tag, kind, count)
        ifd += packed + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\x00\x00\x00\x00" + bytes(64)


def truncated_jpeg() -> bytes:
    data = _small("JPEG")
    return data[: len(data) // 2]


def truncated_png() -> bytes:
    data = _small("PNG")
    return data[: len(data) // 2]


def exe_bytes() -> bytes:
    """The start of a Windows executable (an MZ header and PE signature)."""
    header = bytearray(b"MZ" + bytes(62))
    header[0x3C:0x40] = struct.pack("<I", 64)
    return bytes(header) + b"PE\x00\x00" + bytes(200)


def zip_bytes() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", _small("JPEG"))
    return buffer.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_many_pages(pages: int = 5000) -> bytes:
    """A PDF whose page tree lists the same small page ``pages`` times."""
    kids = b" ".join([b"3 0 R"] * pages)
    content = b"BT /F1 12 Tf 72 720 Td (page) Tj ET"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def pdf_huge_page(side: int = 200_000) -> bytes:
    """A one-page PDF whose page is ``side`` x ``side`` points (about 70 km square)."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side} {side}] >>".encode(),
        ]
    )


HOSTILE_MEDIA = {
    "bomb.png": png_bomb,
    "bomb.jpg": jpeg_bomb,
    "bomb.gif": gif_bomb,
    "bomb.tif": tiff_bomb,
    "truncated.jpg": truncated_jpeg,
    "truncated.png": truncated_png,
    "program.jpg": exe_bytes,
    "archive.jpg": zip_bytes,
    "5000-pages.pdf": pdf_many_pages,
    "huge-page.pdf": pdf_huge_page,
}
