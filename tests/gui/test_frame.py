"""The window's frame: create, unlock (passphrase, recovery code, wrong secret), the
workspace lists, search, locking on demand and on idle, the demo, the error report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, unlock
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.gui.clipboard import guard
from vault.gui.dialogs import ReportDialog, report_text
from vault.gui.list_model import PLACEHOLDER
from vault.gui.window import MainWindow


def _cells(model: object, column: int) -> list[str]:
    from vault.gui.list_model import PagedListModel

    assert isinstance(model, PagedListModel)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_create_shows_the_code_once_then_unlocks(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.create_page
    window.welcome.create_button.click()
    assert window.stack.currentWidget() is page
    page.folder.setText(str(tmp_path / "new-vault"))
    page.operator.setText("Ani Petrosyan")
    page.passphrase.setText("short")
    assert "Too short" in page.strength.text()
    page.passphrase.setText(PASSPHRASE)
    assert page.meter.value() >= 3
    page.again.setText(PASSPHRASE + "x")
    page.create_button.click()
    assert "differ" in page.error.text() and page.again.text() == ""
    assert not (tmp_path / "new-vault").exists()
    page.again.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page, timeout=WAIT_MS)
    code = window.recovery_page.code.text()
    assert len(code.replace("-", "")) >= 20
    assert page.passphrase.text() == "" and page.again.text() == ""
    assert not window.recovery_page.continue_button.isEnabled()
    window.recovery_page.written.setChecked(True)
    window.recovery_page.continue_button.click()
    assert window.recovery_page.code.text() == ""  # shown once
    assert window.stack.currentWidget() is window.unlock_page
    # The recovery code written down opens the new vault.
    window.unlock_page.use_recovery.setChecked(True)
    window.unlock_page.secret.setText(code)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        window.unlock_page.unlock_button.click()
    assert window.session is not None


def test_wrong_passphrase_says_so_and_keeps_the_field(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    vault_dir = vault.path
    vault.close()
    window.show_unlock(vault_dir)
    window.unlock_page.secret.setText("correct horse battery stapler")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisibleTo(window), timeout=WAIT_MS)
    assert "passphrase" in window.unlock_page.error.text().lower()
    assert window.unlock_page.secret.text() == "correct horse battery stapler"
    assert window.session is None
    unlock(qtbot, window, vault_dir)
    assert window.session is not None


def test_lists_search_and_lock_clear_everything(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str
) -> None:
    witness = add_person(vault, case_id, "Hayk Grigoryan", "witness", aliases=["Айк Григорян"])
    add_person(vault, case_id, "Դավիթ Սարգսյան", "victim")
    for n in range(450):  # more than two pages
        add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body=f"Night {n}."))
    vault_dir = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    statements = window.workspace.statements.model
    qtbot.waitUntil(lambda: statements.rowCount() == 450, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _cells(statements, 0)[0] == "S-001", timeout=WAIT_MS)
    # The last page is read when something asks for its rows.
    qtbot.waitUntil(lambda: statements.data(statements.index(449, 0)) == "S-450", timeout=WAIT_MS)
    statements.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: statements.data(statements.index(0, 0)) == "S-450", timeout=WAIT_MS)
    people = window.workspace.people
    people.filter.setText("григорян")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _cells(people.model, 1) == ["Hayk Grigoryan"], timeout=WAIT_MS)
    window.workspace.search_field.setText("Grigoryan")
    window.workspace.search_field.returnPressed.emit()
    qtbot.waitUntil(lambda: window.workspace.results.topLevelItemCount() > 0, timeout=WAIT_MS)
    group = window.workspace.results.topLevelItem(0)
    assert group is not None and group.childCount() >= 1
    guard().copy("Hayk Grigoryan")
    # Lock on demand: every model empty, the clipboard back, the unlock screen shown.
    window.lock_action.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_page
    assert statements.rowCount() == 0 and people.model.rowCount() == 0
    assert window.workspace.cases.count() == 0
    assert window.workspace.results.topLevelItemCount() == 0
    assert people.filter.text() == "" and window.workspace.search_field.text() == ""
    assert QGuiApplication.clipboard().text() != "Hayk Grigoryan"


def test_idle_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    unlocked.idle.set_minutes(0.001)  # 60 ms
    unlocked.idle.start()
    qtbot.waitUntil(lambda: unlocked.session is None, timeout=WAIT_MS)
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    assert unlocked.workspace.statements.model.rowCount() == 0


def test_demo_opens_a_sample_case_and_is_removed_on_lock(qtbot: QtBot, window: MainWindow) -> None:
    from vault.gui.app import start_demo

    start_demo(window)
    qtbot.waitUntil(lambda: window.demo is not None, timeout=60_000)
    assert window.demo is not None
    folder = window.demo.folder
    assert "DEMO" in window.windowTitle()
    people = window.workspace.people.model
    qtbot.waitUntil(lambda: people.rowCount() >= 4, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: PLACEHOLDER not in _cells(people, 2), timeout=WAIT_MS)
    names = " ".join(_cells(people, 2))
    assert any("\u0400" <= c <= "\u04ff" for c in names)  # Cyrillic
    assert any("\u0530" <= c <= "\u058f" for c in names)  # Armenian
    evidence = window.workspace.evidence.model
    qtbot.waitUntil(lambda: evidence.rowCount() == 4, timeout=WAIT_MS)
    window.lock()
    assert not folder.exists()
    assert "DEMO" not in window.windowTitle()


def test_an_unexpected_error_report_holds_no_case_data(qtbot: QtBot) -> None:
    try:
        raise ValueError("Hayk Grigoryan was in cell 4")
    except ValueError as exc:
        text = report_text(exc)
        dialog = ReportDialog(None, exc)
    qtbot.addWidget(dialog)
    assert "ValueError" in text and "test_frame.py" in text
    assert "Grigoryan" not in text and "cell 4" not in text
    assert dialog.report.toPlainText() == text


def test_a_desktop_lock_signal_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    # Where there is no system bus (here) the watch is quietly absent; its signal is
    # what logind's PrepareForSleep / Session.Lock are wired to where there is one.
    unlocked.desktop_lock.lock_now.emit()
    assert unlocked.session is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page


def test_a_failing_background_job_reaches_its_failure_callback(
    qtbot: QtBot, window: MainWindow
) -> None:
    from vault.core.errors import InputError
    from vault.gui.workers import Job, run_in_background

    seen: list[BaseException] = []

    def work(job: Job[None]) -> None:
        raise InputError("No case with code C-404.")

    run_in_background(
        window, work, on_success=lambda _r: None, on_failure=seen.append, label="test"
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert isinstance(seen[0], InputError)


def test_cancel_stops_a_job_at_its_next_check(qtbot: QtBot, window: MainWindow) -> None:
    from vault.app.jobs import Cancelled
    from vault.gui.workers import Job, run_in_background

    seen: list[BaseException] = []
    started: list[Job[None]] = []

    def work(job: Job[None]) -> None:
        started.append(job)
        while True:
            job.cancel_token.check()

    job = run_in_background(
        window, work, on_success=lambda _r: None, on_failure=seen.append, label="test"
    )
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT_MS)
    job.cancel()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert isinstance(seen[0], Cancelled)


def test_a_format1_vault_unlocked_in_the_window_says_where_its_backup_is(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The upgrade's backup holds the old key slots: the person must be told, in the
    # window as on the command line, to check the vault and then destroy it.
    import shutil

    from tests.core.test_format_upgrade import FORMAT1, OLD_PASSPHRASE

    vault_dir = tmp_path / "field-vault"
    shutil.copytree(FORMAT1 / "vault", vault_dir)
    unlock(qtbot, window, vault_dir, OLD_PASSPHRASE)
    box = window.notice_box
    assert box is not None and box.isVisible()
    assert "upgraded to format 2" in box.text() and "format1-backup" in box.text()
