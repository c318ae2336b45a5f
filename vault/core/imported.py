"""Records that came from a received bundle: which import brought them, what the bundle
called them, and who signed the bundle as this vault judged the signer at import.

The record functions (``add_person``, ``add_statement``, ...) take an ``ImportedFrom``
so that an import goes through the same checks and custody events as typed-in records;
each marks its record here inside the import's one transaction.  ``provenance`` is what
``list`` and ``show`` say about every imported record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from vault.core.errors import template as _
from vault.core.vault import Vault

# How the signer was judged when the bundle was taken in (DESIGN.md "Trust").  Imports
# made before UNVERIFIED existed recorded UNPINNED, which means the same.
UNVERIFIED = "UNVERIFIED"
SIGNER_STATUSES = ("TRUSTED", "PINNED", UNVERIFIED)
_LEGACY_STATUS = {"UNPINNED": UNVERIFIED}


@dataclass(frozen=True)
class ImportedFrom:
    """Where one imported record came from: the import, the bundle's reference for it,
    the bundle file it was read from and the intake hash the bundle gave (canonical
    JSON), when it has them."""

    import_id: str
    bundle_ref: str
    bundle_path: str | None = None
    intake_hash: str | None = None


@dataclass(frozen=True)
class ImportRow:
    """The ``imports`` row that owns everything one bundle brought in."""

    id: str
    bundle_id: str
    case_id: str
    profile: str
    signer_fingerprint: str
    signer_status: str
    imported_utc: str


def signer_label(status: str) -> str:
    """The signer status as shown: TRUSTED, PINNED or UNVERIFIED (old UNPINNED rows
    read as UNVERIFIED)."""
    return _LEGACY_STATUS.get(status, status)


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits of a signer fingerprint in two groups of 8 (the full one
    is in ``show``'s JSON and ``signer list``)."""
    return f"{fingerprint[:8]} {fingerprint[8:16]}".strip()


def add_import(vault: Vault, row: ImportRow) -> None:
    """Insert the ``imports`` row (inside the import's transaction; its case must exist).
    Refuses (the database's unique index) a bundle id imported before."""
    vault.conn.execute(
        "INSERT INTO imports (id, bundle_id, case_id, profile, signer_fingerprint,"
        " signer_status, imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            row.id,
            row.bundle_id,
            row.case_id,
            row.profile,
            row.signer_fingerprint,
            row.signer_status,
            row.imported_utc,
        ),
    )


def import_details(origin: ImportedFrom | None) -> dict[str, Any]:
    """What a record's custody event adds when the record was imported."""
    return {} if origin is None else {"import": origin.import_id}


def mark_imported(
    vault: Vault, object_type: str, object_id: str, origin: ImportedFrom | None
) -> None:
    """List the record as brought in by ``origin``'s import (inside its transaction);
    nothing for a typed-in record (``origin`` None)."""
    if origin is None:
        return
    vault.conn.execute(
        "INSERT INTO imported_items (import_id, object_type, object_id, bundle_ref,"
        " bundle_path, intake_hash_json) VALUES (?, ?, ?, ?, ?, ?)",
        (
            origin.import_id,
            object_type,
            object_id,
            origin.bundle_ref,
            origin.bundle_path,
            origin.intake_hash,
        ),
    )


_PROVENANCE = (
    "SELECT t.object_id, i.id, i.bundle_id, i.profile, i.signer_fingerprint,"
    " i.signer_status, i.imported_utc, t.bundle_ref, t.bundle_path, t.intake_hash_json"
    " FROM imported_items AS t JOIN imports AS i ON i.id = t.import_id"
    " WHERE t.object_type = ?"
)


def _provenance(row: tuple[Any, ...]) -> dict[str, Any]:
    status = signer_label(row[5])
    return {
        "import_id": row[1],
        "bundle_id": row[2],
        "profile": row[3],
        "signer_fingerprint": row[4],
        "signer_status": status,
        "imported_utc": row[6],
        "bundle_ref": row[7],
        "bundle_path": row[8],
        "intake_hash": None if row[9] is None else json.loads(row[9]),
        # The sentence ``list`` and ``show`` print for the record (``show`` prints "text").
        "text": _("imported from bundle {bundle}, signer {status} {fingerprint}").format(
            bundle=row[2], status=status, fingerprint=short_fingerprint(row[4])
        ),
    }


def imported_from(vault: Vault, object_type: str, object_id: str) -> dict[str, Any] | None:
    """Where an imported record came from (import and bundle ids, its reference, file and
    intake hash in the bundle, the signer's fingerprint and status, when it was imported,
    and ``text``: "imported from bundle <id>, signer <status> <fingerprint short>"), or
    None for a record made in this vault."""
    row = vault.conn.execute(_PROVENANCE + " AND t.object_id = ?", (object_type, object_id))
    found = row.fetchone()
    return None if found is None else _provenance(found)


def provenance(vault: Vault, object_type: str, object_ids: Iterable[str]) -> dict[str, Any]:
    """``imported_from`` for many records of one type at once: id -> provenance, for
    those of ``object_ids`` that were imported."""
    wanted = set(object_ids)
    if not wanted:
        return {}
    rows = vault.conn.execute(_PROVENANCE, (object_type,))
    return {row[0]: _provenance(row) for row in rows if row[0] in wanted}


TRUSTED = "TRUSTED"
# Statuses a trusted signer raises: anything below TRUSTED (old UNPINNED rows included).
_RAISABLE = ("PINNED", UNVERIFIED, *_LEGACY_STATUS)


@dataclass(frozen=True)
class RaisedImport:
    """An earlier import whose signer status was raised to TRUSTED, and what it was."""

    import_id: str
    old_status: str


def raise_signer_status(vault: Vault, fingerprint: str) -> list[RaisedImport]:
    """Raise every import signed by ``fingerprint`` whose signer was PINNED or UNVERIFIED
    to TRUSTED, now that this vault trusts the key, each with a ``signer-status`` custody
    event naming the import and the old and new status (one transaction, joining the
    caller's).  Only ever raises: a TRUSTED import stays as it is, and nothing here
    lowers a status (a revoked key is reported by ``verify``, not rewritten here)."""
    raised: list[RaisedImport] = []
    with vault.transaction() as conn:
        rows = conn.execute(
            "SELECT id, signer_status FROM imports WHERE signer_fingerprint = ?"
            " AND signer_status != ? ORDER BY imported_utc, id",
            (fingerprint, TRUSTED),
        ).fetchall()
        for import_id, old in rows:
            if old not in _RAISABLE:
                continue
            conn.execute("UPDATE imports SET signer_status = ? WHERE id = ?", (TRUSTED, import_id))
            vault.record(
                "signer-status",
                "import",
                import_id,
                {"signer": fingerprint, "old": signer_label(old), "new": TRUSTED},
            )
            raised.append(RaisedImport(import_id, signer_label(old)))
    return raised
