"""Photos redacted on every core by child processes that see pixels and boxes only.

Decoding, boxing and encoding a 12-megapixel photo takes about a second of one core; a
photo-heavy export used to do them one after another in the process that holds the vault's
keys. Here each child is a fresh interpreter (``python -I -m vault.redact.image_worker``)
started with an empty environment: it never sees a key, the vault, a path or a secret that
an environment variable might hold, and it is given one photo's bytes and boxes at a time.
Children are started by ``subprocess`` rather than ``multiprocessing`` for two reasons:
multiprocessing's children inherit the whole environment, and it unpickles what a child
sends back, so a child subverted by a hostile photo could run code in the parent. Here
only length-prefixed bytes and JSON come back.

Work is handed out and collected in order, at most ``DEPTH`` photos per child at a time
(the child reads the next one while it works on the current, so it never waits for the
parent to hash and store a result), so at most ``DEPTH * workers`` photos are in flight
and memory does not grow with the number of photos. A
child that dies is a refusal (``PhotoWorkerFailed``) for the photo it was given, never a
hang; :meth:`PhotoPool.close` (also on any error, through ``with``) ends and reaps every
child.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from vault.redact import errors as redaction_errors
from vault.redact.errors import RedactionError
from vault.redact.image_worker import (
    DONE,
    FROZEN_WORKER_ARG,
    REFUSED,
    read_exactly,
    read_frame,
    write_frame,
)
from vault.redact.images import RedactedImage

WORKER_MODULE = "vault.redact.image_worker"
# Seconds a child has to leave after its input closes before it is killed.
EXIT_GRACE = 5.0
# Photos given to one child before its first result is collected: one it works on, one it
# has already read (the child's reader thread takes it off the pipe, so sending never
# blocks on a busy child and no pipe can fill in both directions at once).
DEPTH = 2


class PhotoWorkerFailed(RedactionError):
    """A photo's redaction process stopped or answered nonsense; nothing was produced."""


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def pool_supported() -> bool:
    """True: from source the children are the interpreter, frozen they are the app's own
    program file (see :func:`worker_command`)."""
    return True


