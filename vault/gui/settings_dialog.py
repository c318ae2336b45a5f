"""The Settings dialog (Vault > Settings…): the window's settings of the unlocked vault,
kept inside it (``vault.app.gui_settings``), never in Qt's settings files.

The dialog only edits values; the window reads them in the background before it opens
and saves them in the background after OK, so the dialog itself never touches the
database.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vault.app.gui_settings import MAX_IDLE_MINUTES, GuiSettings
from vault.gui.dialogs import tr
from vault.gui.language_box import LanguageBox


class SettingsDialog(QDialog):
    """Idle-lock minutes (0: never) and whether this computer remembers the vault's
    folder.  ``demo``: the demo vault is thrown away, so remembering is not offered."""

    def __init__(self, parent: QWidget | None, current: GuiSettings, *, demo: bool = False):
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(tr(" min"))
        # 0 reads as a word: "0 min" looks like "lock at once".
        self.idle_minutes.setSpecialValueText(tr("Never"))
        self.idle_minutes.setValue(current.idle_lock_minutes)
        self.idle_minutes.setAccessibleName(tr("Lock after minutes without input"))
        idle_label = QLabel(tr("Lock after this long without input:"))
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)
        self.remember = QCheckBox(tr("Remember this vault's folder on this computer"))
        self.remember.setChecked(current.remember_last_vault)
        self.remember.setAccessibleName(tr("Remember this vault's folder on this computer"))
        form.addRow(self.remember)
        layout.addLayout(form)
        explain = QLabel(
            tr(
                "These settings are kept inside the encrypted vault. Only the folder's "
                "path is noted outside it, so that the next start opens this vault; turn "
                "remembering off and the note is removed."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        # Not a vault setting: kept outside it, saved as soon as it is chosen.
        self.language = LanguageBox()
        layout.addWidget(self.language)
        if demo:
            self.remember.setEnabled(False)
            self.remember.setToolTip(tr("The demo vault is thrown away on quit."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def settings(self) -> GuiSettings:
        """The values as the person set them."""
        return GuiSettings(self.idle_minutes.value(), self.remember.isChecked())
