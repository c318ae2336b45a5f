"""Record lists a page at a time: counted, sorted and filtered in SQL, never loaded whole.

A window shows a case's statements, people, incidents, facilities, evidence and custody
log as tables that may hold a hundred thousand rows; it asks for the rows it paints
(``page``) and how many there are (``count``), each one query.  Sorting and filtering
happen in the database: the sort keys and columns are fixed names from the tables below,
never text a person typed; the filter text is a bound parameter compared with
``fold_name`` (NFKC, case-folded) of each searchable column, so "ГРИГОРЯН" finds
"Григорян" and "sargsyan" finds "Sargsyan".

Retracted records (and those of a retracted case) are left out, as in every list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core.errors import InputError
from vault.core.retracted import live
from vault.core.search_keys import FOLD_FUNCTION
from vault.core.text_input import fold_name
from vault.core.vault import Vault

MAX_PAGE = 1000


@dataclass(frozen=True)
class Column:
    """One column of a list: its key, its header and the SQL expression it shows."""

    key: str
    label: str
    sql: str


@dataclass(frozen=True)
class ListSpec:
    """How one kind of record is listed: its rows (``source``, aliased ``r``), the
    condition that keeps one case's live rows, the columns, and which of them a filter
    searches."""

    kind: str
    source: str
    case_condition: str
    columns: tuple[Column, ...]
    searched: tuple[str, ...]
    default_sort: str

    def column(self, key: str) -> Column:
        """The column named ``key``; InputError for any other name (never SQL)."""
        for column in self.columns:
            if column.key == key:
                return column
        raise InputError(f"A {self.kind} list has no column {key!r}.", data={"field": "sort"})


_CODE_OF = (
    "COALESCE((SELECT code FROM persons WHERE id = {col}),"
    " (SELECT code FROM statements WHERE id = {col}),"
    " (SELECT code FROM attachments WHERE id = {col}),"
    " (SELECT code FROM cases WHERE id = {col}), substr({col}, 1, 8))"
)
_ALIASES = (
    "(SELECT group_concat(alias, ', ') FROM (SELECT alias FROM person_aliases"
    " WHERE person_id = r.id ORDER BY position))"
)
_ROLES = (
    "(SELECT group_concat(role, ', ') FROM (SELECT role FROM person_roles"
    " WHERE person_id = r.id ORDER BY position))"
)
_CONSENT = (
    "(SELECT CASE WHEN c.withdrawn THEN 'withdrawn' ELSE c.share || ' (' || c.anonymity"
    " || ')' END FROM consents AS c WHERE c.person_id = r.id ORDER BY c.number DESC LIMIT 1)"
)
_CASE_RECORDS = " UNION ALL ".join(
    f"SELECT id FROM {table} WHERE case_id = :case"  # noqa: S608 - fixed table names
    for table in ("persons", "statements", "attachments", "incidents", "facilities", "links")
)

SPECS: dict[str, ListSpec] = {
    spec.kind: spec
    for spec in (
        ListSpec(
            "statements",
            "statements AS r JOIN persons AS w ON w.id = r.witness_id"
            " JOIN statement_versions AS v ON v.id = r.current_version_id",
            f"r.case_id = :case AND {live('r.id', 'r.case_id')}",
            (
                Column("code", "Code", "r.code"),
                Column("witness", "Witness", "w.code || ' ' || w.name"),
                Column("date", "Interview date", "COALESCE(r.interview_date, '')"),
                Column("language", "Language", "COALESCE(r.language, '')"),
                Column("kind", "Kind", "r.kind"),
                Column("place", "Place", "COALESCE(r.place, '')"),
                Column("version", "Version", "v.number"),
                Column("added", "Added", "substr(r.created_utc, 1, 16)"),
            ),
            ("code", "witness", "place", "language"),
            "code",
        ),
        ListSpec(
            "persons",
            "persons AS r",
            f"r.case_id = :case AND {live('r.id', 'r.case_id')}",
            (
                Column("code", "Code", "r.code"),
                Column("name", "Name", "r.name"),
                Column("aliases", "Aliases", f"COALESCE({_ALIASES}, '')"),
                Column("roles", "Roles", f"COALESCE({_ROLES}, '')"),
                Column("born", "Born", "COALESCE(r.born, '')"),
                Column("consent", "Consent", f"COALESCE({_CONSENT}, 'none recorded')"),
            ),
            ("code", "name", "aliases", "roles"),
            "code",
        ),
        ListSpec(
            "attachments",
            "attachments AS r LEFT JOIN statements AS s ON s.id = r.statement_id",
            f"r.case_id = :case AND {live('r.id', 'r.case_id')}",
            (
                Column("code", "Code", "COALESCE(r.code, '')"),
                Column("name", "File name", "r.name"),
                Column("type", "Type", "r.media_type"),
                Column("size", "Size (bytes)", "r.size"),
                Column("statement", "Statement", "COALESCE(s.code, '')"),
                Column("sha256", "SHA-256", "r.sha256"),
                Column("added", "Taken in", "substr(r.created_utc, 1, 16)"),
            ),
            ("code", "name", "type", "sha256"),
            "code",
        ),
        ListSpec(
            "incidents",
            "incidents AS r LEFT JOIN facilities AS f ON f.id = r.facility_id",
            f"r.case_id = :case AND {live('r.id', 'r.case_id')}",
            (
                Column("type", "Violation", "r.violation_type"),
                Column("date", "Date", "COALESCE(r.date, '')"),
                Column("place", "Place", "COALESCE(r.place, '')"),
                Column("facility", "Facility", "COALESCE(f.name, '')"),
                Column("description", "Description", "COALESCE(r.description, '')"),
            ),
            ("type", "place", "facility", "description"),
            "date",
        ),
        ListSpec(
            "facilities",
            "facilities AS r",
            f"r.case_id = :case AND {live('r.id', 'r.case_id')}",
            (
                Column("name", "Name", "r.name"),
                Column("type", "Type", "r.type"),
                Column(
                    "aliases",
                    "Aliases",
                    "COALESCE((SELECT group_concat(alias, ', ') FROM (SELECT alias FROM"
                    " facility_aliases WHERE facility_id = r.id ORDER BY position)), '')",
                ),
                Column("notes", "Notes", "r.notes"),
            ),
            ("name", "aliases", "type"),
            "name",
        ),
        ListSpec(
            "custody",
            "custody AS r",
            "(r.object_id = :case OR json_extract(r.details, '$.case_id') = :case"
            f" OR r.object_id IN ({_CASE_RECORDS}))",
            (
                Column("seq", "#", "r.seq"),
                Column("time", "Time (UTC)", "substr(replace(r.utc, 'T', ' '), 1, 19)"),
                Column("operator", "Operator", "r.operator"),
                Column("action", "Action", "r.action"),
                Column(
                    "record",
                    "Record",
                    "r.object_type || ' ' || " + _CODE_OF.format(col="r.object_id"),
                ),
            ),
            ("operator", "action", "record"),
            "seq",
        ),
    )
}


@dataclass(frozen=True)
class Row:
    """One listed record: its id and the values of its columns, in the spec's order."""

    id: str
    values: tuple[Any, ...]


