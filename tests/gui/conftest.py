"""The window under test: offscreen Qt, a real vault, no sleeps (qtbot waits on signals
and conditions)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from vault.core.vault import Vault
from vault.gui.app import make_application
from vault.gui.window import MainWindow
from vault.gui.workers import REGISTRY

WAIT_MS = 20_000


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """pytest-qt makes the application through ours (Qt settings kept nowhere)."""
    from PySide6.QtWidgets import QApplication

    make_application()
    return QApplication


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """A main window showing the welcome screen (no last vault remembered)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.lock()
    REGISTRY.cancel_all()


def unlock(qtbot: QtBot, win: MainWindow, vault_dir: Path, secret: str = PASSPHRASE) -> None:
    """Type ``secret`` on the unlock screen of ``vault_dir`` and wait for the workspace
    and for the vault's window settings, read in the background at unlock, to be applied:
    a test that sets the idle time itself must not have it reset by them afterwards."""
    win.show_unlock(vault_dir)
    win.unlock_page.secret.setText(secret)
    with qtbot.waitSignals([win.unlocked, win.settings_applied], timeout=WAIT_MS):
        win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.workspace.cases.count() > 0 or win.session is not None)


@pytest.fixture
def unlocked(qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str) -> MainWindow:
    """The window with the test vault unlocked and its one case selected."""
    vault_dir = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    return window
