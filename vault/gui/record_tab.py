"""One tab of a case: a filter field, a table of its records paged in from the database,
buttons for what can be done, and the selected record's details.

The tabs of the workspace (statements, people, incidents and facilities, evidence,
custody log) are this shape; each adds its own buttons and detail view.  The details of a
record are read in the background (``vault.app.records.show``) and shown as labelled
lines; ids are left out (codes name records), empty values too.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vault.app.readable import shown
from vault.app.records import show
from vault.gui.dialogs import show_failure, tr
from vault.gui.list_model import PagedListModel
from vault.gui.session import GuiSession
from vault.gui.workers import Job

FILTER_DELAY_MS = 250
_SKIPPED = {"id", "case_id", "current_version_id", "hash_salt", "wrapped_key"}


def details_html(record: dict[str, Any]) -> str:
    """A record's fields as an HTML table of labelled lines: ids and empty values left
    out, lists joined, nested records (versions, consent history) one line each."""
    rows = []
    for key, value in record.items():
        if key in _SKIPPED or key.endswith("_id") or value in (None, "", [], {}):
            continue
        label = key.replace("_", " ")
        rows.append(
            f"<tr><th align=left valign=top>{html.escape(label)}</th>"
            f"<td>{_value_html(value)}</td></tr>"
        )
    return "<table cellspacing=4>" + "".join(rows) + "</table>"


def _value_html(value: Any) -> str:
    if isinstance(value, list):
        return "<br>".join(_value_html(item) for item in value)
    if isinstance(value, dict):
        parts = [
            f"{html.escape(str(k).replace('_', ' '))}: {html.escape(_plain(v))}"
            for k, v in value.items()
            if k not in _SKIPPED and not str(k).endswith("_id") and v not in (None, "", [])
        ]
        return "; ".join(parts)
    return html.escape(_plain(value)).replace("\n", "<br>")


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    text = str(value)
    if len(text) >= 20 and text[:4].isdigit() and "T" in text[10:11]:  # an ISO time
        return text[:16].replace("T", " ") + " UTC"
    return shown(text, keep="\n")  # a file name's invisible characters escaped


class RecordTab(QWidget):
    """A list of one kind of record of the selected case, with details beside it."""

    kind = ""  # the list kind (vault.core.pages.SPECS)
    record_type = ""  # what ``show`` calls it

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.session: GuiSession | None = None
        self.case_id: str | None = None
        self.model = PagedListModel(self.kind, parent=self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter this list"))
        self.filter.setAccessibleName(tr("Filter {what}").format(what=title))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(title)
        self.split.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Details"))
        self.details.setOpenLinks(False)
        self.split.addWidget(self.details)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout.addWidget(self.split, 1)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(self._filter_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(lambda exc: show_failure(self, exc))

    def add_button(self, text: str, slot: Any, *, needs_selection: bool = False) -> QPushButton:
        """A button in the tab's button row; disabled until a row is selected if
        ``needs_selection``."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        if needs_selection:
            button.setEnabled(False)
            button.setProperty("needs_selection", True)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        """Call after the last ``add_button``: pushes the buttons to the left."""
        self.buttons.addStretch(1)

    # ---- the session ----------------------------------------------------------------

    def attach(self, session: GuiSession) -> None:
        """Use ``session`` (just unlocked)."""
        self.session = session
        self.model.attach(session.reader)
        session.records_changed.connect(self._records_changed)

    def set_case(self, case_id: str | None) -> None:
        """Show the records of ``case_id``."""
        self.case_id = case_id
        self.details.clear()
        self._enable_selection_buttons(False)
        self.model.set_case(case_id)

    def clear(self) -> None:
        """Forget everything shown (the vault is locking)."""
        self.session = None
        self.case_id = None
        self.filter.clear()
        self.details.clear()
        self.count_label.clear()
        self.model.clear()

    def _records_changed(self, kind: str) -> None:
        if kind == self.kind or kind == "*":
            self.model.refresh()
            self.details.clear()

    def _counted(self, count: int) -> None:
        self.count_label.setText(tr("{n} shown").format(n=count))

    # ---- selection and details ------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _enable_selection_buttons(self, on: bool) -> None:
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            widget = None if item is None else item.widget()
            if widget is not None and widget.property("needs_selection"):
                widget.setEnabled(on)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        record_id = self.selected_id()
        self._enable_selection_buttons(record_id is not None)
        if record_id is not None:
            self.show_details(record_id)

    def select_record(self, record_id: str) -> None:
        """Show ``record_id``'s details (a search result was clicked)."""
        self.show_details(record_id)

    def show_details(self, record_id: str) -> None:
        """Read the record in the background and show its details."""
        session = self.session
        if session is None or not self.record_type:
            return
        kind = self.record_type

        def work(job: Job[dict[str, Any]]) -> dict[str, Any]:
            return show(session.vault, kind, record_id)

        session.run(self, work, self.render_details, tr("Reading"), show_progress=False)

    def render_details(self, record: dict[str, Any]) -> None:
        """Show ``record`` (as ``show`` returns it) in the details pane."""
        self.details.setHtml(details_html(record))
