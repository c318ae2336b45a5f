"""A statement typeset as a PDF for the bundle, without Qt (fpdf2 and DejaVu Sans).

DejaVu Sans (shipped in resources/fonts with its licence) covers Latin with Azerbaijani's
ə ğ ı ş ç ö ü, Cyrillic and Armenian. The text file beside the PDF stays the authoritative
copy; the PDF is for reading and printing.

The PDF carries nothing about where or when it was made: no local time zone, host or user
name and no software path or version. Its creation date is a fixed UTC value
(:data:`FIXED_CREATION_DATE`), the producer is the neutral "Evidence Vault", and there is
no title, author, subject, keywords or XMP metadata. The same input always gives the same
bytes, so a re-export of an unchanged statement hashes the same.

Lines are broken and pages laid out here rather than by fpdf2's ``multi_cell``: its line
breaker measures each line again for every character added (1.6 s for 15 pages here,
against a few tens of ms this way), and knowing the page count before drawing lets each
footer say "Page 2 of 5" as plain text.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

from vault.core.errors import InputError
from vault.resources import font_path

FONT_FAMILY = "DejaVu"
REGULAR_FONT = "DejaVuSans.ttf"
BOLD_FONT = "DejaVuSans-Bold.ttf"
# The zip epoch the bundle archives use too: clearly not a real time, and in UTC.
FIXED_CREATION_DATE = datetime(1980, 1, 1, 0, 0, 0, tzinfo=UTC)
PRODUCER = "Evidence Vault"
MISSING_GLYPH = "\ufffd"  # drawn where the font has no glyph, instead of silently nothing
TAB_WIDTH = 4
MAX_TEXT_CHARS = 5_000_000  # a statement is text a person typed or transcribed

PAGE_WIDTH_MM = 210.0  # A4
PAGE_HEIGHT_MM = 297.0
MARGIN_MM = 20.0
FOOTER_BASELINE_MM = PAGE_HEIGHT_MM - 10.0
TITLE_SIZE = 13.0
SUBTITLE_SIZE = 10.5
BODY_SIZE = 11.0
FOOTER_SIZE = 8.0
LINE_SPACING = 1.45  # line height as a multiple of the font size
PT_TO_MM = 25.4 / 72

# C0/C1 controls other than the line feed would print as missing glyphs or break lines;
# zero-width and bidi controls are dropped for the same reason (the text file keeps them).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\ufeff]")
_TOKENS = re.compile(r"[^ ]+| +")  # only the plain space breaks (not NBSP)


@dataclass(frozen=True)
class _FontMetrics:
    """Advance widths (per 1000 units of the font size) of every code point the font has."""

    widths: dict[int, float]

    def width_mm(self, text: str, size: float) -> float:
        units = sum(self.widths.get(ord(ch), 0.0) for ch in text)
        return units * size / 1000 * PT_TO_MM


@functools.lru_cache(maxsize=4)
def _metrics(font_name: str) -> _FontMetrics:
    font = ttLib.TTFont(str(font_path(font_name)), lazy=True)
    try:
        scale = 1000 / font["head"].unitsPerEm
        advances = font["hmtx"].metrics
        return _FontMetrics(
            {cp: advances[glyph][0] * scale for cp, glyph in font.getBestCmap().items()}
        )
    finally:
        font.close()


def printable_text(text: str, font_name: str = REGULAR_FONT) -> str:
    """``text`` as the PDF shows it: NFC, line ends as LF, tabs as spaces, invisible
    controls dropped, and any character the font cannot draw replaced by U+FFFD (so a
    reader sees that something is there; the text file has the original)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _UNPRINTABLE.sub("", text.expandtabs(TAB_WIDTH))
    widths = _metrics(font_name).widths
    return "".join(ch if ch == "\n" or ord(ch) in widths else MISSING_GLYPH for ch in text)


@dataclass(frozen=True)
class _Line:
    """One line of text placed on a page (baseline position in mm from the top left)."""

    page: int
    y: float
    text: str
    bold: bool
    size: float


def _wrap(paragraph: str, metrics: _FontMetrics, size: float, width: float) -> Iterator[str]:
    """Greedy word wrap of one paragraph (no line feeds) into lines at most ``width`` mm
    wide; spaces at a break are dropped, a word wider than a line is cut."""
    line = ""
    line_width = 0.0
    for token in _TOKENS.findall(paragraph):
        token_width = metrics.width_mm(token, size)
        if line_width + token_width <= width:
            line += token
            line_width += token_width
            continue
        if token.startswith(" "):  # a break falls here: the spaces go with it
            yield line.rstrip()
            line, line_width = "", 0.0
            continue
        if line.strip():
            yield line.rstrip()
            line, line_width = "", 0.0
        while metrics.width_mm(token, size) > width:
            cut = _fitting_prefix(token, metrics, size, width)
            yield token[:cut]
            token = token[cut:]
        line = token
        line_width = metrics.width_mm(token, size)
    yield line.rstrip()


def _fitting_prefix(word: str, metrics: _FontMetrics, size: float, width: float) -> int:
    used = 0.0
    for index, ch in enumerate(word):
        used += metrics.width_mm(ch, size)
        if used > width:
            return max(index, 1)
    return len(word)


