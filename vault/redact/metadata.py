"""What a file carries besides its content: the facts a person should know before it
leaves (where a photo was taken, which camera, who wrote a PDF, when), read in memory.

- :func:`image_metadata`: the kinds of metadata a picture carries, in words (what an
  export's derivative says it removed).
- :func:`summarize_metadata`: size (pixels as displayed, or pages) and the facts inside
  an image, PDF, audio or video file; never raises on damaged input.
- :func:`attachment_metadata`: the same for a vault's attachment, decrypted in memory.

Nothing here writes to disk; a file that cannot be parsed is "metadata unreadable".
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

from vault.core.attachments import read_attachment
from vault.core.vault import Vault
from vault.redact.media import MediaKind, classify
from vault.redact.pdf import PDFIUM_LOCK

__all__ = ["MetadataSummary", "attachment_metadata", "image_metadata", "summarize_metadata"]

# EXIF tags (TIFF/EXIF 2.3 numbering) this module reads.
_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_MAKE, _MODEL, _ORIENTATION, _SOFTWARE, _DATETIME = 0x010F, 0x0110, 0x0112, 0x0131, 0x0132
_ARTIST, _COPYRIGHT = 0x013B, 0x8298
_ORIGINAL, _DIGITIZED = 0x9003, 0x9004
_BODY_SERIAL, _LENS_SERIAL, _OWNER = 0xA431, 0xA435, 0xA430
# Orientations 5-8 turn the picture a quarter: displayed width and height swap.
_QUARTER_TURNS = {5, 6, 7, 8}
# PNG text keys worth naming (PNG spec 11.3.4.2) and the fact each is.
_PNG_KEYS = {
    "author": "author",
    "copyright": "copyright",
    "creation time": "created",
    "software": "software",
    "source": "camera",
    "comment": "comment",
    "description": "description",
    "title": "title",
}
# PDF Info keys and the fact each is.
_PDF_KEYS = {
    "Author": "author",
    "Creator": "creator",
    "Producer": "producer",
    "CreationDate": "created",
    "ModDate": "modified",
    "Title": "title",
}
_XMP_GPS = re.compile(rb"GPSLatitude|GPSLongitude")


@dataclass
class MetadataSummary:
    """What one file is and carries.

    ``facts`` are (label, value) pairs in reading order ("camera serial", "12345");
    ``gps`` the position in decimal degrees when the file states one readably,
    ``gps_present`` also when it carries a position it does not state readably;
    ``carries`` the kinds of metadata in words; ``unreadable`` when the file could not
    be parsed (nothing else is then known but its format).
    """

    format: str
    kind: str
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    gps: tuple[float, float] | None = None
    gps_present: bool = False
    facts: list[tuple[str, str]] = field(default_factory=list)
    carries: list[str] = field(default_factory=list)
    unreadable: bool = False
    damaged: bool = False

    def lines(self) -> list[str]:
        """The summary for a person, one fact a line (coordinates included: this is
        the vault user's own view of their own file)."""
        first = self.format.upper()
        if self.width is not None and self.height is not None:
            first += f", {self.width} x {self.height} pixels as displayed"
        if self.pages is not None:
            first += f", {self.pages} page(s)"
        if self.kind == MediaKind.OTHER:
            first = "format not recognised: no metadata read"
        lines = [first]
        if self.unreadable:
            return [*lines, "metadata unreadable (the file is damaged or not what it says)"]
        if self.damaged:
            lines.append("the file is damaged: its content cannot all be read")
        if self.gps is not None:
            lines.append(f"GPS position {self.gps[0]:.5f}, {self.gps[1]:.5f}")
        elif self.gps_present:
            lines.append("GPS position present")
        lines.extend(f"{label}: {value}" for label, value in self.facts)
        if self.carries:
            lines.append(f"metadata: {', '.join(self.carries)}")
        elif self.kind in (MediaKind.IMAGE, MediaKind.PDF):
            lines.append("metadata: none found")
        return lines

    def as_json(self) -> dict[str, Any]:
        """JSON-ready: every field, ``facts`` as an object, ``lines`` as :meth:`lines`."""
        return {
            "format": self.format,
            "kind": self.kind,
            "width": self.width,
            "height": self.height,
            "pages": self.pages,
            "gps": None
            if self.gps is None
            else {"latitude": self.gps[0], "longitude": self.gps[1]},
            "gps_present": self.gps_present,
            "facts": dict(self.facts),
            "metadata": list(self.carries),
            "unreadable": self.unreadable,
            "damaged": self.damaged,
            "lines": self.lines(),
        }


def image_metadata(data: bytes) -> list[str]:
    """What a picture carries besides its pixels, in words ("EXIF (GPS, camera serial)",
    "XMP", "ICC profile"...); empty when nothing or when it cannot be read."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return _carries(image)
    except Exception:  # any parser failure means "nothing readable", never a traceback
        return []


def summarize_metadata(data: bytes) -> MetadataSummary:
    """Size and metadata facts of ``data`` (decided from its content, not a name).

    Images: pixel size after EXIF orientation, GPS position, camera make, model and
    serial, owner, artist, copyright, capture times, software (EXIF, XMP, PNG text).
    PDFs: page count and Info author, creator, producer, title and dates; XMP is
    noted. Audio and video: the format only. Never raises: a file that cannot be parsed
    gives ``unreadable``; a picture whose header reads but whose pixels do not gives
    ``damaged`` with what was read."""
    media = classify(data[:4096])
    summary = MetadataSummary(media.format, str(media.kind))
    try:
        if media.kind == MediaKind.IMAGE:
            _read_image(data, summary)
        elif media.kind == MediaKind.PDF:
            _read_pdf(data, summary)
    except Exception:  # a damaged file must read as such, never as a traceback
        return MetadataSummary(media.format, str(media.kind), unreadable=True)
    return summary


def attachment_metadata(vault: Vault, attachment_id: str) -> MetadataSummary:
    """:func:`summarize_metadata` of a vault's attachment, decrypted in memory only.
    Audio, video and other files are classified from their first chunk and not read
    further.  Pictures and PDFs are parsed in a caged child process
    (``vault.redact.caged``); one that crashes, hangs or runs out of memory there reads as
    ``unreadable``.  Refuses (UnknownId, IntegrityError) what ``read_attachment`` refuses."""
    chunks = read_attachment(vault, attachment_id)
    head = next(chunks, b"")
    media = classify(head[:4096])
    if media.kind not in (MediaKind.IMAGE, MediaKind.PDF):
        return summarize_metadata(head)
    from vault.redact import caged  # caged's child imports this module

    facts = caged.metadata_facts(head + b"".join(chunks))
    if facts is None:
        return MetadataSummary(media.format, str(media.kind), unreadable=True)
    gps = facts.get("gps")
    return MetadataSummary(
        str(facts["format"]),
        str(facts["kind"]),
        facts.get("width"),
        facts.get("height"),
        facts.get("pages"),
        (float(gps[0]), float(gps[1])) if gps else None,
        bool(facts.get("gps_present")),
        [(str(a), str(b)) for a, b in facts.get("facts", [])],
        [str(c) for c in facts.get("carries", [])],
        bool(facts.get("unreadable")),
        bool(facts.get("damaged")),
    )


def _read_image(data: bytes, summary: MetadataSummary) -> None:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        inner = exif.get_ifd(_EXIF_IFD)
        width, height = image.size
        if exif.get(_ORIENTATION) in _QUARTER_TURNS:
            width, height = height, width
        summary.width, summary.height = width, height
        summary.carries = _carries(image)
        gps = exif.get_ifd(_GPS_IFD)
        summary.gps = _gps_position(gps)
        xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
        xmp_bytes = xmp.encode() if isinstance(xmp, str) else bytes(xmp)
        summary.gps_present = bool(gps) or bool(_XMP_GPS.search(xmp_bytes))
        facts = summary.facts
        camera = " ".join(str(exif[t]).strip() for t in (_MAKE, _MODEL) if exif.get(t))
        _add(facts, "camera", camera)
        _add(facts, "camera serial", inner.get(_BODY_SERIAL))
        _add(facts, "lens serial", inner.get(_LENS_SERIAL))
        _add(facts, "camera owner", inner.get(_OWNER))
        _add(facts, "author", exif.get(_ARTIST))
        _add(facts, "copyright", exif.get(_COPYRIGHT))
        _add(facts, "taken", inner.get(_ORIGINAL))
        _add(facts, "digitized", inner.get(_DIGITIZED))
        _add(facts, "modified", exif.get(_DATETIME))
        _add(facts, "software", exif.get(_SOFTWARE))
        for key, value in (getattr(image, "text", None) or {}).items():
            label = _PNG_KEYS.get(str(key).lower())
            if label and not any(f[0] == label for f in facts):
                _add(facts, label, value)
        try:
            # Decoding at reduced scale reads the whole stream (a cut-off file fails)
            # without paying for full-size pixels.
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
        except (OSError, SyntaxError, ValueError):
            summary.damaged = True


def _read_pdf(data: bytes, summary: MetadataSummary) -> None:
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            summary.pages = len(pdf)
            info = pdf.get_metadata_dict()
        finally:
            pdf.close()
    for key, label in _PDF_KEYS.items():
        value = info.get(key, "")
        _add(summary.facts, label, _pdf_date(value) if key.endswith("Date") else value)
    if any(value for value in info.values()):
        summary.carries.append("document information")
    if b"x:xmpmeta" in data or b"/Type /Metadata" in data or b"/Type/Metadata" in data:
        summary.carries.append("XMP")
    if _XMP_GPS.search(data):
        summary.gps_present = True


def _carries(image: Image.Image) -> list[str]:
    found: list[str] = []
    exif = image.getexif()
    inner = exif.get_ifd(_EXIF_IFD)
    details = []
    if _GPS_IFD in exif:
        details.append("GPS")
    if _BODY_SERIAL in inner or _LENS_SERIAL in inner:
        details.append("camera serial")
    if _MAKE in exif or _MODEL in exif:
        details.append("camera make and model")
    if _ARTIST in exif or _COPYRIGHT in exif:
        details.append("author")
    if _DATETIME in exif or _ORIGINAL in inner or _DIGITIZED in inner:
        details.append("times")
    if exif:
        found.append(f"EXIF ({', '.join(details)})" if details else "EXIF")
    info = image.info
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found.append("XMP")
    if "icc_profile" in info:
        found.append("ICC profile")
    if "comment" in info:
        found.append("comment")
    if getattr(image, "text", None):
        found.append("text chunks")
    return found


def _gps_position(gps: Any) -> tuple[float, float] | None:
    """Decimal degrees from a GPS IFD (tags 1-4), or None when it states no readable
    position (present but empty or malformed still counts as present elsewhere)."""
    try:
        lat = _degrees(gps[2]) * (-1 if str(gps.get(1, "N")).upper().startswith("S") else 1)
        lon = _degrees(gps[4]) * (-1 if str(gps.get(3, "E")).upper().startswith("W") else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(value: Any) -> float:
    d, m, s = (float(part) for part in value)
    return d + m / 60 + s / 3600


def _pdf_date(value: str) -> str:
    """``D:20240305100000Z`` -> ``2024-03-05 10:00:00``; anything else unchanged."""
    found = re.match(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", value)
    if not found:
        return value
    y, mo, d, h, mi, s = (g or "00" for g in found.groups())
    return f"{y}-{mo if mo != '00' else '01'}-{d if d != '00' else '01'} {h}:{mi}:{s}"


def _add(facts: list[tuple[str, str]], label: str, value: Any) -> None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = " ".join(str(value or "").replace("\x00", " ").split())
    if text:
        facts.append((label, text[:200]))
