"""The picture of the selected attachment: a photo as displayed, a PDF page by page.

The application layer (``vault.app.previews``) decrypts and renders in the background,
in memory only; the pixels it returns become a QImage here, built from those bytes
(never a file, never Qt's pixmap cache), drawn zoomed to fit the space.  Locking clears
the image.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vault.app.previews import Picture, preview_picture
from vault.core.errors import VaultError
from vault.gui.dialogs import show_failure, tr
from vault.gui.session import GuiSession
from vault.gui.workers import Job


def picture_image(picture: Picture) -> QImage:
    """The picture's pixels as a QImage that owns a copy of them (made in memory)."""
    rgba = picture.mode == "RGBA"
    fmt = QImage.Format.Format_RGBA8888 if rgba else QImage.Format.Format_RGB888
    stride = picture.pixel_width * (4 if rgba else 3)
    image = QImage(picture.pixels, picture.pixel_width, picture.pixel_height, stride, fmt)
    return image.copy()  # detached from the Python bytes, which may go now


class FittedImage(QWidget):
    """Draws one image as large as fits, keeping its proportions, centred."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_image(self, image: QImage | None) -> None:
        """Show ``image`` (None: nothing)."""
        self.image = image
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image is None or self.image.isNull():
            return
        area = self.rect().adjusted(4, 4, -4, -4)
        size = self.image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = area.x() + (area.width() - size.width()) // 2
        y = area.y() + (area.height() - size.height()) // 2
        target = QRect(x, y, size.width(), size.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        # A thin edge: a white page on a light background still shows where it ends.
        painter.setPen(self.palette().color(QPalette.ColorRole.Dark))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        painter.end()


class PreviewView(QWidget):
    """The selected attachment's picture, with page back/next for a PDF."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Preview"))
        self.session: GuiSession | None = None
        self.attachment_id: str | None = None
        self.picture: Picture | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = FittedImage()
        self.canvas.setAccessibleName(tr("Preview picture"))
        self.canvas.setAutoFillBackground(True)
        self.canvas.setBackgroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(self.canvas, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(tr("Preview message"))
        layout.addWidget(self.message)
        pages = QHBoxLayout()
        self.back_button = QPushButton(tr("◀ Page back"))
        self.back_button.setAccessibleName(tr("Previous page"))
        self.next_button = QPushButton(tr("Next page ▶"))
        self.next_button.setAccessibleName(tr("Next page"))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.back_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)
        layout.addLayout(pages)
        self.back_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(+1))
        self.clear()

    @property
    def image(self) -> QImage | None:
        """The image shown (None: none)."""
        return self.canvas.image

    def attach(self, session: GuiSession | None) -> None:
        """Render through ``session`` (None: the vault is locking)."""
        self.session = session

    def clear(self) -> None:
        """Show nothing and drop the pixels (a new selection, or locking)."""
        self._generation += 1  # a render still running is dropped when it arrives
        self.attachment_id = None
        self.picture = None
        self.canvas.set_image(None)
        self.message.clear()
        self.page_label.clear()
        self._show_pages(False)

    def show_attachment(self, attachment_id: str, page: int = 1) -> None:
        """Render page ``page`` of the attachment (a photo has one) in the background."""
        session = self.session
        if session is None:
            return
        if attachment_id != self.attachment_id:
            self.clear()
        self.attachment_id = attachment_id
        self._generation += 1
        generation = self._generation
        self.message.setText(tr("Preparing the preview…"))
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)

        def work(job: Job[Picture]) -> Picture:
            return preview_picture(session.vault, attachment_id, page)

        def done(picture: Picture) -> None:
            if generation == self._generation and self.session is session:
                self.show_picture(picture)

        def failed(exc: BaseException) -> None:
            if generation != self._generation or self.session is not session:
                return
            if isinstance(exc, VaultError):
                self.canvas.set_image(None)
                self.message.setText(tr("No preview: {why}").format(why=str(exc)))
            else:
                show_failure(self, exc)

        session.run(
            self, work, done, tr("Preparing the preview"), show_progress=False, on_failure=failed
        )

    def show_picture(self, picture: Picture) -> None:
        """Show a rendered picture (or the reason there is none)."""
        self.picture = picture
        if picture.kind == "none":
            self.canvas.set_image(None)
            self.message.setText(picture.why or tr("No preview for this file."))
            self._show_pages(False)
            return
        self.canvas.set_image(picture_image(picture))
        size = tr("{w} × {h} pixels").format(w=picture.width, h=picture.height)
        self.message.setText(size if picture.kind == "image" else "")
        multi = picture.kind == "pdf"
        self._show_pages(multi)
        if multi:
            self.page_label.setText(
                tr("Page {page} of {count}").format(page=picture.page, count=picture.page_count)
            )
            self.back_button.setEnabled(picture.page > 1)
            self.next_button.setEnabled(picture.page < picture.page_count)

    def _show_pages(self, on: bool) -> None:
        for widget in (self.back_button, self.next_button, self.page_label):
            widget.setVisible(on)

    def _turn(self, step: int) -> None:
        picture: Any = self.picture
        if self.attachment_id is None or picture is None or picture.kind != "pdf":
            return
        wanted = picture.page + step
        if 1 <= wanted <= picture.page_count:
            self.show_attachment(self.attachment_id, wanted)
