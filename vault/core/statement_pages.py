"""Pages of the statement list for list views of 100,000 rows: no texts, each page
served from an index."""

from __future__ import annotations

from dataclasses import dataclass

from vault.core.dates import PartialDate
from vault.core.errors import InputError
from vault.core.vault import Vault

ORDERS = {"created": "s.created_utc, s.id", "interview-date": "s.interview_date, s.id"}


@dataclass(frozen=True)
class StatementRow:
    """One line of the statement list: no texts, so a page of 100 is cheap."""

    id: str
    case_id: str
    witness_id: str
    witness_code: str
    interview_date: PartialDate | None
    language: str | None
    kind: str
    version: int
    sha256: str
    created_utc: str


def count_statements(vault: Vault, case_id: str | None = None) -> int:
    """How many statements there are (in one case, if given)."""
    if case_id is None:
        return int(vault.conn.execute("SELECT count(*) FROM statements").fetchone()[0])
    return int(
        vault.conn.execute(
            "SELECT count(*) FROM statements WHERE case_id = ?", (case_id,)
        ).fetchone()[0]
    )


def statement_page(
    vault: Vault,
    case_id: str | None = None,
    offset: int = 0,
    limit: int = 100,
    order: str = "created",
) -> list[StatementRow]:
    """One page of the statement list, without texts, in ``order`` (``created`` or
    ``interview-date``), each served from an index, for list views of 100,000 rows."""
    if order not in ORDERS:
        raise InputError(f"Unknown order {order!r}: use {', '.join(ORDERS)}.")
    where, args = ("WHERE s.case_id = ?", (case_id,)) if case_id is not None else ("", ())
    # The page's ids come from a covering index alone (skipping ``offset`` index entries,
    # not rows with their joins); only the 100 rows shown are then joined.
    rows = vault.conn.execute(
        "SELECT s.id, s.case_id, s.witness_id, w.code, s.interview_date,"  # noqa: S608
        " s.interview_date_precision, s.language, s.kind, v.number, v.sha256, s.created_utc"
        f" FROM (SELECT s.id FROM statements AS s {where} ORDER BY {ORDERS[order]}"
        " LIMIT ? OFFSET ?) AS page"
        " JOIN statements AS s ON s.id = page.id"
        " JOIN persons AS w ON w.id = s.witness_id"
        " JOIN statement_versions AS v ON v.id = s.current_version_id"
        f" ORDER BY {ORDERS[order]}",
        (*args, max(0, limit), max(0, offset)),
    )
    return [
        StatementRow(
            r[0],
            r[1],
            r[2],
            r[3],
            PartialDate.from_columns(r[4], r[5]),
            r[6],
            r[7],
            int(r[8]),
            r[9],
            r[10],
        )
        for r in rows
    ]
