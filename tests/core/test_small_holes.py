"""Issue 12's smaller holes: a link planted at the state's temp name, key-derivation costs
under the floor, invisible format characters in names, secret files others can read."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tests.cli.test_cli_vault import Cli, initialized
from tests.conftest import open_vault
from vault.core.cases import add_case
from vault.core.corrections import set_operator
from vault.core.errors import InputError
from vault.core.persons import add_person
from vault.core.vault import Vault

__all__ = ["initialized"]


def test_a_link_planted_at_the_state_temp_name_is_never_followed(
    vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "victim.txt"
    target.write_text("the user's own file")
    os.symlink(target, vault.path / ".vault.state.tmp")
    add_case(vault, "Written through no link")
    assert target.read_text() == "the user's own file"
    assert not (vault.path / ".vault.state.tmp").exists()
    assert not (vault.path / "vault.state").is_symlink()


def test_a_passphrase_slot_under_the_floor_is_named_at_open(vault: Vault) -> None:
    # The test suite's cheap KDF is recorded as such and says nothing; the same costs in
    # a vault that claims calibrated costs draw a warning (and info marks the slot).
    assert vault.notices == []
    keys = replace(vault.state.keys, kdf_mode="calibrated")
    vault._write_state(replace(vault.state, keys=keys))
    path = vault.path
    vault.close()
    with open_vault(path) as again:
        assert any("below the floor" in notice for notice in again.notices)
        passphrase = next(s for s in again.info()["slots"] if s["type"] == "passphrase")
        assert passphrase["below_floor"] is True


@pytest.mark.parametrize(
    "mark",
    ["\u202e", "\u2066", "\u200e", "\u200f", "\u061c", "\u200b", "\u00ad", "\ufeff", "\u2060"],
)
def test_invisible_format_characters_are_refused_in_names(vault: Vault, mark: str) -> None:
    case = add_case(vault, "Prison 4")
    for attempt in (
        lambda: add_case(vault, f"Prison{mark} 5"),
        lambda: add_person(vault, case.id, f"Anna{mark} Petrosyan", "witness"),
        lambda: add_person(vault, case.id, "Anna Petrosyan", "witness", aliases=[f"Ani{mark}"]),
        lambda: set_operator(vault, f"Field{mark} team"),
    ):
        with pytest.raises(InputError, match="invisible"):
            attempt()
    assert vault.operator != f"Field{mark} team"


def test_joiners_that_persian_names_need_stay_allowed(vault: Vault) -> None:
    case = add_case(vault, "Tehran interviews")
    person = add_person(vault, case.id, "فاطمه\u200cزاده", "witness")
    assert "\u200c" in person.name


def test_a_passphrase_file_others_can_read_is_warned_about(
    cli: Cli, vault_dir: Path, initialized: str, passphrase_file: Path
) -> None:
    os.chmod(passphrase_file, 0o644)
    result = cli("list", "cases")
    assert result.code == 0
    assert "can be read by other users" in result.err and "chmod 600" in result.err
    os.chmod(passphrase_file, 0o600)
    assert "other users" not in cli("list", "cases").err
