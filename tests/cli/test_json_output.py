"""``--json`` on every listing and check command: one JSON document on stdout and
nothing else there (progress, warnings and refusals go to stderr), so ``| jq`` works."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli_vault import Cli, initialized

__all__ = ["initialized"]  # the fixture, imported for this module's tests


def _one_document(result: Any) -> Any:
    """The single JSON document a command printed; fails on any other line on stdout."""
    decoder = json.JSONDecoder()
    text = result.out.strip()
    value, end = decoder.raw_decode(text)
    assert end == len(text), f"more than one document on stdout: {text[end:][:80]!r}"
    return value


def _small_case(cli: Cli, tmp_path: Path) -> dict[str, str]:
    case = cli("case", "add", "--title", "JSON walk").out.split()[0]
    cli("person", "add", "--case", "C-001", "--name", "Davit Sargsyan", "--role", "witness")
    text = tmp_path / "statement.txt"
    text.write_text("Davit Sargsyan was held at the depot.\n", encoding="utf-8")
    added = cli(
        "statement", "add", "--case", "C-001", "--witness", "W-001", "--text-file", str(text)
    )
    assert added.code == 0, added.err
    photo = tmp_path / "note.txt"
    photo.write_bytes(b"a scanned note")
    attached = cli("attach", "--case", "C-001", "--statement", "S-001", str(photo))
    assert attached.code == 0, attached.err
    return {"case": case}


def test_every_listing_and_check_prints_one_json_document_and_nothing_else(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    _small_case(cli, tmp_path)
    commands = [
        ("info",),
        ("check",),
        ("audit", "verify"),
        ("audit", "log", "--case", "C-001"),
        ("list", "cases"),
        ("list", "persons", "--case", "C-001"),
        ("list", "statements", "--case", "C-001"),
        ("list", "attachments", "--case", "C-001"),
        ("show", "W-001", "--case", "C-001"),
        ("search", "depot"),
        ("signer", "list"),
        ("redact", "suggest", "--statement", "S-001"),
        ("redact", "list", "--case", "C-001"),
    ]
    for command in commands:
        result = cli(*command, "--json")
        assert result.code == 0, (command, result.err)
        _one_document(result)


def test_check_json_counts_what_was_checked_and_names_each_problem(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    _small_case(cli, tmp_path)
    healthy = cli("check", "--json")
    assert healthy.code == 0, healthy.err
    report = _one_document(healthy)
    assert report["ok"] is True and report["problems"] == []
    assert report["attachments_checked"] == 1 and report["custody_rows"] >= 5

    listed = json.loads(cli("list", "attachments", "--json").out)
    blob = vault_dir / "blobs" / listed[0]["id"][:2] / listed[0]["id"]
    blob.write_bytes(blob.read_bytes()[:-1])
    damaged = cli("check", "--json")
    assert damaged.code == 1
    report = _one_document(damaged)  # still one document: the problems are in it
    assert report["ok"] is False
    assert len(report["problems"]) == 1 and listed[0]["id"] in report["problems"][0]
    assert damaged.err.strip() == "evidence-vault: the vault failed 1 check(s)."


def test_audit_verify_json_gives_the_chain_and_the_imports(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    _small_case(cli, tmp_path)
    logged = _one_document(cli("audit", "log", "--json"))
    report = _one_document(cli("audit", "verify", "--json"))
    assert report["ok"] is True
    assert report["chain"]["rows"] == len(logged) and report["chain"]["first_broken"] is None
    assert len(report["chain"]["head_hash"]) == 64
    assert report["imported"] == {"ok": True, "imports": 0, "lines": 0, "problems": []}


def test_backup_json_says_where_and_what_the_copy_holds(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    _small_case(cli, tmp_path)
    target = tmp_path / "copy"
    result = cli("backup", "--to", str(target), "--json")
    assert result.code == 0, result.err
    report = _one_document(result)
    assert report["backup"] == str(target) and report["ok"] is True
    assert report["attachments_checked"] == 1
    assert target.is_dir() and any(target.iterdir())
