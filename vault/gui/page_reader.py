"""The thread that reads list pages for every table of the window.

Tables never query the database on the GUI thread: a model asks this reader for a count
or a page and paints placeholders until the answer arrives (a queued signal).  The reader
is one thread with its own database connection (``vault.worker()``), answering requests
in order and skipping those a newer request of the same model made stale (a new sort,
filter or case).  Locking stops it before the vault closes.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from vault.app import pages
from vault.core.vault import Vault


@dataclass(frozen=True)
class PageRequest:
    """A count (``offset`` None) or one page of a list, for ``owner`` at ``generation``."""

    owner: int
    generation: int
    kind: str
    case_id: str
    offset: int | None
    limit: int
    sort: str | None
    descending: bool
    text: str


@dataclass(frozen=True)
class PageAnswer:
    """The answer to a request: a count, rows, or the failure it met."""

    request: PageRequest
    count: int | None = None
    rows: list[pages.Row] = field(default_factory=list)
    error: BaseException | None = None


class _Signals(QObject):
    answered = Signal(object)


_STOP = object()


class PageReader:
    """One background reader per unlocked vault; ``answered`` is emitted on the GUI
    thread with each :class:`PageAnswer`."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._queue: queue.Queue[Any] = queue.Queue()
        self._latest: dict[int, int] = {}
        self._latest_lock = threading.Lock()
        self.signals = _Signals()
        self.answered = self.signals.answered
        self._thread = threading.Thread(target=self._run, name="ev-page-reader", daemon=True)
        self._thread.start()

    def ask(self, request: PageRequest) -> None:
        """Queue ``request``; earlier requests of its owner with a lower generation will
        be skipped."""
        with self._latest_lock:
            self._latest[request.owner] = max(
                self._latest.get(request.owner, 0), request.generation
            )
        self._queue.put(request)

    def stop(self) -> None:
        """Finish the request at hand, drop the rest, close the reader's connection."""
        self._queue.put(_STOP)
        self._thread.join(timeout=30)

    def _stale(self, request: PageRequest) -> bool:
        with self._latest_lock:
            return request.generation < self._latest.get(request.owner, 0)

    def _run(self) -> None:
        with self._vault.worker():
            while True:
                request = self._queue.get()
                if request is _STOP:
                    return
                if self._stale(request):
                    continue
                answer = self._answer(request)
                try:
                    self.answered.emit(answer)
                except RuntimeError:  # the window is gone
                    return

    def _answer(self, request: PageRequest) -> PageAnswer:
        try:
            if request.offset is None:
                found = pages.count(self._vault, request.kind, request.case_id, request.text)
                return PageAnswer(request, count=found)
            rows = pages.page(
                self._vault,
                request.kind,
                request.case_id,
                offset=request.offset,
                limit=request.limit,
                sort=request.sort,
                descending=request.descending,
                text=request.text,
            )
            return PageAnswer(request, rows=rows)
        except Exception as exc:  # told to the model, which shows it; the reader goes on
            return PageAnswer(request, error=exc)
