"""What an attachment is, decided from its first bytes, never from its file name.

Export needs to know which redaction applies (image, PDF), which items it must leave out
of an anonymized bundle unless asked (audio and video: voices and faces identify people
and cannot be redacted here yet), and which it cannot handle at all. A file name is
chosen by whoever sent the file ("photo.jpg" may be a zip), so only the content counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Every signature below sits in the first 1 KiB except MPEG transport streams (three
# 188-byte packets); 4 KiB leaves room and is one read of the first decrypted chunk.
SNIFF_BYTES = 4096

# Formats whose redaction this package implements (images.py, pdf.py).
REDACTABLE_FORMATS = frozenset({"jpeg", "png", "webp", "tiff", "pdf"})


class MediaKind(StrEnum):
    """The five families export treats differently."""

    IMAGE = "image"
    PDF = "pdf"
    AUDIO = "audio"
    VIDEO = "video"
    OTHER = "other"


@dataclass(frozen=True)
class MediaClass:
    """What the bytes are: family, MIME type and a short format name ("jpeg", "mp4"...)."""

    kind: MediaKind
    media_type: str
    format: str

    @property
    def redactable(self) -> bool:
        """True when redact_image or redact_pdf accepts this format."""
        return self.format in REDACTABLE_FORMATS

    @property
    def is_media(self) -> bool:
        """True for audio and video: left out of anonymized exports unless included."""
        return self.kind in (MediaKind.AUDIO, MediaKind.VIDEO)


def _image(media_type: str, name: str) -> MediaClass:
    return MediaClass(MediaKind.IMAGE, media_type, name)


def _audio(media_type: str, name: str) -> MediaClass:
    return MediaClass(MediaKind.AUDIO, media_type, name)


def _video(media_type: str, name: str) -> MediaClass:
    return MediaClass(MediaKind.VIDEO, media_type, name)


UNKNOWN = MediaClass(MediaKind.OTHER, "application/octet-stream", "unknown")

# Leading bytes that decide on their own.
_PREFIXES: tuple[tuple[bytes, MediaClass], ...] = (
    (b"\xff\xd8\xff", _image("image/jpeg", "jpeg")),
    (b"\x89PNG\r\n\x1a\n", _image("image/png", "png")),
    (b"II*\x00", _image("image/tiff", "tiff")),
    (b"MM\x00*", _image("image/tiff", "tiff")),
    (b"II+\x00", _image("image/tiff", "tiff")),  # BigTIFF
    (b"MM\x00+", _image("image/tiff", "tiff")),
    (b"GIF87a", _image("image/gif", "gif")),
    (b"GIF89a", _image("image/gif", "gif")),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", _image("image/jp2", "jpeg2000")),
    (b"\xff\x4f\xff\x51", _image("image/jp2", "jpeg2000")),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", _image("image/jxl", "jpegxl")),
    (b"\xff\x0a", _image("image/jxl", "jpegxl")),
    (b"8BPS", _image("image/vnd.adobe.photoshop", "psd")),
    (b"\x00\x00\x01\x00", _image("image/x-icon", "ico")),
    (b"ID3", _audio("audio/mpeg", "mp3")),
    (b"fLaC", _audio("audio/flac", "flac")),
    (b"#!AMR", _audio("audio/amr", "amr")),
    (b"MThd", _audio("audio/midi", "midi")),
    (b"caff", _audio("audio/x-caf", "caf")),
    (b".snd", _audio("audio/basic", "au")),
    (b"FLV\x01", _video("video/x-flv", "flv")),
    (b".RMF", _video("application/vnd.rn-realmedia", "realmedia")),
    (b"\x00\x00\x01\xba", _video("video/mpeg", "mpeg")),
    (b"\x00\x00\x01\xb3", _video("video/mpeg", "mpeg")),
    # ASF holds WMA as well as WMV; both are media, so the family is all that matters.
    (
        b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c",
        _video("video/x-ms-asf", "asf"),
    ),
    (b"PK\x03\x04", MediaClass(MediaKind.OTHER, "application/zip", "zip")),
)

# ISO base media file format ("ftyp" box): the major brand names the family.
_FTYP_AUDIO = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})
_FTYP_IMAGE = {
    b"heic": "heic",
    b"heix": "heic",
    b"heim": "heic",
    b"heis": "heic",
    b"hevc": "heic",
    b"hevx": "heic",
    b"mif1": "heif",
    b"msf1": "heif",
    b"avif": "avif",
    b"avis": "avif",
    b"crx ": "canon-raw",
}
_QUICKTIME_ATOMS = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})


def classify(head: bytes) -> MediaClass:
    """Classify an attachment from its first bytes (``SNIFF_BYTES`` are enough).

    Returns kind image / pdf / audio / video / other with a MIME type and a format name.
    Never raises: bytes nobody recognizes are ``other`` (``application/octet-stream``),
    which export must treat as not redactable. Formats are recognized even when this
    program cannot redact them (GIF, HEIC...), so a refusal can name what the file is.
    """
    head = head[:SNIFF_BYTES]
    for prefix, found in _PREFIXES:
        if head.startswith(prefix):
            return found
    return (
        _riff(head)
        or _iso_media(head)
        or _ogg(head)
        or _matroska(head)
        or _mpeg_audio(head)
        or _transport_stream(head)
        or _pdf(head)
        or _bmp(head)
        or _svg(head)
        or UNKNOWN
    )


def _riff(head: bytes) -> MediaClass | None:
    if head[:4] == b"RIFF":
        form = head[8:12]
        if form == b"WEBP":
            return _image("image/webp", "webp")
        if form == b"WAVE":
            return _audio("audio/wav", "wav")
        if form == b"AVI ":
            return _video("video/x-msvideo", "avi")
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return _audio("audio/aiff", "aiff")
    return None


def _iso_media(head: bytes) -> MediaClass | None:
    box = head[4:8]
    if box == b"ftyp":
        brand = head[8:12]
        if brand in _FTYP_IMAGE:
            name = _FTYP_IMAGE[brand]
            return _image(f"image/{name}" if name != "canon-raw" else "image/x-canon-cr3", name)
        if brand in _FTYP_AUDIO:
            return _audio("audio/mp4", "m4a")
        if brand == b"qt  ":
            return _video("video/quicktime", "mov")
        if brand.startswith(b"3g"):
            return _video("video/3gpp", "3gp")
        # Any other brand (isom, mp41, mp42, avc1, dash...) is an MP4-family container,
        # most often video; calling an audio-only one "video" still leaves it out.
        return _video("video/mp4", "mp4")
    if box in _QUICKTIME_ATOMS:
        return _video("video/quicktime", "mov")
    return None


def _ogg(head: bytes) -> MediaClass | None:
    if not head.startswith(b"OggS"):
        return None
    # The first page carries the first stream's identification header.
    if b"\x80theora" in head or b"\x01video" in head:
        return _video("video/ogg", "ogg")
    return _audio("audio/ogg", "ogg")


def _matroska(head: bytes) -> MediaClass | None:
    if not head.startswith(b"\x1a\x45\xdf\xa3"):
        return None
    if b"webm" in head[:64]:
        return _video("video/webm", "webm")
    return _video("video/x-matroska", "matroska")


def _mpeg_audio(head: bytes) -> MediaClass | None:
    """An MPEG audio frame header (MP3 without ID3) or an AAC ADTS header."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    layer = (head[1] >> 1) & 0x03
    if layer == 0:
        # ADTS: 12-bit sync, MPEG version bit, layer 00.
        return _audio("audio/aac", "aac") if head[1] & 0xF0 == 0xF0 else None
    version = (head[1] >> 3) & 0x03
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0x03
    if version == 1 or bitrate in (0, 15) or rate == 3:
        return None
    return _audio("audio/mpeg", "mp3")


def _transport_stream(head: bytes) -> MediaClass | None:
    for start, step in ((0, 188), (4, 192)):  # plain TS, and M2TS with timecodes
        if len(head) > start + 2 * step and all(head[start + i * step] == 0x47 for i in range(3)):
            return _video("video/mp2t", "mpeg-ts")
    return None


def _pdf(head: bytes) -> MediaClass | None:
    # Readers accept the header anywhere in the first 1024 bytes, so junk before it
    # does not make a PDF something else.
    if b"%PDF-" in head[:1024]:
        return MediaClass(MediaKind.PDF, "application/pdf", "pdf")
    return None


def _bmp(head: bytes) -> MediaClass | None:
    # "BM" alone is too weak; the four reserved bytes after the size are zero.
    if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00" and len(head) >= 26:
        return _image("image/bmp", "bmp")
    return None


def _svg(head: bytes) -> MediaClass | None:
    text = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<") and b"<svg" in text:
        return _image("image/svg+xml", "svg")
    return None
