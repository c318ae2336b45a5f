"""Where bundles meet the main window: Case > Export… (and the workspace's Export…
button) open the export wizard for the selected case; Vault > Open a bundle… opens the
headquarters dialog, whose import selects the new case in the workspace.

Both are enabled only while a vault is unlocked, and closed when it locks (their jobs
were cancelled by the lock).  The wizard's module loads the PDF, image and font
libraries of the export, so it is imported only when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from vault.gui.dialogs import tr

if TYPE_CHECKING:
    from vault.gui.window import MainWindow


class BundleActions:
    """The menu actions for export and import, and the dialogs they opened."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.wizard: QDialog | None = None
        self.bundle_dialog: QDialog | None = None
        case_menu = window.menuBar().addMenu(tr("&Case"))
        self.export_action = QAction(tr("&Export…"), window)
        self.export_action.triggered.connect(self.open_export)
        case_menu.addAction(self.export_action)
        self.open_bundle_action = QAction(tr("Open a &bundle…"), window)
        self.open_bundle_action.triggered.connect(self.open_bundle)
        window.vault_menu.insertAction(window.settings_action, self.open_bundle_action)
        window.workspace.export_button.clicked.connect(self.open_export)
        window.unlocked.connect(self._update)
        window.locked.connect(self._locked)
        window.workspace.case_selected.connect(lambda _: self._update())
        self._update()

    def _update(self) -> None:
        unlocked = self.window.session is not None
        has_case = unlocked and self.window.workspace.case_id is not None
        self.export_action.setEnabled(has_case)
        self.window.workspace.export_button.setEnabled(has_case)
        self.open_bundle_action.setEnabled(unlocked)

    def _locked(self) -> None:
        for dialog in (self.wizard, self.bundle_dialog):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
        self.wizard = None
        self.bundle_dialog = None
        self._update()

    def open_export(self) -> None:
        """The export wizard for the selected case."""
        from vault.gui.export_wizard import ExportWizard

        session, case_id = self.window.session, self.window.workspace.case_id
        if session is None or case_id is None:
            return
        wizard = ExportWizard(self.window, session, case_id)
        self.wizard = wizard
        wizard.finished.connect(lambda _: self._closed(wizard))
        wizard.open()

    def open_bundle(self) -> None:
        """The Open a bundle dialog (verify, trust, import)."""
        from vault.gui.bundle_dialog import BundleDialog

        session = self.window.session
        if session is None:
            return
        dialog = BundleDialog(self.window, session)
        self.bundle_dialog = dialog
        dialog.imported.connect(lambda case_id: self.window.workspace.load_cases(select=case_id))
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.wizard is dialog:
            self.wizard = None
        if self.bundle_dialog is dialog:
            self.bundle_dialog = None
        dialog.deleteLater()
