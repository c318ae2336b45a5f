"""The person forms: a new person of the case, and a correction of one.

Names and aliases are typed in any script (one alias a line); the core cleans and checks
them.  A new person is saved through ``vault.app.forms.save_person``, whose warnings
(a name or alias another person of the case already has) are shown after saving.  A
correction goes through ``vault.app.manage.edit_person``: names, aliases, roles added or
dropped, date of birth; the core refuses what it must (dropping a role a statement still
gives the person, dropping the last role) and writes one custody event naming the fields
changed, never their values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from vault.app.choices import ROLES
from vault.app.forms import PersonForm, save_person
from vault.app.manage import edit_person
from vault.core.vault import Vault
from vault.gui.dialogs import tr
from vault.gui.form_dialog import FormDialog, line_field, lines_field, lines_of
from vault.gui.session import GuiSession


def role_label(role: str) -> str:
    """A role as the window shows it."""
    return tr(role.capitalize())


class NewPersonDialog(FormDialog):
    """A new person of the case: name, aliases, first role, date of birth, notes."""

    def __init__(self, parent: QWidget, session: GuiSession, case_id: str) -> None:
        super().__init__(parent, session, tr("New person"))
        self.case_id = case_id
        self.name = self.add_row(tr("Name"), line_field(tr("Name")))
        self.aliases = self.add_row(
            tr("Aliases (one a line)"), lines_field(tr("Aliases, one a line"))
        )
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.add_row(tr("Role"), self.role)
        self.born = self.add_row(tr("Born"), line_field(tr("Date of birth")))
        self.born.setPlaceholderText(tr("1984-03-02, 1984-03, 1984 or around 1984"))
        self.notes = self.add_row(tr("Notes"), lines_field(tr("Notes")))

    def save_op(self) -> Callable[[Vault], Any]:
        form = PersonForm(
            case_id=self.case_id,
            name=self.name.text(),
            role=str(self.role.currentData()),
            aliases=tuple(lines_of(self.aliases)),
            born=self.born.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )
        return lambda vault: save_person(vault, form)


class EditPersonDialog(FormDialog):
    """A correction of a person: primary name, aliases, roles, date of birth.  The code
    stays (W-001 remains W-001 when the witness role is dropped)."""

    def __init__(self, parent: QWidget, session: GuiSession, person: dict[str, Any]) -> None:
        super().__init__(parent, session, tr("Correct person {code}").format(code=person["code"]))
        self.person = person
        note = QLabel(
            tr(
                "The correction replaces what is shown everywhere; the custody log keeps "
                "that it was made, by whom and when, and which fields changed; the "
                "reason stays in the vault with it and is never exported."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.name = self.add_row(tr("Name"), line_field(tr("Name"), person["name"]))
        self.aliases = self.add_row(
            tr("Aliases (one a line)"),
            lines_field(tr("Aliases, one a line"), person.get("aliases") or []),
        )
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[str, QCheckBox] = {}
        for i, role in enumerate(ROLES):
            box = QCheckBox(role_label(role))
            box.setAccessibleName(tr("Role {role}").format(role=role_label(role)))
            box.setChecked(role in person.get("roles", []))
            grid.addWidget(box, i // 3, i % 3)
            self.roles[role] = box
        self.add_row(tr("Roles"), roles)
        born = person.get("born") or {}
        self._born_text = str(born.get("text", ""))
        self.born = self.add_row(tr("Born"), line_field(tr("Date of birth"), self._born_text))
        self.born.setPlaceholderText(tr("empty: no date of birth"))
        self.add_reason_row()

    def save_op(self) -> Callable[[Vault], Any]:
        reason = self.reason()
        had = set(self.person.get("roles", []))
        wanted = {role for role, box in self.roles.items() if box.isChecked()}
        born_text = self.born.text().strip()
        born = None if born_text == self._born_text else born_text  # "" clears it
        person_id = self.person["id"]
        name = self.name.text()
        aliases = lines_of(self.aliases)
        add = [r for r in ROLES if r in wanted - had]
        drop = [r for r in ROLES if r in had - wanted]
        return lambda vault: edit_person(
            vault,
            person_id,
            name=name,
            aliases=aliases,
            add_roles=add,
            drop_roles=drop,
            born=born,
            reason=reason,
        )
