"""The composition root: process-wide safety settings first, then the command line."""

from __future__ import annotations

import os
import resource
import sys


def main() -> int:
    """Entry point of ``evidence-vault`` and ``python -m vault``."""
    os.umask(0o077)  # every file we create is the user's alone
    # A core dump would hold decrypted case data and keys.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    from vault.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
