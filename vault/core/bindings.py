"""Table bindings: the tables that must never go backwards, bound to the sealed state.

SQLCipher authenticates each page of ``vault.db``, not its version: pages copied from an
older image of the same vault decrypt and pass, so one table can be rolled back (a
withdrawn consent comes back, a statement loses its newest version) while the custody
head, and so the state's counter, stays current.  The counter cannot see that by itself;
these bindings make it see it.

For every bound table the sealed state (``VaultState.bindings``, vault/core/state.py:
AES-GCM under a key of the master key, so the file shows no counts) keeps: the number
of rows and their *sum*, the sum modulo 2**256 of
HMAC-SHA256(binding key, table || rowid || bound columns) over its rows (a keyed multiset
hash: an insert adds its row's value, a delete subtracts it, an update does both, and
nobody without the key can make a different set of rows give the same sum); and, for a
cheap check at open, a watermark rowid with the count and sum of the rows above it (the
*tail*: the newest rows, 500 to 1,000 of them once the table is larger).

- **Written with the row.**  Temporary triggers (per connection, not part of the schema:
  no migration) log each row's value into a temporary table, which rolls back with the
  transaction; just before COMMIT ``settle`` folds the log into the new state and stores
  it, with the custody head it ends at and a fingerprint of the state it started from, in
  the database (``settings``), and the sealed state is rewritten after the commit
  (``Vault._state_after_commit``).
- **Open** (``verify_at_open``) reads the rows above each watermark (a range of the
  table's own b-tree: bounded, however large the table) and compares them with the
  sealed state.  A crash between commit and state rewrite is recognised only when the
  database's record names the current custody head and started from the state's
  bindings, and the tables then match its end state; anything else is refused as
  damaged or tampered, naming the tables.
- **rekey** computes them afresh under the new master key's binding key (the row values
  are keyed, and the key follows the master key), after checking every row against the
  old ones: each epoch's sealed state carries bindings under that epoch's key.
- **check** (``check_problems``) reads every row of every bound table, and also matches each
  attachment to exactly one intake event (id, SHA-256) and each statement version's text
  to its SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.canonical import canonical_json
from vault.core.errors import IntegrityError
from vault.core.kdf import hkdf_sha256
from vault.core.store import Connection

# table -> how messages name it.  The custody log needs no binding: it is a hash chain
# whose head the sealed state's counter follows, and ``check`` and ``audit verify`` walk it.
BOUND_TABLES: dict[str, str] = {
    "attachments": "attachments",
    "consents": "consent records",
    "received_consents": "received consent scopes",
    "statement_versions": "statement versions",
    "redactions": "redaction decisions",
    "attachment_reviews": "review marks",
    "retractions": "retractions",
}
# Columns left out of a row's value: statement texts are bound through their SHA-256
# column (``verify_all`` checks each text against it), so open never reads a text.
UNBOUND_COLUMNS: dict[str, frozenset[str]] = {
    "statement_versions": frozenset({"body", "translation"}),
}
TAIL = 500  # rows checked at open per table: between TAIL and 2 * TAIL once it is larger
MODULUS = 1 << 256
SETTINGS_KEY = "table-bindings"
_LABEL = b"evidence-vault/v1/"


def binding_key(master: bytes, vault_id: str) -> bytes:
    """The key of the row values (derived from the master key, apart from every other)."""
    return hkdf_sha256(master, bytes.fromhex(vault_id), _LABEL + b"table-bindings")


def _seal_key(master: bytes, vault_id: str) -> bytes:
    return hkdf_sha256(master, bytes.fromhex(vault_id), _LABEL + b"table-bindings-seal")


@dataclass
class TableState:
    """What the sealed state knows of one table."""

    rows: int = 0
    total: int = 0  # the keyed multiset sum of every row
    mark: int = 0  # rows with a rowid above this are the tail
    tail_rows: int = 0
    tail: int = 0

    def as_json(self) -> dict[str, Any]:
        """For the database record (and a format 1 header's sealed field)."""
        return {
            "rows": self.rows,
            "sum": f"{self.total:064x}",
            "mark": self.mark,
            "tail_rows": self.tail_rows,
            "tail": f"{self.tail:064x}",
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TableState:
        """The inverse of ``as_json``; ValueError/KeyError/TypeError on anything else."""
        return cls(
            int(data["rows"]),
            int(data["sum"], 16),
            int(data["mark"]),
            int(data["tail_rows"]),
            int(data["tail"], 16),
        )


State = dict[str, TableState]


def empty_state() -> State:
    """The state of a vault whose bound tables are empty."""
    return {table: TableState() for table in BOUND_TABLES}


def state_json(state: State) -> dict[str, Any]:
    """The state as JSON (sorted by table)."""
    return {table: state[table].as_json() for table in sorted(state)}


def fingerprint(state: State) -> str:
    """SHA-256 of the canonical state: what a database record says it started from."""
    return hashlib.sha256(canonical_json(state_json(state))).hexdigest()


def to_bindings(state: State) -> dict[str, str]:
    """The state as ``VaultState.bindings``: table -> "rows sum mark tail_rows tail"."""
    return {
        table: f"{s.rows} {s.total:064x} {s.mark} {s.tail_rows} {s.tail:064x}"
        for table, s in sorted(state.items())
    }


def from_bindings(field: dict[str, str]) -> State:
    """The inverse of ``to_bindings``; IntegrityError ("damaged or tampered") for a
    field that lacks a bound table or is malformed (the state is authenticated, so only
    a bug or a state from another program gets here)."""
    try:
        state = {}
        for table in BOUND_TABLES:
            rows, total, mark, tail_rows, tail = field[table].split(" ")
            state[table] = TableState(
                int(rows), int(total, 16), int(mark), int(tail_rows), int(tail, 16)
            )
    except (KeyError, ValueError, AttributeError) as exc:
        raise IntegrityError(
            "The vault is damaged or tampered with: its record of the tables cannot be read."
        ) from exc
    return state


def unseal(field: dict[str, Any], master: bytes, vault_id: str) -> State:
    """The state in a format 1 header's ``bindings`` field (sealed with AES-GCM there,
    the header being plain JSON): read once, when such a vault is upgraded to format 2.
    IntegrityError for one this vault's key did not make."""
    try:
        raw = bytes.fromhex(str(field["sealed"]))
        plain = AESGCM(_seal_key(master, vault_id)).decrypt(
            raw[:12], raw[12:], vault_id.encode("ascii")
        )
        data = json.loads(plain)
        state = {table: TableState.from_json(data[table]) for table in BOUND_TABLES}
    except (KeyError, TypeError, ValueError, InvalidTag) as exc:
        raise IntegrityError(
            "The vault is damaged or tampered with: its record of the tables cannot be read."
        ) from exc
    return state


# ---- row values ------------------------------------------------------------------------


def _encode(value: object) -> bytes:
    # Type-tagged and length-prefixed: no two different rows encode alike.
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"I%d;" % value
    if isinstance(value, float):
        return b"F" + repr(value).encode("ascii") + b";"
    if isinstance(value, str):
        data = value.encode("utf-8")
        return b"S%d:" % len(data) + data
    if isinstance(value, bytes | memoryview):
        data = bytes(value)
        return b"B%d:" % len(data) + data
    raise TypeError(f"unexpected column type {type(value).__name__}")


def row_value(key: bytes, table: str, rowid: int, values: Sequence[object]) -> int:
    """The keyed value of one row: HMAC-SHA256 over table, rowid and bound columns."""
    message = b"".join([_encode(table), _encode(rowid), *map(_encode, values)])
    return int.from_bytes(hmac.digest(key, message, "sha256"), "big")


def bound_columns(conn: Connection, table: str) -> list[str]:
    """The columns of ``table`` a row's value covers, in schema order."""
    skip = UNBOUND_COLUMNS.get(table, frozenset())
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in skip]


# ---- the triggers and the log ------------------------------------------------------------


def install(conn: Connection, key: bytes) -> None:
    """Make ``conn`` log every change of a bound table (temporary triggers and table, in
    memory, this connection only).  Call once per connection, on the latest schema."""

    def bind_hash(table: str, rowid: int, *values: object) -> bytes:
        return row_value(key, table, rowid, values).to_bytes(32, "big")

    conn.create_function("bind_hash", -1, bind_hash, deterministic=True)
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS bind_log ("
        " tbl TEXT NOT NULL, rid INTEGER NOT NULL, sign INTEGER NOT NULL, h BLOB NOT NULL)"
    )
    for table in BOUND_TABLES:
        columns = bound_columns(conn, table)

        def call(side: str, table: str = table, columns: list[str] = columns) -> str:
            args = ", ".join(f"{side}.{c}" for c in columns)
            return f"bind_hash('{table}', {side}.rowid, {args})"

        log = "INSERT INTO temp.bind_log (tbl, rid, sign, h) VALUES"
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS bind_{table}_insert AFTER INSERT ON main.{table}"
            f" BEGIN {log} ('{table}', NEW.rowid, 1, {call('NEW')}); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS bind_{table}_update AFTER UPDATE ON main.{table}"
            f" BEGIN {log} ('{table}', OLD.rowid, -1, {call('OLD')}),"
            f" ('{table}', NEW.rowid, 1, {call('NEW')}); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS bind_{table}_delete AFTER DELETE ON main.{table}"
            f" BEGIN {log} ('{table}', OLD.rowid, -1, {call('OLD')}); END"
        )


