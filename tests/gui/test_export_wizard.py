"""Case > Export…: the wizard exports a case as a folder and as a zip and shows the
verified result with the signer fingerprint; the consent summary names who is left out;
undecided redactions stop it until those statements are left out; Cancel mid-way leaves
nothing behind; recipients are remembered inside the vault and an encrypted file is
written for them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import open_vault
from tests.gui.bundle_case import CONSENTED, NO_CONSENT, BundleCase, fill_case
from tests.gui.conftest import WAIT_MS, unlock
from vault.app.bundles import grouped_fingerprint, verify
from vault.app.export_review import PROFILES
from vault.app.jobs import Progress
from vault.app.recipients import add_recipient, list_recipients, remove_recipient
from vault.core.consent import record_consent
from vault.core.errors import InputError
from vault.core.statements import get_statement
from vault.core.vault import Vault
from vault.export.signers import vault_signing_key
from vault.gui import workers
from vault.gui.export_wizard import ExportWizard
from vault.gui.window import MainWindow


@pytest.fixture
def filled(vault: Vault, case_id: str, tmp_path: Path) -> Iterator[tuple[BundleCase, str]]:
    made = fill_case(vault, case_id, tmp_path / "files")
    fingerprint = vault_signing_key(vault).public_key.fingerprint
    yield made, fingerprint


def _open(qtbot: QtBot, window: MainWindow, vault_dir: Path, case_id: str) -> ExportWizard:
    unlock(qtbot, window, vault_dir)
    qtbot.waitUntil(lambda: window.workspace.case_id == case_id, timeout=WAIT_MS)
    assert window.workspace.export_button.isEnabled()
    window.workspace.export_button.click()
    wizard = window.bundle_actions.wizard
    assert isinstance(wizard, ExportWizard)
    qtbot.waitUntil(wizard.choose_page.isComplete, timeout=WAIT_MS)
    return wizard


def _next(wizard: QWizard) -> None:
    """Press Next (or the commit button), which must be enabled."""
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.isEnabled(), wizard.currentPage().title()
            button.click()
            return
    raise AssertionError("no Next button")


def _to_summary(
    qtbot: QtBot, wizard: ExportWizard, out: Path, form: str = "folder", profile: str = "legal"
) -> None:
    _next(wizard)  # -> profile
    wizard.profile_page.profile.setCurrentIndex(PROFILES.index(profile))
    _next(wizard)  # -> destination
    wizard.destination_page.set_form(form)
    wizard.destination_page.path.setText(str(out))
    _next(wizard)  # -> summary, planned in the background
    qtbot.waitUntil(lambda: wizard.summary_page.review is not None, timeout=WAIT_MS)


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_the_wizard_writes_a_verified_bundle_and_shows_the_fingerprint(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    filled: tuple[BundleCase, str],
    tmp_path: Path,
    form: str,
) -> None:
    _made, fingerprint = filled
    vault_dir = vault.path
    vault.close()
    wizard = _open(qtbot, window, vault_dir, case_id)
    out = tmp_path / "sent" / "bundle"
    out.parent.mkdir()
    _to_summary(qtbot, wizard, out, form)
    summary = wizard.summary_page
    assert "1 statement(s) and 1 attachment(s)" in summary.headline.text()
    # Writing waits for the person's confirmation of both summaries.
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert (
        "not reviewed as exported for this profile:\n• map.png\n" in summary.redaction.toPlainText()
    )
    summary.confirmed.setChecked(True)
    _next(wizard)
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.finished, timeout=WAIT_MS)
    written = out if form == "folder" else out.with_name("bundle.zip")
    assert sorted(p.name for p in out.parent.iterdir()) == [written.name]
    assert written.is_dir() == (form == "folder")
    assert "The bundle checks out" in page.outcome.text()
    assert str(written) in page.outcome.text()
    assert page.fingerprint.isVisible()
    assert page.fingerprint.text() == grouped_fingerprint(fingerprint)
    assert len(page.fingerprint.text().split()) == 8
    assert "Custody chain: passed" in page.checks.toPlainText()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # What the wizard showed as verified, a verifier without the vault agrees with:
    # the consented statement and the photo went, the witness without consent did not.
    report = verify(written, None, fingerprint)
    assert report.ok and report.payload_files == 4


def test_the_consent_summary_names_who_is_left_out_and_why(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    filled: tuple[BundleCase, str],
    tmp_path: Path,
) -> None:
    vault_dir = vault.path
    vault.close()
    wizard = _open(qtbot, window, vault_dir, case_id)
    _to_summary(qtbot, wizard, tmp_path / "b", profile="ngo")
    consent = wizard.summary_page.consent.toPlainText()
    assert f"{NO_CONSENT} (W-002): no consent record — statements S-002" in consent
    assert CONSENTED not in consent  # she consented to ngo: she goes
    # For the media profile, she is left out too: her consent does not cover it.
    for _page in range(3):
        wizard.back()
    assert wizard.currentPage() is wizard.choose_page
    _to_summary(qtbot, wizard, tmp_path / "b", profile="media")
    summary = wizard.summary_page
    assert summary.review is not None and not summary.review.ready
    consent = summary.consent.toPlainText()
    assert f"{CONSENTED} (W-001): consent does not include media — statements S-001" in consent
    assert f"{NO_CONSENT} (W-002): no consent record" in consent
    # Nothing is left, so nothing can be confirmed or written.
    assert "Nothing to export for the media profile" in summary.error.text()
    assert not summary.confirmed.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not (tmp_path / "b").exists()
    # Evidence unticked on the first page stays home: the plan has no attachment.
    for _page in range(3):
        wizard.back()
    photo = wizard.choose_page.evidence.child(0)
    assert photo is not None and photo.text(2) == "yard.png"
    photo.setCheckState(0, Qt.CheckState.Unchecked)
    _to_summary(qtbot, wizard, tmp_path / "b", profile="ngo")
    assert "1 statement(s) and 0 attachment(s)" in summary.headline.text()
    assert "yard.png" not in summary.redaction.toPlainText()


def test_undecided_redactions_stop_the_export_until_those_statements_are_left_out(
    qtbot: QtBot, window: MainWindow, vault: Vault, case_id: str, tmp_path: Path
) -> None:
    made = fill_case(vault, case_id, tmp_path / "files", decide=False)
    # Both witnesses consented to ngo use here: only the undecided names stop it.
    record_consent(
        vault, get_statement(vault, made.withheld_statement).witness_id, "ngo", "required"
    )
    vault_dir = vault.path
    vault.close()
    wizard = _open(qtbot, window, vault_dir, case_id)
    out = tmp_path / "b"
    _to_summary(qtbot, wizard, out, profile="ngo")
    summary = wizard.summary_page
    text = summary.redaction.toPlainText()
    assert "Stops the export" in text and "S-001 (W-001)" in text
    assert not summary.confirmed.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    # The rest of the export is described meanwhile.
    assert "Every chosen statement's witness consented" in summary.consent.toPlainText()
    assert summary.leave_out.isVisible()
    summary.leave_out.click()
    assert wizard.choose_page.chosen(wizard.choose_page.statements) == (made.withheld_statement,)
    qtbot.waitUntil(lambda: summary.review is not None and summary.review.ready, timeout=WAIT_MS)
    assert "Stops the export" not in summary.redaction.toPlainText()
    assert "1 statement(s) and 0 attachment(s)" in summary.headline.text()
    assert "yard.png: its statement is not exported" in summary.redaction.toPlainText()
    summary.confirmed.setChecked(True)
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.write_page.finished, timeout=WAIT_MS)
    assert "The bundle checks out" in wizard.write_page.outcome.text()
    records = json.loads((out / "data" / "records.json").read_text("utf-8"))
    assert len(records["statements"]) == 1 and records["attachments"] == []


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_cancel_mid_way_leaves_no_partial_bundle(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    filled: tuple[BundleCase, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    form: str,
) -> None:
    # The writer is held at the start of its "Writing the bundle" phase (the output
    # begun) until the person has pressed Cancel: mid-way, deterministically.
    reached, release = threading.Event(), threading.Event()

    class HeldProgress(Progress):
        def start(self, phase: str, total: int | None = None, item: str | None = None) -> None:
            super().start(phase, total, item)
            if phase == "Writing the bundle":
                reached.set()
                release.wait(WAIT_MS / 1000)

    monkeypatch.setattr(workers, "Progress", HeldProgress)
    vault_dir = vault.path
    vault.close()
    wizard = _open(qtbot, window, vault_dir, case_id)
    sent = tmp_path / "sent"
    sent.mkdir()
    _to_summary(qtbot, wizard, sent / "bundle", form)
    wizard.summary_page.confirmed.setChecked(True)
    _next(wizard)
    page = wizard.write_page
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Writing the bundle" in page.phase.text(), timeout=WAIT_MS)
    page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: page.finished, timeout=WAIT_MS)
    assert "Cancelled: no bundle was written" in page.outcome.text()
    assert not page.fingerprint.isVisible()
    # No folder, no zip, no .partial, no scratch file; no export in the custody log.
    assert list(sent.iterdir()) == []
    window.lock()
    with open_vault(vault_dir) as reopened:
        exports = reopened.conn.execute(
            "SELECT count(*) FROM custody WHERE action = 'export'"
        ).fetchone()[0]
    assert exports == 0


def test_recipients_are_remembered_in_the_vault_and_an_encrypted_file_is_written(
    qtbot: QtBot,
    window: MainWindow,
    vault: Vault,
    case_id: str,
    filled: tuple[BundleCase, str],
    tmp_path: Path,
) -> None:
    identity = pyrage.x25519.Identity.generate()
    key = str(identity.to_public())
    vault_dir = vault.path
    vault.close()
    wizard = _open(qtbot, window, vault_dir, case_id)
    _next(wizard)
    _next(wizard)
    destination = wizard.destination_page
    destination.set_form("age")
    destination.path.setText(str(tmp_path / "for-hq"))
    assert not destination.recipients.list.count()
    assert not destination.isComplete()  # an encrypted file needs a recipient
    dialog = destination.recipients.ask_new()
    dialog.name.setText("HQ legal team")
    dialog.key.setText("age1notakey")
    dialog.submitted.emit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "not an age X25519 recipient" in dialog.error.text()
    dialog.key.setText(f"  {key}  ")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: destination.recipients.list.count() == 1, timeout=WAIT_MS)
    assert destination.recipients.chosen() == [key]
    assert destination.isComplete()
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.summary_page.review is not None, timeout=WAIT_MS)
    wizard.summary_page.confirmed.setChecked(True)
    _next(wizard)
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.finished, timeout=WAIT_MS)
    written = tmp_path / "for-hq.age"
    assert written.is_file()
    assert "Encrypted for its recipients" in page.outcome.text()
    assert page.fingerprint.text().replace(" ", "") == filled[1]
    # The recipient's identity opens it, and it verifies.
    identity_file = tmp_path / "identity.txt"
    identity_file.write_text(str(identity) + "\n", encoding="utf-8")
    assert verify(written, identity_file, filled[1]).ok
    window.lock()
    with open_vault(vault_dir) as reopened:
        assert [r.name for r in list_recipients(reopened)] == ["HQ legal team"]
        details = reopened.conn.execute(
            "SELECT details FROM custody WHERE action = 'edit' ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
        assert "HQ legal" not in details and key not in details
        with pytest.raises(InputError, match="already remembered"):
            add_recipient(
                reopened, "hq LEGAL team", str(pyrage.x25519.Identity.generate().to_public())
            )
        remove_recipient(reopened, key)
        assert list_recipients(reopened) == []
