"""A test hook that kills the process at a chosen step of a multi-file change (rekey,
a slot change, the format migration), to prove each step leaves a vault that opens.

Off unless ``EVIDENCE_VAULT_TESTING=1``: then ``EVIDENCE_VAULT_CRASH_AT=N`` makes the
N-th :func:`crash_point` reached by this process send itself SIGKILL (no clean-up, no
``finally``: what a power cut or ``kill -9`` does).
"""

from __future__ import annotations

import os
import signal

_reached = 0


def crash_point(label: str) -> None:
    """Count this step; die here if the test asked for this one.  ``label`` names the
    step for whoever reads the code (and is printed to stderr by the hook)."""
    global _reached
    if os.environ.get("EVIDENCE_VAULT_TESTING") != "1":
        return
    wanted = os.environ.get("EVIDENCE_VAULT_CRASH_AT")
    if not wanted:
        return
    _reached += 1
    if _reached == int(wanted):
        os.write(2, f"crash point {_reached}: {label}\n".encode())
        os.kill(os.getpid(), signal.SIGKILL)
