"""Vault > Open a bundle…: the headquarters side.  Open a bundle (folder, zip, or age
file with an identity file), verify it in the background, read the report in plain
words, compare and trust its signer, and import it as a new case.

Verification is ``vault.app.bundles.open_for_import`` (the bundle stays open, so the
import takes in exactly what was verified); trusting is ``trust_bundle_signer`` after
the person compared the fingerprint with what the sender read out; importing is
``take_in``, which asks for a trusted or pinned signer unless the person ticked the
explained override and confirmed it (every record then says UNVERIFIED).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.bundles import (
    ImportResult,
    SignerStatus,
    TrustOutcome,
    VerifiedBundle,
    grouped_fingerprint,
    open_for_import,
    take_in,
    trust_bundle_signer,
)
from vault.app.failures import describe_failure
from vault.app.i18n import translate_message
from vault.gui.bundle_text import check_lines, verdict_text
from vault.gui.dialogs import show_failure, tr
from vault.gui.files import choose_files, choose_folder
from vault.gui.session import GuiSession
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TrustDialog(QDialog):
    """The fingerprint again, a name for the signer, and the person's word that every
    group matches what the sender read out."""

    def __init__(self, parent: QWidget, fingerprint: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Trust this signer"))
        self.setAccessibleName(tr("Trust this signer"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                tr(
                    "Ask the sender to read out their fingerprint by another route (phone, "
                    "in person; not the channel the bundle came by) and compare it group by "
                    "group:"
                )
            )
        )
        shown = _label(grouped_fingerprint(fingerprint))
        shown.setFont(_mono())
        shown.setAccessibleName(tr("Signer fingerprint"))
        layout.addWidget(shown)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Signer's name"))
        self.name.setPlaceholderText(tr("Whose key it is, e.g. Field team Gyumri"))
        form.addRow(tr("Name:"), self.name)
        layout.addLayout(form)
        self.matches = QCheckBox(tr("Every group matches what the sender read out"))
        self.matches.setAccessibleName(tr("The fingerprint matches"))
        layout.addWidget(self.matches)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Trust"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.matches.toggled.connect(self._update)
        self.name.textChanged.connect(self._update)

    def _update(self, *_: object) -> None:
        self.ok.setEnabled(self.matches.isChecked() and bool(self.name.text().strip()))


def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class BundleDialog(QDialog):
    """Open, verify, trust and import one bundle."""

    imported = Signal(str)  # the new case's id

    def __init__(self, parent: QWidget | None, session: GuiSession) -> None:
        super().__init__(parent)
        self.session = session
        self.verified: VerifiedBundle | None = None
        self.trust_dialog: TrustDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.outcome: ImportResult | None = None
        self.setWindowTitle(tr("Open a bundle"))
        self.setAccessibleName(tr("Open a bundle"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("Bundle"))
        self.path.setPlaceholderText(tr("A bundle folder, .zip or .age file"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        self.folder_button = QPushButton(tr("Folder…"))
        self.file_button = QPushButton(tr("File…"))
        path_row.addWidget(self.folder_button)
        path_row.addWidget(self.file_button)
        form.addRow(tr("Bundle:"), path_row)
        self.identity = QLineEdit()
        self.identity.setAccessibleName(tr("Age identity file"))
        self.identity.setPlaceholderText(tr("Only for an encrypted (.age) bundle"))
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        self.identity_button = QPushButton(tr("Choose…"))
        identity_row.addWidget(self.identity_button)
        form.addRow(tr("Identity file:"), identity_row)
        self.pin = QLineEdit()
        self.pin.setAccessibleName(tr("Fingerprint the sender read out"))
        self.pin.setPlaceholderText(tr("Optional: 64 hex digits, groups allowed"))
        form.addRow(tr("Sender's fingerprint:"), self.pin)
        layout.addLayout(form)
        self.verify_button = QPushButton(tr("Verify"))
        self.verify_button.setDefault(True)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.verdict = _label()
        verdict_font = self.verdict.font()
        verdict_font.setBold(True)
        self.verdict.setFont(verdict_font)
        layout.addWidget(self.verdict)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.checks = QPlainTextEdit()
        self.checks.setReadOnly(True)
        self.checks.setAccessibleName(tr("Verification report"))
        layout.addWidget(self.checks, 1)
        signer_box = QGroupBox(tr("Signer"))
        signer_layout = QVBoxLayout(signer_box)
        self.fingerprint = _label()
        self.fingerprint.setFont(_mono())
        self.fingerprint.setAccessibleName(tr("Signer fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        signer_layout.addWidget(self.fingerprint)
        self.signer_status = _label()
        signer_layout.addWidget(self.signer_status)
        self.trust_button = QPushButton(tr("I compared it: trust this signer…"))
        self.trust_button.hide()
        signer_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(signer_box)
        import_box = QGroupBox(tr("Import"))
        import_layout = QVBoxLayout(import_box)
        self.override = QCheckBox(tr("Import although the signer is not verified"))
        self.override.setAccessibleName(tr("Import although the signer is not verified"))
        self.override_note = _label(
            tr(
                "Anyone can make a bundle that is intact and signed; only the fingerprint "
                "says who. Imported without it, every record says signer UNVERIFIED until "
                "you trust the key."
            )
        )
        import_layout.addWidget(self.override)
        import_layout.addWidget(self.override_note)
        self.import_button = QPushButton(tr("Import as a new case"))
        import_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_result = _label()
        import_layout.addWidget(self.import_result)
        layout.addWidget(import_box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.folder_button.clicked.connect(self._choose_folder)
        self.file_button.clicked.connect(self._choose_file)
        self.identity_button.clicked.connect(self._choose_identity)
        self.verify_button.clicked.connect(self.verify)
        self.trust_button.clicked.connect(self.ask_trust)
        self.override.toggled.connect(lambda _: self._update_import())
        self.import_button.clicked.connect(self.ask_import)
        for field in (self.path, self.identity, self.pin):
            field.textChanged.connect(lambda _: self._forget())
        self._show_report()
        self.resize(760, 720)

    # ---- choosing -------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = choose_folder(self, tr("A bundle folder"))
        if chosen is not None:
            self.path.setText(str(chosen))

    def _choose_file(self) -> None:
        chosen = choose_files(self, tr("A bundle file (.zip or .age)"))
        if chosen:
            self.path.setText(str(chosen[0]))

    def _choose_identity(self) -> None:
        chosen = choose_files(self, tr("Your age identity file"))
        if chosen:
            self.identity.setText(str(chosen[0]))

    # ---- verifying ------------------------------------------------------------------

    def _forget(self) -> None:
        """Another bundle, identity or fingerprint: the shown report no longer applies."""
        self._close_bundle()
        self.outcome = None
        self._show_report()

    def _close_bundle(self) -> None:
        if self.verified is not None:
            self.verified.close()
            self.verified = None

    def verify(self) -> None:
        """Verify the chosen bundle in the background (Cancel stops it)."""
        text = self.path.text().strip()
        if not text:
            self.error.setText(tr("Choose a bundle folder or file first."))
            self.error.show()
            return
        path = Path(text).expanduser()
        identity = (
            Path(self.identity.text().strip()).expanduser()
            if self.identity.text().strip()
            else None
        )
        pin = self.pin.text().strip() or None
        self._forget()
        vault = self.session.vault

        def work(job: Job[VerifiedBundle]) -> VerifiedBundle:
            return open_for_import(
                vault, path, identity, pin, job.progress, cancel=job.cancel_token
            )

        self.verify_button.setEnabled(False)
        self.session.run(
            self, work, self._verified, tr("Verifying the bundle"), on_failure=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_failure(self, exc)
        self.error.setText(failure.message)
        self.error.show()

    def _verified(self, verified: VerifiedBundle) -> None:
        self.verify_button.setEnabled(True)
        self._close_bundle()
        self.verified = verified
        self._show_report()

    def _show_report(self) -> None:
        verified = self.verified
        self.error.hide()
        self.override.setChecked(False)
        self.trust_button.hide()
        if verified is None:
            self.verdict.setText(tr("Choose a bundle and press Verify."))
            self.checks.clear()
            self.fingerprint.clear()
            self.signer_status.setText("")
            self._update_import()
            return
        report = verified.report
        self.checks.setPlainText("\n".join(check_lines(report)))
        failure = report.first_failure
        if failure is not None or not report.ok:
            self.verdict.setText(tr("This bundle is refused."))
            self.error.setText(verdict_text(report))
            self.error.show()
        else:
            self.verdict.setText(verdict_text(report))
        fingerprint = report.fingerprint
        self.fingerprint.setText(grouped_fingerprint(fingerprint) if fingerprint else "")
        self.signer_status.setText(self._status_text())
        untrusted = report.ok and report.status is SignerStatus.UNPINNED
        self.trust_button.setVisible(untrusted and fingerprint is not None)
        self._update_import()

    def _status_text(self) -> str:
        assert self.verified is not None
        report = self.verified.report
        status = report.status
        if status is SignerStatus.TRUSTED:
            return tr("TRUSTED: {name}, a signer this vault trusts.").format(
                name=translate_message(report.signer_name or "")
            )
        if status is SignerStatus.PINNED:
            return tr("PINNED: the key matches the fingerprint you typed.")
        if status is SignerStatus.REVOKED:
            return tr("REVOKED: this key was revoked; its bundles are refused.")
        if status is SignerStatus.UNPINNED:
            return tr(
                "NOT VERIFIED: this vault does not know this key. Compare the fingerprint "
                "above, group by group, with the one the sender read out to you by another "
                "route before you trust it."
            )
        return tr("Nobody is known to have signed it (the signature did not verify).")

    # ---- trusting -------------------------------------------------------------------

    def ask_trust(self) -> TrustDialog | None:
        """Open the trust dialog for the shown signer (returned for tests)."""
        if self.verified is None or self.verified.report.fingerprint is None:
            return None
        fingerprint = self.verified.report.fingerprint
        dialog = TrustDialog(self, fingerprint)
        self.trust_dialog = dialog
        dialog.accepted.connect(lambda: self._trust(fingerprint, dialog.name.text()))
        dialog.open()
        return dialog

    def _trust(self, fingerprint: str, name: str) -> None:
        path = Path(self.path.text().strip()).expanduser()
        identity = (
            Path(self.identity.text().strip()).expanduser()
            if self.identity.text().strip()
            else None
        )
        vault = self.session.vault

        def work(job: Job[TrustOutcome]) -> TrustOutcome:
            return trust_bundle_signer(vault, path, identity, name, fingerprint)

        def trusted(_outcome: TrustOutcome) -> None:
            self.trust_dialog = None
            self.verify()  # the report now says TRUSTED

        self.session.run(self, work, trusted, tr("Trusting the signer"), show_progress=False)

    # ---- importing ------------------------------------------------------------------

    def _importable(self) -> bool:
        verified = self.verified
        if verified is None or self.outcome is not None:
            return False
        report = verified.report
        if not report.ok or verified.contents is None:
            return False
        if report.status in (SignerStatus.TRUSTED, SignerStatus.PINNED):
            return True
        return report.status is SignerStatus.UNPINNED and self.override.isChecked()

    def _update_import(self) -> None:
        verified = self.verified
        unpinned = (
            verified is not None
            and verified.report.ok
            and verified.report.status is SignerStatus.UNPINNED
            and self.outcome is None
        )
        self.override.setVisible(unpinned)
        self.override_note.setVisible(unpinned)
        self.import_button.setEnabled(self._importable())

    def ask_import(self) -> None:
        """Import; an unverified signer is confirmed once more first."""
        if not self._importable() or self.verified is None:
            return
        if self.verified.report.status is not SignerStatus.UNPINNED:
            self._import(allow_unverified=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Import from an unverified signer"),
            tr(
                "Nobody has confirmed who signed this bundle. Import it anyway? Every "
                "record will say signer UNVERIFIED; trusting the key later raises them."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box
        box.finished.connect(lambda _: self._confirmed(box))
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        self.confirm_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._import(allow_unverified=True)

    def _import(self, allow_unverified: bool) -> None:
        verified = self.verified
        assert verified is not None
        vault = self.session.vault

        def work(job: Job[ImportResult]) -> ImportResult:
            return take_in(vault, verified, job.progress, allow_unverified, cancel=job.cancel_token)

        self.import_button.setEnabled(False)
        self.session.run(
            self, work, self._imported, tr("Importing the bundle"), on_failure=self._import_failed
        )

    def _import_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self._update_import()

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        counts = result.counts
        self.import_result.setText(
            tr(
                "Imported as case {code}: {statements} statement(s), {attachments} "
                "attachment(s), {persons} person(s); signer {status}."
            ).format(
                code=result.case_code,
                statements=counts.get("statements", 0),
                attachments=counts.get("attachments", 0),
                persons=counts.get("persons", 0),
                status=result.signer_status,
            )
        )
        self._update_import()
        self.session.records_changed.emit("*")
        self.imported.emit(result.case_id)

    def done(self, code: int) -> None:
        self._close_bundle()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_bundle()
        super().closeEvent(event)
