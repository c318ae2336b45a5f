"""Vault > Keys and care… and Vault > Erase vault… on real vaults: what a person changes
there holds when the vault is locked and unlocked again."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pyrage
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, open_vault
from tests.gui.conftest import WAIT_MS, unlock
from vault.core.custody import events
from vault.core.vault import Vault
from vault.export.minisign import generate_signing_key
from vault.gui.key_tab import CodeDialog
from vault.gui.keys_dialog import KeysDialog, NewPassphraseDialog
from vault.gui.window import MainWindow

NEW_PASSPHRASE = "a brand new passphrase for the field office"


def _keys(win: MainWindow) -> KeysDialog:
    win.open_keys()
    assert win.keys_dialog is not None
    return win.keys_dialog


def _tab(win: MainWindow, name: str) -> Any:
    """The Keys and care dialog open on its tab ``name`` (as a person would click it)."""
    dialog = _keys(win)
    tab = getattr(dialog, name)
    dialog.tabs.setCurrentWidget(tab)
    return tab


def _refused(qtbot: QtBot, win: MainWindow, vault_dir: Path, secret: str, *, code: bool) -> str:
    """Try ``secret`` on the unlock screen; the one-line error it got."""
    win.show_unlock(vault_dir)
    win.unlock_page.use_recovery.setChecked(code)
    win.unlock_page.secret.setText(secret)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.unlock_page.error.isVisible(), timeout=WAIT_MS)
    assert win.session is None
    return win.unlock_page.error.text()


def _take_code(qtbot: QtBot, holder: object) -> str:
    """The code its once-only dialog shows; copied, written down, closed."""
    qtbot.waitUntil(lambda: getattr(holder, "code_dialog", None) is not None, timeout=WAIT_MS)
    dialog = holder.code_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CodeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    code = dialog.code.text()
    assert len(code) > 20
    assert not dialog.close_button.isEnabled()  # not before "I have written it down"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    dialog.written.setChecked(True)
    dialog.close_button.click()
    assert dialog.code.text() == ""
    assert QGuiApplication.clipboard().text() != code  # taken back when closed
    return code


def test_change_passphrase_then_only_the_new_one_unlocks(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    vault_dir = unlocked.session.vault_dir  # type: ignore[union-attr]
    tab = _keys(unlocked).passphrase
    assert tab.current is not None
    tab.current.setText("not the passphrase")
    tab.new.setText(NEW_PASSPHRASE)
    tab.again.setText(NEW_PASSPHRASE)
    assert tab.meter.value() >= 3
    tab.change_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert tab.error.text() == "Wrong current passphrase; nothing was changed."

    tab.again.setText(NEW_PASSPHRASE + "x")
    tab.current.setText(PASSPHRASE)
    tab.change_button.click()  # the second differs: refused before any work
    assert "differ" in tab.error.text()

    tab.again.setText(NEW_PASSPHRASE)
    tab.change_button.click()
    qtbot.waitUntil(lambda: "Passphrase changed" in tab.result.text(), timeout=WAIT_MS)
    assert not tab.error.isVisible()
    assert tab.new.text() == "" and tab.current.text() == ""

    unlocked.lock()
    assert "Wrong passphrase" in _refused(qtbot, unlocked, vault_dir, PASSPHRASE, code=False)
    unlock(qtbot, unlocked, vault_dir, NEW_PASSPHRASE)
    assert unlocked.session is not None


def test_new_recovery_code_replaces_the_old_and_recovery_unlock_asks_a_new_passphrase(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    vault_dir = unlocked.session.vault_dir  # type: ignore[union-attr]
    tab = _tab(unlocked, "recovery")
    tab.regenerate()
    old = _take_code(qtbot, tab)
    tab.code_dialog = None
    tab.regenerate()
    new = _take_code(qtbot, tab)
    assert new != old
    assert "old one no longer works" in tab.result.text()

    unlocked.lock()
    assert "Wrong recovery code" in _refused(qtbot, unlocked, vault_dir, old, code=True)
    unlocked.unlock_page.secret.setText(new)
    with qtbot.waitSignal(unlocked.unlocked, timeout=WAIT_MS):
        unlocked.unlock_page.unlock_button.click()
    dialog = unlocked.new_passphrase_dialog
    assert isinstance(dialog, NewPassphraseDialog)
    assert dialog.isVisible()
    assert dialog.panel.current is None  # the passphrase is what was forgotten
    dialog.panel.new.setText(NEW_PASSPHRASE)
    dialog.panel.again.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.panel.change_button.click()
    assert unlocked.session is not None

    unlocked.lock()
    unlock(qtbot, unlocked, vault_dir, NEW_PASSPHRASE)
    assert unlocked.new_passphrase_dialog is None  # a passphrase unlock asks nothing


def test_closing_the_new_passphrase_dialog_locks_again(qtbot: QtBot, unlocked: MainWindow) -> None:
    vault_dir = unlocked.session.vault_dir  # type: ignore[union-attr]
    tab = _tab(unlocked, "recovery")
    tab.regenerate()
    code = _take_code(qtbot, tab)
    unlocked.lock()
    unlocked.show_unlock(vault_dir)
    unlocked.unlock_page.use_recovery.setChecked(True)
    unlocked.unlock_page.secret.setText(code)
    with qtbot.waitSignal(unlocked.unlocked, timeout=WAIT_MS):
        unlocked.unlock_page.unlock_button.click()
    dialog = unlocked.new_passphrase_dialog
    assert dialog is not None
    dialog.lock_button.click()
    assert unlocked.session is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page


def test_escrow_add_replace_remove(qtbot: QtBot, unlocked: MainWindow) -> None:
    tab = _tab(unlocked, "escrow")
    assert tab.status.text() == "This vault has no escrow slot."
    assert not tab.remove_button.isEnabled()
    tab.recipient.setText("age1notarecipient")
    tab.add_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert "\n" not in tab.error.text() and "Traceback" not in tab.error.text()

    first = str(pyrage.x25519.Identity.generate().to_public())
    second = str(pyrage.x25519.Identity.generate().to_public())
    tab.recipient.setText(first)
    tab.add_button.click()
    qtbot.waitUntil(lambda: "added" in tab.result.text(), timeout=WAIT_MS)
    assert not tab.error.isVisible()
    assert first in tab.status.text()
    assert tab.remove_button.isEnabled()

    tab.recipient.setText(second)
    tab.add_button.click()
    qtbot.waitUntil(lambda: "replaced" in tab.result.text(), timeout=WAIT_MS)
    assert first in tab.result.text() and second in tab.status.text()

    tab.remove()
    qtbot.waitUntil(lambda: "removed" in tab.result.text(), timeout=WAIT_MS)
    assert tab.status.text() == "This vault has no escrow slot."
    assert not tab.remove_button.isEnabled()


def test_signer_trusted_only_with_its_fingerprint_then_revoked(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    key = generate_signing_key()
    pub = tmp_path / "hq.pub"
    pub.write_text(key.public_key_file(), encoding="utf-8")
    fingerprint = key.public_key.fingerprint
    tab = _tab(unlocked, "signers")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0 and not tab.trust_box.isVisible())
    tab.load_key(pub)
    qtbot.waitUntil(tab.trust_box.isVisible, timeout=WAIT_MS)
    assert tab.key_fingerprint.text().replace(" ", "") == fingerprint
    tab.name.setText("HQ Yerevan")
    assert not tab.trust_button.isEnabled()  # nothing typed yet
    tab.typed.setText("0" * 64)
    tab.trust_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert "nothing was trusted" in tab.error.text()
    assert tab.table.rowCount() == 0

    tab.typed.setText(fingerprint.upper())  # read out in capitals: the same key
    tab.trust_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT_MS)
    row = [tab.table.item(0, c).text() for c in range(4)]
    assert row[0] == "HQ Yerevan"
    assert row[1].replace(" ", "") == fingerprint
    assert row[2] == "trusted"
    assert row[3].endswith("UTC")

    tab.table.selectRow(0)
    assert tab.revoke_button.isEnabled()
    tab.revoke(fingerprint)
    qtbot.waitUntil(lambda: tab.table.item(0, 2).text() == "revoked", timeout=WAIT_MS)
    tab.table.selectRow(0)
    assert not tab.revoke_button.isEnabled()


def test_operator_name_is_in_the_next_custody_event(qtbot: QtBot, unlocked: MainWindow) -> None:
    dialog = _keys(unlocked)
    tab = dialog.operator
    assert tab.name.text() == "Test Operator"
    tab.name.setText("Anahit S.")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Anahit S." in tab.result.text(), timeout=WAIT_MS)
    escrow = dialog.escrow
    escrow.recipient.setText(str(pyrage.x25519.Identity.generate().to_public()))
    escrow.add_button.click()
    qtbot.waitUntil(lambda: "added" in escrow.result.text(), timeout=WAIT_MS)
    log = events(unlocked.session.vault.conn)  # type: ignore[union-attr]
    assert log[-2].action == "operator-change" and log[-2].operator == "Test Operator"
    assert log[-1].operator == "Anahit S."


def test_backup_with_progress_then_the_backup_opens(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    tab = _tab(unlocked, "backup")
    tab.folder.setText(str(tmp_path / "missing"))
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        tab.backup_button.click()
    assert tab.error.isVisible() and "does not exist" in tab.error.text()

    usb = tmp_path / "usb"
    usb.mkdir()
    tab.folder.setText(str(usb))
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        tab.backup_button.click()
        assert tab.job is not None
        tab.job.cancel()  # as the progress dialog's Cancel does
    assert "cancel" in tab.error.text().lower()
    assert list(usb.iterdir()) == []  # a cancelled backup leaves nothing

    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        tab.backup_button.click()
    assert not tab.error.isVisible()
    assert "verified" in tab.result.text()
    assert tab.job is not None
    progress = tab.job.progress.snapshot()
    assert progress.total and progress.done == progress.total
    (copy,) = list(usb.iterdir())
    assert copy == tab.destination
    with open_vault(copy) as backup:
        assert backup.operator == "Test Operator"


def test_erase_needs_the_exact_word_then_the_vault_is_gone(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    vault_dir = unlocked.session.vault_dir  # type: ignore[union-attr]
    assert unlocked.erase_action.isEnabled()
    unlocked.open_erase()
    dialog = unlocked.erase_dialog
    assert dialog is not None
    assert not dialog.keep_escrow.isEnabled()  # no escrow slot to keep
    for typed in ("", "erase", "Erase", "ERASE ", " ERASE", "ERAS"):
        dialog.typed.setText(typed)
        assert not dialog.erase_button.isEnabled(), typed
    dialog.typed.setText("ERASE")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(unlocked.erased, timeout=WAIT_MS):
        dialog.erase_button.click()
    assert unlocked.session is None
    assert unlocked.stack.currentWidget() is unlocked.welcome
    box = unlocked.erase_box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Erased:")
    assert "wear" in box.text() or "copies" in box.text()
    box.close()
    assert "Wrong passphrase" in _refused(qtbot, unlocked, vault_dir, PASSPHRASE, code=False)


def test_change_with_rekey_locks_and_gives_a_new_recovery_code(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    vault_dir = unlocked.session.vault_dir  # type: ignore[union-attr]
    tab = _keys(unlocked).passphrase
    assert tab.current is not None
    tab.current.setText(PASSPHRASE)
    tab.new.setText(NEW_PASSPHRASE)
    tab.again.setText(NEW_PASSPHRASE)
    tab.rekey.setChecked(True)
    with qtbot.waitSignal(unlocked.rekeyed, timeout=WAIT_MS):
        tab.change_button.click()
    assert unlocked.session is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    code = _take_code(qtbot, type("Holder", (), {"code_dialog": unlocked.rekey_code_dialog}))
    assert "Wrong passphrase" in _refused(qtbot, unlocked, vault_dir, PASSPHRASE, code=False)
    unlocked.show_unlock(vault_dir)
    unlocked.unlock_page.use_recovery.setChecked(True)
    unlocked.unlock_page.secret.setText(code)
    with qtbot.waitSignal(unlocked.unlocked, timeout=WAIT_MS):
        unlocked.unlock_page.unlock_button.click()
    dialog = unlocked.new_passphrase_dialog
    assert dialog is not None
    dialog.lock_button.click()
    unlock(qtbot, unlocked, vault_dir, NEW_PASSPHRASE)


def test_erase_from_the_unlock_screen_can_keep_the_escrow_slot(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    identity = pyrage.x25519.Identity.generate()
    vault.add_escrow(str(identity.to_public()))
    vault_dir = vault.path
    vault.close()
    assert not window.erase_action.isEnabled()  # the welcome screen: no vault to erase
    window.show_unlock(vault_dir)
    assert window.erase_action.isEnabled()  # erasing needs no passphrase
    window.open_erase()
    dialog = window.erase_dialog
    assert dialog is not None and dialog.keep_escrow.isEnabled()
    dialog.keep_escrow.setChecked(True)
    dialog.typed.setText("ERASE")
    with qtbot.waitSignal(window.erased, timeout=WAIT_MS):
        dialog.erase_button.click()
    assert window.erase_box is not None
    assert "escrow slot was kept" in window.erase_box.text()
    window.erase_box.close()
    assert "Wrong passphrase" in _refused(qtbot, window, vault_dir, PASSPHRASE, code=False)


def test_a_full_disk_during_backup_is_one_line_and_leaves_nothing(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.core.backup as backup_module

    def full(source: Path, target: Path, work: object) -> None:
        target.write_bytes(b"x")  # a first block landed, then the disk filled up
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backup_module, "_copy_durably", full)
    usb = tmp_path / "usb"
    usb.mkdir()
    tab = _tab(unlocked, "backup")
    tab.folder.setText(str(usb))
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        tab.backup_button.click()
    assert tab.error.isVisible()
    assert tab.error.text() == "The disk is full: the backup was not saved; the vault is unchanged."
    assert "\n" not in tab.error.text() and "Traceback" not in tab.error.text()
    assert tab.result.text() == ""
    assert list(usb.iterdir()) == []
