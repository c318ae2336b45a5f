"""The thread that reads list pages for every table of the window.

Tables never query the database on the GUI thread: a model asks this reader for a count
or a page and paints placeholders until the answer arrives (a queued signal).  A count
comes after its list's first page, which the model shows at once: with 100,000
statements the count takes a few hundred milliseconds, the first page a few.  The reader
is one thread with its own database connection (``vault.worker()``), answering pages
before counts (a page is rows a person is looking at; a count may be a hidden tab's),
each kind in the order asked, and skipping those a newer request of the same model made
stale (a new sort, filter or case).  Locking stops it before the vault closes.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Iterator
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
    """The answer to a request: a count, rows, or the failure it met.  A count request
    is answered twice: its list's first page (``first_page``), then the count."""

    request: PageRequest
    count: int | None = None
    rows: list[pages.Row] = field(default_factory=list)
    error: BaseException | None = None
    first_page: bool = False


class _Signals(QObject):
    answered = Signal(object)


_STOP = object()
# Queue priorities, lowest first: stopping, then pages, then counts.  With 100,000
# statements a hidden tab's count (the custody log's takes half a second) asked at unlock
# would otherwise hold up the first page of the tab on screen.
_FIRST, _PAGE, _COUNT = 0, 1, 2


class PageReader:
    """One background reader per unlocked vault; ``answered`` is emitted on the GUI
    thread with each :class:`PageAnswer`.  ``parent`` owns the signal carrier (the
    session: it must end on the GUI thread, not in a collection on another thread)."""

    def __init__(self, vault: Vault, *, start: bool = True, parent: QObject | None = None) -> None:
        self._vault = vault
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._order = itertools.count()  # ties keep the order asked
        self._latest: dict[int, int] = {}
        self._latest_lock = threading.Lock()
        self.signals = _Signals(parent)
        self.answered = self.signals.answered
        self._thread = threading.Thread(target=self._run, name="ev-page-reader", daemon=True)
        if start:
            self._thread.start()

    def start(self) -> None:
        """Begin answering (a reader made with ``start=False``: requests asked before
        this are answered in priority order, as if they had all come at once)."""
        self._thread.start()

    def ask(self, request: PageRequest) -> None:
        """Queue ``request``; earlier requests of its owner with a lower generation will
        be skipped."""
        with self._latest_lock:
            self._latest[request.owner] = max(
                self._latest.get(request.owner, 0), request.generation
            )
        priority = _COUNT if request.offset is None else _PAGE
        self._queue.put((priority, next(self._order), request))

    def stop(self) -> None:
        """Finish the request at hand, drop the rest, close the reader's connection."""
        self._queue.put((_FIRST, next(self._order), _STOP))
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _stale(self, request: PageRequest) -> bool:
        with self._latest_lock:
            return request.generation < self._latest.get(request.owner, 0)

    def _run(self) -> None:
        with self._vault.worker():
            while True:
                _priority, _n, request = self._queue.get()
                if request is _STOP:
                    return
                for answer in self._answers(request):
                    if self._stale(request):
                        break
                    try:
                        self.answered.emit(answer)
                    except RuntimeError:  # the window is gone
                        return

    def _answers(self, request: PageRequest) -> Iterator[PageAnswer]:
        """A page's rows; for a count, the first page first (a person sees rows while
        a long list is still being counted), then the count."""
        try:
            rows = pages.page(
                self._vault,
                request.kind,
                request.case_id,
                offset=request.offset or 0,
                limit=request.limit,
                sort=request.sort,
                descending=request.descending,
                text=request.text,
            )
            if request.offset is not None:
                yield PageAnswer(request, rows=rows)
                return
            yield PageAnswer(request, rows=rows, first_page=True)
            if self._stale(request):
                return
            found = pages.count(self._vault, request.kind, request.case_id, request.text)
            yield PageAnswer(request, count=found)
        except Exception as exc:  # told to the model, which shows it; the reader goes on
            yield PageAnswer(request, error=exc)
