"""The language chooser (welcome page and Settings): System default or one of the shipped
languages, each named in its own language.  The choice is kept outside any vault
(vault.app.i18n.save_language) and takes effect when the app is started again; the note
beside the box says so in the language chosen, so the person can read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vault.app import i18n
from vault.gui.dialogs import tr

RESTART_NOTE = "The new language is used from the next start of Evidence Vault."


class LanguageBox(QWidget):
    """A "Language:" combo that saves the choice at once, with the restart note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(tr("Language:"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Language of the window"))
        self.combo.addItem(tr("System default"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        label.setBuddy(self.combo)
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note.hide()
        layout.addWidget(self.note)
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.saved_language())))
        self._shown = self.combo.currentData()
        self.combo.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        chosen = str(self.combo.currentData())
        i18n.save_language(chosen)
        if chosen == self._shown:
            self.note.hide()
            return
        # Said in the language chosen (English for System default), read from the same
        # catalogue as every other string.
        target = chosen if chosen in i18n.LANGUAGES else "en"
        table = i18n.catalogue(target)
        self.note.setText(table.get((i18n.GUI_CONTEXT, RESTART_NOTE), RESTART_NOTE))
        self.note.show()