def spec(kind: str) -> ListSpec:
    """The list spec of ``kind``; InputError naming the kinds for any other."""
    try:
        return SPECS[kind]
    except KeyError:
        known = ", ".join(SPECS)
        raise InputError(f"No list of {kind!r}; lists: {known}.", data={"field": "kind"}) from None


def _where(found: ListSpec, text: str) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    where = found.case_condition
    needle = fold_name(text)
    if needle:
        params["needle"] = needle
        searched = " OR ".join(
            f"instr({FOLD_FUNCTION}({found.column(key).sql}), :needle) > 0"
            for key in found.searched
        )
        where = f"{where} AND ({searched})"
    return where, params


def count(vault: Vault, kind: str, case_id: str, text: str = "") -> int:
    """How many live records of ``kind`` the case has whose searched columns contain
    ``text`` (folded; empty: all)."""
    found = spec(kind)
    where, params = _where(found, text)
    params["case"] = case_id
    sql = f"SELECT count(*) FROM {found.source} WHERE {where}"  # noqa: S608 - fixed SQL
    return int(vault.conn.execute(sql, params).fetchone()[0])


def page(
    vault: Vault,
    kind: str,
    case_id: str,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str | None = None,
    descending: bool = False,
    text: str = "",
) -> list[Row]:
    """Rows ``offset`` to ``offset + limit`` of the case's live records of ``kind``,
    sorted by column ``sort`` (the spec's default if None; ties broken by id, so pages
    never overlap) and filtered as :func:`count` filters.  Refuses an unknown sort
    column and a limit outside 1..MAX_PAGE."""
    found = spec(kind)
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise InputError(f"A page holds 1 to {MAX_PAGE} rows from row 0 on.")
    order = found.column(sort or found.default_sort).sql
    direction = "DESC" if descending else "ASC"
    where, params = _where(found, text)
    params.update(case=case_id, limit=limit, offset=offset)
    columns = ", ".join(column.sql for column in found.columns)
    id_column = "r.seq" if kind == "custody" else "r.id"
    sql = (
        f"SELECT {id_column}, {columns} FROM {found.source} WHERE {where}"  # noqa: S608
        f" ORDER BY {order} {direction}, {id_column} {direction} LIMIT :limit OFFSET :offset"
    )
    return [Row(str(row[0]), tuple(row[1:])) for row in vault.conn.execute(sql, params)]
