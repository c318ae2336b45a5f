"""What the tabs of Vault > Keys and care… share: a problem line and a result line, the
way a refusal is shown (one line; the report dialog only for the unexpected), and the
once-only dialog of a new recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.failures import describe_failure
from vault.gui.clipboard import guard
from vault.gui.dialogs import show_failure, tr
from vault.gui.session import GuiSession
from vault.gui.theme import ErrorLabel


def sentence() -> QLabel:
    """A label for plain words: wrapped, selectable, never rich text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CodeDialog(QDialog):
    """A new recovery code, shown once: copy (the clipboard is cleared again after a
    while), and Close only after "I have written it down"; the code is forgotten then."""

    def __init__(self, parent: QWidget | None, code: str, why: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New recovery code"))
        self.setAccessibleName(tr("New recovery code"))
        layout = QVBoxLayout(self)
        explain = sentence()
        explain.setText(
            tr(
                "Write this code on paper and keep it apart from the laptop; it is shown "
                "only now. {why}"
            ).format(why=why)
        )
        layout.addWidget(explain)
        self.code = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.code.font().pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setAccessibleName(tr("Recovery code"))
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self.copy_button = QPushButton(tr("Copy (cleared from the clipboard in 30 s)"))
        self.copy_button.clicked.connect(lambda: guard().copy(self.code.text()))
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.written = QCheckBox(tr("I have written it down"))
        self.written.setAccessibleName(tr("I have written the recovery code down"))
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.accept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:  # Esc closes only once the code is written down
        if self.written.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        self.code.clear()
        guard().clear_if_ours()
        super().done(result)


class KeyTab(QWidget):
    """A Keys and care tab's shared parts: the session, a one-line problem and a plain result."""

    changed = Signal()  # something in the vault changed (a custody event was written)

    def __init__(self, session: GuiSession) -> None:
        super().__init__()
        self.session = session
        self.layout_ = QVBoxLayout(self)
        self.error = ErrorLabel()
        self.result = sentence()
        self.result.setAccessibleName(tr("Result"))
        self.code_dialog: CodeDialog | None = None

    def finish_layout(self) -> None:
        """Put the problem and result lines under the tab's own widgets."""
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)

    def busy(self, on: bool) -> None:
        """Disable the tab's buttons while its job runs."""
        for button in self.findChildren(QPushButton):
            button.setEnabled(not on)

    def failed(self, exc: BaseException) -> None:
        """A refusal as one line in the tab; anything unexpected as the report dialog."""
        self.busy(False)
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_failure(self, exc)
            return
        self.result.clear()
        self.error.setText(failure.message)
        self.error.show()

    def failed_text(self, text: str) -> None:
        """A problem found in the window itself, as one line."""
        self.result.clear()
        self.error.setText(text)
        self.error.show()

    def told(self, text: str) -> None:
        """What was done, in words (any earlier problem line hidden)."""
        self.busy(False)
        self.error.hide()
        self.result.setText(text)

    def show_code(self, code: str, why: str) -> None:
        """The new recovery code in its once-only dialog."""
        self.code_dialog = CodeDialog(self, code, why)
        self.code_dialog.open()
