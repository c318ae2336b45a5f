"""Widgets every screen that takes a secret shares: a password field that keeps what is
typed away from input methods and the clipboard, and the passphrase strength meter (the
zxcvbn estimate of ``vault.app.strength``) shown at create and at a passphrase change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from vault.app.strength import estimate
from vault.gui.dialogs import tr


def password_field(name: str) -> QLineEdit:
    """A field whose text is hidden, never learnt by an input method, and offers no
    context menu (so no copy); ``name`` is its accessible name."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    # Secrets never go to an input method's learning dictionary or the clipboard.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


class StrengthMeter(QObject):
    """A bar (0..4) and a sentence rating the passphrase of ``field`` as it is typed
    (owned by the field, so it lives as long as the field does)."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.words = QLabel()
        self.words.setWordWrap(True)
        field.textChanged.connect(self.rate)

    def rate(self, text: str) -> None:
        """Show the estimate of ``text`` (called on every change of the field)."""
        found = estimate(text)
        self.meter.setValue(found.score)
        words = tr("{label}; a guessing attack on a seized laptop would take {time}.").format(
            label=tr(found.label), time=found.crack_time
        )
        if not found.long_enough:
            words = tr("Too short: at least 8 characters.")
        elif found.advice:
            words = f"{words} {found.advice}"
        self.words.setText(words)
