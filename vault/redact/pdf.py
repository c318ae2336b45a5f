"""PDF redaction: every page rendered to pixels, boxes burned in, a new image-only PDF.

Nothing of the original document is copied: the output holds one JPEG per page and the
objects that place it, so no text layer, font, attachment, form, annotation, link,
outline, JavaScript, XMP, incremental-update history or document information (title,
author, producer...) survives. Page count and displayed page sizes are kept.

Coordinates. Every box this module takes or gives is ``PageBox``: a page numbered from 1
and (x, y, width, height) in PDF points (1/72 inch) of the page *as displayed*, after
its /Rotate and crop box, origin at the displayed top-left corner, y growing downward.
PDFium reports character boxes in PDF user space (origin bottom-left, unrotated page);
``_Displayed`` converts, exactly as PDFium's own page-to-device mapping does.

Text hits. ``page_text_boxes`` returns each page's text (what the detector searches) with
a box for every character, and ``PageText.span_boxes(start, end)`` turns a hit's offsets
into ``PageBox`` es to burn alongside the user's own boxes.

PDFium is not thread-safe; every call into it here holds ``PDFIUM_LOCK``, one page at a
time (opening, each page's text, each page's rendering, closing), never for a whole
document: a window rendering page 3 for a person waits for one page of an export, not
for all 500. Other code in the same process that uses pypdfium2 should hold it too.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from fpdf import FPDF
from PIL import Image

from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.redact.errors import (
    DamagedMedia,
    InvalidBox,
    MediaTooLarge,
    ProtectedPdf,
    RedactionError,
    UnsupportedMedia,
)
from vault.redact.images import black_out, encode_jpeg, pixel_rects
from vault.redact.media import MediaKind, classify

DEFAULT_DPI = 150.0
MAX_PAGES = 500
# An A0 poster at 150 dpi is 35 megapixels; a page beyond this is refused before rendering.
MAX_PAGE_PIXELS = 50_000_000
# The JPEG block grid, as for pictures: burned boxes decode to pure black.
_JPEG_BLOCK = 8
# Character boxes of a text hit grow by this much (points) so antialiased glyph edges
# are covered too.
SPAN_PADDING = 0.5
# No creation date would be best, but fpdf2 always writes one: a fixed, obviously
# neutral value (the ZIP epoch) says nothing about when or where the export was made.
_FIXED_DATE = datetime(1980, 1, 1, tzinfo=UTC)

PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True)
class PageBox:
    """A rectangle on one page: page from 1; x, y, width, height in displayed points."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TextSpan:
    """Characters [start, end) of ``PageText.text`` of one page (page from 1)."""

    page: int
    start: int
    end: int


CharBox = tuple[float, float, float, float]
"""(left, top, right, bottom) in displayed points."""


@dataclass(frozen=True)
class PageText:
    """One page's text as PDFium extracts it, with where each character is drawn.

    ``text`` uses CRLF between lines (PDFium's convention). ``char_boxes[i]`` is the box
    of ``text[i]`` as (left, top, right, bottom) in displayed points, or None for a
    character PDFium generated (line breaks) or that has no extent. ``width`` and
    ``height`` are the displayed page size in points.
    """

    page: int
    text: str
    width: float
    height: float
    char_boxes: tuple[CharBox | None, ...] = field(repr=False)

    def span_boxes(self, start: int, end: int) -> list[PageBox]:
        """Boxes covering characters [start, end): one per run of adjoining characters.

        A hit that wraps onto the next line gives one box per line; the gap between
        words of one line is covered; each box grows by ``SPAN_PADDING`` points.
        Refuses offsets outside the text (``InvalidBox``).
        """
        if not 0 <= start < end <= len(self.text):
            raise InvalidBox(
                f"Text span {start}-{end} lies outside page {self.page}'s text "
                f"({len(self.text)} characters)."
            )
        runs: list[list[float]] = []
        current: list[float] | None = None
        for box in self.char_boxes[start:end]:
            if box is None:
                current = None
                continue
            if current is not None and _adjoins(current, box):
                current[0] = min(current[0], box[0])
                current[1] = min(current[1], box[1])
                current[2] = max(current[2], box[2])
                current[3] = max(current[3], box[3])
            else:
                current = list(box)
                runs.append(current)
        pad = SPAN_PADDING
        return [
            PageBox(
                self.page, left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad
            )
            for left, top, right, bottom in runs
        ]


@dataclass(frozen=True)
class RedactedPdf:
    """The rebuilt, image-only PDF and how it was made."""

    data: bytes
    page_count: int
    dpi: float
    media_type: str = "application/pdf"
    suffix: str = ".pdf"


