"""Redaction commands read codes in a named case, as the other commands do: with two
cases, S-001 alone is ambiguous and `--case C-002` says which one is meant."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_vault import Cli, initialized

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def _statement(cli: Cli, tmp_path: Path, case: str, name: str, body: str) -> None:
    witness = cli("person", "add", "--case", case, "--name", name, "--role", "witness")
    assert witness.code == 0, witness.err
    text = tmp_path / f"{name}.txt"
    text.write_text(body, encoding="utf-8")
    added = cli("statement", "add", "--case", case, "--witness", "W-001", "--text-file", str(text))
    assert added.code == 0, added.err


def test_redact_commands_take_the_case_their_codes_are_read_in(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    for title in ("First", "Second"):
        assert cli("case", "add", "--title", title).code == 0
    _statement(cli, tmp_path, "C-001", "Davit Sargsyan", "Davit Sargsyan was there.\n")
    _statement(cli, tmp_path, "C-002", "Nino Beridze", "Nino Beridze saw it.\n")
    ambiguous = cli("redact", "suggest", "--statement", "S-001")
    assert ambiguous.code == 1 and "C-001" in ambiguous.err and "C-002" in ambiguous.err
    found = cli("redact", "suggest", "--statement", "S-001", "--case", "C-002", "--json")
    assert found.code == 0, found.err
    assert [p["text"] for p in json.loads(found.out)] == ["Nino Beridze"]
    accepted = cli("redact", "accept", "--all", "--statement", "S-001", "--case", "C-002")
    assert accepted.code == 0, accepted.err
    preview = cli("redact", "preview", "--statement", "S-001", "--case", "C-002",
                  "--profile", "government")  # fmt: skip
    assert preview.code == 0 and "Beridze" not in preview.out, preview.err
