"""Record lists a page at a time: counted, sorted and filtered in SQL."""

from __future__ import annotations

import pytest

from vault.core.errors import InputError
from vault.core.pages import SPECS, count, page
from vault.core.persons import add_person
from vault.core.retract import retract
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault


def _people(vault: Vault, case_id: str) -> list[str]:
    names = [
        ("Davit Sargsyan", ["Давит Саргсян", "Դավիթ Սարգսյան"]),
        ("Hayk Grigoryan", ["Айк Григорян"]),
        ("Əli Məmmədov", ["Али Мамедов"]),
        ("Lena Morgan", []),
    ]
    return [add_person(vault, case_id, n, "witness", aliases=a).id for n, a in names]


def test_pages_never_overlap_and_cover_every_row(vault: Vault, case_id: str) -> None:
    ids = _people(vault, case_id)
    for i in range(23):
        add_statement(vault, case_id, StatementDraft(witness_id=ids[i % 4], body=f"text {i}"))
    assert count(vault, "statements", case_id) == 23
    seen: list[str] = []
    for offset in range(0, 23, 5):
        seen += [row.id for row in page(vault, "statements", case_id, offset=offset, limit=5)]
    assert len(seen) == 23 and len(set(seen)) == 23
    codes = [row.values[0] for row in page(vault, "statements", case_id, limit=30)]
    assert codes == sorted(codes)
    down = [r.values[0] for r in page(vault, "statements", case_id, limit=30, descending=True)]
    assert down == list(reversed(codes))


def test_filter_folds_case_and_scripts_and_aliases(vault: Vault, case_id: str) -> None:
    _people(vault, case_id)
    assert count(vault, "persons", case_id, "ГРИГОРЯН") == 1
    assert count(vault, "persons", case_id, "sargsyan") == 1
    assert count(vault, "persons", case_id, "ՍԱՐԳՍՅԱՆ") == 1
    assert count(vault, "persons", case_id, "MƏMMƏDOV") == 1
    assert count(vault, "persons", case_id, "nobody at all") == 0
    assert page(vault, "persons", case_id, text="морган") == []  # not an alias


def test_retracted_rows_are_left_out(vault: Vault, case_id: str) -> None:
    ids = _people(vault, case_id)
    retract(vault, "person", ids[3], "entered by mistake")
    assert count(vault, "persons", case_id) == 3
    assert ids[3] not in {row.id for row in page(vault, "persons", case_id)}


def test_sort_by_a_name_that_is_not_a_column_is_refused(vault: Vault, case_id: str) -> None:
    _people(vault, case_id)
    with pytest.raises(InputError, match="no column"):
        page(vault, "persons", case_id, sort="name; DROP TABLE persons")
    with pytest.raises(InputError):
        page(vault, "nothing", case_id)
    with pytest.raises(InputError):
        page(vault, "persons", case_id, limit=0)


def test_every_kind_lists_and_sorts_by_every_column(vault: Vault, case_id: str) -> None:
    _people(vault, case_id)
    for kind, found in SPECS.items():
        for column in found.columns:
            for descending in (False, True):
                page(vault, kind, case_id, sort=column.key, descending=descending)
    custody = page(vault, "custody", case_id, limit=100)
    assert any("person W-001" in str(row.values) for row in custody)
