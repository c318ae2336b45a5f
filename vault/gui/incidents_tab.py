"""The Incidents & facilities tab: what happened, when, where and at which facility; the
facilities and organizations of the case.  Each list adds, corrects and retracts through
the application layer; details name related records by label, never by id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vault.app.records import list_records
from vault.gui.details_view import corrections, rows_html, utc_time, when
from vault.gui.dialogs import tr
from vault.gui.incident_form import FacilityDialog, IncidentDialog
from vault.gui.managed_tab import ManagedTab
from vault.gui.session import GuiSession
from vault.gui.workers import Job


def _links(record: dict[str, Any]) -> list[str]:
    return [f"{link['role']}: {link['other']}" for link in record.get("links") or []]


def _retracted(record: dict[str, Any]) -> str:
    gone = record.get("retracted")
    return "" if not gone else tr("retracted: {reason}").format(reason=gone.get("reason", ""))


class IncidentsList(ManagedTab):
    """The incidents of the selected case."""

    kind = "incidents"
    record_type = "incident"
    refreshes = ("facilities",)  # a facility's details list its incidents

    def __init__(self) -> None:
        super().__init__(tr("Incidents"))
        self.new_button = self.add_button(tr("New incident…"), self.new_incident)
        self.edit_button = self.add_button(tr("Correct…"), self.edit_incident, needs_selection=True)
        self.retract_button = self.add_button(
            tr("Retract…"), self.retract_selected, needs_selection=True
        )
        self.finish_buttons()
        self.set_column_widths({"type": 22, "date": 12, "place": 18, "facility": 22})

    def details_for(self, record: dict[str, Any]) -> str:
        return rows_html(
            [
                (tr("Violation"), record.get("violation_type")),
                (tr("Date"), when(record.get("date"))),
                (tr("Place"), record.get("place")),
                (tr("Facility"), record.get("facility")),
                (tr("Description"), record.get("description")),
                (tr("Links"), _links(record)),
                (tr("Retracted"), _retracted(record)),
                (tr("Corrections"), corrections(record)),
                (tr("Added"), utc_time(record.get("created_utc"))),
            ]
        )

    def label_for(self, record: dict[str, Any]) -> str:
        date = when(record.get("date"))
        return str(record["violation_type"]) + (f", {date}" if date else "")

    def _with_facilities(self, then: Callable[[list[tuple[str, str]]], None]) -> None:
        session, case_id = self.session, self.case_id
        if session is None or case_id is None:
            return
        vault = session.vault

        def work(job: Job[list[tuple[str, str]]]) -> list[tuple[str, str]]:
            listed = list_records(vault, "facilities", case_id)
            return [(f.id, f.name) for f in listed.records]

        session.run(self, work, then, tr("Reading"), show_progress=False)

    def new_incident(self) -> None:
        """Open the new-incident form (facilities of the case to pick from)."""

        def opened(facilities: list[tuple[str, str]]) -> None:
            if self.session is not None and self.case_id is not None:
                dialog = IncidentDialog(self, self.session, self.case_id, facilities)
                self.open_form(dialog, lambda saved: self.changed(saved.id))

        self._with_facilities(opened)

    def edit_incident(self) -> None:
        """Open the correction form of the selected incident."""

        def opened(incident: dict[str, Any]) -> None:
            def with_facilities(facilities: list[tuple[str, str]]) -> None:
                if self.session is not None and self.case_id is not None:
                    dialog = IncidentDialog(self, self.session, self.case_id, facilities, incident)
                    self.open_form(dialog, lambda _saved: self.changed(incident["id"]))

            self._with_facilities(with_facilities)

        self.with_selected(opened)


class FacilitiesList(ManagedTab):
    """The facilities and organizations of the selected case."""

    kind = "facilities"
    record_type = "facility"
    refreshes = ("incidents",)  # the incidents list names each facility

    def __init__(self) -> None:
        super().__init__(tr("Facilities"))
        self.new_button = self.add_button(tr("New facility…"), self.new_facility)
        self.edit_button = self.add_button(tr("Correct…"), self.edit_facility, needs_selection=True)
        self.retract_button = self.add_button(
            tr("Retract…"), self.retract_selected, needs_selection=True
        )
        self.finish_buttons()
        self.set_column_widths({"name": 28, "type": 16, "aliases": 28})

    def details_for(self, record: dict[str, Any]) -> str:
        return rows_html(
            [
                (tr("Name"), record.get("name")),
                (tr("Aliases"), record.get("aliases") or []),
                (tr("Type"), record.get("type")),
                (tr("Notes"), record.get("notes")),
                (tr("Incidents"), record.get("incidents") or []),
                (tr("Links"), _links(record)),
                (tr("Retracted"), _retracted(record)),
                (tr("Corrections"), corrections(record)),
                (tr("Added"), utc_time(record.get("created_utc"))),
            ]
        )

    def label_for(self, record: dict[str, Any]) -> str:
        return str(record["name"])

    def new_facility(self) -> None:
        """Open the new-facility form."""
        if self.session is not None and self.case_id is not None:
            dialog = FacilityDialog(self, self.session, self.case_id)
            self.open_form(dialog, lambda saved: self.changed(saved.id))

    def edit_facility(self) -> None:
        """Open the correction form of the selected facility."""

        def opened(facility: dict[str, Any]) -> None:
            if self.session is not None and self.case_id is not None:
                dialog = FacilityDialog(self, self.session, self.case_id, facility)
                self.open_form(dialog, lambda _saved: self.changed(facility["id"]))

        self.with_selected(opened)


class IncidentsTab(QWidget):
    """Incidents and facilities, one under the other's tab."""

    def __init__(self) -> None:
        super().__init__()
        self.title = tr("Incidents && facilities")
        self.incidents = IncidentsList()
        self.facilities = FacilitiesList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.incidents, tr("Incidents"))
        self.tabs.addTab(self.facilities, tr("Facilities"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def attach(self, session: GuiSession) -> None:
        """Use ``session`` (just unlocked)."""
        self.incidents.attach(session)
        self.facilities.attach(session)

    def set_case(self, case_id: str | None) -> None:
        """Show the records of ``case_id``."""
        self.incidents.set_case(case_id)
        self.facilities.set_case(case_id)

    def clear(self) -> None:
        """Forget everything shown."""
        self.incidents.clear()
        self.facilities.clear()
