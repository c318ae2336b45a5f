"""The Custody log tab: the chain of events about the selected case, the details of the
selected event, and two questions asked of the whole vault in the background: is the
custody chain intact ("Verify chain") and is everything whole ("Check vault"), answered
in plain words."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from vault.app.care import audit, check, custody_event
from vault.app.jobs import Cancelled
from vault.app.verdicts import Verdict, audit_verdict, check_verdict
from vault.core.errors import VaultError
from vault.gui.dialogs import show_failure, tr
from vault.gui.record_tab import RecordTab, details_html
from vault.gui.workers import Job

ICON_SIZE = 32
# #, time, operator, action: wide enough for their values; the record takes the rest.
COLUMN_WIDTHS = (56, 150, 120, 130)


def event_html(event: dict[str, Any]) -> str:
    """One custody event as labelled lines: when, who, what, which record, and each of
    its details (as logged: ids and hashes, never names or statement text)."""
    shown = {
        "event": event["seq"],
        "time": event["utc"],
        "operator": event["operator"],
        "action": event["action"],
        "record": f"{event['object_type']} {event.get('code') or event['object_id']}",
        "record id": event["object_id"],
    }
    details = event.get("details")
    if isinstance(details, dict):
        for key, value in details.items():
            shown[f"· {key}"] = value if isinstance(value, str) else json.dumps(value)
    shown["row hash"] = event["row_hash"]
    return details_html(shown)


class CustodyTab(RecordTab):
    """The custody events of the selected case, as a table; verify and check."""

    kind = "custody"
    record_type = ""

    def __init__(self) -> None:
        super().__init__(tr("Custody log"))
        self.verify_button = self.add_button(tr("Verify chain"), self.verify_chain)
        self.verify_button.setToolTip(
            tr("Check that no custody event was changed, removed or inserted")
        )
        self.check_button = self.add_button(tr("Check vault"), self.check_vault)
        self.check_button.setToolTip(
            tr("Check the database, every file's integrity and the custody log")
        )
        self.finish_buttons()
        self.verdict: Verdict | None = None
        # The answer: an icon and plain sentences, under the buttons.
        self.result_box = QWidget()
        row = QHBoxLayout(self.result_box)
        row.setContentsMargins(0, 4, 0, 4)
        self.result_icon = QLabel()
        self.result_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_icon)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(tr("Result"))
        row.addWidget(self.result, 1)
        self.result_box.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.result_box)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.split.setSizes([720, 400])

    # ---- the event's details ------------------------------------------------------------

    def show_details(self, record_id: str) -> None:
        """Read the event numbered ``record_id`` (its seq) and show its details."""
        session = self.session
        if session is None:
            return
        seq = int(record_id)

        def work(job: Job[dict[str, Any]]) -> dict[str, Any]:
            return custody_event(session.vault, seq)

        def done(event: dict[str, Any]) -> None:
            if self.session is session:
                self.details.setHtml(event_html(event))

        session.run(self, work, done, tr("Reading"), show_progress=False)

    # ---- verify and check ---------------------------------------------------------------

    def verify_chain(self) -> None:
        """Walk the whole custody chain in the background; say whether it is intact."""
        session = self.session
        if session is None:
            return

        def work(job: Job[Verdict]) -> Verdict:
            return audit_verdict(audit(session.vault, job.progress, cancel=job.cancel_token))

        self._ask(work, tr("Verifying the custody log"))

    def check_vault(self) -> None:
        """Check the database, every attachment and the chain in the background; say
        what is wrong, if anything."""
        session = self.session
        if session is None:
            return

        def work(job: Job[Verdict]) -> Verdict:
            return check_verdict(check(session.vault, job.progress, cancel=job.cancel_token))

        self._ask(work, tr("Checking the vault"))

    def _ask(self, work: Any, label: str) -> None:
        session = self.session
        assert session is not None
        self.verify_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.show_verdict(None, tr("{what}…").format(what=label))

        def done(verdict: Verdict) -> None:
            self._asked()
            if self.session is session:
                self.show_verdict(verdict)

        def failed(exc: BaseException) -> None:
            self._asked()
            if self.session is not session:
                return
            if isinstance(exc, Cancelled):
                self.show_verdict(None, tr("Cancelled before the end; nothing was changed."))
            elif isinstance(exc, VaultError):
                self.show_verdict(Verdict(False, str(exc)))
            else:
                self.result_box.hide()
                show_failure(self, exc)

        session.run(self, work, done, label, on_failure=failed)

    def _asked(self) -> None:
        self.verify_button.setEnabled(True)
        self.check_button.setEnabled(True)

    def show_verdict(self, verdict: Verdict | None, text: str = "") -> None:
        """Show an answer (or, without one, ``text``: what is under way)."""
        self.verdict = verdict
        style = self.style()
        if verdict is None:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        elif verdict.ok:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            text = verdict.headline
        else:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            text = "\n".join([verdict.headline, *(f"• {p}" for p in verdict.problems)])
        self.result_icon.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        self.result.setText(text)
        self.result_box.show()

    def set_case(self, case_id: str | None) -> None:
        super().set_case(case_id)
        self.verify_button.setEnabled(case_id is not None)
        self.check_button.setEnabled(case_id is not None)

    def clear(self) -> None:
        self.verdict = None
        self.result.clear()
        self.result_box.hide()
        super().clear()
