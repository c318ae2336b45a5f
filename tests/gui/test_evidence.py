"""The Evidence and Custody log tabs: files dropped in with per-file progress, cancel that
leaves nothing, a repeat taken in again on request, the notes after intake, details with
both hashes, previews decrypted in memory only (a photo upright, a PDF page by page), and
"verify chain" / "check vault" answering in plain words, also for a tampered vault."""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WAIT_MS, unlock
from vault.app.records import list_records
from vault.app.verdicts import Verdict
from vault.core.attachments import intake_files
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.gui.custody_tab import CustodyTab
from vault.gui.evidence_tab import EvidenceTab
from vault.gui.intake_dialog import IntakeDialog
from vault.gui.list_model import PLACEHOLDER
from vault.gui.preview_view import PreviewView
from vault.gui.window import MainWindow
from vault.gui.workers import REGISTRY

FIXTURE_PDF = Path(__file__).parent.parent / "fixtures" / "sample_case" / "media"


def gps_photo(path: Path, size: tuple[int, int] = (60, 40), orientation: int = 6) -> Path:
    """A real JPEG with a GPS position, stored sideways (EXIF orientation 6)."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((20, 20, 200), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 11.0, 0.0), 3: "E", 4: (44.0, 30.0, 0.0)})
    image.save(path, "JPEG", exif=exif)
    return path


def two_page_pdf(path: Path) -> Path:
    """A real PDF: page 1 A4 portrait, page 2 A4 landscape."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(text="Statement page one")
    pdf.add_page(orientation="L")
    pdf.cell(text="Statement page two")
    pdf.output(str(path))
    return path


