"""The redaction window of a photo and a PDF: boxes drawn with the mouse land where the
person saw the area (a photo turned upright by EXIF orientation 6, a PDF page turned by
/Rotate), moving and deleting them changes what leaves, the preview as exported is the
recipient's file (pixels checked), a review binds to it and a new box makes it stale,
and the keyboard alone can add, choose, move, resize and delete boxes."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS, unlock
from tests.gui.test_strings import _unnamed
from vault.app.box_redaction import attachment_box_list
from vault.app.forms import add_attachments
from vault.app.previews import Picture
from vault.app.redaction import listing
from vault.core.custody import events as custody_events
from vault.core.vault import Vault
from vault.gui.attachment_redaction import AttachmentRedactionDialog
from vault.gui.box_item import BoxItem
from vault.gui.window import MainWindow

RED = (220, 20, 20)
GREEN = (40, 170, 70)


def sideways_photo(path: Path) -> Path:
    """A 320x240 JPEG stored sideways (EXIF orientation 6: shown 240x320), green with a
    red patch in the stored top-left corner, which shows at the top right."""
    image = Image.new("RGB", (320, 240), GREEN)
    image.paste(RED, (16, 16, 80, 64))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif, quality=95)
    return path


def pdf_with_rotated_page(path: Path) -> Path:
    """Two A4 pages; page 2 carries a red rectangle and is turned by /Rotate 90, so it
    shows landscape, the rectangle somewhere else than where it is drawn."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.text(72, 72, "Page one")
    pdf.add_page()
    pdf.set_fill_color(*RED)
    pdf.rect(60, 80, 120, 90, style="F")
    pdf.text(72, 400, "Page two")
    document = pdfium.PdfDocument(bytes(pdf.output()))
    document[1].set_rotation(90)
    out = io.BytesIO()
    document.save(out)
    document.close()
    path.write_bytes(out.getvalue())
    return path


def red_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Where the red is in ``image`` (left, top, right, bottom), None if nowhere."""
    r, g, b = image.convert("RGB").split()
    mask = ImageChops.multiply(
        ImageChops.multiply(
            r.point(lambda v: 255 if v > 170 else 0), g.point(lambda v: 255 if v < 90 else 0)
        ),
        b.point(lambda v: 255 if v < 90 else 0),
    )
    return mask.getbbox()


def rgb(image: Image.Image, x: float, y: float) -> tuple[int, int, int]:
    """The colour at (x, y) of an RGB image."""
    r, g, b = image.getpixel((int(x), int(y)))  # type: ignore[misc]
    return (r, g, b)


def as_pil(picture: Picture) -> Image.Image:
    return Image.frombytes(
        picture.mode, (picture.pixel_width, picture.pixel_height), picture.pixels
    )


def derivative_page(data: bytes, page: int) -> Image.Image:
    """The exported file as pixels: a photo decoded, a PDF page rendered at 72 dpi (one
    pixel a point)."""
    if data[:4] == b"%PDF":
        document = pdfium.PdfDocument(data)
        try:
            rendered: Image.Image = document[page - 1].render(scale=1).to_pil().convert("RGB")
            return rendered
        finally:
            document.close()
    image: Image.Image = Image.open(io.BytesIO(data)).convert("RGB")
    return image


@pytest.fixture
def files(tmp_path: Path, vault: Vault, case_id: str) -> dict[str, str]:
    """The photo (A-001) and the PDF (A-002) in the case: kind -> attachment id."""
    photo = sideways_photo(tmp_path / "photo.jpg")
    scan = pdf_with_rotated_page(tmp_path / "scan.pdf")
    taken = add_attachments(vault, case_id, [photo, scan])
    return {"photo": taken[0].id, "pdf": taken[1].id}


def open_dialog(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, row: int
) -> AttachmentRedactionDialog:
    vault_dir = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    tab = window.workspace.evidence
    window.workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.record_id(row) is not None, timeout=WAIT_MS)
    tab.table.selectRow(row)
    assert tab.redact_button.isEnabled()
    tab.redact_button.click()
    dialog = tab.redaction_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.canvas.picture is not None, timeout=WAIT_MS)
    return dialog


def settled(qtbot: QtBot, dialog: AttachmentRedactionDialog) -> None:
    """Wait until every save has ended and the picture shown is current."""
    qtbot.waitUntil(
        lambda: dialog.pending == 0 and not dialog.canvas._key_settle.isActive(), timeout=WAIT_MS
    )


def boxes_now(window: MainWindow, attachment_id: str) -> list[tuple[float, float, float, float]]:
    session = window.session
    assert session is not None
    with session.vault.worker() as vault:
        return [b.rect for b in attachment_box_list(vault, attachment_id)]


def drag(qtbot: QtBot, dialog: AttachmentRedactionDialog, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move and release at ``end`` (scene units) on the canvas."""
    canvas = dialog.canvas
    viewport = canvas.viewport()
    a, b = canvas.mapFromScene(start), canvas.mapFromScene(end)
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(viewport, left, plain, a)
    QTest.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, left, plain, b)


