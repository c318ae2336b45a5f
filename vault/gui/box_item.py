"""One redaction box on the canvas (``box_canvas.py``): drawn black and see-through,
dragged by its middle to move, by one of its eight handles to resize.

Its rectangle is in the canvas's box space (what the vault stores); its position stays
(0, 0).  When a drag ends the box rounds itself to whole units and tells the canvas,
whose owner saves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from vault.gui.dialogs import tr

if TYPE_CHECKING:
    from vault.gui.box_canvas import BoxCanvas

HANDLE_PX = 9  # a resize handle, in screen pixels whatever the zoom
# Which edges a handle moves: (left, top, right, bottom).
_HANDLES = {
    "tl": (1, 1, 0, 0),
    "t": (0, 1, 0, 0),
    "tr": (0, 1, 1, 0),
    "r": (0, 0, 1, 0),
    "br": (0, 0, 1, 1),
    "b": (0, 0, 0, 1),
    "bl": (1, 0, 0, 1),
    "l": (1, 0, 0, 0),
}
_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor,
    "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor,
    "bl": Qt.CursorShape.SizeBDiagCursor,
    "t": Qt.CursorShape.SizeVerCursor,
    "b": Qt.CursorShape.SizeVerCursor,
    "l": Qt.CursorShape.SizeHorCursor,
    "r": Qt.CursorShape.SizeHorCursor,
}


class BoxItem(QGraphicsRectItem):
    """One redaction box.  ``box_id`` is the vault's id once saved (None before);
    ``reason`` why it is there.  Its position stays (0, 0): the rectangle is the box."""

    def __init__(self, canvas: BoxCanvas, rect: QRectF, reason: str, box_id: str | None) -> None:
        super().__init__(rect)
        self.canvas = canvas
        self.reason = reason
        self.box_id = box_id
        self.saving = False  # a save of this box is running
        self.dirty = False  # changed again while it was saving
        self.removed = False  # removed while a save was running
        self._grab: tuple[str, QPointF, QRectF] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setToolTip(tr("Redaction box ({reason})").format(reason=reason))

    # ---- painting ----------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = self.canvas.palette()
        # Black, as the export burns it, but see-through so what it covers can be aimed at.
        fill = QColor(Qt.GlobalColor.black)
        fill.setAlphaF(0.55)
        painter.fillRect(self.rect(), fill)
        chosen = self.isSelected() or self.hasFocus()
        edge = palette.color(QPalette.ColorRole.Highlight)
        pen = QPen(edge, 3 if chosen else 1.5)
        pen.setCosmetic(True)
        if not chosen:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(self.rect())
        if chosen:
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
            for handle in self._handle_rects().values():
                painter.drawRect(handle)

    def _unit(self) -> float:
        """One screen pixel in scene units at the current zoom."""
        return 1.0 / max(self.canvas.transform().m11(), 1e-6)

    def _handle_rects(self) -> dict[str, QRectF]:
        r, size = self.rect(), HANDLE_PX * self._unit()
        xs = {"l": r.left(), "c": r.center().x(), "r": r.right()}
        ys = {"t": r.top(), "c": r.center().y(), "b": r.bottom()}
        places = {
            "tl": ("l", "t"), "t": ("c", "t"), "tr": ("r", "t"), "r": ("r", "c"),
            "br": ("r", "b"), "b": ("c", "b"), "bl": ("l", "b"), "l": ("l", "c"),
        }  # fmt: skip
        return {
            name: QRectF(xs[x] - size / 2, ys[y] - size / 2, size, size)
            for name, (x, y) in places.items()
        }

    def boundingRect(self) -> QRectF:
        grow = HANDLE_PX * self._unit()
        return self.rect().adjusted(-grow, -grow, grow, grow)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect() if self.isSelected() else self.rect())
        return path

    def _handle_at(self, point: QPointF) -> str | None:
        if not self.isSelected():
            return None
        for name, rect in self._handle_rects().items():
            if rect.contains(point):
                return name
        return None

    # ---- the mouse ---------------------------------------------------------------------

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handle = self._handle_at(event.pos())
        self.setCursor(_CURSORS[handle] if handle else Qt.CursorShape.SizeAllCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.canvas.read_only or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        handle = self._handle_at(event.pos())
        self.canvas.choose(self)
        self._grab = (handle or "move", event.scenePos(), QRectF(self.rect()))
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._grab is None:
            return
        mode, start, before = self._grab
        delta = event.scenePos() - start
        if mode == "move":
            self.set_box(self.canvas.kept_inside(before.translated(delta)))
        else:
            left, top, right, bottom = _HANDLES[mode]
            r = QRectF(before)
            if left:
                r.setLeft(min(r.left() + delta.x(), r.right() - self._unit()))
            if right:
                r.setRight(max(r.right() + delta.x(), r.left() + self._unit()))
            if top:
                r.setTop(min(r.top() + delta.y(), r.bottom() - self._unit()))
            if bottom:
                r.setBottom(max(r.bottom() + delta.y(), r.top() + self._unit()))
            self.set_box(self.canvas.clipped(r.normalized()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._grab is None:
            return
        mode, _start, before = self._grab
        self._grab = None
        self.set_box(self.canvas.snapped(self.rect(), moved=mode == "move"))
        if self.rect() != before:
            self.canvas.edited.emit(self)  # saved in the background by the dialog

    def set_box(self, rect: QRectF) -> None:
        """Show the box at ``rect`` (scene units)."""
        self.prepareGeometryChange()
        self.setRect(rect)

    def box(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) as the vault stores it."""
        r = self.rect()
        return (r.x(), r.y(), r.width(), r.height())
