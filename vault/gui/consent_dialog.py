"""A person's consent: every decision recorded (newest first) and a form to record a new
one - a consent to share with some recipient categories, or a withdrawal.

Nothing is overwritten: each decision is a new record (``vault.app.forms.save_consent``)
and the latest one is what exports obey.  The dialog stays open after a decision is
recorded and shows the history read again from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vault.app.choices import ANONYMITY, CATEGORIES
from vault.app.forms import ConsentForm, save_consent
from vault.app.labels import readable_record
from vault.core.vault import Vault
from vault.gui.dialogs import tr
from vault.gui.form_dialog import FormDialog, line_field
from vault.gui.session import GuiSession
from vault.gui.workers import Job

HISTORY_COLUMNS = (
    "No.",
    "Date",
    "Decision",
    "Anonymity",
    "Re-contact",
    "Note",
    "Recorded by",
    "Recorded",
)


def decision_text(consent: dict[str, Any]) -> str:
    """What a consent record decided, in words: "withdrawn" or "shares with legal, ngo"."""
    if consent.get("withdrawn"):
        return tr("withdrawn: shares with nobody")
    return tr("shares with {who}").format(who=", ".join(consent.get("share", [])))


def history_rows(history: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The consent history as table rows, newest first."""
    rows: list[tuple[str, ...]] = []
    for consent in sorted(history, key=lambda c: c["number"], reverse=True):
        rows.append(
            (
                str(consent["number"]),
                str((consent.get("date") or {}).get("text", "")),
                decision_text(consent),
                "" if consent.get("withdrawn") else str(consent.get("anonymity", "")),
                tr("yes") if consent.get("recontact") else tr("no"),
                str(consent.get("note") or ""),
                str(consent.get("recorded_by", "")),
                str(consent.get("recorded_utc", ""))[:16].replace("T", " ") + " UTC",
            )
        )
    return rows


class ConsentDialog(FormDialog):
    """The consent history of one person and a new decision."""

    recorded = Signal()  # a decision was saved (the person list shows consent)

    def __init__(self, parent: QWidget, session: GuiSession, person: dict[str, Any]) -> None:
        super().__init__(parent, session, tr("Consent of {code}").format(code=person["code"]))
        self.person_id = str(person["id"])
        self.history = QTableWidget(0, len(HISTORY_COLUMNS))
        self.history.setAccessibleName(tr("Consent history, newest first"))
        self.history.setHorizontalHeaderLabels([tr(c) for c in HISTORY_COLUMNS])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMinimumHeight(140)
        self.history.setWordWrap(False)
        self.form.addRow(QLabel(tr("History (newest first)")))
        self.form.addRow(self.history)
        self.form.addRow(QLabel(tr("<b>A new decision</b>")))

        decision = QWidget()
        row = QHBoxLayout(decision)
        row.setContentsMargins(0, 0, 0, 0)
        self.give = QRadioButton(tr("Consents to share"))
        self.give.setAccessibleName(tr("Consents to share"))
        self.withdraw = QRadioButton(tr("Withdraws consent"))
        self.withdraw.setAccessibleName(tr("Withdraws consent"))
        self.give.setChecked(True)
        row.addWidget(self.give)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        self.add_row(tr("Decision"), decision)

        shares = QWidget()
        row = QHBoxLayout(shares)
        row.setContentsMargins(0, 0, 0, 0)
        self.share: dict[str, QCheckBox] = {}
        for category in CATEGORIES:
            box = QCheckBox(category)
            box.setAccessibleName(tr("Share with {who}").format(who=category))
            row.addWidget(box)
            self.share[category] = box
        row.addStretch(1)
        self.add_row(tr("Share with"), shares)

        anonymity = QWidget()
        row = QHBoxLayout(anonymity)
        row.setContentsMargins(0, 0, 0, 0)
        self.anonymity = QButtonGroup(self)
        self.anonymity_buttons: dict[str, QRadioButton] = {}
        labels = {"required": tr("required (not named)"), "waived": tr("waived (may be named)")}
        for choice in ANONYMITY:
            button = QRadioButton(labels.get(choice, choice))
            button.setAccessibleName(tr("Anonymity {choice}").format(choice=choice))
            self.anonymity.addButton(button)
            self.anonymity_buttons[choice] = button
            row.addWidget(button)
        row.addStretch(1)
        self.add_row(tr("Anonymity"), anonymity)

        self.recontact = QCheckBox(tr("may be contacted again"))
        self.recontact.setAccessibleName(tr("May be contacted again"))
        self.add_row(tr("Re-contact"), self.recontact)
        self.date = self.add_row(tr("Date"), line_field(tr("Date of the decision")))
        self.date.setPlaceholderText(tr("empty: today"))
        self.note = self.add_row(tr("Note"), line_field(tr("Note")))
        self.save_button.setText(tr("Record decision"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        self.give.toggled.connect(self._decision_changed)
        self.set_history(person.get("consent_history") or [])
        self.resize(960, 560)

    def _decision_changed(self, giving: bool) -> None:
        for box in self.share.values():
            box.setEnabled(giving)
        for button in self.anonymity_buttons.values():
            button.setEnabled(giving)

    def reset_form(self) -> None:
        """Empty the decision form (after a decision was recorded)."""
        self.give.setChecked(True)
        for box in self.share.values():
            box.setChecked(False)
        self.anonymity.setExclusive(False)  # an exclusive group cannot be emptied
        for button in self.anonymity_buttons.values():
            button.setChecked(False)
        self.anonymity.setExclusive(True)
        self.recontact.setChecked(False)
        self.date.clear()
        self.note.clear()

    def set_history(self, history: list[dict[str, Any]]) -> None:
        """Show ``history`` (consent records as ``show`` gives them), newest first."""
        rows = history_rows(history)
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
                self.history.setItem(r, c, item)

    def history_texts(self) -> list[list[str]]:
        """The history table's cells, row by row (newest first)."""
        texts = []
        for r in range(self.history.rowCount()):
            items = [self.history.item(r, c) for c in range(self.history.columnCount())]
            texts.append(["" if item is None else item.text() for item in items])
        return texts

    def save_op(self) -> Callable[[Vault], Any]:
        withdraw = self.withdraw.isChecked()
        shares = [c for c, box in self.share.items() if box.isChecked()]
        checked = [c for c, b in self.anonymity_buttons.items() if b.isChecked()]
        form = ConsentForm(
            person_id=self.person_id,
            share=None if withdraw else ",".join(shares),
            anonymity=None if withdraw or not checked else checked[0],
            withdraw=withdraw,
            recontact=self.recontact.isChecked(),
            date=self.date.text().strip() or None,
            note=self.note.text().strip() or None,
        )
        return lambda vault: save_consent(vault, form)

    def _saved(self, result: Any) -> None:
        # Stay open: the person sees the decision join the history.
        self.saved = result
        self.save_button.setEnabled(True)
        self.reset_form()
        self.recorded.emit()
        person_id = self.person_id
        vault = self.session.vault

        def work(job: Job[dict[str, Any]]) -> dict[str, Any]:
            return readable_record(vault, "person", person_id)

        self.session.run(
            self,
            work,
            lambda person: self.set_history(person.get("consent_history") or []),
            tr("Reading"),
            show_progress=False,
        )