def answer_reason(qtbot: QtBot, dialog: AttachmentRedactionDialog, reason: str) -> None:
    asked = dialog.reason_dialog
    assert asked is not None and asked.isVisible()
    asked.reason.setCurrentIndex(asked.reason.findData(reason))
    asked.accept()


def shown_red(dialog: AttachmentRedactionDialog) -> QRectF:
    """Where the person sees the red area, in box units (found in the shown picture)."""
    picture = dialog.picture
    assert picture is not None
    found = red_box(as_pil(picture))
    assert found is not None
    sx = picture.space_width / picture.pixel_width
    sy = picture.space_height / picture.pixel_height
    left, top, right, bottom = found
    return QRectF(QPointF(left * sx, top * sy), QPointF(right * sx, bottom * sy))


def preview(qtbot: QtBot, dialog: AttachmentRedactionDialog, page: int = 1) -> Image.Image:
    """Switch to "Preview as exported" (page ``page``) and return the exported pixels."""
    if not dialog.previewing:
        dialog.review.preview_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.picture is not None, timeout=WAIT_MS)
    while dialog.page != page:
        wanted = dialog.page + 1
        dialog.next_button.click()
        qtbot.waitUntil(lambda: dialog.page == wanted, timeout=WAIT_MS)  # noqa: B023
    assert dialog.view is not None and dialog.canvas.read_only
    assert not [i for i in dialog.canvas.boxes() if i.isVisible()]  # burned in, not drawn
    return derivative_page(dialog.view.data, page)


def back_to_editing(qtbot: QtBot, dialog: AttachmentRedactionDialog) -> None:
    before = dialog.picture
    dialog.review.preview_button.click()
    qtbot.waitUntil(lambda: dialog.picture is not before and not dialog.previewing, timeout=WAIT_MS)


