"""The People and Incidents & facilities tabs as an investigator uses them: persons with
names in several scripts (right to left too), the filter, name clashes, consent given and
withdrawn, corrections, retraction, incidents at facilities, a refused date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS
from vault.gui.list_model import PLACEHOLDER, PagedListModel
from vault.gui.managed_tab import ManagedTab
from vault.gui.people_tab import PeopleTab
from vault.gui.window import MainWindow

ARMENIAN = "Հայկ Գրիգորյան"
CYRILLIC = "Айк Григорян"
ARABIC = "هايك غريغوريان"
HEBREW = "הייק גריגוריאן"


def _column(model: PagedListModel, key: str) -> list[str]:
    column = [c.key for c in model.spec.columns].index(key)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _rows_ready(model: PagedListModel, key: str = "name") -> Callable[[], bool]:
    return lambda: model.rowCount() > 0 and PLACEHOLDER not in _column(model, key)


def _people(win: MainWindow) -> PeopleTab:
    return win.workspace.people


def _submit(qtbot: QtBot, tab: ManagedTab) -> Any:
    """Press Save on the tab's open form and wait for it to close; what it saved."""
    dialog = tab.dialog
    dialog.submit()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)
    return dialog.saved


def _add_person(
    qtbot: QtBot, tab: PeopleTab, name: str, aliases: list[str], role: str = "witness"
) -> Any:
    tab.new_button.click()
    form = tab.dialog
    form.name.setText(name)
    form.aliases.setPlainText("\n".join(aliases))
    form.role.setCurrentIndex(form.role.findData(role))
    return _submit(qtbot, tab)


def _select(qtbot: QtBot, tab: ManagedTab, key: str, text: str) -> dict[str, Any]:
    """Click the row whose ``key`` column reads ``text``; the record shown for it."""
    qtbot.waitUntil(_rows_ready(tab.model, key), timeout=WAIT_MS)
    row = _column(tab.model, key).index(text)
    tab.table.selectRow(row)
    wanted = tab.model.record_id(row)
    qtbot.waitUntil(
        lambda: tab.current is not None and tab.current["id"] == wanted, timeout=WAIT_MS
    )
    assert tab.current is not None
    return tab.current


def _answer_modals(answers: list[Callable[[Any], None]]) -> tuple[list[str], QTimer]:
    """Answer the next modal dialogs in turn (a reason asked, a yes/no) as a person
    would; the texts of the questions they asked (filled in as they come), and the timer
    watching for them (keep it while they are expected)."""
    asked: list[str] = []
    timer = QTimer()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not answers or getattr(widget, "_answered", False):
            return
        widget._answered = True  # type: ignore[attr-defined]
        asked.append(
            widget.labelText() if isinstance(widget, QInputDialog) else widget.text()  # type: ignore[attr-defined]
        )
        answers.pop(0)(widget)

    timer.timeout.connect(poll)
    timer.start(20)
    return asked, timer


def _type_reason(text: str) -> Callable[[Any], None]:
    def answer(dialog: Any) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    return answer


