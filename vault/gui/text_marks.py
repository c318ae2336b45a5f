"""Proposals painted over a statement's text, and a selection read back as offsets.

Offsets from the application layer count Python characters (code points); Qt's text
positions count UTF-16 units, so a letter outside the Basic Multilingual Plane (an
emoji, a historic script) counts two.  :class:`Offsets` converts both ways for one text,
so a highlight never slides off its words and a selected span is the one the person saw.
The highlights are extra selections: the document itself (plain text) is never changed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtGui import QBrush, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from vault.app.text_redaction import Proposal
from vault.gui.theme import redaction_colours


class Offsets:
    """Positions in one text as Python (code points) and as Qt (UTF-16 units)."""

    def __init__(self, text: str) -> None:
        self.text = text
        units = [0]
        for char in text:
            units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
        self._units = units

    def to_qt(self, index: int) -> int:
        """The Qt position of Python offset ``index`` (clamped to the text)."""
        return self._units[max(0, min(index, len(self.text)))]

    def from_qt(self, position: int) -> int:
        """The Python offset of Qt ``position``; inside a surrogate pair, the character's
        start."""
        index = bisect_left(self._units, position)
        if index < len(self._units) and self._units[index] == position:
            return index
        return max(0, index - 1)


def selected_span(box: QTextEdit, offsets: Offsets) -> tuple[int, int] | None:
    """The selection in ``box`` as Python offsets [start, end), or None without one."""
    cursor = box.textCursor()
    if not cursor.hasSelection():
        return None
    start = offsets.from_qt(cursor.selectionStart())
    end = offsets.from_qt(cursor.selectionEnd())
    if end <= start:
        return None
    return start, end


def paint_proposals(
    box: QTextEdit,
    offsets: Offsets,
    proposals: Sequence[Proposal],
    current: str | None,
) -> None:
    """Highlight each proposal of ``box``'s text by its status, the ``current`` one in
    the theme's selection colours (and scrolled into view); accepted words are struck
    through, since they will not leave as written."""
    palette = box.palette()
    colours = redaction_colours(palette)
    marks = []
    focus: QTextCursor | None = None
    for proposal in proposals:
        cursor = QTextCursor(box.document())
        cursor.setPosition(offsets.to_qt(proposal.start))
        cursor.setPosition(offsets.to_qt(proposal.end), QTextCursor.MoveMode.KeepAnchor)
        look = QTextCharFormat()
        if proposal.id == current:
            look.setBackground(QBrush(palette.color(QPalette.ColorRole.Highlight)))
            look.setForeground(QBrush(palette.color(QPalette.ColorRole.HighlightedText)))
            focus = cursor
        else:
            look.setBackground(QBrush(colours.get(proposal.status, colours["proposed"])))
        if proposal.status == "accepted":
            look.setFontStrikeOut(True)
        elif proposal.status != "proposed":
            look.setFontUnderline(True)
            look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = look
        marks.append(mark)
    box.setExtraSelections(marks)
    if focus is not None:
        # Show the current one without selecting it: a selection is what a new span takes.
        here = QTextCursor(box.document())
        here.setPosition(focus.selectionStart())
        box.setTextCursor(here)
        box.ensureCursorVisible()


def paint_words(box: QTextEdit, words: Sequence[str]) -> int:
    """Highlight every occurrence of each of ``words`` in ``box`` as undecided (the
    preview's hits nobody decided, still there as written); return how many."""
    colour = redaction_colours(box.palette())["proposed"]
    marks = []
    document = box.document()
    for word in dict.fromkeys(w for w in words if w):
        cursor = document.find(word)
        while not cursor.isNull():
            look = QTextCharFormat()
            look.setBackground(QBrush(colour))
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = look
            marks.append(mark)
            cursor = document.find(word, cursor)
    box.setExtraSelections(marks)
    return len(marks)
