"""The Evidence tab: files taken into the vault.

Files come in by "Add files…" (Qt's own dialog, no history) or dropped onto the tab
(files on this computer only; a folder is refused with a sentence), through the intake
dialog.  The selected attachment shows its details (both hashes, size, type, when it
was taken in, its code, the statement it belongs to, what the file carries) and its
picture, decrypted in memory only.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout

from vault.app.evidence import AttachmentDetails, Intake, attachment_details, files_to_take_in
from vault.app.readable import shown
from vault.core.errors import InputError
from vault.gui.attachment_redaction import AttachmentRedactionDialog
from vault.gui.dialogs import tr
from vault.gui.files import choose_files
from vault.gui.intake_dialog import IntakeDialog, size_text
from vault.gui.preview_view import PreviewView
from vault.gui.record_tab import RecordTab
from vault.gui.session import GuiSession
from vault.gui.workers import Job

# Code, file name, type, size, statement, SHA-256, taken in: wide enough for their values.
COLUMN_WIDTHS = (64, 190, 110, 90, 80, 140, 130)


def _cell(value: str) -> str:
    return html.escape(shown(value, keep="\n")).replace("\n", "<br>")


def attachment_html(details: AttachmentDetails) -> str:
    """The attachment's details as labelled lines (plain text escaped, never markup;
    invisible characters of the file name and of what the file says written as escapes)."""
    rows = [
        (tr("Code"), details.code),
        (tr("File name"), details.name),
        (tr("Type"), details.media_type),
        (tr("Size"), f"{size_text(details.size)} ({details.size:,} bytes)"),
        (tr("Taken in"), details.created_utc[:19].replace("T", " ") + " UTC"),
        (tr("Belongs to"), details.statement or tr("the case (no statement)")),
        ("SHA-256", details.sha256),
        ("SHA-512", details.sha512 or tr("not recorded (taken in before SHA-512 was kept)")),
        (tr("Inside the file"), "\n".join(details.inside)),
        (tr("Kept as received"), details.kept_as_received or ""),
    ]
    lines = "".join(
        f"<tr><th align=left valign=top>{html.escape(label)}</th>"
        f"<td style='word-break: break-all'>{_cell(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing=4>{lines}</table>"


class EvidenceTab(RecordTab):
    """The attachments of the selected case, with details and a preview."""

    kind = "attachments"
    record_type = "attachment"

    def __init__(self) -> None:
        super().__init__(tr("Evidence"))
        self.add_files_button = self.add_button(tr("Add files…"), self.add_files)
        self.add_files_button.setToolTip(tr("Or drop files onto this tab"))
        self.redact_button = self.add_button(tr("Redact…"), self.redact, needs_selection=True)
        self.redact_button.setToolTip(
            tr("Boxes on the picture or PDF, preview as exported, review")
        )
        self.finish_buttons()
        self.intake_dialog: IntakeDialog | None = None
        self.redaction_dialog: AttachmentRedactionDialog | None = None
        self.preview = PreviewView()
        # Details above, the picture below, beside the list.
        side = QSplitter(Qt.Orientation.Vertical)
        self.split.replaceWidget(1, side)
        side.addWidget(self.details)
        side.addWidget(self.preview)
        side.setStretchFactor(0, 2)
        side.setStretchFactor(1, 3)
        side.setSizes([300, 420])
        self.side = side
        self.split.setSizes([520, 600])
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        # Why a drop was refused: said beside the list, no dialog to click away.
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Notice"))
        self.notice.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.notice)
        self.setAcceptDrops(True)
        self.add_files_button.setEnabled(False)

    def say(self, text: str) -> None:
        """Show ``text`` above the list (empty: hide it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ---- session and case -------------------------------------------------------------

    def attach(self, session: GuiSession) -> None:
        super().attach(session)
        self.preview.attach(session)

    def set_case(self, case_id: str | None) -> None:
        super().set_case(case_id)
        self.preview.clear()
        self.say("")
        self.add_files_button.setEnabled(case_id is not None)

    def clear(self) -> None:
        redaction, self.redaction_dialog = self.redaction_dialog, None
        if redaction is not None:
            redaction.forget()
            redaction.done(0)
            redaction.deleteLater()
        dialog, self.intake_dialog = self.intake_dialog, None
        if dialog is not None:
            dialog.done(0)
            dialog.deleteLater()
        self.preview.clear()
        self.preview.attach(None)
        self.say("")
        self.add_files_button.setEnabled(False)
        super().clear()

    def _records_changed(self, kind: str) -> None:
        super()._records_changed(kind)
        if kind in (self.kind, "*"):
            self.preview.clear()

    # ---- details and preview ----------------------------------------------------------

    def show_details(self, record_id: str) -> None:
        """Read the attachment's details and render its picture, both in the background."""
        session = self.session
        if session is None:
            return
        self.preview.show_attachment(record_id)

        def work(job: Job[AttachmentDetails]) -> AttachmentDetails:
            return attachment_details(session.vault, record_id)

        def done(details: AttachmentDetails) -> None:
            if self.session is session:
                self.details.setHtml(attachment_html(details))

        session.run(self, work, done, tr("Reading"), show_progress=False)

    def redact(self) -> AttachmentRedactionDialog | None:
        """Open the redaction window of the selected attachment."""
        record_id = self.selected_id()
        if self.session is None or record_id is None:
            return None
        if self.redaction_dialog is not None:
            self.redaction_dialog.forget()
            self.redaction_dialog.done(0)
            self.redaction_dialog.deleteLater()
        self.redaction_dialog = AttachmentRedactionDialog(self, self.session, record_id)
        self.redaction_dialog.open()
        return self.redaction_dialog

    # ---- taking files in --------------------------------------------------------------

    def add_files(self) -> None:
        """Choose files with the file dialog and take them in."""
        if self.session is None or self.case_id is None:
            return
        paths = choose_files(self, tr("Add files to the case"))
        if paths:
            self.take_in(paths)

    def take_in(self, paths: list[Path]) -> IntakeDialog | None:
        """Open the intake dialog for ``paths`` (refused with a sentence: a folder, a
        missing file, or files still being taken in by the dialog before: replacing it
        would hide how that intake ends); returns the dialog, None if refused."""
        session, case_id = self.session, self.case_id
        if session is None or case_id is None:
            return None
        if self.intake_dialog is not None and self.intake_dialog.running:
            self.say(
                tr(
                    "Files are still being taken in: add these once that has finished. "
                    "Nothing else was taken in."
                )
            )
            return None
        try:
            files = files_to_take_in(paths)
        except InputError as exc:
            self.say(str(exc))
            return None
        self.say("")
        if self.intake_dialog is not None:
            self.intake_dialog.deleteLater()
        dialog = IntakeDialog(self, session, case_id, files)
        dialog.taken_in.connect(self._taken_in)
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _taken_in(self, intake: Intake) -> None:
        session = self.session
        if session is None:
            return
        session.records_changed.emit(self.kind)
        session.records_changed.emit("custody")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if self.case_id is None or not urls:
            event.ignore()
            return
        event.acceptProposedAction()
        if not all(url.isLocalFile() for url in urls):
            self.say(
                tr(
                    "Only files on this computer can be taken in: save the file here "
                    "first. Nothing was taken in."
                )
            )
            return
        self.take_in([Path(url.toLocalFile()) for url in urls])
