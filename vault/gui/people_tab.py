"""The People tab: witnesses, victims, perpetrators, interviewers and interpreters.

New person, correction, consent and retraction, each through the application layer; the
selected person's details (code, names and aliases in their own scripts, roles, birth
date, consent now and before, statements given, links) read with labels, never raw ids.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from vault.app.forms import Saved
from vault.gui.consent_dialog import ConsentDialog, decision_text, history_rows
from vault.gui.details_view import corrections, rows_html, utc_time, when
from vault.gui.dialogs import tr
from vault.gui.managed_tab import ManagedTab
from vault.gui.person_form import EditPersonDialog, NewPersonDialog, role_label


def consent_summary(consent: dict[str, Any] | None) -> str:
    """The current consent in words: what it shares, anonymity, re-contact, since when."""
    if not consent:
        return tr("none recorded")
    parts = [decision_text(consent)]
    if not consent.get("withdrawn"):
        parts.append(tr("anonymity {choice}").format(choice=consent.get("anonymity", "")))
    parts.append(tr("may be re-contacted") if consent.get("recontact") else tr("no re-contact"))
    parts.append(tr("since {date}").format(date=when(consent.get("date"))))
    return "; ".join(parts)


def person_html(person: dict[str, Any]) -> str:
    """The details pane of a person (as ``readable_record`` gives it)."""
    history = [
        tr("No. {n}, {date}: {decision}").format(n=row[0], date=row[1], decision=row[2])
        + (f" ({row[5]})" if row[5] else "")
        for row in history_rows(person.get("consent_history") or [])
    ]
    links = [f"{link['role']}: {link['other']}" for link in person.get("links") or []]
    rows: list[tuple[str, Any]] = [
        (tr("Code"), person.get("code")),
        (tr("Name"), person.get("name")),
        (tr("Aliases"), person.get("aliases") or []),
        (tr("Roles"), ", ".join(role_label(r) for r in person.get("roles") or [])),
        (tr("Born"), when(person.get("born"))),
        (tr("Consent"), consent_summary(person.get("consent"))),
        (tr("Consent history"), history),
        (tr("Statements given"), ", ".join(person.get("statements") or [])),
        (tr("Links"), links),
        (tr("Notes"), person.get("notes")),
        (tr("Imported"), _imported(person.get("imported"))),
        (tr("Corrections"), corrections(person)),
        (tr("Added"), utc_time(person.get("created_utc"))),
    ]
    return rows_html(rows)


def _imported(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("text") or tr("from a bundle"))
    return ""


class PeopleTab(ManagedTab):
    """The persons of the selected case."""

    kind = "persons"
    record_type = "person"
    refreshes = ("statements",)  # the statements list names each witness

    def __init__(self) -> None:
        super().__init__(tr("People"))
        self.new_button = self.add_button(tr("New person…"), self.new_person)
        self.edit_button = self.add_button(tr("Correct…"), self.edit_person, needs_selection=True)
        self.consent_button = self.add_button(
            tr("Consent…"), self.open_consent, needs_selection=True
        )
        self.retract_button = self.add_button(
            tr("Retract…"), self.retract_selected, needs_selection=True
        )
        self.finish_buttons()
        self.set_column_widths({"code": 6, "name": 22, "aliases": 24, "roles": 12, "born": 10})
        self.warning_box: QMessageBox | None = None

    def set_case(self, case_id: str | None) -> None:
        self.new_button.setEnabled(case_id is not None)
        super().set_case(case_id)

    def clear(self) -> None:
        if self.warning_box is not None:  # it names people: gone with the lock
            self.warning_box.close()
            self.warning_box.deleteLater()
            self.warning_box = None
        super().clear()

    def details_for(self, record: dict[str, Any]) -> str:
        return person_html(record)

    def label_for(self, record: dict[str, Any]) -> str:
        return str(record["code"])

    def new_person(self) -> None:
        """Open the new-person form; after saving, show the person and any name clash."""
        if self.session is None or self.case_id is None:
            return
        self.open_form(NewPersonDialog(self, self.session, self.case_id), self._person_added)

    def _person_added(self, saved: Saved[Any]) -> None:
        self.changed(saved.record.id)
        if saved.warnings:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(tr("Person saved"))
            box.setText(tr("Person {code} is saved. Please check:").format(code=saved.record.code))
            box.setInformativeText("\n".join(saved.warnings))
            box.setAccessibleName(tr("Name clash"))
            self.warning_box = box
            box.open()

    def edit_person(self) -> None:
        """Open the correction form of the selected person."""

        def opened(person: dict[str, Any]) -> None:
            if self.session is not None:
                dialog = EditPersonDialog(self, self.session, person)
                self.open_form(dialog, lambda _saved: self.changed(person["id"]))

        self.with_selected(opened)

    def open_consent(self) -> None:
        """Open the selected person's consent history and decision form."""

        def opened(person: dict[str, Any]) -> None:
            if self.session is None:
                return
            dialog = ConsentDialog(self, self.session, person)
            dialog.recorded.connect(lambda: self.changed(person["id"]))
            self.open_form(dialog, lambda _saved: None)

        self.with_selected(opened)
