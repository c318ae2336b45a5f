"""The composition root: process-wide safety settings first, then the window or the
command line."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path
from typing import NamedTuple

VAULT_DIR_ENV = "EVIDENCE_VAULT_DIR"


class WindowRequest(NamedTuple):
    """What the command line asked of the window: the vault folder to offer (None: the
    last one), the demo vault, and a language for this run (None: the window's own
    choice, see vault.gui.translator.window_language)."""

    vault_dir: Path | None
    demo: bool
    language: str | None


def gui_request(argv: list[str]) -> WindowRequest | None:
    """The window request when ``argv`` asks for the window: nothing at all, ``gui``,
    or only ``--demo``, ``--vault DIR`` and ``--lang CODE`` (with or without ``gui``).
    None when it is a command for the command line (help and version included).  A
    ``--lang`` code that is not a shipped language is ignored, as the command line
    ignores it (English or the window's own choice)."""
    args = list(argv)
    if args[:1] == ["gui"]:
        args = args[1:]
    elif "gui" in args:
        args.remove("gui")
    vault_dir: Path | None = None
    demo = False
    language: str | None = None
    while args:
        head = args.pop(0)
        if head == "--demo":
            demo = True
        elif head in ("--vault", "--lang") and args:
            value = args.pop(0)
            if head == "--vault":
                vault_dir = Path(value)
            else:
                language = value
        elif head.startswith("--vault="):
            vault_dir = Path(head.split("=", 1)[1])
        elif head.startswith("--lang="):
            language = head.split("=", 1)[1]
        else:
            return None
    if vault_dir is None and os.environ.get(VAULT_DIR_ENV):
        vault_dir = Path(os.environ[VAULT_DIR_ENV])
    if language is not None:
        from vault.app.i18n import normalise

        language = normalise(language)
    return WindowRequest(vault_dir, demo, language)


NO_DISPLAY = (
    "evidence-vault: there is no display to open the window on (DISPLAY and "
    "WAYLAND_DISPLAY are unset); every task also works from the command line: "
    "evidence-vault --help"
)


def display_missing() -> bool:
    """True on Linux when no display server is named and Qt was not told to use another
    platform: Qt would abort there with a message a person cannot act on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    """Entry point of ``evidence-vault`` and ``python -m vault``."""
    from vault.core.process_safety import harden_process

    # Before anything is decrypted, window or command line: no core dump, no debugger
    # attach, private files.
    harden_process()
    # A frozen build's children are this same program file: a multiprocessing child
    # (spawn) runs its task here and exits; a photo redaction child serves its pipe.
    # Both come after hardening, so children dump no core either.
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if getattr(sys, "frozen", False):
        from vault.core.cage import FROZEN_WORKER_ARG

        if argv[:1] == [FROZEN_WORKER_ARG]:
            from vault.redact import decode_worker

            return decode_worker.main(argv[1:])
    wanted = gui_request(argv)
    if wanted is not None:
        if display_missing():
            print(NO_DISPLAY, file=sys.stderr)
            return 1
        from vault.gui.app import run

        return run(wanted.vault_dir, demo=wanted.demo, language=wanted.language)
    from vault.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
