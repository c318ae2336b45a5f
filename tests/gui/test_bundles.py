"""Vault > Open a bundle…: a good bundle verifies and shows its signer; a tampered one
is refused with the reason shown; an unverified signer cannot be imported without the
explained override; with it, or after trusting the key the sender read out, the import
succeeds and the new case is selected in the workspace, marked as imported."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.bundle_case import fill_case
from tests.gui.conftest import WAIT_MS, unlock
from vault.app.bundles import grouped_fingerprint
from vault.app.export_flow import ExportOptions, ExportRequest, plan, write
from vault.core.cases import add_case
from vault.core.vault import Vault
from vault.gui.bundle_dialog import BundleDialog
from vault.gui.translator import install_language
from vault.gui.window import MainWindow


@dataclass(frozen=True)
class Sent:
    bundle: Path
    fingerprint: str


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    """A legal-profile bundle from a field vault (one statement, one photo)."""
    root = tmp_path_factory.mktemp("field")
    field, _code = Vault.create(root / "vault", PASSPHRASE, "Field team")
    with field:
        case_id = add_case(field, "Yard testimonies").id
        fill_case(field, case_id, root / "files")
        request = ExportRequest(case_id, ExportOptions("legal", skip_unreviewed=True), root / "b")
        result = write(field, plan(field, request))
    return Sent(result.out, result.signer_fingerprint)


@pytest.fixture
def hq(qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str) -> BundleDialog:
    """HQ's vault unlocked, with the Open a bundle dialog open."""
    vault_dir = vault.path
    vault.close()
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    assert window.bundle_actions.open_bundle_action.isEnabled()
    window.bundle_actions.open_bundle_action.trigger()
    dialog = window.bundle_actions.bundle_dialog
    assert isinstance(dialog, BundleDialog)
    return dialog


def _verify(qtbot: QtBot, dialog: BundleDialog, bundle: Path, pin: str = "") -> None:
    dialog.path.setText(str(bundle))
    dialog.pin.setText(pin)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verified is not None, timeout=WAIT_MS)


def _imported_case(qtbot: QtBot, window: MainWindow, dialog: BundleDialog) -> str:
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert dialog.outcome is not None
    case_id = dialog.outcome.case_id
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    item = window.workspace.cases.currentItem()
    assert item is not None and item.text().endswith("(imported)")
    assert dialog.outcome.case_code in item.text()
    return case_id


def test_a_good_bundle_verifies_in_plain_words(qtbot: QtBot, hq: BundleDialog, sent: Sent) -> None:
    dialog = hq
    _verify(qtbot, dialog, sent.bundle, pin=grouped_fingerprint(sent.fingerprint).upper())
    report = dialog.checks.toPlainText()
    for check in ("Layout (BagIt)", "Files and hashes", "Signature", "Custody chain", "Signer"):
        assert f"{check}: passed" in report
    assert "the signer's key matches the fingerprint given" in dialog.verdict.text()
    assert not dialog.error.isVisible()
    assert dialog.fingerprint.text() == grouped_fingerprint(sent.fingerprint)
    assert dialog.signer_status.text().startswith("PINNED")
    assert dialog.import_button.isEnabled() and not dialog.override.isVisible()


def test_a_tampered_bundle_is_refused_with_the_reason(
    qtbot: QtBot, hq: BundleDialog, sent: Sent, tmp_path: Path
) -> None:
    tampered = tmp_path / "tampered"
    shutil.copytree(sent.bundle, tampered)
    statement = next((tampered / "data" / "statements").glob("*.txt"))
    data = bytearray(statement.read_bytes())
    data[5] ^= 0x01
    statement.write_bytes(bytes(data))
    dialog = hq
    _verify(qtbot, dialog, tampered, pin=sent.fingerprint)
    assert dialog.verdict.text() == "This bundle is refused."
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Refused: Layout (BagIt):")
    assert statement.name in dialog.error.text()
    assert "Layout (BagIt): FAILED" in dialog.checks.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert not dialog.trust_button.isVisible() and not dialog.override.isVisible()