def drop(tab: EvidenceTab, urls: list[QUrl]) -> bool:
    """Drag ``urls`` over the tab and drop them; True if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls(urls)
    point = QPointF(20, 20)
    with warnings.catch_warnings():  # PySide marks Qt's one constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            point.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, event)
    return True


def opened_vault(qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str) -> EvidenceTab:
    """Unlock ``vault`` in the window, its case selected, the Evidence tab shown."""
    vault_dir = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    tab = window.workspace.evidence
    window.workspace.tabs.setCurrentWidget(tab)
    return tab


def take_in(qtbot: QtBot, tab: EvidenceTab, paths: list[Path]) -> IntakeDialog:
    """Drop ``paths`` and take them in; wait until they are in."""
    assert drop(tab, [QUrl.fromLocalFile(str(p)) for p in paths])
    dialog = tab.intake_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.take_in_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    return dialog


def cells(qtbot: QtBot, tab: object, column: int, rows: int) -> list[str]:
    """Wait for ``rows`` rows and their values; the values of ``column``."""
    model = tab.model  # type: ignore[attr-defined]

    def arrived() -> bool:
        return model.rowCount() == rows and all(
            model.data(model.index(r, column)) != PLACEHOLDER for r in range(rows)
        )

    qtbot.waitUntil(arrived, timeout=WAIT_MS)
    return [model.data(model.index(r, column)) for r in range(rows)]


def attachment_count(window: MainWindow, case_id: str) -> int:
    session = window.session
    assert session is not None
    with session.vault.worker() as vault:
        return len(list_records(vault, "attachments", case_id).records)


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def blob_files(vault_dir: Path) -> set[Path]:
    return files_under(vault_dir / "blobs") if (vault_dir / "blobs").exists() else set()


def shown(preview: PreviewView) -> QImage:
    """The image the preview shows (there must be one)."""
    image = preview.image
    assert image is not None
    return image


def answer(qtbot: QtBot, custody: CustodyTab, button: QPushButton) -> Verdict:
    """Click ``button`` (verify or check) and wait for the verdict."""
    button.click()
    qtbot.waitUntil(lambda: custody.verdict is not None, timeout=WAIT_MS)
    assert custody.verdict is not None
    return custody.verdict


def select_row(qtbot: QtBot, tab: object, row: int) -> None:
    table = tab.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.model.record_id(row) is not None, timeout=WAIT_MS)  # type: ignore[attr-defined]
    table.selectRow(row)


def test_dropped_files_are_listed_with_codes_and_the_notes_told(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    photo = gps_photo(tmp_path / "IMG_0412.jpg")
    pdf = two_page_pdf(tmp_path / "statement scan.pdf")
    tab = opened_vault(qtbot, window, vault, case_id)
    dialog = take_in(qtbot, tab, [photo, pdf])
    assert [row.text(0) for row in dialog.file_rows] == ["IMG_0412.jpg", "statement scan.pdf"]
    assert [row.text(2) for row in dialog.file_rows] == ["taken in as A-001", "taken in as A-002"]
    notes = dialog.notes.toPlainText()
    assert dialog.notes.isVisible()
    assert "IMG_0412.jpg carries a GPS position (40.18, 44.50)" in notes
    assert "statement scan.pdf carries" not in notes
    assert "still on disk, unencrypted" in notes and str(pdf) in notes
    assert cells(qtbot, tab, 0, 2) == ["A-001", "A-002"]
    assert cells(qtbot, tab, 1, 2) == ["IMG_0412.jpg", "statement scan.pdf"]
    # The intake's custody events are listed in the Custody log without a manual refresh.
    custody = window.workspace.custody
    qtbot.waitUntil(lambda: custody.model.rowCount() >= 4, timeout=WAIT_MS)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_folder_or_a_remote_file_is_refused_with_a_sentence(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Witness photos"
    folder.mkdir()
    gps_photo(folder / "a.jpg")
    tab = opened_vault(qtbot, window, vault, case_id)
    assert drop(tab, [QUrl.fromLocalFile(str(folder))])
    assert tab.intake_dialog is None
    assert "Witness photos is a folder" in tab.notice.text() and tab.notice.isVisible()
    assert drop(tab, [QUrl("https://example.org/photo.jpg")])
    assert tab.intake_dialog is None
    assert "Only files on this computer" in tab.notice.text()
    assert attachment_count(window, case_id) == 0


def test_cancel_during_intake_leaves_no_attachment_and_no_blob(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    small = gps_photo(tmp_path / "first.jpg")
    big = tmp_path / "second.bin"
    with big.open("wb") as out:  # sparse: cheap on disk, 160 MB to encrypt
        out.truncate(160 << 20)
    tab = opened_vault(qtbot, window, vault, case_id)
    vault_dir = window.session.vault_dir  # type: ignore[union-attr]
    assert drop(tab, [QUrl.fromLocalFile(str(small)), QUrl.fromLocalFile(str(big))])
    dialog = tab.intake_dialog
    assert dialog is not None
    # The dialog's statement list is read in the background first, as a person sees it
    # filled before clicking (two jobs at once once crashed the event loop: see the note).
    qtbot.waitUntil(lambda: not REGISTRY.running, timeout=WAIT_MS)
    dialog.take_in_button.click()
    job = dialog.job
    assert job is not None
    first_size = small.stat().st_size
    # The first file is encrypted (its blob is on disk) and the second is under way.
    qtbot.waitUntil(lambda: job.progress.snapshot().done > first_size, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "second.bin (file 2 of 2)" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.file_rows[0].text(2) == "encrypted"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.status.text() == "Cancelled: nothing was taken in."
    assert dialog.outcome is None and dialog.isVisible()
    assert attachment_count(window, case_id) == 0
    assert blob_files(vault_dir) == set()
    assert tab.model.rowCount() == 0


def test_a_repeat_is_named_and_taken_in_again_only_when_asked(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    photo = gps_photo(tmp_path / "IMG_0412.jpg")
    copy = tmp_path / "copy of IMG_0412.jpg"
    copy.write_bytes(photo.read_bytes())
    tab = opened_vault(qtbot, window, vault, case_id)
    take_in(qtbot, tab, [photo])
    assert drop(tab, [QUrl.fromLocalFile(str(copy))])
    dialog = tab.intake_dialog
    assert dialog is not None
    dialog.take_in_button.click()
    qtbot.waitUntil(lambda: dialog.again_button.isVisible(), timeout=WAIT_MS)
    assert "already in this case as A-001" in dialog.status.text()
    assert attachment_count(window, case_id) == 1
    dialog.again_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert attachment_count(window, case_id) == 2
    assert cells(qtbot, tab, 1, 2) == ["IMG_0412.jpg", "copy of IMG_0412.jpg"]


def test_details_show_both_hashes_the_statement_and_what_the_file_carries(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    from vault.core.persons import add_person

    witness = add_person(vault, case_id, "Ани Петросян", "witness")
    add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body="Text."))
    photo = gps_photo(tmp_path / "IMG_0412.jpg")
    tab = opened_vault(qtbot, window, vault, case_id)
    assert drop(tab, [QUrl.fromLocalFile(str(photo))])
    dialog = tab.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.statement.count() == 2, timeout=WAIT_MS)
    assert dialog.statement.itemText(1).startswith("S-001  W-001")
    assert "Ани" not in dialog.statement.itemText(1)
    dialog.statement.setCurrentIndex(1)
    dialog.take_in_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert cells(qtbot, tab, 4, 1) == ["S-001"]
    select_row(qtbot, tab, 0)
    qtbot.waitUntil(lambda: "SHA-512" in tab.details.toPlainText(), timeout=WAIT_MS)
    shown = tab.details.toPlainText()
    data = photo.read_bytes()
    assert hashlib.sha256(data).hexdigest() in shown
    assert hashlib.sha512(data).hexdigest() in shown
    assert "S-001" in shown and "A-001" in shown and "image/jpeg" in shown
    assert f"{len(data):,} bytes" in shown
    assert "GPS" in shown


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """HOME and the temporary folder of this test only, to list before and after."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return home, temp


