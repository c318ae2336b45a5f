"""How a failure meets a person in the window: a dialog they can act on.

A user error (wrong passphrase, tampered file, unknown record, bad input) is shown as
the application layer describes it (``vault.app.failures.describe_failure``): its one
sentence, and what to do next when there is something.  Anything else is an unexpected
error: a dialog with a copyable report naming the exception's type and the place in our
code where it happened, never its message or local values (they may hold case data),
and the app keeps running.
"""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault import __version__
from vault.app.failures import describe_failure


def tr(text: str) -> str:
    """``text`` in the person's language (Qt's translation, context "EvidenceVault")."""
    return QCoreApplication.translate("EvidenceVault", text)


def show_failure(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A dialog for ``exc``: a user error as its sentence, anything else as a report."""
    failure = describe_failure(exc)
    if failure.code == "internal":
        show_report(parent, exc)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr("Evidence Vault"))
    box.setText(failure.message)
    box.setAccessibleName(tr("Problem"))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_notices(parent: QWidget | None, notices: list[str]) -> QMessageBox | None:
    """What opening the vault said once (a format upgrade and where its backup is, a
    rekey finished at open, a weak passphrase slot), in a box that does not block the
    window; None when there is nothing to say."""
    if not notices:
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Evidence Vault"))
    box.setText("\n\n".join(notices))
    box.setAccessibleName(tr("Notice"))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def report_text(exc: BaseException) -> str:
    """A report for the developers: versions, the exception's type and where it was
    raised (file, line, function of each frame), but not its message nor any value."""
    lines = [
        f"Evidence Vault {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
        f"Error: {type(exc).__module__}.{type(exc).__qualname__}",
        "Where:",
    ]
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in frames[-12:]:
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def _short_path(path: str) -> str:
    marker = "/vault/"
    return "vault/" + path.rsplit(marker, 1)[1] if marker in path else path.rsplit("/", 1)[-1]


class ReportDialog(QDialog):
    """The unexpected-error dialog: what happened in plain words and a report to copy."""

    def __init__(self, parent: QWidget | None, exc: BaseException) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Unexpected error"))
        self.setAccessibleName(tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QPlainTextEdit(self)
        intro.setReadOnly(True)
        intro.setPlainText(
            tr(
                "Something went wrong inside Evidence Vault. Your vault was not changed "
                "beyond the last completed step and the app keeps running.\n\n"
                "If you report this, copy the text below: it holds no case data."
            )
        )
        intro.setMaximumHeight(90)
        intro.setAccessibleName(tr("What happened"))
        layout.addWidget(intro)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Error report"))
        self.report.setPlainText(report_text(exc))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())


def show_report(parent: QWidget | None, exc: BaseException) -> None:
    """Open the unexpected-error dialog for ``exc`` (modal, returns when closed)."""
    ReportDialog(parent, exc).exec()


def install_excepthook() -> None:
    """Route exceptions that escape a Qt slot to a dialog instead of stderr and a crash.

    A user error that escapes (a slot without its own handling) still gets its own
    sentence; anything else gets the report dialog.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        exc.__traceback__ = tb
        show_failure(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    """Ask for a reason (a correction, a retraction); None if the person cancelled or
    typed nothing."""
    text, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Normal)
    text = text.strip()
    return text if ok and text else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """A yes/no question; True only for an explicit yes."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
