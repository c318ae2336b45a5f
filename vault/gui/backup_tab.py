"""The Backup tab of Vault > Keys and care…: an encrypted copy of the vault in a new
folder inside the one chosen, with progress and Cancel, opened and checked before the
tab calls it done."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from vault.app import care
from vault.gui.dialogs import tr
from vault.gui.files import choose_folder
from vault.gui.key_tab import KeyTab, sentence
from vault.gui.session import GuiSession
from vault.gui.workers import Job


class BackupTab(KeyTab):
    """An encrypted copy in a new folder inside the one chosen, checked after writing."""

    finished = Signal()  # a backup ended (written, refused or cancelled)

    def __init__(self, session: GuiSession) -> None:
        super().__init__(session)
        explain = sentence()
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
