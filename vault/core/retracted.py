"""Which records are retracted, as SQL the listings share.

A retracted record (``vault/core/retract.py``) stays in the vault but is left out of
lists, search and exports; a record of a retracted case is left out with it.  Record ids
are random, so one ``retractions`` row names one record whatever its type.
"""

from __future__ import annotations

from vault.core.errors import InputError
from vault.core.vault import Vault


def live(*id_columns: str) -> str:
    """An SQL condition true when none of the records whose ids are in ``id_columns``
    (the record itself, its case, the ends of a link...) is retracted.  The columns are
    fixed names from our own SQL, never user input."""
    ids = ", ".join(id_columns)
    return f"NOT EXISTS (SELECT 1 FROM retractions AS x WHERE x.record_id IN ({ids}))"  # noqa: S608


def is_retracted(vault: Vault, record_id: str, case_id: str | None = None) -> bool:
    """True when the record (or, if given, its case) has been retracted."""
    ids = (record_id,) if case_id is None else (record_id, case_id)
    marks = ", ".join("?" for _ in ids)
    row = vault.conn.execute(
        f"SELECT 1 FROM retractions WHERE record_id IN ({marks}) LIMIT 1",  # noqa: S608
        ids,
    ).fetchone()
    return row is not None


def retracted_ids(vault: Vault, case_id: str | None = None) -> set[str]:
    """Ids of the retracted records (of one case, if given); a retracted case's id is in
    it, not each of its records."""
    if case_id is None:
        rows = vault.conn.execute("SELECT record_id FROM retractions")
    else:
        rows = vault.conn.execute("SELECT record_id FROM retractions WHERE case_id = ?", (case_id,))
    return {row[0] for row in rows}


def refuse_retracted(vault: Vault, record_id: str, case_id: str, label: str) -> None:
    """InputError when the record (or its case) is retracted: ``label`` names it in the
    message ("Statement S-002").  A retracted record is kept as it was; nothing new may
    be attached to it, nor may it be corrected."""
    if is_retracted(vault, record_id, case_id):
        raise InputError(f"{label} is retracted: it is kept as it was and cannot be used.")
