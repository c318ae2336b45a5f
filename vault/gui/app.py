"""Starting the desktop app: the Qt application, the process's safety settings for a
window, the first screen (the last vault's unlock screen, or welcome), or the demo."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from vault import APP_ID, __version__
from vault.app.demo import DemoVault, create_demo_vault
from vault.gui.dialogs import install_excepthook, show_failure, tr
from vault.gui.files import keep_qt_settings_nowhere
from vault.gui.toolbar import app_icon
from vault.gui.translator import install_language, window_language
from vault.gui.window import MainWindow
from vault.gui.workers import Job, run_in_background


def make_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
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
    app.setWindowIcon(app_icon())
    keep_qt_settings_nowhere()
    install_language(app, language or window_language())
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


# Testing only (with EVIDENCE_VAULT_TESTING=1): a path where the window, once it shows an
# unlocked vault's cases, saves its picture before quitting.  packaging/smoke.sh uses it
# to prove that the frozen build opens the demo on a screen.
SMOKE_SCREENSHOT_ENV = "EVIDENCE_VAULT_SMOKE_SCREENSHOT"


def smoke_screenshot_path() -> Path | None:
    """Where to save the smoke picture, or None (always None outside testing)."""
    if os.environ.get("EVIDENCE_VAULT_TESTING") != "1":
        return None
    wanted = os.environ.get(SMOKE_SCREENSHOT_ENV)
    return Path(wanted) if wanted else None


def quit_when_shown(app: QApplication, window: MainWindow, path: Path, limit_s: int = 90) -> None:
    """Once ``window`` lists an unlocked vault's cases and the first one's statements:
    save its picture to ``path``, say so on stdout and quit the app.  Not shown within
    ``limit_s`` seconds: save the pictures of what is there instead (a refusal's dialog,
    say) and quit with status 1."""
    timer = QTimer(window)
    waited = [0]

    def look() -> None:
        waited[0] += 1
        workspace = window.workspace
        shown = (
            window.session is not None
            and workspace.cases.count() > 0
            and workspace.statements.model.rowCount() > 0
        )
        if not shown and waited[0] * 0.2 < limit_s:
            return
        timer.stop()
        window.grab().save(str(path))
        for widget in app.topLevelWidgets():
            if widget.isVisible() and widget is not window:
                widget.grab().save(str(path.with_suffix(f".{widget.objectName() or 'top'}.png")))
        if shown:
            print(f"shown: {window.windowTitle()} ({window.workspace.cases.count()} case(s))")
        else:
            print(f"not shown within {limit_s} s: {window.windowTitle()}")
        sys.stdout.flush()
        app.exit(0 if shown else 1)

    timer.timeout.connect(look)
    timer.start(200)


def settle_start_heap() -> None:
    """Set aside every object alive once the window is built (Qt's and the libraries'
    modules, the window itself) from the garbage collector's full passes: they live as
    long as the process, and a full pass over them held the GUI thread for 50-80 ms at
    random moments (measured in bench/gui.py while scrolling)."""
    gc.collect()
    gc.freeze()


def run(vault_dir: Path | None = None, *, demo: bool = False, language: str | None = None) -> int:
    """Open the window and run until it is closed; the exit status of the app.
    ``language`` (a shipped code, from ``--lang``) overrides the window's own choice
    for this run only; nothing is saved."""
    app = make_application(language=language)
    install_excepthook()
    window = MainWindow(None if demo else vault_dir)
    window.show()
    settle_start_heap()
    if demo:
        start_demo(window)
    smoke = smoke_screenshot_path()
    if smoke is not None:
        quit_when_shown(app, window, smoke)
    code = app.exec()
    window.lock()
    return int(code)
