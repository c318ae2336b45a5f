"""A dialog holding one record form: fields, an inline message, Save and Cancel.

Saving runs in the background (``session.run``) on the worker's own connection.  A user
error (a bad date, an empty name, an unknown role...) is shown inside the dialog, which
stays open with everything typed kept; an unexpected error opens the report dialog.  The
dialog closes only when the record is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault.app.failures import describe_failure
from vault.core.errors import InputError, VaultError
from vault.core.vault import Vault
from vault.gui.dialogs import show_report, tr
from vault.gui.session import GuiSession
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job

W = TypeVar("W", bound=QWidget)


def line_field(name: str, text: str = "") -> QLineEdit:
    """A one-line input named ``name`` for screen readers, text direction from its text
    (a name typed in Armenian reads left to right, one in Arabic right to left)."""
    field = QLineEdit(text)
    field.setAccessibleName(name)
    return field


def lines_field(name: str, lines: list[str] | tuple[str, ...] = ()) -> QTextEdit:
    """A several-line plain-text input (one entry a line), each line laid out in its own
    script's direction (a QTextEdit does that per paragraph; a QPlainTextEdit would align
    an Arabic or Hebrew line to the left)."""
    field = QTextEdit()
    field.setAcceptRichText(False)  # pasted text stays text, never markup
    field.setPlainText("\n".join(lines))
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * 5 + 12)
    return field


def lines_of(field: QTextEdit) -> list[str]:
    """The non-empty lines of ``field``, stripped."""
    return [line.strip() for line in field.toPlainText().splitlines() if line.strip()]


class FormDialog(QDialog):
    """A titled form whose Save runs ``self.save_op()`` in the background."""

    def __init__(self, parent: QWidget, session: GuiSession, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved: Any = None  # what the save operation returned
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.message = ErrorLabel()
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, label: str, widget: W) -> W:
        """A labelled field of the form."""
        self.form.addRow(label, widget)
        return widget

    def add_reason_row(self) -> None:
        """The reason a correction asks for (kept in the vault beside the custody event,
        never exported); read with :meth:`reason`."""
        self.reason_field = self.add_row(
            tr("Why this correction"), line_field(tr("Why this correction"))
        )
        self.reason_field.setPlaceholderText(tr("e.g. name misspelled in the interview notes"))

    def reason(self) -> str:
        """The reason typed; InputError (shown in the form) when there is none."""
        text = self.reason_field.text().strip()
        if not text:
            raise InputError(tr("Say why this record is corrected."), data={"field": "reason"})
        return text

    def save_op(self) -> Callable[[Vault], Any]:
        """What Save does, read from the fields now (on the GUI thread): a function the
        worker calls with the vault.  Raise a VaultError to refuse what was typed."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        """Show ``text`` in the form (the fields keep what was typed)."""
        self.message.setText(text)
        self.message.show()

    def submit(self) -> None:
        """Save in the background; close on success, say why not otherwise."""
        try:
            operation = self.save_op()
        except VaultError as exc:
            self.show_message(describe_failure(exc).message)
            return
        self.save_button.setEnabled(False)
        self.message.hide()

        vault = self.session.vault

        def work(job: Job[Any]) -> Any:
            return operation(vault)

        self.session.run(
            self,
            work,
            self._saved,
            tr("Saving"),
            show_progress=False,
            on_failure=self._failed,
        )

    def _saved(self, result: Any) -> None:
        self.saved = result
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_report(self, exc)
            return
        self.show_message(failure.message)
