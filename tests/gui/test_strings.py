"""Every input a person can reach has a name a screen reader can say, and every string
the window shows goes through Qt's translation (``tr``).

The first part walks the live window through each screen (welcome, create, recovery
code, unlock, and the workspace with each of its tabs, the Settings and error dialogs
too); the second reads the source of ``vault/gui`` and refuses a text literal handed
straight to a call that puts it on the screen.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS
from vault.gui.dialogs import ReportDialog
from vault.gui.window import MainWindow

GUI = Path(__file__).resolve().parents[2] / "vault" / "gui"
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QTableView,
    QListWidget,
    QTreeWidget,
    QCheckBox,
    QSpinBox,
    QAbstractItemView,
)
# Parts Qt builds inside an input (a spin box's line edit, a combo box's list): the
# outer widget carries the name.
_COMPOUND = (QAbstractSpinBox, QComboBox)


def _inputs(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            if isinstance(parent, _COMPOUND):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            yield widget


def _unnamed(root: QWidget) -> list[str]:
    """Inputs under ``root`` with neither an accessible name nor a label naming them."""
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    for widget in _inputs(root):
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        where = []
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            where.append(type(parent).__name__)
            parent = parent.parentWidget()
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {where[:3]}")
    return missing


def _screens(win: MainWindow) -> Iterator[str]:
    """Show each screen in turn and say which one is showing."""
    win.stack.setCurrentWidget(win.welcome)
    yield "welcome"
    win.welcome.create_button.click()
    yield "create"
    win.recovery_page.show_code("AAAA-BBBB-CCCC-DDDD-EEEE")
    win.stack.setCurrentWidget(win.recovery_page)
    yield "recovery code"


def test_every_input_of_every_screen_has_a_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    win = unlocked
    problems: dict[str, list[str]] = {}
    # The workspace first (the vault is unlocked), each tab and inner tab shown.
    tabs = win.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems[f"workspace: {tabs.tabText(index)}"] = _unnamed(win)
        page = tabs.widget(index)
        assert page is not None
        for inner in page.findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                where = f"workspace: {tabs.tabText(index)} / {inner.tabText(sub)}"
                problems[where] = _unnamed(win)
    win.workspace.search_field.setText("x")
    win.workspace.show_results([])
    problems["search results"] = _unnamed(win)
    win.settings_action.trigger()
    qtbot.waitUntil(lambda: win.settings_dialog is not None, timeout=WAIT_MS)
    dialog = win.settings_dialog
    assert dialog is not None
    problems["settings"] = _unnamed(dialog)
    dialog.reject()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = ReportDialog(win, exc)
    problems["error report"] = _unnamed(report)
    report.deleteLater()
    win.lock()
    problems["unlock"] = _unnamed(win)
    win.unlock_page.use_recovery.setChecked(True)
    problems["unlock with recovery code"] = _unnamed(win)
    for screen in _screens(win):
        problems[screen] = _unnamed(win)
    found = {screen: names for screen, names in problems.items() if names}
    assert found == {}


def test_the_walk_sees_what_it_should(qtbot: QtBot, window: MainWindow) -> None:
    """The check fails on an unnamed field (so it is not vacuous) and counts the inputs
    of the create screen: folder, name, two passphrases."""
    window.welcome.create_button.click()
    fields = [w for w in _inputs(window.create_page) if isinstance(w, QLineEdit)]
    assert len(fields) == 4
    stray = QLineEdit(window.create_page)
    assert len(_unnamed(window)) == 1
    QLabel("Stray:", window.create_page).setBuddy(stray)
    assert _unnamed(window) == []
    stray.deleteLater()


# ---- every visible string through tr() -----------------------------------------------

# Calls that put their string arguments on the screen (methods and constructors).
_SHOWN_BY = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setTabText",
    "setInformativeText",
    "setDetailedText",
    "setPlainText",
    "showMessage",
    "addTab",
    "insertTab",
    "addMenu",
    "addAction",
    "addButton",
    "addItem",
    "addItems",
    "addRow",
    "getText",
    "getItem",
    "getInt",
    "question",
    "warning",
    "information",
    "critical",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QMessageBox",
    "QProgressDialog",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
}


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _bare_texts(node: ast.expr) -> Iterator[ast.expr]:
    """Literals (and f-strings with words in them) in ``node``, looking inside lists,
    tuples and conditional expressions but not inside calls (``tr(...)`` is one)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        words = [v for v in node.values if isinstance(v, ast.Constant)]
        if any(_has_words(str(v.value)) for v in words):
            yield node
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _bare_texts(item)
    elif isinstance(node, ast.IfExp):
        yield from _bare_texts(node.body)
        yield from _bare_texts(node.orelse)
    elif isinstance(node, ast.BinOp):  # "a" + tr("b")
        yield from _bare_texts(node.left)
        yield from _bare_texts(node.right)


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of every literal shown without ``tr`` in ``source``, and every
    ``tr`` of something built at run time (an f-string: no translation can match it)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name == "tr":
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    found.append((node.lineno, "tr(f-string)"))
            continue
        if name not in _SHOWN_BY:
            continue
        args = list(node.args) + [kw.value for kw in node.keywords]
        for arg in args:
            for bare in _bare_texts(arg):
                found.append((bare.lineno, ast.unparse(bare)))
    return found


