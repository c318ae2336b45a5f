"""The "Decide" page of the redaction view: the statement's original and translation with
the proposals highlighted, the current proposal described (what, why, whom, status), the
decision buttons, and the list of proposals and spans filtered by status.

It shows and navigates; the dialog (``text_redaction.py``) connects the buttons and
does the work in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.app import text_redaction as app
from vault.gui.dialogs import tr
from vault.gui.redaction_list import (
    FILTERS,
    ProposalTableModel,
    kind_label,
    reason_label,
    status_label,
)
from vault.gui.text_marks import Offsets, paint_proposals, selected_span
from vault.gui.text_pair import StatementTextBox, text_box

MAX_COLUMN = 300  # pixels: a long phone-number explanation must not push the rest away


def _button(row: QHBoxLayout, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter in the list must not decide anything
    row.addWidget(button)
    return button


class DecidePane(QWidget):
    """The texts with their proposals, the current one, the buttons and the list."""

    def __init__(self) -> None:
        super().__init__()
        self.view: app.RedactionView | None = None
        self.current: str | None = None  # the redaction id the keys act on
        self.busy = False
        self.offsets = {"body": Offsets(""), "translation": Offsets("")}
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        texts = QWidget()
        pair = QHBoxLayout(texts)
        pair.setContentsMargins(0, 0, 0, 0)
        self.original = text_box(tr("Original text"), read_only=True)
        self.translation = text_box(tr("Translation"), read_only=True)
        self.translation_column = QWidget()
        for box, title, holder in (
            (self.original, tr("Original"), QWidget()),
            (self.translation, tr("Translation"), self.translation_column),
        ):
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(title))
            column.addWidget(box, 1)
            pair.addWidget(holder, 1)
        split.addWidget(texts)

        below = QWidget()
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        self.reason = QLabel(tr("Select a proposal in the list or press N."))
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(tr("Selected proposal"))
        lower.addWidget(self.reason)
        row = QHBoxLayout()
        self.accept_button = _button(row, tr("&Accept (A)"))
        self.reject_button = _button(row, tr("&Reject (R)"))
        self.person_button = _button(row, tr("Accept all of this person"))
        self.all_button = _button(row, tr("Accept all"))
        self.span_button = _button(row, tr("Redact selection… (S)"))
        self.undo_button = _button(row, tr("Undo (Ctrl+Z)"))
        row.addStretch(1)
        self.filter = QComboBox()
        for text, _statuses in FILTERS:
            self.filter.addItem(tr(text))
        self.filter.setAccessibleName(tr("Show proposals"))
        shown = QLabel(tr("Show:"))
        shown.setBuddy(self.filter)
        row.addWidget(shown)
        row.addWidget(self.filter)
        lower.addLayout(row)
        self.model = ProposalTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Proposals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        lower.addWidget(self.table, 1)
        split.addWidget(below)
        split.setSizes([330, 390])
        layout.addWidget(split, 1)

    # ---- showing -------------------------------------------------------------------

    def show_view(self, view: app.RedactionView) -> None:
        """Show ``view``'s texts and proposals; the current proposal stays current if it
        is still there, else the first one waiting for a decision becomes current."""
        self.view = view
        self.offsets = {"body": Offsets(view.body), "translation": Offsets(view.translation or "")}
        if self.original.toPlainText() != view.body:
            self.original.setPlainText(view.body)
        if self.translation.toPlainText() != (view.translation or ""):
            self.translation.setPlainText(view.translation or "")
        self.translation_column.setVisible(view.translation is not None)
        self.model.set_proposals(view.proposals)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        if self.current not in {p.id for p in view.proposals}:
            waiting = [p.id for p in view.proposals if p.undecided]
            self.current = waiting[0] if waiting else None
        self.select(self.current)

    def clear(self) -> None:
        """Forget the statement's words shown here (the view is closing)."""
        self.view = None
        self.current = None
        self.model.clear()
        for box in (self.original, self.translation):
            box.setExtraSelections([])
            box.clear()

    # ---- the current proposal --------------------------------------------------------

    def current_proposal(self) -> app.Proposal | None:
        """The proposal the keys act on, if any."""
        if self.view is None or self.current is None:
            return None
        return next((p for p in self.view.proposals if p.id == self.current), None)

    def select(self, redaction_id: str | None) -> None:
        """Make ``redaction_id`` current: its row selected, its words highlighted."""
        self.current = redaction_id
        row = self.model.row_of(redaction_id)
        selection = self.table.selectionModel()
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        else:
            selection.clearSelection()
        self.paint()

    def paint(self) -> None:
        """Highlight the proposals, describe the current one, enable what applies to it."""
        view = self.view
        proposals = [] if view is None else view.proposals
        for field, box in (("body", self.original), ("translation", self.translation)):
            mine = [p for p in proposals if p.field == field]
            paint_proposals(box, self.offsets[field], mine, self.current)
        proposal = self.current_proposal()
        if proposal is None:
            self.reason.setText(tr("Select a proposal in the list or press N."))
        else:
            self.reason.setText(_describe(proposal))
        self.accept_button.setEnabled(proposal is not None and not self.busy)
        self.reject_button.setEnabled(proposal is not None and not self.busy)
        self.person_button.setEnabled(
            proposal is not None and proposal.person_id is not None and not self.busy
        )

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        proposal = self.model.proposal(index.row())
        if proposal is not None and proposal.id != self.current:
            self.current = proposal.id
            self.paint()

    def _filter_changed(self, index: int) -> None:
        self.model.set_filter(FILTERS[index][1])
        self.select(self.current if self.model.row_of(self.current) >= 0 else None)

    def step(self, forward: bool) -> None:
        """Move to the next (or previous) proposal in the list as filtered."""
        shown = self.model.shown
        if not shown:
            return
        row = self.model.row_of(self.current)
        if row < 0:
            row = 0 if forward else len(shown) - 1
        else:
            row = min(row + 1, len(shown) - 1) if forward else max(row - 1, 0)
        self.select(shown[row].id)

    def after(self, proposal: app.Proposal) -> str | None:
        """The next undecided proposal after ``proposal`` in reading order, else the
        proposal itself: where a person deciding one by one goes next."""
        view = self.view
        if view is None:
            return None
        order = view.proposals
        start = next((i for i, p in enumerate(order) if p.id == proposal.id), -1)
        for other in order[start + 1 :] + order[:start]:
            if other.undecided:
                return other.id
        return proposal.id

    def selection(self) -> tuple[str, int, int] | None:
        """The words selected in the original or the translation (the one with the
        focus first) as (field, start, end) in Python offsets; None without a selection."""
        boxes: list[tuple[str, StatementTextBox]] = [
            ("body", self.original),
            ("translation", self.translation),
        ]
        if self.translation.hasFocus():
            boxes.reverse()
        for field, box in boxes:
            span = selected_span(box, self.offsets[field])
            if span is not None:
                return field, span[0], span[1]
        return None


def _describe(proposal: app.Proposal) -> str:
    """The current proposal in one line: the words, what they are and why, the reason,
    whom they name, the status."""
    what = kind_label(proposal.kind)
    if proposal.explanation:
        what = f"{what} ({proposal.explanation})"
    parts = [f"“{proposal.text}”", what, reason_label(proposal.reason)]
    if proposal.person:
        parts.append(proposal.person)
    parts.append(status_label(proposal.status))
    return " — ".join(parts)
