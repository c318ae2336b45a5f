"""Background work the way Anki's ``QueryOp`` does it: the operation runs off the GUI
thread, then its result (or its failure) is handed to a callback on the GUI thread.

Every long operation of the window goes through :func:`run_in_background`; nothing else
in ``vault/gui`` starts a thread (the list reader excepted, see ``page_reader.py``).
A job that touches the vault runs inside ``vault.worker()``: its own database
connection, never the GUI thread's.  Progress is polled from the operation's
``vault.app`` :class:`Progress` by a timer on the GUI thread and drawn in a progress
dialog (or the window's status bar for quiet jobs); Cancel sets the job's
:class:`CancelToken`, which the operation honours before its commit point.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from vault.app.jobs import CancelToken, Progress
from vault.core.vault import Vault

T = TypeVar("T")
POLL_MS = 100
# A job that finishes quicker than this never flashes a progress dialog at the person.
SHOW_AFTER_MS = 400


class _Relay(QObject):
    """Carries the worker thread's outcome to the GUI thread (queued connection)."""

    finished = Signal(object)
    failed = Signal(object)


class Job(Generic[T]):
    """One background operation: its progress, its cancel token, and whether it ended."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.progress = Progress()
        self.cancel_token = CancelToken()
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next safe point."""
        self.cancel_token.cancel()


class JobRegistry:
    """The jobs still running, so locking can cancel them and wait for them to end."""

    def __init__(self) -> None:
        self._jobs: set[Job[Any]] = set()

    def add(self, job: Job[Any]) -> None:
        self._jobs.add(job)

    def discard(self, job: Job[Any]) -> None:
        self._jobs.discard(job)

    @property
    def running(self) -> list[Job[Any]]:
        """The jobs that have not ended yet."""
        return [job for job in self._jobs if not job.done.is_set()]

    def cancel_all(self, wait_seconds: float = 30.0) -> bool:
        """Cancel every job and wait for each to end; False if one is still running."""
        for job in list(self._jobs):
            job.cancel()
        ended = all(job.done.wait(wait_seconds) for job in list(self._jobs))
        self._jobs = {job for job in self._jobs if not job.done.is_set()}
        return ended


REGISTRY = JobRegistry()


def _emit(signal: Any, value: object) -> None:
    # RuntimeError: the window that asked is gone, nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        signal.emit(value)


def run_in_background(
    parent: QWidget,
    operation: Callable[[Job[T]], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    label: str,
    vault: Vault | None = None,
    show_progress: bool = True,
    cancellable: bool = True,
) -> Job[T]:
    """Run ``operation(job)`` on a new thread and call ``on_success(result)`` or
    ``on_failure(exception)`` on the GUI thread afterwards, exactly once.

    With ``vault`` the operation runs inside ``vault.worker()`` (its own connection).
    With ``show_progress`` a modal progress dialog titled ``label`` appears if the job
    takes more than ``SHOW_AFTER_MS``, fed from ``job.progress``; its Cancel button (if
    ``cancellable``) cancels the job.  The callbacks are dropped if ``parent`` is gone.
    """
    job: Job[T] = Job(label)
    relay = _Relay(parent)
    dialog: QProgressDialog | None = None
    timer = QTimer(parent)
    timer.setInterval(POLL_MS)
    elapsed = [0]

    def poll() -> None:
        nonlocal dialog
        elapsed[0] += POLL_MS
        if not show_progress or elapsed[0] < SHOW_AFTER_MS:
            return
        if dialog is None:
            dialog = QProgressDialog(parent)
            dialog.setWindowTitle(label)
            dialog.setLabelText(label)
            dialog.setAccessibleName(label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(job.cancel)
            else:
                dialog.setCancelButton(None)
            dialog.show()
        snap = job.progress.snapshot()
        text = snap.phase or label
        if snap.item:
            text = f"{text}: {snap.item}"
        dialog.setLabelText(text)
        if snap.total is None:
            dialog.setRange(0, 0)  # busy indicator
        else:
            dialog.setRange(0, max(snap.total, 1))
            dialog.setValue(min(snap.done, max(snap.total, 1)))

    def ended() -> None:
        timer.stop()
        timer.deleteLater()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        REGISTRY.discard(job)
        relay.deleteLater()

    def succeeded(result: object) -> None:
        ended()
        on_success(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        ended()
        assert isinstance(exc, BaseException)
        on_failure(exc)

    relay.finished.connect(succeeded)
    relay.failed.connect(failed)
    timer.timeout.connect(poll)

    def work() -> None:
        try:
            if vault is not None:
                with vault.worker():
                    result = operation(job)
            else:
                result = operation(job)
        except BaseException as exc:  # handed to the GUI thread, never lost
            job.done.set()
            _emit(relay.failed, exc)
            return
        job.done.set()
        _emit(relay.finished, result)

    REGISTRY.add(job)
    timer.start()
    threading.Thread(target=work, name=f"ev-job:{label}", daemon=True).start()
    return job
