"""A record tab whose records a person adds, corrects and retracts (people, incidents,
facilities): the selected record read with readable labels, forms opened window-modal
(never a nested event loop), and retraction after a reason and an explicit yes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vault.app.labels import readable_record
from vault.app.manage import retract
from vault.gui.dialogs import ask_reason, confirm, tr
from vault.gui.record_tab import RecordTab
from vault.gui.workers import Job


class ManagedTab(RecordTab):
    """A RecordTab with forms and retraction.  Subclasses set ``kind``, ``record_type``,
    ``refreshes`` and implement ``details_for`` and ``label_for``."""

    refreshes: tuple[str, ...] = ()  # list kinds that show this record's fields

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.dialog: Any = None  # the form open now (tests reach it here)
        self.current: dict[str, Any] | None = None  # the record in the details pane
        self._reselect: str | None = None  # select this record's row when it arrives
        self.model.dataChanged.connect(self._rows_arrived)

    def set_column_widths(self, widths: dict[str, int]) -> None:
        """Starting widths of the list's columns by key, in average characters (a person
        may still drag them)."""
        char = self.table.fontMetrics().averageCharWidth()
        for i, column in enumerate(self.model.spec.columns):
            if column.key in widths:
                self.table.setColumnWidth(i, widths[column.key] * char + 16)

    def details_for(self, record: dict[str, Any]) -> str:
        """The details pane's HTML for ``record`` (as ``readable_record`` gives it)."""
        raise NotImplementedError

    def label_for(self, record: dict[str, Any]) -> str:
        """How questions about ``record`` name it ("W-003", "torture, 2020")."""
        raise NotImplementedError

    def set_case(self, case_id: str | None) -> None:
        self.current = None
        self._reselect = None
        super().set_case(case_id)

    def clear(self) -> None:
        self.current = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        super().clear()

    # ---- reading --------------------------------------------------------------------

    def show_details(self, record_id: str) -> None:
        self.read(record_id, self.render_details)

    def render_details(self, record: dict[str, Any]) -> None:
        self.current = record
        self.details.setHtml(self.details_for(record))
        self._enable_selection_buttons(True)  # they act on the record shown

    def _records_changed(self, kind: str) -> None:
        if kind == self.kind or kind == "*":
            self.current = None  # its details are cleared; the buttons wait for a record
            self._enable_selection_buttons(False)
        super()._records_changed(kind)

    def read(self, record_id: str, then: Callable[[dict[str, Any]], None]) -> None:
        """Read the record with labels in the background, then call ``then`` with it."""
        session = self.session
        if session is None:
            return
        vault, kind = session.vault, self.record_type

        def work(job: Job[dict[str, Any]]) -> dict[str, Any]:
            return readable_record(vault, kind, record_id)

        session.run(self, work, then, tr("Reading"), show_progress=False)

    def target_id(self) -> str | None:
        """The record the buttons act on: the selected row's, or else the one the details
        pane shows (a list read again after a save has no selection until its rows are
        back)."""
        selected = self.selected_id()
        if selected is not None:
            return selected
        return None if self.current is None else str(self.current["id"])

    def with_selected(self, then: Callable[[dict[str, Any]], None]) -> None:
        """Read the record the buttons act on afresh, then call ``then`` with it."""
        record_id = self.target_id()
        if record_id is not None:
            self.read(record_id, then)

    def changed(self, record_id: str | None = None) -> None:
        """After a write: the lists that show these records read again (and the custody
        log); ``record_id`` shown afresh in the details pane."""
        if self.session is None:
            return
        self._reselect = record_id
        for kind in (self.kind, *self.refreshes, "custody"):
            self.session.records_changed.emit(kind)
        if record_id is not None:
            self.show_details(record_id)
        else:
            self.current = None
            self._enable_selection_buttons(False)

    def _rows_arrived(self, top: Any, bottom: Any) -> None:
        # Rows read again after a save: select the saved record if it is among them.
        wanted = self._reselect
        if wanted is None:
            return
        for row in range(top.row(), bottom.row() + 1):
            if self.model.record_id(row) == wanted:
                self._reselect = None
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    # ---- forms and retraction -------------------------------------------------------

    def open_form(self, dialog: Any, on_saved: Callable[[Any], None]) -> None:
        """Open ``dialog`` (a FormDialog) window-modal; ``on_saved(what it saved)``."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_saved(dialog.saved))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def retract_selected(self) -> None:
        """Retract the selected record (entered by mistake): it stays in the vault, hidden
        from lists, search and exports.  Asks why, then asks for an explicit yes."""

        def opened(record: dict[str, Any]) -> None:
            session = self.session
            if session is None:
                return
            label = self.label_for(record)
            title = tr("Retract {what}").format(what=label)
            reason = ask_reason(
                self, title, tr("Why is {what} retracted? (kept in the vault)").format(what=label)
            )
            if reason is None:
                return
            question = tr(
                "Retract {what}? It stays in the vault but is hidden from lists, search and "
                "exports. A retraction cannot be undone."
            ).format(what=label)
            if not confirm(self, title, question):
                return
            vault, kind, record_id = session.vault, self.record_type, str(record["id"])

            def work(job: Job[Any]) -> Any:
                return retract(vault, kind, record_id, reason)

            session.run(self, work, lambda _done: self.changed(), tr("Retracting"))

        self.with_selected(opened)
