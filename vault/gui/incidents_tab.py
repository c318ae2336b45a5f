"""The Incidents & facilities tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vault.gui.dialogs import tr
from vault.gui.record_tab import RecordTab
from vault.gui.session import GuiSession


class IncidentsList(RecordTab):
    """The incidents of the selected case."""

    kind = "incidents"
    record_type = "incident"

    def __init__(self) -> None:
        super().__init__(tr("Incidents"))
        self.finish_buttons()


class FacilitiesList(RecordTab):
    """The facilities and organizations of the selected case."""

    kind = "facilities"
    record_type = "facility"

    def __init__(self) -> None:
        super().__init__(tr("Facilities"))
        self.finish_buttons()


class IncidentsTab(QWidget):
    """Incidents and facilities, one under the other's tab."""

    def __init__(self) -> None:
        super().__init__()
        self.title = tr("Incidents && facilities")
        self.incidents = IncidentsList()
        self.facilities = FacilitiesList()
        tabs = QTabWidget()
        tabs.addTab(self.incidents, tr("Incidents"))
        tabs.addTab(self.facilities, tr("Facilities"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tabs)

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
