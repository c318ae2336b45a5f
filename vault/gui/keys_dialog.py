"""Vault > Keys and care…: the passphrase, the recovery code, HQ's escrow slot, the
trusted signers, the operator name of the custody log and a verified backup, one tab each.

Every change runs in the background through the session (its own connection; the key
derivation never blocks the window) and calls ``vault.app`` only.  A refusal (wrong
current passphrase, a bad recipient, a full disk) is one line in the tab; an unexpected
error is the report dialog.  A new recovery code is shown once (``key_tab.CodeDialog``);
the Signers and Backup tabs are in ``signers_tab.py`` and ``backup_tab.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault.app import keys
from vault.app.manage import set_operator
from vault.gui.backup_tab import BackupTab
from vault.gui.dialogs import confirm, tr
from vault.gui.key_tab import KeyTab, sentence
from vault.gui.secret_fields import StrengthMeter, password_field
from vault.gui.session import GuiSession
from vault.gui.signers_tab import SignersTab
from vault.gui.workers import Job


class PassphraseTab(KeyTab):
    """Current passphrase (unless ``require_current`` is off: just unlocked with the
    recovery code), the new one twice with its strength, and "also re-key"."""

    done = Signal()  # the passphrase was changed
    # The current passphrase was checked and a re-key asked for: (current, new).  A
    # re-key needs the vault to itself, so the window does it, locked.
    rekey_requested = Signal(str, str)

    def __init__(self, session: GuiSession, *, require_current: bool = True) -> None:
        super().__init__(session)
        form = QFormLayout()
        self.current: QLineEdit | None = None
        if require_current:
            self.current = password_field(tr("Current passphrase"))
            form.addRow(tr("Current passphrase:"), self.current)
        self.new = password_field(tr("New passphrase"))
        self.again = password_field(tr("New passphrase again"))
        form.addRow(tr("New passphrase:"), self.new)
        form.addRow(tr("New passphrase again:"), self.again)
        rating = StrengthMeter(self.new)
        form.addRow(tr("Strength:"), rating.meter)
        form.addRow("", rating.words)
        self.meter, self.strength = rating.meter, rating.words
        self.layout_.addLayout(form)
        self.rekey = QCheckBox(tr("Also re-key (someone else may know the old passphrase)"))
        self.rekey.setAccessibleName(tr("Also re-key"))
        explain = sentence()
        explain.setText(
            tr(
                "Without re-keying, backups and any old copy of the key file a disk kept "
                "still open with the old passphrase. Re-keying gives the vault a new master "
                "key and a new recovery code: old copies no longer open what it holds now. "
                "The vault is locked while it is re-keyed; unlock it with the new passphrase."
            )
        )
        if require_current and not session.demo:  # re-keying needs the current passphrase
            self.layout_.addWidget(self.rekey)
            self.layout_.addWidget(explain)
        self.change_button = QPushButton(tr("Change passphrase"))
        self.layout_.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        self.change_button.clicked.connect(self.change)
        self.finish_layout()

    def change(self) -> None:
        """Check the fields, then (in the background) the current passphrase and the
        change itself."""
        self.error.hide()
        if self.new.text() != self.again.text():
            self.again.clear()
            self.failed_text(tr("The two new passphrases differ; type the second one again."))
            return
        try:
            keys.check_new_passphrase(self.new.text())
        except Exception as exc:
            self.failed(exc)
            return
        current = self.current.text() if self.current is not None else None
        new = self.new.text()
        rekey = self.rekey.isChecked() and current is not None
        vault = self.session.vault
        self.busy(True)

        if rekey:
            assert current is not None

            def check(job: Job[None]) -> None:
                job.progress.start(tr("Checking the current passphrase"), None)
                keys.confirm_passphrase(vault, current)

            def checked(_none: None) -> None:
                self.busy(False)
                self._clear()
                # The window locks, re-keys with no other part of it reading, and
                # shows the new recovery code on the unlock screen.
                self.rekey_requested.emit(current, new)

            self.session.run(
                self,
                check,
                checked,
                tr("Checking the current passphrase"),
                cancellable=False,
                on_failure=self.failed,
            )
            return

        def work(job: Job[str | None]) -> str | None:
            job.progress.start(tr("Changing the passphrase"), None)
            if current is not None:
                keys.confirm_passphrase(vault, current)
            return keys.change_passphrase(vault, lambda: new)

        self.session.run(
            self,
            work,
            self._changed,
            tr("Changing the passphrase"),
            cancellable=False,
            on_failure=self.failed,
        )

    def _clear(self) -> None:
        for field in (self.current, self.new, self.again):
            if field is not None:
                field.clear()
        self.rekey.setChecked(False)

    def _changed(self, code: str | None) -> None:
        self._clear()
        self.told(
            tr(
                "Passphrase changed. Backups, and any old copy of the key file a disk "
                "kept, still open with the old one; if someone may know it, change it "
                "again with re-keying."
            )
        )
        self.changed.emit()
        if code:
            self.show_code(code, tr("The old recovery code no longer works."))
            self.code_dialog.finished.connect(lambda _r: self.done.emit())  # type: ignore[union-attr]
        else:
            self.done.emit()


class RecoveryTab(KeyTab):
    """Make a new recovery code; the old one stops working."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = sentence()
        explain.setText(
            tr(
                "The recovery code opens the vault when the passphrase is forgotten. Make "
                "a new one if the paper was lost or seen: the old code stops working at "
                "once, and the new one is shown only once."
            )
        )
        self.layout_.addWidget(explain)
        self.regenerate_button = QPushButton(tr("Make a new recovery code…"))
        self.layout_.addWidget(self.regenerate_button, 0, Qt.AlignmentFlag.AlignRight)
        self.regenerate_button.clicked.connect(self.ask)
        self.finish_layout()

    def ask(self) -> None:
        """Confirm, then regenerate."""
        if confirm(
            self,
            tr("New recovery code"),
            tr("Make a new recovery code? The old one stops working."),
        ):
            self.regenerate()

    def regenerate(self) -> None:
        """Make the new code in the background and show it once."""
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[str]) -> str:
            job.progress.start(tr("Making a new recovery code"), None)
            return keys.regenerate_recovery_code(vault)

        def made(code: str) -> None:
            self.told(tr("A new recovery code was made; the old one no longer works."))
            self.changed.emit()
            self.show_code(code, tr("The old recovery code no longer works."))

        self.session.run(
            self,
            work,
            made,
            tr("Making a new recovery code"),
            cancellable=False,
            on_failure=self.failed,
        )


