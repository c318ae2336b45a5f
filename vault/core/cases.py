"""Cases: the folder every record of one investigation belongs to."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from vault.core.custody import utc_now
from vault.core.errors import UnknownId
from vault.core.ids import new_id
from vault.core.text_input import clean_line
from vault.core.vault import Vault

MAX_TITLE_CHARS = 500


@dataclass(frozen=True)
class Case:
    """A case as stored."""

    id: str
    code: str
    title: str
    created_utc: str

    def as_json(self) -> dict[str, Any]:
        """The case as a JSON object."""
        return asdict(self)


def add_case(vault: Vault, title: str, import_id: str | None = None) -> Case:
    """Create a case with the next code (C-001, C-002, ...) and log it.  ``import_id``:
    the case is the one an import is creating (its event says so; the import lists the
    case once its own row exists, see vault/core/imported.py).  Refuses an empty or
    multi-line title."""
    # One line, like every other short value (and like an imported case's title): a line
    # break would split ``list cases`` output and every message naming the case.
    title = clean_line(title, "case title", MAX_TITLE_CHARS)
    with vault.transaction() as conn:
        number = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0]) + 1
        case = Case(new_id(), f"C-{number:03d}", title, utc_now())
        conn.execute(
            "INSERT INTO cases (id, code, title, created_utc) VALUES (?, ?, ?, ?)",
            (case.id, case.code, case.title, case.created_utc),
        )
        details = {"code": case.code}
        if import_id is not None:
            details["import"] = import_id
        vault.record("case-create", "case", case.id, details)
    return case


def list_cases(vault: Vault) -> list[Case]:
    """Every case, oldest first."""
    rows = vault.conn.execute(
        "SELECT id, code, title, created_utc FROM cases ORDER BY created_utc, code"
    )
    return [Case(*row) for row in rows]


def get_case(vault: Vault, case_id: str) -> Case:
    """The case with ``case_id``; UnknownId if there is none."""
    row = vault.conn.execute(
        "SELECT id, code, title, created_utc FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    if row is None:
        raise UnknownId(f"No case with id {case_id}.")
    return Case(*row)
