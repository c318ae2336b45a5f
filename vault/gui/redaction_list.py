"""The proposals and spans of one statement as a table: where, kind, the words, who they
name, status, and what replaces them; filtered by status in the model's own list (a
statement has tens of proposals, not thousands: no paging needed).

Cells are plain strings: a statement holding markup shows its characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vault.app.text_redaction import KEPT_BY_PROFILE, Proposal
from vault.gui.dialogs import tr

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    """What detection (or a person) found, in words."""
    words = {
        "name": tr("name or alias of a person"),
        "phone": tr("phone number"),
        "phone-like": tr("phone-like number"),
        "email": tr("e-mail address"),
        "handle": tr("messenger or social handle"),
        "document": tr("id or document number"),
        "coordinates": tr("coordinates"),
        "span": tr("added by hand"),
    }
    return words.get(kind, kind)


def status_label(status: str) -> str:
    """A proposal's status for the chosen profile, in words."""
    words = {
        "proposed": tr("undecided"),
        "accepted": tr("accepted"),
        "rejected": tr("rejected"),
        KEPT_BY_PROFILE: tr("kept by profile"),
    }
    return words.get(status, status)


def reason_label(reason: str) -> str:
    """A reason code in words."""
    words = {
        "identity": tr("identity (a name)"),
        "contact": tr("contact (phone, e-mail, handle)"),
        "location": tr("location"),
        "document": tr("document or id number"),
        "other": tr("other"),
    }
    return words.get(reason, reason)


def field_label(field: str) -> str:
    """Which text: the original or the translation."""
    return tr("Translation") if field == "translation" else tr("Original")


# Filters offered above the table: (label, statuses kept; empty keeps every one).
FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("All", frozenset()),
    ("Undecided", frozenset({"proposed"})),
    ("Accepted", frozenset({"accepted"})),
    ("Rejected", frozenset({"rejected"})),
    ("Kept by profile", frozenset({KEPT_BY_PROFILE})),
)


class ProposalTableModel(QAbstractTableModel):
    """One statement's proposals and spans, those of the chosen status filter shown."""

    HEADERS = ("Where", "Kind", "Text", "Person", "Status", "Becomes")

    def __init__(self) -> None:
        super().__init__()
        self._every: list[Proposal] = []
        self._shown: list[Proposal] = []
        self._keep: frozenset[str] = frozenset()

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        """Show ``proposals`` (in reading order), filtered as chosen."""
        self.beginResetModel()
        self._every = list(proposals)
        self._apply()
        self.endResetModel()

    def set_filter(self, statuses: frozenset[str]) -> None:
        """Keep only proposals with one of ``statuses`` (empty: every one)."""
        self.beginResetModel()
        self._keep = statuses
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        keep = self._keep
        self._shown = [p for p in self._every if not keep or p.status in keep]

    def clear(self) -> None:
        """Forget every row (the view is closing)."""
        self.set_proposals([])

    @property
    def shown(self) -> list[Proposal]:
        """The rows, in order."""
        return list(self._shown)

    def proposal(self, row: int) -> Proposal | None:
        """The proposal at ``row``, if any."""
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, redaction_id: str | None) -> int:
        """The row showing ``redaction_id``; -1 when it is filtered out or unknown."""
        for row, proposal in enumerate(self._shown):
            if proposal.id == redaction_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr(self.HEADERS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        proposal = self.proposal(index.row()) if index.isValid() else None
        if proposal is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return proposal.explanation or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = kind_label(proposal.kind)
        if proposal.explanation:
            kind = f"{kind} ({proposal.explanation})"
        cells = (
            field_label(proposal.field),
            kind,
            proposal.text.replace("\n", " "),
            proposal.person or "—",
            status_label(proposal.status),
            # A name leaves as the person's export code (or a neutral token), not the
            # vault code stored with the proposal: the preview shows which.
            tr("their code") if proposal.person_id else proposal.replacement,
        )
        return cells[index.column()]
