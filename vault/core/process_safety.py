"""Process-wide protections every entry point sets first (the command line and the
desktop window through ``vault.__main__``, and every child process the app starts, such
as the decoder children): files private to the user, and no core dump or debugger
attach that could copy decrypted case data and keys out of memory.

In core, so that a child started from a lower layer (``vault.redact.decode_worker``) can
call it too: PR_SET_DUMPABLE does not survive ``exec``, each process must set its own.
"""

from __future__ import annotations

import ctypes
import os
import resource
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL:
    # The C library the interpreter is already linked with: find_library("c") would run
    # ldconfig or a compiler with a temporary file at every start (and fails in a
    # confined decoder child, which may not write).
    return ctypes.CDLL(None, use_errno=True)


def harden_process() -> None:
    """umask 077; RLIMIT_CORE 0 (no core file); on Linux, PR_SET_DUMPABLE 0 as well,
    which also refuses core dumps piped to a handler (systemd-coredump, apport ignore
    RLIMIT_CORE) and ptrace attach by other processes of the same user.  Never raises:
    a platform without prctl keeps the other two."""
    os.umask(0o077)  # every file we create is the user's alone
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = _libc()
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """Whether this process may still dump core or be attached to (Linux); False where
    prctl does not exist."""
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
