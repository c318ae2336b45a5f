"""The main window: welcome, create, recovery code, unlock and the workspace, one at a
time; locking on demand (Ctrl+L), after idle and when the desktop locks or suspends.

Locking cancels and waits for background jobs, stops the page reader, clears every
model, view, preview and result, clears case text we put on the clipboard, closes the
vault (keys dropped, caches of case text forgotten) and shows the unlock screen of the
same vault.  A demo vault is thrown away instead, on lock or quit.

Vault > Keys and care… (``keys_dialog``) changes the passphrase, the recovery code, the
escrow slot, the trusted signers and the operator name, and writes a verified backup;
Vault > Erase vault… (``erase_dialog``) destroys the key slots after a typed
confirmation and returns to the welcome screen.  Unlocking with the recovery code is
followed by a new passphrase (or the vault locks again).

The window's settings (idle minutes, remembering the folder) live inside the vault
(``vault.app.gui_settings``): read in the background at unlock, edited in Vault >
Settings….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from vault.app.demo import DemoVault, discard_demo
from vault.app.gui_settings import GuiSettings, gui_settings, save_gui_settings
from vault.app.keys import EraseOutcome, erase, has_escrow_slot, rekey
from vault.app.recent import forget_vault, last_vault, remember_vault
from vault.app.session import SecretOrigin, Unlock, require_vault, unlock
from vault.core.vault import Credential, Vault
from vault.gui.bundle_actions import BundleActions
from vault.gui.clipboard import guard
from vault.gui.dialogs import show_failure, show_notices, tr
from vault.gui.erase_dialog import EraseDialog
from vault.gui.key_tab import CodeDialog
from vault.gui.keys_dialog import KeysDialog, NewPassphraseDialog
from vault.gui.lock_watch import DEFAULT_IDLE_MINUTES, DesktopLockWatch, IdleWatch
from vault.gui.session import GuiSession
from vault.gui.settings_dialog import SettingsDialog
from vault.gui.start_pages import CreatePage, RecoveryCodePage, UnlockPage, WelcomePage
from vault.gui.toolbar import MainToolbar
from vault.gui.workers import REGISTRY, Job, run_in_background
from vault.gui.workspace import Workspace


class MainWindow(QMainWindow):
    """The application's one window."""

    locked = Signal()
    unlocked = Signal()
    # The vault's window settings were read (at unlock) or saved (Settings dialog), and
    # applied: idle time set, folder note written or removed.
    settings_applied = Signal(object)
    # The vault was erased (the welcome screen is shown; the outcome is in erase_box).
    erased = Signal()
    # The vault was re-keyed (locked; its new recovery code is in rekey_code_dialog).
    rekeyed = Signal()

    def __init__(self, vault_dir: Path | None = None) -> None:
        super().__init__()
        self.session: GuiSession | None = None
        self.demo: DemoVault | None = None
        self.setWindowTitle(tr("Evidence Vault"))
        self.resize(1200, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage()
        self.create_page = CreatePage()
        self.recovery_page = RecoveryCodePage()
        self.unlock_page = UnlockPage()
        self.workspace = Workspace()
        for page in (
            self.welcome,
            self.create_page,
            self.recovery_page,
            self.unlock_page,
            self.workspace,
        ):
            self.stack.addWidget(page)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._menus()
        self.bundle_actions = BundleActions(self)
        self.toolbar = MainToolbar(self)
        self.idle = IdleWatch(DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.desktop_lock = DesktopLockWatch(self)
        self.desktop_lock.lock_now.connect(self.lock)
        self.welcome.create_requested.connect(self._show_create)
        self.welcome.open_requested.connect(self.show_unlock)
        self.create_page.cancelled.connect(self._show_start)
        self.create_page.created.connect(self._created)
        self.recovery_page.confirmed.connect(self._recovery_written)
        self.unlock_page.unlocked.connect(self.open_vault)
        self.unlock_page.other_vault.connect(self._show_welcome)
        self._new_vault_dir: Path | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.keys_dialog: KeysDialog | None = None
        self.new_passphrase_dialog: NewPassphraseDialog | None = None
        self.erase_dialog: EraseDialog | None = None
        self.erase_box: QMessageBox | None = None
        self.rekey_code_dialog: CodeDialog | None = None
        self.stack.currentChanged.connect(self._page_changed)
        if vault_dir is not None:
            self.show_unlock(vault_dir)
        else:
            self._show_start()

    def _menus(self) -> None:
        vault_menu = self.menuBar().addMenu(tr("&Vault"))
        self.vault_menu = vault_menu
        self.lock_action = QAction(tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        vault_menu.addAction(self.lock_action)
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setEnabled(False)
        vault_menu.addAction(self.settings_action)
        self.keys_action = QAction(tr("&Keys and care…"), self)
        self.keys_action.triggered.connect(self.open_keys)
        self.keys_action.setEnabled(False)
        vault_menu.addAction(self.keys_action)
        vault_menu.addSeparator()
        self.erase_action = QAction(tr("&Erase vault…"), self)
        self.erase_action.triggered.connect(self.open_erase)
        self.erase_action.setEnabled(False)
        vault_menu.addAction(self.erase_action)
        vault_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        vault_menu.addAction(quit_action)

    # ---- screens --------------------------------------------------------------------

    def _show_start(self) -> None:
        remembered = last_vault()
        # vault.keys: format 2; vault.header: format 1, upgraded when it is unlocked.
        if remembered is not None and any(
            (remembered / name).exists() for name in ("vault.keys", "vault.header")
        ):
            self.show_unlock(remembered)
        else:
            self._show_welcome()

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)

    def _show_create(self) -> None:
        self.stack.setCurrentWidget(self.create_page)

    def _created(self, vault_dir: Path, recovery_code: str) -> None:
        self._new_vault_dir = vault_dir
        self.recovery_page.show_code(recovery_code)
        self.stack.setCurrentWidget(self.recovery_page)

    def _recovery_written(self) -> None:
        if self._new_vault_dir is not None:
            self.show_unlock(self._new_vault_dir)

    def show_unlock(self, vault_dir: Path) -> None:
        """The unlock screen of the vault in ``vault_dir``."""
        self.unlock_page.show_vault(vault_dir)
        self.stack.setCurrentWidget(self.unlock_page)

    # ---- unlocked -------------------------------------------------------------------

    def open_vault(self, vault: Vault, case_id: str | None = None) -> None:
        """Show the workspace of ``vault`` (just unlocked)."""
        session = GuiSession(vault, demo=self.demo is not None, parent=self)
        self.session = session
        # Locks after the default time until the vault's own setting has been read.
        self.idle.set_minutes(DEFAULT_IDLE_MINUTES)
        self.workspace.open_session(session, case_id)
        self.stack.setCurrentWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.settings_action.setEnabled(True)
        self.keys_action.setEnabled(True)
        self._page_changed()
        self.idle.start()

        def read(job: Job[GuiSettings]) -> GuiSettings:
            return gui_settings(session.vault)

        session.run(
            self,
            read,
            lambda found: self._apply_settings(session, found),
            tr("Reading settings"),
            show_progress=False,
        )
        self.status.setText(tr("Unlocked"))
        self.notice_box = show_notices(self, vault.notices)
        if self.unlock_page.used_recovery and self.demo is None:
            self.unlock_page.used_recovery = False
            self._require_new_passphrase(session)
        self.unlocked.emit()

    def _require_new_passphrase(self, session: GuiSession) -> None:
        dialog = NewPassphraseDialog(self, session)
        self.new_passphrase_dialog = dialog

        def closed(result: int) -> None:
            if self.new_passphrase_dialog is dialog:
                self.new_passphrase_dialog = None
            dialog.deleteLater()
            if result != NewPassphraseDialog.DialogCode.Accepted and self.session is session:
                self.lock()  # no new passphrase: the recovery code is not left to serve

        dialog.finished.connect(closed)
        dialog.open()

    def _apply_settings(self, session: GuiSession, settings: GuiSettings) -> None:
        if self.session is not session:  # locked meanwhile
            return
        if not session.demo:  # the demo locks after the default time; no note of it
            self.idle.set_minutes(settings.idle_lock_minutes)
            if settings.remember_last_vault:
                remember_vault(session.vault_dir)
            else:
                forget_vault(session.vault_dir)
        self.idle.stop()
        self.idle.start()  # the countdown of the new time (none for "never")
        self.settings_applied.emit(settings)

    def open_settings(self) -> None:
        """The Settings dialog of the unlocked vault; saved (in the vault) on OK."""
        session = self.session
        if session is None:
            return

        def read(job: Job[GuiSettings]) -> GuiSettings:
            return gui_settings(session.vault)

        session.run(
            self,
            read,
            lambda found: self._edit_settings(session, found),
            tr("Reading settings"),
            show_progress=False,
        )

    def _edit_settings(self, session: GuiSession, current: GuiSettings) -> None:
        if self.session is not session:
            return
        dialog = SettingsDialog(self, current, demo=session.demo)
        self.settings_dialog = dialog
        dialog.finished.connect(lambda result: self._settings_closed(session, dialog, result))
        dialog.open()

    def _settings_closed(self, session: GuiSession, dialog: SettingsDialog, result: int) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        dialog.deleteLater()
        if result != SettingsDialog.DialogCode.Accepted or self.session is not session:
            return
        wanted = dialog.settings()

        def save(job: Job[GuiSettings]) -> GuiSettings:
            return save_gui_settings(session.vault, wanted)

        session.run(
            self,
            save,
            lambda saved: self._apply_settings(session, saved),
            tr("Saving settings"),
            show_progress=False,
        )

    def open_keys(self) -> None:
        """The Keys and care dialog of the unlocked vault."""
        session = self.session
        if session is None:
            return
        dialog = KeysDialog(self, session)
        self.keys_dialog = dialog
        dialog.passphrase.rekey_requested.connect(self._rekey)

        def closed(_result: int) -> None:
            if self.keys_dialog is dialog:
                self.keys_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _rekey(self, current: str, new: str) -> None:
        """Lock, then open the vault alone (no page reader, no other job), give it a new
        master key with ``new`` as its passphrase, close it; the unlock screen follows,
        with the new recovery code shown once."""
        session = self.session
        if session is None or session.demo:
            return
        vault_dir = session.vault_dir
        self.lock()

        def work(job: Job[str]) -> str:
            require_vault(vault_dir)
            credential = Credential.passphrase(current)
            vault = unlock(vault_dir, Unlock(credential, SecretOrigin.FIELD), job.progress)
            with vault:
                job.progress.start(tr("Re-keying the vault"), None)
                return rekey(vault, new)

        def done(code: str) -> None:
            self.show_unlock(vault_dir)
            self.status.setText(tr("Re-keyed: unlock with the new passphrase"))
            dialog = CodeDialog(
                self,
                code,
                tr(
                    "The vault was re-keyed and its passphrase changed: the old passphrase, "
                    "the old recovery code, backups and disk images no longer open what it "
                    "holds now."
                ),
            )
            self.rekey_code_dialog = dialog
            dialog.open()
            self.rekeyed.emit()

        def failed(exc: BaseException) -> None:
            self.show_unlock(vault_dir)
            show_failure(self, exc, tr("Re-keying the vault"))

        run_in_background(
            self,
            work,
            on_success=done,
            on_failure=failed,
            label=tr("Re-keying the vault"),
            cancellable=False,
        )

    def _erasable(self) -> Path | None:
        """The vault Erase applies to: the unlocked one, or the one the unlock screen
        shows (erasing needs no passphrase); never the demo."""
        if self.demo is not None:
            return None
        if self.session is not None:
            return self.session.vault_dir
        if self.stack.currentWidget() is self.unlock_page:
            return self.unlock_page.vault_dir
        return None

    def _page_changed(self, _index: int = 0) -> None:
        self.erase_action.setEnabled(self._erasable() is not None)

    def open_erase(self) -> None:
        """The erase confirmation; on Erase, lock, erase in the background, then the
        welcome screen and what erasing did."""
        vault_dir = self._erasable()
        if vault_dir is None:
            return
        dialog = EraseDialog(self, vault_dir, has_escrow=has_escrow_slot(vault_dir))
        self.erase_dialog = dialog

        def closed(result: int) -> None:
            if self.erase_dialog is dialog:
                self.erase_dialog = None
            dialog.deleteLater()
            if result == EraseDialog.DialogCode.Accepted:
                self._erase(vault_dir, dialog.keep())

        dialog.finished.connect(closed)
        dialog.open()

    def _erase(self, vault_dir: Path, keep_escrow: bool) -> None:
        self.lock()  # the keys leave memory before the slots are destroyed

        def work(job: Job[EraseOutcome]) -> EraseOutcome:
            job.progress.start(tr("Erasing the vault"), None)
            return erase(vault_dir, keep_escrow)

        def done(outcome: EraseOutcome) -> None:
            forget_vault(vault_dir)
            self._show_welcome()
            self.status.setText(tr("Erased"))
            self._tell_erased(outcome.sentences)
            self.erased.emit()

        def failed(exc: BaseException) -> None:
            show_failure(self, exc, tr("Erase the vault"))

        run_in_background(
            self,
            work,
            on_success=done,
            on_failure=failed,
            label=tr("Erasing the vault"),
            cancellable=False,
        )

    def _tell_erased(self, sentences: tuple[str, ...]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Vault erased"))
        box.setText("\n\n".join(sentences))
        box.setAccessibleName(tr("Vault erased"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_box = box
        box.open()

    def open_demo(self, demo: DemoVault) -> None:
        """Show the demo vault (thrown away on lock or quit)."""
        self.demo = demo
        self.setWindowTitle(tr("Evidence Vault — DEMO (a throwaway sample vault)"))
        self.open_vault(demo.vault, demo.case_id)

    def lock(self) -> None:
        """Lock now: nothing of the case stays in the window or in memory we hold."""
        session = self.session
        if session is None:
            return
        self.session = None
        self.idle.stop()
        REGISTRY.cancel_all()
        session.stop()
        self.workspace.clear()
        guard().clear_if_ours()
        vault_dir = session.vault_dir
        try:
            session.vault.close()
        except Exception as exc:
            show_failure(self, exc)
        self.lock_action.setEnabled(False)
        self.settings_action.setEnabled(False)
        self.keys_action.setEnabled(False)
        if self.settings_dialog is not None:
            self.settings_dialog.reject()  # nothing saved: the session is gone
        for dialog in (self.keys_dialog, self.new_passphrase_dialog):
            if dialog is not None:
                dialog.done(0)  # a shown recovery code goes with the session
        session.end()  # deleted on this thread; late job outcomes are dropped
        self.status.setText(tr("Locked"))
        if self.demo is not None:
            demo, self.demo = self.demo, None
            discard_demo(demo)
            self.setWindowTitle(tr("Evidence Vault"))
            self._show_welcome()
        else:
            self.show_unlock(vault_dir)
        self.locked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
