"""Attachments are classified by their bytes: a renamed file is still what it is."""

from __future__ import annotations

import io
import wave
import zipfile

import pytest
from fpdf import FPDF
from PIL import Image

from tests.conftest import FIXTURES
from vault.redact.media import SNIFF_BYTES, MediaKind, classify

MEDIA = FIXTURES / "sample_case" / "media"


def _picture(fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 20, 30)).save(buffer, fmt, **params)
    return buffer.getvalue()


def _wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 800)
    return buffer.getvalue()


def _pdf() -> bytes:
    document = FPDF()
    document.add_page()
    return bytes(document.output())


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    return buffer.getvalue()


def _ftyp(brand: bytes) -> bytes:
    return b"\x00\x00\x00\x20ftyp" + brand + b"\x00\x00\x02\x00isomiso2mp41" + bytes(64)


def _ts_packets() -> bytes:
    return b"".join(b"\x47" + bytes(187) for _ in range(4))


@pytest.mark.parametrize(
    ("data", "kind", "fmt", "media_type"),
    [
        (_picture("JPEG"), "image", "jpeg", "image/jpeg"),
        (_picture("PNG"), "image", "png", "image/png"),
        (_picture("WEBP"), "image", "webp", "image/webp"),
        (_picture("TIFF"), "image", "tiff", "image/tiff"),
        (_picture("GIF"), "image", "gif", "image/gif"),
        (_picture("BMP"), "image", "bmp", "image/bmp"),
        (_ftyp(b"heic"), "image", "heic", "image/heic"),
        (_ftyp(b"avif"), "image", "avif", "image/avif"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image", "svg", "image/svg+xml"),
        (_pdf(), "pdf", "pdf", "application/pdf"),
        (b"garbage before the header\n%PDF-1.4\n", "pdf", "pdf", "application/pdf"),
        (_wav(), "audio", "wav", "audio/wav"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(64), "audio", "mp3", "audio/mpeg"),
        (b"\xff\xfb\x90\x64" + bytes(64), "audio", "mp3", "audio/mpeg"),  # bare MPEG frame
        (b"\xff\xf1\x50\x80" + bytes(64), "audio", "aac", "audio/aac"),
        (_ftyp(b"M4A "), "audio", "m4a", "audio/mp4"),
        (b"OggS\x00\x02" + bytes(22) + b"\x01\x13OpusHead", "audio", "ogg", "audio/ogg"),
        (b"fLaC\x00\x00\x00\x22", "audio", "flac", "audio/flac"),
        (b"#!AMR\n" + bytes(16), "audio", "amr", "audio/amr"),
        (b"FORM\x00\x00\x10\x00AIFFCOMM", "audio", "aiff", "audio/aiff"),
        (_ftyp(b"isom"), "video", "mp4", "video/mp4"),
        (_ftyp(b"mp42"), "video", "mp4", "video/mp4"),
        (_ftyp(b"qt  "), "video", "mov", "video/quicktime"),
        (_ftyp(b"3gp5"), "video", "3gp", "video/3gpp"),
        (b"\x00\x00\x00\x08wide\x00\x00\x10\x00mdat", "video", "mov", "video/quicktime"),
        (b"OggS\x00\x02" + bytes(22) + b"\x80theora", "video", "ogg", "video/ogg"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video", "webm", "video/webm"),
        (b"\x1a\x45\xdf\xa3\xa3\x42\x82\x88matroska", "video", "matroska", "video/x-matroska"),
        (b"RIFF\x00\x10\x00\x00AVI LIST", "video", "avi", "video/x-msvideo"),
        (_ts_packets(), "video", "mpeg-ts", "video/mp2t"),
        (b"\x00\x00\x01\xba\x44\x00\x04\x00", "video", "mpeg", "video/mpeg"),
        (_zip(), "other", "zip", "application/zip"),
        (b"Plain statement text, not a picture.", "other", "unknown", "application/octet-stream"),
        (b"", "other", "unknown", "application/octet-stream"),
        (b"BM", "other", "unknown", "application/octet-stream"),  # too short to be a BMP
    ],
)
def test_classify_by_content(data: bytes, kind: str, fmt: str, media_type: str) -> None:
    found = classify(data)
    assert (found.kind.value, found.format, found.media_type) == (kind, fmt, media_type)


def test_sample_case_media_are_what_they_look_like() -> None:
    kinds = {path.name: classify(path.read_bytes()) for path in MEDIA.iterdir()}
    assert {name: (found.kind, found.format) for name, found in kinds.items()} == {
        "photo_gps.jpg": (MediaKind.IMAGE, "jpeg"),
        "photo_rotated.jpg": (MediaKind.IMAGE, "jpeg"),
        "diagram.png": (MediaKind.IMAGE, "png"),
        "statement_scan.pdf": (MediaKind.PDF, "pdf"),
    }
    assert all(found.redactable and not found.is_media for found in kinds.values())


def test_the_head_of_a_file_is_enough() -> None:
    whole = (MEDIA / "statement_scan.pdf").read_bytes()
    assert classify(whole[:SNIFF_BYTES]) == classify(whole)
    assert classify(_ts_packets()[:SNIFF_BYTES]).kind is MediaKind.VIDEO


def test_what_export_must_leave_out_or_refuse() -> None:
    assert classify(_wav()).is_media and not classify(_wav()).redactable
    assert classify(_ftyp(b"isom")).is_media
    # A zip renamed photo.jpg is neither media nor redactable: export cannot clean it.
    renamed = classify(_zip())
    assert renamed.kind is MediaKind.OTHER and not renamed.redactable and not renamed.is_media
    # Known picture formats we cannot redact are recognized, so a refusal can name them.
    gif = classify(_picture("GIF"))
    assert gif.kind is MediaKind.IMAGE and not gif.redactable


def test_random_bytes_never_raise() -> None:
    import random

    generator = random.Random(7)
    for size in (0, 1, 2, 3, 4, 11, 12, 100, 5000):
        for _ in range(50):
            found = classify(generator.randbytes(size))
            assert found.kind in set(MediaKind)
