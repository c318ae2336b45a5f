"""One progress-and-cancel contract for every long operation, Qt-free.

As Anki does it: the work updates a :class:`Progress` (thread-safe; a window polls
``snapshot()`` from a timer, the command line draws a bar from its hook) and honours a
:class:`CancelToken` (set from any thread) at the points where stopping is safe, i.e.
before the operation's commit point.  A cancelled operation raises :class:`Cancelled`
and leaves nothing behind: no partial output, no blob, no custody event.

Long operations take ``progress: Progress | ProgressCallback | None = None`` and
``cancel: CancelToken | None = None``; a plain ``callable(done, total)`` (the older
form) still works.  Inside, they drive both through one :class:`Work`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from vault.core.errors import VaultError

ProgressCallback = Callable[[int, int], None]
CANCELLED_MESSAGE = "Cancelled; nothing was changed."


class Cancelled(VaultError):
    """The person cancelled a long operation before its commit point; nothing changed."""

    def __init__(self, message: str = CANCELLED_MESSAGE) -> None:
        super().__init__(message)


class CancelToken:
    """A flag one thread sets and the work checks; cancelling twice is harmless."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if ``cancel()`` was called."""
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class ProgressSnapshot:
    """What a shell shows: the phase, how far it is, and what is being worked on.

    ``total`` None means the phase cannot say how long it takes (the key derivation):
    show a busy indicator.  ``item`` is a neutral label ("attachment 3 of 12"), never
    case text.
    """

    phase: str
    done: int
    total: int | None
    item: str | None = None

    @property
    def fraction(self) -> float | None:
        """done / total in [0, 1]; None when indeterminate."""
        if self.total is None:
            return None
        if self.total <= 0:
            return 1.0
        return min(1.0, self.done / self.total)


class Progress:
    """Where a long operation is, safe to read from another thread.

    The work starts phases and moves ``done`` forward (never back: a later, smaller
    value is ignored, so a bar never jumps backwards).  ``hook``, if given, is called
    with each new snapshot on the worker's thread, outside the lock: it must be quick.
    """

    def __init__(self, hook: Callable[[ProgressSnapshot], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._state = ProgressSnapshot("", 0, None)
        self._hook = hook

    def snapshot(self) -> ProgressSnapshot:
        """The current state (for a timer in the window)."""
        with self._lock:
            return self._state

    def start(self, phase: str, total: int | None = None, item: str | None = None) -> None:
        """Begin a phase at 0 of ``total`` (None: indeterminate)."""
        self._set(ProgressSnapshot(phase, 0, total, item))

    def update(
        self, done: int | None = None, total: int | None = None, item: str | None = None
    ) -> None:
        """Move to ``done`` (if larger), change ``total`` or the item label."""
        with self._lock:
            old = self._state
            new_total = old.total if total is None else total
            new_done = old.done if done is None else max(old.done, done)
            if new_total is not None:
                new_done = min(new_done, max(new_total, 0))
            state = ProgressSnapshot(old.phase, new_done, new_total, item or old.item)
            self._state = state
        self._notify(state)

    def advance(self, n: int = 1, item: str | None = None) -> None:
        """Move ``done`` forward by ``n``."""
        with self._lock:
            done = self._state.done + n
        self.update(done, item=item)

    def finish(self) -> None:
        """Mark the phase complete (done = total)."""
        with self._lock:
            total = self._state.total
        if total is not None:
            self.update(total)

    def _set(self, state: ProgressSnapshot) -> None:
        with self._lock:
            self._state = state
        self._notify(state)

    def _notify(self, state: ProgressSnapshot) -> None:
        if self._hook is not None:
            self._hook(state)


def callback_progress(callback: ProgressCallback) -> Progress:
    """A Progress that calls the older ``callback(done, total)`` form (total 0 when the
    phase cannot say), so callers written for it keep working."""

    def hook(state: ProgressSnapshot) -> None:
        callback(state.done, state.total or 0)

    return Progress(hook)


class Work:
    """What a long operation holds: the progress it reports and the token it honours,
    either of them absent.  Every report is also a cancel point, so the operation must
    stop reporting (or pass ``cancellable=False``) once it is past its commit point."""

    def __init__(
        self,
        progress: Progress | ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        if progress is not None and not isinstance(progress, Progress):
            progress = callback_progress(progress)
        self.progress: Progress | None = progress
        self.cancel = cancel

    def check(self) -> None:
        """Raise :class:`Cancelled` if the token was set."""
        if self.cancel is not None:
            self.cancel.check()

    def phase(self, name: str, total: int | None = None, item: str | None = None) -> None:
        """Start a phase, after a cancel check."""
        self.check()
        if self.progress is not None:
            self.progress.start(name, total, item)

    def update(self, done: int, item: str | None = None) -> None:
        """Report ``done`` of the phase, then honour a cancel."""
        if self.progress is not None:
            self.progress.update(done, item=item)
        self.check()

    def advance(self, n: int = 1, item: str | None = None) -> None:
        """Report ``n`` more done, then honour a cancel."""
        if self.progress is not None:
            self.progress.advance(n, item=item)
        self.check()

    def set_total(self, total: int | None) -> None:
        """The phase's total, once it is known."""
        if self.progress is not None:
            self.progress.update(total=total)

    def finish(self) -> None:
        """Mark the phase complete (not a cancel point: it may follow a commit)."""
        if self.progress is not None:
            self.progress.finish()

    def from_base(self, base: int) -> Callable[[int], None]:
        """A ``callback(n)`` for code that reports a running count of its own: reports
        ``base + n`` and honours a cancel."""

        def report(n: int) -> None:
            self.update(base + n)

        return report


NO_WORK = Work()
