"""The custody log: an append-only, hash-chained, MACed record of everything done.

row_hash = SHA-256(previous row_hash || canonical JSON of the row), the first row chaining
from 32 zero bytes; each row also carries HMAC-SHA256(custody key, row_hash), so rewriting
the chain from some row onwards needs the vault's key, not just SQLite.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault.core.canonical import canonical_json
from vault.core.store import Connection

GENESIS = bytes(32)
PROGRESS_ROWS = 1000  # verify_chain reports this often: often enough for a bar

# The actions a custody event may record; the set only grows.
ACTIONS = frozenset(
    {
        "vault-create",
        "case-create",
        "intake",
        "edit",
        "redaction-accepted",
        "redaction-rejected",
        "review",
        "export",
        "import",
        "passphrase-change",
        "slot-change",
        "operator-change",
        # case records (vault/core/persons.py, consent.py, statements.py, ...)
        "person-create",
        "person-delete",
        "role-add",
        "consent-record",
        "consent-received",
        "statement-create",
        "incident-create",
        "facility-create",
        "link-create",
        "link-delete",
        # redaction and export (vault/redact/proposals.py, vault/export/...)
        "redaction-proposed",
        "redaction-added",
        "signer-trust",
        "signer-revoke",
        "signer-status",
        "signing-key-create",
        # search (vault/core/pdf_text.py): a PDF's text layer indexed, no text logged
        "text-index",
        # export (vault/export/codes.py): the key of the codes bundles use was made
        "export-codes-key",
        # records a person can manage (vault/core/retract.py, vault/redact/carry.py)
        "retract",
        "redaction-carried",
        # vault format 2 (vault/core/rekey.py, vault/core/format_upgrade.py)
        "rekey",
        "format-upgrade",
        # blob files without a row kept aside at open, and put back (vault/core/quarantine.py)
        "blob-quarantine",
        "blob-restore",
        # a redaction decision taken back (vault/redact/reversal.py); the row stays
        "redaction-reverted",
        # a verified encrypted copy made (vault/core/backup.py), with where it went
        "backup",
    }
)


def utc_now() -> str:
    """The current UTC time as ISO 8601 with microseconds and a Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class CustodyEvent:
    """One row of the log as read back."""

    seq: int
    utc: str
    operator: str
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]
    row_hash: str

    def as_json(self) -> dict[str, Any]:
        """The event as a JSON object (hash in hex)."""
        return {
            "seq": self.seq,
            "utc": self.utc,
            "operator": self.operator,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "details": self.details,
            "row_hash": self.row_hash,
        }


def row_body(
    seq: int, utc: str, operator: str, action: str, object_type: str, object_id: str, details: Any
) -> dict[str, Any]:
    """The fields the row hash covers."""
    return {
        "seq": seq,
        "utc": utc,
        "operator": operator,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "details": details,
    }


def chain_hash(previous: bytes, body: dict[str, Any]) -> bytes:
    """SHA-256(previous row hash || canonical JSON of the row)."""
    return hashlib.sha256(previous + canonical_json(body)).digest()


def head(conn: Connection) -> tuple[int, bytes]:
    """(seq, row_hash) of the newest event; (0, 32 zero bytes) for an empty log."""
    row = conn.execute("SELECT seq, row_hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))


def append(
    conn: Connection,
    mac_key: bytes,
    operator: str,
    action: str,
    object_type: str,
    object_id: str,
    details: dict[str, Any] | None = None,
) -> int:
    """Append one event inside the caller's transaction; return its sequence number."""
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action!r}")
    seq, previous = head(conn)
    seq += 1
    utc = utc_now()
    body = row_body(seq, utc, operator, action, object_type, object_id, details or {})
    row_hash = chain_hash(previous, body)
    mac = hmac.new(mac_key, row_hash, hashlib.sha256).digest()
    conn.execute(
        "INSERT INTO custody (seq, utc, operator, action, object_type, object_id, details,"
        " row_hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            utc,
            operator,
            action,
            object_type,
            object_id,
            canonical_json(details or {}).decode("utf-8"),
            row_hash,
            mac,
        ),
    )
    return seq


