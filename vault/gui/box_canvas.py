"""A canvas for redaction boxes: a photo or a PDF page, boxes drawn on it with the mouse
or the keyboard, moved, resized and deleted; zoom and pan.

The scene's coordinates are the attachment's box space (pixels of the photo as
displayed, or points of the PDF page as displayed, origin top-left): the picture, which
may be reduced, is scaled to cover exactly that rectangle, so a box's scene rectangle is
what the vault stores.  The canvas only edits rectangles; it says what changed by
signals and the dialog that owns it saves (in the background).

Keyboard: Tab and Shift+Tab go through the boxes (then on to the next control); arrows
move the box with focus, Shift+arrows resize it (right/down grow, left/up shrink);
Delete removes it; Insert adds a box in the middle of what is shown; + and − zoom, 0
fits.  Without a box, arrows pan.  A keyboard change is handed on once the keys rest
(``KEY_SETTLE_MS``), so holding an arrow down does not record a box per step.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from vault.gui.box_item import BoxItem
from vault.gui.dialogs import tr

KEY_STEP_PX = 8  # an arrow moves a box this many screen pixels (Alt: one unit)
KEY_SETTLE_MS = 450
MIN_DRAWN_PX = 4  # a smaller drag is a click, not a box
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.02, 40.0)


class BoxCanvas(QGraphicsView):
    """The picture and its boxes; see the module's docstring for the controls."""

    drawn = Signal(QRectF)  # a new box was drawn (or inserted): the dialog asks why
    edited = Signal(object)  # a BoxItem was moved or resized
    delete_requested = Signal(object)  # a BoxItem
    zoomed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Redaction canvas"))
        self.setAccessibleDescription(
            tr(
                "Drag to draw a box. Tab goes through the boxes; arrows move the chosen box, "
                "Shift and arrows resize it, Delete removes it, Insert adds a box in the "
                "middle; Control and the wheel, or + and −, zoom."
            )
        )
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.setBackgroundRole(QPalette.ColorRole.Mid)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.read_only = False
        # Whole pixels for a photo, tenths of a point for a PDF page.
        self.unit = 1.0
        self.picture: QGraphicsPixmapItem | None = None
        self.space = QRectF()
        self._drawing: tuple[QPointF, QGraphicsRectItem] | None = None
        self._panning: QPointF | None = None
        self._key_settle = QTimer(self)
        self._key_settle.setSingleShot(True)
        self._key_settle.setInterval(KEY_SETTLE_MS)
        self._key_settle.timeout.connect(self.flush_keys)
        self._key_item: BoxItem | None = None
        self._fitted = True

    # ---- content -----------------------------------------------------------------------

    def show_picture(self, image: QImage, width: float, height: float, unit: float) -> None:
        """Show ``image`` covering (0, 0, ``width``, ``height``) in box space; ``unit``
        is what coordinates round to.  Boxes shown before are dropped."""
        self.flush_keys()
        self.scene_.clear()
        self._drawing = None
        self.unit = unit
        pixmap = QPixmap.fromImage(image)  # in memory: QPixmapCache is not involved
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setTransform(
            QTransform.fromScale(width / max(image.width(), 1), height / max(image.height(), 1))
        )
        item.setZValue(0)
        self.scene_.addItem(item)
        self.picture = item
        self.space = QRectF(0, 0, width, height)
        self.scene_.setSceneRect(self.space)
        if self._fitted:
            self.fit()

    def clear_picture(self) -> None:
        """Show nothing (the pixels are dropped)."""
        self._key_settle.stop()
        self._key_item = None
        self.scene_.clear()
        self.picture = None
        self._drawing = None
        self.space = QRectF()

    def add_box(self, rect: QRectF, reason: str, box_id: str | None) -> BoxItem:
        """Put a box on the picture (not saved here)."""
        item = BoxItem(self, rect, reason, box_id)
        item.setVisible(not self.read_only)
        self.scene_.addItem(item)
        return item

    def boxes(self) -> list[BoxItem]:
        """The boxes shown, top-left first (the Tab order)."""
        items = [i for i in self.scene_.items() if isinstance(i, BoxItem) and not i.removed]
        return sorted(items, key=lambda i: (i.rect().y(), i.rect().x()))

    def set_read_only(self, on: bool) -> None:
        """Read-only: no drawing or editing, boxes hidden (a preview shows them burned in)."""
        self.flush_keys()
        self.read_only = on
        for item in self.boxes():
            item.setVisible(not on)
            item.setSelected(False)
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if on else QGraphicsView.DragMode.NoDrag
        )

    def choose(self, item: BoxItem | None) -> None:
        """Select and focus ``item`` (None: no box), and bring it into view."""
        if item is not self._key_item:
            self.flush_keys()
        self.scene_.clearSelection()
        if item is None:
            focus = self.scene_.focusItem()
            if focus is not None:
                focus.clearFocus()
            return
        item.setSelected(True)
        item.setFocus()
        self.ensureVisible(item.rect(), 20, 20)

    def chosen(self) -> BoxItem | None:
        """The box selected (the one with focus if none is), if any."""
        selected = [i for i in self.scene_.selectedItems() if isinstance(i, BoxItem)]
        if selected:
            return selected[0]
        focus = self.scene_.focusItem()
        return focus if isinstance(focus, BoxItem) and not focus.removed else None

    # ---- geometry ----------------------------------------------------------------------

    def clipped(self, rect: QRectF) -> QRectF:
        """``rect`` cut to the picture."""
        return rect.intersected(self.space) if not self.space.isEmpty() else rect

    def kept_inside(self, rect: QRectF) -> QRectF:
        """``rect`` moved (not shrunk) to lie inside the picture where it fits."""
        r = QRectF(rect)
        space = self.space
        r.moveLeft(min(max(r.left(), space.left()), max(space.right() - r.width(), 0)))
        r.moveTop(min(max(r.top(), space.top()), max(space.bottom() - r.height(), 0)))
        return self.clipped(r)

    def snapped(self, rect: QRectF, *, moved: bool = False) -> QRectF:
        """``rect`` on whole units, inside the picture: rounded outward, or for a box
        only ``moved``, its corner to the nearest unit and its size kept."""
        u = self.unit

        def grid(value: float, how: Callable[[float], float]) -> float:
            # 1e-6: 669.3 / 0.1 is 6692.999...; the value is kept without float dust
            return round(how(value / u + (1e-6 if how is math.floor else -1e-6)) * u, 6)

        if moved:
            left, top = grid(rect.left(), round), grid(rect.top(), round)
            r = QRectF(left, top, round(rect.width(), 6), round(rect.height(), 6))
            return self.kept_inside(r)
        left, top = grid(rect.left(), math.floor), grid(rect.top(), math.floor)
        right, bottom = grid(rect.right(), math.ceil), grid(rect.bottom(), math.ceil)
        snapped = QRectF(QPointF(left, top), QPointF(max(right, left + u), max(bottom, top + u)))
        return self.clipped(snapped)

    def middle_box(self) -> QRectF:
        """A box in the middle of what is shown, a fifth of its size."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect().intersected(self.space)
        if shown.isEmpty():
            shown = self.space
        w, h = shown.width() / 5, shown.height() / 5
        centre = shown.center()
        return self.snapped(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h))

    # ---- zoom --------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Screen pixels per scene unit."""
        return self.transform().m11()

    def fit(self) -> None:
        """Show the whole picture."""
        self._fitted = True
        if not self.space.isEmpty():
            self.fitInView(self.space, Qt.AspectRatioMode.KeepAspectRatio)
            self._zoom_changed()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (> 1) or out (< 1), within ``ZOOM_RANGE``."""
        low, high = ZOOM_RANGE
        wanted = min(max(self.zoom * factor, low), high)
        if wanted != self.zoom and self.zoom > 0:
            self._fitted = False
            step = wanted / self.zoom
            self.scale(step, step)
            self._zoom_changed()

    def _zoom_changed(self) -> None:
        for item in self.boxes():  # their handles keep a constant size on screen
            item.prepareGeometryChange()
        self.zoomed.emit(self.zoom)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ---- drawing and panning with the mouse --------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        item = self.itemAt(event.position().toPoint())
        on_box = isinstance(item, BoxItem) and item.isVisible()
        if (
            self.read_only
            or event.button() != Qt.MouseButton.LeftButton
            or on_box
            or self.space.isEmpty()
        ):
            super().mousePressEvent(event)
            return
        self.choose(None)
        start = self.mapToScene(event.position().toPoint())
        if not self.space.contains(start):
            return
        outline = QGraphicsRectItem(QRectF(start, start))
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        outline.setPen(pen)
        outline.setZValue(2)
        self.scene_.addItem(outline)
        self._drawing = (start, outline)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            bar_x, bar_y = self.horizontalScrollBar(), self.verticalScrollBar()
            bar_x.setValue(bar_x.value() - int(delta.x()))
            bar_y.setValue(bar_y.value() - int(delta.y()))
            return
        if self._drawing is not None:
            start, outline = self._drawing
            here = self.mapToScene(event.position().toPoint())
            outline.setRect(self.clipped(QRectF(start, here).normalized()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.viewport().unsetCursor()
            return
        if self._drawing is not None:
            _start, outline = self._drawing
            self._drawing = None
            rect = outline.rect()
            self.scene_.removeItem(outline)
            big_enough = min(rect.width(), rect.height()) * self.zoom >= MIN_DRAWN_PX
            if big_enough:
                self.drawn.emit(self.snapped(rect))
            return
        super().mouseReleaseEvent(event)

    # ---- the keyboard ------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Before QGraphicsView, which hands Tab to the scene (where it would go nowhere).
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                if not self.step_box(forward):
                    self.choose(None)
                    self.focusNextPrevChild(forward)  # on to the next control
                return True
        return super().event(event)

    def step_box(self, forward: bool) -> bool:
        """Choose the next (or previous) box in Tab order; False past the last (first)."""
        boxes = self.boxes() if not self.read_only else []
        current = self.chosen()
        index = boxes.index(current) if current in boxes else (-1 if forward else len(boxes))
        index += 1 if forward else -1
        if 0 <= index < len(boxes):
            self.choose(boxes[index])
            return True
        return False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        boxes = self.boxes() if not self.read_only else []
        reason = event.reason()
        if boxes and self.chosen() is None:
            if reason == Qt.FocusReason.TabFocusReason:
                self.choose(boxes[0])
            elif reason == Qt.FocusReason.BacktabFocusReason:
                self.choose(boxes[-1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
            return
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
            return
        if key == Qt.Key.Key_0:
            self.fit()
            return
        if self.read_only:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Insert and not self.space.isEmpty():
            self.drawn.emit(self.middle_box())
            return
        item = self.chosen()
        if item is None:
            super().keyPressEvent(event)  # arrows pan
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._key_settle.stop()
            self._key_item = None
            self.delete_requested.emit(item)
            return
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key not in arrows:
            super().keyPressEvent(event)
            return
        dx, dy = arrows[key]
        fine = bool(mods & Qt.KeyboardModifier.AltModifier)
        step = (
            self.unit
            if fine
            else max(self.unit, round(KEY_STEP_PX / self.zoom / self.unit) * self.unit)
        )
        r = QRectF(item.rect())
        if mods & Qt.KeyboardModifier.ShiftModifier:
            r.setWidth(max(self.unit, r.width() + dx * step))
            r.setHeight(max(self.unit, r.height() + dy * step))
            r = self.clipped(r)
        else:
            r = self.kept_inside(r.translated(dx * step, dy * step))
        if r == item.rect():
            return
        item.set_box(r)
        self.ensureVisible(r, 20, 20)
        self._key_item = item
        self._key_settle.start()

    def flush_keys(self) -> None:
        """Hand on a keyboard change now (the keys rested, or the focus moved on)."""
        self._key_settle.stop()
        item, self._key_item = self._key_item, None
        if item is not None and not item.removed:
            item.set_box(self.snapped(item.rect()))
            self.edited.emit(item)