@pytest.mark.parametrize("path", sorted(GUI.glob("*.py")), ids=lambda p: p.name)
def test_visible_strings_go_through_tr(path: Path) -> None:
    assert untranslated(path.read_text(encoding="utf-8")) == []


def test_the_source_check_finds_bare_strings() -> None:
    bad = (
        'QLabel("Witness")\n'
        'w.setWindowTitle(f"Case {code}")\n'
        'b.setText("Save" if x else tr("Close"))\n'
        'v.setHeaderLabels([tr("Found"), "Case"])\n'
        'm.addTab(page, "People")\n'
        'tr(f"{n} rows")\n'
    )
    good = (
        'QLabel(tr("Witness"))\n'
        'w.setText(f"{a} ({b})")\n'
        'form.addRow("", field)\n'
        'w.setText(tr("{n} shown").format(n=3))\n'
    )
    assert [line for line, _ in untranslated(bad)] == [1, 2, 3, 4, 5, 6]
    assert untranslated(good) == []


# ---- the system's theme ----------------------------------------------------------------


def test_the_error_message_follows_a_dark_and_a_light_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    """What a person sees: in a dark theme a dark box with light text, in a light theme
    the reverse, switched while the window is open; the edge is red in both."""
    from PySide6.QtGui import QColor, QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    page = window.unlock_page
    window.stack.setCurrentWidget(page)
    page.error.setText("█" * 3 + " The passphrase is wrong.")
    page.error.show()
    original = QGuiApplication.palette()

    def seen() -> tuple[float, float, QColor]:
        image = page.error.grab().toImage()
        box = image.pixelColor(image.width() - 2, 1).lightnessF()
        # The text starts with full blocks: their pixels are the text colour.
        margins = page.error.contentsMargins()
        text = image.pixelColor(margins.left() + 3, image.height() // 2).lightnessF()
        return box, text, image.pixelColor(1, image.height() // 2)

    def switch(window_colour: str) -> None:
        QApplication.setPalette(QPalette(QColor(window_colour)))
        # The new palette reaches the widgets through the event loop.
        qtbot.waitUntil(
            lambda: page.error.palette().color(QPalette.ColorRole.Window).name() == window_colour
        )

    try:
        switch("#202124")  # a dark theme's window colour; Qt derives the rest
        box, text, edge = seen()
        assert box < 0.3 and text > 0.7, (box, text)
        assert edge.red() > 2 * edge.green()
        switch("#f4f4f4")  # a light one
        box, text, edge = seen()
        assert box > 0.7 and text < 0.3, (box, text)
        assert edge.red() > 2 * edge.green()
    finally:
        QApplication.setPalette(original)


def test_no_colour_is_written_into_the_window_source() -> None:
    """Colours come from the system's palette; a hex colour or a named CSS colour in a
    style would ignore the person's theme (a white box in a dark desktop)."""
    import re

    named = r"\b(white|black|red|green|blue|yellow|gr[ae]y|orange|pink|purple)\b"
    for path in sorted(GUI.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and _called_name(node) == "setStyleSheet":
                style = ast.unparse(node)
                assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", style), (path.name, style)
                assert not re.search(named, style), (path.name, style)