def worker_command() -> list[str]:
    """The child's command line: isolated mode ignores PYTHON* variables, the user's
    site-packages and the current folder.  In a frozen build ``sys.executable`` is the
    app itself, which serves as the worker when given ``FROZEN_WORKER_ARG`` alone."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_ARG]
    return [sys.executable, "-I", "-m", WORKER_MODULE]


def _minimal_environment() -> dict[str, str]:
    # Windows' Python needs SYSTEMROOT to start (its random source); nothing else is passed.
    root = os.environ.get("SYSTEMROOT")
    return {"SYSTEMROOT": root} if root else {}


@dataclass
class _Job:
    worker: subprocess.Popen[bytes]
    failed: str | None = None  # why the request could not even be sent


class PhotoPool:
    """Up to ``workers`` child processes redacting photos; results come back in the order
    the photos were sent. Use as a context manager."""

    def __init__(self, workers: int) -> None:
        self._load: dict[subprocess.Popen[bytes], int] = {}  # photos sent, not collected
        self._all: list[subprocess.Popen[bytes]] = []
        self._jobs: deque[_Job] = deque()
        try:
            for _ in range(max(1, workers)):
                self._start()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> PhotoPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def worker_ids(self) -> list[int]:
        """Process ids of the children (for tests and diagnostics)."""
        return [worker.pid for worker in self._all]

    def _start(self) -> subprocess.Popen[bytes]:
        try:
            worker = subprocess.Popen(
                worker_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # a child's traceback is not the user's message
                env=_minimal_environment(),
                close_fds=True,
            )
        except OSError as exc:
            raise PhotoWorkerFailed(
                f"The photo redaction process could not be started ({exc.strerror})."
            ) from None
        self._all.append(worker)
        self._load[worker] = 0
        return worker

    def has_room(self) -> bool:
        """True when a child can take another photo (fewer than ``DEPTH`` in hand)."""
        return any(load < DEPTH for load in self._load.values())

    def send(self, data: bytes, boxes: Sequence[Sequence[float]]) -> None:
        """Give one photo to the least busy child (``has_room`` must be true); collect the
        result with :meth:`receive`, in the order the photos were sent."""
        worker = min(self._all, key=lambda w: self._load[w])
        self._load[worker] += 1
        job = _Job(worker)
        stream: IO[bytes] | None = worker.stdin
        try:
            assert stream is not None
            write_frame(stream, {"boxes": [list(box) for box in boxes]}, data)
        except (BrokenPipeError, OSError):
            job.failed = self._how_it_ended(worker)
        self._jobs.append(job)

    def receive(self) -> RedactedImage:
        """The derivative of the oldest photo sent and not yet received.

        Raises the child's refusal (the same ``RedactionError`` subclass that
        ``redact_image`` raises in process) or ``PhotoWorkerFailed`` when the child died
        or answered out of protocol; a dead child is replaced so the others go on.
        """
        job = self._jobs.popleft()
        worker = job.worker
        answer: tuple[int, dict[str, object], bytes] | None = None
        if job.failed is None:
            try:
                stream = worker.stdout
                assert stream is not None
                status = read_exactly(stream, 1)
                frame = read_frame(stream)
                if status is not None and frame is not None:
                    answer = (status[0], *frame)
            except (EOFError, ValueError, OSError):
                answer = None
        if answer is not None and answer[0] in (DONE, REFUSED):
            self._load[worker] -= 1
            return _answer(*answer)  # a refusal is raised from here, as in process
        how = job.failed or self._how_it_ended(worker)
        self._replace(worker)
        raise PhotoWorkerFailed(
            f"its redaction process stopped unexpectedly ({how}); nothing was exported."
        )

    def _how_it_ended(self, worker: subprocess.Popen[bytes]) -> str:
        worker.kill()
        code = worker.wait()
        if code < 0:
            return f"ended by signal {-code}"
        return f"exit status {code}" if code else "it answered out of turn"

    def _replace(self, dead: subprocess.Popen[bytes]) -> None:
        if dead.returncode is None:
            dead.kill()
            dead.wait()
        if dead not in self._load:  # already replaced for an earlier photo it held
            return
        self._all.remove(dead)
        del self._load[dead]
        _close_pipes(dead)
        self._start()

    def close(self) -> None:
        """End every child and reap it (no zombies): one still working on a photo nobody
        will collect (the export failed elsewhere) is killed; the others leave at the end
        of their input, or are killed after ``EXIT_GRACE`` seconds."""
        for job in self._jobs:
            if job.worker.poll() is None:
                job.worker.kill()
        for worker in self._all:
            _close_pipes(worker)
        for worker in self._all:
            try:
                worker.wait(timeout=EXIT_GRACE)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        self._all.clear()
        self._load.clear()
        self._jobs.clear()


def _close_pipes(worker: subprocess.Popen[bytes]) -> None:
    for stream in (worker.stdin, worker.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


_REFUSALS: dict[str, type[RedactionError]] = {
    name: value
    for name, value in vars(redaction_errors).items()
    if isinstance(value, type) and issubclass(value, RedactionError)
}


def _answer(status: int, header: dict[str, object], data: bytes) -> RedactedImage:
    if status == REFUSED:
        kind = _REFUSALS.get(str(header.get("error")), RedactionError)
        raise kind(str(header.get("message", "the photo cannot be redacted")))
    media_type, width, height = (header.get(k) for k in ("media_type", "width", "height"))
    if not (isinstance(media_type, str) and isinstance(width, int) and isinstance(height, int)):
        raise PhotoWorkerFailed("its redaction process answered out of protocol.")
    return RedactedImage(data, media_type, width, height)
