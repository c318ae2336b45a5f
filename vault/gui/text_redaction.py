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

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault.app import text_redaction as app
from vault.app.failures import describe_failure
from vault.core.errors import VaultError
from vault.core.vault import Vault
from vault.gui.dialogs import show_failure, tr
from vault.gui.redaction_list import reason_label
from vault.gui.session import GuiSession
from vault.gui.text_decide import DecidePane
from vault.gui.text_preview import ExportedTextView
from vault.gui.theme import ErrorLabel
from vault.gui.workers import Job

Loaded = tuple[app.Change | None, app.RedactionView]


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
        self.undo_stack: list[app.Change] = []
        self.busy = False
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
        self.pane = DecidePane()
        pane = self.pane
        for button, slot in (
            (pane.accept_button, self.accept_current),
            (pane.reject_button, self.reject_current),
            (pane.person_button, self.accept_person),
            (pane.all_button, self.accept_all),
            (pane.span_button, self.add_span),
            (pane.undo_button, self.undo),
        ):
            button.clicked.connect(slot)
        self.tabs.addTab(pane, tr("Decide"))
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
        self.pane.show_view(view)
        self.preview.show_exported(view.profile, view.exported)
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

    # ---- moving ------------------------------------------------------------------

    def current_proposal(self) -> app.Proposal | None:
        """The proposal the keys act on, if any."""
        return self.pane.current_proposal()

    def next_proposal(self) -> None:
        """Move to the next proposal in the list (N)."""
        self.pane.step(True)

    def previous_proposal(self) -> None:
        """Move to the previous proposal in the list (P)."""
        self.pane.step(False)

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
            self.pane.current = then
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
            then=self.pane.after(proposal),
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
            then=self.pane.after(proposal),
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
        chosen = self.pane.selection()
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
        pane = self.pane
        pane.busy = not on
        pane.all_button.setEnabled(on)
        pane.span_button.setEnabled(on)
        pane.undo_button.setEnabled(on and bool(self.undo_stack))
        self.profile.setEnabled(on)
        pane.paint()

    def done(self, result: int) -> None:
        """Closing: forget the statement's words shown here."""
        self.pane.clear()
        self.preview.clear()
        self.view = None
        super().done(result)
