"""The intake dialog and issue 13: hostile pictures and PDFs dropped with a good photo are
named with their reasons before anything is written; the person then leaves them out
(the others are taken in) or keeps them as received (all are taken in, the notes say
which were kept and why)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from tests.e2e.hostile_files import jpeg_bomb, zip_bytes
from tests.gui.conftest import WAIT_MS
from tests.gui.test_evidence import (
    attachment_count,
    blob_files,
    cells,
    drop,
    gps_photo,
    opened_vault,
    select_row,
)
from vault.core.vault import Vault
from vault.gui.evidence_tab import EvidenceTab
from vault.gui.intake_dialog import IntakeDialog
from vault.gui.window import MainWindow
from vault.gui.workers import REGISTRY


def _refused_dialog(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> IntakeDialog:
    photo = gps_photo(tmp_path / "IMG_0412.jpg")
    bomb = tmp_path / "bomb.jpg"
    bomb.write_bytes(jpeg_bomb())
    archive = tmp_path / "holiday.jpg"
    archive.write_bytes(zip_bytes())
    tab = opened_vault(qtbot, window, vault, case_id)
    assert drop(tab, [QUrl.fromLocalFile(str(p)) for p in (photo, bomb, archive)])
    dialog = tab.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not REGISTRY.running, timeout=WAIT_MS)
    dialog.take_in_button.click()
    qtbot.waitUntil(lambda: dialog.keep_button.isVisible(), timeout=WAIT_MS)
    return dialog


def test_refused_files_are_named_with_reasons_and_can_be_left_out(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    dialog = _refused_dialog(qtbot, window, vault, case_id, tmp_path)
    vault_dir = window.session.vault_dir  # type: ignore[union-attr]
    assert "2 of 3 file(s) cannot be shown or redacted" in dialog.status.text()
    assert "Nothing was taken in yet" in dialog.status.text()
    reasons = dialog.refused.toPlainText().splitlines()
    assert reasons[0].startswith("bomb.jpg: The picture is 20000×20000 pixels")
    assert reasons[1] == "holiday.jpg is named as JPEG but is not one: its content is ZIP."
    assert [row.text(2) for row in dialog.file_rows] == ["waiting", "refused", "refused"]
    assert dialog.file_rows[2].toolTip(2) == reasons[1]
    assert dialog.leave_out_button.isEnabled() and not dialog.take_in_button.isVisible()
    assert attachment_count(window, case_id) == 0 and blob_files(vault_dir) == set()
    shot = Path(os.environ.get("INTAKE_SHOT", str(tmp_path / "refused.png")))
    assert dialog.grab().save(str(shot))
    dialog.leave_out_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert [row.text(0) for row in dialog.file_rows] == ["IMG_0412.jpg"]
    assert dialog.file_rows[0].text(2) == "taken in as A-001"
    assert cells(qtbot, dialog.parent(), 1, 1) == ["IMG_0412.jpg"]


def test_refused_files_can_be_kept_as_received_and_the_notes_say_so(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    dialog = _refused_dialog(qtbot, window, vault, case_id, tmp_path)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert [row.text(2) for row in dialog.file_rows] == [
        "taken in as A-001",
        "taken in as A-002",
        "taken in as A-003",
    ]
    notes = dialog.notes.toPlainText()
    assert "bomb.jpg: The picture is 20000×20000 pixels" in notes
    assert (
        "holiday.jpg is named as JPEG but is not one: its content is ZIP. It is kept as "
        "received and will never be shown or redacted." in notes
    )
    assert not dialog.refused.isVisible()
    assert "IMG_0412.jpg carries a GPS position" in notes
    assert attachment_count(window, case_id) == 3
    kept_shot = Path(os.environ.get("INTAKE_KEPT_SHOT", str(tmp_path / "kept.png")))
    assert dialog.grab().save(str(kept_shot))
    tab = dialog.parent()
    assert isinstance(tab, EvidenceTab)
    dialog.close_button.click()
    select_row(qtbot, tab, 2)
    qtbot.waitUntil(lambda: "Kept as received" in tab.details.toPlainText(), timeout=WAIT_MS)
    details = tab.details.toPlainText()
    assert "holiday.jpg is named as JPEG but is not one: its content is ZIP." in details
