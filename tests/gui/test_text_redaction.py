"""Redacting a statement's text in the window: proposals highlighted in the original and
the translation (a witness named in Latin and Cyrillic, a phone number with one digit
too many), decided with the keyboard one by one and by person, undone, a span added by
selecting words (an overlap refused in the application layer's words), the list
filtered by status, and the text exactly as the media export carries it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS, unlock
from vault.app.manage import audit_log
from vault.app.redaction import listing, statement_as_exported
from vault.core.cases import add_case
from vault.core.consent import record_consent
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.gui.list_model import PLACEHOLDER
from vault.gui.text_redaction import TextRedactionDialog
from vault.gui.window import MainWindow

# An emoji first: it counts two in Qt's positions and one in Python's, so a highlight or
# a selected span that confused the two would slide off its words.
BODY = (
    "🙂 My name is Aram Hakobyan. Gagik Sargsyan took my phone and said: call "
    "+374 91 234 5678 tonight. Nobody called Aram Hakobyan again."
)
TRANSLATION = "Меня зовут Арам Акопян. Звоните: +374 91 234 5678 сегодня."
PHONE = "+374 91 234 5678"  # an Armenian mobile with one digit too many: phone-like


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, vault: Vault) -> TextRedactionDialog:
    """The redaction view of the statement, opened with the Statements tab's button."""
    case_id = add_case(vault, "Redaction").id
    witness = add_person(vault, case_id, "Aram Hakobyan", "witness", aliases=["Арам Акопян"])
    add_person(vault, case_id, "Gagik Sargsyan", "perpetrator")
    record_consent(vault, witness.id, "legal,media", "required")
    add_statement(
        vault,
        case_id,
        StatementDraft(
            witness.id, BODY, translation=TRANSLATION, translation_language="ru", language="en"
        ),
    )
    vault_dir: Path = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    tab = window.workspace.statements
    model = tab.model
    qtbot.waitUntil(
        lambda: model.rowCount() == 1 and model.data(model.index(0, 0)) not in (None, PLACEHOLDER),
        timeout=WAIT_MS,
    )
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.sheet is not None, timeout=WAIT_MS)
    redact = tab.record_buttons[-1]
    assert redact.text() == "Redact…" and redact.isEnabled()
    redact.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, TextRedactionDialog), timeout=WAIT_MS)
    opened = tab.dialog
    assert isinstance(opened, TextRedactionDialog)
    _settle(qtbot, opened)
    assert opened.chosen_profile == "media"
    qtbot.waitUntil(opened.isActiveWindow, timeout=WAIT_MS)
    return opened


def _settle(qtbot: QtBot, dialog: TextRedactionDialog) -> None:
    qtbot.waitUntil(lambda: dialog.view is not None and not dialog.busy, timeout=WAIT_MS)


def _marked(box: QTextEdit) -> list[str]:
    """The words highlighted in ``box``, in order."""
    return [mark.cursor.selectedText() for mark in box.extraSelections()]


def _statuses(dialog: TextRedactionDialog) -> dict[tuple[str, int], str]:
    """Each redaction's status in the vault, by (field, start)."""
    vault = dialog.session.vault
    return {
        (r.field or "", r.start or 0): r.status
        for r in listing(vault, statement_id=dialog.statement_id).records
    }


def _key(
    qtbot: QtBot,
    dialog: TextRedactionDialog,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    target: QWidget | None = None,
) -> None:
    """Press ``key`` in the list (focus stays there, as for a person using the keyboard)
    and wait for the decision to be read back."""
    dialog.activateWindow()  # the offscreen platform does not give it back after a question
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    where = target or dialog.pane.table
    where.setFocus()
    QTest.keyClick(where, key, mods)
    _settle(qtbot, dialog)


def _answer_reason(item_index: int) -> None:
    """Choose the ``item_index``-th reason in the next reason question."""

    def attempt(left: int) -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, QInputDialog):
            widget.setTextValue(widget.comboBoxItems()[item_index])
            widget.accept()
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(100))


def _select_words(box: QTextEdit, words: str, occurrence: int = 1) -> None:
    cursor = box.document().find(words)
    for _ in range(occurrence - 1):
        cursor = box.document().find(words, cursor)
    assert not cursor.isNull()
    box.setTextCursor(cursor)


