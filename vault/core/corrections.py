"""Corrections that keep history: a person's names, roles and birth date, a facility, an
incident, the operator name, and which statement an attachment belongs to.

Every function takes the fields to change (None: unchanged; an empty text clears an
optional field), checks them as creation does, and writes them with one ``edit`` custody
event naming the fields changed, never their values (names and descriptions are case
data).  An edit that changes nothing writes nothing.  A retracted record, or one of a
retracted case, cannot be corrected.  Statements' metadata: ``statement_meta.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vault.core.attachments import Attachment, get_attachment
from vault.core.correction_reasons import check_reason, keep_reason
from vault.core.dates import as_partial_date
from vault.core.errors import InputError
from vault.core.facilities import Facility, get_facility, require_facility_in_case
from vault.core.incidents import Incident, get_incident
from vault.core.persons import (
    MAX_NAME_CHARS,
    Person,
    check_role,
    clean_aliases,
    ensure_role,
    get_person,
)
from vault.core.retracted import live, refuse_retracted
from vault.core.statements import get_statement, require_statement_in_case
from vault.core.text_input import clean_line, clean_name, clean_notes, clean_optional_line
from vault.core.vault import Vault, check_operator

# Roles a live record still relies on: (SQL, what uses it).
_ROLE_USES = {
    "witness": "SELECT 1 FROM statements AS s WHERE s.witness_id = ?",
    "interviewer": "SELECT 1 FROM statements AS s WHERE s.interviewer_id = ?",
    "interpreter": "SELECT 1 FROM statements AS s WHERE s.interpreter_id = ?",
}


def _changed(pairs: Sequence[tuple[str, bool]]) -> list[str]:
    return [name for name, differs in pairs if differs]


def edit_person(
    vault: Vault,
    person_id: str,
    *,
    name: str | None = None,
    aliases: Sequence[str] | None = None,
    add_roles: Sequence[str] = (),
    drop_roles: Sequence[str] = (),
    born: str | None = None,
    reason: str | None = None,
) -> Person:
    """Correct a person: primary name, the whole list of aliases (``[]`` clears them),
    roles added or dropped, date of birth (``""`` clears it).  The code never changes,
    even when the role it came from is dropped.

    Refuses what ``add_person`` refuses, dropping the person's only role, and dropping a
    role a live statement or incident link gives them (witness of S-002...).
    """
    why = check_reason(reason)
    person = get_person(vault, person_id)
    refuse_retracted(vault, person.id, person.case_id, f"Person {person.code}")
    new_name = person.name if name is None else clean_name(name, "name", MAX_NAME_CHARS)
    new_aliases = (
        list(person.aliases) if aliases is None else clean_aliases(new_name, list(aliases))
    )
    if aliases is None:  # the kept aliases must not repeat a new primary name
        new_aliases = clean_aliases(new_name, new_aliases)
    new_born = person.born if born is None else as_partial_date(born or None, "date of birth")
    added = [r for r in dict.fromkeys(check_role(r) for r in add_roles) if r not in person.roles]
    dropped = [r for r in dict.fromkeys(check_role(r) for r in drop_roles) if r in person.roles]
    if set(added) & set(dropped):
        raise InputError("A role cannot be both added and dropped.")
    if dropped and len(person.roles) + len(added) - len(dropped) < 1:
        raise InputError(f"Person {person.code} must keep at least one role.")
    for role in dropped:
        _refuse_role_in_use(vault, person, role)
    changed = _changed(
        (
            ("name", new_name != person.name),
            ("aliases", tuple(new_aliases) != person.aliases),
            ("roles", bool(added or dropped)),
            ("born", new_born != person.born),
        )
    )
    if not changed:
        return person
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE persons SET name = ?, born = ?, born_precision = ? WHERE id = ?",
            (
                new_name,
                None if new_born is None else new_born.value,
                None if new_born is None else new_born.precision,
                person.id,
            ),
        )
        if "aliases" in changed:
            # Rows go and come back so the search index triggers follow every alias.
            conn.execute("DELETE FROM person_aliases WHERE person_id = ?", (person.id,))
            conn.executemany(
                "INSERT INTO person_aliases (person_id, position, alias) VALUES (?, ?, ?)",
                [(person.id, i + 1, alias) for i, alias in enumerate(new_aliases)],
            )
        for role in dropped:
            conn.execute(
                "DELETE FROM person_roles WHERE person_id = ? AND role = ?", (person.id, role)
            )
        for role in added:
            ensure_role(vault, person, role)
        details: dict[str, Any] = {"code": person.code, "changed": changed}
        if added or dropped:
            details.update(roles_added=added, roles_dropped=dropped)
        seq = vault.record("edit", "person", person.id, details)
        keep_reason(conn, seq, "person", person.id, why)
    return get_person(vault, person.id)


def _refuse_role_in_use(vault: Vault, person: Person, role: str) -> None:
    sql = _ROLE_USES.get(role)
    if sql is not None:
        used = vault.conn.execute(
            f"{sql} AND {live('s.id', 's.case_id')} LIMIT 1", (person.id,)
        ).fetchone()
    else:
        used = vault.conn.execute(
            "SELECT 1 FROM links WHERE to_type = 'person' AND to_id = ? AND role = ? AND "  # noqa: S608
            + live("id", "from_id")
            + " LIMIT 1",
            (person.id, role),
        ).fetchone()
    if used is not None:
        raise InputError(
            f"Person {person.code} is {role} in a statement or incident of the case: the "
            "role stays while that record does."
        )


def edit_facility(
    vault: Vault,
    facility_id: str,
    *,
    name: str | None = None,
    aliases: Sequence[str] | None = None,
    facility_type: str | None = None,
    notes: str | None = None,
    reason: str | None = None,
) -> Facility:
    """Correct a facility's name, aliases (the whole list), type or notes.  Refuses what
    ``add_facility`` refuses."""
    why = check_reason(reason)
    facility = get_facility(vault, facility_id)
    refuse_retracted(vault, facility.id, facility.case_id, f"Facility {facility.id[:8]}")
    new_name = facility.name if name is None else clean_name(name, "facility name", MAX_NAME_CHARS)
    new_aliases = clean_aliases(new_name, list(facility.aliases if aliases is None else aliases))
    new_type = (
        facility.type
        if facility_type is None
        else clean_line(facility_type, "facility type", 80).lower()
    )
    new_notes = facility.notes if notes is None else clean_notes(notes)
    changed = _changed(
        (
            ("name", new_name != facility.name),
            ("aliases", tuple(new_aliases) != facility.aliases),
            ("type", new_type != facility.type),
            ("notes", new_notes != facility.notes),
        )
    )
    if not changed:
        return facility
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE facilities SET name = ?, type = ?, notes = ? WHERE id = ?",
            (new_name, new_type, new_notes, facility.id),
        )
        if "aliases" in changed:
            conn.execute("DELETE FROM facility_aliases WHERE facility_id = ?", (facility.id,))
            conn.executemany(
                "INSERT INTO facility_aliases (facility_id, position, alias) VALUES (?, ?, ?)",
                [(facility.id, i + 1, alias) for i, alias in enumerate(new_aliases)],
            )
        seq = vault.record("edit", "facility", facility.id, {"changed": changed})
        keep_reason(conn, seq, "facility", facility.id, why)
    return get_facility(vault, facility.id)


def edit_incident(
    vault: Vault,
    incident_id: str,
    *,
    violation_type: str | None = None,
    date: str | None = None,
    place: str | None = None,
    facility_id: str | None = None,
    description: str | None = None,
    reason: str | None = None,
) -> Incident:
    """Correct an incident.  ``""`` clears the date, place, facility or description.
    Refuses what ``add_incident`` refuses, and a retracted facility."""
    why = check_reason(reason)
    incident = get_incident(vault, incident_id)
    refuse_retracted(vault, incident.id, incident.case_id, f"Incident {incident.id[:8]}")
    new_type = (
        incident.violation_type
        if violation_type is None
        else clean_line(violation_type, "violation type", 200)
    )
    new_date = incident.date if date is None else as_partial_date(date or None, "incident date")
    new_place = incident.place if place is None else clean_optional_line(place, "place")
    new_facility = incident.facility_id if facility_id is None else (facility_id or None)
    if new_facility is not None and new_facility != incident.facility_id:
        require_facility_in_case(vault, new_facility, incident.case_id)
        refuse_retracted(vault, new_facility, incident.case_id, f"Facility {new_facility[:8]}")
    new_description = (
        incident.description if description is None else clean_notes(description, "description")
    )
    changed = _changed(
        (
            ("violation_type", new_type != incident.violation_type),
            ("date", new_date != incident.date),
            ("place", new_place != incident.place),
            ("facility", new_facility != incident.facility_id),
            ("description", new_description != incident.description),
        )
    )
    if not changed:
        return incident
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE incidents SET violation_type = ?, date = ?, date_precision = ?, place = ?,"
            " facility_id = ?, description = ? WHERE id = ?",
            (
                new_type,
                None if new_date is None else new_date.value,
                None if new_date is None else new_date.precision,
                new_place,
                new_facility,
                new_description,
                incident.id,
            ),
        )
        details: dict[str, Any] = {"changed": changed}
        if "facility" in changed:
            details["facility_id"] = new_facility
        seq = vault.record("edit", "incident", incident.id, details)
        keep_reason(conn, seq, "incident", incident.id, why)
    return get_incident(vault, incident.id)


def relink_attachment(vault: Vault, attachment_id: str, statement_id: str | None) -> Attachment:
    """Make the attachment belong to another statement of its case, or to none (None).
    The original and its hashes never change.  Refuses a statement of another case or a
    retracted one, and a retracted attachment."""
    attachment = get_attachment(vault, attachment_id)
    refuse_retracted(vault, attachment.id, attachment.case_id, f"Attachment {attachment.code}")
    code = None
    if statement_id is not None:
        require_statement_in_case(vault, statement_id, attachment.case_id)
        code = get_statement(vault, statement_id).code
        refuse_retracted(vault, statement_id, attachment.case_id, f"Statement {code}")
    if statement_id == attachment.statement_id:
        return attachment
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE attachments SET statement_id = ? WHERE id = ?", (statement_id, attachment.id)
        )
        vault.record(
            "edit",
            "attachment",
            attachment.id,
            {
                "code": attachment.code,
                "changed": ["statement"],
                "statement_id": statement_id,
                "statement": code,
            },
        )
    return get_attachment(vault, attachment.id)


def set_operator(vault: Vault, name: str) -> str:
    """Change the operator name written into every later custody event; one
    ``operator-change`` event (written under the old name; the events after it carry the
    new one).  Refuses an empty name, control characters and more than 200 characters."""
    name = check_operator(name)
    if name == vault.operator:
        return name
    with vault.transaction():
        vault.record("operator-change", "vault", "operator", {"changed": ["operator"]})
        vault.set_setting("operator", name)
    vault.operator = name
    return name
