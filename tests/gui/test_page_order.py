"""The page reader answers the rows a person is looking at before the counts of lists
they are not (with 100,000 statements, a hidden tab's count asked at unlock held up the
first page of the tab on screen by half a second)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statements
from vault.core.vault import Vault
from vault.gui.list_model import PAGE_SIZE, PLACEHOLDER, PagedListModel
from vault.gui.page_reader import PageAnswer, PageReader, PageRequest


def _request(owner: int, kind: str, case_id: str, offset: int | None) -> PageRequest:
    return PageRequest(owner, 1, kind, case_id, offset, 50, None, False, "")


def test_pages_come_before_counts_and_stop_before_both(
    qtbot: QtBot, vault: Vault, case_id: str
) -> None:
    add_person(vault, case_id, "Hayk Grigoryan", "witness")
    reader = PageReader(vault, start=False)
    answers: list[PageAnswer] = []
    reader.answered.connect(answers.append)
    # Counts of hidden tabs asked at unlock, then the page of the tab on screen.
    reader.ask(_request(1, "custody", case_id, None))
    reader.ask(_request(2, "attachments", case_id, None))
    reader.ask(_request(3, "persons", case_id, 0))
    reader.ask(_request(4, "statements", case_id, None))
    reader.start()
    qtbot.waitUntil(lambda: len(answers) == 7, timeout=WAIT_MS)
    # The page on screen first; each count after its list's first page.
    assert [(a.request.owner, a.first_page, a.count is not None) for a in answers] == [
        (3, False, False),
        (1, True, False),
        (1, False, True),
        (2, True, False),
        (2, False, True),
        (4, True, False),
        (4, False, True),
    ]
    assert [r.values[1] for r in answers[0].rows] == ["Hayk Grigoryan"]
    assert answers[2].count is not None and answers[2].count >= 2  # the custody log
    assert len(answers[1].rows) == answers[2].count
    reader.stop()

    stopped = PageReader(vault, start=False)
    late: list[PageAnswer] = []
    stopped.answered.connect(late.append)
    stopped.ask(_request(5, "persons", case_id, 0))
    stopped.stop()  # asked after, answered first: nothing more is read
    stopped.start()
    stopped.stop()  # waits for the reader's thread to end
    QCoreApplication.processEvents()  # delivers any answer it queued (none may be)
    assert late == []


def test_a_long_list_shows_its_first_page_before_it_is_counted(
    qtbot: QtBot, vault: Vault, case_id: str
) -> None:
    witness = add_person(vault, case_id, "Hayk Grigoryan", "witness")
    drafts = [StatementDraft(witness_id=witness.id, body=f"Night {n}.") for n in range(250)]
    add_statements(vault, case_id, drafts)
    reader = PageReader(vault)
    model = PagedListModel("statements", reader)
    seen: list[tuple[str, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("rows", last - first + 1)))
    model.counted.connect(lambda n: seen.append(("counted", n)))
    model.set_case(case_id)
    qtbot.waitUntil(lambda: ("counted", 250) in seen, timeout=WAIT_MS)
    # The first page's rows were shown (with their values) before the count came.
    assert seen == [("rows", PAGE_SIZE), ("rows", 250 - PAGE_SIZE), ("counted", 250)]
    assert model.data(model.index(0, 0)) == "S-001"
    assert model.data(model.index(PAGE_SIZE, 0)) == PLACEHOLDER  # read when looked at
    qtbot.waitUntil(lambda: model.data(model.index(249, 0)) == "S-250", timeout=WAIT_MS)
    model.clear()
    reader.stop()
