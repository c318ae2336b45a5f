"""Taking files in: the files chosen or dropped, the statement they belong to (or the
case), per-file progress while pictures and PDFs are checked and files encrypted, Cancel
(which leaves nothing), a repeat offered to be taken in again, pictures and PDFs refused
by the check (disguised, too large, damaged: each with its reason, nothing written yet)
offered to be kept as received or left out, and afterwards what the person should know:
which files carry a location, files kept as received, and that the originals are still
on disk, unencrypted.

The work is ``vault.app.evidence.take_in`` in the background; this dialog only polls its
progress and shows the outcome.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault.app.evidence import Intake, IntakeFile, file_in_progress, statement_choices, take_in
from vault.app.intake_check import IntakeRefused, refusal_sentence
from vault.app.jobs import Cancelled
from vault.app.readable import shown
from vault.core.errors import VaultError
from vault.gui.dialogs import show_failure, tr
from vault.gui.session import GuiSession
from vault.gui.workers import POLL_MS, Job

_REPEAT_HINT = "attach-again"
CHECKING = "Checking pictures and PDFs"  # the intake job's first phase (intake_check)


def size_text(size: int) -> str:
    """A byte count the way a person reads it (1.4 MB)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"  # pragma: no cover - the loop always returns


class IntakeDialog(QDialog):
    """Takes ``files`` into ``case_id``; emits ``taken_in`` with the Intake on success."""

    taken_in = Signal(object)

    def __init__(
        self, parent: QWidget, session: GuiSession, case_id: str, files: list[IntakeFile]
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.files = files
        self.job: Job[Intake] | None = None
        self.outcome: Intake | None = None
        self._refused_rows: list[int] = []
        self.setWindowTitle(tr("Take files in"))
        self.setAccessibleName(tr("Take files in"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "These files will be encrypted into the vault. The originals are not "
                "changed and stay where they are."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = QTreeWidget()
        self.rows.setAccessibleName(tr("Files to take in"))
        self.rows.setRootIsDecorated(False)
        self.rows.setHeaderLabels([tr("File"), tr("Size"), tr("Progress")])
        self.file_rows: list[QTreeWidgetItem] = []
        for item in files:
            row = QTreeWidgetItem([shown(item.name), size_text(item.size), tr("waiting")])
            row.setToolTip(0, str(item.path))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.rows.addTopLevelItem(row)
            self.file_rows.append(row)
        header = self.rows.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.rows, 1)
        form = QFormLayout()
        self.statement = QComboBox()
        self.statement.setAccessibleName(tr("Statement the files belong to"))
        self.statement.addItem(tr("None: the files belong to the case"), None)
        form.addRow(tr("Belongs to statement:"), self.statement)
        layout.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Intake progress"))
        self.bar.setRange(0, 1000)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Intake status"))
        layout.addWidget(self.status)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(tr("Notes after intake"))
        self.notes.hide()
        layout.addWidget(self.notes, 1)
        self.refused = QPlainTextEdit()
        self.refused.setReadOnly(True)
        self.refused.setAccessibleName(tr("Files refused by the check"))
        self.refused.hide()
        layout.addWidget(self.refused, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again_button = QPushButton(tr("Take it in again"))
        self.again_button.hide()
        self.leave_out_button = QPushButton(tr("Leave them out"))
        self.leave_out_button.setAccessibleName(
            tr("Leave the refused files out and take in the others")
        )
        self.leave_out_button.hide()
        self.keep_button = QPushButton(tr("Keep them as received"))
        self.keep_button.setAccessibleName(
            tr("Keep the refused files as received: encrypted, never shown or redacted")
        )
        self.keep_button.hide()
        self.as_received = False
        self.take_in_button = QPushButton(tr("Take in"))
        self.take_in_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.hide()
        for button in (
            self.again_button,
            self.leave_out_button,
            self.keep_button,
            self.take_in_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.take_in_button.clicked.connect(lambda: self.start(refuse_repeats=True))
        self.again_button.clicked.connect(lambda: self.start(refuse_repeats=False))
        self.keep_button.clicked.connect(self.keep_as_received)
        self.leave_out_button.clicked.connect(self.leave_out_refused)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.resize(620, 420)
        self._load_statements()

    @property
    def running(self) -> bool:
        """True while files are being taken in."""
        return self.job is not None

    def _load_statements(self) -> None:
        session, case_id = self.session, self.case_id

        def work(job: Job[list[tuple[str, str]]]) -> list[tuple[str, str]]:
            return statement_choices(session.vault, case_id)

        def done(choices: list[tuple[str, str]]) -> None:
            for statement_id, label in choices:
                self.statement.addItem(label, statement_id)

        session.run(self, work, done, tr("Reading"), show_progress=False)

    def select_statement(self, statement_id: str) -> bool:
        """Choose the statement the files belong to; False if it is not offered (yet)."""
        index = self.statement.findData(statement_id)
        if index >= 0:
            self.statement.setCurrentIndex(index)
        return index >= 0

    # ---- intake ---------------------------------------------------------------------

    def keep_as_received(self) -> None:
        """Take every file in, the refused ones kept as received (never shown or
        redacted; their custody event says why)."""
        self.as_received = True
        self.start(refuse_repeats=True)

    def leave_out_refused(self) -> None:
        """Drop the refused files from the list and take in the others."""
        refused = set(self._refused_rows)
        self.files = [f for i, f in enumerate(self.files) if i not in refused]
        for index in sorted(refused, reverse=True):
            self.rows.takeTopLevelItem(index)
            del self.file_rows[index]
        self._refused_rows = []
        self.refused.hide()
        self.start(refuse_repeats=True)

    def start(self, *, refuse_repeats: bool) -> None:
        """Take the files in (in the background): pictures and PDFs checked first, then
        each file encrypted, showing each file's progress."""
        if self.running or self.outcome is not None or not self.files:
            return
        session, case_id, files = self.session, self.case_id, list(self.files)
        statement_id: Any = self.statement.currentData()
        as_received = self.as_received

        def work(job: Job[Intake]) -> Intake:
            return take_in(
                session.vault,
                case_id,
                files,
                statement_id,
                job.progress,
                cancel=job.cancel_token,
                refuse_repeats=refuse_repeats,
                as_received=as_received,
            )

        self.take_in_button.setEnabled(False)
        self.again_button.hide()
        self.keep_button.hide()
        self.leave_out_button.hide()
        self.refused.hide()
        self.statement.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(tr("Starting…"))
        self.job = session.run(
            self,
            work,
            self._succeeded,
            tr("Taking files in"),
            show_progress=False,
            on_failure=self._failed,
        )
        self._timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        snap = job.progress.snapshot()
        if snap.phase == CHECKING:
            self._poll_checking(snap.done)
            return
        total = sum(item.size for item in self.files)
        self.bar.setValue(int(1000 * snap.done / total) if total else 0)
        where = file_in_progress(snap.done, self.files)
        for index, row in enumerate(self.file_rows):
            if index < where.finished:
                row.setText(2, tr("encrypted"))
            elif index == where.index:
                size = self.files[index].size
                percent = 100 * where.done // size if size else 0
                row.setText(2, f"{percent} %")
            else:
                row.setText(2, tr("waiting"))
        if where.finished < len(self.files) and not job.cancel_token.cancelled:
            name = shown(self.files[where.index].name)
            self.status.setText(
                tr("Encrypting {name} (file {n} of {count})").format(
                    name=name, n=where.index + 1, count=len(self.files)
                )
            )

    def _poll_checking(self, done: int) -> None:
        count = len(self.files)
        for index, row in enumerate(self.file_rows):
            row.setText(2, tr("checked") if index < done else tr("waiting"))
        if done < count:
            self.file_rows[done].setText(2, tr("checking"))
            self.status.setText(
                tr("Checking {name} (file {n} of {count})").format(
                    name=shown(self.files[done].name), n=done + 1, count=count
                )
            )

    def _ended(self) -> None:
        self._timer.stop()
        self.job = None
        self.bar.hide()

    def _succeeded(self, intake: Intake) -> None:
        self._ended()
        self.outcome = intake
        for row, attachment in zip(self.file_rows, intake.attachments, strict=False):
            row.setText(2, tr("taken in as {code}").format(code=attachment.code))
        count = len(intake.attachments)
        self.status.setText(tr("{n} file(s) taken in, encrypted.").format(n=count))
        lines = list(intake.notes.kept)  # each says it is kept as received, and why
        lines += [tr("Note: {text}.").format(text=line) for line in intake.notes.renamed]
        lines += [tr("Location: {line}.").format(line=line) for line in intake.notes.locations]
        if intake.notes.reminder:
            reminder = intake.notes.reminder
            lines.append(tr("Note: {text}.").format(text=reminder[:1].upper() + reminder[1:]))
        self.notes.setPlainText("\n\n".join(lines))
        self.notes.setVisible(bool(lines))
        self.take_in_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.taken_in.emit(intake)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.take_in_button.setEnabled(True)
        self.take_in_button.show()
        self.cancel_button.setEnabled(True)
        self.statement.setEnabled(True)
        for row in self.file_rows:
            row.setText(2, tr("not taken in"))
        self.as_received = False
        if isinstance(exc, Cancelled):
            self.status.setText(tr("Cancelled: nothing was taken in."))
        elif isinstance(exc, IntakeRefused):
            self._show_refused(exc)
        elif isinstance(exc, VaultError) and exc.hint == _REPEAT_HINT:
            self.status.setText(
                str(exc) + "\n" + tr("Take it in again anyway, as a new attachment?")
            )
            self.again_button.show()
        elif isinstance(exc, VaultError):
            self.status.setText(str(exc))
        else:
            show_failure(self, exc)

    def _show_refused(self, exc: IntakeRefused) -> None:
        """Name each refused file and why; offer to keep them as received or leave them
        out (nothing was written)."""
        self._refused_rows = [i for i in exc.indexes if 0 <= i < len(self.file_rows)]
        for row in self.file_rows:
            row.setText(2, tr("waiting"))
        for index, verdict in zip(self._refused_rows, exc.verdicts, strict=False):
            row = self.file_rows[index]
            row.setText(2, tr("refused"))
            row.setToolTip(2, refusal_sentence(verdict))
        others = len(self.files) - len(self._refused_rows)
        self.status.setText(
            tr(
                "{n} of {count} file(s) cannot be shown or redacted: disguised as another "
                "format, too large, damaged, or the decoder failed on them. Nothing was "
                "taken in yet."
            ).format(n=len(self._refused_rows), count=len(self.files))
        )
        self.refused.setPlainText("\n".join(refusal_sentence(v) for v in exc.verdicts))
        self.refused.show()
        self.take_in_button.hide()
        self.keep_button.show()
        self.leave_out_button.show()
        self.leave_out_button.setEnabled(others > 0)

    def reject(self) -> None:
        """Cancel: while files are being encrypted, stop (nothing is kept) and say so;
        otherwise close."""
        if self.job is not None:
            self.status.setText(tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.job.cancel()
            return
        super().reject()