def settle(conn: Connection, key: bytes, state: State, head: tuple[int, bytes]) -> State:
    """Inside the write transaction, just before COMMIT: fold the logged changes into a
    new state (advancing watermarks whose tail grew past 2 * TAIL rows), store it with
    ``head`` and the fingerprint of ``state`` in the database, empty the log, and return
    it.  The caller seals it into the state file after the commit."""
    new = {table: TableState(**vars(state[table])) for table in BOUND_TABLES}
    for table, rowid, sign, value in conn.execute(
        "SELECT tbl, rid, sign, h FROM temp.bind_log ORDER BY rowid"
    ):
        _apply(new[table], int(rowid), int(sign), int.from_bytes(value, "big"))
    conn.execute("DELETE FROM temp.bind_log")
    for table, table_state in new.items():
        if table_state.tail_rows > 2 * TAIL:
            _advance(conn, key, table, table_state)
    store_record(conn, head, state, new)
    return new


def store_record(conn: Connection, head: tuple[int, bytes], before: State, after: State) -> None:
    """Record in the database (inside the caller's transaction) that the transaction
    ending at custody ``head`` took the bindings from ``before`` to ``after``: what lets
    open repair a state file one commit behind, and nothing else."""
    record = {
        "head": [head[0], head[1].hex()],
        "before": fingerprint(before),
        "after": state_json(after),
    }
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SETTINGS_KEY, canonical_json(record).decode("ascii")),
    )


