"""What a file carries, summarised for a person: real Pillow JPEGs with GPS, camera serial
and artist, a PNG with text chunks, a real fpdf2 PDF with Info metadata, and damaged
files that must read as "metadata unreadable", never as a traceback."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from fpdf import FPDF
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from vault.core.attachments import intake_streams
from vault.core.vault import Vault
from vault.redact.metadata import attachment_metadata, image_metadata, summarize_metadata

# Yerevan, written as a phone writes it (degrees, minutes, seconds).
YEREVAN = ((40.0, 10.0, 48.0), (44.0, 30.0, 36.0))


def photo_jpeg(
    *,
    gps: bool = True,
    south_west: bool = False,
    orientation: int | None = 6,
    size: tuple[int, int] = (64, 48),
) -> bytes:
    """A real JPEG whose EXIF says a camera, its serial, an author, a time and a place."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS 5D Mark IV"
    exif[0x013B] = "Ani Petrosyan"
    exif[0x0131] = "Firmware 1.2.0"
    if orientation is not None:
        exif[0x0112] = orientation
    inner = exif.get_ifd(0x8769)
    inner[0xA431] = "SN-0042731"
    inner[0x9003] = "2024:03:05 10:11:12"
    if gps:
        place = exif.get_ifd(0x8825)
        place[1], place[2] = ("S" if south_west else "N"), YEREVAN[0]
        place[3], place[4] = ("W" if south_west else "E"), YEREVAN[1]
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def plain_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "white").save(out, "JPEG")
    return out.getvalue()


def info_pdf(pages: int = 3) -> bytes:
    """A real PDF whose Info dictionary names an author, a creator and a creation date."""
    pdf = FPDF()
    pdf.set_author("Lilit Hovhannisyan")
    pdf.set_creator("Office Scanner 3000")
    pdf.set_creation_date(datetime(2023, 11, 2, 9, 30, tzinfo=UTC))
    pdf.set_font("helvetica")
    for n in range(pages):
        pdf.add_page()
        pdf.cell(text=f"page {n + 1}")
    return bytes(pdf.output())


def test_photo_gives_displayed_size_position_camera_serial_author_and_times() -> None:
    summary = summarize_metadata(photo_jpeg())
    # Stored 64 x 48 but turned a quarter by orientation 6: displayed 48 wide, 64 high.
    assert (summary.width, summary.height) == (48, 64)
    assert summary.gps is not None and summary.gps_present
    assert summary.gps == pytest.approx((40.18, 44.51), abs=1e-4)
    facts = dict(summary.facts)
    assert facts["camera"] == "Canon EOS 5D Mark IV"
    assert facts["camera serial"] == "SN-0042731"
    assert facts["author"] == "Ani Petrosyan"
    assert facts["taken"] == "2024:03:05 10:11:12"
    assert facts["software"] == "Firmware 1.2.0"
    lines = summary.lines()
    assert lines[0] == "JPEG, 48 x 64 pixels as displayed"
    assert "GPS position 40.18000, 44.51000" in lines
    assert not summary.unreadable and not summary.damaged


def test_southern_and_western_positions_are_negative() -> None:
    summary = summarize_metadata(photo_jpeg(south_west=True, orientation=None))
    assert summary.gps == pytest.approx((-40.18, -44.51), abs=1e-4)
    assert (summary.width, summary.height) == (64, 48)


def test_a_plain_photo_carries_nothing() -> None:
    summary = summarize_metadata(plain_jpeg())
    assert summary.gps is None and not summary.gps_present
    assert summary.facts == [] and summary.carries == []
    assert summary.lines() == ["JPEG, 30 x 20 pixels as displayed", "metadata: none found"]


def test_png_text_chunks_name_author_and_software_and_xmp_gps_counts_as_a_position() -> None:
    info = PngInfo()
    info.add_text("Author", "Narek Grigoryan")
    info.add_text("Software", "Snapseed 2.0")
    info.add_itxt(
        "XML:com.adobe.xmp",
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description '
        'exif:GPSLatitude="40,10.8N" exif:GPSLongitude="44,30.6E"/></x:xmpmeta>',
    )
    out = io.BytesIO()
    Image.new("RGB", (10, 7)).save(out, "PNG", pnginfo=info)
    summary = summarize_metadata(out.getvalue())
    assert (summary.format, summary.width, summary.height) == ("png", 10, 7)
    facts = dict(summary.facts)
    assert facts["author"] == "Narek Grigoryan" and facts["software"] == "Snapseed 2.0"
    # A position stated only in XMP is still a position: present, not decoded.
    assert summary.gps_present and summary.gps is None
    assert "GPS position present" in summary.lines()


def test_pdf_gives_page_count_author_creator_and_dates() -> None:
    summary = summarize_metadata(info_pdf(3))
    assert summary.pages == 3 and summary.width is None
    facts = dict(summary.facts)
    assert facts["author"] == "Lilit Hovhannisyan"
    assert facts["creator"] == "Office Scanner 3000"
    assert facts["created"] == "2023-11-02 09:30:00"
    assert summary.lines()[0] == "PDF, 3 page(s)"
    assert "document information" in summary.carries


@pytest.mark.parametrize("keep", [0.5, 0.02])
def test_truncated_files_say_so_without_raising(keep: float) -> None:
    for data in (photo_jpeg(size=(400, 300)), info_pdf(2)):
        cut = data[: max(8, int(len(data) * keep))]
        summary = summarize_metadata(cut)
        assert summary.unreadable or summary.damaged, (keep, summary)
        text = "\n".join(summary.lines())
        assert "unreadable" in text or "damaged" in text


def test_garbage_after_a_jpeg_signature_is_unreadable() -> None:
    summary = summarize_metadata(b"\xff\xd8\xff" + b"\x00" * 50)
    assert summary.unreadable
    assert summary.lines()[-1].startswith("metadata unreadable")
    assert image_metadata(b"\xff\xd8\xff" + b"\x00" * 50) == []


def test_attachment_metadata_reads_the_vault_copy(vault: Vault, case_id: str) -> None:
    [attachment] = intake_streams(vault, case_id, [("photo.jpg", io.BytesIO(photo_jpeg()))])
    summary = attachment_metadata(vault, attachment.id)
    assert summary.gps == pytest.approx((40.18, 44.51), abs=1e-4)
    assert dict(summary.facts)["camera serial"] == "SN-0042731"


def test_other_files_say_no_metadata_was_read() -> None:
    summary = summarize_metadata(b"Statement of the witness, typed.\n")
    assert summary.lines() == ["format not recognised: no metadata read"]
