"""Facilities and organizations: detention centres, units, agencies named in a case.

They are named, never coded, in every export profile; aliases hold the other names and
scripts a place or unit is known by ("СИЗО № 3", "Pre-trial Detention Center No. 3").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from vault.core.cases import get_case
from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.persons import MAX_NAME_CHARS, clean_aliases
from vault.core.retracted import live
from vault.core.text_input import clean_line, clean_name, clean_notes
from vault.core.vault import Vault

# Suggested types (any short text is accepted): the first ones are places, the last
# ones organizations.
SUGGESTED_TYPES = (
    "facility",
    "detention-center",
    "prison",
    "police-station",
    "military-unit",
    "hospital",
    "organization",
    "agency",
)
_COLUMNS = "id, case_id, name, type, notes, created_utc"


@dataclass(frozen=True)
class Facility:
    """A facility or organization with its aliases."""

    id: str
    case_id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    notes: str
    created_utc: str

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then every alias."""
        return (self.name, *self.aliases)

    def as_json(self) -> dict[str, Any]:
        """The facility as a JSON object."""
        return {
            "id": self.id,
            "case_id": self.case_id,
            "name": self.name,
            "aliases": list(self.aliases),
            "type": self.type,
            "notes": self.notes,
            "created_utc": self.created_utc,
        }


def add_facility(
    vault: Vault,
    case_id: str,
    name: str,
    aliases: list[str] | tuple[str, ...] = (),
    facility_type: str = "facility",
    notes: str | None = None,
    imported: ImportedFrom | None = None,
) -> Facility:
    """Record a facility or organization in a case; log it.  Refuses an unknown case and
    an empty or over-long name, alias or type.  ``imported``: brought in by an import
    (marked so, inside the import's transaction)."""
    get_case(vault, case_id)
    name = clean_name(name, "facility name", MAX_NAME_CHARS)
    alias_list = clean_aliases(name, aliases)
    kind = clean_line(facility_type, "facility type", 80).lower()
    note_text = clean_notes(notes)
    facility_id = new_id()
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO facilities ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608
            (facility_id, case_id, name, kind, note_text, utc_now()),
        )
        conn.executemany(
            "INSERT INTO facility_aliases (facility_id, position, alias) VALUES (?, ?, ?)",
            [(facility_id, i + 1, alias) for i, alias in enumerate(alias_list)],
        )
        vault.record(
            "facility-create",
            "facility",
            facility_id,
            {
                "case_id": case_id,
                "type": kind,
                "aliases": len(alias_list),
                **import_details(imported),
            },
        )
        mark_imported(vault, "facility", facility_id, imported)
    return get_facility(vault, facility_id)


def _load(vault: Vault, rows: list[tuple[Any, ...]]) -> list[Facility]:
    aliases: dict[str, list[str]] = defaultdict(list)
    if rows:
        marks = ",".join("?" * len(rows))
        for facility_id, alias in vault.conn.execute(
            "SELECT facility_id, alias FROM facility_aliases"  # noqa: S608 - only marks
            f" WHERE facility_id IN ({marks}) ORDER BY facility_id, position",
            [row[0] for row in rows],
        ):
            aliases[facility_id].append(alias)
    return [Facility(r[0], r[1], r[2], tuple(aliases[r[0]]), r[3], r[4], r[5]) for r in rows]


def get_facility(vault: Vault, facility_id: str) -> Facility:
    """The facility with ``facility_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM facilities WHERE id = ?",  # noqa: S608 - fixed column list
        (facility_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No facility with id {facility_id}.")
    return _load(vault, [row])[0]


def require_facility_in_case(vault: Vault, facility_id: str, case_id: str) -> Facility:
    """The facility, which must belong to ``case_id``."""
    facility = get_facility(vault, facility_id)
    if facility.case_id != case_id:
        code = get_case(vault, case_id).code
        raise InputError(f"Facility {facility_id} does not belong to case {code}.")
    return facility


def list_facilities(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Facility]:
    """Every facility (of one case, if given), in the order they were added; retracted
    ones (and those of a retracted case) only with ``include_retracted``."""
    hidden = "" if include_retracted else f" AND {live('id', 'case_id')}"
    if case_id is not None:
        get_case(vault, case_id)
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM facilities WHERE case_id = ?{hidden}"  # noqa: S608
            " ORDER BY created_utc, id",
            (case_id,),
        ).fetchall()
    else:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM facilities WHERE 1{hidden}"  # noqa: S608
            " ORDER BY case_id, created_utc, id"
        ).fetchall()
    result = []
    for start in range(0, len(rows), 500):  # keep each IN list short
        result.extend(_load(vault, rows[start : start + 500]))
    return result
