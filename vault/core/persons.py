"""Persons of a case: names in any script, roles, and one stable pseudonym code each.

A person belongs to one case.  Their code comes from their first role (W- witness,
V- victim, P- perpetrator, I- interviewer, T- interpreter, X- other) and a per-case,
per-prefix counter that only goes up, so a code never changes and is never given to
anyone else, even after the person is deleted.  Later roles are added, never replace the
first, and never change the code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from vault.core.cases import get_case
from vault.core.custody import utc_now
from vault.core.dates import PartialDate, as_partial_date
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.retracted import live
from vault.core.store import Connection
from vault.core.text_input import clean_name, clean_notes, fold_name
from vault.core.vault import Vault

ROLES = ("witness", "victim", "perpetrator", "interviewer", "interpreter", "other")
CODE_PREFIX = {
    "witness": "W",
    "victim": "V",
    "perpetrator": "P",
    "interviewer": "I",
    "interpreter": "T",
    "other": "X",
}
MAX_NAME_CHARS = 300
# A code as this vault makes it (W-001) or as a bundle may carry it: a role letter, a
# dash, and letters or digits (senders may use codes that reveal no count, W-7KQ3M).
_CODE = re.compile(r"^([A-Z])-([A-Za-z0-9]{1,24})$")
MAX_ALIASES = 100
_COLUMNS = "id, case_id, code, name, born, born_precision, notes, created_utc"


@dataclass(frozen=True)
class Person:
    """A person as stored, with aliases and roles (first role first)."""

    id: str
    case_id: str
    code: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    born: PartialDate | None
    notes: str
    created_utc: str

    @property
    def names(self) -> tuple[str, ...]:
        """The primary name, then every alias."""
        return (self.name, *self.aliases)

    @property
    def first_role(self) -> str:
        """The role the code was made from."""
        return self.roles[0]

    def as_json(self) -> dict[str, Any]:
        """The person as a JSON object."""
        return {
            "id": self.id,
            "case_id": self.case_id,
            "code": self.code,
            "name": self.name,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "born": None if self.born is None else self.born.as_json(),
            "notes": self.notes,
            "created_utc": self.created_utc,
        }


def check_role(role: str) -> str:
    """The role, if it is one of ROLES; InputError listing them otherwise."""
    role = role.strip().lower()
    if role not in ROLES:
        raise InputError(f"Unknown role {role!r}: use one of {', '.join(ROLES)}.")
    return role


def clean_aliases(name: str, aliases: list[str] | tuple[str, ...]) -> list[str]:
    """Cleaned aliases without repeats (nor a repeat of the primary name), in given order."""
    seen = {fold_name(name)}
    result = []
    for alias in aliases:
        cleaned = clean_name(alias, "alias", MAX_NAME_CHARS)
        key = fold_name(cleaned)
        if key not in seen:
            seen.add(key)
            result.append(cleaned)
    if len(result) > MAX_ALIASES:
        raise InputError(f"A person can have at most {MAX_ALIASES} aliases.")
    return result


def allocate_code(conn: Connection, case_id: str, prefix: str) -> str:
    """The next never-used code with ``prefix`` in the case (inside a transaction).
    A code an imported person brought along is skipped, never given twice."""
    while True:
        number = conn.execute(
            "INSERT INTO code_counters (case_id, prefix, last) VALUES (?, ?, 1) "
            "ON CONFLICT (case_id, prefix) DO UPDATE SET last = last + 1 RETURNING last",
            (case_id, prefix),
        ).fetchone()[0]
        code = f"{prefix}-{int(number):03d}"
        if not _code_taken(conn, case_id, code):
            return code


def _code_taken(conn: Connection, case_id: str, code: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM persons WHERE case_id = ? AND code = ?", (case_id, code)
    ).fetchone()
    return row is not None


def code_fits(code: str, role: str) -> bool:
    """True when ``code`` is a well-formed code (role letter, dash, letters or digits)
    whose letter is the one ``role`` gives: a person may keep it."""
    match = _CODE.match(code)
    return match is not None and match[1] == CODE_PREFIX.get(role)


def _keep_code(conn: Connection, case_id: str, code: str, role: str) -> str:
    """Claim a code given from outside (an imported person's) inside a transaction.
    A numeric one moves the counter past it, so later persons get new codes."""
    match = _CODE.match(code)
    if match is None or match[1] != CODE_PREFIX[role]:
        raise InputError(
            f"The code {code[:40]!r} does not fit a {role}: it must be "
            f"{CODE_PREFIX[role]}- followed by letters or digits."
        )
    if _code_taken(conn, case_id, code):
        raise InputError(f"The code {code} is already used in this case.")
    if match[2].isdigit() and len(match[2]) <= 9:  # a number the counter can hold
        conn.execute(
            "INSERT INTO code_counters (case_id, prefix, last) VALUES (?, ?, ?) "
            "ON CONFLICT (case_id, prefix) DO UPDATE SET last = max(last, excluded.last)",
            (case_id, match[1], int(match[2])),
        )
    return code


def add_person(
    vault: Vault,
    case_id: str,
    name: str,
    role: str,
    aliases: list[str] | tuple[str, ...] = (),
    born: PartialDate | str | None = None,
    notes: str | None = None,
    *,
    code: str | None = None,
    imported: ImportedFrom | None = None,
) -> Person:
    """Create a person in a case with their first role and a new code; log it.

    ``code`` keeps a code the person already has (an imported person's, as the bundle
    gave it) instead of making one; ``imported`` marks the person as brought in by an
    import (inside the import's transaction).

    Refuses an unknown case, an unknown role, an empty or over-long name or alias, an
    unreadable date of birth, and a given ``code`` that does not fit the role or is
    already used in the case; nothing is written then.  An alias equal to another
    person's name is allowed (``name_clashes`` reports it).
    """
    get_case(vault, case_id)
    role = check_role(role)
    name = clean_name(name, "name", MAX_NAME_CHARS)
    alias_list = clean_aliases(name, aliases)
    born_date = as_partial_date(born, "date of birth")
    note_text = clean_notes(notes)
    person_id = new_id()
    now = utc_now()
    with vault.transaction() as conn:
        if code is None:
            code = allocate_code(conn, case_id, CODE_PREFIX[role])
        else:
            code = _keep_code(conn, case_id, code, role)
        conn.execute(
            f"INSERT INTO persons ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                person_id,
                case_id,
                code,
                name,
                None if born_date is None else born_date.value,
                None if born_date is None else born_date.precision,
                note_text,
                now,
            ),
        )
        conn.executemany(
            "INSERT INTO person_aliases (person_id, position, alias) VALUES (?, ?, ?)",
            [(person_id, i + 1, alias) for i, alias in enumerate(alias_list)],
        )
        conn.execute(
            "INSERT INTO person_roles (person_id, role, position, added_utc) VALUES (?, ?, 1, ?)",
            (person_id, role, now),
        )
        vault.record(
            "person-create",
            "person",
            person_id,
            {
                "case_id": case_id,
                "code": code,
                "role": role,
                "aliases": len(alias_list),
                **import_details(imported),
            },
        )
        mark_imported(vault, "person", person_id, imported)
    return get_person(vault, person_id)


def ensure_role(vault: Vault, person: Person, role: str) -> bool:
    """Give ``person`` the role if they lack it (inside the caller's transaction), with
    a custody event; the code never changes.  True if the role was added."""
    role = check_role(role)
    conn = vault.conn
    exists = conn.execute(
        "SELECT 1 FROM person_roles WHERE person_id = ? AND role = ?", (person.id, role)
    ).fetchone()
    if exists:
        return False
    position = conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM person_roles WHERE person_id = ?",
        (person.id,),
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO person_roles (person_id, role, position, added_utc) VALUES (?, ?, ?, ?)",
        (person.id, role, position, utc_now()),
    )
    vault.record("role-add", "person", person.id, {"code": person.code, "role": role})
    return True


def add_role(vault: Vault, person_id: str, role: str) -> Person:
    """Give a person a further role in their case (their code stays); log it.
    Adding a role they already have changes nothing."""
    person = get_person(vault, person_id)
    with vault.transaction():
        ensure_role(vault, person, role)
    return get_person(vault, person_id)


def _load(vault: Vault, rows: list[tuple[Any, ...]]) -> list[Person]:
    if not rows:
        return []
    ids = [row[0] for row in rows]
    aliases: dict[str, list[str]] = defaultdict(list)
    roles: dict[str, list[str]] = defaultdict(list)
    marks = ",".join("?" * len(ids))
    if len(ids) <= 500:
        alias_rows = vault.conn.execute(
            f"SELECT person_id, alias FROM person_aliases WHERE person_id IN ({marks})"  # noqa: S608
            " ORDER BY person_id, position",
            ids,
        )
        role_rows = vault.conn.execute(
            f"SELECT person_id, role FROM person_roles WHERE person_id IN ({marks})"  # noqa: S608
            " ORDER BY person_id, position",
            ids,
        )
    else:  # many persons: one pass over the tables beats a huge IN list
        alias_rows = vault.conn.execute(
            "SELECT person_id, alias FROM person_aliases ORDER BY person_id, position"
        )
        role_rows = vault.conn.execute(
            "SELECT person_id, role FROM person_roles ORDER BY person_id, position"
        )
    for person_id, alias in alias_rows:
        aliases[person_id].append(alias)
    for person_id, role in role_rows:
        roles[person_id].append(role)
    return [
        Person(
            id=row[0],
            case_id=row[1],
            code=row[2],
            name=row[3],
            aliases=tuple(aliases[row[0]]),
            roles=tuple(roles[row[0]]),
            born=PartialDate.from_columns(row[4], row[5]),
            notes=row[6],
            created_utc=row[7],
        )
        for row in rows
    ]


def get_person(vault: Vault, person_id: str) -> Person:
    """The person with ``person_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM persons WHERE id = ?",  # noqa: S608 - fixed column list
        (person_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No person with id {person_id}.")
    return _load(vault, [row])[0]


def require_person_in_case(vault: Vault, person_id: str, case_id: str, what: str) -> Person:
    """The person, who must belong to ``case_id``; ``what`` names their part in the
    refusal ("The witness ... is not a person of case C-001")."""
    try:
        person = get_person(vault, person_id)
    except UnknownId:
        raise UnknownId(f"The {what} {person_id} is not a known person.") from None
    if person.case_id != case_id:
        code = get_case(vault, case_id).code
        raise InputError(f"The {what} {person_id} is not a person of case {code}.")
    return person


def list_persons(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Person]:
    """Every person (of one case, if given), in the order they were added; retracted
    persons (and those of a retracted case) only with ``include_retracted``."""
    hidden = "" if include_retracted else f" AND {live('id', 'case_id')}"
    if case_id is not None:
        get_case(vault, case_id)
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM persons WHERE case_id = ?{hidden}"  # noqa: S608
            " ORDER BY created_utc, code",
            (case_id,),
        ).fetchall()
    else:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM persons WHERE 1{hidden}"  # noqa: S608
            " ORDER BY case_id, created_utc, code"
        ).fetchall()
    return _load(vault, rows)


def name_clashes(vault: Vault, person_id: str) -> list[str]:
    """Warnings, one per clash, when a name or alias of this person equals (ignoring case
    and Unicode form) a name or alias of another person of the same case.  Allowed, but
    worth a second look: two people sharing a name confuse redaction and readers."""
    person = get_person(vault, person_id)
    others = [p for p in list_persons(vault, person.case_id) if p.id != person.id]
    warnings = []
    for own in person.names:
        key = fold_name(own)
        for other in others:
            if key == fold_name(other.name):
                warnings.append(f"{own!r} of {person.code} is also the name of {other.code}.")
            elif any(key == fold_name(alias) for alias in other.aliases):
                warnings.append(f"{own!r} of {person.code} is also an alias of {other.code}.")
    return warnings


def delete_person(vault: Vault, person_id: str) -> None:
    """Delete a person entered by mistake, with their aliases, roles, consent records and
    links; log it.  Their code stays used: it is never given to anyone else.

    Refuses while the person is the witness, interviewer or interpreter of a statement
    (the statement needs them).  Links to them (mentioned in a statement, victim or
    perpetrator of an incident) are removed with them and counted in the custody event.
    """
    person = get_person(vault, person_id)
    used = vault.conn.execute(
        "SELECT id FROM statements WHERE ? IN (witness_id, interviewer_id, interpreter_id) LIMIT 1",
        (person_id,),
    ).fetchone()
    if used is not None:
        raise InputError(
            f"Person {person.code} ({person_id}) takes part in statement {used[0]}; "
            "a person who gave or took a statement cannot be deleted."
        )
    with vault.transaction() as conn:
        removed = conn.execute(
            "DELETE FROM links WHERE (from_type = 'person' AND from_id = ?)"
            " OR (to_type = 'person' AND to_id = ?)",
            (person_id, person_id),
        ).rowcount
        conn.execute("DELETE FROM persons WHERE id = ?", (person_id,))
        vault.record(
            "person-delete",
            "person",
            person_id,
            {"case_id": person.case_id, "code": person.code, "links_removed": removed},
        )
