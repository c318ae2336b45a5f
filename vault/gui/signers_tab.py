"""The Signers tab of Vault > Keys and care…: the keys this vault trusts for verifying and
importing bundles, with their full fingerprints; a key is trusted only once the
fingerprint the sender read out is typed and matches; revoking keeps the row."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vault.app.bundles import (
    PublicKey,
    TrustedSigner,
    grouped_fingerprint,
    list_signers,
    read_signer_key,
    revoke_signer,
    trust_bundle_signer,
)
from vault.gui.dialogs import confirm, tr
from vault.gui.files import choose_files
from vault.gui.key_tab import KeyTab, sentence
from vault.gui.session import GuiSession
from vault.gui.workers import Job


class SignersTab(KeyTab):
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
        self.key_fingerprint = sentence()
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
