"""PDF redaction on real PDFs, read back with poppler, exiftool and PDFium renders."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageChops

from tests.conftest import FIXTURES
from vault.core.errors import InputError
from vault.redact.errors import (
    DamagedMedia,
    InvalidBox,
    MediaTooLarge,
    ProtectedPdf,
    UnsupportedMedia,
)
from vault.redact.pdf import PageBox, TextSpan, page_text_boxes, redact_pdf

CASE = FIXTURES / "sample_case"
SCAN = CASE / "media" / "statement_scan.pdf"
EXPECT = json.loads((CASE / "expect.json").read_text(encoding="utf-8"))
NEVER = EXPECT["never_in_export"]
RENDER_SCALE = 150 / 72  # the default redaction resolution: renders compare pixel for pixel


def _render(data: bytes, index: int = 0, scale: float = RENDER_SCALE) -> Image.Image:
    document = pdfium.PdfDocument(data)
    try:
        rendered: Image.Image = document[index].render(scale=scale).to_pil().convert("RGB")
        return rendered
    finally:
        document.close()


def _tool(tmp_path: Path, data: bytes, *command: str) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    result = subprocess.run([*command, str(path)], capture_output=True, check=True)
    return result.stdout.decode("utf-8", "replace")


def _highest(image: Image.Image) -> int:
    extrema = image.convert("RGB").getextrema()
    return max(int(pair[1]) for pair in extrema if isinstance(pair, tuple))


def _coloured(image: Image.Image, channel: str) -> tuple[int, int, int, int] | None:
    """Bounding box of pixels strongly of one colour ("R" red or "B" blue), or None."""
    rgb = image.convert("RGB")
    strong = rgb.getchannel(channel).point(lambda v: 255 if v > 150 else 0)
    weak = "G"
    low = rgb.getchannel(weak).point(lambda v: 255 if v < 90 else 0)
    return ImageChops.multiply(strong, low).getbbox()


def _assert_no_names(data: bytes) -> None:
    for name in [*NEVER, "Davit", "Lena Morgan", "Statement of", "ReportLab"]:
        for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
            assert name.encode(encoding) not in data, (name, encoding)


def test_statement_scan_becomes_an_image_only_pdf_without_metadata(tmp_path: Path) -> None:
    original = SCAN.read_bytes()
    assert "Davit Sargsyan" in _tool(tmp_path, original, "/usr/bin/pdfinfo")  # the trap

    result = redact_pdf(original, [PageBox(1, 40, 20, 300, 40)])

    assert result.page_count == 1 == len(pdfium.PdfDocument(result.data))
    assert result.media_type == "application/pdf" and result.suffix == ".pdf"
    path = tmp_path / "out.pdf"
    path.write_bytes(result.data)
    text = subprocess.run(
        ["/usr/bin/pdftotext", str(path), "-"], capture_output=True, check=True
    ).stdout
    assert text.strip(b" \n\f") == b""
    info = _tool(tmp_path, result.data, "/usr/bin/pdfinfo")
    fields = {line.split(":")[0] for line in info.splitlines()}
    assert not fields & {"Title", "Author", "Subject", "Keywords", "Creator", "Producer"}
    assert "Pages:           1" in info
    tags = json.loads(_tool(tmp_path, result.data, "/usr/bin/exiftool", "-a", "-G1", "-j"))[0]
    assert not {key for key in tags if key.split(":")[-1] in {"Title", "Author", "Subject"}}
    assert "Sargsyan" not in json.dumps(tags) and "Morgan" not in json.dumps(tags)
    images = _tool(tmp_path, result.data, "/usr/bin/pdfimages", "-list").splitlines()[2:]
    assert len(images) == 1 and images[0].split()[2] == "image"
    _assert_no_names(result.data)
    # A4 as it was, to the hundredth of a point; the box is black in a render.
    page = pdfium.PdfDocument(result.data)[0]
    assert page.get_size() == pytest.approx((595.28, 841.89), abs=0.01)
    render = _render(result.data)
    assert _highest(render.crop((84, 42, 708, 125))) == 0


def test_detected_names_in_the_text_layer_are_burned_in() -> None:
    original = SCAN.read_bytes()
    (page,) = page_text_boxes(original)
    assert page.page == 1 and page.width == pytest.approx(595.2756, abs=0.01)
    spans = []
    for name in ["Davit Sargsyan", "Hayk Grigoryan", "+374 91 234 567", "AP 1234567"]:
        start = page.text.index(name)
        spans.append(TextSpan(1, start, start + len(name)))
    before = _render(original)

    result = redact_pdf(original, text_spans=spans)

    after = _render(result.data)
    for span in spans:
        (box,) = page.span_boxes(span.start, span.end)
        # Where the name was drawn (dark glyph pixels before) is black now.
        area = [round(v * RENDER_SCALE) for v in (box.x, box.y, box.x + box.width)]
        area.append(round((box.y + box.height) * RENDER_SCALE))
        left, top, right, bottom = area
        assert _highest(ImageChops.invert(before.crop((left, top, right, bottom)))) > 100
        assert _highest(after.crop((left, top, right, bottom))) == 0
    # The rest of the account is still there to read.
    kept = page.text.index("Teymur Nadirzade")
    (keep,) = page.span_boxes(kept, kept + len("Teymur Nadirzade"))
    window = [round(v * RENDER_SCALE) for v in (keep.x, keep.y, keep.x + keep.width)]
    window.append(round((keep.y + keep.height) * RENDER_SCALE))
    left, top, right, bottom = window
    assert _highest(after.crop((left, top, right, bottom))) > 200


def _word_pdf(rotation: int = 0, crop: tuple[float, float, float, float] | None = None) -> bytes:
    """A 400x600 pt page: SECRETWORD in red at (60, 120) and a blue word below."""
    document = FPDF(unit="pt")
    document.add_page(format=(400, 600))
    document.set_font("Helvetica", size=28)
    document.set_text_color(220, 0, 0)
    document.text(60, 120, "SECRETWORD")
    document.set_text_color(0, 0, 220)
    document.text(60, 400, "kept")
    data = bytes(document.output())
    edited = pdfium.PdfDocument(data)
    page = edited[0]
    if crop is not None:
        page.set_cropbox(*crop)
    page.set_rotation(rotation)
    buffer = io.BytesIO()
    edited.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("crop", [None, (25.0, 40.0, 380.0, 590.0)])
def test_text_hit_on_a_rotated_cropped_page_blacks_out_the_word(
    rotation: int, crop: tuple[float, float, float, float] | None
) -> None:
    data = _word_pdf(rotation, crop)
    before = _render(data)
    red = _coloured(before, "R")
    assert red is not None and _coloured(before, "B") is not None
    (page,) = page_text_boxes(data)
    assert (page.width * RENDER_SCALE, page.height * RENDER_SCALE) == pytest.approx(
        before.size, abs=1
    )
    start = page.text.index("SECRETWORD")

    (box,) = page.span_boxes(start, start + len("SECRETWORD"))

    # Independent truth: the red pixels PDFium drew lie inside the box we computed.
    left, top, right, bottom = (v / RENDER_SCALE for v in red)
    assert box.x <= left and box.y <= top
    assert box.x + box.width >= right and box.y + box.height >= bottom
    # ...and the box is the word, not the page.
    assert box.width * box.height < 4 * (right - left + 4) * (bottom - top + 4)

    result = redact_pdf(data, text_spans=[TextSpan(1, start, start + len("SECRETWORD"))])

    after = _render(result.data)
    assert after.size == before.size
    assert _coloured(after, "R") is None
    assert _highest(after.crop(red)) < 16
    assert _coloured(after, "B") is not None  # the other word survives


@pytest.mark.parametrize("rotation", [90, 270])
def test_user_box_is_in_displayed_points_from_the_top_left(rotation: int) -> None:
    data = _word_pdf(rotation)
    before = _render(data)
    red = _coloured(before, "R")
    assert red is not None
    x0, y0, x1, y1 = (v / RENDER_SCALE for v in red)

    result = redact_pdf(data, [PageBox(1, x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4)])

    after = _render(result.data)
    # The displayed page is landscape (600 x 400 pt) and stays so, now without /Rotate.
    output_page = pdfium.PdfDocument(result.data)[0]
    assert output_page.get_size() == pytest.approx((600, 400), abs=0.01)
    assert output_page.get_rotation() == 0
    assert _coloured(after, "R") is None and _coloured(after, "B") is not None


def test_pages_keep_their_count_sizes_and_only_their_own_boxes(tmp_path: Path) -> None:
    document = FPDF(unit="pt")
    for size in [(595.28, 841.89), (612, 792), (200, 300)]:
        document.add_page(format=size)
        document.set_font("Helvetica", size=12)
        document.text(20, 40, "page text")
    source = pdfium.PdfDocument(bytes(document.output()))
    source[1].set_rotation(90)
    buffer = io.BytesIO()
    source.save(buffer)
    data = buffer.getvalue()

    result = redact_pdf(data, [PageBox(2, 0, 0, 100, 100)], dpi=72)

    output = pdfium.PdfDocument(result.data)
    sizes = [output[i].get_size() for i in range(len(output))]
    assert sizes == [
        pytest.approx((595.28, 841.89), abs=0.01),
        pytest.approx((792, 612), abs=0.01),
        pytest.approx((200, 300), abs=0.01),
    ]
    assert result.page_count == 3 and result.dpi == 72
    assert _highest(ImageChops.invert(_render(result.data, 1, 1).crop((5, 5, 95, 95)))) == 255
    for index in (0, 2):
        corner = _render(result.data, index, 1).crop((0, 0, 15, 15))
        assert _highest(ImageChops.invert(corner)) < 30  # still white paper there
    for index in range(3):
        assert output[index].get_textpage().count_chars() == 0


def _pdf_from_objects(objects: list[bytes]) -> bytes:
    """A classic PDF with a correct cross-reference table; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_javascript_links_outlines_attachments_and_history_do_not_survive(
    tmp_path: Path,
) -> None:
    content = b"BT /F1 24 Tf 50 700 Td (Hello) Tj ET"
    hostile = _pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript "
            b"/JS (app.alert('Davit Sargsyan')) >> /Outlines 7 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> /Annots [8 0 R] >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Title (Statement of Davit Sargsyan) /Author (Lena Morgan) >>",
            b"<< /Type /Outlines /Count 0 >>",
            b"<< /Type /Annot /Subtype /Link /Rect [50 690 200 730] "
            b"/A << /S /URI /URI (https://example.org/Davit-Sargsyan) >> >>",
        ]
    )
    document = FPDF()
    document.set_title("Statement of Davit Sargsyan")
    document.set_author("Lena Morgan")
    document.set_keywords("Sargsyan")
    document.add_page()
    document.set_font("Helvetica", size=12)
    document.start_section("Davit Sargsyan")
    document.cell(text="Interview", link="https://example.org/Sargsyan")
    document.embed_file(basename="names.txt", bytes=b"Davit Sargsyan +374 91 234 567")
    document.text_annotation(10, 10, "Davit Sargsyan told us")
    document.set_xmp_metadata("<x:xmpmeta><dc:creator>Davit Sargsyan</dc:creator></x:xmpmeta>")
    generated = bytes(document.output())
    # An incremental update keeps the earlier revision (and its title) in the file.
    updated = pdfium.PdfDocument(generated)
    updated[0].set_rotation(0)
    buffer = io.BytesIO()
    updated.save(buffer, flags=pdfium.raw.FPDF_INCREMENTAL)
    with_history = buffer.getvalue()
    assert with_history.count(b"%%EOF") >= 2

    for source in (hostile, with_history):
        assert b"Sargsyan" in source
        result = redact_pdf(source, [])
        _assert_no_names(result.data)
        assert result.data.count(b"%%EOF") == 1
        for name in (b"/JavaScript", b"/URI", b"/EmbeddedFile", b"/Outlines", b"/Annots"):
            assert name not in result.data
        listed = _tool(tmp_path, result.data, "/usr/bin/pdfdetach", "-list")
        assert listed.startswith("0 embedded files")
        assert "JavaScript:      no" in _tool(tmp_path, result.data, "/usr/bin/pdfinfo")


