"""A vault on disk: create, unlock, hold open, change key slots, and keep header and
database in step.

Opening a vault runs, in order: read the header (nothing decrypted yet), take the process
lock, unwrap the master key from a slot, verify the header MAC, open the database with the
derived raw key, apply migrations, reconcile the rollback counter, and settle the blob
files (interrupted intakes removed or finished, blobs without a row put in quarantine:
vault/core/quarantine.py).

An open vault serves any number of threads: each has its own database connection
(``conn``), a transaction joins only transactions of its own thread, and writers take turns
(vault/core/connections.py).  A job on a worker thread runs inside ``worker()``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vault.core import bindings, custody, store
from vault.core.blobstore import BlobStore
from vault.core.connections import ThreadConnections, running_message
from vault.core.errors import (
    HeaderTampered,
    InputError,
    RolledBack,
    StorageError,
    VaultBusy,
    VaultError,
    VaultLocked,
)
from vault.core.forget import forget_case_text
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import HEADER_NAME, VaultHeader, read_header, write_header
from vault.core.kdf import fast_kdf_requested
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    FORMAT_VERSION,
    PASSPHRASE,
    RECOVERY,
    KeySlot,
    make_escrow_slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_recovery_code,
    unlock_with_identity,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work

LOCK_NAME = ".lock"
MIN_PASSPHRASE_CHARS = 8
MAX_OPERATOR_CHARS = 200
# How long a write waits for its turn before giving up with VaultBusy.  Writers hold the
# turn for one short transaction each, not for a whole export.
WRITE_WAIT_SECONDS = 30.0


@dataclass(frozen=True, repr=False)
class Credential:
    """How the user proves they may open the vault: a passphrase, a recovery code, or the
    path of an age identity file that opens the escrow slot."""

    kind: str  # "passphrase" | "recovery" | "identity" | "master" (internal only)
    secret: str

    @classmethod
    def passphrase(cls, value: str) -> Credential:
        """A passphrase credential."""
        return cls("passphrase", value)

    @classmethod
    def recovery_code(cls, value: str) -> Credential:
        """A recovery-code credential."""
        return cls("recovery", value)

    @classmethod
    def identity_file(cls, path: str) -> Credential:
        """An age identity file for the escrow slot."""
        return cls("identity", path)

    def __repr__(self) -> str:
        return f"Credential({self.kind}, <redacted>)"


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to resist guessing."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise InputError(f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.")


def _check_operator(operator: str) -> str:
    operator = operator.strip()
    if not operator or len(operator) > MAX_OPERATOR_CHARS or any(ord(c) < 32 for c in operator):
        raise InputError("The operator name must be 1 to 200 printable characters.")
    return operator


def _unwrap(header: VaultHeader, credential: Credential) -> bytes:
    slots = list(header.slots)
    if credential.kind == "passphrase":
        return unlock_with_passphrase(slots, credential.secret, header.vault_id)
    if credential.kind == "recovery":
        return unlock_with_recovery_code(slots, credential.secret, header.vault_id)
    if credential.kind == "identity":
        return unlock_with_identity(slots, credential.secret, header.vault_id)
    if credential.kind == "master":  # internal: re-opening a copy this process just made
        return bytes.fromhex(credential.secret)
    raise ValueError(f"unknown credential kind {credential.kind!r}")


def _take_lock(path: Path) -> int:
    try:
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise StorageError(
                f"The vault at {path} is on a read-only disk; Evidence Vault writes to the "
                "vault folder even to read it. Copy the folder to a writable disk and open "
                "the copy."
            ) from exc
        raise VaultError(f"Cannot open the vault at {path}: {exc.strerror}.") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise VaultBusy(
            "This vault is open in another window or process; close it first."
        ) from None
    return fd


class Vault:
    """An unlocked vault.  Use as a context manager, or call ``close()``."""

    def __init__(
        self, path: Path, header: VaultHeader, keys: VaultKeys, conn: store.Connection, lock_fd: int
    ) -> None:
        self.path = path
        self.header = header
        self.keys = keys
        db_path = path / store.DB_NAME
        # The table bindings (vault/core/bindings.py): None until open has verified them.
        self.bind_key = bindings.binding_key(keys.master, header.vault_id)
        self.table_state: bindings.State | None = None
        # Worker connections come from the keys in memory: no second KDF, no lock file.
        # Each logs its changes of the bound tables (open has migrated the schema by the
        # time a worker connects).
        self._connections = ThreadConnections(
            lambda: self._logging(store.connect(db_path, keys)), conn
        )
        self.write_wait = WRITE_WAIT_SECONDS
        self.blobs = BlobStore(path, header.vault_id, keys.attachment_wrap)
        self._lock_fd: int | None = lock_fd
        self._after_commit = threading.local()  # this thread's actions for its commit
        self.operator = self.setting("operator") or "operator"

    @property
    def conn(self) -> store.Connection:
        """The calling thread's database connection (opened on its first use, same
        pragmas and SQL functions as every other).  VaultLocked once the vault is locked.
        Never hand it to another thread: that thread has its own."""
        return self._connections.get()

    # ---- lifecycle -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, operator: str = "operator") -> tuple[Vault, str]:
        """Create a new vault in ``path`` (absent or an empty folder); return it, unlocked,
        and the recovery code, which is shown once and never stored in readable form."""
        check_new_passphrase(passphrase)
        operator = _check_operator(operator)
        kdf_mode = "fast-test-only" if fast_kdf_requested() else "calibrated"
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise InputError(f"{path} already exists and is not an empty folder.")
        created_dir = not path.exists()
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(path, 0o700)
        except OSError as exc:
            raise storage_error(exc, "the new vault") from exc
        try:
            return cls._create_in(path, passphrase, operator, kdf_mode)
        except BaseException:
            # Nothing of value exists yet: remove what we made so a retry starts clean.
            if created_dir:
                shutil.rmtree(path, ignore_errors=True)
            else:
                for child in path.iterdir():
                    if child.is_dir():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink(missing_ok=True)
            raise

    @classmethod
    def _create_in(
        cls, path: Path, passphrase: str, operator: str, kdf_mode: str
    ) -> tuple[Vault, str]:
        vault_id = secrets.token_hex(16)
        master = os.urandom(32)
        keys = VaultKeys.derive(master, vault_id)
        recovery_code = new_recovery_code()
        slots = (
            make_passphrase_slot(master, passphrase, vault_id),
            make_recovery_slot(master, recovery_code, vault_id),
        )
        header = VaultHeader(
            vault_id=vault_id,
            slots=slots,
            counter=0,
            kdf_mode=kdf_mode,
            bindings=bindings.seal(bindings.empty_state(), master, vault_id),
        )
        lock_fd = _take_lock(path)
        (path / "blobs").mkdir(mode=0o700)
        conn = store.connect(path / store.DB_NAME, keys)
        store.create_schema(conn)
        write_header(path, header.signed(keys.header_mac))
        vault = cls(path, header.signed(keys.header_mac), keys, conn, lock_fd)
        vault.table_state = bindings.empty_state()
        vault._logging(conn)
        with vault.transaction():
            vault.set_setting("operator", operator)
            vault.operator = operator
            vault.record("vault-create", "vault", vault_id, {"kdf_mode": kdf_mode})
        fsync_directory(path)
        return vault, recovery_code

    @classmethod
    def open(
        cls,
        path: Path,
        credential: Credential,
        progress: Progress | ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Vault:
        """Unlock the vault at ``path``.

        Refuses, with a message naming the cause: a folder that is not a vault, a newer
        format, KDF parameters above the caps, a wrong secret, an edited header, a database
        older than its header, and a vault open in another process.  ``progress`` shows
        an indeterminate "Unlocking" phase; ``cancel`` is honoured before and after the key
        derivation (which itself cannot be interrupted), before anything is written.
        """
        path = Path(path)
        work = Work(progress, cancel)
        read_header(path)  # "not a vault" before a lock file is made in a stranger's folder
        work.phase("Unlocking")
        lock_fd = _take_lock(path)
        try:
            # Read again under the lock: another process may have changed the header (a
            # new passphrase, an erase) between the first read and the lock.
            header = read_header(path)
            header.check_slots()
            master = _unwrap(header, credential)
            work.check()  # the last point before the database is opened and migrated
            keys = VaultKeys.derive(master, header.vault_id)
            header.verify_mac(keys.header_mac)
            db_path = path / store.DB_NAME
            if not db_path.is_file():
                raise VaultError(f"The vault database {db_path} is missing.")
            conn = store.connect(db_path, keys)
        except BaseException:
            os.close(lock_fd)
            raise
        try:
            vault = cls(path, header, keys, conn, lock_fd)
            # Before any migration writes: a rolled-back database is refused untouched,
            # and so is a table rolled back or spliced in from an older copy.
            from vault.core.freshness import adopt, verify_at_open  # they import this module

            counter = vault.header.counter
            vault._reconcile_counter()
            verify_at_open(vault, counter_repaired=vault.header.counter != counter)
            schema = store.schema_version(conn)
            migrated = store.migrate(conn) != schema
            vault._logging(conn)
            if vault.table_state is None or migrated:  # made before bindings, or new columns
                adopt(vault)
            from vault.core.quarantine import settle_blobs  # it imports this module

            settle_blobs(vault)  # deletes nothing but interrupted intakes' temp files
            # PDFs taken in before their text was indexed (migration 0007): once.
            from vault.core.pdf_text import backfill_pdf_text  # it imports this module

            backfill_pdf_text(vault)
        except BaseException as exc:
            conn.close()
            os.close(lock_fd)
            known = store.database_user_error(exc)
            if known is not None:  # a damaged page or a busy database, not a bug
                raise known from exc
            raise
        if work.progress is not None:  # open: the busy indicator becomes a full bar
            work.progress.update(1, total=1)
        return vault

    def close(self) -> None:
        """Lock the vault: close every thread's database connection, drop cached case
        text and release the lock file; the vault object is unusable after (VaultLocked).

        Waits for a write in progress to finish its commit.  Refuses (VaultBusy, vault
        still open) while a ``worker()`` job runs on another thread: cancel it first.
        """
        if self._lock_fd is None:
            return
        jobs = self._connections.jobs_elsewhere()
        if jobs:  # said before waiting on the writer, who may be that job
            raise VaultBusy(running_message(jobs))
        with self._connections.writing(self.write_wait):
            self._connections.close_all()
            forget_case_text()  # every cache of case text, whoever keeps it
            os.close(self._lock_fd)
            self._lock_fd = None

    @contextmanager
    def worker(self) -> Iterator[Vault]:
        """One job on this thread (SecureDrop's per-job session): its own database
        connection, opened here unless the thread has one, closed when the block ends.

        Yields this vault, whose ``conn``, ``transaction()`` and ``snapshot()`` then use
        the job's connection.  While the job runs the vault refuses to lock from another
        thread.  Refuses (VaultLocked) on a locked vault.
        """
        if self._lock_fd is None:
            raise VaultLocked("The vault is locked; unlock it again to continue.")
        self._connections.job_started()
        opened = not self._connections.has_connection()
        try:
            self._connections.get()
            yield self
        finally:
            if opened:
                self._connections.release()
            self._connections.job_ended()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- header and counter -------------------------------------------------------

    def _reconcile_counter(self) -> None:
        db_head = custody.head(self.conn)[0]
        txn_base = int(self.conn.execute("SELECT txn_base FROM vault_state").fetchone()[0])
        counter = self.header.counter
        if db_head == counter:
            return
        if db_head > counter and counter == txn_base:
            # The last commit landed but the header rewrite did not (a crash in between).
            self._write_header(replace(self.header, counter=db_head))
            return
        if db_head < counter:
            raise RolledBack(
                f"The vault database is older than its header (database at event {db_head}, "
                f"header at {counter}): an old copy of the database was put back. "
                "Nothing was changed."
            )
        raise HeaderTampered(
            f"The vault header is older than its database (header at event {counter}, "
            f"database at {db_head}): an old copy of the header was put back. "
            "Nothing was changed."
        )

    def _write_header(self, header: VaultHeader) -> None:
        self._require_header_unchanged()
        if self.table_state is not None:  # sealed again with a new nonce every time
            sealed = bindings.seal(self.table_state, self.keys.master, header.vault_id)
            header = replace(header, bindings=sealed)
        signed = header.signed(self.keys.header_mac)
        write_header(self.path, signed)
        self.header = signed

    def _require_header_unchanged(self) -> None:
        # erase takes no lock (it must work while the app is open, in an emergency): were
        # this process to write its header over an erased one, the destroyed key slots
        # would come back.  Nor is any other header we did not write overwritten.
        on_disk = read_header(self.path)
        if on_disk.erased and not self.header.erased:
            raise VaultError(
                "This vault was erased while it was open; its header was not rewritten. "
                "Close the vault now."
            )
        if on_disk != self.header or on_disk.mac != self.header.mac:
            raise HeaderTampered(
                "The vault header was changed by another program while the vault was open; "
                "it was not overwritten. Close the vault and open it again."
            )

    def custody_head(self) -> tuple[int, str]:
        """(sequence number, row hash hex) of the newest custody event."""
        seq, row_hash = custody.head(self.conn)
        return seq, row_hash.hex()

    # ---- transactions and custody ---------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[store.Connection]:
        """One write transaction; afterwards the header counter follows the custody head.

        Nested use on the same thread joins the outer transaction (so a bigger operation,
        like an import, can call the same record functions a user's single command does):
        only the outermost commits, and a failure anywhere rolls back everything.  Another
        thread's transaction is never joined: each thread writes on its own connection,
        and writers take turns, each holding the turn from BEGIN to its header rewrite (so
        custody events and the header counter advance together).  A write that waited
        ``write_wait`` seconds for its turn is refused with VaultBusy, nothing saved.
        Refuses (RuntimeError, a bug) to write inside this thread's ``snapshot()``.
        """
        conn = self.conn
        if conn.in_transaction:
            if self._connections.reading:
                raise RuntimeError("a write cannot join a read snapshot: end the snapshot first")
            yield conn
            return
        with self._connections.writing(self.write_wait):
            pending: list[Callable[[], None]] = []
            self._after_commit.actions = pending
            try:
                with store.transaction(conn):
                    base = custody.head(conn)[0]
                    conn.execute("UPDATE vault_state SET txn_base = ?", (base,))
                    yield conn
                    state = self._settle_bindings(conn)
            finally:
                self._after_commit.actions = None
            moved = self._take_state(state)
            for action in pending:
                action()
            self._follow_custody_head(conn, moved)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once this thread's transaction has committed (never if it rolls
        back): what must not happen before the commit, such as giving a new blob its
        name.  Refuses (RuntimeError, a bug) outside a transaction."""
        actions = getattr(self._after_commit, "actions", None)
        if actions is None:
            raise RuntimeError("after_commit needs a transaction")
        actions.append(action)

    def _logging(self, conn: store.Connection) -> store.Connection:
        bindings.install(conn, self.bind_key)
        return conn

    def _settle_bindings(self, conn: store.Connection) -> bindings.State | None:
        # Just before COMMIT: the bound tables' new state, recorded in the database.
        if self.table_state is None:  # during open, before the bindings are verified
            return None
        return bindings.settle(conn, self.bind_key, self.table_state, custody.head(conn))

    def _take_state(self, state: bindings.State | None) -> bool:
        # After COMMIT: the state the header must now carry; True when it changed.
        if state is None or state == self.table_state:
            return False
        self.table_state = state
        return True

    def rewrite_header(self) -> None:
        """Write the header again with the current counter and table bindings."""
        self._write_header(self.header)

    def _follow_custody_head(self, conn: store.Connection, state_moved: bool = False) -> None:
        new_head = custody.head(conn)[0]
        if new_head != self.header.counter or state_moved:
            try:
                self._write_header(replace(self.header, counter=new_head))
            except StorageError as exc:
                # The commit stands (the next open repairs the counter): saying "nothing
                # was saved" here would make the user enter the same thing twice.
                raise StorageError(
                    "The change was saved, but the disk refused to update the vault header "
                    "(is it full?); the next open repairs it. Do not repeat the change."
                ) from exc

    @contextmanager
    def snapshot(self) -> Iterator[store.Connection]:
        """Read one consistent state of the vault on this thread's connection: what other
        threads commit meanwhile stays out of sight until the block ends (WAL).  For long
        readers such as the export's passes.  Inside this thread's own transaction it
        joins it.  Writing inside a snapshot is refused (RuntimeError)."""
        with self._connections.snapshot() as conn:
            yield conn

    @contextmanager
    def writes_held(self) -> Iterator[store.Connection]:
        """Keep every other thread from committing (the writer's turn, no transaction
        opened) while the block copies the database file whole.  VaultBusy as for a
        write that waits too long."""
        with self._connections.writing(self.write_wait):
            yield self.conn

    def record(
        self, action: str, object_type: str, object_id: str, details: dict[str, Any] | None = None
    ) -> int:
        """Append a custody event (inside ``transaction()``) as this vault's operator."""
        return custody.append(
            self.conn, self.keys.custody_mac, self.operator, action, object_type, object_id, details
        )

    def setting(self, key: str) -> str | None:
        """A vault setting (kept inside the encrypted database), or None."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Store a vault setting (inside the caller's transaction)."""
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def attachment_ids(self) -> set[str]:
        """Ids of every attachment with a committed row."""
        return {row[0] for row in self.conn.execute("SELECT id FROM attachments")}

    # ---- key slots ------------------------------------------------------------------

    def slots_of(self, slot_type: str) -> list[KeySlot]:
        """The header's slots of one type."""
        return [slot for slot in self.header.slots if slot.slot_type == slot_type]

    def change_passphrase(self, new_passphrase: str) -> str | None:
        """Rewrap the passphrase slot only (other slots untouched) and log it.

        On a vault that was erased (reopened with its escrow identity), this also makes a
        new recovery slot and returns the new recovery code to show once; otherwise None.
        """
        check_new_passphrase(new_passphrase)
        new_slot = make_passphrase_slot(self.keys.master, new_passphrase, self.header.vault_id)
        others = [s for s in self.header.slots if s.slot_type != PASSPHRASE]
        code = None
        if self.header.erased or not self.slots_of(RECOVERY):
            code = new_recovery_code()
            others = [s for s in others if s.slot_type != RECOVERY]
            others.append(make_recovery_slot(self.keys.master, code, self.header.vault_id))
        kdf_mode = "fast-test-only" if fast_kdf_requested() else "calibrated"
        self._change_slots(
            [new_slot, *others],
            "passphrase-change",
            {"slot_id": new_slot.slot_id, "new_recovery_code": code is not None},
            kdf_mode=kdf_mode,
        )
        return code

    def add_escrow(self, recipient: str) -> KeySlot:
        """Add (or replace) the organization escrow slot for an age X25519 recipient."""
        slot = make_escrow_slot(self.keys.master, recipient, self.header.vault_id)
        others = [s for s in self.header.slots if s.slot_type != ESCROW]
        details = {"added": "escrow", "slot_id": slot.slot_id, "recipient": slot.body["recipient"]}
        if len(others) < len(self.header.slots):
            details["replaced"] = "escrow"
        self._change_slots([*others, slot], "slot-change", details)
        return slot

    def remove_escrow(self) -> None:
        """Remove the escrow slot; refuses when there is none."""
        if not self.slots_of(ESCROW):
            raise InputError("This vault has no escrow slot to remove.")
        others = [s for s in self.header.slots if s.slot_type != ESCROW]
        self._change_slots(others, "slot-change", {"removed": "escrow"})

    def _change_slots(
        self,
        slots: list[KeySlot],
        action: str,
        details: dict[str, Any],
        kdf_mode: str | None = None,
    ) -> None:
        # The header with new slots and the custody event commit as one step: the event is
        # committed first, then the header is written with the new slots *and* the new
        # counter.  A crash in between leaves the old slots with a counter one behind, which
        # the next open repairs: the old secret still opens the vault, the new one does not
        # (the custody log shows a change that did not take); the user runs passwd again.
        with self._connections.writing(self.write_wait):
            with store.transaction(self.conn) as conn:
                base = custody.head(conn)[0]
                conn.execute("UPDATE vault_state SET txn_base = ?", (base,))
                self.record(action, "vault", self.header.vault_id, details)
                state = self._settle_bindings(conn)
            self._take_state(state)
            new_head = custody.head(conn)[0]
            try:
                self._write_header(
                    replace(
                        self.header,
                        slots=tuple(slots),
                        counter=new_head,
                        erased=False,
                        kdf_mode=kdf_mode or self.header.kdf_mode,
                    )
                )
            except StorageError as exc:
                raise StorageError(
                    "The disk refused to write the vault header (is it full?): the key slots "
                    "were not changed; the vault still opens as before."
                ) from exc

    # ---- information -----------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """What ``info`` shows: format, ids, slot types and costs, counts, operator.  Never
        key material, passphrases or recovery codes."""
        seq, row_hash = self.custody_head()
        return {
            "path": str(self.path),
            "format_version": FORMAT_VERSION,
            "schema_version": store.schema_version(self.conn),
            "vault_id": self.header.vault_id,
            "kdf_mode": self.header.kdf_mode,
            "slots": [slot.describe() for slot in self.header.slots],
            "operator": self.operator,
            "counts": {
                "cases": self._count("cases"),
                "attachments": self._count("attachments"),
                "custody_events": seq,
            },
            "custody_head": {"seq": seq, "hash": row_hash},
        }

    def _count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def header_path(path: Path) -> Path:
    """Where a vault keeps its header."""
    return Path(path) / HEADER_NAME
