"""The Statements tab: a case's witness statements, the selected one read in full beside
the list (details, then original and translation side by side), and what can be done to
it: take a new one in, edit its text (a new version), see its versions and what changed,
correct its details or retract it (each with the reason asked), copy its text.

Every read and write goes through ``vault.app`` in the background; after a write the
lists that changed are told (``records_changed``) and the statement is read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton

from vault.app.forms import StatementEdit
from vault.app.manage import retract
from vault.app.records import list_records, show
from vault.gui.clipboard import guard
from vault.gui.dialogs import ask_reason, confirm, tr
from vault.gui.record_tab import RecordTab
from vault.gui.session import GuiSession
from vault.gui.statement_edit import CorrectDetailsDialog, EditTextDialog
from vault.gui.statement_form import NewStatementDialog, PersonChoice
from vault.gui.statement_view import StatementSheet, StatementView
from vault.gui.text_redaction import TextRedactionDialog
from vault.gui.version_history import VersionHistoryDialog
from vault.gui.workers import Job

Persons = list[PersonChoice]


def _case_persons(session: GuiSession, case_id: str, *, every: bool = False) -> Persons:
    """The case's persons ("W-001  Name", roles) in code order; runs in a worker."""
    found = list_records(session.vault, "persons", case_id, include_retracted=every)
    return [
        PersonChoice(p.id, f"{p.code}  {p.name}", tuple(p.roles))
        for p in sorted(found.records, key=lambda p: p.code)
    ]