def test_password_protected_pdf_is_refused() -> None:
    document = FPDF()
    document.set_encryption(owner_password="owner secret", user_password="user secret")
    document.add_page()
    with pytest.raises(ProtectedPdf, match="password") as refused:
        redact_pdf(bytes(document.output()), [])
    assert isinstance(refused.value, InputError)
    assert "secret" not in str(refused.value)
    with pytest.raises(ProtectedPdf):
        page_text_boxes(bytes(document.output()))


def test_damaged_and_foreign_files_are_refused() -> None:
    with pytest.raises(DamagedMedia, match="damaged"):
        redact_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 8, [])
    whole = SCAN.read_bytes()
    with pytest.raises(DamagedMedia, match="incomplete"):
        redact_pdf(whole[: len(whole) * 9 // 10], [])
    with pytest.raises(UnsupportedMedia, match="not a PDF"):
        redact_pdf(b"\x89PNG\r\n\x1a\n" + bytes(32), [])
    with pytest.raises(UnsupportedMedia):
        page_text_boxes(b"just some text")


def test_page_and_pixel_caps_refuse_before_rendering() -> None:
    document = FPDF()
    for _ in range(501):
        document.add_page()
    too_many = bytes(document.output())
    with pytest.raises(MediaTooLarge, match="501 pages"):
        redact_pdf(too_many, [])
    with pytest.raises(MediaTooLarge, match="501 pages"):
        page_text_boxes(too_many)
    with pytest.raises(MediaTooLarge):
        redact_pdf(SCAN.read_bytes(), [], max_pages=0)

    poster = FPDF(unit="pt")
    poster.add_page(format=(14400, 14400))  # 200 x 200 inches, the PDF maximum
    with pytest.raises(MediaTooLarge, match="Page 1 is 200×200 inches"):
        redact_pdf(bytes(poster.output()), [])


def test_bad_boxes_and_spans_are_refused() -> None:
    data = SCAN.read_bytes()
    for box in [
        PageBox(0, 10, 10, 10, 10),
        PageBox(2, 10, 10, 10, 10),
        PageBox(1, 10, 10, 0, 10),
        PageBox(1, 10, 10, 10, -5),
        PageBox(1, float("nan"), 10, 10, 10),
    ]:
        with pytest.raises(InvalidBox):
            redact_pdf(data, [box])
    (page,) = page_text_boxes(data)
    with pytest.raises(InvalidBox):
        page.span_boxes(5, 5)
    with pytest.raises(InvalidBox):
        redact_pdf(data, text_spans=[TextSpan(1, 0, len(page.text) + 1)])
    with pytest.raises(InvalidBox):
        redact_pdf(data, text_spans=[TextSpan(3, 0, 1)])
    with pytest.raises(ValueError, match="dpi"):
        redact_pdf(data, [], dpi=5000)


def test_a_hit_wrapping_onto_the_next_line_gives_a_box_per_line() -> None:
    document = FPDF(unit="pt")
    document.add_page(format=(300, 300))
    document.set_font("Helvetica", size=14)
    document.text(20, 40, "witness Davit")
    document.text(20, 60, "Sargsyan said")
    (page,) = page_text_boxes(bytes(document.output()))
    start = page.text.index("Davit")
    end = page.text.index("Sargsyan") + len("Sargsyan")

    boxes = page.span_boxes(start, end)

    assert len(boxes) == 2
    first, second = sorted(boxes, key=lambda b: b.y)
    assert first.y + first.height <= second.y + 3  # two lines, not one tall box
    assert second.x == pytest.approx(20 - 0.5, abs=1.5)
