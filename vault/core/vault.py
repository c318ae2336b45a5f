"""A vault on disk: create, unlock, hold open, change key slots, and keep the sealed state
and the database in step.

Format 2 on disk: ``vault.keys`` (the key slots, fixed size, written in place only when
slots change: vault/core/header.py), ``vault.state`` (counter, custody head and slot
digests, sealed under a key of the master key, replaced after every write:
vault/core/state.py), ``vault.db`` and ``blobs/``.  A format 1 vault is migrated on its
first open (vault/core/format_upgrade.py).

Opening a vault runs, in order: read the key file (nothing decrypted yet), take the
process lock, unwrap the master key from a slot, open the sealed state, open the
database with the derived raw key, reconcile the rollback counter and verify the table
bindings (vault/core/freshness.py), apply migrations, finish a slot change or rekey cut
short, and (unless the vault was erased) settle the blob files: interrupted intakes'
temp files removed or finished, blobs without a row put in quarantine
(vault/core/quarantine.py).

An open vault serves any number of threads: each has its own database connection
(``conn``), a transaction joins only transactions of its own thread, and writers take turns
(vault/core/connections.py).  A job on a worker thread runs inside ``worker()``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from vault.core import bindings, custody, store
from vault.core.blobstore import BlobStore
from vault.core.connections import ThreadConnections, running_message
from vault.core.errors import (
    HeaderTampered,
    InputError,
    IntegrityError,
    RolledBack,
    StateNotUpdated,
    StorageError,
    VaultBusy,
    VaultError,
    VaultLocked,
)
from vault.core.forget import forget_case_text
from vault.core.format1 import remove_header
from vault.core.freshness import adopt, verify_at_open
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import (
    Bank,
    create_slots_file,
    keys_path,
    read_slots,
    retire_bank,
)
from vault.core.key_epochs import earlier_custody_keys
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    FORMAT_VERSION,
    PASSPHRASE,
    RECOVERY,
    empty_area,
    make_passphrase_slot,
    make_recovery_slot,
    new_recovery_code,
)
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.state import SlotRecord, VaultState, read_records, write_records
from vault.core.text_input import refuse_invisible
from vault.core.unlock import Credential, Unlocked, unlock
from vault.core.vault_slots import (
    MIN_PASSPHRASE_CHARS,
    KeySlots,
    check_new_passphrase,
    kdf_mode,
    slot_digests,
)

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "Credential",
    "Vault",
    "check_new_passphrase",
    "keys_path",
]

LOCK_NAME = ".lock"
REKEY_COPY = ".vault.db.rekey"  # vault/core/rekey.py's work copy; removed at open
MAX_OPERATOR_CHARS = 200
# How long a write waits for its turn before giving up with VaultBusy.  Writers hold the
# turn for one short transaction each, not for a whole export.
WRITE_WAIT_SECONDS = 30.0


def check_operator(operator: str) -> str:
    """The operator name, trimmed; refuses an empty one, control characters, invisible
    format characters (text_input.refuse_invisible) and more than 200 characters."""
    operator = operator.strip()
    if not operator or len(operator) > MAX_OPERATOR_CHARS or any(ord(c) < 32 for c in operator):
        raise InputError("The operator name must be 1 to 200 printable characters.")
    refuse_invisible(operator, "operator name")
    return operator


def _take_lock(path: Path) -> int:
    try:
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
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


_BEING_CREATED = (
    "{path} already holds a vault or another program is creating one there; choose another folder."
)


def _saved_since(conn: store.Connection, counter: int) -> str:
    """ " (intake attachment ID, ...)": the custody events after ``counter``, for a message."""
    rows = conn.execute(
        "SELECT action, object_type, object_id FROM custody WHERE seq > ? ORDER BY seq LIMIT 4",
        (counter,),
    ).fetchall()
    if not rows:
        return ""
    named = [f"{action} of {kind} {object_id}" for action, kind, object_id in rows[:3]]
    return " (" + "; ".join(named) + ("; ..." if len(rows) > 3 else "") + ")"


class Vault(KeySlots):
    """An unlocked vault.  Use as a context manager, or call ``close()``."""

    def __init__(
        self, path: Path, vault_id: str, opened: Unlocked, conn: store.Connection, lock_fd: int
    ) -> None:
        self.path = path
        self.vault_id = vault_id
        self.bank: Bank = opened.bank
        self.state: VaultState = opened.state
        self._state_bytes = opened.state_bytes
        self.keys = opened.keys
        db_path = path / store.DB_NAME
        # The table bindings (vault/core/bindings.py): None until open has verified them.
        self.bind_key = bindings.binding_key(opened.keys.master, vault_id)
        self.table_state: bindings.State | None = None
        # Worker connections come from the keys in memory: no second KDF, no lock file.
        # Each logs its changes of the bound tables (open has migrated the schema by the
        # time a worker connects).
        keys = opened.keys
        self._connections = ThreadConnections(
            lambda: self._logging(store.connect(db_path, keys)), conn
        )
        self.write_wait = WRITE_WAIT_SECONDS
        self.blobs = BlobStore(path, vault_id, keys.attachment_wrap)
        self._lock_fd: int | None = lock_fd
        self._after_commit = threading.local()  # this thread's actions for its commit
        # Slot types whose area was overwritten since the vault last wrote it: an erase
        # (only the escrow identity opens such a vault) or a change from outside.
        self.destroyed_slots: frozenset[str] = frozenset()
        # Sentences a shell shows once after opening (a migration, a rekey finished).
        self.notices: list[str] = []
        self.operator = self.setting("operator") or "operator"

    def _adopt_keys(
        self, keys: VaultKeys, bank: Bank, state: VaultState, conn: store.Connection
    ) -> None:
        """After a rekey: the new keys, bank and state (its bindings recomputed under
        the new binding key), and connections under the new key (``conn`` becomes this
        thread's)."""
        db_path = self.path / store.DB_NAME
        self.keys, self.bank, self.state = keys, bank, state
        self.bind_key = bindings.binding_key(keys.master, self.vault_id)
        self.table_state = bindings.from_bindings(state.bindings)
        self._connections = ThreadConnections(
            lambda: self._logging(store.connect(db_path, keys)), self._logging(conn)
        )
        self.blobs = BlobStore(self.path, self.vault_id, keys.attachment_wrap)
        self.destroyed_slots = frozenset()

    @property
    def erased(self) -> bool:
        """Whether the passphrase or recovery slot was destroyed by ``erase``."""
        return bool(self.destroyed_slots & {PASSPHRASE, RECOVERY})

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
        operator = check_operator(operator)
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise InputError(f"{path} already exists and is not an empty folder.")
        # Exclusive at every step, and only what this call made is ever removed: the
        # folder is made with one mkdir (whoever makes it owns it), an existing empty
        # folder is claimed by the vault lock and checked empty again under it, so two
        # ``init`` at once leave one vault and one clear refusal, never a mix.
        made_parents = [p for p in path.absolute().parents if not p.exists()]
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.mkdir(mode=0o700)
            created_dir = True
        except FileExistsError:
            created_dir = False
        except OSError as exc:
            raise storage_error(exc, "new vault") from exc
        try:
            lock_fd = _take_lock(path)
        except VaultBusy:
            raise InputError(_BEING_CREATED.format(path=path)) from None
        except BaseException:
            if created_dir:
                shutil.rmtree(path, ignore_errors=True)
            raise
        try:
            if not path.is_dir() or any(c.name != LOCK_NAME for c in path.iterdir()):
                raise InputError(_BEING_CREATED.format(path=path))
            os.chmod(path, 0o700)
        except BaseException:
            os.close(lock_fd)
            raise
        try:
            return cls._create_in(path, passphrase, operator, kdf_mode(), lock_fd)
        except BaseException:
            # Nothing of value exists yet, and the lock kept everyone else out: remove what
            # we made so a retry starts clean.
            if created_dir:
                shutil.rmtree(path, ignore_errors=True)
                for parent in made_parents:  # deepest first; only while still empty
                    with contextlib.suppress(OSError):
                        parent.rmdir()
            else:
                for child in path.iterdir():
                    if child.name == LOCK_NAME:
                        continue
                    if child.is_dir():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                os.close(lock_fd)
            raise

    @classmethod
    def _create_in(
        cls, path: Path, passphrase: str, operator: str, kdf_mode: str, lock_fd: int
    ) -> tuple[Vault, str]:
        vault_id = secrets.token_hex(16)
        master = os.urandom(32)
        keys = VaultKeys.derive(master, vault_id)
        recovery_code = new_recovery_code()
        areas = {
            PASSPHRASE: make_passphrase_slot(master, passphrase, vault_id, 0).to_area(),
            RECOVERY: make_recovery_slot(master, recovery_code, vault_id, 0).to_area(),
            ESCROW: empty_area(),
        }
        (path / "blobs").mkdir(mode=0o700)
        conn = store.connect(path / store.DB_NAME, keys)
        store.create_schema(conn)
        create_slots_file(path, vault_id, 0, areas)
        bank = read_slots(path).current()
        record = SlotRecord(1, slot_digests(bank, {PASSPHRASE, RECOVERY}), None, kdf_mode)
        empty = bindings.to_bindings(bindings.empty_state())
        state = VaultState(vault_id, 0, 0, custody.GENESIS.hex(), record, bindings=empty)
        sealed = state.seal(keys.state)
        write_records(path, [sealed])
        vault = cls(path, vault_id, Unlocked(bank, keys, state, sealed), conn, lock_fd)
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
        format, KDF parameters above the caps, a wrong secret, a replaced or edited state
        file, a database older than its state, and a vault open in another process.  A
        format 1 vault is migrated first (after a verified backup beside it).
        ``progress`` shows an indeterminate "Unlocking" phase; ``cancel`` is honoured
        before and after the key derivation (which itself cannot be interrupted), before
        anything is written.
        """
        path = Path(path)
        work = Work(progress, cancel)
        from vault.core.format1 import is_format1

        if is_format1(path):
            from vault.core.format_upgrade import upgrade_format1  # it opens vaults itself

            notice = upgrade_format1(path, credential, work)
            vault = cls.open(path, credential, progress, cancel)
            vault.notices.insert(0, notice)
            return vault
        read_slots(path)  # "not a vault" before a lock file is made in a stranger's folder
        work.phase("Unlocking")
        lock_fd = _take_lock(path)
        try:
            # Read again under the lock: another process may have changed the slots (a
            # new passphrase, an erase) between the first read and the lock.
            slots = read_slots(path)
            opened = unlock(path, slots, credential)
            work.check()  # the last point before the database is opened and migrated
            db_path = path / store.DB_NAME
            if not db_path.is_file():
                raise VaultError(f"The vault database {db_path} is missing.")
            conn = store.connect(db_path, opened.keys)
        except BaseException:
            os.close(lock_fd)
            raise
        try:
            vault = cls(path, slots.vault_id, opened, conn, lock_fd)
            # Before any migration writes: a rolled-back database is refused untouched,
            # and so is a table rolled back or spliced in from an older copy.
            repaired = vault._reconcile_counter()
            if verify_at_open(vault, counter_repaired=repaired) or repaired:
                # The last commit landed but the state rewrite did not (a crash between).
                vault._write_state(vault._state_after_commit(conn))
            schema = store.schema_version(conn)
            migrated = store.migrate(conn) != schema
            vault._logging(conn)
            if vault.table_state is None or migrated:  # made before bindings, or new columns
                adopt(vault)
            vault._finish_interrupted_change(slots)
            vault._note_destroyed_slots()
            if not vault.erased:
                # An erased vault is opened at HQ to recover it: nothing is moved in it
                # before a person has looked.  Otherwise blobs without a row go to the
                # quarantine folder; only interrupted intakes' temp files are deleted.
                from vault.core.quarantine import settle_blobs  # it imports this module

                settle_blobs(vault)
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

    # ---- sealed state and counter -----------------------------------------------------

    def _reconcile_counter(self) -> bool:
        """Refuse a database older or newer than the sealed state (RolledBack,
        HeaderTampered); True when the state is exactly one commit behind (a crash after
        the commit, before the state rewrite), for open to repair once the table bindings
        of that commit are verified.  Writes nothing."""
        db_seq, db_hash = custody.head(self.conn)
        txn_base = int(self.conn.execute("SELECT txn_base FROM vault_state").fetchone()[0])
        counter = self.state.counter
        if db_seq == counter:
            if db_hash.hex() != self.state.head:
                raise IntegrityError(
                    "The vault is damaged or tampered: its custody log is not the one the "
                    "vault state records (same length, other events). Nothing was changed."
                )
            return False
        if db_seq > counter and counter == txn_base and self._row_hash(counter) == self.state.head:
            return True  # the last commit landed but the state rewrite did not
        if db_seq < counter:
            raise RolledBack(
                f"The vault database is older than its state (database at event {db_seq}, "
                f"state at {counter}): an old copy of the database was put back. "
                "Nothing was changed."
            )
        raise HeaderTampered(
            f"The vault state is older than its database (state at event {counter}, "
            f"database at {db_seq}): an old copy of the state was put back. "
            "Nothing was changed."
        )

    def _row_hash(self, seq: int) -> str:
        if seq == 0:
            return custody.GENESIS.hex()
        row = self.conn.execute("SELECT row_hash FROM custody WHERE seq = ?", (seq,)).fetchone()
        return "" if row is None else bytes(row[0]).hex()

    def _state_after_commit(self, conn: store.Connection) -> VaultState:
        """The state to seal after a commit on ``conn``: the custody head it reached and
        the table bindings its transaction settled (``table_state``; kept as they are
        until open has verified them)."""
        seq, row_hash = custody.head(conn)
        state = replace(self.state, counter=seq, head=row_hash.hex())
        if self.table_state is not None:
            state = replace(state, bindings=bindings.to_bindings(self.table_state))
        return state

    def rewrite_state(self) -> None:
        """Seal the state again with the current custody head and table bindings."""
        self._write_state(self._state_after_commit(self.conn))

    def _write_state(self, state: VaultState, extra: tuple[bytes, ...] = ()) -> None:
        """Seal ``state`` (and ``extra`` records, during a rekey) into the state file."""
        self._require_state_unchanged()
        records = [state.seal(self.keys.state), *extra]
        write_records(self.path, records)
        self.state = state
        self._state_bytes = b"".join(records)

    def _require_state_unchanged(self) -> None:
        # Nothing but this process writes the state while it holds the lock: a file that
        # differs from what we last wrote was put there by someone else; keep it for
        # whoever investigates rather than overwrite it.
        try:
            with open(self.path / "vault.state", "rb") as handle:
                on_disk = handle.read(len(self._state_bytes) + 1)
        except OSError:
            on_disk = b""
        if on_disk != self._state_bytes:
            raise HeaderTampered(
                "The vault state was changed by another program while the vault was open; "
                "it was not overwritten. Close the vault and open it again."
            )

    def _finish_interrupted_change(self, slots: Any) -> None:
        """Complete what a slot change or rekey cut short left: the other bank of the key
        file (older or never committed) is destroyed, the state keeps only the record of
        the bank in use, and a rekey's work copy of the database is removed."""
        with contextlib.suppress(FileNotFoundError):
            (self.path / REKEY_COPY).unlink()
        remove_header(self.path)  # a format upgrade cut short after writing format 2
        other = slots.banks[1 - self.bank.index]
        record = self.state.record_for(self.bank.generation)
        if record is None:
            raise HeaderTampered(
                "The vault state does not describe the key slots in use; one of the two "
                "files was changed outside the vault. Nothing was changed."
            )
        pending = self.state.rekey_pending
        if other.generation:
            retire_bank(self.path, other.index)
        unfinished = record != self.state.keys or self.state.previous is not None
        if unfinished or pending or len(read_records(self.path)) > 1:
            self._write_state(replace(self.state, keys=record, previous=None, rekey_pending=False))
        if pending:
            self.notices.append(
                "A rekey was interrupted after the new key took over and has now been "
                "finished. Its new recovery code was never shown: make one now "
                "(recovery regenerate); the old code no longer opens this vault."
            )

    def _note_destroyed_slots(self) -> None:
        record = self.state.keys
        destroyed = {
            slot_type
            for slot_type, digest in record.slots.items()
            if digest and _digest(self.bank, slot_type) != digest
        }
        self.destroyed_slots = frozenset(destroyed)
        passphrase = self.bank.slot(PASSPHRASE)
        if (
            PASSPHRASE not in destroyed
            and record.slots.get(PASSPHRASE)
            and record.kdf_mode != "fast-test-only"
            and passphrase.below_floor()
        ):
            self.notices.append(
                "The passphrase slot's key-derivation costs are below the floor this "
                f"program sets (m={passphrase.memory_kib} KiB, t={passphrase.time_cost}); "
                "set the passphrase again (passwd) to give it full strength."
            )

    def custody_head(self) -> tuple[int, str]:
        """(sequence number, row hash hex) of the newest custody event."""
        seq, row_hash = custody.head(self.conn)
        return seq, row_hash.hex()

    def earlier_custody_keys(self) -> list[tuple[int, bytes]]:
        """The custody MAC keys of epochs a rekey ended, for ``custody.verify_chain``."""
        return earlier_custody_keys(self.conn)

    # ---- transactions and custody ---------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[store.Connection]:
        """One write transaction; afterwards the sealed state follows the custody head.

        Nested use on the same thread joins the outer transaction (so a bigger operation,
        like an import, can call the same record functions a user's single command does):
        only the outermost commits, and a failure anywhere rolls back everything.  Another
        thread's transaction is never joined: each thread writes on its own connection,
        and writers take turns, each holding the turn from BEGIN to its state rewrite (so
        custody events and the state counter advance together).  A write that waited
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
                    settled = self._settle_bindings(conn)
            finally:
                self._after_commit.actions = None
            moved = self._take_bindings(settled)
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

    def _take_bindings(self, settled: bindings.State | None) -> bool:
        # After COMMIT: the bindings the state must now carry; True when they changed.
        if settled is None or settled == self.table_state:
            return False
        self.table_state = settled
        return True

    def _follow_custody_head(self, conn: store.Connection, bindings_moved: bool = False) -> None:
        new_head = custody.head(conn)
        if bindings_moved or (new_head[0], new_head[1].hex()) != (
            self.state.counter,
            self.state.head,
        ):
            try:
                self._write_state(self._state_after_commit(conn))
            except StorageError as exc:
                # The commit stands (the next open repairs the counter): saying "nothing
                # was saved" here would make the user enter the same thing twice, so the
                # message names what was saved (the events of this commit).
                saved = _saved_since(conn, self.state.counter)
                raise StateNotUpdated(
                    f"The change was saved{saved}, but the disk refused to update the vault "
                    "state (is it full?); the next open repairs it. Do not repeat the change.",
                    saved,
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

    # ---- information -----------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """What ``info`` shows: format, ids, slot types and costs, counts, operator.  Never
        key material, passphrases or recovery codes."""
        seq, row_hash = self.custody_head()
        slots = []
        for slot in self.live_slots():
            described = slot.describe()
            if slot.slot_type == ESCROW and self.escrow_recipient:
                described["recipient"] = self.escrow_recipient
            if slot.below_floor() and self.state.keys.kdf_mode != "fast-test-only":
                described["below_floor"] = True
            slots.append(described)
        return {
            "path": str(self.path),
            "format_version": FORMAT_VERSION,
            "schema_version": store.schema_version(self.conn),
            "vault_id": self.vault_id,
            "key_epoch": self.epoch,
            "kdf_mode": self.state.keys.kdf_mode,
            "slots": slots,
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


def _digest(bank: Bank, slot_type: str) -> str:
    return bank.digests()[slot_type]