class _Layout:
    """Places lines top to bottom, starting a new page when the next one would not fit."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.page = 0
        self.y = MARGIN_MM
        self.bottom = PAGE_HEIGHT_MM - MARGIN_MM

    def text(self, text: str, size: float, bold: bool = False) -> None:
        font = BOLD_FONT if bold else REGULAR_FONT
        metrics = _metrics(font)
        height = size * LINE_SPACING * PT_TO_MM
        width = PAGE_WIDTH_MM - 2 * MARGIN_MM
        for paragraph in printable_text(text, font).split("\n"):
            for line in _wrap(paragraph, metrics, size, width):
                if self.y + height > self.bottom:
                    self.page += 1
                    self.y = MARGIN_MM
                # The baseline sits about 0.8 of the font size below the line's top.
                baseline = self.y + size * PT_TO_MM * (0.8 + (LINE_SPACING - 1) / 2)
                if line:
                    self.lines.append(_Line(self.page, baseline, line, bold, size))
                self.y += height

    def gap(self, size: float) -> None:
        """Vertical space, dropped at the top of a page."""
        if self.y > MARGIN_MM:
            self.y = min(self.y + size * PT_TO_MM, self.bottom)


@functools.lru_cache(maxsize=4)
def _parsed_font(font_name: str, style: str) -> tuple[TTFFont, bytes]:
    """fpdf2's parsed font (metrics, character map, glyph ids, descriptor) and the file's
    bytes, read once per process: parsing DejaVu took about 140 ms per font and document,
    more than the rest of a short statement's PDF."""
    path = font_path(font_name)
    host = FPDF()
    host.add_font(FONT_FAMILY, style, str(path))
    font = host.fonts[f"{FONT_FAMILY.lower()}{style}"]
    assert isinstance(font, TTFFont)
    return font, path.read_bytes()


def _add_font(pdf: FPDF, font_name: str, style: str) -> None:
    """Give ``pdf`` the font as ``add_font`` would, from the parsed copy.

    What a document changes is made fresh for it: its font number, the subset of glyphs
    it uses, the missing-glyph list, and the fontTools object that embedding subsets in
    place (opened lazily from the cached bytes, so only the tables subsetting needs are
    read). The rest is shared read-only; the PDF bytes are the same as with ``add_font``.
    """
    parsed, data = _parsed_font(font_name, style)
    font = copy.copy(parsed)
    font.i = len(pdf.fonts) + 1
    font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True)
    widths = parsed.cw
    assert isinstance(widths, defaultdict)
    font.cw = defaultdict(widths.default_factory, widths)  # reading a miss inserts it
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)
    pdf.fonts[font.fontkey] = font


def _render(layout: _Layout) -> bytes:
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_CREATION_DATE)
    pdf.set_producer(PRODUCER)
    pdf.alias_nb_pages(None)  # type: ignore[arg-type]  # no "{nb}" in a statement is replaced
    _add_font(pdf, REGULAR_FONT, "")
    _add_font(pdf, BOLD_FONT, "B")
    pages = layout.page + 1
    footer_metrics = _metrics(REGULAR_FONT)
    lines = iter(layout.lines)
    pending = next(lines, None)
    for page in range(pages):
        pdf.add_page()
        while pending is not None and pending.page == page:
            pdf.set_font(FONT_FAMILY, "B" if pending.bold else "", pending.size)
            pdf.text(MARGIN_MM, pending.y, pending.text)
            pending = next(lines, None)
        footer = f"Page {page + 1} of {pages}"
        pdf.set_font(FONT_FAMILY, "", FOOTER_SIZE)
        footer_x = (PAGE_WIDTH_MM - footer_metrics.width_mm(footer, FOOTER_SIZE)) / 2
        pdf.text(footer_x, FOOTER_BASELINE_MM, footer)
    return bytes(pdf.output())


def statement_pdf(
    title_lines: Sequence[str],
    body: str,
    translation: str | None = None,
    translation_language: str | None = None,
) -> bytes:
    """A PDF of one (already redacted) statement: the title lines in bold (the first one
    larger), the body, and when given the translation under the heading "Translation
    (<language>)".

    Long text wraps at spaces (a word wider than a line is cut) and flows onto as many A4
    pages as it needs, each numbered "Page N of M" in the footer. Characters the font
    cannot draw show as U+FFFD. Deterministic: equal arguments give equal bytes. Refuses
    (InputError) text longer than any statement.
    """
    for text in (*title_lines, body, translation or ""):
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                f"A statement longer than {MAX_TEXT_CHARS:,} characters cannot be typeset."
            )
    layout = _Layout()
    for index, line in enumerate(title_lines):
        layout.text(line, TITLE_SIZE if index == 0 else SUBTITLE_SIZE, bold=True)
    if title_lines:
        layout.gap(BODY_SIZE)
    layout.text(body, BODY_SIZE)
    if translation is not None:
        layout.gap(BODY_SIZE * 1.5)
        heading = "Translation"
        if translation_language:
            heading += f" ({translation_language})"
        layout.text(heading, SUBTITLE_SIZE, bold=True)
        layout.gap(BODY_SIZE * 0.5)
        layout.text(translation, BODY_SIZE)
    return _render(layout)
