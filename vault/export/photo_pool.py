"""Photos redacted on every core by caged child processes that see pixels and boxes only.

Decoding, boxing and encoding a 12-megapixel photo takes about a second of one core; a
photo-heavy export used to do them one after another in the process that holds the vault's
keys. Here each child is one of the decoder cage's (``vault/core/cage.py``: a fresh
interpreter with an empty environment, no descriptor but its pipes, memory, CPU and file
limits, Landlock): it never sees a key, the vault, a path or a secret, and it is given one
photo's bytes and boxes at a time. Only length-prefixed bytes and JSON come back.

Work is handed out and collected in order, at most ``DEPTH`` photos per child at a time
(the child reads the next one while it works on the current, so it never waits for the
parent to hash and store a result), so at most ``DEPTH * workers`` photos are in flight
and memory does not grow with the number of photos. A child that crashes, hangs or runs
out of memory is a refusal (``PhotoWorkerFailed``) for the photo it was given, never a
hang; :meth:`PhotoPool.close` (also on any error, through ``with``) ends and reaps every
child.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from vault.core import cage
from vault.core.cage import CageRefusal, Worker, available_cores
from vault.core.errors import DecoderFailed
from vault.redact.caged import refusal
from vault.redact.errors import RedactionError
from vault.redact.images import RedactedImage

__all__ = ["DEPTH", "PhotoPool", "PhotoWorkerFailed", "available_cores"]

# Photos given to one child before its first result is collected: one it works on, one it
# has already read (the child's reader thread takes it off the pipe, so sending never
# blocks on a busy child and no pipe can fill in both directions at once).
DEPTH = 2


class PhotoWorkerFailed(RedactionError):
    """A photo's redaction process stopped or answered nonsense; nothing was produced."""


@dataclass
class _Job:
    worker: Worker
    sent: bool


class PhotoPool:
    """Up to ``workers`` child processes redacting photos; results come back in the order
    the photos were sent. Use as a context manager."""

    def __init__(self, workers: int) -> None:
        self._all: list[Worker] = []
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

    def _start(self) -> Worker:
        try:
            worker = Worker()
        except DecoderFailed as exc:
            if exc.data.get("start") == "refused":
                raise PhotoWorkerFailed(
                    f"The photo redaction process could not be started ({exc.data['reason']})."
                ) from None
            if exc.data.get("start") == "stopped":
                raise PhotoWorkerFailed(
                    "The photo redaction process stopped as it started."
                ) from None
            raise PhotoWorkerFailed(str(exc)) from None
        self._all.append(worker)
        return worker

    def has_room(self) -> bool:
        """True when a child can take another photo (fewer than ``DEPTH`` in hand)."""
        return any(worker.pending < DEPTH for worker in self._all)

    def send(self, data: bytes, boxes: Sequence[Sequence[float]]) -> None:
        """Give one photo to the least busy child (``has_room`` must be true); collect the
        result with :meth:`receive`, in the order the photos were sent."""
        worker = min(self._all, key=lambda w: w.pending)
        sent = worker.send("redact_image", {"boxes": [list(box) for box in boxes]}, data)
        self._jobs.append(_Job(worker, sent))

    def receive(self) -> RedactedImage:
        """The derivative of the oldest photo sent and not yet received.

        Raises the child's refusal (the same ``RedactionError`` subclass that
        ``redact_image`` raises in process) or ``PhotoWorkerFailed`` when the child
        crashed, took too long or needed too much memory; a dead child is replaced so
        the others go on.
        """
        job = self._jobs.popleft()
        worker = job.worker
        try:
            header, data = worker.receive()
        except CageRefusal as exc:
            raise refusal(exc) from None
        except Exception as exc:
            if not cage.is_failure(exc):
                raise
            if worker.alive():  # out of memory, caught: the child goes on
                raise PhotoWorkerFailed(f"{exc}; nothing was exported.") from None
            self._replace(worker)
            raise PhotoWorkerFailed(
                f"its redaction process stopped unexpectedly ({exc}); nothing was exported."
            ) from None
        media_type, width, height = (header.get(k) for k in ("media_type", "width", "height"))
        if not (isinstance(media_type, str) and isinstance(width, int) and isinstance(height, int)):
            self._replace(worker)
            raise PhotoWorkerFailed("its redaction process answered out of protocol.")
        return RedactedImage(data, media_type, width, height)

    def _replace(self, dead: Worker) -> None:
        dead.kill()
        if dead not in self._all:  # already replaced for an earlier photo it held
            return
        self._all.remove(dead)
        self._start()

    def close(self) -> None:
        """End every child and reap it (no zombies): one still working on a photo nobody
        will collect (the export failed elsewhere) is killed; the others leave at the end
        of their input, or are killed after ``cage.EXIT_GRACE`` seconds."""
        for worker in self._all:
            worker.close()
        self._all.clear()
        self._jobs.clear()
