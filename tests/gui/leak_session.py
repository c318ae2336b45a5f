"""A person's session in the window, scripted, run as its own process by test_leaks.py
(so that Qt, Python's tempfile and everything else read the fresh HOME, TMPDIR and XDG
folders the test points them at).

``python -m tests.gui.leak_session first VAULT_DIR NAME STATEMENT``: create a vault in
the window, unlock it, add a case, a person called NAME and a statement saying STATEMENT
(through the application layer, as the forms do), list and open them, search for NAME,
copy STATEMENT to the clipboard, lock, quit.

``python -m tests.gui.leak_session full VAULT_DIR NAME STATEMENT PHOTO PDF BUNDLE``: the
whole of a day's work in the window: create, a case, a witness NAME, a statement, take
in PHOTO and PDF, preview both, redact NAME in the statement and a box on the photo,
review and export for the government profile to BUNDLE, lock, quit; then assert the
process is still non-dumpable with no core limit.

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
from vault.app.box_redaction import add_attachment_box, mark_reviewed, preview_as_exported
from vault.app.evidence import files_to_take_in, take_in
from vault.app.export_flow import ExportOptions, ExportRequest, plan, write
from vault.app.forms import PersonForm, StatementDraft, save_case, save_person, save_statement
from vault.app.text_redaction import add_selected_span
from vault.core.process_safety import harden_process, is_dumpable
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


def create_and_unlock(win: MainWindow, vault_dir: Path) -> None:
    """Create a vault at ``vault_dir`` from the welcome screen, past the recovery code,
    and unlock it."""
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


def first_session(vault_dir: Path, name: str, statement: str) -> None:
    make_application()
    install_excepthook()
    win = MainWindow()
    win.show()
    create_and_unlock(win, vault_dir)

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


def full_session(
    vault_dir: Path, name: str, statement: str, photo: Path, pdf: Path, bundle: Path
) -> None:
    """Create, a case, a witness and a statement; take in ``photo`` and ``pdf``; preview
    both in the Evidence tab; redact the witness's name in the statement and a box on the
    photo; review both as exported and export the case for the government profile to
    ``bundle``; lock, quit.  Writes run the way the window runs its jobs (in the
    background, through the application layer), the previews are the window's own."""
    make_application()
    install_excepthook()
    win = MainWindow()
    win.show()
    create_and_unlock(win, vault_dir)
    case = in_background(win, lambda v: save_case(v, "Full session case", None))
    assert win.session is not None
    win.session.records_changed.emit("cases")
    wait_until(lambda: win.workspace.case_id == case.id, "the case selected")
    person = in_background(win, lambda v: save_person(v, PersonForm(case.id, name, "witness")))
    saved = in_background(
        win,
        lambda v: save_statement(v, case.id, StatementDraft(person.record.id, statement)),
    )
    made = in_background(win, lambda v: take_in(v, case.id, files_to_take_in([photo, pdf])))
    photo_id, pdf_id = (a.id for a in made.attachments)
    for kind in ("persons", "statements", "attachments"):
        win.session.records_changed.emit(kind)

    # Preview: the Evidence tab decrypts each file in memory and shows it.
    tab = win.workspace.evidence
    win.workspace.tabs.setCurrentWidget(tab)
    wait_until(lambda: tab.model.rowCount() == 2, "the two attachments listed")
    shown: list[object] = [None]
    for row in (0, 1):

        def listed(row: int = row) -> bool:
            return tab.model.record_id(row) is not None

        def rendered() -> bool:
            return tab.preview.image is not None and tab.preview.image is not shown[-1]

        wait_until(listed, "the row's id")
        tab.table.selectRow(row)
        wait_until(rendered, f"the preview of row {row}")  # a new picture, not the last
        shown.append(tab.preview.image)
        win.grab()

    # Redact: the witness's name in the statement, a box over part of the photo.
    statement_id = saved.id
    start = statement.index(name.split()[0])
    in_background(
        win,
        lambda v: add_selected_span(v, statement_id, "body", start, start + len(name), "identity"),
    )
    in_background(win, lambda v: add_attachment_box(v, photo_id, (0, 0, 20, 20), "identity"))

    # Review both as exported, then export the case for the government profile.
    for attachment_id in (photo_id, pdf_id):

        def review(v: Any, attachment_id: str = attachment_id) -> Any:
            view = preview_as_exported(v, attachment_id, "government")
            return mark_reviewed(v, attachment_id, "government", view.sha256)

        in_background(win, review)
    request = ExportRequest(case.id, ExportOptions("government"), bundle)
    in_background(win, lambda v: write(v, plan(v, request)))
    assert bundle.exists(), "the bundle was written"
    quit_app(win)
    # Nothing in the session made the process dumpable again (leak_session calls
    # harden_process first, as vault.__main__ does for the real window).
    import resource

    assert not is_dumpable(), "the window's process is dumpable"
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def main(argv: list[str]) -> int:
    harden_process()  # as vault.__main__ does before the window
    mode, vault_dir = argv[0], Path(argv[1])
    if mode == "full":
        full_session(vault_dir, argv[2], argv[3], Path(argv[4]), Path(argv[5]), Path(argv[6]))
    elif mode == "first":
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
