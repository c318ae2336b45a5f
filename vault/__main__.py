"""The composition root: process-wide safety settings first, then the command line (or
the desktop window, which the command line starts)."""

from __future__ import annotations

import sys


def main() -> int:
    """Entry point of ``evidence-vault`` and ``python -m vault``."""
    from vault.app.process_safety import harden_process

    # Before anything is decrypted: no core dump, no debugger attach, private files.
    harden_process()
    from vault.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