def _body_offset(words: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = BODY.index(words, at + 1)
    return at


def test_proposals_are_highlighted_and_decided_by_key_person_and_undone(
    qtbot: QtBot, dialog: TextRedactionDialog
) -> None:
    name1, gagik, phone, name2 = (
        _body_offset("Aram Hakobyan"),
        _body_offset("Gagik"),
        _body_offset(PHONE),
        _body_offset("Aram Hakobyan", 2),
    )
    # Highlighted exactly on the words, past the emoji, in both texts.
    names = ["Aram Hakobyan", "Gagik Sargsyan", PHONE, "Aram Hakobyan"]
    assert _marked(dialog.pane.original) == names
    assert _marked(dialog.pane.translation) == ["Арам Акопян", PHONE]
    model = dialog.pane.model
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert rows[0][:5] == [
        "Original",
        "name or alias of a person",
        "Aram Hakobyan",
        "W-001 Aram Hakobyan",
        "undecided",
    ]
    assert rows[2][1].startswith("phone-like number (not valid") and rows[2][3] == "—"
    assert rows[4][2:4] == ["Арам Акопян", "W-001 Aram Hakobyan"]  # the alias, same person
    assert dialog.summary.text().startswith("6 undecided")

    # The view opens on the first proposal; its reason says what and whom. N and P move.
    assert "W-001 Aram Hakobyan" in dialog.pane.reason.text()
    _key(qtbot, dialog, Qt.Key.Key_N)
    assert "Gagik Sargsyan" in dialog.pane.reason.text()
    _key(qtbot, dialog, Qt.Key.Key_P)
    assert "W-001 Aram Hakobyan" in dialog.pane.reason.text()
    assert "identity" in dialog.pane.reason.text() and "undecided" in dialog.pane.reason.text()
    _key(qtbot, dialog, Qt.Key.Key_A)  # accept: the view moves to the next undecided one
    qtbot.waitUntil(lambda: _statuses(dialog)[("body", name1)] == "accepted", timeout=WAIT_MS)
    assert "Gagik Sargsyan" in dialog.pane.reason.text()
    _key(qtbot, dialog, Qt.Key.Key_R, target=dialog.pane.original)  # keys work from the text too
    assert _statuses(dialog)[("body", gagik)] == "rejected"
    assert "phone-like" in dialog.pane.reason.text()
    _key(qtbot, dialog, Qt.Key.Key_Down)  # arrows move too: to the second "Aram Hakobyan"
    assert dialog.current_proposal() is not None
    assert dialog.current_proposal().start == name2  # type: ignore[union-attr]
    dialog.pane.person_button.click()  # every undecided one of this person, alias included
    _settle(qtbot, dialog)
    after_person = _statuses(dialog)
    assert after_person[("body", name2)] == "accepted"
    assert after_person[("translation", TRANSLATION.index("Арам"))] == "accepted"
    assert after_person[("body", phone)] == "proposed"
    assert dialog.summary.text().startswith("2 undecided, 3 accepted, 1 rejected")

    # Filter: only the accepted ones listed.
    dialog.pane.filter.setCurrentIndex(2)
    assert [model.data(model.index(r, 4)) for r in range(model.rowCount())] == ["accepted"] * 3
    dialog.pane.filter.setCurrentIndex(0)

    # Ctrl+Z takes back "all of this person", then the rejection: both as new decisions.
    _key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = _statuses(dialog)
    assert undone[("body", name2)] == "proposed"
    assert undone[("translation", TRANSLATION.index("Арам"))] == "proposed"
    assert undone[("body", name1)] == "accepted"  # the earlier decision stays
    _key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, dialog.pane.translation)
    assert _statuses(dialog)[("body", gagik)] == "proposed"
    assert dialog.summary.text().startswith("5 undecided, 1 accepted, 0 rejected")
    events = [
        e.event for e in audit_log(dialog.session.vault) if e.event.action == "redaction-reverted"
    ]
    assert len(events) == 3  # two records of the person, one rejection
    assert all("Aram" not in str(e.details) and "Gagik" not in str(e.details) for e in events)
    assert {e.details["restored"] for e in events} == {"proposed"}
    # The highlight follows the state: the struck-through (accepted) name is the first only.
    struck = [m.format.fontStrikeOut() for m in dialog.pane.original.extraSelections()]
    assert struck == [True, False, False, False]


