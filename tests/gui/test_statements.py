"""The Statements tab: take a statement in with a translation in another script, read it
side by side in the right directions, make a new version and see the changed words,
correct a detail with a reason, retract, and a refused form that keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS, unlock
from vault.app.manage import audit_log
from vault.app.records import show
from vault.app.redaction import add_span
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.gui.clipboard import guard
from vault.gui.list_model import PLACEHOLDER
from vault.gui.statement_edit import CorrectDetailsDialog, EditTextDialog
from vault.gui.statement_form import NewStatementDialog
from vault.gui.statements_tab import StatementsTab
from vault.gui.version_history import VersionHistoryDialog
from vault.gui.window import MainWindow

# South Azerbaijani in Arabic script (right to left), then Armenian and Russian.
AZ_ARAB = "من گوردوم کی اونو آپاردیلار.\nگئجه ساعات اوچ ایدی.\nSonra bizi apardılar."
TRANSLATION = "Ես տեսա, որ նրան տարան։\nБыло три часа ночи."
BODY = "They came at night.\nThe officer wore a grey coat.\nNobody said a word."


def _modal(kind: type[QWidget], act: Callable[[QWidget], object], tries: int = 50) -> None:
    """Answer the next modal dialog of type ``kind`` with ``act`` once it is up."""

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def _type_reason(text: str, then: Callable[[], None] | None = None) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        if then is not None:
            then()
        dialog.accept()

    _modal(QInputDialog, act)


def _say_yes() -> None:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = box.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()

    _modal(QMessageBox, act)


@pytest.fixture
def people(vault: Vault, case_id: str) -> dict[str, str]:
    """A witness, an interviewer and an interpreter (ids by role)."""
    return {
        "witness": add_person(vault, case_id, "Leyla Məmmədova", "witness").id,
        "interviewer": add_person(vault, case_id, "Ani Petrosyan", "interviewer").id,
        "interpreter": add_person(vault, case_id, "Тигран Аветисян", "interpreter").id,
    }


def _open(qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str) -> StatementsTab:
    vault_dir: Path = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    return window.workspace.statements


def _codes(tab: StatementsTab) -> list[str]:
    model = tab.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _select(qtbot: QtBot, tab: StatementsTab, code: str) -> None:
    qtbot.waitUntil(lambda: code in _codes(tab), timeout=WAIT_MS)
    tab.table.selectRow(_codes(tab).index(code))
    qtbot.waitUntil(lambda: tab.sheet is not None and tab.sheet.code == code, timeout=WAIT_MS)


def _new_form(qtbot: QtBot, tab: StatementsTab) -> NewStatementDialog:
    tab.new_statement()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, NewStatementDialog), timeout=WAIT_MS)
    assert isinstance(tab.dialog, NewStatementDialog)
    return tab.dialog


def test_a_statement_with_a_translation_in_another_script_reads_side_by_side(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    tab = _open(qtbot, window, vault, case_id)
    form = _new_form(qtbot, tab)
    assert form.witness.count() == 3  # every person of the case, by code and name
    assert any("Məmmədova" in form.witness.itemText(i) for i in range(3))
    form.witness.setCurrentIndex(form.witness.findData(people["witness"]))
    form.interviewer.setCurrentIndex(form.interviewer.findData(people["interviewer"]))
    form.interpreter.setCurrentIndex(form.interpreter.findData(people["interpreter"]))
    form.date.setText("12 April 2023")
    form.place.setText("Tabriz")
    form.language.setCurrentText("az-arab")
    form.kind.setCurrentIndex(form.kind.findData("sworn"))
    form.topics.item(0).setCheckState(Qt.CheckState.Checked)
    first_topic = form.topics.item(0).text()
    form.texts.original.setPlainText(AZ_ARAB)
    form.texts.translation.setPlainText(TRANSLATION)
    form.texts.translation_language.setCurrentText("hy")
    form.save_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _codes(tab) == ["S-001"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.sheet is not None, timeout=WAIT_MS)
    view = tab.view
    assert view.values["witness"].text().startswith("W-001")
    assert "Məmmədova" in view.values["witness"].text()
    assert "Аветисян" in view.values["interpreter"].text()
    assert view.values["date"].text() == "12 April 2023"
    assert view.values["kind"].text() == "sworn"
    assert view.values["topics"].text() == first_topic
    assert view.texts.original.toPlainText() == AZ_ARAB
    assert view.texts.translation.toPlainText() == TRANSLATION
    assert view.texts.original.isReadOnly() and view.texts.translation.isReadOnly()
    assert view.texts.original_title.text() == "Original (az-Arab)"
    assert view.texts.translation_title.text() == "Translation (hy)"
    # Each paragraph in its own direction, whatever the window's direction is.
    tab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    original = view.texts.original.document()
    translation = view.texts.translation.document()
    assert original.findBlockByNumber(0).textDirection() == Qt.LayoutDirection.RightToLeft
    assert original.findBlockByNumber(1).textDirection() == Qt.LayoutDirection.RightToLeft
    assert original.findBlockByNumber(2).textDirection() == Qt.LayoutDirection.LeftToRight
    # ... and aligned on its own side: the right-to-left lines end at the right edge.
    starts = [_line_start(original, n) for n in range(3)]
    assert starts[0] > 100 and starts[1] > 100 and starts[2] < 5
    for n in (0, 1):  # Armenian, then Russian
        assert translation.findBlockByNumber(n).textDirection() == Qt.LayoutDirection.LeftToRight
    # Copy text: on the clipboard, then cleared by the guard.
    tab.copy_text()
    assert QGuiApplication.clipboard().text() == AZ_ARAB and guard().pending
    guard().clear_if_ours()
    assert QGuiApplication.clipboard().text() != AZ_ARAB
    # Ctrl+C in the text goes through the guard too (Qt's own copy would not clear).
    box = view.texts.translation
    box.selectAll()
    QTest.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == TRANSLATION and guard().pending
    guard().clear_if_ours()
    assert QGuiApplication.clipboard().text() != TRANSLATION
    assert "Leyla" not in window.windowTitle()


def _line_start(document: QTextDocument, block: int) -> float:
    found = document.findBlockByNumber(block)
    layout = document.documentLayout()
    layout.blockBoundingRect(found)  # lays the block out if it was not yet
    line = found.layout().lineAt(0)
    return float(line.naturalTextRect().left())


def test_a_bad_date_is_refused_in_the_form_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    tab = _open(qtbot, window, vault, case_id)
    form = _new_form(qtbot, tab)
    form.witness.setCurrentIndex(form.witness.findData(people["witness"]))
    form.date.setText("31 Smarch 2023")
    form.place.setText("Tabriz")
    form.texts.original.setPlainText(AZ_ARAB)
    form.texts.translation.setPlainText(TRANSLATION)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.error.isVisibleTo(form), timeout=WAIT_MS)
    assert "date" in form.error.text().lower() and "Smarch" in form.error.text()
    assert tab.dialog is form and form.isVisible() and form.isEnabled()
    assert form.date.text() == "31 Smarch 2023" and form.place.text() == "Tabriz"
    assert form.texts.original.toPlainText() == AZ_ARAB
    assert form.texts.translation.toPlainText() == TRANSLATION
    assert tab.model.rowCount() == 0
    # The witness as interpreter too: refused, still nothing saved.
    form.date.setText("2023-04")
    form.interpreter.setCurrentIndex(form.interpreter.findData(people["witness"]))
    form.save_button.click()
    qtbot.waitUntil(lambda: "witness" in form.error.text(), timeout=WAIT_MS)
    form.interpreter.setCurrentIndex(0)
    form.save_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _codes(tab) == ["S-001"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.sheet is not None, timeout=WAIT_MS)
    assert tab.view.values["date"].text() == "April 2023"


def test_a_new_version_keeps_the_old_and_the_diff_shows_the_changed_words(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    statement = add_statement(
        vault, case_id, StatementDraft(witness_id=people["witness"], body=BODY)
    )
    # A person's decision on words the edit changes, and one on words it keeps.
    grey = BODY.index("grey coat")
    add_span(vault, statement.id, grey, grey + len("grey coat"), "identity")
    night = BODY.index("night")
    add_span(vault, statement.id, night, night + len("night"), "other")
    tab = _open(qtbot, window, vault, case_id)
    _select(qtbot, tab, "S-001")
    tab.record_buttons[0].click()  # Edit text…
    assert isinstance(tab.dialog, EditTextDialog)
    edit = tab.dialog
    assert edit.texts.original.toPlainText() == BODY
    edit.save_button.click()  # nothing changed: said, not saved
    assert "unchanged" in edit.error.text() and tab.dialog is edit
    new_body = BODY.replace("grey coat", "black jacket").replace("Nobody", "No one")
    edit.texts.original.setPlainText(new_body)
    edit.save_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "version 2" in tab.view.notice.text(), timeout=WAIT_MS)
    assert "1 redaction decision" in tab.view.notice.text()
    qtbot.waitUntil(
        lambda: tab.sheet is not None and tab.sheet.record["version"] == 2, timeout=WAIT_MS
    )
    assert tab.view.texts.original.toPlainText() == new_body
    assert tab.view.values["statement"].text() == "S-001, version 2 of 2"

    tab.record_buttons[1].click()  # Versions…
    assert isinstance(tab.dialog, VersionHistoryDialog)
    history = tab.dialog
    assert history.table.rowCount() == 2
    assert [_cell(history, r, 0) for r in range(2)] == ["1", "2"]
    assert _cell(history, 0, 2) == vault.operator
    assert len(_cell(history, 0, 3)) == 12
    assert _cell(history, 0, 3) != _cell(history, 1, 3)
    marked = _marked_words(history)
    assert marked["removed"] == ["grey coat", "Nobody"]
    assert marked["added"] == ["black jacket", "No one"]
    same = "".join(marked["same"])
    assert "They came at night." in same and "The officer wore a " in same
    # Version 2 against itself: nothing highlighted.
    history.old.setCurrentIndex(1)
    assert not _marked_words(history)["removed"] and not _marked_words(history)["added"]
    history.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)


def _cell(history: VersionHistoryDialog, row: int, column: int) -> str:
    item = history.table.item(row, column)
    assert item is not None
    return item.text()


def _marked_words(history: VersionHistoryDialog) -> dict[str, list[str]]:
    """The diff's text by how it is drawn: struck out, green, or plain."""
    found: dict[str, list[str]] = {"removed": [], "added": [], "same": []}
    block = history.diff.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontStrikeOut():
                found["removed"].append(fragment.text())
            elif fmt.background().style() != Qt.BrushStyle.NoBrush:
                found["added"].append(fragment.text())
            else:
                found["same"].append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_correcting_the_date_asks_why_and_leaves_a_custody_event(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    add_statement(
        vault,
        case_id,
        StatementDraft(witness_id=people["witness"], body=BODY, interview_date="2023-04-12"),
    )
    tab = _open(qtbot, window, vault, case_id)
    _select(qtbot, tab, "S-001")
    tab.record_buttons[2].click()  # Correct details…
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CorrectDetailsDialog), timeout=WAIT_MS)
    assert isinstance(tab.dialog, CorrectDetailsDialog)
    form = tab.dialog
    assert form.date.text() == "2023-04-12"
    form.save_button.click()
    assert "Nothing was changed" in form.error.text()
    form.date.setText("2023-04-21")
    _modal(QInputDialog, lambda d: d.close())  # no reason given: nothing changes
    form.save_button.click()
    assert "needs a reason" in form.error.text() and tab.dialog is form
    _type_reason("Date misread from the interview notes")
    form.save_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.view.values["date"].text() == "21 April 2023", timeout=WAIT_MS)
    assert "corrected" in tab.view.notice.text()
    session = window.session
    assert session is not None
    statement_id = tab.sheet.id if tab.sheet is not None else ""
    edits = [
        e for e in audit_log(session.vault, record_id=statement_id) if e.event.action == "edit"
    ]
    assert len(edits) == 1
    details = edits[0].event.details
    assert details["changed"] == ["interview_date"]
    assert "Date misread" not in str(details)
    (correction,) = show(session.vault, "statement", statement_id)["corrections"]
    assert correction["reason"] == "Date misread from the interview notes"


