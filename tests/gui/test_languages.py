"""The window in another language: chosen on the welcome page (kept outside the vault,
used from the next start), and shown in Russian or Armenian once installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vault.app import i18n
from vault.gui.translator import install_language, window_language
from vault.gui.window import MainWindow


@pytest.fixture
def language() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert app is not None
    install_language(app, "en")


@pytest.mark.parametrize(
    ("code", "create", "error"),
    [
        ("ru", "Создать новое хранилище…", "Неверная парольная фраза."),
        ("hy", "Ստեղծել նոր պահոց…", "Սխալ գաղտնաբառ։"),
        ("az", "Yeni anbar yarat…", "Səhv şifrə ifadəsi."),
    ],
)
def test_the_window_speaks_the_installed_language(
    qtbot: QtBot, language: None, code: str, create: str, error: str
) -> None:
    app = QApplication.instance()
    assert app is not None
    install_language(app, code)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.welcome.create_button.text() == create
    # A string with no translation stays English, never blank.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("EvidenceVault", "Not in any file") == "Not in any file"
    assert win.welcome.language.combo.currentText() == win.welcome.language.combo.itemText(0)
    # The failure sentences the window shows come translated too.
    from vault.app.failures import describe_failure
    from vault.core.errors import WrongPassphrase

    assert describe_failure(WrongPassphrase("Wrong passphrase.")).message == error
    win.lock()


def test_choosing_a_language_keeps_it_for_the_next_start(
    qtbot: QtBot, window: MainWindow, _own_config_folder: Path
) -> None:
    box = window.welcome.language
    assert box.note.isHidden()
    box.combo.setCurrentIndex(box.combo.findData("hy"))
    assert (_own_config_folder / "evidence-vault" / "language").read_text() == "hy\n"
    assert window_language() == "hy"
    # The note is in the language chosen, so the person can read it.
    assert not box.note.isHidden()
    assert "Evidence Vault-ի հաջորդ գործարկման" in box.note.text()
    # The window itself stays as it is until the next start.
    assert window.welcome.create_button.text() == "Create a new vault…"
    box.combo.setCurrentIndex(box.combo.findData(i18n.SYSTEM))
    assert not (_own_config_folder / "evidence-vault" / "language").exists()
    assert box.note.isHidden()


def test_the_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.delenv(i18n.ENV_LANG)

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert window_language(i18n.SYSTEM) == "ru"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert window_language(i18n.SYSTEM) == "en"
    assert window_language("hy") == "hy"
    monkeypatch.setenv(i18n.ENV_LANG, "hy")
    assert window_language(i18n.SYSTEM) == "hy"
