"""Vault > Erase vault…: what erasing does and what it does not guarantee, in plain
words, and the Erase button enabled only once the exact word shown is typed.

The dialog only asks; the window locks the vault and erases it (``vault.app.keys.erase``)
in the background after the dialog is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vault.gui.dialogs import tr


def _words(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


class EraseDialog(QDialog):
    """Confirm erasing the vault in ``vault_dir``; ``has_escrow``: it holds an escrow
    slot, which may be kept."""

    def __init__(self, parent: QWidget | None, vault_dir: Path, *, has_escrow: bool) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        # The word to type, in the person's language (a translator picks a short one).
        self.word = tr("ERASE")
        self.setWindowTitle(tr("Erase the vault"))
        self.setAccessibleName(tr("Erase the vault"))
        layout = QVBoxLayout(self)
        title = _words(tr("Erase this vault for good?"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(_words(tr("Vault folder: {folder}").format(folder=str(vault_dir))))
        layout.addWidget(
            _words(
                tr(
                    "What erasing does: the key slots in the vault's key file are "
                    "overwritten in place, so the passphrase and the recovery code no longer "
                    "open it and nothing in it can be decrypted any more. It takes a moment "
                    "and needs no passphrase. It cannot be undone."
                )
            )
        )
        layout.addWidget(
            _words(
                tr(
                    "What it does NOT guarantee:\n"
                    "• copies and backups of the vault elsewhere still open with their "
                    "passphrase or recovery code;\n"
                    "• flash disks and SSDs may keep old copies of the key file in worn-out "
                    "blocks (wear-levelling) that overwriting cannot reach;\n"
                    "• an escrow slot kept on purpose still lets HQ open the vault;\n"
                    "• someone who already copied the keys or the unlocked vault keeps what "
                    "they copied."
                )
            )
        )
        self.keep_escrow = QCheckBox(tr("Keep the escrow slot (HQ can still open the vault)"))
        self.keep_escrow.setAccessibleName(tr("Keep the escrow slot"))
        self.keep_escrow.setEnabled(has_escrow)
        if not has_escrow:
            self.keep_escrow.setToolTip(tr("This vault has no escrow slot."))
        layout.addWidget(self.keep_escrow)
        prompt = _words(tr("Type {word} to confirm:").format(word=self.word))
        layout.addWidget(prompt)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(tr("Type the word to confirm erasing"))
        prompt.setBuddy(self.typed)
        layout.addWidget(self.typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = buttons.addButton(
            tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)  # Enter in the field never erases
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.typed.textChanged.connect(self._ready)
        self.setMinimumWidth(620)

    def _ready(self, text: str) -> None:
        # Exactly the word: no other case, no spaces around it.
        self.erase_button.setEnabled(text == self.word)

    def accept(self) -> None:
        if self.typed.text() == self.word:
            super().accept()

    def keep(self) -> bool:
        """Whether the escrow slot is to be kept."""
        return self.keep_escrow.isEnabled() and self.keep_escrow.isChecked()
