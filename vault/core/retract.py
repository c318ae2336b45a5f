"""Retracting a record entered by mistake: never a deletion.

A retracted record stays in the vault exactly as it was, with the reason, who retracted
it and when (table ``retractions``) and a ``retract`` custody event; lists, search and
exports leave it out (``vault/core/retracted.py``), ``list --all`` and ``show`` still show
it.  Retracting a case hides everything in it.  A retraction is final.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.errors import template as _
from vault.core.refs import TABLES, check_kind, code_of
from vault.core.retracted import is_retracted, live
from vault.core.text_input import clean_line
from vault.core.vault import Vault

MAX_REASON_CHARS = 500
# What still depends on a record: (the refusal, whole, SQL giving the codes or ids of
# live dependants, hint).
_DEPENDANTS = {
    "person": (
        _(
            "Person {code} is still used by {count} statement(s) ({using}): retract those "
            "statements first; nothing was retracted."
        ),
        "SELECT coalesce(code, id) FROM statements AS s"  # noqa: S608
        " WHERE ? IN (s.witness_id, s.interviewer_id, s.interpreter_id) AND "
        + live("s.id", "s.case_id"),
        None,
    ),
    "statement": (
        _(
            "Statement {code} is still used by {count} attachment(s) ({using}): move them to "
            "another statement (or to none) or retract them first; nothing was retracted."
        ),
        "SELECT coalesce(code, id) FROM attachments AS a WHERE a.statement_id = ? AND "  # noqa: S608
        + live("a.id", "a.case_id"),
        "relink-attachments",
    ),
    "facility": (
        _(
            "Facility {code} is still used by {count} incident(s) ({using}): correct their "
            "facility or retract them first; nothing was retracted."
        ),
        "SELECT substr(id, 1, 8) FROM incidents AS i WHERE i.facility_id = ? AND "  # noqa: S608
        + live("i.id", "i.case_id"),
        "edit-incident-facility",
    ),
}


_ALREADY = {
    "case": _("Case {code} is already retracted (or its case is)."),
    "person": _("Person {code} is already retracted (or its case is)."),
    "statement": _("Statement {code} is already retracted (or its case is)."),
    "attachment": _("Attachment {code} is already retracted (or its case is)."),
    "incident": _("Incident {code} is already retracted (or its case is)."),
    "facility": _("Facility {code} is already retracted (or its case is)."),
    "link": _("Link {code} is already retracted (or its case is)."),
}


@dataclass(frozen=True)
class Retraction:
    """Why, by whom and when a record was retracted."""

    record_id: str
    record_type: str
    case_id: str
    reason: str
    operator: str
    retracted_utc: str

    def as_json(self) -> dict[str, Any]:
        """The retraction as a JSON object."""
        return {
            "record_id": self.record_id,
            "record_type": self.record_type,
            "case_id": self.case_id,
            "reason": self.reason,
            "operator": self.operator,
            "retracted_utc": self.retracted_utc,
        }


def _case_of(vault: Vault, kind: str, record_id: str) -> str:
    column = "id" if kind == "case" else "case_id"
    row = vault.conn.execute(
        f"SELECT {column} FROM {TABLES[kind]} WHERE id = ?",  # noqa: S608 - fixed names
        (record_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No {kind} with id {record_id}.")
    return str(row[0])


def retract(vault: Vault, kind: str, record_id: str, reason: str) -> Retraction:
    """Retract one record (``kind`` and full id) with a reason; one ``retract`` custody
    event naming the record and its code (never the reason's words, which may name
    people: the reason stays in the vault's own table).

    Refuses an unknown record, an empty or multi-line reason, a record already retracted
    (or in a retracted case), and a record live records still depend on: a person who
    gave, took or interpreted a statement; a statement with attachments; a facility
    where incidents happened (naming them and what to do).
    """
    kind = check_kind(kind)
    reason = clean_line(reason, "reason", MAX_REASON_CHARS)
    case_id = _case_of(vault, kind, record_id)
    code = code_of(vault, kind, record_id)
    if is_retracted(vault, record_id, case_id):
        raise InputError(_ALREADY[kind].format(code=code or record_id))
    if kind in _DEPENDANTS:
        said, sql, hint = _DEPENDANTS[kind]
        using = [str(row[0]) for row in vault.conn.execute(sql, (record_id,))]
        if using:
            raise InputError(
                said.format(code=code or record_id, count=len(using), using=", ".join(using[:10])),
                data={"record": record_id, "used_by": using},
                hint=hint,
            )
    retraction = Retraction(record_id, kind, case_id, reason, vault.operator, utc_now())
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO retractions (record_id, record_type, case_id, reason, operator,"
            " retracted_utc) VALUES (?, ?, ?, ?, ?, ?)",
            (record_id, kind, case_id, reason, retraction.operator, retraction.retracted_utc),
        )
        vault.record("retract", kind, record_id, {"case_id": case_id, "code": code})
    return retraction


def get_retraction(vault: Vault, record_id: str) -> Retraction | None:
    """The retraction of this record itself (not of its case); None if it is live."""
    row = vault.conn.execute(
        "SELECT record_id, record_type, case_id, reason, operator, retracted_utc"
        " FROM retractions WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else Retraction(*row)


def list_retractions(vault: Vault, case_id: str | None = None) -> list[Retraction]:
    """Every retraction (of one case, if given), oldest first."""
    sql = "SELECT record_id, record_type, case_id, reason, operator, retracted_utc FROM retractions"
    args: tuple[str, ...] = ()
    if case_id is not None:
        sql, args = sql + " WHERE case_id = ?", (case_id,)
    return [Retraction(*row) for row in vault.conn.execute(sql + " ORDER BY retracted_utc", args)]
