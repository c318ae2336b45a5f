"""Vault > Keys and care…: the passphrase, the recovery code, HQ's escrow slot, the
trusted signers, the operator name of the custody log and a verified backup, one tab each.

Every change runs in the background through the session (its own connection; the key
derivation never blocks the window) and calls ``vault.app`` only.  A refusal (wrong
current passphrase, a bad recipient, a full disk) is one line in the tab; an unexpected
error is the report dialog.  A new recovery code is shown once, in :class:`CodeDialog`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault.app import care, keys
from vault.app.bundles import (
    PublicKey,
    TrustedSigner,
    grouped_fingerprint,
    list_signers,
    read_signer_key,
    revoke_signer,
    trust_bundle_signer,
)
from vault.app.failures import describe_failure
from vault.app.manage import set_operator
from vault.gui.clipboard import guard
from vault.gui.dialogs import confirm, show_failure, tr
from vault.gui.files import choose_files, choose_folder
from vault.gui.secret_fields import StrengthMeter, password_field
from vault.gui.session import GuiSession
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job


def _sentence() -> QLabel:
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
        explain = _sentence()
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


class _Tab(QWidget):
    """A tab's shared parts: the session, a one-line problem and a plain result."""

    changed = Signal()  # something in the vault changed (a custody event was written)

    def __init__(self, session: GuiSession) -> None:
        super().__init__()
        self.session = session
        self.layout_ = QVBoxLayout(self)
        self.error = ErrorLabel()
        self.result = _sentence()
        self.result.setAccessibleName(tr("Result"))
        self.code_dialog: CodeDialog | None = None

    def finish_layout(self) -> None:
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

    def told(self, text: str) -> None:
        self.busy(False)
        self.error.hide()
        self.result.setText(text)

    def show_code(self, code: str, why: str) -> None:
        """The new recovery code in its once-only dialog."""
        self.code_dialog = CodeDialog(self, code, why)
        self.code_dialog.open()


class PassphraseTab(_Tab):
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
        explain = _sentence()
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

    def failed_text(self, text: str) -> None:
        self.result.clear()
        self.error.setText(text)
        self.error.show()

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


class RecoveryTab(_Tab):
    """Make a new recovery code; the old one stops working."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = _sentence()
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


class EscrowTab(_Tab):
    """Whether HQ's escrow slot exists and for whom; add or replace it; remove it."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        self.status = _sentence()
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
        explain = _sentence()
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