def page_text_boxes(data: bytes, *, max_pages: int = MAX_PAGES) -> list[PageText]:
    """Each page's text and character boxes (displayed points), page 1 first.

    A scanned page without a text layer gives empty text: only a person reviewing the
    rendered page can find names on it. Refuses what ``redact_pdf`` refuses for format,
    damage, encryption and page count.
    """
    with _opened(data, max_pages) as (pdf, count):
        texts = []
        for index in range(count):
            with PDFIUM_LOCK:
                texts.append(_page_text(pdf, index))
        return texts


@dataclass(frozen=True)
class RenderedPage:
    """One page as pixels: ``image`` (RGB, upright as displayed), the page's displayed
    size in points, and how many pages the document has."""

    image: Image.Image
    page: int
    page_count: int
    width: float
    height: float


def render_pdf_page(
    data: bytes,
    page: int,
    *,
    boxes: Sequence[PageBox] = (),
    dpi: float = DEFAULT_DPI,
    max_pages: int = MAX_PAGES,
    max_page_pixels: int = MAX_PAGE_PIXELS,
) -> RenderedPage:
    """Page ``page`` (from 1) as it is displayed, rendered at ``dpi`` with ``boxes`` on
    that page burned in black (grown to whole 8-pixel blocks, as the export does), for a
    person to look at. Nothing is written anywhere.

    Holds ``PDFIUM_LOCK`` for this one page only. Refuses what ``redact_pdf`` refuses,
    and a page that does not exist (``InvalidBox``).
    """
    if not 36 <= dpi <= 600:
        raise ValueError(f"dpi must be between 36 and 600, not {dpi}")
    wanted = [_checked_box(index, box) for index, box in enumerate(boxes, start=1)]
    scale = dpi / 72
    with _opened(data, max_pages) as (pdf, count):
        if not 1 <= page <= count:
            raise InvalidBox(f"The PDF has {count} page(s); there is no page {page}.")
        with PDFIUM_LOCK:
            width, height = _page_size(pdf, page - 1)
            _check_render_size(page, width, height, dpi, scale, max_page_pixels)
            mine = [(b.x, b.y, b.width, b.height) for b in wanted if b.page == page]
            image = _render_pixels(pdf, page - 1, mine, scale)
    return RenderedPage(image, page, count, width, height)


