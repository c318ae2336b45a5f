"""Cases: the folder every record of one investigation belongs to.

A case also carries its regions: ISO 3166 codes (``AM``, ``RU``...) of the countries whose
national phone formats its statements use. Detection tries them first, before its fixed
list; they never make a number less likely to be proposed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vault.core.correction_reasons import check_reason, keep_reason
from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.retracted import live
from vault.core.text_input import clean_name
from vault.core.vault import Vault

MAX_TITLE_CHARS = 500
MAX_REGIONS = 20
_COLUMNS = "id, code, title, created_utc, regions"


@dataclass(frozen=True)
class Case:
    """A case as stored."""

    id: str
    code: str
    title: str
    created_utc: str
    regions: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The case as a JSON object."""
        return {
            "id": self.id,
            "code": self.code,
            "title": self.title,
            "created_utc": self.created_utc,
            "regions": list(self.regions),
        }


def _from_row(row: Sequence[Any]) -> Case:
    regions = tuple(r for r in str(row[4]).split(",") if r)
    return Case(row[0], row[1], row[2], row[3], regions)


def parse_regions(values: Sequence[str]) -> tuple[str, ...]:
    """Region codes from ``--region`` values (each may list several, comma-separated),
    upper-cased, each once, in the order given; an empty value names none.

    Refuses (InputError, one line) a code that is not an ISO 3166 region with phone
    numbers known to ``phonenumbers``.
    """
    # Imported here: the metadata is only needed when a region is typed.
    from phonenumbers import SUPPORTED_REGIONS

    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            code = part.strip().upper()
            if not code:
                continue
            if code not in SUPPORTED_REGIONS:
                shown = code if len(code) <= 10 else code[:10] + "..."
                raise InputError(
                    f"Unknown region {shown!r}: use ISO 3166 two-letter country codes "
                    "such as AM, AZ, RU, GE (several: separated by commas).",
                    data={"field": "region", "value": shown},
                    hint="region-list",
                )
            codes.append(code)
    unique = tuple(dict.fromkeys(codes))
    if len(unique) > MAX_REGIONS:
        raise InputError(f"A case takes at most {MAX_REGIONS} regions.")
    return unique


def add_case(
    vault: Vault, title: str, regions: Sequence[str] = (), import_id: str | None = None
) -> Case:
    """Create a case with the next code (C-001, C-002, ...) and log it.

    ``regions`` are checked as by ``parse_regions``.  ``import_id``: the case is the one an
    import is creating (its event says so; the import lists the case once its own row
    exists, see vault/core/imported.py).  Refuses an empty or multi-line title.
    """
    # One line, like every other short value (and like an imported case's title): a line
    # break would split ``list cases`` output and every message naming the case.
    title = clean_name(title, "case title", MAX_TITLE_CHARS)
    codes = parse_regions(regions)
    with vault.transaction() as conn:
        number = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0]) + 1
        case = Case(new_id(), f"C-{number:03d}", title, utc_now(), codes)
        conn.execute(
            f"INSERT INTO cases ({_COLUMNS}) VALUES (?, ?, ?, ?, ?)",  # noqa: S608 - fixed list
            (case.id, case.code, case.title, case.created_utc, ",".join(codes)),
        )
        details: dict[str, Any] = {"code": case.code}
        if codes:
            details["regions"] = list(codes)
        if import_id is not None:
            details["import"] = import_id
        vault.record("case-create", "case", case.id, details)
    return case


def edit_case(
    vault: Vault,
    case_id: str,
    title: str | None = None,
    regions: Sequence[str] | None = None,
    reason: str | None = None,
) -> Case:
    """Change a case's title and/or replace its list of regions; one custody ``edit``
    event naming what changed (the regions themselves, never the title's text).

    Refuses what ``add_case`` refuses, and an edit that names nothing to change.
    """
    if title is None and regions is None:
        raise InputError(
            "Name what to change: the title and/or the regions.",
            data={"fields": ["title", "region"]},
            hint="name-fields",
        )
    why = check_reason(reason)
    case = get_case(vault, case_id)
    new_title = case.title if title is None else clean_name(title, "case title", MAX_TITLE_CHARS)
    new_regions = case.regions if regions is None else parse_regions(regions)
    changed = [
        name
        for name, differs in (
            ("title", new_title != case.title),
            ("regions", new_regions != case.regions),
        )
        if differs
    ]
    if not changed:
        return case
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE cases SET title = ?, regions = ? WHERE id = ?",
            (new_title, ",".join(new_regions), case.id),
        )
        details: dict[str, Any] = {"changed": changed}
        if "regions" in changed:
            details["regions"] = list(new_regions)
        seq = vault.record("edit", "case", case.id, details)
        keep_reason(conn, seq, "case", case.id, why)
    return get_case(vault, case.id)


def list_cases(vault: Vault, include_retracted: bool = False) -> list[Case]:
    """Every case, oldest first; retracted ones only with ``include_retracted``."""
    where = "" if include_retracted else f"WHERE {live('id')}"
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM cases {where} ORDER BY created_utc, code"  # noqa: S608
    )
    return [_from_row(row) for row in rows]


def get_case(vault: Vault, case_id: str) -> Case:
    """The case with ``case_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM cases WHERE id = ?",  # noqa: S608 - fixed column list
        (case_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No case with id {case_id}.")
    return _from_row(row)
