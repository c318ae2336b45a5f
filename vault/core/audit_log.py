"""The custody log as a person reads it: when, who, what, on which record (by its code).

Reading only; ``verify_chain`` (``custody.py``) is what proves the log intact.  Details
are shown as logged: they never hold names or statement text (file names of intake
excepted, as the log always had them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vault.core.custody import CustodyEvent, events
from vault.core.errors import InputError
from vault.core.refs import code_of
from vault.core.vault import Vault

_CASE_RECORDS = " UNION ALL ".join(
    f"SELECT id FROM {table} WHERE case_id = :case"  # noqa: S608 - fixed table names
    for table in ("persons", "statements", "attachments", "incidents", "facilities", "links")
)
_HIDDEN_DETAILS = ("case_id", "code")


@dataclass(frozen=True)
class AuditEntry:
    """One custody event with the code of its record (None: the record has no code)."""

    event: CustodyEvent
    code: str | None

    @property
    def record(self) -> str:
        """How the record is named: ``person W-001``, ``incident 3fa2c1d0``, ``vault``."""
        event = self.event
        if event.object_type == "vault":
            return "vault"
        return f"{event.object_type} {self.code or event.object_id[:8]}"

    @property
    def details(self) -> str:
        """The details as logged, ``key=value`` sorted by key, ids and hashes shortened
        to 8 characters (the record's own case id and code left out: the record says it)."""
        shown = {k: v for k, v in self.event.details.items() if k not in _HIDDEN_DETAILS}
        return " ".join(f"{k}={_short(v)}" for k, v in sorted(shown.items()))

    def as_json(self) -> dict[str, Any]:
        """The event as logged, plus the record's code."""
        return {**self.event.as_json(), "code": self.code}


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_short(v) for v in value) or "-"
    if value is None:
        return "-"
    text = str(value)
    # Ids and hashes: the first 8 characters tell them apart on screen.
    if len(text) >= 32 and all(c in "0123456789abcdef" for c in text):
        return text[:8]
    return text


def parse_since(text: str) -> str:
    """A ``--since`` value (2024-05-01, or a full ISO time) as the UTC text it is
    compared with; InputError for anything else."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"Cannot read {text[:40]!r} as a date: write 2024-05-01.") from None
    if len(text) <= 10:
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def audit_log(
    vault: Vault,
    case_id: str | None = None,
    record_id: str | None = None,
    since: str | None = None,
) -> list[AuditEntry]:
    """Custody events, oldest first: about one case (the case and every record in it),
    one record, and/or from ``since`` (as ``parse_since`` reads it) on."""
    floor = None if since is None else parse_since(since)
    chosen = None
    if case_id is not None:
        rows = vault.conn.execute(
            "SELECT seq FROM custody WHERE object_id = :case"  # noqa: S608 - fixed SQL
            " OR json_extract(details, '$.case_id') = :case"
            f" OR object_id IN ({_CASE_RECORDS})",
            {"case": case_id},
        )
        chosen = {int(row[0]) for row in rows}
    found = []
    codes: dict[tuple[str, str], str | None] = {}
    for event in events(vault.conn, record_id):
        if chosen is not None and event.seq not in chosen:
            continue
        if floor is not None and event.utc < floor:
            continue
        key = (event.object_type, event.object_id)
        if key not in codes:
            codes[key] = code_of(vault, *key)
        found.append(AuditEntry(event, codes[key]))
    return found
