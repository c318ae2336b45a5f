"""The composition root: process-wide safety settings first, then the window or the
command line."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

VAULT_DIR_ENV = "EVIDENCE_VAULT_DIR"


def gui_request(argv: list[str]) -> tuple[Path | None, bool] | None:
    """(vault folder or None, demo?) when ``argv`` asks for the window: nothing at all,
    ``gui``, or only ``--demo`` and ``--vault DIR`` (with or without ``gui``).  None when
    it is a command for the command line (help and version included)."""
    args = list(argv)
    if args[:1] == ["gui"]:
        args = args[1:]
    elif "gui" in args:
        args.remove("gui")
    vault_dir: Path | None = None
    demo = False
    while args:
        head = args.pop(0)
        if head == "--demo":
            demo = True
        elif head == "--vault" and args:
            vault_dir = Path(args.pop(0))
        elif head.startswith("--vault="):
            vault_dir = Path(head.split("=", 1)[1])
        else:
            return None
    if vault_dir is None and os.environ.get(VAULT_DIR_ENV):
        vault_dir = Path(os.environ[VAULT_DIR_ENV])
    return vault_dir, demo


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

        vault_dir, demo = wanted
        return run(vault_dir, demo=demo)
    from vault.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