def _say_yes(box: Any) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_names_in_four_scripts_are_found_by_any_alias_and_read_in_their_direction(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tab = _people(unlocked)
    saved = _add_person(qtbot, tab, "Hayk Grigoryan", [CYRILLIC, ARMENIAN, ARABIC, HEBREW])
    assert saved.warnings == []
    _add_person(qtbot, tab, "Anna Petrosyan", ["Анна Петросян"], role="victim")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    # The filter folds case in every script: upper-case Armenian and Cyrillic find him.
    for typed in ("ՀԱՅԿ", "ГРИГОРЯН", "غريغوريان"):
        tab.filter.setText(typed)
        qtbot.waitUntil(
            lambda: tab.model.rowCount() == 1 and _column(tab.model, "name") == ["Hayk Grigoryan"],
            timeout=WAIT_MS,
        )
    tab.filter.setText("петросян")
    qtbot.waitUntil(lambda: _column(tab.model, "name") == ["Anna Petrosyan"], timeout=WAIT_MS)
    tab.filter.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    person = _select(qtbot, tab, "name", "Hayk Grigoryan")
    assert person["code"] == "W-001"
    text = tab.details.toPlainText()
    for alias in (CYRILLIC, ARMENIAN, ARABIC, HEBREW):
        assert alias in text
    assert person["id"] not in text and person["case_id"] not in text  # no raw ids
    # Each alias is its own paragraph, laid out in its script's direction.
    directions = {}
    block = tab.details.document().begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    assert directions[ARABIC] == Qt.LayoutDirection.RightToLeft
    assert directions[HEBREW] == Qt.LayoutDirection.RightToLeft
    assert directions[ARMENIAN] == Qt.LayoutDirection.LeftToRight
    assert directions[CYRILLIC] == Qt.LayoutDirection.LeftToRight


def test_a_name_another_person_has_is_saved_with_a_warning(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tab = _people(unlocked)
    _add_person(qtbot, tab, "Davit Sargsyan", [ARMENIAN])
    saved = _add_person(qtbot, tab, "David Sargsyan", ["DAVIT SARGSYAN"], role="victim")
    assert saved.record.code == "V-001"
    qtbot.waitUntil(lambda: tab.warning_box is not None and tab.warning_box.isVisible())
    assert tab.warning_box is not None
    assert "V-001" in tab.warning_box.text()
    assert "W-001" in tab.warning_box.informativeText()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    # Locking takes the warning (it names people) and an open form away.
    box = tab.warning_box
    tab.new_button.click()
    form = tab.dialog
    form.name.setText("Half typed")
    unlocked.lock_action.trigger()
    assert tab.warning_box is None and not box.isVisible()
    assert tab.dialog is None and not form.isVisible()


def test_consent_given_then_withdrawn_shows_both_newest_first(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tab = _people(unlocked)
    _add_person(qtbot, tab, "Lilit Hakobyan", [])
    _select(qtbot, tab, "name", "Lilit Hakobyan")
    tab.consent_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=WAIT_MS)
    consent = tab.dialog
    # Sharing without an anonymity choice is refused inside the form.
    consent.share["legal"].setChecked(True)
    consent.share["ngo"].setChecked(True)
    consent.submit()
    qtbot.waitUntil(lambda: consent.message.isVisibleTo(consent), timeout=WAIT_MS)
    assert "anonymity" in consent.message.text()
    assert consent.history.rowCount() == 0 and consent.share["ngo"].isChecked()
    consent.anonymity_buttons["required"].setChecked(True)
    consent.date.setText("2024-03-02")
    consent.note.setText("given at the first interview")
    consent.submit()
    qtbot.waitUntil(lambda: consent.history.rowCount() == 1, timeout=WAIT_MS)
    assert not consent.share["ngo"].isChecked()  # the form is empty for the next one
    consent.withdraw.setChecked(True)
    consent.note.setText("asked by phone")
    consent.submit()
    qtbot.waitUntil(lambda: consent.history.rowCount() == 2, timeout=WAIT_MS)
    newest, oldest = consent.history_texts()
    assert newest[0] == "2" and "withdrawn" in newest[2] and newest[5] == "asked by phone"
    assert oldest[0] == "1" and oldest[1] == "2 March 2024"
    assert oldest[2] == "shares with legal, ngo" and oldest[3] == "required"
    consent.reject()
    # The list and the details follow the latest decision; the history stays.
    qtbot.waitUntil(
        lambda: "withdrawn" in (_column(tab.model, "consent") or [""])[0], timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: "asked by phone" in tab.details.toPlainText(), timeout=WAIT_MS)
    details = tab.details.toPlainText()
    assert "shares with legal, ngo" in details and "given at the first interview" in details


def test_correcting_a_name_leaves_a_custody_event_and_keeps_the_code(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tab = _people(unlocked)
    _add_person(qtbot, tab, "Aram Hakobian", [CYRILLIC])
    _select(qtbot, tab, "name", "Aram Hakobian")
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=WAIT_MS)
    form = tab.dialog
    assert form.name.text() == "Aram Hakobian"
    form.name.setText("Aram Hakobyan")
    form.aliases.setPlainText(f"{CYRILLIC}\n{ARABIC}")
    form.roles["victim"].setChecked(True)
    # A correction without its reason is refused in the form, nothing changed.
    form.submit()
    qtbot.waitUntil(lambda: form.message.isVisibleTo(form), timeout=WAIT_MS)
    assert "why" in form.message.text().lower() and tab.dialog is form
    form.reason_field.setText("Surname misspelled in the first notes")
    _submit(qtbot, tab)
    qtbot.waitUntil(lambda: _column(tab.model, "name") == ["Aram Hakobyan"], timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "Surname misspelled in the first notes" in tab.details.toPlainText(),
        timeout=WAIT_MS,
    )
    assert _column(tab.model, "code") == ["W-001"]
    assert "witness, victim" in _column(tab.model, "roles")[0]
    qtbot.waitUntil(lambda: ARABIC in tab.details.toPlainText(), timeout=WAIT_MS)
    custody = unlocked.workspace.custody.model
    qtbot.waitUntil(
        lambda: (
            "edit" in _column(custody, "action") and PLACEHOLDER not in _column(custody, "record")
        ),
        timeout=WAIT_MS,
    )
    row = _column(custody, "action").index("edit")
    assert _column(custody, "record")[row] == "person W-001"
    # Refused corrections say why in the form and change nothing.
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=WAIT_MS)
    form = tab.dialog
    for box in form.roles.values():
        box.setChecked(False)
    form.reason_field.setText("roles entered wrongly")
    form.submit()
    qtbot.waitUntil(lambda: form.message.isVisibleTo(form), timeout=WAIT_MS)
    assert "at least one role" in form.message.text()
    form.reject()


def test_retracting_asks_why_and_for_a_yes_then_hides_the_person(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tab = _people(unlocked)
    _add_person(qtbot, tab, "Entered Twice", [])
    saved = _add_person(qtbot, tab, "Stays Here", [], role="victim")
    # The tab selects the record just saved once its rows arrive; let it, then choose.
    qtbot.waitUntil(
        lambda: tab.current is not None and tab.current["id"] == saved.record.id,
        timeout=WAIT_MS,
    )
    _select(qtbot, tab, "name", "Entered Twice")
    asked, _watch = _answer_modals([_type_reason("entered twice by mistake"), _say_yes])
    tab.retract_button.click()
    qtbot.waitUntil(lambda: _column(tab.model, "name") == ["Stays Here"], timeout=WAIT_MS)
    assert len(asked) == 2 and "W-001" in asked[0] and "cannot be undone" in asked[1]
    assert not tab.retract_button.isEnabled()
    custody = unlocked.workspace.custody.model
    qtbot.waitUntil(lambda: "retract" in _column(custody, "action"), timeout=WAIT_MS)


def test_a_bad_date_keeps_the_form_and_says_why(qtbot: QtBot, unlocked: MainWindow) -> None:
    tab = _people(unlocked)
    tab.new_button.click()
    form = tab.dialog
    form.name.setText("Narek Avetisyan")
    form.aliases.setPlainText(ARMENIAN)
    form.born.setText("1980-02-30")
    form.submit()
    qtbot.waitUntil(lambda: form.message.isVisibleTo(form), timeout=WAIT_MS)
    assert "date of birth" in form.message.text()
    assert tab.dialog is form and form.isVisible()
    assert form.name.text() == "Narek Avetisyan" and form.aliases.toPlainText() == ARMENIAN
    form.born.setText("1980-02")
    _submit(qtbot, tab)
    qtbot.waitUntil(_rows_ready(tab.model, "born"), timeout=WAIT_MS)
    assert _column(tab.model, "born") == ["1980-02"]


def test_an_incident_at_a_new_facility_appears_in_both_lists(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    tabs = unlocked.workspace.incidents
    facilities, incidents = tabs.facilities, tabs.incidents
    facilities.new_button.click()
    form = facilities.dialog
    form.name.setText("Pre-trial Detention Center No. 3")
    form.aliases.setPlainText("СИЗО №3\nԿալանավայր 3")
    form.type.setCurrentText("detention-center")
    _submit(qtbot, facilities)
    qtbot.waitUntil(_rows_ready(facilities.model), timeout=WAIT_MS)
    incidents.new_button.click()
    qtbot.waitUntil(lambda: incidents.dialog is not None, timeout=WAIT_MS)
    form = incidents.dialog
    assert form.facility.count() == 2  # none, or the case's one facility
    form.violation.setCurrentText("arbitrary-detention")
    form.date.setText("November 2020 2")  # unreadable: refused, form kept
    form.facility.setCurrentIndex(1)
    form.submit()
    qtbot.waitUntil(lambda: form.message.isVisibleTo(form), timeout=WAIT_MS)
    assert "incident date" in form.message.text() and incidents.dialog is form
    form.date.setText("around November 2020")
    form.place.setText("Shushi")
    _submit(qtbot, incidents)
    qtbot.waitUntil(_rows_ready(incidents.model, "facility"), timeout=WAIT_MS)
    assert _column(incidents.model, "facility") == ["Pre-trial Detention Center No. 3"]
    assert _column(incidents.model, "type") == ["arbitrary-detention"]
    qtbot.waitUntil(
        lambda: "Pre-trial Detention Center No. 3" in incidents.details.toPlainText(),
        timeout=WAIT_MS,
    )
    assert "around November 2020" in incidents.details.toPlainText()
    # The facility's details list the incident by what it was, not by an id.
    incident = _select(qtbot, incidents, "type", "arbitrary-detention")
    facility = _select(qtbot, facilities, "name", "Pre-trial Detention Center No. 3")
    text = facilities.details.toPlainText()
    assert "arbitrary-detention, around November 2020" in text and incident["id"] not in text
    assert "СИЗО №3" in text
    # A correction of the facility's name shows in the incidents list too.
    facilities.edit_button.click()
    qtbot.waitUntil(lambda: facilities.dialog is not None, timeout=WAIT_MS)
    facilities.dialog.name.setText("SIZO No. 3")
    facilities.dialog.reason_field.setText("the name used in the official register")
    _submit(qtbot, facilities)
    qtbot.waitUntil(lambda: _column(incidents.model, "facility") == ["SIZO No. 3"], timeout=WAIT_MS)
    # A facility where an incident happened cannot be retracted; the incident can.
    assert facility["name"] == "Pre-trial Detention Center No. 3"
    _select(qtbot, incidents, "type", "arbitrary-detention")
    _asked, _watch = _answer_modals([_type_reason("wrong case"), _say_yes])
    incidents.retract_button.click()
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 0, timeout=WAIT_MS)
