"""A person's session in the window, scripted, run as its own process by test_leaks.py
(so that Qt, Python's tempfile and everything else read the fresh HOME, TMPDIR and XDG
folders the test points them at).

``python -m tests.gui.leak_session first VAULT_DIR NAME STATEMENT``: create a vault in
the window, unlock it, add a case, a person called NAME and a statement saying STATEMENT
(through the application layer, as the forms do), list and open them, search for NAME,
copy STATEMENT to the clipboard, lock, quit.

``python -m tests.gui.leak_session forget VAULT_DIR``: start on the remembered vault's
unlock screen, unlock, turn "remember this vault's folder" off in Settings, lock, quit.

``python -m tests.gui.leak_session again VAULT_DIR``: start on the welcome screen (the
folder was forgotten), open the vault's folder, unlock, lock, quit.

Waits are event loops ended by a timer or a condition, never sleeps.  Exits 0 on
success; anything unexpected is a traceback and a non-zero status.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from tests.conftest import PASSPHRASE
from vault.app.forms import PersonForm, StatementDraft, save_case, save_person, save_statement
from vault.gui.app import make_application
from vault.gui.clipboard import guard
from vault.gui.dialogs import install_excepthook
from vault.gui.list_model import PLACEHOLDER
from vault.gui.record_tab import RecordTab
from vault.gui.window import MainWindow
from vault.gui.workers import Job

TIMEOUT_S = 60


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``condition`` holds (SystemExit naming ``what`` after
    a minute)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def in_background(win: MainWindow, work: Callable[[Any], Any]) -> Any:
    """Run ``work(vault)`` the way the window runs its jobs and wait for its result."""
    session = win.session
    assert session is not None
    result: list[Any] = []

    def operation(job: Job[Any]) -> Any:
        return work(session.vault)

    session.run(win, operation, result.append, "test step", show_progress=False)
    wait_until(lambda: bool(result), "a background job")
    return result[0]


def unlock(win: MainWindow, vault_dir: Path) -> None:
    assert win.stack.currentWidget() is win.unlock_page, "the unlock screen"
    assert win.unlock_page.vault_dir == vault_dir
    win.unlock_page.secret.setText(PASSPHRASE)
    win.unlock_page.unlock_button.click()
    wait_until(lambda: win.session is not None, "the unlock")


def quit_app(win: MainWindow) -> None:
    """Lock with Ctrl+L's action, then close the window as the Quit menu does."""
    app = make_application()
    win.lock_action.trigger()
    assert win.session is None and win.stack.currentWidget() is win.unlock_page
    QTimer.singleShot(0, win.close)
    app.exec()


def show_first_row(win: MainWindow, tab: RecordTab, column: int) -> None:
    """Show ``tab``, wait for its one row, select it, and paint its details."""
    win.workspace.tabs.setCurrentWidget(tab)
    model = tab.model
    wait_until(lambda: model.rowCount() == 1, f"the row of {tab.title}")
    wait_until(
        lambda: model.data(model.index(0, column)) not in (PLACEHOLDER, None),
        f"the cells of {tab.title}",
    )
    tab.table.selectRow(0)  # the details pane shows the record
    if tab.details.isHidden():  # the statements tab shows a record in a view of its own
        wait_until(lambda: getattr(tab, "sheet", None) is not None, "the statement")
    else:
        wait_until(lambda: bool(tab.details.toPlainText()), "the details")
    win.grab()  # painted, as a person would see it


def first_session(vault_dir: Path, name: str, statement: str) -> None:
    make_application()
    install_excepthook()
    win = MainWindow()
    win.show()
    assert win.stack.currentWidget() is win.welcome, "no vault remembered yet"
    win.welcome.create_button.click()
    page = win.create_page
    page.folder.setText(str(vault_dir))
    page.operator.setText("Field Investigator")
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE)
    page.create_button.click()
    wait_until(lambda: win.stack.currentWidget() is win.recovery_page, "the recovery code")
    win.recovery_page.written.setChecked(True)
    win.recovery_page.continue_button.click()
    unlock(win, vault_dir)

    case = in_background(win, lambda v: save_case(v, "Leak check case", None))
    assert win.session is not None
    win.session.records_changed.emit("cases")
    wait_until(lambda: win.workspace.case_id == case.id, "the case selected")
    person = in_background(win, lambda v: save_person(v, PersonForm(case.id, name, "witness")))
    in_background(
        win,
        lambda v: save_statement(v, case.id, StatementDraft(person.record.id, statement)),
    )
    win.session.records_changed.emit("persons")
    win.session.records_changed.emit("statements")
    show_first_row(win, win.workspace.people, 1)
    show_first_row(win, win.workspace.statements, 0)
    assert name in win.workspace.people.details.toPlainText()
    win.workspace.search_field.setText(name.split()[0])
    win.workspace.search_field.returnPressed.emit()
    wait_until(lambda: win.workspace.results.topLevelItemCount() > 0, "search results")
    group = win.workspace.results.topLevelItem(0)
    assert group is not None and group.childCount() >= 1, "the person was found"
    guard().copy(statement)
    assert name not in win.windowTitle()
    quit_app(win)


def forget_session(vault_dir: Path) -> None:
    make_application()
    win = MainWindow()
    win.show()
    unlock(win, vault_dir)  # the remembered vault's unlock screen comes first
    win.settings_action.trigger()
    wait_until(lambda: win.settings_dialog is not None, "the Settings dialog")
    dialog = win.settings_dialog
    assert dialog is not None and dialog.remember.isChecked()
    dialog.remember.setChecked(False)
    applied: list[object] = []
    win.settings_applied.connect(applied.append)
    dialog.accept()
    wait_until(lambda: bool(applied), "the settings saved")
    quit_app(win)


def again_session(vault_dir: Path) -> None:
    make_application()
    win = MainWindow()
    win.show()
    assert win.stack.currentWidget() is win.welcome, "the folder was forgotten"
    win.welcome.open_requested.emit(vault_dir)  # what "Open a vault folder…" picks
    applied: list[object] = []
    win.settings_applied.connect(applied.append)
    unlock(win, vault_dir)
    wait_until(lambda: bool(applied), "the settings read")
    quit_app(win)


def main(argv: list[str]) -> int:
    mode, vault_dir = argv[0], Path(argv[1])
    if mode == "first":
        first_session(vault_dir, argv[2], argv[3])
    elif mode == "forget":
        forget_session(vault_dir)
    elif mode == "again":
        again_session(vault_dir)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
