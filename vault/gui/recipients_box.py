"""The age recipients an encrypted bundle is written for: the ones this vault remembers
(``vault.app.recipients``, kept inside the vault), each ticked to be used, with Add and
Remove.  A key is checked by the app layer as ``export --recipient`` checks it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.failures import describe_failure
from vault.app.recipients import Recipient, add_recipient, list_recipients, remove_recipient
from vault.gui.dialogs import confirm, show_failure, tr
from vault.gui.session import GuiSession
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job


def short_key(key: str) -> str:
    """An age key shortened for a list (its start and end), whole in the tooltip."""
    return key if len(key) <= 24 else f"{key[:12]}…{key[-8:]}"


class AddRecipientDialog(QDialog):
    """A name and an ``age1…`` key; OK asks the caller to save them (``submitted``),
    which closes the dialog or reports the refusal here."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a recipient"))
        self.setAccessibleName(tr("Add a recipient"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Recipient's name"))
        self.name.setPlaceholderText(tr("Who holds the key, e.g. HQ legal team"))
        form.addRow(tr("Name:"), self.name)
        self.key = QLineEdit()
        self.key.setAccessibleName(tr("Recipient's age public key"))
        self.key.setPlaceholderText(tr("age1…"))
        form.addRow(tr("Public key:"), self.key)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submitted.emit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 180)

    def show_error(self, text: str) -> None:
        """Say why the key was refused and keep the dialog open."""
        self.error.setText(text)
        self.error.show()


class RecipientsBox(QGroupBox):
    """Remembered recipients, ticked to be used for this bundle."""

    changed = Signal()

    def __init__(self, session: GuiSession) -> None:
        super().__init__(tr("Recipients"))
        self.session = session
        self.dialog: AddRecipientDialog | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Recipients of the encrypted bundle"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add…"))
        self.remove_button = QPushButton(tr("Remove"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.ask_new)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemChanged.connect(lambda _: self.changed.emit())

    def load(self, tick: str | None = None) -> None:
        """Read the remembered recipients (keeping what was ticked, and ``tick``)."""
        ticked = set(self.chosen()) | ({tick} if tick else set())

        def read(job: Job[list[Recipient]]) -> list[Recipient]:
            return list_recipients(self.session.vault)

        def fill(found: list[Recipient]) -> None:
            self.list.blockSignals(True)
            self.list.clear()
            for recipient in found:
                item = QListWidgetItem(f"{recipient.name}  —  {short_key(recipient.key)}")
                item.setToolTip(recipient.key)
                item.setData(Qt.ItemDataRole.UserRole, recipient.key)
                ticked_now = recipient.key in ticked
                item.setCheckState(Qt.CheckState.Checked if ticked_now else Qt.CheckState.Unchecked)
                self.list.addItem(item)
            self.list.blockSignals(False)
            self.changed.emit()

        self.session.run(self, read, fill, tr("Reading recipients"), show_progress=False)

    def chosen(self) -> list[str]:
        """The keys ticked."""
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def ask_new(self) -> AddRecipientDialog:
        """Open the Add dialog (returned, so a test can fill it in)."""
        dialog = AddRecipientDialog(self)
        self.dialog = dialog
        dialog.submitted.connect(lambda: self._save(dialog))
        dialog.open()
        return dialog

    def _save(self, dialog: AddRecipientDialog) -> None:
        name, key = dialog.name.text(), dialog.key.text()

        def save(job: Job[Recipient]) -> Recipient:
            return add_recipient(self.session.vault, name, key)

        def saved(recipient: Recipient) -> None:
            dialog.done(QDialog.DialogCode.Accepted)
            self.dialog = None
            self.load(tick=recipient.key)

        self.session.run(
            self,
            save,
            saved,
            tr("Saving the recipient"),
            show_progress=False,
            on_failure=lambda exc: self._refused(dialog, exc),
        )

    def _refused(self, dialog: AddRecipientDialog, exc: BaseException) -> None:
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_failure(self, exc)
        else:
            dialog.show_error(failure.message)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        question = tr("Forget this recipient? Bundles already encrypted for it are not changed.")
        if not confirm(self, tr("Remove a recipient"), question):
            return

        def remove(job: Job[Recipient]) -> Recipient:
            return remove_recipient(self.session.vault, key)

        self.session.run(
            self, remove, lambda _: self.load(), tr("Removing the recipient"), show_progress=False
        )
