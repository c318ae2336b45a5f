"""Starting the desktop app: the Qt application, the process's safety settings for a
window, the first screen (the last vault's unlock screen, or welcome), or the demo."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vault import __version__
from vault.app.demo import DemoVault, create_demo_vault
from vault.gui.dialogs import install_excepthook, show_failure, tr
from vault.gui.files import keep_qt_settings_nowhere
from vault.gui.translator import install_language, window_language
from vault.gui.window import MainWindow
from vault.gui.workers import Job, run_in_background

APP_ID = "org.evidencevault.EvidenceVault"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, set up so that Qt writes nothing of ours to disk."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    QCoreApplication.setApplicationName("Evidence Vault")
    QCoreApplication.setOrganizationName("Evidence Vault")
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    keep_qt_settings_nowhere()
    install_language(app, window_language())
    return app


def start_demo(window: MainWindow) -> None:
    """Make the demo vault in the background, then open it in ``window``."""

    def work(job: Job[DemoVault]) -> DemoVault:
        return create_demo_vault(job.progress, job.cancel_token)

    def failed(exc: BaseException) -> None:
        show_failure(window, exc, tr("The demo vault could not be made"))

    run_in_background(
        window,
        work,
        on_success=window.open_demo,
        on_failure=failed,
        label=tr("Preparing the demo vault"),
    )


def run(vault_dir: Path | None = None, *, demo: bool = False) -> int:
    """Open the window and run until it is closed; the exit status of the app."""
    app = make_application()
    install_excepthook()
    window = MainWindow(None if demo else vault_dir)
    window.show()
    if demo:
        start_demo(window)
    code = app.exec()
    window.lock()
    return int(code)
