"""The screens before a vault is open: welcome (create or open), create, the recovery
code shown once, and unlock.

Every secret stays in its password field until it is handed to the application layer;
fields are cleared as soon as they are used, and nothing of them is logged or kept.
Unlocking runs the key derivation off the GUI thread with a busy indicator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.failures import describe_failure
from vault.app.keys import CreatedVault, create_vault
from vault.app.previews import prewarm_previews
from vault.app.session import SecretOrigin, Unlock, require_vault, unlock
from vault.app.strength import estimate
from vault.core.vault import Credential, Vault
from vault.gui.dialogs import tr
from vault.gui.files import choose_folder
from vault.gui.language_box import LanguageBox
from vault.gui.secret_fields import StrengthMeter, password_field
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job, run_in_background


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


COLUMN_WIDTH = 640


def _column(page: QWidget) -> QVBoxLayout:
    """The layout of a start screen's content: one column of readable width, centred
    (a passphrase field across a whole wide window is hard to read and to aim at)."""
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    column = QWidget()
    column.setMaximumWidth(COLUMN_WIDTH)
    outer.addWidget(column, 4)
    outer.addStretch(1)
    return QVBoxLayout(column)


def _error_label() -> QLabel:
    return ErrorLabel()


class WelcomePage(QWidget):
    """No vault yet: create one, or open a vault folder."""

    create_requested = Signal()
    open_requested = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(_title(tr("Evidence Vault")), 0, Qt.AlignmentFlag.AlignHCenter)
        intro = QLabel(
            tr(
                "Witness statements and files, encrypted on this computer, "
                "redacted before they leave, exported as signed bundles."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(tr("Create a new vault…"))
        self.open_button = QPushButton(tr("Open a vault folder…"))
        for button in (self.create_button, self.open_button):
            button.setMinimumHeight(36)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.language = LanguageBox()
        layout.addWidget(self.language)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self._choose)

    def _choose(self) -> None:
        folder = choose_folder(self, tr("Open a vault folder"))
        if folder is not None:
            self.open_requested.emit(folder)


class CreatePage(QWidget):
    """A new vault: its folder, the operator's name, a passphrase typed twice with a
    strength estimate, and the plain warning about lost secrets."""

    # The new vault's folder and its recovery code (shown once); the vault is closed,
    # and the person unlocks it next: a first proof they remember the passphrase.
    created = Signal(Path, str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = _column(self)
        layout.addWidget(_title(tr("Create a vault")))
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Vault folder"))
        self.folder.setPlaceholderText(tr("an empty or new folder"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        form.addRow(tr("Folder:"), folder_row)
        self.operator = QLineEdit()
        self.operator.setAccessibleName(tr("Your name in the custody log"))
        form.addRow(tr("Your name (custody log):"), self.operator)
        self.passphrase = password_field(tr("Passphrase"))
        self.again = password_field(tr("Passphrase again"))
        form.addRow(tr("Passphrase:"), self.passphrase)
        form.addRow(tr("Passphrase again:"), self.again)
        rating = StrengthMeter(self.passphrase)
        self.meter, self.strength = rating.meter, rating.words
        form.addRow(tr("Strength:"), self.meter)
        form.addRow("", self.strength)
        layout.addLayout(form)
        warning = QLabel(
            tr(
                "There is no way back in without your passphrase or the recovery code "
                "shown next. If both are lost, the evidence in this vault is lost for "
                "good: nobody, including the makers of this app, can open it."
            )
        )
        warning.setWordWrap(True)
        warning.setAccessibleName(tr("Warning"))
        layout.addWidget(warning)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        back = QPushButton(tr("Back"))
        self.create_button = QPushButton(tr("Create vault"))
        self.create_button.setDefault(True)
        buttons.addWidget(back)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        back.clicked.connect(self.cancelled)
        self.create_button.clicked.connect(self._create)

    def _browse(self) -> None:
        folder = choose_folder(self, tr("Folder for the new vault"))
        if folder is not None:
            self.folder.setText(str(folder))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _create(self) -> None:
        self.error.hide()
        folder = self.folder.text().strip()
        if not folder:
            self._fail(tr("Choose a folder for the vault."))
            return
        if self.passphrase.text() != self.again.text():
            self.again.clear()
            self._fail(tr("The two passphrases differ; type the second one again."))
            self.again.setFocus()
            return
        found = estimate(self.passphrase.text())
        if not found.long_enough:
            self._fail(tr("The passphrase must have at least 8 characters."))
            return
        secret = self.passphrase.text()
        operator = self.operator.text().strip() or "operator"
        self.create_button.setEnabled(False)

        def work(job: Job[object]) -> object:
            job.progress.start(tr("Creating the vault"), None)
            return create_vault(Path(folder), secret, operator)

        def done(made: object) -> None:
            self.create_button.setEnabled(True)
            self.passphrase.clear()
            self.again.clear()
            assert isinstance(made, CreatedVault)
            self.created.emit(made.path, made.recovery_code)

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self._fail(describe_failure(exc).message)

        run_in_background(
            self,
            work,
            on_success=done,
            on_failure=failed,
            label=tr("Creating the vault"),
            cancellable=False,
        )


class RecoveryCodePage(QWidget):
    """The recovery code, shown once; Continue only after "I have written it down"."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = _column(self)
        layout.addWidget(_title(tr("Your recovery code")))
        explain = QLabel(
            tr(
                "Write this code on paper and keep it apart from the laptop. It opens "
                "the vault if the passphrase is forgotten. It is shown only now."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.code.font().pointSizeF() * 1.5)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setAccessibleName(tr("Recovery code"))
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self.written = QCheckBox(tr("I have written it down"))
        self.written.setAccessibleName(tr("I have written the recovery code down"))
        layout.addWidget(self.written)
        self.continue_button = QPushButton(tr("Continue"))
        self.continue_button.setEnabled(False)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._done)

    def show_code(self, code: str) -> None:
        """Show ``code`` until Continue (the page forgets it then)."""
        self.written.setChecked(False)
        self.code.setText(code)

    def _done(self) -> None:
        self.code.clear()
        self.confirmed.emit()