class SignersTab(_Tab):
    """The trusted signers (name, full fingerprint, status, date); trust a key after its
    fingerprint was typed as the sender read it out; revoke one."""

    COLUMNS = ("Name", "Fingerprint", "Status", "Date")

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        self.signers: list[TrustedSigner] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(tr("Trusted signers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.layout_.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.revoke_button = QPushButton(tr("Revoke…"))
        self.choose_button = QPushButton(tr("Trust a key…"))
        row.addWidget(self.revoke_button)
        row.addWidget(self.choose_button)
        self.layout_.addLayout(row)
        # Trusting: the key read from a file, its fingerprint shown, typed back.
        self.trust_box = QWidget()
        trust = QFormLayout(self.trust_box)
        self.key_fingerprint = _sentence()
        self.key_fingerprint.setAccessibleName(tr("Fingerprint of the key"))
        trust.addRow(tr("Fingerprint of the key:"), self.key_fingerprint)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(tr("Fingerprint as the sender read it out"))
        trust.addRow(tr("As the sender read it out:"), self.typed)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Signer's name"))
        trust.addRow(tr("Signer's name:"), self.name)
        self.trust_button = QPushButton(tr("Trust this key"))
        trust.addRow("", self.trust_button)
        self.trust_box.hide()
        self.layout_.addWidget(self.trust_box)
        self.key_path: Path | None = None
        self.choose_button.clicked.connect(self.choose)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.trust_button.clicked.connect(self.trust)
        self.typed.textChanged.connect(self._trust_ready)
        self.name.textChanged.connect(self._trust_ready)
        self.table.itemSelectionChanged.connect(self._revoke_ready)
        self.finish_layout()
        self.reload()

    def reload(self) -> None:
        """Read the list in the background and show it."""
        vault = self.session.vault

        def work(job: Job[list[TrustedSigner]]) -> list[TrustedSigner]:
            return list_signers(vault)

        self.session.run(self, work, self._show, tr("Reading signers"), show_progress=False)

    def _show(self, signers: list[TrustedSigner]) -> None:
        self.signers = signers
        self.table.setRowCount(len(signers))
        for row, signer in enumerate(signers):
            status = tr("revoked") if signer.revoked else tr("trusted")
            when = signer.revoked_utc if signer.revoked else signer.added_utc
            for column, text in enumerate(
                (signer.name, grouped_fingerprint(signer.fingerprint), status, _day(when))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._revoke_ready()

    def busy(self, on: bool) -> None:
        super().busy(on)
        if not on:
            self._revoke_ready()
            self._trust_ready()

    def _selected(self) -> TrustedSigner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.signers[rows[0].row()] if rows else None

    def _revoke_ready(self) -> None:
        chosen = self._selected()
        self.revoke_button.setEnabled(chosen is not None and not chosen.revoked)

    def _trust_ready(self) -> None:
        self.trust_button.setEnabled(
            self.key_path is not None and bool(self.typed.text().strip() and self.name.text())
        )

    def choose(self) -> None:
        """Pick a ``.pub`` key file or a received bundle's signer key."""
        chosen = choose_files(self, tr("A signer's public key (.pub) or a bundle"))
        if chosen:
            self.load_key(chosen[0])

    def load_key(self, path: Path) -> None:
        """Read the key at ``path`` in the background and show its fingerprint."""
        self.error.hide()

        def work(job: Job[PublicKey]) -> PublicKey:
            return read_signer_key(path)

        def read(key: PublicKey) -> None:
            self.busy(False)
            self.key_path = path
            self.key_fingerprint.setText(grouped_fingerprint(key.fingerprint))
            self.typed.clear()
            self.trust_box.show()
            self.result.setText(
                tr(
                    "Ask the sender to read their fingerprint out (by phone or in person, "
                    "not in the same message as the key) and type it: the key is trusted "
                    "only when the two are the same."
                )
            )
            self._trust_ready()

        self.busy(True)
        self.session.run(self, work, read, tr("Reading the key"), on_failure=self.failed)

    def trust(self) -> None:
        """Trust the key read, if the typed fingerprint is its own."""
        path, typed, name = self.key_path, self.typed.text(), self.name.text()
        if path is None:
            return
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[object]) -> object:
            # The key is read again and must have the fingerprint typed: nothing is
            # trusted on what the screen showed alone.
            return trust_bundle_signer(vault, path, None, name, typed)

        def trusted(_outcome: object) -> None:
            self.key_path = None
            self.trust_box.hide()
            self.typed.clear()
            self.name.clear()
            self.told(tr("{name} is now a trusted signer.").format(name=name.strip()))
            self.changed.emit()
            self.reload()

        self.session.run(self, work, trusted, tr("Trusting the key"), on_failure=self.failed)

    def ask_revoke(self) -> None:
        """Confirm, then revoke the selected signer."""
        chosen = self._selected()
        if chosen is None or chosen.revoked:
            return
        if confirm(
            self,
            tr("Revoke a signer"),
            tr(
                "Revoke {name} ({fingerprint})? Bundles signed by this key will be reported "
                "REVOKED; a revoked key cannot be trusted again."
            ).format(name=chosen.name, fingerprint=grouped_fingerprint(chosen.fingerprint)),
        ):
            self.revoke(chosen.fingerprint)

    def revoke(self, fingerprint: str) -> None:
        """Revoke the signer with ``fingerprint`` in the background."""
        vault = self.session.vault
        self.busy(True)

        def work(job: Job[TrustedSigner]) -> TrustedSigner:
            return revoke_signer(vault, fingerprint)

        def revoked(signer: TrustedSigner) -> None:
            self.told(tr("{name} was revoked.").format(name=signer.name))
            self.changed.emit()
            self.reload()

        self.session.run(self, work, revoked, tr("Revoking the signer"), on_failure=self.failed)


def _day(utc: str | None) -> str:
    if not utc:
        return ""
    try:
        return datetime.fromisoformat(utc.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return utc


class OperatorTab(_Tab):
    """The name written into every later custody event."""

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = _sentence()
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


class BackupTab(_Tab):
    """An encrypted copy in a new folder inside the one chosen, checked after writing."""

    finished = Signal()  # a backup ended (written, refused or cancelled)

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = _sentence()
        explain.setText(
            tr(
                "A backup is an encrypted copy of the whole vault (nothing is decrypted), "
                "written into a new folder inside the one you choose, then opened and "
                "checked. It opens with this vault's passphrase, recovery code and escrow "
                "identity as they are now."
            )
        )
        self.layout_.addWidget(explain)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Folder for the backup"))
        self.folder.setPlaceholderText(tr("e.g. an encrypted USB disk"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.choose)
        row.addWidget(QLabel(tr("Into folder:")))
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.layout_.addLayout(row)
        self.backup_button = QPushButton(tr("Back up"))
        self.layout_.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignRight)
        self.backup_button.clicked.connect(self.backup)
        self.job: Job[care.CheckReport] | None = None
        self.destination: Path | None = None
        self.finish_layout()

    def choose(self) -> None:
        """Pick the folder the backup goes into."""
        folder = choose_folder(self, tr("Folder for the backup"))
        if folder is not None:
            self.folder.setText(str(folder))

    def backup(self) -> None:
        """Write and verify the backup in the background, with progress and Cancel."""
        self.error.hide()
        text = self.folder.text().strip()
        if not text:
            self.error.setText(tr("Choose the folder the backup goes into."))
            self.error.show()
            return
        vault = self.session.vault
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = Path(text) / f"{vault.path.name}-backup-{stamp}"
        self.destination = destination
        self.busy(True)
        self.result.setText(tr("Backing up…"))

        def work(job: Job[care.CheckReport]) -> care.CheckReport:
            return care.backup(vault, destination, job.progress, cancel=job.cancel_token)

        def failed(exc: BaseException) -> None:
            self.failed(exc)
            self.finished.emit()

        self.job = self.session.run(
            self,
            work,
            lambda report: self._done(destination, report),
            tr("Backing up"),
            on_failure=failed,
        )

    def _done(self, destination: Path, report: care.CheckReport) -> None:
        if report.ok:
            self.told(
                tr(
                    "Backup written to {folder} and verified: it was opened and checked "
                    "({attachments} attachments authenticated, {rows} custody events in an "
                    "unbroken chain)."
                ).format(
                    folder=str(destination),
                    attachments=report.attachments_checked,
                    rows=report.custody_rows,
                )
            )
        else:
            self.failed_text(
                tr("The backup at {folder} did not pass its check: {problems}").format(
                    folder=str(destination), problems=" ".join(report.problems)
                )
            )
            self.busy(False)
        self.finished.emit()

    def failed_text(self, text: str) -> None:
        self.result.clear()
        self.error.setText(text)
        self.error.show()


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
        explain = _sentence()
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
