"""The redaction window of a photo or a PDF: boxes drawn, moved, resized and deleted on
the picture as displayed (a PDF page by page), each with a reason; then the file exactly
as an export for a chosen profile carries it, and the review mark bound to it.

Every read and write goes through ``vault.app.box_redaction`` in the background: a box
is saved once the drag (or the keys) end, and a new drag never waits for a save.  A box
changed again while its save runs is saved again afterwards, from its new id.  Turning
the page or switching to the preview waits for running saves.  Pixels stay in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.box_redaction import (
    REASONS,
    Box,
    BoxPicture,
    ExportedView,
    ReviewStatus,
    add_attachment_box,
    box_picture,
    change_box,
    exported_page,
    mark_reviewed,
    preview_as_exported,
    remove_box,
    review_statuses,
)
from vault.app.previews import Picture
from vault.gui.box_canvas import BoxCanvas
from vault.gui.box_item import BoxItem
from vault.gui.dialogs import show_failure, tr
from vault.gui.preview_view import picture_image
from vault.gui.review_panel import ReviewPanel
from vault.gui.session import GuiSession
from vault.gui.workers import Job

PDF_UNIT = 0.1  # points: boxes on a PDF page are kept to a tenth of a point


def reason_label(reason: str) -> str:
    """A reason as a person reads it."""
    labels = {
        "identity": tr("Identity (a face, a name, a signature)"),
        "contact": tr("Contact (a phone number, an address)"),
        "location": tr("Location (a street sign, a landmark)"),
        "document": tr("Document (an identity number, a plate)"),
        "other": tr("Other"),
    }
    return labels.get(reason, reason)


class ReasonDialog(QDialog):
    """Why a new box is drawn; ``chosen`` carries the reason when accepted."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, last: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Why redact this area?"))
        form = QFormLayout(self)
        self.reason = QComboBox()
        self.reason.setAccessibleName(tr("Reason"))
        for reason in REASONS:
            self.reason.addItem(reason_label(reason), reason)
        self.reason.setCurrentIndex(max(self.reason.findData(last), 0))
        form.addRow(tr("Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(lambda: self.chosen.emit(str(self.reason.currentData())))


class AttachmentRedactionDialog(QDialog):
    """Boxes on one attachment, its preview as exported, and its review."""

    def __init__(self, parent: QWidget, session: GuiSession, attachment_id: str) -> None:
        super().__init__(parent)
        self.session: GuiSession | None = session
        self.attachment_id = attachment_id
        self.setWindowTitle(tr("Redact an attachment"))
        self.setAccessibleName(tr("Redact an attachment"))
        self.page = 1
        self.page_count = 1
        self.picture: Picture | None = None
        self.view: ExportedView | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.last_reason = "identity"
        self.pending = 0  # saves running
        self._waiting: list[Callable[[], None]] = []
        self._generation = 0  # a page or preview still rendering is dropped when superseded
        self._build()
        self.resize(1000, 760)
        self.show_page(1)
        self.refresh_statuses()

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.add_button = QPushButton(tr("Add box"))
        self.add_button.setToolTip(tr("A box in the middle of what is shown (Insert)"))
        self.delete_button = QPushButton(tr("Delete box"))
        self.delete_button.setToolTip(tr("Remove the chosen box (Delete)"))
        self.zoom_out_button = QPushButton(tr("Zoom out"))
        self.zoom_in_button = QPushButton(tr("Zoom in"))
        self.fit_button = QPushButton(tr("Fit"))
        self.zoom_label = QLabel()
        self.back_button = QPushButton(tr("◀ Page back"))
        self.back_button.setAccessibleName(tr("Previous page"))
        self.next_button = QPushButton(tr("Next page ▶"))
        self.next_button.setAccessibleName(tr("Next page"))
        self.page_label = QLabel()
        for widget in (self.add_button, self.delete_button, self.zoom_out_button):
            tools.addWidget(widget)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        tools.addWidget(self.back_button)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_button)
        layout.addLayout(tools)
        self.hint = QLabel(
            tr(
                "Drag on the picture to draw a box; drag a box to move it, its handles to "
                "resize it. Keyboard: Tab goes through the boxes, arrows move, Shift+arrows "
                "resize, Delete removes, Insert adds a box; Ctrl+wheel or + and − zoom, 0 fits."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.canvas = BoxCanvas()
        layout.addWidget(self.canvas, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        layout.addWidget(self.message)
        self.review = ReviewPanel()
        layout.addWidget(self.review)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._insert)
        self.delete_button.clicked.connect(self._delete_chosen)
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom_by(0.8))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.back_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(+1))
        self.canvas.drawn.connect(self.ask_reason)
        self.canvas.edited.connect(self.save)
        self.canvas.delete_requested.connect(self.delete)
        self.canvas.scene_.selectionChanged.connect(self._chosen_changed)
        self.canvas.zoomed.connect(
            lambda z: self.zoom_label.setText(tr("{n} %").format(n=round(z * 100)))
        )
        self.review.preview_toggled.connect(self._preview_toggled)
        self.review.profile_changed.connect(self._profile_changed)
        self.review.mark_requested.connect(self.mark_reviewed)

    # ---- showing the attachment --------------------------------------------------------

    @property
    def previewing(self) -> bool:
        """Whether the file as exported is shown (read-only) rather than the original."""
        return self.review.preview_button.isChecked()

    def show_page(self, page: int) -> None:
        """Read page ``page`` (a photo: 1) and its boxes, or of the preview, in the
        background, once running saves have ended."""
        self.after_saves(lambda: self._show_page(page))

    def _show_page(self, page: int) -> None:
        session = self.session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        attachment_id, view, profile = self.attachment_id, self.view, self.review.chosen_profile
        self.message.setText(tr("Preparing the picture…"))
        self._enable(False)

        if self.previewing:

            def make(job: Job[object]) -> object:
                if view is not None and view.profile == profile:
                    return exported_page(view, page)
                return preview_as_exported(session.vault, attachment_id, profile, page)

            label = tr("Making the file as exported")
        else:

            def make(job: Job[object]) -> object:
                return box_picture(session.vault, attachment_id, page)

            label = tr("Preparing the picture")

        def done(result: object) -> None:
            if generation != self._generation or self.session is not session:
                return
            if isinstance(result, ExportedView):
                self.view = result
                self.review.set_view(result)
                self._show_picture(result.picture, [])
                self.refresh_statuses()
            elif isinstance(result, BoxPicture):
                if result.code:
                    self.setWindowTitle(tr("Redact {code}").format(code=result.code))
                self._show_picture(result.picture, result.boxes)
            else:
                assert isinstance(result, Picture)
                self._show_picture(result, [])

        def failed(exc: BaseException) -> None:
            if generation != self._generation or self.session is not session:
                return
            self._enable(True)
            self.message.setText(str(exc))
            if self.previewing:
                self.review.preview_button.setChecked(False)
            show_failure(self, exc)

        session.run(self, make, done, label, show_progress=self.previewing, on_failure=failed)

    def _show_picture(self, picture: Picture, boxes: list[Box]) -> None:
        self.picture = picture
        self.page, self.page_count = picture.page, picture.page_count
        if picture.kind == "none":
            self.canvas.clear_picture()
            self.message.setText(picture.why or tr("No picture of this file."))
        else:
            unit = 1.0 if picture.kind == "image" else PDF_UNIT
            self.canvas.show_picture(
                picture_image(picture), picture.space_width, picture.space_height, unit
            )
            self.canvas.set_read_only(self.previewing)
            for box in boxes:
                self.canvas.add_box(QRectF(*box.rect), box.reason, box.id)
            self.message.setText(
                tr("As exported: read-only. Drag to pan.") if self.previewing else ""
            )
        pdf = picture.kind == "pdf"
        for widget in (self.back_button, self.next_button, self.page_label):
            widget.setVisible(pdf)
        self.page_label.setText(
            tr("Page {page} of {count}").format(page=self.page, count=self.page_count)
        )
        self._enable(picture.kind != "none")

    def _enable(self, on: bool) -> None:
        editing = on and not self.previewing
        self.add_button.setEnabled(editing)
        self.delete_button.setEnabled(editing)
        self.back_button.setEnabled(on and self.page > 1)
        self.next_button.setEnabled(on and self.page < self.page_count)

    def turn(self, step: int) -> None:
        """The previous (-1) or next (+1) page."""
        wanted = self.page + step
        if 1 <= wanted <= self.page_count:
            self.show_page(wanted)

    # ---- boxes -------------------------------------------------------------------------

    def ask_reason(self, rect: QRectF) -> None:
        """Ask why the area ``rect`` is redacted; save the box once answered."""
        if self.previewing or self.session is None:
            return
        if self.reason_dialog is not None:
            self.reason_dialog.deleteLater()
        dialog = ReasonDialog(self, self.last_reason)
        dialog.chosen.connect(lambda reason: self._add(rect, reason))
        self.reason_dialog = dialog
        dialog.open()

    def _add(self, rect: QRectF, reason: str) -> None:
        self.last_reason = reason
        item = self.canvas.add_box(rect, reason, None)
        self.canvas.choose(item)
        self.canvas.setFocus()
        self.save(item)

    def _insert(self) -> None:
        if not self.canvas.space.isEmpty():
            self.ask_reason(self.canvas.middle_box())

    def save(self, item: BoxItem) -> None:
        """Record ``item`` where it is now, in the background (a new box, or a change: a
        new record replacing the old one)."""
        session = self.session
        if session is None or item.removed:
            return
        if item.saving:
            item.dirty = True  # saved again, from the id this save gives, once it ends
            return
        item.saving, item.dirty = True, False
        rect, box_id, reason, page = item.box(), item.box_id, item.reason, self.page
        attachment_id = self.attachment_id

        def work(job: Job[Box]) -> Box:
            if box_id is None:
                return add_attachment_box(session.vault, attachment_id, rect, reason, page)
            return change_box(session.vault, box_id, rect)

        def done(box: Box) -> None:
            item.box_id, item.saving = box.id, False
            if item.removed:
                self._remove(item)
            elif item.dirty:
                self.save(item)
            self._ended()

        def failed(exc: BaseException) -> None:
            item.saving = False
            self._ended()
            if self.session is session:
                show_failure(self, exc)
                self.show_page(self.page)  # show what the vault holds

        self._started()
        session.run(self, work, done, tr("Saving the box"), show_progress=False, on_failure=failed)

    def _delete_chosen(self) -> None:
        item = self.canvas.chosen()
        if item is not None:
            self.delete(item)

    def delete(self, item: BoxItem) -> None:
        """Remove the box (retired in the vault, never erased)."""
        if item.removed:
            return
        item.removed = True
        self.canvas.scene_.removeItem(item)
        self.canvas.setFocus()
        if not item.saving:
            self._remove(item)

    def _remove(self, item: BoxItem) -> None:
        session, box_id = self.session, item.box_id
        if session is None or box_id is None:
            return

        def work(job: Job[None]) -> None:
            remove_box(session.vault, box_id)

        def failed(exc: BaseException) -> None:
            self._ended()
            if self.session is session:
                show_failure(self, exc)
                self.show_page(self.page)

        self._started()
        session.run(
            self,
            work,
            lambda _none: self._ended(),
            tr("Removing the box"),
            show_progress=False,
            on_failure=failed,
        )

    def _chosen_changed(self) -> None:
        item = self.canvas.chosen()
        if item is not None and not self.previewing:
            self.message.setText(
                tr("Chosen box: {reason}").format(reason=reason_label(item.reason))
            )

    def _started(self) -> None:
        self.pending += 1

    def _ended(self) -> None:
        self.pending -= 1
        if self.pending == 0 and self.session is not None:
            self.session.records_changed.emit("custody")
            self.refresh_statuses()
            waiting, self._waiting = self._waiting, []
            for action in waiting:
                action()

    def after_saves(self, action: Callable[[], None]) -> None:
        """Run ``action`` now, or once the saves running have ended."""
        self.canvas.flush_keys()
        if self.pending:
            self._waiting.append(action)
        else:
            action()

    # ---- preview as exported and review ------------------------------------------------

    def _preview_toggled(self, on: bool) -> None:
        if not on:
            self.view = None
            self.review.set_view(None)
        self.canvas.set_read_only(on)
        self.show_page(self.page if not on else 1)

    def _profile_changed(self, _profile: str) -> None:
        self.refresh_statuses()
        if self.previewing:
            self.view = None
            self.review.set_view(None)
            self.show_page(1)

    def refresh_statuses(self) -> None:
        """Read where the review stands for each profile (against the bytes shown)."""
        session = self.session
        if session is None:
            return
        view = self.view
        shown = None if view is None else (view.profile, view.sha256)
        attachment_id = self.attachment_id

        def work(job: Job[list[ReviewStatus]]) -> list[ReviewStatus]:
            return review_statuses(session.vault, attachment_id, shown)

        def done(statuses: list[ReviewStatus]) -> None:
            if self.session is session:
                self.review.set_statuses(statuses)

        session.run(self, work, done, tr("Reading the review"), show_progress=False)

    def mark_reviewed(self) -> None:
        """Mark the attachment reviewed for the profile shown, bound to the bytes shown."""
        session, view = self.session, self.view
        if session is None or view is None:
            return
        attachment_id = self.attachment_id
        self.review.mark_button.setEnabled(False)

        def work(job: Job[ReviewStatus]) -> ReviewStatus:
            return mark_reviewed(session.vault, attachment_id, view.profile, view.sha256)

        def done(_status: ReviewStatus) -> None:
            if self.session is session:
                session.records_changed.emit("custody")
                self.refresh_statuses()

        def failed(exc: BaseException) -> None:
            if self.session is session:
                show_failure(self, exc)
                self.show_page(1)  # made again: what would leave now

        session.run(self, work, done, tr("Marking reviewed"), on_failure=failed)

    # ---- closing -----------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the pixels and the session (closing, or the vault is locking)."""
        self.canvas.flush_keys()
        self._generation += 1
        self.session = None
        self.view = None
        self.canvas.clear_picture()

    def done(self, result: int) -> None:
        self.canvas.flush_keys()  # a keyboard change not yet handed on is saved
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.canvas.flush_keys()
        super().closeEvent(event)