def test_a_span_by_selection_and_an_overlap_refused_in_words(
    qtbot: QtBot, dialog: TextRedactionDialog
) -> None:
    _select_words(dialog.pane.original, "tonight")
    _answer_reason(2)  # location
    _key(qtbot, dialog, Qt.Key.Key_S)
    at = _body_offset("tonight")
    records = listing(dialog.session.vault, statement_id=dialog.statement_id).records
    (span,) = [r for r in records if r.source == "manual"]
    assert (span.field, span.start, span.end) == ("body", at, at + len("tonight"))
    assert span.matched_text == "tonight" and span.reason == "location"
    assert span.status == "accepted"
    assert "tonight" in _marked(dialog.pane.original)
    # Words overlapping the accepted span are refused, in the application layer's words.
    _select_words(dialog.pane.original, "5678 tonight")
    _answer_reason(0)
    _key(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.error.isVisible()
    assert "overlaps redaction" in dialog.error.text() and "already accepted" in dialog.error.text()
    after = listing(dialog.session.vault, statement_id=dialog.statement_id).records
    assert len(after) == len(records)
    # Undo withdraws the span (kept, rejected): the export shows "tonight" again.
    _key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    records = listing(dialog.session.vault, statement_id=dialog.statement_id).records
    assert [r.status for r in records if r.id == span.id] == ["rejected"]
    assert "tonight" in dialog.preview.body.toPlainText()
    # Without a selection, S explains what to do.
    dialog.pane.original.setTextCursor(QTextCursor(dialog.pane.original.document()))
    _key(qtbot, dialog, Qt.Key.Key_S)
    assert "Select the words" in dialog.error.text()


def test_the_preview_is_the_media_export_with_codes_and_undecided_hits_listed(
    qtbot: QtBot, dialog: TextRedactionDialog
) -> None:
    preview = dialog.preview
    # Nothing decided: the export would refuse; every hit is listed and highlighted.
    assert preview.undecided.count() == 6
    assert "6 hit(s) nobody decided for media" in preview.undecided_title.text()
    assert _marked(preview.translation) == ["Арам Акопян", PHONE]
    dialog.pane.all_button.click()
    _settle(qtbot, dialog)
    body, translation = preview.body.toPlainText(), preview.translation.toPlainText()
    for words in ("Aram", "Hakobyan", "Gagik", "Sargsyan", "Арам", "Акопян", "+374", "234"):
        assert words not in body and words not in translation, words
    for digits in ("374", "91", "5678"):  # no digit group of the number is left anywhere
        assert digits not in body.split() and digits not in translation, digits
    exported = statement_as_exported(dialog.session.vault, dialog.statement_id, "media")
    assert body == exported.preview.texts.body  # what the export writes, character for character
    assert translation == exported.preview.texts.translation
    code = body.split("My name is ")[1].split(".")[0]
    assert code.startswith("W-") and code != "W-001"  # the bundle's code, not the vault's
    assert body.count(code) == 2 and f"Меня зовут {code}." in translation
    assert "call [phone] tonight" in body and "Звоните: [phone]" in translation
    assert "[person] took my phone" in body  # the perpetrator does not travel with it
    assert preview.undecided.count() == 0 and not preview.undecided.isVisible()
    assert "Nothing undecided for media" in preview.undecided_title.text()
    assert preview.heading.text() == "Exactly as the media export carries this statement."
    # Another profile reads the same decisions; legal would name the perpetrator, but an
    # accepted decision is never dropped.
    dialog.profile.setCurrentText("legal")
    qtbot.waitUntil(
        lambda: dialog.view is not None and dialog.view.profile == "legal", timeout=WAIT_MS
    )
    _settle(qtbot, dialog)
    assert "legal export" in preview.heading.text()
    assert "[person] took my phone" in preview.body.toPlainText()
    # A profile the witness did not consent to: the preview says the statement stays home.
    dialog.profile.setCurrentText("ngo")
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.profile == "ngo")
    _settle(qtbot, dialog)
    assert preview.heading.text().startswith("Not exported for ngo:")


def test_kept_by_profile_needs_no_decision_and_accept_all_leaves_it(
    qtbot: QtBot, dialog: TextRedactionDialog
) -> None:
    dialog.profile.setCurrentText("legal")
    qtbot.waitUntil(
        lambda: dialog.view is not None and dialog.view.profile == "legal", timeout=WAIT_MS
    )
    _settle(qtbot, dialog)
    model = dialog.pane.model
    statuses = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert statuses.count("kept by profile") == 1
    dialog.pane.filter.setCurrentIndex(4)
    assert model.rowCount() == 1 and model.data(model.index(0, 2)) == "Gagik Sargsyan"
    dialog.pane.filter.setCurrentIndex(0)
    dialog.pane.all_button.click()
    _settle(qtbot, dialog)
    assert "Gagik Sargsyan took my phone" in dialog.preview.body.toPlainText()
    assert dialog.preview.undecided.count() == 0


def test_locking_closes_the_view_and_forgets_its_words(
    qtbot: QtBot, window: MainWindow, dialog: TextRedactionDialog
) -> None:
    assert "Hakobyan" in dialog.pane.original.toPlainText()
    window.lock()
    # Closed at once, before Qt deletes it: nothing of the statement is left in it.
    assert not dialog.isVisible() and dialog.view is None
    for box in (dialog.pane.original, dialog.pane.translation, dialog.preview.body):
        assert box.toPlainText() == "" and box.extraSelections() == []
    assert dialog.pane.model.rowCount() == 0
    assert window.workspace.statements.dialog is None
