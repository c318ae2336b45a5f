"""Key epochs: which key opens an attachment, and which key MACed a custody row, after
one or more ``rekey`` (vault/core/rekey.py).  Tables from migration 0010."""

from __future__ import annotations

import itertools

from vault.core.store import Connection


def earlier_custody_keys(conn: Connection) -> list[tuple[int, bytes]]:
    """(last sequence number, custody MAC key) of every ended epoch, oldest first, for
    ``custody.verify_chain``; empty for a vault never rekeyed."""
    rows = conn.execute(
        "SELECT epoch, first_seq, custody_mac FROM key_epochs ORDER BY epoch"
    ).fetchall()
    ended = []
    for (_epoch, _first, key), (_next, next_first, _) in itertools.pairwise(rows):
        if key is not None:
            ended.append((int(next_first) - 1, bytes(key)))
    return ended


def wrapped_attachment_key(conn: Connection, attachment_id: str, epoch: int) -> bytes:
    """The attachment's key as wrapped for ``epoch``: rewrapped by the rekey that began it,
    else as wrapped at intake (an attachment taken in during this epoch)."""
    row = conn.execute(
        "SELECT wrapped_key FROM attachment_keys WHERE attachment_id = ? AND epoch = ?",
        (attachment_id, epoch),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT wrapped_key FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
    return bytes(row[0])