def test_an_unverified_signer_needs_the_explained_override_to_import(
    qtbot: QtBot, window: MainWindow, hq: BundleDialog, sent: Sent
) -> None:
    dialog = hq
    _verify(qtbot, dialog, sent.bundle)
    assert "the signer is not verified" in dialog.verdict.text()
    assert dialog.signer_status.text().startswith("NOT VERIFIED")
    assert dialog.fingerprint.text() == grouped_fingerprint(sent.fingerprint)
    # No import without the override: the button is off and pressing it does nothing.
    assert not dialog.import_button.isEnabled()
    dialog.ask_import()
    assert dialog.confirm_box is None and dialog.outcome is None
    assert dialog.override.isVisible() and "UNVERIFIED" in dialog.override_note.text()
    dialog.override.setChecked(True)
    assert dialog.import_button.isEnabled()
    # The override is confirmed once more; No imports nothing.
    dialog.import_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()
    assert dialog.outcome is None
    dialog.import_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    _imported_case(qtbot, window, dialog)
    assert dialog.outcome is not None and dialog.outcome.signer_status == "UNVERIFIED"
    assert "signer UNVERIFIED" in dialog.import_result.text()
    assert not dialog.import_button.isEnabled()  # imported once


def test_trusting_the_signer_after_comparing_lets_the_import_through(
    qtbot: QtBot, window: MainWindow, hq: BundleDialog, sent: Sent
) -> None:
    dialog = hq
    _verify(qtbot, dialog, sent.bundle)
    assert dialog.trust_button.isVisible()
    trust = dialog.ask_trust()
    assert trust is not None
    # Trusting needs a name and the person's word that every group matched.
    trust.name.setText("Field team Gyumri")
    assert not trust.ok.isEnabled()
    trust.matches.setChecked(True)
    assert trust.ok.isEnabled()
    trust.ok.click()
    qtbot.waitUntil(
        lambda: dialog.verified is not None and dialog.signer_status.text().startswith("TRUSTED"),
        timeout=WAIT_MS,
    )
    assert "Field team Gyumri" in dialog.verdict.text()
    assert dialog.import_button.isEnabled() and not dialog.override.isVisible()
    dialog.import_button.click()
    assert dialog.confirm_box is None  # a trusted signer needs no override
    case_id = _imported_case(qtbot, window, dialog)
    assert dialog.outcome is not None and dialog.outcome.signer_status == "TRUSTED"
    # The imported records say where they came from (the people tab's details).
    people = window.workspace.people
    window.workspace.tabs.setCurrentWidget(people)
    qtbot.waitUntil(lambda: people.model.rowCount() >= 1, timeout=WAIT_MS)
    assert window.workspace.case_id == case_id
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: "imported from bundle" in people.details.toPlainText(), timeout=WAIT_MS)
    assert "TRUSTED" in people.details.toPlainText()


def test_a_refused_bundle_says_why_in_the_window_language(
    qtbot: QtBot, hq: BundleDialog, sent: Sent, tmp_path: Path
) -> None:
    tampered = tmp_path / "tampered"
    shutil.copytree(sent.bundle, tampered)
    statement = next((tampered / "data" / "statements").glob("*.txt"))
    statement.write_bytes(statement.read_bytes() + b"!")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ru")
    try:
        _verify(qtbot, hq, tampered, pin=sent.fingerprint)
        error, checks = hq.error.text(), hq.checks.toPlainText()
    finally:
        install_language(app, "en")
    # The reason in Russian, the file's name (data) as it is.
    name = f"data/statements/{statement.name}"
    assert f"{name} не совпадает со своим SHA-256 в manifest-sha256.txt" in error
    assert "(изменён после создания пакета)" in checks
    assert "does not match" not in error + checks