class UnlockPage(QWidget):
    """Unlock one vault with its passphrase or the recovery code."""

    unlocked = Signal(object)  # the Vault
    other_vault = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault_dir: Path | None = None
        # The last unlock used the recovery code (the window then asks for a new
        # passphrase); read and reset by the window.
        self.used_recovery = False
        layout = _column(self)
        layout.addStretch(1)
        layout.addWidget(_title(tr("Unlock the vault")))
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        form = QFormLayout()
        self.secret_label = QLabel(tr("Passphrase:"))
        self.secret = password_field(tr("Passphrase"))
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.use_recovery = QCheckBox(tr("Use the recovery code instead"))
        self.use_recovery.setAccessibleName(tr("Use the recovery code instead"))
        layout.addWidget(self.use_recovery)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(tr("Unlocking"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        other = QPushButton(tr("Another vault…"))
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch(2)
        other.clicked.connect(self.other_vault)
        self.unlock_button.clicked.connect(self._unlock)
        self.secret.returnPressed.connect(self._unlock)
        self.use_recovery.toggled.connect(self._kind_changed)

    def show_vault(self, vault_dir: Path) -> None:
        """Ask for the secret of the vault in ``vault_dir``."""
        self.vault_dir = vault_dir
        self.use_recovery.setChecked(False)  # the passphrase again after a recovery
        self.where.setText(tr("Vault folder: {folder}").format(folder=str(vault_dir)))
        self.error.hide()
        self.busy.hide()
        self.unlock_button.setEnabled(True)
        self.secret.clear()
        self.secret.setFocus()

    def _kind_changed(self, recovery: bool) -> None:
        self.secret_label.setText(tr("Recovery code:") if recovery else tr("Passphrase:"))
        self.secret.setAccessibleName(tr("Recovery code") if recovery else tr("Passphrase"))
        self.secret.clear()
        self.error.hide()

    def _unlock(self) -> None:
        if self.vault_dir is None or not self.unlock_button.isEnabled():
            return
        text = self.secret.text()
        if not text:
            return
        vault_dir = self.vault_dir
        recovery = self.use_recovery.isChecked()
        credential = Credential.recovery_code(text) if recovery else Credential.passphrase(text)
        self.error.hide()
        self.busy.show()
        self.unlock_button.setEnabled(False)

        def work(job: Job[Vault]) -> Vault:
            require_vault(vault_dir)
            return unlock(vault_dir, Unlock(credential, SecretOrigin.FIELD), job.progress)

        def done(vault: Vault) -> None:
            self.busy.hide()
            self.unlock_button.setEnabled(True)
            self.secret.clear()
            self.used_recovery = recovery
            prewarm_previews()  # decoder children start in the background, not in the way
            self.unlocked.emit(vault)

        def failed(exc: BaseException) -> None:
            # The field keeps what was typed: a one-letter slip is fixed, not retyped.
            self.busy.hide()
            self.unlock_button.setEnabled(True)
            self.error.setText(describe_failure(exc).message)
            self.error.show()
            self.secret.setFocus()
            self.secret.selectAll()

        run_in_background(
            self,
            work,
            on_success=done,
            on_failure=failed,
            label=tr("Unlocking"),
            show_progress=False,
        )
