"""A statement's versions: number, time, operator and hashes of each, and what changed
between any two of them, word by word, added words green and removed ones struck out red.

The comparison is made in memory (``vault.app.version_diff``) from the versions already
read for the statement view and drawn as rich text built here from escaped pieces: a
statement's own characters never become markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vault.app.version_diff import DiffPiece, diff_words
from vault.gui.dialogs import tr
from vault.gui.statement_view import StatementSheet
from vault.gui.theme import diff_styles

SHORT_HASH = 12


def pieces_html(pieces: list[DiffPiece]) -> str:
    """The pieces as paragraphs of rich text: added and removed words highlighted, each
    paragraph laid out in its own direction by Qt (no ``dir`` forced on it)."""
    paragraphs: list[list[str]] = [[]]
    for piece in pieces:
        lines = piece.text.split("\n")
        for n, line in enumerate(lines):
            if n:
                paragraphs.append([])
            if not line:
                continue
            text = html.escape(line)
            added_style, removed_style = diff_styles(QApplication.palette())
            if piece.kind == "added":
                text = f'<span style="{added_style}">{text}</span>'
            elif piece.kind == "removed":
                text = f'<span style="{removed_style}">{text}</span>'
            paragraphs[-1].append(text)
    return "".join(
        f'<p style="margin:0 0 4px 0; white-space:pre-wrap;">{"".join(p) or "&nbsp;"}</p>'
        for p in paragraphs
    )


def diff_html(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What changed from version ``old`` to ``new`` (as ``show`` lists versions): the
    original, then the translation when either version has one."""
    parts = [f"<h3>{html.escape(tr('Original'))}</h3>"]
    parts.append(pieces_html(diff_words(str(old.get("body") or ""), str(new.get("body") or ""))))
    if old.get("translation") is not None or new.get("translation") is not None:
        parts.append(f"<h3>{html.escape(tr('Translation'))}</h3>")
        parts.append(
            pieces_html(
                diff_words(str(old.get("translation") or ""), str(new.get("translation") or ""))
            )
        )
    return "".join(parts)


def _short(value: Any) -> str:
    return str(value)[:SHORT_HASH] if value else "—"


def _time(value: Any) -> str:
    return str(value or "")[:19].replace("T", " ")


class VersionHistoryDialog(QDialog):
    """Every version of one statement and a comparison of two of them."""

    COLUMNS = ("Version", "Saved (UTC)", "Operator", "SHA-256", "Translation SHA-256")

    def __init__(self, parent: QWidget | None, sheet: StatementSheet) -> None:
        super().__init__(parent)
        title = tr("Versions of {code}").format(code=sheet.code)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.versions: list[dict[str, Any]] = list(sheet.record.get("versions") or [])
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(len(self.versions), len(self.COLUMNS))
        self.table.setAccessibleName(tr("Versions"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, version in enumerate(self.versions):
            cells = (
                str(version.get("number")),
                _time(version.get("created_utc")),
                str(version.get("operator") or ""),
                _short(version.get("sha256")),
                _short(version.get("translation_sha256")),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3 and version.get(("sha256", "translation_sha256")[column - 3]):
                    item.setToolTip(str(version[("sha256", "translation_sha256")[column - 3]]))
                self.table.setItem(row, column, item)
        split.addWidget(self.table)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.old = QComboBox()
        self.old.setAccessibleName(tr("Compare from version"))
        self.new = QComboBox()
        self.new.setAccessibleName(tr("Compare to version"))
        for version in self.versions:
            label = tr("version {n}").format(n=version.get("number"))
            self.old.addItem(label)
            self.new.addItem(label)
        pick.addWidget(QLabel(tr("Compare")))
        pick.addWidget(self.old)
        pick.addWidget(QLabel(tr("with")))
        pick.addWidget(self.new)
        added_style, removed_style = diff_styles(self.palette())
        added, removed = html.escape(tr("added")), html.escape(tr("removed"))
        markup = (
            f'<span style="{added_style}">&nbsp;{added}&nbsp;</span> '
            f'<span style="{removed_style}">&nbsp;{removed}&nbsp;</span>'
        )
        legend = QLabel()
        legend.setText(markup)
        legend.setTextFormat(Qt.TextFormat.RichText)
        pick.addStretch(1)
        pick.addWidget(legend)
        below_layout.addLayout(pick)
        self.diff = QTextBrowser()
        self.diff.setAccessibleName(tr("Changes between the two versions"))
        self.diff.setOpenLinks(False)
        option = self.diff.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.diff.document().setDefaultTextOption(option)
        below_layout.addWidget(self.diff, 1)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(self.compare)
        self.new.currentIndexChanged.connect(self.compare)
        self.table.itemSelectionChanged.connect(self._row_picked)
        last = len(self.versions) - 1
        self.old.setCurrentIndex(max(last - 1, 0))
        self.new.setCurrentIndex(max(last, 0))
        self.compare()
        self.resize(900, 620)

    def _row_picked(self) -> None:
        # Picking a version in the table compares it with the one before it.
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            self.new.setCurrentIndex(row)
            self.old.setCurrentIndex(max(row - 1, 0))

    def compare(self) -> None:
        """Show what changed between the two versions chosen."""
        if not self.versions:
            self.diff.clear()
            return
        old = self.versions[max(self.old.currentIndex(), 0)]
        new = self.versions[max(self.new.currentIndex(), 0)]
        self.diff.setHtml(diff_html(old, new))

    def done(self, result: int) -> None:
        # The texts of every version leave the window with it.
        self.diff.clear()
        self.table.clearContents()
        self.versions = []
        super().done(result)