def _apply(table_state: TableState, rowid: int, sign: int, value: int) -> None:
    table_state.rows += sign
    table_state.total = (table_state.total + sign * value) % MODULUS
    if rowid > table_state.mark:
        table_state.tail_rows += sign
        table_state.tail = (table_state.tail + sign * value) % MODULUS


def _advance(conn: Connection, key: bytes, table: str, table_state: TableState) -> None:
    """Move the watermark up so that TAIL rows stay above it (their values leave the
    tail's sum; they stay in the table's)."""
    leaving = table_state.tail_rows - TAIL
    columns = bound_columns(conn, table)
    rows = conn.execute(
        f"SELECT rowid, {', '.join(columns)} FROM main.{table}"  # noqa: S608 - fixed names
        " WHERE rowid > ? ORDER BY rowid LIMIT ?",
        (table_state.mark, leaving),
    ).fetchall()
    for row in rows:
        table_state.tail = (table_state.tail - row_value(key, table, row[0], row[1:])) % MODULUS
    table_state.tail_rows -= len(rows)
    table_state.mark = int(rows[-1][0])


# ---- verification ---------------------------------------------------------------------------


def _values(conn: Connection, key: bytes, table: str, above: int) -> Iterable[tuple[int, int]]:
    columns = bound_columns(conn, table)
    for row in conn.execute(
        f"SELECT rowid, {', '.join(columns)} FROM main.{table} WHERE rowid > ?",  # noqa: S608
        (above,),
    ):
        yield int(row[0]), row_value(key, table, row[0], row[1:])


def tail_mismatches(conn: Connection, key: bytes, state: State) -> list[str]:
    """The bound tables whose rows above their watermark differ from ``state`` (the open
    check: a bounded read per table, whatever its size)."""
    wrong = []
    for table, table_state in state.items():
        count, total = 0, 0
        for _rowid, value in _values(conn, key, table, table_state.mark):
            count += 1
            total += value
        if count != table_state.tail_rows or total % MODULUS != table_state.tail:
            wrong.append(table)
    return wrong


def full_mismatches(conn: Connection, key: bytes, state: State) -> list[str]:
    """The bound tables whose rows, all of them, differ from ``state`` (``check``)."""
    wrong = []
    for table, table_state in state.items():
        count = total = tail_count = tail = 0
        for rowid, value in _values(conn, key, table, -(1 << 63)):
            count += 1
            total += value
            if rowid > table_state.mark:
                tail_count += 1
                tail += value
        if (
            count != table_state.rows
            or total % MODULUS != table_state.total
            or tail_count != table_state.tail_rows
            or tail % MODULUS != table_state.tail
        ):
            wrong.append(table)
    return wrong


def compute_state(conn: Connection, key: bytes) -> State:
    """The state of the tables as they are (for a vault that has none recorded yet), in
    one read of each table: the watermark leaves the newest TAIL rows above it."""
    state = empty_state()
    for table, table_state in state.items():
        values = list(_values(conn, key, table, -(1 << 63)))
        values.sort()
        above = values[-TAIL:] if len(values) > 2 * TAIL else values
        table_state.rows = len(values)
        table_state.total = sum(value for _, value in values) % MODULUS
        table_state.mark = values[-len(above) - 1][0] if len(above) < len(values) else 0
        table_state.tail_rows = len(above)
        table_state.tail = sum(value for _, value in above) % MODULUS
    return state


def stored_record(conn: Connection) -> dict[str, Any] | None:
    """The database's record of the last write (head, start fingerprint, end state)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTINGS_KEY,)).fetchone()
    if row is None:
        return None
    try:
        record = json.loads(row[0])
        return record if isinstance(record, dict) else None
    except json.JSONDecodeError:
        return None


def tampered(tables: Iterable[str]) -> IntegrityError:
    """The refusal that names the tables found out of step with the sealed state."""
    names = ", ".join(BOUND_TABLES[table] for table in tables)
    return IntegrityError(
        f"The vault is damaged or tampered with: {names} do not match what the vault last "
        "wrote (rows missing, changed, or put back from an older copy of the database). "
        "Nothing was changed. Restore the vault from a backup.",
        data={"tables": list(tables)},
    )
