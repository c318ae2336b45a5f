"""A test hook that kills the process at a chosen step of a multi-file change (rekey,
a slot change, the format migration), to prove each step leaves a vault that opens.

Off unless ``EVIDENCE_VAULT_TESTING=1``: then ``EVIDENCE_VAULT_CRASH_AT=N`` makes the
N-th :func:`crash_point` reached by this process send itself SIGKILL (no clean-up, no
``finally``: what a power cut or ``kill -9`` does).
"""

from __future__ import annotations

import errno
import os
import signal
from typing import Any, BinaryIO

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


# ---- injected write failures ---------------------------------------------------------
#
# With EVIDENCE_VAULT_TESTING=1, ``EVIDENCE_VAULT_FAIL_WRITE_AT=N`` makes the writes that
# go through :func:`write_all` or a :func:`faulty_sink` fail once N bytes have been
# written in this process (N=0: the first byte), with ``EVIDENCE_VAULT_FAIL_ERRNO``
# (ENOSPC unless it says EIO, EDQUOT...): the disk filling up at that exact byte.

_written = 0


def reset_write_faults() -> None:
    """Start counting the bytes written again (a test that injects failures in-process)."""
    global _written
    _written = 0


def _fail_at() -> int | None:
    if os.environ.get("EVIDENCE_VAULT_TESTING") != "1":
        return None
    wanted = os.environ.get("EVIDENCE_VAULT_FAIL_WRITE_AT")
    return int(wanted) if wanted else None


def injected_error() -> OSError:
    """The error an injected write failure raises (EVIDENCE_VAULT_FAIL_ERRNO, ENOSPC)."""
    name = os.environ.get("EVIDENCE_VAULT_FAIL_ERRNO", "ENOSPC")
    number = getattr(errno, name, errno.ENOSPC)
    return OSError(number, os.strerror(number))


def allowed_bytes(size: int) -> int:
    """How many of ``size`` bytes the next write may take before the injected failure
    (``size`` when none is asked for); OSError when not even one byte may go."""
    global _written
    limit = _fail_at()
    if limit is None or size == 0:
        return size
    take = min(size, max(0, limit - _written))
    if take == 0:
        raise injected_error()
    _written += take
    return take


def write_all(fd: int, data: bytes | memoryview) -> None:
    """``os.write`` until every byte of ``data`` is on ``fd`` (short writes retried),
    through the injected-failure hook."""
    view = memoryview(data)
    while view:
        take = allowed_bytes(len(view))
        view = view[os.write(fd, view[:take]) :]


class _FaultySink:
    """A binary file whose writes go through the injected-failure hook."""

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink

    def write(self, data: bytes) -> int:
        take = allowed_bytes(len(data))
        self._sink.write(memoryview(data)[:take])
        if take < len(data):
            raise injected_error()
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sink, name)


def faulty_sink(sink: BinaryIO) -> BinaryIO:
    """``sink`` itself, or (when write failures are injected) a wrapper through the hook."""
    if _fail_at() is None:
        return sink
    return _FaultySink(sink)  # type: ignore[return-value]  # duck-typed file
