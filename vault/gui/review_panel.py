"""The lower part of the redaction window: a profile, "Preview as exported", "Mark
reviewed", and where the review stands for each profile.

It holds no logic: the dialog asks the application layer (``vault.app.box_redaction``)
and hands the answers here to show.  A mark that no longer covers what would leave (a
box added, a name registered since, made for another profile) reads "needs a new look"
with the reason the application layer gives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.app.box_redaction import ANONYMIZED_PROFILES, ExportedView, ReviewStatus
from vault.gui.dialogs import tr


def status_text(status: ReviewStatus) -> str:
    """One profile's review state in words."""
    if status.status == "reviewed":
        return tr("{profile}: reviewed as exported").format(profile=status.profile)
    if status.status == "stale":
        return tr("{profile}: needs a new look ({why})").format(
            profile=status.profile, why=status.why or tr("changed since the review")
        )
    return tr("{profile}: not reviewed").format(profile=status.profile)


class ReviewPanel(QWidget):
    """Profile, preview and review controls; the states of every profile."""

    preview_toggled = Signal(bool)
    profile_changed = Signal(str)
    mark_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(tr("Export profile:"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(tr("Export profile"))
        for name in ANONYMIZED_PROFILES:
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(self.profile.findData("public"))
        label.setBuddy(self.profile)
        self.preview_button = QPushButton(tr("Preview as exported"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(
            tr("Show exactly the file the recipient gets for this profile (read-only)")
        )
        self.mark_button = QPushButton(tr("Mark reviewed"))
        self.mark_button.setToolTip(tr("Record that you looked at the file shown, as exported"))
        self.mark_button.setEnabled(False)
        row.addWidget(label)
        row.addWidget(self.profile)
        row.addWidget(self.preview_button)
        row.addWidget(self.mark_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.shown = QLabel()
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setWordWrap(True)
        self.shown.setAccessibleName(tr("What the preview shows"))
        layout.addWidget(self.shown)
        self.states = QLabel()
        self.states.setTextFormat(Qt.TextFormat.PlainText)
        self.states.setWordWrap(True)
        self.states.setAccessibleName(tr("Review state"))
        layout.addWidget(self.states)
        self.statuses: list[ReviewStatus] = []
        self.view: ExportedView | None = None
        self.preview_button.toggled.connect(self.preview_toggled)
        self.profile.currentIndexChanged.connect(
            lambda _i: self.profile_changed.emit(self.chosen_profile)
        )
        self.mark_button.clicked.connect(self.mark_requested)

    @property
    def chosen_profile(self) -> str:
        """The profile chosen."""
        return str(self.profile.currentData())

    def status_of(self, profile: str) -> ReviewStatus | None:
        """The last known state for ``profile``."""
        for status in self.statuses:
            if status.profile == profile:
                return status
        return None

    def set_statuses(self, statuses: list[ReviewStatus]) -> None:
        """Show every profile's state, the chosen one first."""
        self.statuses = list(statuses)
        chosen = self.chosen_profile
        ordered = sorted(statuses, key=lambda s: s.profile != chosen)
        self.states.setText("\n".join(status_text(s) for s in ordered))
        self._enable_mark()

    def set_view(self, view: ExportedView | None) -> None:
        """The derivative shown (None: editing, nothing shown as exported)."""
        self.view = view
        if view is None:
            self.shown.clear()
        else:
            lines = [
                tr("As exported for {profile}: {type}, SHA-256 {sha}").format(
                    profile=view.profile, type=view.media_type, sha=view.sha256
                )
            ]
            lines += [f"• {line}" for line in view.applied]
            self.shown.setText("\n".join(lines))
        self._enable_mark()

    def _enable_mark(self) -> None:
        view = self.view
        status = None if view is None else self.status_of(view.profile)
        current = status is not None and status.current
        self.mark_button.setEnabled(
            view is not None and view.profile == self.chosen_profile and not current
        )