class StatementsTab(RecordTab):
    """The statements of the selected case."""

    kind = "statements"
    record_type = "statement"

    def __init__(self) -> None:
        super().__init__(tr("Statements"))
        self.dialog: QDialog | None = None  # the one open dialog of this tab, if any
        self.add_button(tr("New statement…"), self.new_statement)
        self.record_buttons: list[QPushButton] = [
            self.add_button(tr("Edit text…"), self.edit_text),
            self.add_button(tr("Versions…"), self.show_versions),
            self.add_button(tr("Correct details…"), self.correct_details),
            self.add_button(tr("Retract…"), self.retract_statement),
            self.add_button(tr("Copy text"), self.copy_text),
            self.add_button(tr("Redact…"), self.redact_text),
        ]
        self.finish_buttons()
        # The generic details pane gives way to the statement view.
        self.view = StatementView()
        self.view.setAccessibleName(tr("Statement"))
        self.split.replaceWidget(1, self.view)
        self.details.hide()
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([380, 620])
        self._enable_record_buttons(False)

    @property
    def sheet(self) -> StatementSheet | None:
        """The statement shown, if any."""
        return self.view.sheet

    def _enable_record_buttons(self, on: bool) -> None:
        for button in self.record_buttons:
            button.setEnabled(on)

    # ---- what the frame asks of a tab ----------------------------------------------

    def set_case(self, case_id: str | None) -> None:
        """Show the statements of ``case_id``."""
        self._forget_shown()
        super().set_case(case_id)

    def clear(self) -> None:
        """Forget everything shown, open dialogs included (the vault is locking)."""
        self._forget_shown()
        super().clear()

    def _forget_shown(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()  # its finished handler deletes it
        self.view.clear()
        self._enable_record_buttons(False)

    def _records_changed(self, kind: str) -> None:
        super()._records_changed(kind)
        if kind in (self.kind, "*"):
            self.view.clear()
            self._enable_record_buttons(False)

    # ---- reading a statement -------------------------------------------------------

    def show_details(self, record_id: str) -> None:
        """Read the statement and the names of the case's persons, then show them."""
        session, case_id = self.session, self.case_id
        if session is None or case_id is None:
            return

        def work(job: Job[StatementSheet]) -> StatementSheet:
            record = show(session.vault, "statement", record_id)
            persons = _case_persons(session, str(record["case_id"]), every=True)
            return StatementSheet(record, {p.id: p.label for p in persons})

        session.run(self, work, self._show_sheet, tr("Reading"), show_progress=False)

    def _show_sheet(self, sheet: StatementSheet) -> None:
        if self.session is None or sheet.record.get("case_id") != self.case_id:
            return  # locked, or another case chosen meanwhile
        self.view.show_sheet(sheet)
        self._enable_record_buttons(True)

    # ---- dialogs -------------------------------------------------------------------

    def _open(self, dialog: QDialog, saved: Any) -> None:
        """Open ``dialog`` window-modal (the window keeps painting); ``saved`` gets its
        result when it was accepted."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                saved(getattr(dialog, "result_value", None))

        dialog.finished.connect(finished)
        dialog.open()

    def _with_persons(self, then: Any) -> None:
        session, case_id = self.session, self.case_id
        if session is None or case_id is None:
            return

        def work(job: Job[Persons]) -> Persons:
            return _case_persons(session, case_id)

        session.run(self, work, then, tr("Reading"), show_progress=False)

    def new_statement(self) -> None:
        """The form for a new statement of the selected case."""
        session, case_id = self.session, self.case_id
        if session is None or case_id is None:
            return

        def opened(persons: Persons) -> None:
            if self.session is session and self.case_id == case_id:
                dialog = NewStatementDialog(session, self, case_id, persons)
                self._open(dialog, self._added)

        self._with_persons(opened)

    def _added(self, statement: Any) -> None:
        self._changed(statement.id, ("persons", "custody"))
        self.view.say(tr("{code} saved as version 1.").format(code=statement.code))

    def edit_text(self) -> None:
        """Edit the shown statement's text and translation (saved as a new version)."""
        sheet = self.sheet
        if sheet is None or self.session is None:
            return
        self._open(EditTextDialog(self.session, self, sheet), self._edited)

    def _edited(self, edit: StatementEdit) -> None:
        sheet = self.sheet
        code = sheet.code if sheet is not None else ""
        self._changed(edit.version.statement_id, ("custody",))
        text = tr("{code}: version {n} saved.").format(code=code, n=edit.version.number)
        if edit.need_look:
            text += " " + tr(
                "{n} redaction decision(s) were on words that changed and need a new look."
            ).format(n=edit.need_look)
        self.view.say(text)

    def show_versions(self) -> None:
        """Every version of the shown statement, and what changed between two."""
        sheet = self.sheet
        if sheet is not None:
            self._open(VersionHistoryDialog(self, sheet), lambda _value: None)

    def correct_details(self) -> None:
        """Correct the shown statement's language, date, place, persons or kind."""
        sheet, session = self.sheet, self.session
        if sheet is None or session is None:
            return

        def opened(persons: Persons) -> None:
            if self.session is session and self.sheet is sheet:
                dialog = CorrectDetailsDialog(session, self, sheet, persons)
                self._open(dialog, self._corrected)

        self._with_persons(opened)

    def _corrected(self, statement: Any) -> None:
        self._changed(statement.id, ("persons", "custody"))
        self.view.say(tr("{code}: details corrected.").format(code=statement.code))

    def redact_text(self) -> None:
        """Redact the shown statement's text for an export profile (its own window,
        ``text_redaction.py``)."""
        sheet, session = self.sheet, self.session
        if sheet is not None and session is not None:
            self._open(TextRedactionDialog(session, self, sheet.id, sheet.code), lambda _v: None)

    def retract_statement(self) -> None:
        """Retract the shown statement (kept in the vault, hidden), reason and yes asked."""
        sheet, session = self.sheet, self.session
        if sheet is None or session is None:
            return
        reason = ask_reason(
            self,
            tr("Retract {code}").format(code=sheet.code),
            tr("Why is {code} retracted? (kept in the vault)").format(code=sheet.code),
        )
        if reason is None:
            return
        question = tr(
            "Retract {code}? It stays in the vault but leaves the lists, search and "
            "exports. A retraction is final."
        ).format(code=sheet.code)
        if not confirm(self, tr("Retract {code}").format(code=sheet.code), question):
            return
        if self.session is not session or self.sheet is not sheet:
            return  # locked (or the view changed) while the questions were open
        statement_id = sheet.id

        def work(job: Job[Any]) -> Any:
            return retract(session.vault, "statement", statement_id, reason)

        def done(_retraction: Any) -> None:
            session.records_changed.emit(self.kind)
            session.records_changed.emit("custody")
            self.view.say(tr("{code} was retracted.").format(code=sheet.code))

        session.run(self, work, done, tr("Retracting"), show_progress=False)

    def copy_text(self) -> None:
        """Copy the shown statement's text (the selection, if any) for 30 s at most."""
        sheet = self.sheet
        if sheet is None:
            return
        for box in (self.view.texts.original, self.view.texts.translation):
            if box.textCursor().hasSelection():
                box.copy()
                return
        guard().copy(str(sheet.record.get("body") or ""))
        self.view.say(tr("Text copied; the clipboard is cleared in 30 seconds."))

    def _changed(self, statement_id: str, also: tuple[str, ...]) -> None:
        """Tell the lists a statement changed, then read it again."""
        session = self.session
        if session is None:
            return
        session.records_changed.emit(self.kind)
        for kind in also:
            session.records_changed.emit(kind)
        self.show_details(statement_id)