class EscrowTab(KeyTab):
    """Whether HQ's escrow slot exists and for whom; add or replace it; remove it."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        self.status = sentence()
        self.status.setAccessibleName(tr("Escrow slot"))
        self.layout_.addWidget(self.status)
        form = QFormLayout()
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(tr("HQ's age recipient"))
        self.recipient.setPlaceholderText(tr("age1… (from HQ)"))
        form.addRow(tr("HQ's age recipient:"), self.recipient)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(tr("Remove the escrow slot…"))
        self.add_button = QPushButton(tr("Add or replace"))
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        self.layout_.addLayout(row)
        explain = sentence()
        explain.setText(
            tr(
                "An escrow slot lets HQ open this vault with its age identity if every "
                "passphrase and recovery code is lost, and survives an erase when asked to. "
                "A vault keeps one: adding another replaces it."
            )
        )
        self.layout_.addWidget(explain)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.ask_remove)
        self.finish_layout()
        self.show_status()

    def show_status(self) -> None:
        """Say whether there is an escrow slot, and its recipient."""
        recipient = keys.escrow_recipient(self.session.vault)
        if recipient:
            self.status.setText(
                tr("This vault has an escrow slot for: {recipient}").format(recipient=recipient)
            )
        else:
            self.status.setText(tr("This vault has no escrow slot."))
        self.remove_button.setEnabled(bool(recipient))

    def busy(self, on: bool) -> None:
        super().busy(on)
        if not on:
            self.remove_button.setEnabled(bool(keys.escrow_recipient(self.session.vault)))

    def add(self) -> None:
        """Add (or replace) the slot for the recipient typed."""
        recipient = self.recipient.text().strip()
        if not recipient:
            self.error.setText(tr("Paste HQ's age recipient (it starts with age1)."))
            self.error.show()
            return
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[keys.EscrowChange]) -> keys.EscrowChange:
            return keys.add_escrow(vault, recipient)

        def added(change: keys.EscrowChange) -> None:
            self.recipient.clear()
            self.show_status()
            if change.replaced:
                self.told(
                    tr(
                        "The escrow slot was replaced: {old} can no longer open this vault; "
                        "{new} can."
                    ).format(old=change.replaced, new=change.recipient)
                )
            else:
                self.told(tr("Escrow slot added for {new}.").format(new=change.recipient))
            self.changed.emit()

        self.session.run(self, work, added, tr("Adding the escrow slot"), on_failure=self.failed)

    def ask_remove(self) -> None:
        """Confirm, then remove the slot."""
        if confirm(
            self,
            tr("Remove the escrow slot"),
            tr("Remove the escrow slot? HQ will no longer be able to open this vault."),
        ):
            self.remove()

    def remove(self) -> None:
        """Remove the escrow slot in the background."""
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[None]) -> None:
            keys.remove_escrow(vault)

        def removed(_none: None) -> None:
            self.show_status()
            self.told(tr("The escrow slot was removed: HQ can no longer open this vault."))
            self.changed.emit()

        self.session.run(
            self, work, removed, tr("Removing the escrow slot"), on_failure=self.failed
        )


class OperatorTab(KeyTab):
    """The name written into every later custody event."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = sentence()
        explain.setText(
            tr(
                "Every custody event records who did it. A change is itself logged (under "
                "the old name); the events after it carry the new one."
            )
        )
        self.layout_.addWidget(explain)
        form = QFormLayout()
        self.name = QLineEdit(session.vault.operator)
        self.name.setAccessibleName(tr("Operator name in the custody log"))
        form.addRow(tr("Operator name:"), self.name)
        self.layout_.addLayout(form)
        self.save_button = QPushButton(tr("Save name"))
        self.layout_.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.save_button.clicked.connect(self.save)
        self.finish_layout()

    def save(self) -> None:
        """Change the operator name in the background."""
        wanted = self.name.text()
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[str]) -> str:
            return set_operator(vault, wanted)

        def saved(name: str) -> None:
            self.name.setText(name)
            self.told(tr("From now on custody events record {name}.").format(name=name))
            self.changed.emit()

        self.session.run(self, work, saved, tr("Saving the operator name"), on_failure=self.failed)


