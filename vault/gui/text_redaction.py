"""Redacting one statement's text for an export profile: the proposals highlighted in the
original and the translation, each with what it is and whom it names; accept or reject
one, every one of a person, or all; a span added by selecting words; the last decision
undone; the list of proposals with a status filter; and the text as the profile's export
will carry it.

Keyboard: A accepts, R rejects, N / P (or the arrow keys in the list) move to the next
or previous proposal, S redacts the selected words, Ctrl+Z undoes the last decision.

Every read and write runs in the background through ``vault.app.text_redaction``; a
refusal from there (an overlapping span) is shown inline in its own words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault.app import text_redaction as app
from vault.app.failures import describe_failure
from vault.core.errors import VaultError
from vault.core.vault import Vault
from vault.gui.dialogs import show_failure, tr
from vault.gui.redaction_list import (
    FILTERS,
    ProposalTableModel,
    kind_label,
    reason_label,
    status_label,
)
from vault.gui.session import GuiSession
from vault.gui.text_marks import Offsets, paint_proposals, selected_span
from vault.gui.text_pair import StatementTextBox, text_box
from vault.gui.text_preview import ExportedTextView
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job

Loaded = tuple[app.Change | None, app.RedactionView]
MAX_COLUMN = 300  # pixels: a long phone-number explanation must not push the rest away


class TextRedactionDialog(QDialog):
    """The redaction view of one statement (window-modal over the Statements tab)."""

    def __init__(
        self,
        session: GuiSession,
        parent: QWidget,
        statement_id: str,
        code: str,
        profile: str = "media",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.statement_id = statement_id
        self.view: app.RedactionView | None = None
        self.current: str | None = None  # the redaction id the keys act on
        self.undo_stack: list[app.Change] = []
        self.busy = False
        self.offsets = {"body": Offsets(""), "translation": Offsets("")}
        self.setWindowTitle(tr("Redact {code}").format(code=code))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.profile = QComboBox()
        self.profile.addItems(list(app.PROFILES))
        self.profile.setCurrentText(profile)
        self.profile.setAccessibleName(tr("Export profile"))
        label = QLabel(tr("Export profile:"))
        label.setBuddy(self.profile)
        top.addWidget(label)
        top.addWidget(self.profile)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary, 1)
        keys = QLabel(
            tr(
                "Keys: A accept · R reject · N / P next / previous · S redact selection · "
                "Ctrl+Z undo"
            )
        )
        keys.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(keys)
        layout.addLayout(top)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._decide_page(), tr("Decide"))
        self.preview = ExportedTextView()
        self.tabs.addTab(self.preview, tr("Preview as exported"))
        layout.addWidget(self.tabs, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self._keys()
        self.profile.currentTextChanged.connect(lambda _p: self._load(detect=False))
        self._enable(False)
        self._load(detect=True)

    # ---- building ------------------------------------------------------------------

    def _decide_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        self.accept_button = self._button(row, tr("&Accept (A)"), self.accept_current)
        self.reject_button = self._button(row, tr("&Reject (R)"), self.reject_current)
        self.person_button = self._button(row, tr("Accept all of this person"), self.accept_person)
        self.all_button = self._button(row, tr("Accept all"), self.accept_all)
        self.span_button = self._button(row, tr("Redact selection… (S)"), self.add_span)
        self.undo_button = self._button(row, tr("Undo (Ctrl+Z)"), self.undo)
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
        return page

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _keys(self) -> None:
        """Single keys act on the current proposal wherever the focus is in this window
        (the texts are read only, so no letter is typed anywhere)."""
        for keys, slot in (
            ("A", self.accept_current),
            ("R", self.reject_current),
            ("N", self.next_proposal),
            ("P", self.previous_proposal),
            ("S", self.add_span),
            (QKeySequence.StandardKey.Undo, self.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # ---- reading -------------------------------------------------------------------

    def _load(self, *, detect: bool) -> None:
        """Read the view for the chosen profile (running detection the first time)."""
        session, statement_id, profile = self.session, self.statement_id, self.chosen_profile

        def work(job: Job[Loaded]) -> Loaded:
            opened = app.open_view if detect else app.read_view
            return None, opened(session.vault, statement_id, profile)

        self._run(work, tr("Looking for names and numbers") if detect else tr("Reading"))

    @property
    def chosen_profile(self) -> str:
        """The profile the statuses and the preview are for."""
        return self.profile.currentText()

    def _run(
        self, work: Callable[[Job[Loaded]], Loaded], label: str, *, changed: bool = False
    ) -> None:
        if self.busy:
            return
        self.busy = True
        self._enable(False)

        def done(loaded: Loaded) -> None:
            self.busy = False
            change, view = loaded
            if change is not None and change.count:
                self.undo_stack.append(change)
            if view.profile != self.chosen_profile:
                self._load(detect=False)  # another profile was chosen meanwhile
                return
            self._show(view)
            if changed:
                self.session.records_changed.emit("custody")

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._enable(self.view is not None)
            if isinstance(exc, VaultError):
                self.say_problem(describe_failure(exc).message)
            else:
                show_failure(self, exc)

        self.session.run(self, work, done, label, show_progress=False, on_failure=failed)

    def _show(self, view: app.RedactionView) -> None:
        self.view = view
        self.offsets = {
            "body": Offsets(view.body),
            "translation": Offsets(view.translation or ""),
        }
        if self.original.toPlainText() != view.body:
            self.original.setPlainText(view.body)
        if self.translation.toPlainText() != (view.translation or ""):
            self.translation.setPlainText(view.translation or "")
        self.translation_column.setVisible(view.translation is not None)
        self.model.set_proposals(view.proposals)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        self.preview.show_exported(view.profile, view.exported)
        known = {p.id for p in view.proposals}
        if self.current not in known:
            # The first look starts on the first proposal still waiting for a decision.
            waiting = [p.id for p in view.proposals if p.undecided]
            self.current = waiting[0] if waiting else None
        self._select(self.current)
        self._summarise()
        self._enable(True)

    def _summarise(self) -> None:
        view = self.view
        if view is None:
            return
        counts = {status: 0 for status in ("proposed", "accepted", "rejected")}
        for proposal in view.proposals:
            counts[proposal.status] = counts.get(proposal.status, 0) + 1
        self.summary.setText(
            tr("{undecided} undecided, {accepted} accepted, {rejected} rejected").format(
                undecided=counts["proposed"],
                accepted=counts["accepted"],
                rejected=counts["rejected"],
            )
        )

    # ---- the current proposal --------------------------------------------------------

    def current_proposal(self) -> app.Proposal | None:
        """The proposal the keys act on, if any."""
        if self.view is None or self.current is None:
            return None
        return next((p for p in self.view.proposals if p.id == self.current), None)

    def _select(self, redaction_id: str | None) -> None:
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
        self._paint()

    def _paint(self) -> None:
        view = self.view
        proposals = [] if view is None else view.proposals
        for field, box in (("body", self.original), ("translation", self.translation)):
            mine = [p for p in proposals if p.field == field]
            paint_proposals(box, self.offsets[field], mine, self.current)
        proposal = self.current_proposal()
        if proposal is None:
            self.reason.setText(tr("Select a proposal in the list or press N."))
        else:
            self.reason.setText(self._describe(proposal))
        self.accept_button.setEnabled(proposal is not None and not self.busy)
        self.reject_button.setEnabled(proposal is not None and not self.busy)
        self.person_button.setEnabled(
            proposal is not None and proposal.person_id is not None and not self.busy
        )

    def _describe(self, proposal: app.Proposal) -> str:
        what = kind_label(proposal.kind)
        if proposal.explanation:
            what = f"{what} ({proposal.explanation})"
        parts = [
            f"“{proposal.text}”",
            what,
            reason_label(proposal.reason),
        ]
        if proposal.person:
            parts.append(proposal.person)
        parts.append(status_label(proposal.status))
        return " — ".join(parts)

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        proposal = self.model.proposal(index.row())
        if proposal is not None and proposal.id != self.current:
            self.current = proposal.id
            self._paint()

    def _filter_changed(self, index: int) -> None:
        self.model.set_filter(FILTERS[index][1])
        self._select(self.current if self.model.row_of(self.current) >= 0 else None)

    def _step(self, forward: bool) -> None:
        shown = self.model.shown
        if not shown:
            return
        row = self.model.row_of(self.current)
        if row < 0:
            row = 0 if forward else len(shown) - 1
        else:
            row = min(row + 1, len(shown) - 1) if forward else max(row - 1, 0)
        self._select(shown[row].id)

    def next_proposal(self) -> None:
        """Move to the next proposal in the list (N)."""
        self._step(True)

    def previous_proposal(self) -> None:
        """Move to the previous proposal in the list (P)."""
        self._step(False)

    def _after(self, proposal: app.Proposal) -> str | None:
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

    # ---- decisions -------------------------------------------------------------------

    def _change(
        self, make: Callable[[Vault], app.Change | None], label: str, then: str | None = None
    ) -> None:
        session, statement_id, profile = self.session, self.statement_id, self.chosen_profile
        self.say_problem("")

        def work(job: Job[Loaded]) -> Loaded:
            change = make(session.vault)
            return change, app.read_view(session.vault, statement_id, profile)

        if then is not None:
            self.current = then
        self._run(work, label, changed=True)

    def accept_current(self) -> None:
        """Accept the current proposal (A), then go to the next undecided one."""
        self._decide(accept=True)

    def reject_current(self) -> None:
        """Reject the current proposal (R): its words stay as written."""
        self._decide(accept=False)

    def _decide(self, *, accept: bool) -> None:
        proposal = self.current_proposal()
        if proposal is None or self.busy:
            return
        ids = [proposal.id]
        self._change(
            lambda vault: app.decide_proposals(vault, ids, accept),
            tr("Deciding"),
            then=self._after(proposal),
        )

    def accept_person(self) -> None:
        """Accept every undecided proposal naming the current proposal's person."""
        proposal = self.current_proposal()
        if proposal is None or proposal.person_id is None or self.busy:
            return
        statement_id, person_id = self.statement_id, proposal.person_id
        self._change(
            lambda vault: app.accept_person(vault, statement_id, person_id),
            tr("Deciding"),
            then=self._after(proposal),
        )

    def accept_all(self) -> None:
        """Accept every proposal the chosen profile's export waits on."""
        if self.busy:
            return
        statement_id, profile = self.statement_id, self.chosen_profile
        self._change(lambda vault: app.accept_every(vault, statement_id, profile), tr("Deciding"))

    def add_span(self) -> None:
        """Redact the selected words (S), with a reason asked; an overlap with an
        accepted redaction is refused in the application layer's words."""
        if self.busy or self.view is None:
            return
        chosen = self._selection()
        if chosen is None:
            self.say_problem(tr("Select the words to redact in the original or the translation."))
            return
        field, start, end = chosen
        reasons = [reason_label(r) for r in app.REASONS]
        answer, ok = QInputDialog.getItem(
            self,
            tr("Redact selection"),
            tr("Why must these words not leave?"),
            reasons,
            0,
            False,
        )
        if not ok or answer not in reasons:
            return
        reason = app.REASONS[reasons.index(answer)]
        statement_id = self.statement_id
        self._change(
            lambda vault: app.add_selected_span(vault, statement_id, field, start, end, reason),
            tr("Adding"),
        )

    def _selection(self) -> tuple[str, int, int] | None:
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

    def undo(self) -> None:
        """Take the last decision back (Ctrl+Z), as a new logged decision."""
        if self.busy:
            return
        if not self.undo_stack:
            self.say_problem(tr("Nothing to undo in this window."))
            return
        change = self.undo_stack.pop()
        first = change.steps[0].redaction_id if change.steps else None
        self._change(lambda vault: app.undo(vault, change), tr("Undoing"), then=first)

    # ---- state ---------------------------------------------------------------------

    def say_problem(self, text: str) -> None:
        """A refusal above the texts, in the application layer's words ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _enable(self, on: bool) -> None:
        for button in (self.all_button, self.span_button, self.undo_button):
            button.setEnabled(on)
        self.undo_button.setEnabled(on and bool(self.undo_stack))
        self.profile.setEnabled(on)
        self._paint()

    def done(self, result: int) -> None:
        """Closing: forget the statement's words shown here."""
        self.model.clear()
        self.preview.clear()
        for box in (self.original, self.translation):
            box.setExtraSelections([])
            box.clear()
        self.view = None
        super().done(result)