def test_retracting_asks_why_and_takes_the_statement_off_the_list(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    for body in ("First account.", "Entered twice by mistake."):
        add_statement(vault, case_id, StatementDraft(witness_id=people["witness"], body=body))
    tab = _open(qtbot, window, vault, case_id)
    qtbot.waitUntil(lambda: _codes(tab) == ["S-001", "S-002"], timeout=WAIT_MS)
    _select(qtbot, tab, "S-002")
    _type_reason("Entered twice", then=_say_yes)
    tab.record_buttons[3].click()  # Retract…
    qtbot.waitUntil(lambda: _codes(tab) == ["S-001"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: PLACEHOLDER not in _codes(tab), timeout=WAIT_MS)
    assert tab.sheet is None and "retracted" in tab.view.notice.text()
    assert not tab.record_buttons[0].isEnabled()
    session = window.session
    assert session is not None
    events = [e.event.action for e in audit_log(session.vault)]
    assert events[-1] == "retract"
    # Answering No keeps it.
    _select(qtbot, tab, "S-001")

    def say_no() -> None:
        _modal(QMessageBox, lambda box: box.close())

    _type_reason("Not sure", then=say_no)
    tab.record_buttons[3].click()
    assert _codes(tab) == ["S-001"] and tab.sheet is not None


def test_locking_closes_an_open_dialog_and_empties_the_view(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    add_statement(vault, case_id, StatementDraft(witness_id=people["witness"], body=BODY))
    tab = _open(qtbot, window, vault, case_id)
    _select(qtbot, tab, "S-001")
    tab.record_buttons[0].click()  # Edit text…
    edit = tab.dialog
    assert isinstance(edit, EditTextDialog) and edit.isVisible()
    window.lock_action.trigger()
    assert tab.dialog is None and not edit.isVisible()
    assert tab.sheet is None and tab.view.texts.original.toPlainText() == ""
    assert all(not value.text() for value in tab.view.values.values())
    assert not any(button.isEnabled() for button in tab.record_buttons)
