"""Case text copied to the clipboard is cleared after a while, if it is still ours.

Every copy of case text in the window goes through :class:`ClipboardGuard`: it puts the
text on the clipboard and, ``CLEAR_AFTER_MS`` later (or at lock), clears it unless the
person has copied something else since.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    """Copies case text and takes it back."""

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard (and the selection, where there is one), to be
        cleared later."""
        board = QGuiApplication.clipboard()
        board.setText(text, QClipboard.Mode.Clipboard)
        if board.supportsSelection():
            board.setText(text, QClipboard.Mode.Selection)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._ours is None:
            return
        board = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if board.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if board.text(mode) == self._ours:
                board.clear(mode)
        self._ours = None

    @property
    def pending(self) -> bool:
        """Whether copied case text is waiting to be cleared."""
        return self._ours is not None


GUARD: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's one clipboard guard (made on first use, on the GUI thread)."""
    global GUARD
    if GUARD is None:
        GUARD = ClipboardGuard()
    return GUARD
