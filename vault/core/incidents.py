"""Incidents: what happened, when (as precisely as known), where, at which facility.

Who was involved is told by links (incident -> person as victim or perpetrator), so an
incident can have any number of each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core.cases import get_case
from vault.core.custody import utc_now
from vault.core.dates import PartialDate, as_partial_date
from vault.core.errors import UnknownId
from vault.core.facilities import require_facility_in_case
from vault.core.ids import new_id
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.retracted import live
from vault.core.text_input import clean_line, clean_notes, clean_optional_line
from vault.core.vault import Vault

# Suggested violation types (HURIDOCS-style; any short text is accepted).
SUGGESTED_VIOLATION_TYPES = (
    "arbitrary-detention",
    "torture",
    "ill-treatment",
    "enforced-disappearance",
    "extrajudicial-killing",
    "sexual-violence",
    "forced-confession",
    "denial-of-medical-care",
)
_COLUMNS = (
    "id, case_id, violation_type, date, date_precision, place, facility_id, description,"
    " created_utc"
)


@dataclass(frozen=True)
class Incident:
    """An incident as stored."""

    id: str
    case_id: str
    violation_type: str
    date: PartialDate | None
    place: str | None
    facility_id: str | None
    description: str
    created_utc: str

    def as_json(self) -> dict[str, Any]:
        """The incident as a JSON object."""
        return {
            "id": self.id,
            "case_id": self.case_id,
            "violation_type": self.violation_type,
            "date": None if self.date is None else self.date.as_json(),
            "place": self.place,
            "facility_id": self.facility_id,
            "description": self.description,
            "created_utc": self.created_utc,
        }


def add_incident(
    vault: Vault,
    case_id: str,
    violation_type: str,
    *,
    date: PartialDate | str | None = None,
    place: str | None = None,
    facility_id: str | None = None,
    description: str | None = None,
    imported: ImportedFrom | None = None,
) -> Incident:
    """Record an incident in a case; log it.  Refuses an unknown case, an empty type, an
    unreadable date, and a facility that is unknown or of another case.  ``imported``:
    brought in by an import (marked so, inside the import's transaction)."""
    get_case(vault, case_id)
    kind = clean_line(violation_type, "violation type", 200)
    when = as_partial_date(date, "incident date")
    where = clean_optional_line(place, "place")
    if facility_id:
        require_facility_in_case(vault, facility_id, case_id)
    text = clean_notes(description, "description")
    incident_id = new_id()
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO incidents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                incident_id,
                case_id,
                kind,
                None if when is None else when.value,
                None if when is None else when.precision,
                where,
                facility_id or None,
                text,
                utc_now(),
            ),
        )
        vault.record(
            "incident-create",
            "incident",
            incident_id,
            {"case_id": case_id, "facility_id": facility_id or None, **import_details(imported)},
        )
        mark_imported(vault, "incident", incident_id, imported)
    return get_incident(vault, incident_id)


def _from_row(r: tuple[Any, ...]) -> Incident:
    return Incident(
        r[0], r[1], r[2], PartialDate.from_columns(r[3], r[4]), r[5], r[6], r[7] or "", r[8]
    )


def get_incident(vault: Vault, incident_id: str) -> Incident:
    """The incident with ``incident_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM incidents WHERE id = ?",  # noqa: S608 - fixed column list
        (incident_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No incident with id {incident_id}.")
    return _from_row(row)


def list_incidents(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Incident]:
    """Every incident (of one case, if given), in the order they were recorded; retracted
    ones (and those of a retracted case) only with ``include_retracted``."""
    hidden = "" if include_retracted else f" AND {live('id', 'case_id')}"
    if case_id is not None:
        get_case(vault, case_id)
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM incidents WHERE case_id = ?{hidden}"  # noqa: S608
            " ORDER BY created_utc, id",
            (case_id,),
        )
    else:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM incidents WHERE 1{hidden}"  # noqa: S608
            " ORDER BY case_id, created_utc, id"
        )
    return [_from_row(row) for row in rows]
