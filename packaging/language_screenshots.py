"""Screenshots of the main window with the demo vault open, one per shipped language.

    QT_QPA_PLATFORM=offscreen uv run python packaging/language_screenshots.py [OUT_DIR]

Writes ``main-<language>.png`` (default into ``docs/screenshots``); the demo vault is made
in a throwaway folder and removed when the window locks. Used for the README, the
AppStream metainfo and to look at each translation as a person would see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

LANGUAGES = ("ru", "hy", "az")
REPO = Path(__file__).resolve().parent.parent


def shoot(language: str, out: Path) -> None:
    """Open the demo in ``language`` in this process and save the window to ``out``."""
    from vault.gui.app import make_application, start_demo
    from vault.gui.translator import install_language
    from vault.gui.window import MainWindow

    app = make_application()
    install_language(app, language)
    window = MainWindow(None)
    window.resize(1280, 800)
    window.show()
    start_demo(window)

    def settle(seconds: float, done: object = None) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if callable(done) and done():
                return
            time.sleep(0.02)

    settle(
        120,
        lambda: (
            window.workspace.case_id is not None
            and window.stack.currentWidget() is window.workspace
        ),
    )
    settle(4)  # the first page of each list arrives from its reader thread
    window.grab().save(str(out))
    window.lock()


def main() -> int:
    """One child process per language (a language is chosen once per process)."""
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        shoot(sys.argv[2], Path(sys.argv[3]))
        return 0
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for language in LANGUAGES:
        target = out_dir / f"main-{language}.png"
        subprocess.run(
            [sys.executable, __file__, "--one", language, str(target)], check=True, env=env
        )
        print("saved", target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
