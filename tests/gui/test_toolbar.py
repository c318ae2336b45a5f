"""The main toolbar and the window's icons: the app icon and id are set, the symbols
are drawn in the theme's text colour (visible on light and dark), and the actions follow
the lock and the selected case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vault import APP_ID
from vault.gui.toolbar import symbol_icon
from vault.gui.window import MainWindow


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the most opaque pixel of the icon at 24 px."""
    image = icon.pixmap(24, 24, mode).toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def test_the_app_has_its_id_and_icon(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(64, 64).isNull()


def test_symbols_take_the_theme_text_colour_light_and_dark() -> None:
    for text in ("#000000", "#f0f0f0"):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#808080")
        )
        for name in ("lock", "add-evidence", "export", "open-bundle", "search"):
            icon = symbol_icon(name, palette)
            ink = _ink(icon)
            assert ink.alpha() > 200, name
            assert ink.name() == text, (name, ink.name())
            assert _ink(icon, QIcon.Mode.Disabled).name() == "#808080", name


def test_the_toolbar_follows_the_lock_and_the_case(
    qtbot: QtBot, window: MainWindow, unlocked: MainWindow
) -> None:
    bar = window.toolbar
    texts = [action.text().replace("&", "") for action in bar.actions()]
    assert texts == ["Lock", "Add evidence…", "Export…", "Open a bundle…", "Search"]
    assert all(not action.icon().isNull() for action in bar.actions())
    assert bar.add_evidence_action.isEnabled() and bar.search_action.isEnabled()
    assert window.lock_action.isEnabled()
    bar.search_action.trigger()
    qtbot.waitUntil(lambda: window.workspace.search_field.hasFocus())
    window.lock()
    assert not bar.add_evidence_action.isEnabled()
    assert not bar.search_action.isEnabled()
    assert not window.lock_action.isEnabled()


def test_a_theme_change_repaints_the_symbols(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.toolbar
    dark = QPalette(bar.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    bar.setPalette(dark)
    qtbot.waitUntil(lambda: _ink(window.lock_action.icon(), QIcon.Mode.Disabled).isValid())
    assert _ink(bar.search_action.icon()).name() == "#eeeeee"
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