class KeysDialog(QDialog):
    """The Keys and care dialog of the unlocked vault (one tab per concern)."""

    def __init__(self, parent: QWidget | None, session: GuiSession) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Keys and care"))
        self.setAccessibleName(tr("Keys and care"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.passphrase = PassphraseTab(session)
        self.recovery = RecoveryTab(session)
        self.escrow = EscrowTab(session)
        self.signers = SignersTab(session)
        self.operator = OperatorTab(session)
        self.backup = BackupTab(session)
        for tab, title in (
            (self.passphrase, tr("Passphrase")),
            (self.recovery, tr("Recovery code")),
            (self.escrow, tr("Escrow")),
            (self.signers, tr("Signers")),
            (self.operator, tr("Operator")),
            (self.backup, tr("Backup")),
        ):
            self.tabs.addTab(tab, title)
            tab.changed.connect(lambda: session.records_changed.emit("custody"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(920, 560)


class NewPassphraseDialog(QDialog):
    """After unlocking with the recovery code: a new passphrase is required (the code was
    just typed on this machine, the passphrase is likely forgotten).  Closing it without
    one locks the vault again."""

    def __init__(self, parent: QWidget | None, session: GuiSession) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set a new passphrase"))
        self.setAccessibleName(tr("Set a new passphrase"))
        layout = QVBoxLayout(self)
        explain = sentence()
        explain.setText(
            tr(
                "You unlocked with the recovery code. Set a new passphrase now; then make "
                "a new recovery code (Vault > Keys and care…) if this one may have been seen. "
                "Closing this without a new passphrase locks the vault again."
            )
        )
        layout.addWidget(explain)
        self.panel = PassphraseTab(session, require_current=False)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(self)
        self.lock_button = buttons.addButton(
            tr("Lock instead"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.done.connect(self.accept)
        self.resize(620, 420)
