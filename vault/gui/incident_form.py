"""The incident and facility forms: new ones, and corrections of existing ones.

New records are saved through ``vault.app.forms`` (``save_incident``, ``save_facility``),
corrections through ``vault.app.manage`` (``edit_incident``, ``edit_facility``), which
write one custody event naming the fields changed.  An incident's facility is picked from
the case's live facilities (read before the form opens); the core refuses one of another
case or a retracted one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from vault.app.choices import SUGGESTED_FACILITY_TYPES, SUGGESTED_VIOLATION_TYPES
from vault.app.forms import save_facility, save_incident
from vault.app.manage import edit_facility, edit_incident
from vault.core.vault import Vault
from vault.gui.dialogs import tr
from vault.gui.form_dialog import FormDialog, line_field, lines_field, lines_of
from vault.gui.session import GuiSession


def type_field(name: str, suggested: tuple[str, ...], current: str = "") -> QComboBox:
    """An editable list of suggested types: pick one or type another."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(suggested))
    box.setAccessibleName(name)
    box.setCurrentText(current)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


class IncidentDialog(FormDialog):
    """A new incident of the case (``incident`` None) or a correction of one (``incident``
    as ``show`` gives it).  ``facilities``: (id, name) of the case's live facilities."""

    def __init__(
        self,
        parent: QWidget,
        session: GuiSession,
        case_id: str,
        facilities: list[tuple[str, str]],
        incident: dict[str, Any] | None = None,
    ) -> None:
        title = tr("New incident") if incident is None else tr("Correct incident")
        super().__init__(parent, session, title)
        self.case_id = case_id
        self.incident = incident
        old = incident or {}
        self.violation = self.add_row(
            tr("Violation"),
            type_field(
                tr("Violation type"), SUGGESTED_VIOLATION_TYPES, old.get("violation_type", "")
            ),
        )
        self._date_text = str((old.get("date") or {}).get("text", ""))
        self.date = self.add_row(
            tr("Date"), line_field(tr("Date of the incident"), self._date_text)
        )
        self.date.setPlaceholderText(tr("2020-11-09, 2020-11, 2020 or around 2020"))
        self.place = self.add_row(tr("Place"), line_field(tr("Place"), old.get("place") or ""))
        self.facility = QComboBox()
        self.facility.setAccessibleName(tr("Facility"))
        self.facility.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.facility.addItem(tr("(none)"), "")
        for facility_id, name in facilities:
            self.facility.addItem(name, facility_id)
        if old.get("facility_id"):
            index = self.facility.findData(old["facility_id"])
            self.facility.setCurrentIndex(max(index, 0))
        self.add_row(tr("Facility"), self.facility)
        self.description = self.add_row(
            tr("Description"), lines_field(tr("Description"), [old.get("description") or ""])
        )
        if incident is not None:
            self.add_reason_row()

    def save_op(self) -> Callable[[Vault], Any]:
        violation = self.violation.currentText()
        date = self.date.text().strip()
        place = self.place.text().strip()
        facility = str(self.facility.currentData() or "")
        description = self.description.toPlainText().strip()
        if self.incident is None:
            case_id = self.case_id
            return lambda vault: save_incident(
                vault,
                case_id,
                violation,
                date=date or None,
                place=place or None,
                facility_id=facility or None,
                description=description or None,
            )
        reason = self.reason()
        incident_id = self.incident["id"]
        unchanged_date = date == self._date_text
        return lambda vault: edit_incident(
            vault,
            incident_id,
            violation_type=violation,
            date=None if unchanged_date else date,  # "" clears it
            place=place,
            facility_id=facility,
            description=description,
            reason=reason,
        )


class FacilityDialog(FormDialog):
    """A new facility or organization (``facility`` None) or a correction of one."""

    def __init__(
        self,
        parent: QWidget,
        session: GuiSession,
        case_id: str,
        facility: dict[str, Any] | None = None,
    ) -> None:
        title = tr("New facility") if facility is None else tr("Correct facility")
        super().__init__(parent, session, title)
        self.case_id = case_id
        self.facility = facility
        old = facility or {}
        self.name = self.add_row(tr("Name"), line_field(tr("Name"), old.get("name", "")))
        self.aliases = self.add_row(
            tr("Aliases (one a line)"),
            lines_field(tr("Aliases, one a line"), old.get("aliases") or []),
        )
        self.type = self.add_row(
            tr("Type"),
            type_field(tr("Facility type"), SUGGESTED_FACILITY_TYPES, old.get("type", "facility")),
        )
        self.notes = self.add_row(tr("Notes"), lines_field(tr("Notes"), [old.get("notes") or ""]))
        if facility is not None:
            self.add_reason_row()

    def save_op(self) -> Callable[[Vault], Any]:
        name = self.name.text()
        aliases = lines_of(self.aliases)
        kind = self.type.currentText()
        notes = self.notes.toPlainText().strip()
        if self.facility is None:
            case_id = self.case_id
            return lambda vault: save_facility(vault, case_id, name, aliases, kind, notes or None)
        reason = self.reason()
        facility_id = self.facility["id"]
        return lambda vault: edit_facility(
            vault,
            facility_id,
            name=name,
            aliases=aliases,
            facility_type=kind,
            notes=notes,
            reason=reason,
        )
