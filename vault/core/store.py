"""The SQLCipher database: connection set-up, pragmas, migrations and transactions."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias, cast

import sqlcipher3

from vault.core.errors import (
    IntegrityError,
    StorageError,
    UnsupportedFormat,
    VaultBusy,
    VaultError,
)
from vault.core.fsutil import storage_error
from vault.core.keys import VaultKeys
from vault.core.search_keys import register as register_search_keys

DB_NAME = "vault.db"

# Asserted on every connection.  cipher_memory_security stays OFF: it made full-text
# queries 5x slower here while Python's own heap holds the same plaintext anyway (see
# SECURITY.md for the mitigations that matter: locking, disk encryption, no core dumps).
REQUIRED_PRAGMAS: dict[str, Any] = {
    "temp_store": 2,  # MEMORY: no temp files with plaintext
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
    "foreign_keys": 1,
    "cipher_log_level": "NONE",
    "cipher_memory_security": "0",
    "busy_timeout": 5000,  # ms; see BUSY_MESSAGE
}
_SET_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    # Writers of this process queue on the vault's write lock (vault/core/connections.py);
    # SQLite's own wait only covers a writer outside it, such as a sqlite tool.
    "PRAGMA busy_timeout = 5000",
)
BUSY_MESSAGE = (
    "The vault database is in use by another task or program, which is still writing; "
    "nothing was saved. Try again when it has finished."
)

# sqlcipher3 ships no type hints; its Connection has sqlite3's interface exactly.
Connection: TypeAlias = sqlite3.Connection
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
OperationalError: type[Exception] = sqlcipher3.OperationalError
ProgrammingError: type[Exception] = sqlcipher3.ProgrammingError


def read_pragmas(conn: Connection) -> dict[str, Any]:
    """The current values of every required pragma on ``conn``."""
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}


def connect(path: Path, keys: VaultKeys) -> Connection:
    """Open the encrypted database with the derived raw key and salt, pragmas enforced.

    Raises IntegrityError when the file cannot be decrypted with this vault's key.
    """
    if not path.exists():
        # SQLite would make it 0644 under the usual umask (and its -wal and -shm files
        # copy the database's mode); the vault's files are the user's alone.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as exc:
            raise storage_error(exc, "database") from exc
    conn = cast(
        Connection,
        sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False),
    )
    # The folded search indexes are written by triggers that call search_keys()
    # (migration 0007): every connection that may write records needs it.
    register_search_keys(conn)
    try:
        conn.execute(f'PRAGMA key = "{keys.sqlcipher_key_literal()}"')
        for statement in _SET_PRAGMAS:
            conn.execute(statement)
        actual = read_pragmas(conn)
    except DatabaseError as exc:
        conn.close()
        busy = busy_error(exc)
        if busy is not None:  # another writer holds it: the key is fine
            raise busy from exc
        if _is_disk_refusal(exc):  # a full or failing disk is not a damaged vault
            raise StorageError(
                f"The disk refused to open the vault database ({exc}; is it full?); "
                "nothing was changed."
            ) from exc
        raise IntegrityError(
            "The vault database cannot be decrypted: it is damaged or belongs to another vault."
        ) from exc
    wrong = {k: v for k, v in actual.items() if v != REQUIRED_PRAGMAS[k]}
    if wrong:  # a build of SQLCipher that ignores one would silently weaken the vault
        conn.close()
        raise VaultError(f"The database refused required settings: {sorted(wrong)}.")
    return conn


def begin(conn: Connection, how: str = "IMMEDIATE") -> None:
    """Start a transaction (IMMEDIATE: as the writer; DEFERRED: a read snapshot).

    Raises VaultBusy, in plain words, when another connection keeps the database
    locked past the busy timeout; nothing was started then.
    """
    try:
        conn.execute(f"BEGIN {how}")
    except OperationalError as exc:
        busy = busy_error(exc)
        if busy is not None:
            raise busy from exc
        raise


def busy_error(exc: BaseException) -> VaultBusy | None:
    """VaultBusy for SQLite's "database is locked" / "busy"; None for anything else."""
    if not isinstance(exc, OperationalError):
        return None
    text = str(exc).lower()
    if "database is locked" in text or "busy" in text:
        return VaultBusy(BUSY_MESSAGE)
    return None


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: everything inside commits together or not at all.

    A database kept locked by another connection is VaultBusy (nothing saved), never an
    internal error.
    """
    begin(conn)
    try:
        yield conn
    except BaseException as exc:
        _rollback(conn)
        if isinstance(exc, OperationalError) and _is_disk_refusal(exc):
            raise database_write_error(exc) from exc
        busy = busy_error(exc)
        if busy is not None:
            raise busy from exc
        raise
    try:
        conn.execute("COMMIT")
    except OperationalError as exc:
        _rollback(conn)
        busy = busy_error(exc)
        raise (busy or database_write_error(exc)) from exc


def _rollback(conn: Connection) -> None:
    # After an I/O error SQLite may already have rolled back; a second ROLLBACK would
    # raise and hide the real cause.
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _is_disk_refusal(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("disk i/o", "full", "readonly", "read-only"))


def damage_error(exc: BaseException) -> IntegrityError | None:
    """A message for SQLite's words for a damaged database file (a flipped bit, a page
    that fails SQLCipher's HMAC); None for any other error, which is a bug of ours."""
    if not isinstance(exc, DatabaseError):
        return None
    text = str(exc).lower()
    if not any(word in text for word in ("malformed", "not a database", "corrupt")):
        return None
    return IntegrityError(
        f"The vault database is damaged ({exc}); nothing was changed. "
        "Restore the vault from a backup."
    )


