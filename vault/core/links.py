"""Links between the records of one case.

Allowed links and their roles (``--as``):

    statement -> person    mentions
    statement -> incident  mentions
    statement -> facility  mentions
    incident  -> person    victim | perpetrator | witness
    incident  -> facility  at
    person    -> facility  held-at | member-of

A link given the other way round (person -> statement) is stored in this direction.
Linking a person to an incident as victim, perpetrator or witness also gives them that
role in the case (their code never changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.facilities import get_facility
from vault.core.ids import new_id
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.incidents import get_incident
from vault.core.persons import ensure_role, get_person
from vault.core.retracted import live
from vault.core.statements import get_statement
from vault.core.vault import Vault

LINK_ROLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("statement", "person"): ("mentions",),
    ("statement", "incident"): ("mentions",),
    ("statement", "facility"): ("mentions",),
    ("incident", "person"): ("victim", "perpetrator", "witness"),
    ("incident", "facility"): ("at",),
    ("person", "facility"): ("held-at", "member-of"),
}
LINKABLE = ("statement", "person", "incident", "facility")
_COLUMNS = "id, case_id, from_type, from_id, to_type, to_id, role, created_utc"


@dataclass(frozen=True)
class Link:
    """A link from one record to another, with the role of the link."""

    id: str
    case_id: str
    from_type: str
    from_id: str
    to_type: str
    to_id: str
    role: str
    created_utc: str

    def as_json(self) -> dict[str, Any]:
        """The link as a JSON object."""
        return {
            "id": self.id,
            "case_id": self.case_id,
            "from": {"type": self.from_type, "id": self.from_id},
            "to": {"type": self.to_type, "id": self.to_id},
            "role": self.role,
            "created_utc": self.created_utc,
        }


def parse_ref(text: str) -> tuple[str, str]:
    """("person", "ab12...") from "person:ab12..."; InputError for anything else."""
    record_type, sep, record_id = text.strip().partition(":")
    record_type = record_type.strip().lower()
    if not sep or not record_id.strip() or record_type not in LINKABLE:
        raise InputError(
            f"Cannot read the record {text!r}: write TYPE:ID with TYPE one of "
            f"{', '.join(LINKABLE)}."
        )
    return record_type, record_id.strip()


def case_of(vault: Vault, record_type: str, record_id: str) -> str:
    """The case a linkable record belongs to (UnknownId if it does not exist)."""
    if record_type == "statement":
        return get_statement(vault, record_id).case_id
    if record_type == "person":
        return get_person(vault, record_id).case_id
    if record_type == "incident":
        return get_incident(vault, record_id).case_id
    if record_type == "facility":
        return get_facility(vault, record_id).case_id
    raise InputError(f"Records of type {record_type!r} cannot be linked.")


def add_link(
    vault: Vault,
    source: tuple[str, str] | str,
    target: tuple[str, str] | str,
    role: str | None = None,
    imported: ImportedFrom | None = None,
) -> Link:
    """Link two records of the same case; log it.  ``role`` may be left out where only
    one is allowed.  Refuses unknown records, records of different cases, a pair or role
    not in LINK_ROLES (saying which are), and a link that already exists.  ``imported``:
    brought in by an import (marked so, inside the import's transaction)."""
    src = parse_ref(source) if isinstance(source, str) else source
    dst = parse_ref(target) if isinstance(target, str) else target
    if (src[0], dst[0]) not in LINK_ROLES and (dst[0], src[0]) in LINK_ROLES:
        src, dst = dst, src
    allowed = LINK_ROLES.get((src[0], dst[0]))
    if allowed is None:
        raise InputError(f"A {src[0]} cannot be linked to a {dst[0]}.")
    if role is None or not role.strip():
        if len(allowed) > 1:
            raise InputError(
                f"Say how the {dst[0]} takes part: one of {', '.join(allowed)}.",
                data={"field": "role", "allowed": list(allowed)},
                hint="link-role",
            )
        role = allowed[0]
    role = role.strip().lower()
    if role not in allowed:
        raise InputError(
            f"A {src[0]} -> {dst[0]} link cannot be {role!r}: use {', '.join(allowed)}."
        )
    case_id = case_of(vault, *src)
    if case_of(vault, *dst) != case_id:
        raise InputError(f"The {src[0]} and the {dst[0]} belong to different cases.")
    exists = vault.conn.execute(
        "SELECT id FROM links WHERE from_type = ? AND from_id = ? AND to_type = ?"
        " AND to_id = ? AND role = ?",
        (*src, *dst, role),
    ).fetchone()
    if exists:
        raise InputError(f"These records are already linked ({exists[0]}).")
    link = Link(new_id(), case_id, src[0], src[1], dst[0], dst[1], role, utc_now())
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO links ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (link.id, case_id, *src, *dst, role, link.created_utc),
        )
        if dst[0] == "person" and src[0] == "incident":
            ensure_role(vault, get_person(vault, dst[1]), role)
        vault.record(
            "link-create",
            "link",
            link.id,
            {
                "case_id": case_id,
                "from": list(src),
                "to": list(dst),
                "role": role,
                **import_details(imported),
            },
        )
        mark_imported(vault, "link", link.id, imported)
    return link


def remove_link(vault: Vault, link_id: str) -> None:
    """Delete a link (the records stay); log it."""
    link = get_link(vault, link_id)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
        vault.record("link-delete", "link", link_id, {"case_id": link.case_id})


def get_link(vault: Vault, link_id: str) -> Link:
    """The link with ``link_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM links WHERE id = ?",  # noqa: S608 - fixed column list
        (link_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No link with id {link_id}.")
    return Link(*row)


def list_links(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Link]:
    """Every link (of one case, if given), oldest first.  A link that is retracted, or
    whose either end or case is, is left out unless ``include_retracted``."""
    hidden = "" if include_retracted else f" AND {live('id', 'case_id', 'from_id', 'to_id')}"
    if case_id is None:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE 1{hidden} ORDER BY created_utc, id"  # noqa: S608
        )
    else:
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE case_id = ?{hidden}"  # noqa: S608
            " ORDER BY created_utc, id",
            (case_id,),
        )
    return [Link(*row) for row in rows]


def links_of(vault: Vault, record_type: str, record_id: str) -> list[Link]:
    """Every link from or to one record, oldest first."""
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM links WHERE (from_type = ? AND from_id = ?)"  # noqa: S608
        " OR (to_type = ? AND to_id = ?) ORDER BY created_utc, id",
        (record_type, record_id, record_type, record_id),
    )
    return [Link(*row) for row in rows]
