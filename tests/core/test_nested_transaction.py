"""A transaction inside a transaction joins it: all or nothing, one header write."""

from __future__ import annotations

import pytest

from vault.core import custody
from vault.core.cases import add_case, list_cases
from vault.core.vault import Vault


def test_nested_add_commits_with_the_outer_transaction(vault: Vault) -> None:
    with vault.transaction():
        add_case(vault, "First")
        add_case(vault, "Second")
    assert [c.title for c in list_cases(vault)] == ["First", "Second"]
    assert vault.state.counter == custody.head(vault.conn)[0]


def test_a_failure_after_a_nested_add_rolls_everything_back(vault: Vault) -> None:
    before = custody.head(vault.conn)
    with pytest.raises(RuntimeError), vault.transaction():
        add_case(vault, "Never")
        raise RuntimeError("disk gone")
    assert list_cases(vault) == []
    assert custody.head(vault.conn) == before
    assert vault.state.counter == before[0]
