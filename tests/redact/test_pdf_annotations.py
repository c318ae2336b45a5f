"""Annotation and form text never reaches an exported page: detection cannot see it."""

from __future__ import annotations

import pypdfium2 as pdfium
from fpdf import FPDF

from vault.redact.pdf import redact_pdf


def _pdf_with_a_note() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Body text")
    pdf.free_text_annotation("Davit Sargsyan, room 12", x=20, y=60, w=120, h=20)
    return bytes(pdf.output())


def _note_area_extrema(data: bytes) -> tuple[int, int]:
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=1).to_pil().convert("L")
    mm = 72 / 25.4
    low, high = image.crop((int(20 * mm), int(60 * mm), int(140 * mm), int(80 * mm))).getextrema()
    return int(low), int(high)


def test_the_note_is_visible_in_the_original_but_not_in_the_redacted_copy() -> None:
    original = _pdf_with_a_note()
    assert _note_area_extrema(original)[0] < 128  # the note's text is drawn
    redacted = redact_pdf(original).data
    assert _note_area_extrema(redacted) == (255, 255)  # nothing of it survives
    assert b"Sargsyan" not in redacted
