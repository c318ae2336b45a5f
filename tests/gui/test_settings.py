"""Vault > Settings…: idle-lock minutes and remembering the vault's folder, kept inside
the vault and applied at once and at the next unlock."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import open_vault
from tests.gui.conftest import WAIT_MS, unlock
from vault.app.gui_settings import IDLE_KEY, REMEMBER_KEY
from vault.app.recent import config_dir, last_vault
from vault.gui.window import MainWindow


def _settings_dialog(qtbot: QtBot, win: MainWindow):  # type: ignore[no-untyped-def]
    win.settings_action.trigger()
    qtbot.waitUntil(lambda: win.settings_dialog is not None, timeout=WAIT_MS)
    dialog = win.settings_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_settings_change_the_idle_lock_and_forget_the_folder(
    qtbot: QtBot, unlocked: MainWindow, _own_config_folder: Path
) -> None:
    win = unlocked
    assert win.session is not None
    vault_dir = win.session.vault_dir
    qtbot.waitUntil(lambda: last_vault() == vault_dir, timeout=WAIT_MS)
    assert win.idle.active  # the default: five minutes
    dialog = _settings_dialog(qtbot, win)
    assert dialog.idle_minutes.value() == 5 and dialog.remember.isChecked()
    assert dialog.idle_minutes.text() != "0 min"
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "Never"
    dialog.remember.setChecked(False)
    with qtbot.waitSignal(win.settings_applied, timeout=WAIT_MS):
        dialog.accept()
    assert not win.idle.active  # never locks by itself now
    assert last_vault() is None
    assert not (config_dir() / "last-vault").exists()
    # Kept inside the vault, read again at the next unlock: still no note, no idle lock.
    win.lock()
    assert not win.settings_action.isEnabled()
    with qtbot.waitSignal(win.settings_applied, timeout=WAIT_MS):
        unlock(qtbot, win, vault_dir)
    assert not win.idle.active
    assert not config_dir().exists() or list(config_dir().iterdir()) == []
    win.lock()
    with open_vault(vault_dir) as vault:
        assert vault.setting(IDLE_KEY) == "0"
        assert vault.setting(REMEMBER_KEY) == "no"
        events = vault.conn.execute(
            "SELECT action, object_id, details FROM custody ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    assert events[0] == "edit" and events[1] == "settings"


def test_remembering_again_writes_the_note_and_a_short_idle_time_locks(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    win = unlocked
    assert win.session is not None
    vault_dir = win.session.vault_dir
    dialog = _settings_dialog(qtbot, win)
    dialog.remember.setChecked(False)
    with qtbot.waitSignal(win.settings_applied, timeout=WAIT_MS):
        dialog.accept()
    assert last_vault() is None
    dialog = _settings_dialog(qtbot, win)
    assert not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    dialog.idle_minutes.setValue(1)
    with qtbot.waitSignal(win.settings_applied, timeout=WAIT_MS):
        dialog.accept()
    assert last_vault() == vault_dir
    assert win.idle.active and win.idle._timer.interval() == 60_000
    # Cancel changes nothing.
    dialog = _settings_dialog(qtbot, win)
    dialog.idle_minutes.setValue(30)
    dialog.reject()
    dialog = _settings_dialog(qtbot, win)
    assert dialog.idle_minutes.value() == 1
    dialog.reject()


def test_a_lock_closes_an_open_settings_dialog(qtbot: QtBot, unlocked: MainWindow) -> None:
    dialog = _settings_dialog(qtbot, unlocked)
    unlocked.lock()
    assert not dialog.isVisible()
    assert unlocked.settings_dialog is None
