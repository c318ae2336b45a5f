"""Two jobs of one dialog at once, and Qt objects that must end on the GUI thread.

Files dropped the instant the intake dialog opens start the intake while the dialog's
statement list is still read in the background: two jobs run at once, each on its own
connection.  A test run once died there with SIGSEGV, the GUI thread in Qt's event
loop.  The cause was not the jobs but the garbage collector: it runs on whichever thread
allocates (here a busy job thread), and it freed a parentless QObject a closed window had
left installed as the application's event filter (its idle watch), destroying it off the
GUI thread while the GUI thread was calling it.  The window now owns its watches, so
they end with it, on the GUI thread; likewise the unlocked vault's session (and its page
reader's signals), deleted at lock on the GUI thread, late job outcomes dropped.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS
from tests.gui.test_evidence import attachment_count, blob_files, drop, gps_photo, opened_vault
from vault.core.vault import Vault
from vault.gui.window import MainWindow
from vault.gui.workers import REGISTRY, Job

# EV_REPEAT=200 runs the two-jobs test 200 times in one process (the crash hunt).
REPEAT = int(os.environ.get("EV_REPEAT", "1"))


def start_intake_at_once(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> tuple[object, Path]:
    """Drop a small and a big file and click Take in before the statement list is read;
    return the dialog once the second file is being encrypted."""
    small = gps_photo(tmp_path / "first.jpg")
    big = tmp_path / "second.bin"
    with big.open("wb") as out:  # sparse: cheap on disk, 160 MB to encrypt
        out.truncate(160 << 20)
    tab = opened_vault(qtbot, window, vault, case_id)
    vault_dir = window.session.vault_dir  # type: ignore[union-attr]
    assert drop(tab, [QUrl.fromLocalFile(str(small)), QUrl.fromLocalFile(str(big))])
    dialog = tab.intake_dialog
    assert dialog is not None
    dialog.take_in_button.click()  # no wait: the statement list is still being read
    job = dialog.job
    assert job is not None
    first_size = small.stat().st_size
    qtbot.waitUntil(lambda: job.progress.snapshot().done > first_size, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "second.bin (file 2 of 2)" in dialog.status.text(), timeout=WAIT_MS)
    return dialog, vault_dir


@pytest.mark.parametrize("run", range(REPEAT))
def test_cancel_while_the_statement_list_is_still_read(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path, run: int
) -> None:
    dialog, vault_dir = start_intake_at_once(qtbot, window, vault, case_id, tmp_path)
    dialog.cancel_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert dialog.status.text() == "Cancelled: nothing was taken in."  # type: ignore[attr-defined]
    assert attachment_count(window, case_id) == 0
    assert blob_files(vault_dir) == set()
    qtbot.waitUntil(lambda: not REGISTRY.running, timeout=WAIT_MS)


def test_locking_while_both_jobs_run_leaves_nothing(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    dialog, vault_dir = start_intake_at_once(qtbot, window, vault, case_id, tmp_path)
    window.lock()  # cancels both jobs, waits for them, closes the dialog
    assert not REGISTRY.running
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert blob_files(vault_dir) == set()


def test_files_given_while_an_intake_runs_are_refused_not_swapped_in(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    """A second batch while the first is being encrypted would replace the dialog and
    hide how the first ends: it is refused with a sentence, and the first completes."""
    dialog, _vault_dir = start_intake_at_once(qtbot, window, vault, case_id, tmp_path)
    tab = window.workspace.evidence
    later = gps_photo(tmp_path / "later.jpg")
    assert tab.take_in([later]) is None
    assert tab.intake_dialog is dialog
    assert "still being taken in" in tab.notice.text()
    assert tab.notice.isVisibleTo(tab)
    first = tab.intake_dialog
    assert first is not None
    qtbot.waitUntil(lambda: first.job is None, timeout=WAIT_MS * 4)
    qtbot.waitUntil(lambda: attachment_count(window, case_id) == 2, timeout=WAIT_MS)


def test_a_closed_window_leaves_no_qt_object_for_the_collector(qtbot: QtBot) -> None:
    window = MainWindow()
    window.show()
    watches = [window.idle, window.desktop_lock]
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Gone with the window, on this thread: nothing left installed in the application
    # for a collection on another thread to destroy while events go through it.
    assert [shiboken6.isValid(watch) for watch in watches] == [False, False]
    del window
    # What a collection on a job thread does with the leftovers: drop the last
    # references there, while the GUI thread sends input through the event filters.
    target = QWidget()
    qtbot.addWidget(target)
    dropped = threading.Event()

    def drop_there() -> None:
        watches.clear()
        gc.collect()
        dropped.set()

    thread = threading.Thread(target=drop_there)
    thread.start()
    while not dropped.is_set():
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(1, 1),
            QPointF(1, 1),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, move)
    thread.join()


def orphans(window: MainWindow) -> list[str]:
    """The live Qt objects nothing in Qt owns (no parent, Python's to delete), but the
    window: a collection on any thread may destroy them."""
    return sorted(
        type(o).__name__
        for o in gc.get_objects()
        if isinstance(o, QObject)
        and o is not window
        and shiboken6.isValid(o)
        and shiboken6.ownedByPython(o)
        and o.parent() is None
    )


def test_the_window_owns_the_qt_objects_it_keeps(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str
) -> None:
    opened_vault(qtbot, window, vault, case_id)
    # The session and its page reader's signals are the window's; only the clipboard
    # guard, one for the whole process (kept by the module), is nobody's in Qt.
    assert [name for name in orphans(window) if name != "ClipboardGuard"] == []


def test_a_locked_session_ends_on_the_gui_thread_and_drops_late_outcomes(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened_vault(qtbot, window, vault, case_id)
    failures: list[BaseException] = []
    monkeypatch.setattr("vault.gui.session.show_failure", lambda _p, exc: failures.append(exc))
    session = window.session
    assert session is not None
    signals = session.reader.signals
    outcomes: list[object] = []
    started = threading.Barrier(3)

    def until_cancelled(job: Job[str]) -> None:
        started.wait()
        while not job.cancel_token.cancelled:  # the lock cancels every job
            time.sleep(0.005)

    def finishes_after_cancel(job: Job[str]) -> str:
        until_cancelled(job)
        return "late"

    def fails_after_cancel(job: Job[str]) -> str:
        until_cancelled(job)
        raise OSError("late failure")

    session.run(window, finishes_after_cancel, outcomes.append, "ends late")
    session.run(window, fails_after_cancel, outcomes.append, "fails late")  # dialog path
    started.wait()
    window.lock()  # both jobs end after the lock: their outcomes must go nowhere
    qtbot.waitUntil(
        lambda: not any(t.name.startswith("ev-job:") for t in threading.enumerate()),
        timeout=WAIT_MS,
    )
    QCoreApplication.processEvents()  # deliver the late outcomes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert (outcomes, failures) == ([], [])
    # Deleted here, on the GUI thread, with its reader's signals.
    assert [shiboken6.isValid(session), shiboken6.isValid(signals)] == [False, False]
    # Asked after the lock: nothing runs, nothing is told.
    assert session.run(window, lambda job: "never", outcomes.append, "after").done.is_set()
    QCoreApplication.processEvents()
    assert (outcomes, failures) == ([], [])
    assert window.status.text() == "Locked"
    # The last references dropped, and a collection run, on another thread while the
    # GUI thread keeps handling input: nothing of the session is left to destroy there.
    leftovers = [session, signals]
    del session, signals
    dropped = threading.Event()

    def drop_there() -> None:
        leftovers.clear()
        gc.collect()
        dropped.set()

    thread = threading.Thread(target=drop_there)
    thread.start()
    while not dropped.is_set():
        QCoreApplication.processEvents()
    thread.join()
    assert failures == []
