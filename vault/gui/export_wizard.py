"""Case > Export…: a wizard that writes one signed bundle of the selected case.

Pages: what to export (statements and evidence), the profile, where to and for whom
(folder, zip, or an age-encrypted file for remembered recipients), then the summaries
to confirm (who is left out and why, what redaction leaves out or still needs), then the
writing with progress and Cancel, and the verified result with the signer fingerprint
to read out (``export_run.py``).  Every read and write goes through ``vault.app``
(``export_review``, ``export_flow``, ``recipients``, ``bundles``), off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault.app.export_review import PROFILE_NOTES, PROFILES
from vault.app.readable import shown
from vault.app.records import list_records
from vault.gui.dialogs import tr
from vault.gui.export_run import SummaryPage, WritePage
from vault.gui.files import choose_save_file
from vault.gui.recipients_box import RecipientsBox
from vault.gui.session import GuiSession
from vault.gui.workers import Job

FORMS = ("folder", "zip", "age")


class ChoosePage(QWizardPage):
    """Statements and evidence of the case, each ticked to go (all at first)."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.loaded = False
        self.setTitle(tr("What to export"))
        self.setSubTitle(
            tr(
                "Untick what should not go. A statement's evidence goes only with its "
                "statement; whose statements may go at all is decided by consent, shown "
                "before anything is written."
            )
        )
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Record"), tr("Witness / statement"), tr("Details")])
        self.tree.setAccessibleName(tr("Statements and evidence to export"))
        self.tree.setRootIsDecorated(True)
        layout.addWidget(self.tree)
        self.statements = QTreeWidgetItem([tr("Statements")])
        self.evidence = QTreeWidgetItem([tr("Evidence")])
        for group in (self.statements, self.evidence):
            group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate)
            self.tree.addTopLevelItem(group)
        self.tree.itemChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        if self.loaded:
            return
        session, case_id = self.wiz.session, self.wiz.case_id

        def read(job: Job[tuple[Any, Any]]) -> tuple[Any, Any]:
            statements = list_records(session.vault, "statements", case_id)
            attachments = list_records(session.vault, "attachments", case_id)
            return statements.records, attachments.records

        session.run(self, read, self._fill, tr("Reading the case"), show_progress=False)

    def _fill(self, found: tuple[Any, Any]) -> None:
        statements, attachments = found
        codes = {s.id: s.code for s in statements}
        self.tree.blockSignals(True)
        for s in statements:
            date = s.interview_date.describe() if s.interview_date else ""
            item = QTreeWidgetItem([s.code, s.witness_code, f"{date} {s.kind}".strip()])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.statements.addChild(item)
        for a in attachments:
            owner = codes.get(a.statement_id, "") if a.statement_id else tr("the case")
            item = QTreeWidgetItem([a.code, owner, shown(a.name)])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.evidence.addChild(item)
        self.tree.blockSignals(False)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.loaded = True
        self.completeChanged.emit()

    @staticmethod
    def _items(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (group.child(i) for i in range(group.childCount()))
        return [item for item in found if item is not None]

    def chosen(self, group: QTreeWidgetItem) -> tuple[str, ...]:
        """Ids of the ticked records under ``group``."""
        return tuple(
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._items(group)
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def untick(self, statement_ids: set[str]) -> None:
        """Leave these statements out (the summary's "leave them out")."""
        for item in self._items(self.statements):
            if item.data(0, Qt.ItemDataRole.UserRole) in statement_ids:
                item.setCheckState(0, Qt.CheckState.Unchecked)

    def isComplete(self) -> bool:
        return self.loaded and bool(self.chosen(self.statements))


class ProfilePage(QWizardPage):
    """The profile (who is named, who coded), perpetrators, audio and video."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Who it is for"))
        self.setSubTitle(tr("The profile decides who is named and who is coded."))
        form = QFormLayout(self)
        self.profile = QComboBox()
        for profile in PROFILES:
            self.profile.addItem(tr(profile), profile)
        self.profile.setAccessibleName(tr("Export profile"))
        form.addRow(tr("Profile:"), self.profile)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.note)
        self.perpetrators = QComboBox()
        self.perpetrators.addItem(tr("As the profile says"), None)
        self.perpetrators.addItem(tr("Name them"), True)
        self.perpetrators.addItem(tr("Code them"), False)
        self.perpetrators.setAccessibleName(tr("Perpetrators"))
        form.addRow(tr("Perpetrators:"), self.perpetrators)
        self.include_media = QCheckBox(tr("Include audio and video (voices and faces identify)"))
        self.include_media.setAccessibleName(tr("Include audio and video"))
        form.addRow(self.include_media)
        self.profile.currentIndexChanged.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        self.note.setText(tr(PROFILE_NOTES[self.chosen_profile()]))

    def chosen_profile(self) -> str:
        """The profile chosen (its name as the app layer takes it)."""
        return str(self.profile.currentData())


class DestinationPage(QWizardPage):
    """Folder, zip or encrypted file; where; and for an encrypted file, for whom."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Where to, and for whom"))
        self.setSubTitle(
            tr(
                "An encrypted file can be opened only with one of the recipients' age "
                "identities; the evidence profile (real names) must be encrypted."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.forms = QButtonGroup(self)
        labels = (tr("Folder"), tr("Zip file"), tr("Encrypted file (age)"))
        for index, label in enumerate(labels):
            button = QRadioButton(label)
            button.setAccessibleName(label)
            self.forms.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.forms.button(0).setChecked(True)
        layout.addLayout(row)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("Bundle to write"))
        self.path.setPlaceholderText(tr("Where the bundle is written (it must not exist yet)"))
        path_row.addWidget(self.path, 1)
        self.browse = QPushButton(tr("Choose…"))
        path_row.addWidget(self.browse)
        layout.addLayout(path_row)
        self.recipients = RecipientsBox(wizard.session)
        layout.addWidget(self.recipients, 1)
        self.browse.clicked.connect(self._choose)
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        self.forms.idToggled.connect(self._form_changed)
        self.recipients.changed.connect(self.completeChanged.emit)
        self._form_changed()

    def initializePage(self) -> None:
        self.recipients.load()

    def form(self) -> str:
        """ "folder", "zip" or "age"."""
        return FORMS[max(self.forms.checkedId(), 0)]

    def set_form(self, form: str) -> None:
        """Choose the bundle's form."""
        self.forms.button(FORMS.index(form)).setChecked(True)

    def _form_changed(self, *_: object) -> None:
        self.recipients.setEnabled(self.form() == "age")
        self.completeChanged.emit()

    def _choose(self) -> None:
        chosen = choose_save_file(self, tr("Write the bundle to"))
        if chosen is not None:
            self.path.setText(str(chosen))

    def isComplete(self) -> bool:
        if not self.path.text().strip():
            return False
        return self.form() != "age" or bool(self.recipients.chosen())


class ExportWizard(QWizard):
    """The export of one case, from choosing to the verified bundle."""

    def __init__(self, parent: QWidget | None, session: GuiSession, case_id: str) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setWindowTitle(tr("Export a bundle"))
        self.setAccessibleName(tr("Export a bundle"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.choose_page = ChoosePage(self)
        self.profile_page = ProfilePage()
        self.destination_page = DestinationPage(self)
        self.summary_page = SummaryPage(self)
        self.write_page = WritePage(self)
        for page in (
            self.choose_page,
            self.profile_page,
            self.destination_page,
            self.summary_page,
            self.write_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Write the bundle"))
        self.resize(820, 620)

    def request_parts(self) -> dict[str, Any]:
        """What the pages say, as the app layer's export request takes it."""
        destination = self.destination_page
        form = destination.form()
        return {
            "case_id": self.case_id,
            "profile": self.profile_page.chosen_profile(),
            "statement_ids": self.choose_page.chosen(self.choose_page.statements),
            "attachment_ids": self.choose_page.chosen(self.choose_page.evidence),
            "include_media": self.profile_page.include_media.isChecked(),
            "show_perpetrators": self.profile_page.perpetrators.currentData(),
            "out": Path(destination.path.text().strip()).expanduser(),
            "recipients": tuple(destination.recipients.chosen()) if form == "age" else (),
            "as_zip": form == "zip",
        }

    def reject(self) -> None:
        """Closing while the bundle is written cancels the writing first: the wizard
        closes once it stopped (nothing is left behind)."""
        if self.write_page.running():
            self.write_page.cancel()
            self.write_page.close_when_done = True
            return
        super().reject()