def database_user_error(exc: BaseException) -> VaultError | None:
    """The words for a database failure a person meets rather than causes by a bug: a
    damaged file (``damage_error``) or a database kept busy by another writer
    (``busy_error``); None for anything else, which is a bug of ours."""
    return damage_error(exc) or busy_error(exc)


def database_write_error(exc: Exception) -> VaultError:
    """Map SQLite's write failures to messages a person can act on."""
    text = str(exc).lower()
    if "disk i/o" in text:
        return StorageError(
            "The disk refused the database write (is it full?): nothing was saved; "
            "the vault is unchanged."
        )
    if "full" in text:
        return StorageError("The disk is full: nothing was saved; the vault is unchanged.")
    if "readonly" in text or "read-only" in text:
        return StorageError("The vault is on a read-only disk: nothing was saved.")
    return StorageError("The database refused the write: nothing was saved.")


_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """Every numbered migration shipped with this program, in order."""
    found = []
    for entry in resources.files("vault.core.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers are not consecutive: {numbers}")
    return found


def schema_version(conn: Connection) -> int:
    """The number of the last migration applied (SQLite's user_version)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    """The schema version this program writes."""
    return len(migrations())


def migrate(conn: Connection) -> int:
    """Apply, forward only, each migration newer than the database; return the new version.

    Each migration runs in its own transaction with the version bump, so a crash leaves a
    consistent schema.  A database newer than this program is refused.
    """
    current = schema_version(conn)
    latest = latest_version()
    if current > latest:
        raise UnsupportedFormat(
            f"The vault database is at schema {current}, newer than this program ({latest})."
        )
    for number, sql in migrations():
        if number <= current:
            continue
        begin(conn)
        try:
            for statement in split_sql(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return latest


def split_sql(script: str) -> list[str]:
    """Split a migration into statements (CREATE TRIGGER bodies kept whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def create_schema(conn: Connection) -> None:
    """Create a fresh database from ``schema.sql`` in one transaction at the latest version.

    A test asserts that applying every migration from zero gives the same schema, so the
    two cannot drift apart.
    """
    script = resources.files("vault.core").joinpath("schema.sql").read_text(encoding="utf-8")
    with transaction(conn):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {latest_version()}")


def schema_snapshot(conn: Connection) -> dict[str, Any]:
    """Columns, keys, indexes and trigger/view SQL of every object: comparable across builds."""
    snapshot: dict[str, Any] = {"user_version": schema_version(conn)}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    for kind, name, _table, sql in objects:
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            snapshot[f"table:{name}"] = {
                "columns": [tuple(r) for r in conn.execute(f"PRAGMA table_xinfo('{name}')")],
                "foreign_keys": sorted(
                    tuple(r)[2:] for r in conn.execute(f"PRAGMA foreign_key_list('{name}')")
                ),
            }
        else:
            snapshot[f"{kind}:{name}"] = " ".join((sql or "").split())
    return snapshot
