"""Command-line rough edges a new user met: usage of the right command, the same answer
for a missing destination folder in backup and export, and an honest word when an
escrow slot is replaced rather than added."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_vault import Cli, initialized
from tests.conftest import CliResult, open_vault
from tests.core.test_escrow_and_slots import make_identity
from vault.core import custody

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def _usage_line(result: CliResult) -> str:
    return next(line for line in result.err.splitlines() if line.startswith("usage:"))


def test_a_usage_mistake_inside_a_subcommand_prints_that_subcommands_usage(
    cli: Cli, initialized: str
) -> None:
    result = cli("redact", "accept", "--statement", "x")
    assert result.code == 2
    assert _usage_line(result).startswith("usage: evidence-vault redact accept")
    assert "go with --all" in result.err

    result = cli("statement", "edit", "abc")
    assert result.code == 2
    assert _usage_line(result).startswith("usage: evidence-vault statement edit")


def test_backup_refuses_a_missing_parent_folder_as_export_does(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-usb" / "vault-copy"
    backup = cli("backup", "--to", str(missing))
    assert backup.code == 1
    assert backup.err.count("\n") == 1
    assert f"The folder {missing.parent} does not exist." in backup.err
    assert not missing.parent.exists()

    case_id = cli("case", "add", "--title", "T").out.split()[0]
    export = cli(
        "export", "--case", case_id, "--profile", "legal", "--out", str(missing / "bundle")
    )
    assert export.code == 1
    assert f"The folder {missing} does not exist." in export.err
    assert not missing.exists()


def test_a_second_escrow_add_says_it_replaced_the_slot(
    cli: Cli, initialized: str, tmp_path: Path, vault_dir: Path
) -> None:
    first = make_identity(tmp_path / "hq-old.txt")
    second = make_identity(tmp_path / "hq-new.txt")
    added = cli("escrow", "add", "--recipient", first)
    assert added.code == 0 and "Escrow slot added" in added.out
    assert "replaced" not in added.out

    again = cli("escrow", "add", "--recipient", second)
    assert again.code == 0
    assert "Escrow slot replaced" in again.out
    assert first in again.out and second in again.out
    with open_vault(vault_dir) as vault:
        last = custody.events(vault.conn)[-1]
    assert last.details.get("replaced") == "escrow"
