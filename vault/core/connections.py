"""The database connections of one unlocked vault: one per thread, one writer at a time.

SQLite connections must not be shared between threads that each run their own
transactions: a second thread's write would silently join the first thread's open
transaction and vanish with it if the first one rolled back.  So every thread that uses
the vault gets its own SQLCipher connection, opened from the keys already in memory (no
second key derivation, no second lock file), with the same pragmas and SQL functions as
the first (``store.connect`` does both).  A job on a worker thread opens its connection
in ``Vault.worker()`` and closes it when the job ends (SecureDrop's per-job session); a
thread that just uses the vault gets one on first use, closed when the vault locks.

Writers take ``write_lock`` from BEGIN until the header's counter has followed the
commit, so the custody chain and the header advance together, one writer after another.
Readers never wait: the database is in WAL mode, and a reader in a snapshot keeps seeing
the state it started from while others commit.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from vault.core import store
from vault.core.errors import VaultBusy, VaultLocked
from vault.core.store import Connection

LOCKED_MESSAGE = "The vault is locked; unlock it again to continue."
WRITER_BUSY = (
    "Another task is still saving changes to this vault; nothing was saved. "
    "Try again when it has finished."
)


class ThreadConnections:
    """Hands each thread its own connection and remembers them all, to close at lock."""

    def __init__(self, opener: Callable[[], Connection], first: Connection) -> None:
        """``first`` becomes the calling thread's connection; ``opener`` makes the others."""
        self._opener = opener
        self._local = threading.local()
        self._guard = threading.Lock()  # over _open, _jobs and _closed
        self._open: dict[int, tuple[threading.Thread, Connection]] = {}
        self._jobs: dict[int, int] = {}  # thread ident -> worker() blocks running on it
        self._closed = False
        self.write_lock = threading.RLock()
        self._adopt(first)

    # ---- this thread's connection ------------------------------------------------------

    def get(self) -> Connection:
        """This thread's connection, opened on first use.  VaultLocked once closed."""
        if self._closed:
            raise VaultLocked(LOCKED_MESSAGE)
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._opener()
            try:
                self._adopt(conn)
            except BaseException:
                conn.close()
                raise
        return conn

    def has_connection(self) -> bool:
        """Whether this thread holds a connection already."""
        return getattr(self._local, "conn", None) is not None

    def release(self) -> None:
        """Close this thread's connection (rolling back anything left open in it)."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        self._local.reading = False
        with self._guard:
            self._open.pop(threading.get_ident(), None)
        _close(conn)

    @property
    def reading(self) -> bool:
        """Whether this thread's connection is inside a read snapshot."""
        return bool(getattr(self._local, "reading", False))

    @reading.setter
    def reading(self, value: bool) -> None:
        self._local.reading = value

    def _adopt(self, conn: Connection) -> None:
        thread, ident = threading.current_thread(), threading.get_ident()
        with self._guard:
            if self._closed:
                raise VaultLocked(LOCKED_MESSAGE)
            # Threads that ended left their connection behind: close those now rather
            # than keep a file handle and a page cache of plaintext until the vault locks.
            # (A thread's id is reused only after it ended, so an old entry under this
            # id is such a leftover too.)
            ended = [i for i, (t, _) in self._open.items() if i == ident or not t.is_alive()]
            leftovers = [self._open.pop(i)[1] for i in ended]
            self._open[ident] = (thread, conn)
        self._local.conn = conn
        self._local.reading = False
        for old in leftovers:
            _close(old)

    # ---- writing and reading -----------------------------------------------------------

    @contextmanager
    def writing(self, wait: float) -> Iterator[None]:
        """Be the one writer: wait up to ``wait`` seconds for the current one to finish
        (its commit and header rewrite), else VaultBusy with nothing done."""
        if not self.write_lock.acquire(timeout=wait):
            raise VaultBusy(WRITER_BUSY)
        try:
            yield
        finally:
            self.write_lock.release()

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """Read one consistent state on this thread's connection while others commit.

        Inside this thread's own transaction or snapshot it joins it (that is one state
        already).  Writing inside a snapshot is refused by ``Vault.transaction``.
        """
        conn = self.get()
        if conn.in_transaction:
            yield conn
            return
        store.begin(conn, "DEFERRED")
        try:
            # WAL fixes the snapshot at the first read, not at BEGIN: read now, so the
            # state is the one of this moment rather than of the caller's first query.
            conn.execute("SELECT count(*) FROM custody").fetchone()
            self.reading = True
            yield conn
        finally:
            self.reading = False
            if conn.in_transaction:
                conn.execute("ROLLBACK")  # read only: ending it this way drops nothing

    # ---- jobs and locking --------------------------------------------------------------

    def job_started(self) -> None:
        """Count a ``worker()`` block running on this thread."""
        ident = threading.get_ident()
        with self._guard:
            if self._closed:
                raise VaultLocked(LOCKED_MESSAGE)
            self._jobs[ident] = self._jobs.get(ident, 0) + 1

    def job_ended(self) -> None:
        """Count one ``worker()`` block of this thread as finished."""
        ident = threading.get_ident()
        with self._guard:
            left = self._jobs.get(ident, 0) - 1
            if left > 0:
                self._jobs[ident] = left
            else:
                self._jobs.pop(ident, None)

    def jobs_elsewhere(self) -> int:
        """How many ``worker()`` blocks run on threads other than this one."""
        me = threading.get_ident()
        with self._guard:
            return sum(n for ident, n in self._jobs.items() if ident != me)

    @property
    def closed(self) -> bool:
        """Whether ``close_all`` ran."""
        return self._closed

    def close_all(self) -> None:
        """Close every connection handed out; every later ``get`` raises VaultLocked.

        Refuses (VaultBusy, nothing closed) while a ``worker()`` job runs on another
        thread: its reads would fail half-way with an error that means nothing to anyone.
        """
        me = threading.get_ident()
        with self._guard:
            running = sum(n for ident, n in self._jobs.items() if ident != me)
            if running:
                raise VaultBusy(running_message(running))
            self._closed = True
            conns = [conn for _, conn in self._open.values()]
            self._open.clear()
        self._local.conn = None
        for conn in conns:
            _close(conn)


def _close(conn: Connection) -> None:
    # Closing rolls back whatever is uncommitted; a connection already broken by a
    # failing disk must not stop the others from closing.
    with contextlib.suppress(Exception):
        conn.close()


def running_message(jobs: int) -> str:
    """Why the vault was not locked: ``jobs`` operations still use it."""
    what = "An operation is" if jobs == 1 else f"{jobs} operations are"
    return (
        f"{what} still running on this vault; let it finish or cancel it, then lock "
        "again. The vault was not locked."
    )