@pytest.mark.parametrize("kind", ["photo", "pdf"])
def test_a_box_drawn_moved_and_deleted_changes_the_exported_pixels(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    files: dict[str, str],
    kind: str,
) -> None:
    attachment = files[kind]
    dialog = open_dialog(qtbot, window, vault, case_id, 0 if kind == "photo" else 1)
    page = 1
    if kind == "photo":
        picture = dialog.picture
        assert picture is not None
        # Shown upright: the stored 320x240 picture stands 240x320, its red top right.
        assert (picture.space_width, picture.space_height) == (240, 320)
        assert shown_red(dialog).left() > 120
    else:
        assert dialog.next_button.isVisible() and dialog.page_label.text() == "Page 1 of 2"
        dialog.next_button.click()
        qtbot.waitUntil(
            lambda: dialog.page == 2 and dialog.canvas.picture is not None, timeout=WAIT_MS
        )
        page = 2
        picture = dialog.picture
        assert picture is not None
        # The rotated A4 page is shown landscape, in points.
        assert picture.space_width == pytest.approx(841.89, abs=0.5)
        assert picture.space_height == pytest.approx(595.28, abs=0.5)
    red = shown_red(dialog)
    margin = 3.0
    drag(
        qtbot,
        dialog,
        red.topLeft() - QPointF(margin, margin),
        red.bottomRight() + QPointF(margin, margin),
    )
    answer_reason(qtbot, dialog, "identity")
    settled(qtbot, dialog)
    [(x, y, w, h)] = boxes_now(window, attachment)
    assert x <= red.left() and y <= red.top()
    assert x + w >= red.right() and y + h >= red.bottom()

    exported = preview(qtbot, dialog, page)
    assert red_box(exported) is None  # the area the person saw is covered
    scale = exported.width / (dialog.picture.space_width if dialog.picture else 1)
    inside = rgb(exported, (x + w / 2) * scale, (y + h / 2) * scale)
    assert max(inside) < 40  # black under the box
    far = rgb(exported, exported.width * 0.1, exported.height * 0.9)
    assert min(far) > 30  # and not elsewhere

    # Move it away (dragged by its middle) to the left: the red leaves again.
    back_to_editing(qtbot, dialog)
    [item] = dialog.canvas.boxes()
    middle = item.rect().center()
    shift = QPointF(-min(item.rect().left(), 100.0), 0)
    drag(qtbot, dialog, middle, middle + shift)
    settled(qtbot, dialog)
    [(x2, y2, w2, h2)] = boxes_now(window, attachment)
    assert x2 < x - 50 and (w2, h2) == pytest.approx((w, h))
    exported = preview(qtbot, dialog, page)
    assert red_box(exported) is not None
    moved = rgb(exported, (x2 + w2 / 2) * scale, (y2 + h2 / 2) * scale)
    assert max(moved) < 40
    # The old box is kept, retired, its custody event naming the new one.
    session = window.session
    assert session is not None
    with session.vault.worker() as reader:
        records = listing(reader, attachment_id=attachment).records
        assert sorted(r.status for r in records) == ["accepted", "rejected"]
        events = [
            e for e in custody_events(reader.conn, attachment) if e.action == "redaction-rejected"
        ]
    assert events[-1].details["replaced_by"] == item.box_id

    # Delete it: nothing covered, the row kept.
    back_to_editing(qtbot, dialog)
    [item] = dialog.canvas.boxes()
    dialog.canvas.setFocus()
    dialog.canvas.choose(item)
    QTest.keyClick(dialog.canvas, Qt.Key.Key_Delete)
    settled(qtbot, dialog)
    assert boxes_now(window, attachment) == []
    assert dialog.canvas.boxes() == []
    exported = preview(qtbot, dialog, page)
    assert red_box(exported) is not None
    assert rgb(exported, (x2 + w2 / 2) * scale, (y2 + h2 / 2) * scale) != (0, 0, 0)
    with session.vault.worker() as reader:
        assert len(listing(reader, attachment_id=attachment).records) == 2


def test_review_as_exported_then_a_new_box_asks_for_a_new_look(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, files: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, window, vault, case_id, 0)
    assert _unnamed(dialog) == []
    red = shown_red(dialog)
    drag(qtbot, dialog, red.topLeft() - QPointF(2, 2), red.bottomRight() + QPointF(2, 2))
    answer_reason(qtbot, dialog, "location")
    settled(qtbot, dialog)
    review = dialog.review
    review.profile.setCurrentIndex(review.profile.findData("media"))
    preview(qtbot, dialog)
    assert "1 box(es) burned in" in review.shown.text()
    assert "GPS" not in review.shown.text() or "removed" in review.shown.text()
    qtbot.waitUntil(lambda: review.mark_button.isEnabled(), timeout=WAIT_MS)
    review.mark_button.click()
    qtbot.waitUntil(
        lambda: (s := review.status_of("media")) is not None and s.current, timeout=WAIT_MS
    )
    assert not review.mark_button.isEnabled()  # nothing left to mark for media
    assert "media: reviewed as exported" in review.states.text()
    # The mark holds the SHA-256 of the bytes shown; another profile is not covered.
    session = window.session
    assert session is not None and dialog.view is not None
    with session.vault.worker() as reader:
        [mark] = listing(reader, attachment_id=files["photo"]).marks
    assert (mark.profile, mark.derivative_sha256) == ("media", dialog.view.sha256)
    assert "public: needs a new look (reviewed for media, not public)" in review.states.text()

    back_to_editing(qtbot, dialog)
    far = QPointF(20, 280)
    drag(qtbot, dialog, far, far + QPointF(40, 20))
    answer_reason(qtbot, dialog, "identity")
    settled(qtbot, dialog)
    qtbot.waitUntil(
        lambda: (s := review.status_of("media")) is not None and s.status == "stale",
        timeout=WAIT_MS,
    )
    assert "media: needs a new look (1 new box(es) since the review)" in review.states.text()
    # Looking again shows the mark cannot be made without a new preview.
    preview(qtbot, dialog)
    qtbot.waitUntil(lambda: review.mark_button.isEnabled(), timeout=WAIT_MS)