def test_previews_show_a_photo_upright_and_pdf_pages_writing_no_file(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    tmp_path: Path,
    private_home: tuple[Path, Path],
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    photo = gps_photo(inputs / "sideways.jpg", size=(60, 40))  # stored 60x40, shown 40x60
    pdf = two_page_pdf(inputs / "two pages.pdf")
    notes = inputs / "notes.txt"
    notes.write_text("not a picture")
    tab = opened_vault(qtbot, window, vault, case_id)
    take_in(qtbot, tab, [photo, pdf, notes])
    assert cells(qtbot, tab, 0, 3) == ["A-001", "A-002", "A-003"]
    watched = (tmp_path, *private_home)
    before = {p: p.stat().st_size for p in files_under(*watched)}

    select_row(qtbot, tab, 0)
    preview = tab.preview
    qtbot.waitUntil(lambda: preview.image is not None, timeout=WAIT_MS)
    assert (shown(preview).width(), shown(preview).height()) == (40, 60)
    # Upright: the blue half stored on the left is at the top once turned.
    top, bottom = shown(preview).pixelColor(20, 5), shown(preview).pixelColor(20, 55)
    assert top.blue() > 150 and bottom.red() > 150
    assert not preview.back_button.isVisible() and "40 × 60" in preview.message.text()

    select_row(qtbot, tab, 1)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 1 of 2", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: preview.image is not None, timeout=WAIT_MS)
    page_one = shown(preview)
    assert page_one.height() > page_one.width()  # A4 portrait
    assert not preview.back_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 2 of 2", timeout=WAIT_MS)
    assert shown(preview).width() > shown(preview).height()  # landscape
    assert preview.back_button.isEnabled() and not preview.next_button.isEnabled()
    preview.back_button.click()
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 1 of 2", timeout=WAIT_MS)

    select_row(qtbot, tab, 2)
    qtbot.waitUntil(lambda: "No preview" in preview.message.text(), timeout=WAIT_MS)
    assert "text/plain" in preview.message.text() and preview.image is None
    after = {p: p.stat().st_size for p in files_under(*watched)}
    assert after == before  # no file made or changed: not in HOME, TMPDIR, nor the vault

    window.lock()
    assert tab.preview.image is None and tab.preview.picture is None
    assert tab.details.toPlainText() == ""


def test_verify_chain_and_check_vault_say_the_vault_is_intact(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    intake_files(vault, case_id, [gps_photo(tmp_path / "a.jpg")])
    tab = opened_vault(qtbot, window, vault, case_id)
    custody = window.workspace.custody
    window.workspace.tabs.setCurrentWidget(custody)
    assert cells(qtbot, custody, 3, 2) == ["case-create", "intake"]
    assert answer(qtbot, custody, custody.verify_button).ok
    assert custody.result.text().startswith("The custody log is intact: 3 events, last ")
    assert custody.result.text().endswith(" UTC.")
    assert answer(qtbot, custody, custody.check_button).ok
    assert "1 attachment authenticated" in custody.result.text()
    assert tab.model.rowCount() == 1
    # The selected event's details: what the log holds about it.
    seqs = [custody.model.record_id(r) for r in range(custody.model.rowCount())]
    select_row(qtbot, custody, seqs.index("3"))
    qtbot.waitUntil(lambda: "intake" in custody.details.toPlainText(), timeout=WAIT_MS)
    shown = custody.details.toPlainText()
    assert "a.jpg" in shown and "Test Operator" in shown and "row hash" in shown


def test_a_tampered_custody_row_and_a_changed_file_are_reported_not_crashed(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    made = intake_files(vault, case_id, [gps_photo(tmp_path / "a.jpg")])
    # What someone holding the database key could do: rewrite an event.
    vault.conn.execute("DROP TRIGGER custody_no_update")
    vault.conn.execute("UPDATE custody SET operator = 'someone else' WHERE seq = 2")
    blob = next(p for p in blob_files(vault.path) if made[0].id in p.name)
    raw = bytearray(blob.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    blob.write_bytes(bytes(raw))
    tab = opened_vault(qtbot, window, vault, case_id)
    custody = window.workspace.custody
    window.workspace.tabs.setCurrentWidget(custody)
    assert not answer(qtbot, custody, custody.verify_button).ok
    text = custody.result.text()
    assert text.startswith("The custody log is broken at event 2; the 1 event before it hold")
    assert "Row 2 does not match its hash" in text
    assert not answer(qtbot, custody, custody.check_button).ok
    text = custody.result.text()
    assert text.startswith("The vault failed 2 checks")
    assert "a.jpg) failed its integrity check" in text and "Custody log broken at row 2" in text
    # The changed file's preview says why there is none; the app keeps running.
    window.workspace.tabs.setCurrentWidget(tab)
    select_row(qtbot, tab, 0)
    qtbot.waitUntil(lambda: "No preview" in tab.preview.message.text(), timeout=WAIT_MS)
    assert "integrity" in tab.preview.message.text() and tab.preview.image is None
    assert os.path.exists(tmp_path / "a.jpg")


def test_a_file_name_with_a_direction_override_is_shown_escaped(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    # invoice<RLO>gpj.exe reads as "invoiceexe.jpg" when shown raw.
    spoof = gps_photo(tmp_path / "invoice\u202egpj.exe")
    intake_files(vault, case_id, [spoof])
    tab = opened_vault(qtbot, window, vault, case_id)
    assert cells(qtbot, tab, 1, 1) == ["invoice\\u202egpj.exe"]
    select_row(qtbot, tab, 0)
    qtbot.waitUntil(lambda: "SHA-512" in tab.details.toPlainText(), timeout=WAIT_MS)
    assert "invoice\\u202egpj.exe" in tab.details.toPlainText()
    assert "\u202e" not in tab.details.toPlainText()
    custody = window.workspace.custody
    window.workspace.tabs.setCurrentWidget(custody)
    assert cells(qtbot, custody, 3, 2) == ["case-create", "intake"]
    seqs = [custody.model.record_id(r) for r in range(custody.model.rowCount())]
    select_row(qtbot, custody, seqs.index("3"))
    qtbot.waitUntil(lambda: "intake" in custody.details.toPlainText(), timeout=WAIT_MS)
    assert "invoice\\u202egpj.exe" in custody.details.toPlainText()
    assert "\u202e" not in custody.details.toPlainText()
