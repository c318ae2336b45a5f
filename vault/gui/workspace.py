"""The unlocked vault: cases on the left; for the selected case, tabs for Statements,
People, Incidents & facilities, Evidence and the Custody log; a search field over
everything whose results, grouped by kind, open the record they name."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault.app.forms import save_case
from vault.app.records import SearchHit, list_records, search
from vault.gui.custody_tab import CustodyTab
from vault.gui.dialogs import tr
from vault.gui.evidence_tab import EvidenceTab
from vault.gui.incidents_tab import IncidentsTab
from vault.gui.people_tab import PeopleTab
from vault.gui.session import GuiSession
from vault.gui.statements_tab import StatementsTab
from vault.gui.workers import Job

SEARCH_LIMIT = 200
_KIND_LABELS = {
    "statement": "Statements",
    "person": "People",
    "attachment": "Evidence",
    "incident": "Incidents",
    "facility": "Facilities",
    "case": "Cases",
}


class CaseView(Protocol):
    """What the workspace asks of each tab."""

    title: str

    def attach(self, session: GuiSession) -> None: ...
    def set_case(self, case_id: str | None) -> None: ...
    def clear(self) -> None: ...


class Workspace(QWidget):
    """Cases, the selected case's tabs, and search."""

    case_selected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.session: GuiSession | None = None
        self.case_id: str | None = None
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.cases = QListWidget()
        self.cases.setAccessibleName(tr("Cases"))
        # A long title is cut with "…" (its tooltip holds it whole), not scrolled sideways.
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setTextElideMode(Qt.TextElideMode.ElideRight)
        left_layout.addWidget(self.cases, 1)
        self.new_case_button = QPushButton(tr("New case…"))
        left_layout.addWidget(self.new_case_button)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            tr("Search names, codes, statements and files in every case")
        )
        self.search_field.setAccessibleName(tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        right_layout.addWidget(self.search_field)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([tr("Found"), tr("Case"), tr("Where")])
        self.results.setAccessibleName(tr("Search results"))
        self.results.hide()
        right_layout.addWidget(self.results, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Case records"))
        self.statements = StatementsTab()
        self.people = PeopleTab()
        self.incidents = IncidentsTab()
        self.evidence = EvidenceTab()
        self.custody = CustodyTab()
        self.views: list[Any] = [
            self.statements,
            self.people,
            self.incidents,
            self.evidence,
            self.custody,
        ]
        for view in self.views:
            self.tabs.addTab(view, view.title)
        right_layout.addWidget(self.tabs, 4)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([240, 960])
        self.cases.currentItemChanged.connect(self._case_changed)
        self.new_case_button.clicked.connect(self._new_case)
        self.search_field.returnPressed.connect(self._search)
        self.search_field.textChanged.connect(self._search_cleared)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)

    # ---- session --------------------------------------------------------------------

    def open_session(self, session: GuiSession, case_id: str | None = None) -> None:
        """Show the unlocked vault of ``session`` (selecting ``case_id`` if given)."""
        self.session = session
        for view in self.views:
            view.attach(session)
        session.records_changed.connect(self._records_changed)
        self.load_cases(select=case_id)

    def clear(self) -> None:
        """Forget every case, row, preview and result (the vault is locking)."""
        self.session = None
        self.case_id = None
        self.cases.blockSignals(True)
        self.cases.clear()
        self.cases.blockSignals(False)
        self.search_field.clear()
        self.results.clear()
        self.results.hide()
        for view in self.views:
            view.clear()

    def _records_changed(self, kind: str) -> None:
        if kind == "cases":
            self.load_cases(select=self.case_id)

    def load_cases(self, select: str | None = None) -> None:
        """Read the case list in the background and select ``select`` (else the first)."""
        session = self.session
        if session is None:
            return

        def work(job: Job[list[Any]]) -> list[Any]:
            return list_records(session.vault, "cases").records

        def done(cases: list[Any]) -> None:
            if self.session is not session:
                return
            self.cases.blockSignals(True)
            self.cases.clear()
            chosen = None
            for case in cases:
                item = QListWidgetItem(f"{case.code}  {case.title}")
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                item.setToolTip(case.title)
                self.cases.addItem(item)
                if case.id == select:
                    chosen = item
            self.cases.blockSignals(False)
            if chosen is None and self.cases.count():
                chosen = self.cases.item(0)
            if chosen is not None:
                self.cases.setCurrentItem(chosen)
            else:
                self._show_case(None)

        session.run(self, work, done, tr("Reading cases"), show_progress=False)

    def _case_changed(self, current: QListWidgetItem | None, _old: object) -> None:
        self._show_case(None if current is None else current.data(Qt.ItemDataRole.UserRole))

    def _show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        for view in self.views:
            view.set_case(case_id)
        if case_id is not None:
            self.case_selected.emit(case_id)

    def _new_case(self) -> None:
        session = self.session
        if session is None:
            return
        title, ok = QInputDialog.getText(self, tr("New case"), tr("Title of the case:"))
        if not ok or not title.strip():
            return

        def work(job: Job[Any]) -> Any:
            return save_case(session.vault, title.strip(), None)

        def done(case: Any) -> None:
            self.case_id = case.id
            session.records_changed.emit("cases")

        session.run(self, work, done, tr("Saving"), show_progress=False)

    # ---- search ---------------------------------------------------------------------

    def _search_cleared(self, text: str) -> None:
        if not text.strip():
            self.results.clear()
            self.results.hide()

    def _search(self) -> None:
        session = self.session
        query = self.search_field.text().strip()
        if session is None or not query:
            return

        def work(job: Job[list[SearchHit]]) -> list[SearchHit]:
            return search(session.vault, query, limit=SEARCH_LIMIT)

        session.run(self, work, self.show_results, tr("Searching"), show_progress=False)

    def show_results(self, hits: list[SearchHit]) -> None:
        """Show ``hits`` grouped by record kind."""
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.record_type)
            if group is None:
                label = tr(_KIND_LABELS.get(hit.record_type, hit.record_type))
                group = QTreeWidgetItem([label])
                group.setFirstColumnSpanned(True)
                self.results.addTopLevelItem(group)
                groups[hit.record_type] = group
            snippet = hit.snippet.replace("\n", " ")
            item = QTreeWidgetItem([snippet, hit.case_code, hit.field])
            item.setData(0, Qt.ItemDataRole.UserRole, (hit.record_type, hit.record_id, hit.case_id))
            group.addChild(item)
        if not hits:
            self.results.addTopLevelItem(QTreeWidgetItem([tr("Nothing found.")]))
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.results.expandAll()
        self.results.resizeColumnToContents(1)
        self.results.show()

    def _open_result(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = item.data(0, Qt.ItemDataRole.UserRole)
        if not found:
            return
        record_type, record_id, case_id = found
        self.open_record(record_type, record_id, case_id)

    def open_record(self, record_type: str, record_id: str, case_id: str) -> None:
        """Select ``case_id`` and show the record in its tab."""
        if case_id != self.case_id:
            for row in range(self.cases.count()):
                if self.cases.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                    self.cases.setCurrentRow(row)
                    break
        target: Any = {
            "statement": self.statements,
            "person": self.people,
            "attachment": self.evidence,
            "incident": self.incidents.incidents,
            "facility": self.incidents.facilities,
        }.get(record_type)
        if target is None:
            return
        tab = self.incidents if record_type in ("incident", "facility") else target
        self.tabs.setCurrentWidget(tab)
        target.select_record(record_id)