def test_the_keyboard_alone_adds_chooses_moves_resizes_and_deletes_boxes(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, files: dict[str, str]
) -> None:
    attachment = files["photo"]
    dialog = open_dialog(qtbot, window, vault, case_id, 0)
    canvas = dialog.canvas
    canvas.setFocus()

    def insert_box() -> None:
        QTest.keyClick(canvas, Qt.Key.Key_Insert)
        asked = dialog.reason_dialog
        assert asked is not None
        qtbot.waitUntil(asked.isVisible, timeout=WAIT_MS)
        QTest.keyClick(asked.reason, Qt.Key.Key_Return)  # the reason offered: identity
        settled(qtbot, dialog)

    insert_box()
    [first] = boxes_now(window, attachment)
    assert (first[0] + first[2] / 2, first[1] + first[3] / 2) == pytest.approx((120, 160), abs=2)
    step = round(8 / canvas.zoom)
    for _ in range(3):
        QTest.keyClick(canvas, Qt.Key.Key_Down)
    settled(qtbot, dialog)
    [moved] = boxes_now(window, attachment)
    assert moved == pytest.approx((first[0], first[1] + 3 * step, first[2], first[3]))
    assert len(dialog.canvas.boxes()) == 1  # three steps, one change recorded
    session = window.session
    assert session is not None
    with session.vault.worker() as reader:
        assert len(listing(reader, attachment_id=attachment).records) == 2

    insert_box()  # a second box in the middle, above the first
    assert len(boxes_now(window, attachment)) == 2
    chosen: Callable[[], BoxItem | None] = canvas.chosen
    upper = chosen()
    assert upper is not None
    QTest.keyClick(canvas, Qt.Key.Key_Tab)  # on to the lower box
    lower = chosen()
    assert lower is not None and lower is not upper and lower.rect().y() > upper.rect().y()
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    settled(qtbot, dialog)
    assert sorted(boxes_now(window, attachment))[-1][2] == pytest.approx(first[2] + step)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    settled(qtbot, dialog)
    [left] = boxes_now(window, attachment)
    assert left == pytest.approx(upper.box())
    # Zoom with + and -, back to the whole picture with 0.
    fitted = canvas.zoom
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(fitted * 1.25**2)
    QTest.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == pytest.approx(fitted * 1.25)
    QTest.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom == pytest.approx(fitted)


def test_a_handle_resizes_a_box_and_locking_closes_the_window(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, files: dict[str, str]
) -> None:
    attachment = files["photo"]
    dialog = open_dialog(qtbot, window, vault, case_id, 0)
    drag(qtbot, dialog, QPointF(40, 200), QPointF(100, 240))
    answer_reason(qtbot, dialog, "document")
    settled(qtbot, dialog)
    [(x, y, w, h)] = boxes_now(window, attachment)
    [item] = dialog.canvas.boxes()
    assert item.isSelected() and "Document" in dialog.message.text()
    # The bottom-right handle, pulled 30 right and 20 down (the top-left stays).
    corner = item.rect().bottomRight()
    drag(qtbot, dialog, corner, corner + QPointF(30, 20))
    settled(qtbot, dialog)
    [(x2, y2, w2, h2)] = boxes_now(window, attachment)
    assert (x2, y2) == (x, y)
    assert (w2, h2) == pytest.approx((w + 30, h + 20), abs=2)
    # A drag past the edge stops at the picture's edge.
    corner = dialog.canvas.boxes()[0].rect().bottomRight()
    drag(qtbot, dialog, corner, QPointF(400, 400))
    settled(qtbot, dialog)
    [(x3, y3, w3, h3)] = boxes_now(window, attachment)
    assert (x3 + w3, y3 + h3) == (240, 320)

    window.lock()
    assert not dialog.isVisible()
    assert dialog.canvas.picture is None and dialog.session is None
    assert window.workspace.evidence.redaction_dialog is None
