"""Changing a statement: its text (a new version, the old ones kept) or its details
(language, date, place, persons, kind: corrected in place, with the reason asked).

Only what the person changed is sent to the application layer; it refuses a change that
changes nothing, and every refusal is written in the dialog with the fields kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vault.app.forms import save_statement_edit
from vault.app.manage import StatementMeta, correct_statement
from vault.gui.dialogs import ask_reason, tr
from vault.gui.session import GuiSession
from vault.gui.statement_form import (
    PersonChoice,
    SavingDialog,
    kind_box,
    person_box,
    select_data,
)
from vault.gui.statement_view import StatementSheet
from vault.gui.text_pair import TextPair, language_box
from vault.gui.workers import Job


class EditTextDialog(SavingDialog):
    """The statement's text and translation, editable; Save makes a new version."""

    def __init__(self, session: GuiSession, parent: QWidget | None, sheet: StatementSheet) -> None:
        super().__init__(session, parent, tr("Edit text of {code}").format(code=sheet.code))
        self.sheet = sheet
        record = sheet.record
        self.before = (
            str(record.get("body") or ""),
            str(record.get("translation") or ""),
            str(record.get("translation_language") or ""),
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Saving makes version {n}; every earlier version is kept as it was. "
                "Redaction decisions on unchanged words are kept."
            ).format(n=int(record.get("version") or 1) + 1)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.texts = TextPair(read_only=False)
        self.texts.show_texts(
            self.before[0], self.before[1], record.get("language"), self.before[2] or None
        )
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    def operation(self) -> Callable[[Job[Any]], Any] | None:
        body = self.texts.original.toPlainText()
        translation = self.texts.translation.toPlainText()
        language = self.texts.translation_language.currentText().strip()
        old_body, old_translation, old_language = self.before
        new_body = None if body == old_body else body
        new_translation = None if translation == old_translation else translation
        if new_body is None and new_translation is None:
            self.show_error(tr("The text and the translation are unchanged: nothing to save."))
            return None
        new_language = language if language and language != old_language else None
        vault, statement_id = self.session.vault, self.sheet.id

        def work(job: Job[Any]) -> Any:
            return save_statement_edit(vault, statement_id, new_body, new_translation, new_language)

        return work


def _date_field(record: dict[str, Any]) -> str:
    """The stored interview date as the form takes it back (``~`` for approximate)."""
    date = record.get("interview_date")
    if not isinstance(date, dict) or not date.get("value"):
        return ""
    prefix = "~" if date.get("precision") == "approximate" else ""
    return prefix + str(date["value"])


class CorrectDetailsDialog(SavingDialog):
    """The statement's details as they are; Save asks why, then corrects what changed."""

    def __init__(
        self,
        session: GuiSession,
        parent: QWidget | None,
        sheet: StatementSheet,
        persons: list[PersonChoice],
    ) -> None:
        super().__init__(session, parent, tr("Correct details of {code}").format(code=sheet.code))
        self.sheet = sheet
        record = sheet.record
        self.reason: str | None = None
        self.language = language_box(tr("Language"))
        self.language.setCurrentText(str(record.get("language") or ""))
        self.date = QLineEdit(_date_field(record))
        self.date.setAccessibleName(tr("Interview date"))
        self.date.setPlaceholderText(tr("2020-11-09, 2020-11, 2020 or ~2020-11"))
        self.place = QLineEdit(str(record.get("place") or ""))
        self.place.setAccessibleName(tr("Place"))
        others = [p for p in persons if p.id != record.get("witness_id")]
        self.interviewer = person_box(
            tr("Interviewer"), others, optional=True, prefer="interviewer"
        )
        select_data(self.interviewer, record.get("interviewer_id"))
        self.interpreter = person_box(
            tr("Interpreter"), others, optional=True, prefer="interpreter"
        )
        select_data(self.interpreter, record.get("interpreter_id"))
        self.kind = kind_box()
        select_data(self.kind, record.get("kind"))
        self.translation_language = language_box(tr("Translation language"))
        self.translation_language.setCurrentText(str(record.get("translation_language") or ""))
        self.before = self._values()
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Correct what was entered wrongly; the text is not changed. You will be asked why.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(tr("Language:"), self.language)
        form.addRow(tr("Interview date:"), self.date)
        form.addRow(tr("Place:"), self.place)
        form.addRow(tr("Interviewer:"), self.interviewer)
        form.addRow(tr("Interpreter:"), self.interpreter)
        form.addRow(tr("Kind:"), self.kind)
        form.addRow(tr("Translation language:"), self.translation_language)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def _values(self) -> dict[str, str]:
        return {
            "language": self.language.currentText().strip(),
            "interview_date": self.date.text().strip(),
            "place": self.place.text().strip(),
            "interviewer_id": str(self.interviewer.currentData() or ""),
            "interpreter_id": str(self.interpreter.currentData() or ""),
            "kind": str(self.kind.currentData()),
            "translation_language": self.translation_language.currentText().strip(),
        }

    def meta(self) -> StatementMeta:
        """Only the fields the person changed ("" clears one)."""
        now = self._values()
        changed = {key: value for key, value in now.items() if value != self.before[key]}
        return StatementMeta(**changed)

    def operation(self) -> Callable[[Job[Any]], Any] | None:
        meta = self.meta()
        if meta.is_empty():
            self.show_error(tr("Nothing was changed."))
            return None
        reason = ask_reason(
            self,
            tr("Why correct {code}?").format(code=self.sheet.code),
            tr("Why are these details corrected? (kept in the vault with the change)"),
        )
        if not self.isVisible():
            return None  # locked while the question was open: the dialog is gone
        if reason is None:
            self.show_error(tr("A correction needs a reason; nothing was changed."))
            return None
        self.reason = reason
        vault, statement_id = self.session.vault, self.sheet.id

        def work(job: Job[Any]) -> Any:
            return correct_statement(vault, statement_id, meta, reason)

        return work
