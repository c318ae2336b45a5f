"""Colours of the window, taken from the system's theme at paint time: never a fixed
colour that would ignore a dark desktop.  Only the hue of a meaning is ours (red: a
problem or removed words; green: added words), blended into the theme's own colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel

from vault.gui.dialogs import tr


def _mix(one: QColor, other: QColor, share: float) -> QColor:
    """``one`` with ``share`` (0..1) of ``other`` blended in."""
    return QColor.fromRgbF(
        one.redF() * (1 - share) + other.redF() * share,
        one.greenF() * (1 - share) + other.greenF() * share,
        one.blueF() * (1 - share) + other.blueF() * share,
    )


def error_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The background and the edge of an error message in ``palette``'s theme: its
    window colour tinted red, and a red edge of the same family.  The text keeps the
    theme's own colour, so a dark theme gets a dark box with light text and a light theme
    the reverse; only the hue (red: a problem) is ours."""
    red = QColor(Qt.GlobalColor.red)
    window = palette.color(QPalette.ColorRole.Window)
    return _mix(window, red, 0.16), _mix(window, red, 0.7)


class ErrorLabel(QLabel):
    """A problem told in words, painted in the colours of the system's theme at each
    paint (so a theme switched while the window is open is followed; no style sheet,
    which would pin the label's palette)."""

    EDGE = 4

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(tr("Problem"))
        self.setContentsMargins(self.EDGE + 6, 6, 6, 6)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        background, edge = error_colours(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), background)
        painter.fillRect(0, 0, self.EDGE, self.height(), edge)
        painter.end()
        super().paintEvent(event)


def diff_styles(palette: QPalette) -> tuple[str, str]:
    """CSS for added and removed words in rich text, from ``palette``'s base colour
    tinted green or red (the text keeps the theme's text colour)."""
    base = palette.color(QPalette.ColorRole.Base)
    added = _mix(base, QColor(Qt.GlobalColor.green), 0.3)
    removed = _mix(base, QColor(Qt.GlobalColor.red), 0.3)
    return (
        f"background-color:{added.name()};",
        f"background-color:{removed.name()}; text-decoration:line-through;",
    )


def redaction_colours(palette: QPalette) -> dict[str, QColor]:
    """Backgrounds of proposals in a statement by status, from ``palette``'s base colour
    tinted: undecided amber (needs a look), accepted red (these words leave as a code),
    rejected and kept-by-profile a faint blue (they stay as written)."""
    base = palette.color(QPalette.ColorRole.Base)
    amber = QColor.fromRgbF(1.0, 0.75, 0.0)
    return {
        "proposed": _mix(base, amber, 0.45),
        "accepted": _mix(base, QColor(Qt.GlobalColor.red), 0.3),
        "rejected": _mix(base, QColor(Qt.GlobalColor.blue), 0.12),
        "kept by profile": _mix(base, QColor(Qt.GlobalColor.blue), 0.12),
    }