def events(conn: Connection, object_id: str | None = None) -> list[CustodyEvent]:
    """Every event in order, or only those about ``object_id``."""
    sql = (
        "SELECT seq, utc, operator, action, object_type, object_id, details, row_hash FROM custody"
    )
    args: tuple[str, ...] = ()
    if object_id is not None:
        sql += " WHERE object_id = ?"
        args = (object_id,)
    return [
        CustodyEvent(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), bytes(r[7]).hex())
        for r in conn.execute(sql + " ORDER BY seq", args)
    ]


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking the chain: how many rows held, and the first that did not."""

    rows: int
    first_broken: int | None
    reason: str
    head_hash: str

    @property
    def ok(self) -> bool:
        """True when every row checked out."""
        return self.first_broken is None


def verify_chain(
    conn: Connection,
    mac_key: bytes,
    earlier: Sequence[tuple[int, bytes]] = (),
    progress: Callable[[int], None] | None = None,
) -> ChainReport:
    """Walk the whole log; name the first row whose sequence, hash or MAC is wrong.

    ``mac_key`` is the current key epoch's; ``earlier`` gives, oldest first, the last
    sequence number and MAC key of each epoch a ``rekey`` ended (vault/core/key_epochs.py).
    ``progress`` is called with the rows checked so far every ``PROGRESS_ROWS`` rows
    (a window's bar; an exception it raises, a cancel, stops the walk).
    """
    ends = list(earlier)
    previous = GENESIS
    expected_seq = 1
    count = 0
    cursor = conn.execute(
        "SELECT seq, utc, operator, action, object_type, object_id, details, row_hash, mac"
        " FROM custody ORDER BY seq"
    )
    for seq, utc, operator, action, object_type, object_id, details, row_hash, mac in cursor:
        problem = None
        if seq != expected_seq:
            return ChainReport(
                count, expected_seq, f"row {expected_seq} is missing", previous.hex()
            )
        try:
            parsed = json.loads(details)
        except json.JSONDecodeError:
            parsed = None
            problem = f"row {seq} has unreadable details"
        computed = chain_hash(
            previous, row_body(seq, utc, operator, action, object_type, object_id, parsed)
        )
        if problem is None and not hmac.compare_digest(computed, bytes(row_hash)):
            problem = f"row {seq} does not match its hash (its content or an earlier link changed)"
        while ends and seq > ends[0][0]:
            ends.pop(0)
        row_key = ends[0][1] if ends else mac_key
        expected_mac = hmac.new(row_key, computed, hashlib.sha256).digest()
        if problem is None and not hmac.compare_digest(expected_mac, bytes(mac)):
            problem = f"row {seq} has a MAC that this vault's key did not make"
        if problem is not None:
            return ChainReport(count, seq, problem, previous.hex())
        previous = computed
        expected_seq += 1
        count += 1
        if progress is not None and count % PROGRESS_ROWS == 0:
            progress(count)
    return ChainReport(count, None, "", previous.hex())


def last_event_time(conn: Connection) -> str | None:
    """The UTC time of the newest event (None for an empty log)."""
    row = conn.execute("SELECT utc FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def event(conn: Connection, seq: int) -> CustodyEvent | None:
    """The event numbered ``seq`` (None if the log has no such row)."""
    row = conn.execute(
        "SELECT seq, utc, operator, action, object_type, object_id, details, row_hash"
        " FROM custody WHERE seq = ?",
        (seq,),
    ).fetchone()
    if row is None:
        return None
    try:
        details = json.loads(row[6])
    except json.JSONDecodeError:  # a damaged row is still shown; verify names it
        details = {"unreadable": True}
    return CustodyEvent(
        row[0], row[1], row[2], row[3], row[4], row[5], details, bytes(row[7]).hex()
    )
