"""``check`` notices a search index out of step with what it indexes."""

from __future__ import annotations

from vault.core.check import check_vault
from vault.core.persons import add_person
from vault.core.vault import Vault


def test_a_healthy_index_passes_and_a_damaged_one_is_named(vault: Vault, case_id: str) -> None:
    add_person(vault, case_id, "Davit Sargsyan", "witness", aliases=["Давит Саргсян"])
    assert check_vault(vault).ok
    # What a damaged page or a half-applied write could leave: the index without a row.
    vault.conn.execute("DELETE FROM search_names_data WHERE id > 10")
    problems = check_vault(vault).problems
    assert any("search index search_names" in p for p in problems)
