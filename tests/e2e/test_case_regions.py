"""A case's regions through the command line: set, shown, edited, refused when unknown,
and used first by detection (suggest, the export's safety net) for national numbers.
Also the kind and explanation of each phone proposal as ``redact suggest`` prints them.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.readable import summary_fields, table_rows
from tests.conftest import open_vault
from tests.e2e.test_redact_cli import Case, Cli, export, exported_text, ok, refused, write
from vault.core import custody

# Eight digits: a Danish landline, nothing in the default regions.
DANISH = "Mette Holm: ring til 32 12 34 56 i morgen. Or +374 91 234 5678, one digit too many.\n"


def _case(cli: Cli, tmp_path: Path, *regions: str) -> tuple[str, str, str]:
    ok(cli, "init", "--operator", "INV-03")
    extra = [a for r in regions for a in ("--region", r)]
    case = ok(cli, "case", "add", "--title", "Copenhagen calls", *extra)
    witness = ok(cli, "person", "add", "--case", case, "--name", "Mette Holm", "--role", "witness")
    ok(cli, "consent", "set", "--person", witness, "--share", "government",
       "--anonymity", "required")  # fmt: skip
    statement = ok(cli, "statement", "add", "--case", case, "--witness", witness,
                   "--text-file", write(tmp_path, "body.txt", DANISH))  # fmt: skip
    return case, witness, statement


def test_regions_are_set_repeated_or_comma_separated_and_shown(cli: Cli, tmp_path: Path) -> None:
    case, _, _ = _case(cli, tmp_path, "am", "RU, ge", "AM")
    shown = json.loads(ok(cli, "show", "case", case, "--json"))
    assert shown["regions"] == ["AM", "RU", "GE"]
    (row,) = table_rows(ok(cli, "list", "cases"))
    assert (row["CODE"], row["ID"], row["REGIONS"]) == ("C-001", case[:8], "AM,RU,GE")
    assert row["TITLE"] == "Copenhagen calls"
    (listed,) = json.loads(ok(cli, "list", "cases", "--json"))
    assert listed["regions"] == ["AM", "RU", "GE"]
    assert summary_fields(ok(cli, "show", "case", case))["Regions"] == ["AM, RU, GE"]


def test_an_unknown_region_is_refused_in_one_line_and_nothing_is_made(cli: Cli) -> None:
    ok(cli, "init", "--operator", "INV-03")
    for bad in ("XX", "Armenia", "AM,ZZ"):
        error = refused(cli, "case", "add", "--title", "T", "--region", bad)
        assert "Unknown region" in error and "ISO 3166" in error
    assert json.loads(ok(cli, "list", "cases", "--json")) == []


def test_edit_replaces_the_regions_and_leaves_a_custody_event(
    cli: Cli, tmp_path: Path, vault_dir: Path
) -> None:
    case, _, _ = _case(cli, tmp_path, "AM")
    assert ok(cli, "case", "edit", case, "--region", "DK,SE", "--title", "Nordic calls") == case
    shown = json.loads(ok(cli, "show", "case", case, "--json"))
    assert (shown["regions"], shown["title"]) == (["DK", "SE"], "Nordic calls")
    with open_vault(vault_dir) as vault:
        (edit,) = [e for e in custody.events(vault.conn, case) if e.action == "edit"]
    assert edit.details == {"changed": ["title", "regions"], "regions": ["DK", "SE"]}
    assert "Nordic" not in json.dumps(edit.details)  # the title's text stays out of the log
    ok(cli, "case", "edit", case, "--region", "")
    assert json.loads(ok(cli, "show", "case", case, "--json"))["regions"] == []
    assert cli("case", "edit", case).code == 2  # nothing to change: a usage error
    refused(cli, "case", "edit", case, "--region", "QQ")
    refused(cli, "case", "edit", "no-such-case", "--region", "AM")


def test_the_case_region_decides_what_suggest_and_the_export_check_look_for(
    cli: Cli, tmp_path: Path
) -> None:
    case, witness, statement = _case(cli, tmp_path)
    where = Case(case, witness, statement, tmp_path)
    proposals = json.loads(ok(cli, "redact", "suggest", "--statement", statement, "--json"))
    texts = [p["text"] for p in proposals]
    assert "32 12 34 56" not in texts
    assert "+374 91 234 5678" in texts  # invalid everywhere, proposed all the same
    ok(cli, "redact", "accept", "--all", "--statement", statement)
    assert export(cli, where, "before", profile="government").code == 0
    assert "32 12 34 56" in exported_text(where, "before")

    # The case is Danish after all: the safety net now sees the number nobody decided.
    ok(cli, "case", "edit", case, "--region", "DK")
    result = export(cli, where, "refused", profile="government")
    assert result.code == 1 and statement in result.err
    proposals = json.loads(ok(cli, "redact", "suggest", "--statement", statement, "--json"))
    (danish,) = [p for p in proposals if p["text"] == "32 12 34 56"]
    assert (danish["kind"], danish["reason"], danish["replacement"]) == (
        "phone",
        "contact",
        "[phone]",
    )
    assert danish["explanation"] == "valid DK landline or mobile, national form"
    ok(cli, "redact", "accept", "--all", "--statement", statement)
    assert export(cli, where, "after", profile="government").code == 0
    text = exported_text(where, "after")
    assert "32 12 34 56" not in text and text.count("[phone]") == 2


def test_suggest_prints_the_kind_and_why_in_text_and_json(cli: Cli, tmp_path: Path) -> None:
    _, _, statement = _case(cli, tmp_path, "AM")
    lines = ok(cli, "redact", "suggest", "--statement", statement).splitlines()
    assert sum("+374 91 234 5678" in line for line in lines) == 1
    (row,) = [r for r in table_rows("\n".join(lines)) if "+374 91 234 5678" in r["TEXT"]]
    assert (row["REASON"], row["REPLACEMENT"]) == ("contact", "[phone]")
    assert row["KIND"] == "phone-like (not valid: 9 national digits, AM numbers have 8)"
    proposals = json.loads(ok(cli, "redact", "suggest", "--statement", statement, "--json"))
    (wrong,) = [p for p in proposals if p["text"] == "+374 91 234 5678"]
    assert (wrong["kind"], wrong["explanation"]) == (
        "phone-like",
        "not valid: 9 national digits, AM numbers have 8",
    )
    (name,) = [p for p in proposals if p["text"] == "Mette Holm"]
    assert name["kind"] == "name" and name["explanation"] is None