def redact_pdf(
    data: bytes,
    boxes: Sequence[PageBox] = (),
    *,
    text_spans: Sequence[TextSpan] = (),
    dpi: float = DEFAULT_DPI,
    max_pages: int = MAX_PAGES,
    max_page_pixels: int = MAX_PAGE_PIXELS,
    progress: Progress | ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> RedactedPdf:
    """Render every page at ``dpi``, burn in black boxes, build a new image-only PDF.

    ``boxes`` are the user's ``PageBox`` es (displayed points, top-left origin, pages
    from 1); ``text_spans`` are detector hits in ``page_text_boxes`` offsets, mapped to
    boxes here. Boxes grow outward to whole 8-pixel blocks at the render resolution.

    Refuses (``RedactionError`` subclasses): bytes that are not a PDF
    (``UnsupportedMedia``), a damaged PDF (``DamagedMedia``), a password-protected one
    (``ProtectedPdf``), more than ``max_pages`` pages or a page above
    ``max_page_pixels`` when rendered (``MediaTooLarge``), boxes on pages that do not
    exist or without area (``InvalidBox``).  ``progress`` counts pages rendered ("Redacting
    pages"); ``cancel`` is honoured between pages (Cancelled; nothing is returned).
    """
    work = Work(progress, cancel)
    if not 36 <= dpi <= 600:
        raise ValueError(f"dpi must be between 36 and 600, not {dpi}")
    wanted = [_checked_box(index, box) for index, box in enumerate(boxes, start=1)]
    scale = dpi / 72
    with _opened(data, max_pages) as (pdf, count):
        for index, box in enumerate(wanted, start=1):
            if box.page > count:
                raise InvalidBox(f"Box {index} is on page {box.page}, but the PDF has {count}.")
        texts: dict[int, PageText] = {}
        for span in text_spans:
            if not 1 <= span.page <= count:
                raise InvalidBox(f"A text hit is on page {span.page}, but the PDF has {count}.")
            if span.page not in texts:
                with PDFIUM_LOCK:
                    texts[span.page] = _page_text(pdf, span.page - 1)
            wanted.extend(texts[span.page].span_boxes(span.start, span.end))
        sizes = []
        for index in range(count):
            with PDFIUM_LOCK:
                sizes.append(_page_size(pdf, index))
        for number, (width, height) in enumerate(sizes, start=1):
            _check_render_size(number, width, height, dpi, scale, max_page_pixels)
        output = _new_output()
        work.phase("Redacting pages", count)
        for index, (width, height) in enumerate(sizes):
            work.update(index, item=f"page {index + 1} of {count}")
            page_boxes = [(b.x, b.y, b.width, b.height) for b in wanted if b.page == index + 1]
            with PDFIUM_LOCK:
                image = _render_pixels(pdf, index, page_boxes, scale)
            jpeg = encode_jpeg(image)  # outside the lock: PDFium is not needed for this
            output.add_page(orientation="P", format=(width, height))
            output.image(io.BytesIO(jpeg), x=0, y=0, w=width, h=height)
        work.update(count)
        result = bytes(output.output())
    with PDFIUM_LOCK:
        _check_output(result, count)
    return RedactedPdf(result, count, dpi)


@contextmanager
def _opened(data: bytes, max_pages: int) -> Iterator[tuple[pdfium.PdfDocument, int]]:
    """The open document and its page count; ``PDFIUM_LOCK`` is held to open and to
    close it, and the caller takes it again around each page."""
    found = classify(data)
    if found.kind is not MediaKind.PDF:
        raise UnsupportedMedia(
            f"This file is not a PDF ({found.media_type}); it cannot be redacted as one."
        )
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                raise ProtectedPdf(
                    "The PDF is password-protected; open it with its password, print it to a "
                    "new PDF without protection and attach that copy."
                ) from None
            raise DamagedMedia("The PDF is damaged or incomplete and cannot be read.") from None
        count = len(pdf)
    try:
        if count > max_pages:
            raise MediaTooLarge(
                f"The PDF has {count} pages; at most {max_pages} can be redacted at once. "
                "Split it into smaller PDFs and attach those."
            )
        yield pdf, count
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _page_size(pdf: pdfium.PdfDocument, index: int) -> tuple[float, float]:
    page = _page(pdf, index)
    try:
        width, height = page.get_size()
    finally:
        page.close()
    if not (width > 0 and height > 0 and math.isfinite(width) and math.isfinite(height)):
        raise DamagedMedia(f"Page {index + 1} of the PDF has no size and cannot be read.")
    return float(width), float(height)


def _page(pdf: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    try:
        return pdf[index]
    except pdfium.PdfiumError:
        raise DamagedMedia(f"Page {index + 1} of the PDF is damaged and cannot be read.") from None


def _check_render_size(
    number: int, width: float, height: float, dpi: float, scale: float, cap: int
) -> None:
    pixels = math.ceil(width * scale) * math.ceil(height * scale)
    if pixels > cap:
        raise MediaTooLarge(
            f"Page {number} is {width / 72:.0f}×{height / 72:.0f} inches; rendered at "
            f"{dpi:.0f} dpi it would be {pixels / 1e6:.0f} megapixels, above the "
            f"{cap / 1e6:.0f} megapixel limit for one page."
        )


def _render_pixels(
    pdf: pdfium.PdfDocument,
    index: int,
    boxes: list[tuple[float, float, float, float]],
    scale: float,
) -> Image.Image:
    """One page as RGB pixels with ``boxes`` burned in (the caller holds the lock)."""
    page = _page(pdf, index)
    try:
        # Annotations and form fields are not drawn: their text is not in the page's text
        # layer, so detection never sees it, and a name in a sticky note or a filled form
        # field would leave as pixels.  The reviewer sees the page as exported, without them.
        bitmap = page.render(
            scale=scale, rev_byteorder=True, may_draw_forms=False, draw_annots=False
        )
        try:
            image: Image.Image = bitmap.to_pil().convert("RGB")  # a copy we may draw on
        finally:
            bitmap.close()
    finally:
        page.close()
    rects = pixel_rects(boxes, image.width, image.height, align=_JPEG_BLOCK, scale=scale)
    black_out(image, rects)
    return image


def _new_output() -> FPDF:
    output = FPDF(unit="pt")
    output.set_creation_date(_FIXED_DATE)
    output.set_producer("")
    output.set_creator("")
    output.set_auto_page_break(False)
    output.set_margin(0)
    return output


class _Displayed:
    """Maps PDF user-space points of one page to displayed top-left points.

    The page shows its bounding box (crop box within media box) turned clockwise by
    /Rotate; this is the mapping PDFium's own FPDF_PageToDevice applies. As an affine
    map: displayed x = a*x + c*y + e, displayed y = b*x + d*y + f.
    """

    def __init__(self, page: pdfium.PdfPage) -> None:
        left, bottom, right, top = page.get_bbox()
        rotation = page.get_rotation()
        # Unrotated and flipped to a top-left origin: (x - left, top - y); then turned.
        matrices = {
            0: (1.0, 0.0, 0.0, -1.0, -left, top),
            90: (0.0, 1.0, 1.0, 0.0, -bottom, -left),
            180: (-1.0, 0.0, 0.0, 1.0, right, -bottom),
            270: (0.0, -1.0, -1.0, 0.0, top, right),
        }
        self.matrix = matrices.get(rotation, matrices[0])

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.matrix
        return a * x + c * y + e, b * x + d * y + f


def _page_text(pdf: pdfium.PdfDocument, index: int) -> PageText:
    page = _page(pdf, index)
    try:
        width, height = page.get_size()
        displayed = _Displayed(page)
        try:
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            raise DamagedMedia(
                f"The text of page {index + 1} of the PDF cannot be read; the PDF is damaged."
            ) from None
        try:
            text = textpage.get_text_range()
            boxes = _char_boxes(textpage, text, displayed)
        finally:
            textpage.close()
    finally:
        page.close()
    return PageText(index + 1, text, float(width), float(height), boxes)


def _char_boxes(
    textpage: pdfium.PdfTextPage, text: str, displayed: _Displayed
) -> tuple[CharBox | None, ...]:
    """A displayed box per character of ``text`` (None where PDFium has none)."""
    # A tight loop: tens of thousands of characters per document, three PDFium calls
    # each, so the functions, the raw handle and the affine map are bound locally.
    char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex
    generated = pdfium_c.FPDFText_IsGenerated
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    a, b, c, d, e, f = displayed.matrix
    boxes: list[CharBox | None] = []
    unit = 0  # PDFium counts text in UTF-16 units; Python counts code points
    for char in text:
        box: CharBox | None = None
        index = char_index(raw, unit)
        if (
            index >= 0
            and char not in "\r\n"
            and not generated(raw, index)
            and loose_box(raw, index, rect_ref)
        ):
            left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
            if right > left and top > bottom:
                x1, y1 = a * left + c * bottom + e, b * left + d * bottom + f
                x2, y2 = a * right + c * top + e, b * right + d * top + f
                box = (
                    x1 if x1 < x2 else x2,
                    y1 if y1 < y2 else y2,
                    x2 if x1 < x2 else x1,
                    y2 if y1 < y2 else y1,
                )
        boxes.append(box)
        unit += 2 if ord(char) > 0xFFFF else 1
    return tuple(boxes)


def _adjoins(run: list[float], box: CharBox) -> bool:
    """True when ``box`` touches or overlaps ``run`` (within a point): the same line."""
    slack = 1.0
    return (
        box[0] <= run[2] + slack
        and run[0] <= box[2] + slack
        and box[1] <= run[3] + slack
        and run[1] <= box[3] + slack
    )


def _checked_box(index: int, box: PageBox) -> PageBox:
    values = (box.x, box.y, box.width, box.height)
    if not isinstance(box.page, int) or box.page < 1:
        raise InvalidBox(f"Box {index} names page {box.page}; pages are numbered from 1.")
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
        raise InvalidBox(f"Box {index} contains a value that is not a finite number.")
    if box.width <= 0 or box.height <= 0:
        raise InvalidBox(f"Box {index} has no area; its width and height must be positive.")
    return box


# Names that only a document with more than page images would hold. Stream bodies (the
# JPEG data) are cut out first, so bytes inside a picture cannot look like a name.
_FORBIDDEN = re.compile(
    rb"/(Font|Annots|JavaScript|JS|EmbeddedFile|EmbeddedFiles|URI|Outlines|Metadata|"
    rb"AcroForm|Title|Author|Subject|Keywords|Creator|Producer|Prev|XFA)\b"
)
_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


def _check_output(data: bytes, count: int) -> None:
    """Read the new PDF back: the same page count, no text, nothing but page images."""
    structure = _STREAM.sub(b"", data)
    found = _FORBIDDEN.search(structure)
    problem = f"a {found.group(0).decode('latin-1')} entry" if found else None
    if problem is None:
        pdf = pdfium.PdfDocument(data)
        try:
            if len(pdf) != count:
                problem = f"{len(pdf)} pages instead of {count}"
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                if textpage.count_chars():
                    problem = f"text on page {index + 1}"
                textpage.close()
                page.close()
        finally:
            pdf.close()
    if problem is not None:
        raise RedactionError(
            f"The redacted PDF came out with {problem}; nothing was exported. "
            "This is a bug in Evidence Vault: please report it."
        )
