"""A table model over one list of records, read a page at a time by the page reader.

The model never holds more than the pages a view has asked for; sorting and filtering
start a new generation (the reader drops older requests) and are done by the database.
Until a page arrives its cells read "…".  :meth:`clear` forgets every row (locking).
"""

from __future__ import annotations

import contextlib
import itertools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vault.app import pages
from vault.app.readable import shown
from vault.gui.dialogs import tr
from vault.gui.page_reader import PageAnswer, PageReader, PageRequest

PAGE_SIZE = 200
PLACEHOLDER = "…"
_OWNERS = itertools.count(1)
Index = QModelIndex | QPersistentModelIndex


class PagedListModel(QAbstractTableModel):
    """The live records of one kind in one case, as the reader pages them in."""

    failed = Signal(object)  # an exception met while reading (shown by the view's owner)
    counted = Signal(int)  # how many rows the current scope and filter hold

    def __init__(
        self, kind: str, reader: PageReader | None = None, parent: QObject | None = None
    ) -> None:
        """``parent``: the view's owner, so the model ends with it on the GUI thread (a
        model Python owns may be freed by a collection on a job thread while its view
        paints)."""
        super().__init__(parent)
        self.kind = kind
        self.spec = pages.spec(kind)
        self._owner = next(_OWNERS)
        self._reader: PageReader | None = None
        self._generation = 0
        self._case_id: str | None = None
        self._text = ""
        self._sort: str | None = None
        self._descending = False
        self._count = 0
        self._pages: dict[int, list[pages.Row]] = {}
        self._asked: set[int] = set()
        if reader is not None:
            self.attach(reader)

    # ---- scope ----------------------------------------------------------------------

    def attach(self, reader: PageReader) -> None:
        """Read through ``reader`` (a new one after each unlock)."""
        self._reader = reader
        reader.answered.connect(self._answered)

    def set_case(self, case_id: str | None) -> None:
        """Show the records of ``case_id`` (None: nothing)."""
        self._case_id = case_id
        self._restart()

    def set_filter(self, text: str) -> None:
        """Keep the rows whose searched columns contain ``text`` (folded)."""
        if text != self._text:
            self._text = text
            self._restart()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in the database (the view's header calls this)."""
        if not 0 <= column < len(self.spec.columns):
            return
        self._sort = self.spec.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._restart()

    def refresh(self) -> None:
        """Read again (after a change to the records)."""
        self._restart()

    def clear(self) -> None:
        """Forget every row and the case (the vault is locking)."""
        if self._reader is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._reader.answered.disconnect(self._answered)
        self._reader = None
        self._case_id = None
        self._restart()

    def _restart(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._asked.clear()
        self._count = 0
        self.endResetModel()
        if self._reader is not None and self._case_id is not None:
            self._reader.ask(self._request(None))

    def _request(self, offset: int | None) -> PageRequest:
        assert self._case_id is not None
        return PageRequest(
            self._owner,
            self._generation,
            self.kind,
            self._case_id,
            offset,
            PAGE_SIZE,
            self._sort,
            self._descending,
            self._text,
        )

    def _answered(self, answer: PageAnswer) -> None:
        request = answer.request
        if request.owner != self._owner or request.generation != self._generation:
            return
        if answer.error is not None:
            self.failed.emit(answer.error)
            return
        if request.offset is None:
            if answer.first_page:  # shown while the list is still being counted
                self._pages[0] = answer.rows
                self._asked.add(0)
                self._resize(len(answer.rows))
                return
            assert answer.count is not None
            self._resize(answer.count)
            self.counted.emit(answer.count)
            return
        first = request.offset // PAGE_SIZE
        self._pages[first] = answer.rows
        top = self.index(request.offset, 0)
        last_row = min(request.offset + len(answer.rows), self._count) - 1
        if last_row >= request.offset:
            self.dataChanged.emit(top, self.index(last_row, len(self.spec.columns) - 1))

    def _resize(self, count: int) -> None:
        """Grow (or, if rows went since the first page, shrink) to ``count`` rows."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    # ---- what the view reads --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.spec.columns):
            return tr(self.spec.columns[section].label)
        return None

    def row_at(self, row: int) -> pages.Row | None:
        """The record of ``row`` if its page has arrived (asking for it otherwise)."""
        number = row // PAGE_SIZE
        found = self._pages.get(number)
        if found is None:
            if number not in self._asked and self._reader is not None and self._case_id:
                self._asked.add(number)
                self._reader.ask(self._request(number * PAGE_SIZE))
            return None
        index = row - number * PAGE_SIZE
        return found[index] if index < len(found) else None

    def record_id(self, row: int) -> str | None:
        """The id of the record on ``row`` (None until its page arrived)."""
        found = self.row_at(row)
        return None if found is None else found.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        found = self.row_at(index.row())
        if found is None:
            return PLACEHOLDER
        value = found.values[index.column()]
        # A file name with a right-to-left override must not read as another name.
        return "" if value is None else shown(str(value))
