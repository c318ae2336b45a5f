"""The consent scope an imported statement came with.

A sender exports a statement only when its witness's consent covers the recipient, and
the bundle says under which consent it was released (the recipient categories and
whether anonymity was waived).  This vault records that scope with the statement as
received; until a consent is recorded here for the witness, it is what the statement may
be re-shared for, and no further.  A consent recorded here (``consent set``) replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from vault.core.consent import ANONYMITY, Consent, parse_categories
from vault.core.custody import utc_now
from vault.core.dates import PartialDate
from vault.core.errors import InputError
from vault.core.vault import Vault


@dataclass(frozen=True)
class ReceivedConsent:
    """The scope one imported statement was released under, as its bundle gave it."""

    statement_id: str
    witness_id: str
    import_id: str
    bundle_id: str
    share: tuple[str, ...]  # empty when the bundle gave no scope: nothing is allowed
    anonymity: str
    received_utc: str | None

    def allows(self, category: str) -> bool:
        """True when the statement was released for ``category``."""
        return category in self.share

    def as_json(self) -> dict[str, Any]:
        """The scope as a JSON object (``show statement``)."""
        return {
            "share": list(self.share),
            "anonymity": self.anonymity,
            "bundle_id": self.bundle_id,
            "received_utc": self.received_utc,
            "text": self.describe(),
        }

    def describe(self) -> str:
        """One line: what it was released for, with which bundle."""
        if not self.share:
            return f"came with no consent scope (bundle {self.bundle_id})"
        return (
            f"released only for {', '.join(self.share)} (anonymity {self.anonymity}) "
            f"with bundle {self.bundle_id}"
        )


def record_received_consent(
    vault: Vault, statement_id: str, import_id: str, share: tuple[str, ...], anonymity: str
) -> ReceivedConsent:
    """Record the scope an imported statement came with, inside the import's transaction,
    with a ``consent-received`` custody event.  Refuses an unknown or empty category list
    and an anonymity other than required/waived."""
    categories = parse_categories(share)
    if anonymity not in ANONYMITY:
        raise InputError(f"Unknown anonymity {anonymity!r}: use required or waived.")
    now = utc_now()
    vault.conn.execute(
        "INSERT INTO received_consents (statement_id, import_id, share, anonymity,"
        " received_utc) VALUES (?, ?, ?, ?, ?)",
        (statement_id, import_id, ",".join(categories), anonymity, now),
    )
    vault.record(
        "consent-received",
        "statement",
        statement_id,
        {"import": import_id, "share": list(categories), "anonymity": anonymity},
    )
    return received_scopes(vault, statement_ids=[statement_id])[statement_id]


def received_scopes(
    vault: Vault, case_id: str | None = None, statement_ids: list[str] | None = None
) -> dict[str, ReceivedConsent]:
    """Every imported statement (of the case, or of ``statement_ids``) -> the scope it
    came with (an empty ``share`` when its bundle gave none).  Statements made here are
    not listed."""
    sql = (
        "SELECT s.id, s.witness_id, t.import_id, i.bundle_id, r.share, r.anonymity,"
        " r.received_utc FROM imported_items AS t"
        " JOIN statements AS s ON s.id = t.object_id"
        " JOIN imports AS i ON i.id = t.import_id"
        " LEFT JOIN received_consents AS r ON r.statement_id = s.id"
        " WHERE t.object_type = 'statement'"
    )
    args: list[str] = []
    if case_id is not None:
        sql += " AND s.case_id = ?"
        args.append(case_id)
    if statement_ids is not None:
        sql += f" AND s.id IN ({','.join('?' * len(statement_ids))})"
        args.extend(statement_ids)
    found: dict[str, ReceivedConsent] = {}
    for sid, witness, import_id, bundle, share, anonymity, utc in vault.conn.execute(sql, args):
        categories = tuple(c for c in (share or "").split(",") if c)
        found[sid] = ReceivedConsent(
            sid, witness, import_id, bundle, categories, anonymity or "required", utc
        )
    return found


def as_consent(scope: ReceivedConsent) -> Consent:
    """The scope as a consent record of its witness (never stored as one), so that the
    export rules read it like any consent: shares ``scope.share``, anonymity as given."""
    return Consent(
        id=f"received:{scope.import_id}",
        person_id=scope.witness_id,
        number=0,
        share=scope.share,
        anonymity=scope.anonymity,
        recontact=False,
        withdrawn=False,
        date=PartialDate((scope.received_utc or utc_now())[:10], "day"),
        note=f"received with bundle {scope.bundle_id}",
        recorded_by=f"bundle {scope.bundle_id}",
        recorded_utc=scope.received_utc or "",
    )


def received_person_consents(
    vault: Vault, case_id: str, scopes: dict[str, ReceivedConsent]
) -> dict[str, Consent]:
    """For each witness with imported statements and no consent recorded here (a
    ``consents`` row of this vault): the scope their statements came with, as one
    consent.  If they came with different scopes (two bundles): only what every one
    allows, anonymity waived only if every one waived it."""
    recorded = {
        row[0]
        for row in vault.conn.execute(
            "SELECT DISTINCT c.person_id FROM consents AS c JOIN persons AS p"
            " ON p.id = c.person_id WHERE p.case_id = ?",
            (case_id,),
        )
    }
    by_witness: dict[str, list[ReceivedConsent]] = {}
    for scope in scopes.values():
        if scope.witness_id not in recorded:
            by_witness.setdefault(scope.witness_id, []).append(scope)
    merged: dict[str, Consent] = {}
    for witness, found in by_witness.items():
        share = tuple(c for c in found[0].share if all(c in s.share for s in found))
        waived = all(s.share and s.anonymity == "waived" for s in found)
        merged[witness] = replace(
            as_consent(found[0]), share=share, anonymity="waived" if waived else "required"
        )
    return merged
