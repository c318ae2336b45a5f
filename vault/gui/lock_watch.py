"""When to lock by itself: after a while without input, and when the desktop says the
machine is suspending or the session is being locked (logind over D-Bus, where there is
one; quietly absent where there is not).  The window decides what locking means."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from vault.app.gui_settings import DEFAULT_IDLE_MINUTES

__all__ = ["DEFAULT_IDLE_MINUTES", "DesktopLockWatch", "IdleWatch"]
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
_LOGIN1 = "org.freedesktop.login1"


class IdleWatch(QObject):
    """Emits ``idle`` once after ``minutes`` without keyboard, mouse or touch input in
    any window of the application (0 minutes: never).

    Give it the window as ``parent``: it is an application-wide event filter, so it must
    end with the window, on the GUI thread.  A watch without a parent is Python's to
    delete, and the garbage collector runs on whichever thread allocates: a job thread
    destroying a filter the GUI thread is calling crashed the window (SIGSEGV)."""

    idle = Signal()

    def __init__(
        self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` idle (0: never)."""
        self._minutes = minutes
        if minutes <= 0:  # a running 1 ms countdown would lock at once, not never
            self._timer.stop()
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        """Begin watching (at unlock)."""
        if self._minutes > 0:
            self._timer.start()

    def stop(self) -> None:
        """Stop watching (at lock)."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """Whether the countdown is running."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False


class DesktopLockWatch(QObject):
    """Emits ``lock_now`` when logind says the machine prepares to sleep or this session
    is being locked.  Connects to nothing where there is no system bus.  Give it the
    window as ``parent``, so it ends with the window on the GUI thread (see IdleWatch)."""

    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        sleeping = bus.connect(
            _LOGIN1,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            b"1_on_sleep(bool)",
        )
        session_path = _session_path()
        locking = bus.connect(
            _LOGIN1,
            session_path,
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            b"1_on_lock()",
        )
        self.connected = bool(sleeping or locking)

    @Slot(bool)
    def _on_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_now.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.lock_now.emit()


def _session_path() -> str:
    session = os.environ.get("XDG_SESSION_ID", "")
    if session.isalnum():
        return f"/org/freedesktop/login1/session/{session}"
    return "/org/freedesktop/login1/session/auto"
