"""Taking a statement in: the metadata form (witness, interviewer, interpreter, date,
place, language, kind, topics) above the original text and its translation side by side.

The dialogs of the Statements tab save through the application layer in the background
(:class:`SavingDialog`); a refusal is written in the dialog itself, every field kept as
typed, so a person corrects the one thing and saves again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault.app.failures import describe_failure
from vault.app.forms import STATEMENT_KINDS, TOPICS, StatementDraft, save_statement
from vault.gui.dialogs import show_report, tr
from vault.gui.session import GuiSession
from vault.gui.text_pair import TextPair
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job

NOBODY = ""


class SavingDialog(QDialog):
    """A dialog whose Save runs ``operation()`` in the background; on success it closes
    with ``self.result_value`` set, on a refusal it stays open and says why."""

    def __init__(self, session: GuiSession, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def operation(self) -> Callable[[Job[Any]], Any] | None:
        """What Save does, read from the fields on the GUI thread (None: nothing to do,
        the dialog already said why)."""
        raise NotImplementedError

    def save(self) -> None:
        """Run the operation in the background; the dialog waits, greyed, meanwhile."""
        work = self.operation()
        if work is None:
            return
        self.show_error("")
        self.setEnabled(False)
        self.session.run(
            self, work, self._saved, tr("Saving"), show_progress=False, on_failure=self._refused
        )

    def _saved(self, value: Any) -> None:
        self.setEnabled(True)
        self.result_value = value
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.setEnabled(True)
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_report(self, exc)
            return
        self.show_error(failure.message)

    def show_error(self, text: str) -> None:
        """Say what is wrong above the buttons ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))


@dataclass(frozen=True)
class PersonChoice:
    """A person of the case as the forms offer them: "W-001  Name" and their roles."""

    id: str
    label: str
    roles: tuple[str, ...]


def person_box(name: str, persons: list[PersonChoice], *, optional: bool, prefer: str) -> QComboBox:
    """A choice among the case's persons, those with the role ``prefer`` first (a
    witness box opens on a witness); ``optional`` adds "nobody", chosen at first."""
    box = QComboBox()
    box.setAccessibleName(name)
    if optional:
        box.addItem(tr("— nobody —"), NOBODY)
    ordered = sorted(persons, key=lambda p: prefer not in p.roles)
    for person in ordered:
        box.addItem(person.label, person.id)
    return box


def select_data(box: QComboBox, value: str | None) -> None:
    """Select the entry of ``box`` whose data is ``value`` (the first if none is)."""
    index = box.findData(value or NOBODY)
    box.setCurrentIndex(max(index, 0))


def kind_box() -> QComboBox:
    """The statement kinds (first account, formal, sworn)."""
    box = QComboBox()
    box.setAccessibleName(tr("Kind"))
    for kind in STATEMENT_KINDS:
        box.addItem(tr(kind.replace("-", " ")), kind)
    return box


def optional(text: str) -> str | None:
    """A typed value, or None when only white space was typed."""
    return text if text.strip() else None


class NewStatementDialog(SavingDialog):
    """A new statement of one case: the form, then Save adds it (version 1)."""

    def __init__(
        self,
        session: GuiSession,
        parent: QWidget | None,
        case_id: str,
        persons: list[PersonChoice],
    ) -> None:
        super().__init__(session, parent, tr("New statement"))
        self.case_id = case_id
        self.witness = person_box(tr("Witness"), persons, optional=False, prefer="witness")
        self.interviewer = person_box(
            tr("Interviewer"), persons, optional=True, prefer="interviewer"
        )
        self.interpreter = person_box(
            tr("Interpreter"), persons, optional=True, prefer="interpreter"
        )
        self.date = QLineEdit()
        self.date.setAccessibleName(tr("Interview date"))
        self.date.setPlaceholderText(tr("2020-11-09, 2020-11, 2020 or ~2020-11"))
        self.place = QLineEdit()
        self.place.setAccessibleName(tr("Place"))
        self.kind = kind_box()
        self.topics = QListWidget()
        self.topics.setAccessibleName(tr("Topics"))
        for slug, description in TOPICS.items():
            item = QListWidgetItem(slug)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(150)
        self.texts = TextPair(read_only=False, original_language=True)
        self.language = self.texts.language
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QFormLayout()
        left.addRow(tr("Witness:"), self.witness)
        left.addRow(tr("Interviewer:"), self.interviewer)
        left.addRow(tr("Interpreter:"), self.interpreter)
        left.addRow(tr("Kind:"), self.kind)
        right = QFormLayout()
        right.addRow(tr("Interview date:"), self.date)
        right.addRow(tr("Place:"), self.place)
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        topics = QFormLayout()
        topics.addRow(tr("Topics:"), self.topics)
        top.addLayout(topics, 1)
        layout.addLayout(top)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1040, 680)

    def chosen_topics(self) -> tuple[str, ...]:
        """The slugs of the ticked topics, in the vocabulary's order."""
        return tuple(
            str(self.topics.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> StatementDraft:
        """The form as the application layer takes it (checked there, not here)."""
        return StatementDraft(
            witness_id=str(self.witness.currentData() or ""),
            body=self.texts.original.toPlainText(),
            translation=optional(self.texts.translation.toPlainText()),
            translation_language=optional(self.texts.translation_language.currentText()),
            language=optional(self.language.currentText()),
            interview_date=optional(self.date.text()),
            place=optional(self.place.text()),
            interviewer_id=self.interviewer.currentData() or None,
            interpreter_id=self.interpreter.currentData() or None,
            kind=str(self.kind.currentData()),
            topics=self.chosen_topics(),
        )

    def operation(self) -> Callable[[Job[Any]], Any] | None:
        if self.witness.count() == 0:
            self.show_error(tr("Add the witness on the People tab first."))
            return None
        draft, case_id, vault = self.draft(), self.case_id, self.session.vault

        def work(job: Job[Any]) -> Any:
            return save_statement(vault, case_id, draft)

        return work
