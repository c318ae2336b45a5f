"""Managing records from the command line as a person does: codes instead of ids,
corrections, retraction, relinking, the custody log readable (``audit log``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Protocol

import pytest
from PIL import Image

from tests.cli.readable import summary_fields, table_rows
from tests.conftest import CliResult


class Cli(Protocol):
    def __call__(self, *args: str, bare: bool = False) -> CliResult: ...


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, (args, result.err)
    return result.out


def refused(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 1, (args, result)
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    return result.err


@pytest.fixture
def day(cli: Cli, tmp_path: Path) -> Path:
    """A vault with two cases, each with a witness W-001 and a statement S-001."""
    assert cli("init", "--operator", "Field Team 2").code == 0
    text = tmp_path / "account.txt"
    text.write_text("Aram Hakobyan was held in Unit 2041 for three weeks.\n", "utf-8")
    for title, name in (("Gyumri", "Aram Hakobyan"), ("Vanadzor", "Lusine Petrosyan")):
        ok(cli, "case", "add", "--title", title)
        code = "C-001" if title == "Gyumri" else "C-002"
        ok(cli, "person", "add", "--case", code, "--name", name, "--role", "witness")
        ok(cli, "statement", "add", "--case", code, "--witness", "W-001", "--text-file", str(text))
    return text


def test_adds_print_the_code_after_the_id_and_codes_work_everywhere(cli: Cli, day: Path) -> None:
    line = ok(cli, "person", "add", "--case", "C-001", "--name", "Gayane", "--role", "victim")
    person_id, code = line.strip().split("\t")
    assert len(person_id) == 32 and code == "V-001"
    shown = json.loads(ok(cli, "show", "V-001", "--case", "C-001", "--json"))
    assert shown["id"] == person_id
    assert json.loads(ok(cli, "show", person_id[:6], "--json"))["code"] == "V-001"
    assert json.loads(ok(cli, "show", "C-002/S-001", "--json"))["code"] == "S-001"
    assert json.loads(ok(cli, "show", "statement", "C-001/S-001", "--json"))["kind"]
    err = refused(cli, "show", "W-001")
    assert "C-001/W-001" in err and "C-002/W-001" in err
    err = refused(cli, "consent", "set", "--person", "S-001", "--case", "C-001", "--share", "legal")
    assert "--person" in err and "statement code" in err
    ok(cli, "link", "add", "--case", "C-001", "--from", "statement:S-001", "--to", "person:V-001")
    links = json.loads(ok(cli, "list", "links", "--case", "C-001", "--json"))
    assert links[0]["to"]["id"] == person_id


def test_corrections_and_statement_edit_keep_decisions(cli: Cli, day: Path, tmp_path: Path) -> None:
    ok(cli, "person", "edit", "W-001", "--case", "C-001", "--name", "Aram Hakobian",
       "--alias", "Aro", "--born", "1980")  # fmt: skip
    person = json.loads(ok(cli, "show", "C-001/W-001", "--json"))
    assert (person["name"], person["aliases"], person["code"]) == (
        "Aram Hakobian",
        ["Aro"],
        "W-001",
    )
    ok(cli, "statement", "edit", "C-001/S-001", "--place", "Gyumri", "--language", "en")
    statement = json.loads(ok(cli, "show", "C-001/S-001", "--json"))
    assert (statement["place"], statement["language"], statement["version"]) == ("Gyumri", "en", 1)

    start = day.read_text("utf-8").index("Unit")
    ok(cli, "redact", "span", "--statement", "C-001/S-001", "--start", str(start),
       "--end", str(start + 9), "--reason", "location")  # fmt: skip
    new = tmp_path / "v2.txt"
    new.write_text("Second sitting. " + day.read_text("utf-8"), "utf-8")
    result = cli("statement", "edit", "C-001/S-001", "--text-file", str(new))
    assert result.code == 0, result.err
    assert result.out.strip().split("\t")[1:] == ["S-001"]
    assert json.loads(ok(cli, "show", "C-001/S-001", "--json"))["version"] == 2
    assert result.err == ""  # every decision was kept: nothing to look at again


def test_retract_hides_from_lists_and_list_all_marks_it(cli: Cli, day: Path) -> None:
    err = refused(cli, "retract", "C-001/W-001", "--reason", "typo")
    assert "S-001" in err and "statement" in err
    out = ok(cli, "retract", "statement", "C-001/S-001", "--reason", "entered twice")
    assert out.strip().endswith("retracted\tstatement S-001")
    assert ok(cli, "list", "statements", "--case", "C-001") == ""
    marked = ok(cli, "list", "statements", "--case", "C-001", "--all")
    (row,) = table_rows(marked)
    assert row["CODE"] == "S-001" and row["NOTE"] == "retracted"
    assert json.loads(ok(cli, "list", "statements", "--all", "--case", "C-001", "--json"))[0][
        "retracted"
    ]
    retracted = summary_fields(ok(cli, "show", "C-001/S-001"))["Retracted"][0]
    assert retracted.endswith("entered twice (hidden from lists and exports; kept)")


def test_attach_again_relink_operator_and_audit_log(cli: Cli, day: Path, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (24, 16), "grey").save(photo, "JPEG")  # a real one: intake checks
    ok(cli, "attach", "--case", "C-001", str(photo))
    err = refused(cli, "attach", "--case", "C-001", str(photo))
    assert "A-001" in err and "--again" in err
    ok(cli, "attach", "--case", "C-001", "--again", str(photo))
    out = ok(cli, "attachment", "relink", "A-002", "--case", "C-001", "--statement", "S-001")
    assert out.strip().endswith("A-002\tstatement S-001")
    ok(cli, "operator", "set", "Field Team 3")
    log = ok(cli, "audit", "log", "--case", "C-001").splitlines()
    assert log[0].split() == ["TIME", "OPERATOR", "ACTION", "RECORD", "DETAILS"]
    rows = table_rows("\n".join(log))
    assert any(
        (r["OPERATOR"], r["ACTION"], r["RECORD"]) == ("Field Team 2", "intake", "attachment A-001")
        for r in rows
    )
    assert (rows[-1]["ACTION"], rows[-1]["RECORD"]) == ("edit", "attachment A-002")
    assert "changed=statement" in rows[-1]["DETAILS"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", r["TIME"]) for r in rows)
    assert not any("Vanadzor" in line or "C-002" in line for line in log)
    records = json.loads(ok(cli, "audit", "log", "--record", "C-001/W-001", "--json"))
    assert [(e["action"], e["code"]) for e in records] == [("person-create", "W-001")]
    assert ok(cli, "audit", "log", "--since", "2999-01-01") == ""  # "No custody events." on stderr
    assert "Cannot read" in refused(cli, "audit", "log", "--since", "yesterday")
