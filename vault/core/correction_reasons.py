"""Why a record was corrected: the person's words, kept beside the correction's custody
event (migration 0011) and shown with the record.

A correction (a person's name, a statement's date, an incident's place...) is one
custody ``edit`` event whose details say which fields changed, never the words of the
reason, which may name people (as with retractions).  The reason lives in
``correction_reasons``, keyed by that event's seq, written in the same transaction, and
is never changed, deleted or exported.
"""

from __future__ import annotations

from typing import Any

from vault.core.store import Connection
from vault.core.text_input import clean_line
from vault.core.vault import Vault

MAX_REASON_CHARS = 500


def check_reason(reason: str | None) -> str | None:
    """``reason`` as kept (one line, at most MAX_REASON_CHARS; InputError otherwise), or
    None when none was given.  A blank reason is refused, not taken as none."""
    return None if reason is None else clean_line(reason, "reason", MAX_REASON_CHARS)


def keep_reason(
    conn: Connection, seq: int, record_type: str, record_id: str, reason: str | None
) -> None:
    """Store ``reason`` (already checked) for the correction event ``seq``; nothing when
    None.  Call inside the correction's transaction."""
    if reason is None:
        return
    conn.execute(
        "INSERT INTO correction_reasons (custody_seq, record_type, record_id, reason)"
        " VALUES (?, ?, ?, ?)",
        (seq, record_type, record_id, reason),
    )


def corrections_of(vault: Vault, record_id: str) -> list[dict[str, Any]]:
    """Every correction of the record, oldest first: when, by whom, which fields, and
    the reason given (None for corrections made without one)."""
    rows = vault.conn.execute(
        "SELECT c.seq, c.utc, c.operator, json_extract(c.details, '$.changed'), r.reason"
        " FROM custody AS c LEFT JOIN correction_reasons AS r ON r.custody_seq = c.seq"
        " WHERE c.object_id = ? AND c.action = 'edit' ORDER BY c.seq",
        (record_id,),
    ).fetchall()
    found = []
    for seq, utc, operator, changed, reason in rows:
        fields = [] if changed is None else _json_list(changed)
        found.append(
            {"seq": seq, "utc": utc, "operator": operator, "changed": fields, "reason": reason}
        )
    return found


def _json_list(text: str) -> list[str]:
    import json

    value = json.loads(text)
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
