"""The record commands end to end through the real CLI (in-process), as an investigator
types them: every add prints an id, JSON round trips, bad input is one line and exit 1
with nothing written."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any, Protocol

import pytest

from tests.cli.readable import summary_fields, table_rows
from tests.conftest import FIXTURES, CliResult, open_vault
from vault.core import custody

SAMPLE = FIXTURES / "sample_case"
ID = r"^[0-9a-f]{32}\n$"


class Cli(Protocol):
    """The conftest ``cli`` fixture: runs one command in-process."""

    def __call__(self, *args: str, bare: bool = False) -> CliResult: ...


def new_id(result: CliResult) -> str:
    """The id an add command printed: one line on stdout (the id, then the code after a
    tab for records that have one), exit 0."""
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert len(lines) == 1, result.out
    record_id = lines[0].split("\t")[0]
    assert len(record_id) == 32, result.out
    return record_id


def as_json(result: CliResult) -> Any:
    assert result.code == 0, result
    return json.loads(result.out)


def assert_refused(result: CliResult, *words: str) -> None:
    """Exit 1, one line on stderr naming the cause, no traceback."""
    assert result.code == 1, result
    assert "Traceback" not in result.err + result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


@pytest.fixture
def case(cli: Cli) -> str:
    assert cli("init", "--operator", "Field Team 2").code == 0
    return new_id(cli("case", "add", "--title", "Detention of prisoners of war"))


@pytest.fixture
def statement_file(tmp_path: Path) -> Path:
    path = tmp_path / "statement_1.txt"
    shutil.copyfile(SAMPLE / "statements" / "statement_1.txt", path)
    return path


def custody_rows(vault_dir: Path) -> int:
    with open_vault(vault_dir) as vault:
        return custody.head(vault.conn)[0]


def test_persons_round_trip_with_codes_roles_and_aliases(cli: Cli, case: str) -> None:
    witness = new_id(
        cli(
            "person", "add", "--case", case, "--name", "Davit Sargsyan",
            "--alias", "Давит Саргсян", "--alias", "Դավիթ Սարգսյան",
            "--role", "witness", "--born", "around 1985",
        )
    )  # fmt: skip
    victim = new_id(cli("person", "add", "--case", case, "--name", "Hayk", "--role", "victim"))
    persons = as_json(cli("list", "persons", "--case", case, "--json"))
    assert [(p["id"], p["code"], p["roles"]) for p in persons] == [
        (witness, "W-001", ["witness"]),
        (victim, "V-001", ["victim"]),
    ]
    assert persons[0]["aliases"] == ["Давит Саргсян", "Դավիթ Սարգսյան"]
    assert persons[0]["born"]["text"] == "around 1985"
    shown = as_json(cli("show", "person", witness, "--json"))
    assert shown == persons[0] | {
        "consent": None,
        "consent_history": [],
        "statements": [],
        "links": [],
    }
    text = cli("list", "persons", "--case", case)
    rows = table_rows(text.out)
    assert [(r["CODE"], r["ID"], r["ROLES"]) for r in rows] == [
        ("W-001", witness[:8], "witness"),
        ("V-001", victim[:8], "victim"),
    ]
    assert rows[0]["BORN"] == "~1985" and rows[0]["ALIASES"] == "Давит Саргсян; Դավիթ Սարգսյան"
    assert witness not in text.out  # short ids on screen, full ids with --json


def test_consent_history_through_the_cli(cli: Cli, case: str) -> None:
    person = new_id(
        cli("person", "add", "--case", case, "--name", "Davit Sargsyan", "--role", "witness")
    )
    first = new_id(
        cli(
            "consent", "set", "--person", person, "--share", "legal,ngo,government",
            "--anonymity", "required", "--recontact", "yes", "--date", "2021-03-14",
        )
    )  # fmt: skip
    withdrawal = new_id(cli("consent", "set", "--person", person, "--withdraw"))
    shown = as_json(cli("show", "person", person, "--json"))
    assert shown["consent"]["id"] == withdrawal and shown["consent"]["withdrawn"] is True
    assert [c["id"] for c in shown["consent_history"]] == [first, withdrawal]
    assert shown["consent_history"][0]["share"] == ["legal", "ngo", "government"]
    assert shown["consent_history"][0]["recontact"] is True
    assert shown["consent_history"][0]["recorded_by"] == "Field Team 2"
    readable = cli("show", "person", person)
    assert "withdrawn" in readable.out and "legal, ngo, government" in readable.out


def test_statements_versions_and_show(
    cli: Cli, case: str, statement_file: Path, tmp_path: Path
) -> None:
    witness = new_id(
        cli("person", "add", "--case", case, "--name", "Davit Sargsyan", "--role", "witness")
    )
    interviewer = new_id(
        cli("person", "add", "--case", case, "--name", "Lena Morgan", "--role", "interviewer")
    )
    translation = tmp_path / "translation.txt"
    shutil.copyfile(SAMPLE / "statements" / "statement_2.txt", translation)
    statement = new_id(
        cli(
            "statement", "add", "--case", case, "--witness", witness,
            "--text-file", str(statement_file), "--translation-file", str(translation),
            "--translation-language", "ru", "--language", "en",
            "--interview-date", "2021-03-14", "--place", "Goris",
            "--interviewer", interviewer, "--kind", "formal",
            "--topic", "blunt-trauma", "--topic", "detention-conditions", "--tag", "batons",
        )
    )  # fmt: skip
    edited = tmp_path / "edited.txt"
    edited.write_text(statement_file.read_text(encoding="utf-8") + "Added later.\n", "utf-8")
    version = new_id(cli("statement", "edit", statement, "--text-file", str(edited)))
    shown = as_json(cli("show", "statement", statement, "--json"))
    assert shown["version_id"] == version and shown["version"] == 2
    assert shown["body"] == edited.read_text(encoding="utf-8")
    assert shown["translation"] == translation.read_text(encoding="utf-8")
    assert shown["witness_code"] == "W-001" and shown["interviewer_id"] == interviewer
    assert shown["topics"] == ["detention-conditions", "blunt-trauma"]
    assert shown["tags"] == ["batons"] and shown["kind"] == "formal"
    assert shown["interview_date"]["value"] == "2021-03-14"
    versions = shown["versions"]
    assert [v["number"] for v in versions] == [1, 2]
    assert versions[0]["body"] == statement_file.read_text(encoding="utf-8")
    assert versions[0]["sha256"] != versions[1]["sha256"]
    assert versions[1]["sha256"] == shown["sha256"]
    listed = as_json(cli("list", "statements", "--case", case, "--json"))
    assert [s["id"] for s in listed] == [statement] and listed[0]["sha256"] == shown["sha256"]
    readable = cli("show", "statement", statement)
    fields = summary_fields(readable.out)
    assert fields["Statement"] == ["S-001"] and fields["Witness"] == ["W-001"]
    assert fields["Interviewer"] == ["I-001"] and fields["Version"] == ["2 of 2"]
    assert fields["Interview date"] == ["2021-03-14"] and fields["Place"] == ["Goris"]
    assert [line.split()[0] for line in fields["Versions"]] == ["v1", "v2"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", fields["Created"][0])
    assert "Interpreter" not in fields  # nothing shown for a field left empty
    assert "--- text ---" in readable.out and "rubber batons" in readable.out
    assert "--- translation ---" in readable.out
    assert witness not in readable.out and interviewer not in readable.out  # codes, not ids


def test_incidents_facilities_links_and_attachments(
    cli: Cli, case: str, statement_file: Path
) -> None:
    witness = new_id(
        cli("person", "add", "--case", case, "--name", "Davit Sargsyan", "--role", "witness")
    )
    officer = new_id(
        cli("person", "add", "--case", case, "--name", "Teymur Nadirzade", "--role", "perpetrator")
    )
    facility = new_id(
        cli(
            "facility", "add", "--case", case, "--name", "Pre-trial Detention Center No. 3",
            "--alias", "СИЗО № 3", "--type", "detention-center",
        )
    )  # fmt: skip
    incident = new_id(
        cli(
            "incident", "add", "--case", case, "--type", "torture",
            "--date", "around November 2020", "--place", "Basement", "--facility", facility,
        )
    )  # fmt: skip
    statement = new_id(
        cli(
            "statement", "add", "--case", case, "--witness", witness,
            "--text-file", str(statement_file),
        )
    )  # fmt: skip
    link = new_id(
        cli("link", "add", "--from", f"incident:{incident}", "--to", f"person:{officer}",
            "--as", "perpetrator")
    )  # fmt: skip
    new_id(cli("link", "add", "--from", f"statement:{statement}", "--to", f"incident:{incident}"))
    attached = cli("attach", "--case", case, "--statement", statement, str(statement_file))
    assert attached.code == 0, attached
    assert as_json(cli("list", "facilities", "--json"))[0]["aliases"] == ["СИЗО № 3"]
    [shown_incident] = as_json(cli("list", "incidents", "--case", case, "--json"))
    assert shown_incident["date"]["text"] == "around November 2020"
    assert shown_incident["facility_id"] == facility
    assert as_json(cli("show", "link", link, "--json"))["role"] == "perpetrator"
    assert len(as_json(cli("list", "links", "--case", case, "--json"))) == 2
    shown = as_json(cli("show", "statement", statement, "--json"))
    assert len(shown["attachments"]) == 1 and len(shown["links"]) == 1
    [attachment] = as_json(cli("list", "attachments", "--case", case, "--json"))
    assert attachment["statement_id"] == statement
    shown_attachment = as_json(cli("show", "attachment", attachment["id"], "--json"))
    assert shown_attachment.pop("inside")["format"] == "unknown"  # a text file
    assert shown_attachment == attachment
    assert as_json(cli("show", "case", case, "--json"))["counts"] == {
        "persons": 2,
        "statements": 1,
        "attachments": 1,
        "incidents": 1,
        "facilities": 1,
        "links": 2,
    }


def test_search_through_the_cli(cli: Cli, case: str, statement_file: Path) -> None:
    witness = new_id(
        cli(
            "person", "add", "--case", case, "--name", "Davit Sargsyan",
            "--alias", "Давит Саргсян", "--alias", "Դավիթ Սարգսյան", "--role", "witness",
        )
    )  # fmt: skip
    statement = new_id(
        cli(
            "statement", "add", "--case", case, "--witness", witness,
            "--text-file", str(statement_file),
        )
    )  # fmt: skip
    for query in ("Саргсян", "Սարգսյան"):
        # The person exactly; the statement, which names them in Latin, as a mention.
        hits = as_json(cli("search", query, "--json"))
        assert [(h["type"], h["id"], h["match"]) for h in hits] == [
            ("person", witness, "exact"),
            ("statement", statement, "person"),
        ]
    hits = as_json(cli("search", "batons", "--json"))
    assert [(h["type"], h["id"]) for h in hits] == [("statement", statement)]
    assert "«batons»" in hits[0]["snippet"] and len(hits[0]["snippet"]) < 200
    assert as_json(cli("search", "nowhereword", "--json")) == []
    assert as_json(cli("search", "Sargsyan", "--case", case, "--json"))[0]["type"] == "person"
    for hostile in ('"', "AND OR (", "*"):
        assert_refused(cli("search", hostile, "--json"), "nothing to search")
    assert cli("search", 'batons" OR (', "--json").code == 0


def test_bad_input_is_one_line_exit_1_and_nothing_is_written(
    cli: Cli, case: str, vault_dir: Path, statement_file: Path, tmp_path: Path
) -> None:
    witness = new_id(
        cli("person", "add", "--case", case, "--name", "Davit Sargsyan", "--role", "witness")
    )
    other_case = new_id(cli("case", "add", "--title", "Other"))
    stranger = new_id(
        cli("person", "add", "--case", other_case, "--name", "Someone", "--role", "witness")
    )
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Déclaration du témoin".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n  \n")
    before = custody_rows(vault_dir)
    add = ("statement", "add", "--case", case, "--witness", witness)
    text = ("--text-file", str(statement_file))
    assert_refused(cli(*add, "--text-file", str(latin1)), str(latin1), "UTF-8")
    assert_refused(cli(*add, "--text-file", str(empty)), str(empty), "empty")
    assert_refused(cli(*add, "--text-file", str(tmp_path / "missing.txt")), "missing.txt")
    assert_refused(cli(*add, *text, "--translation-file", str(latin1)), str(latin1))
    assert_refused(cli(*add, *text, "--kind", "oath"), "kind")
    assert_refused(cli(*add, *text, "--topic", "waterboarding"), "topic")
    assert_refused(cli(*add, *text, "--interviewer", "nobody"), "interviewer")
    assert_refused(
        cli("statement", "add", "--case", case, "--witness", stranger, *text), "not a person"
    )
    assert_refused(
        cli("statement", "add", "--case", "nocase", "--witness", witness, *text), "nocase"
    )
    assert_refused(cli("statement", "edit", "nostatement", *text), "nostatement")
    person = ("person", "add", "--case", case, "--name", "X")
    assert_refused(cli(*person, "--role", "bystander"), "role")
    assert_refused(cli(*person, "--role", "victim", "--born", "1990-02-30"), "date")
    consent = ("consent", "set", "--person", witness)
    assert_refused(cli(*consent, "--share", "legal,press", "--anonymity", "required"), "press")
    assert_refused(cli(*consent, "--share", "legal", "--anonymity", "partly"), "anonymity")
    missing = cli(*consent, "--share", "legal")  # a usage mistake: exit 2
    assert missing.code == 2 and "--anonymity" in missing.err
    assert_refused(cli("consent", "set", "--person", "nobody", "--withdraw"), "nobody")
    assert_refused(cli("incident", "add", "--case", case, "--type", "t", "--facility", "no"))
    assert_refused(cli("link", "add", "--from", "person", "--to", "facility:x"), "TYPE:ID")
    assert_refused(
        cli("link", "add", "--from", f"person:{witness}", "--to", f"person:{stranger}"),
        "cannot be linked",
    )
    planet = cli("show", "planet", witness)  # a usage error: exit 2 with show's usage
    assert planet.code == 2 and "usage: evidence-vault show" in planet.err, planet
    assert "record type" in planet.err and "Traceback" not in planet.err
    assert_refused(cli("show", "person", "nobody"), "nobody")
    assert_refused(cli("list", "persons", "--case", "nocase"), "nocase")
    assert_refused(cli("attach", "--case", case, "--statement", "nostatement", *text[1:]))
    assert custody_rows(vault_dir) == before
    assert as_json(cli("list", "statements", "--json")) == []
    assert len(as_json(cli("list", "persons", "--json"))) == 2
    # usage errors stay exit 2
    assert cli("person", "add", "--case", case, "--name", "X").code == 2
    assert cli("consent", "set", "--person", witness).code == 2


def test_an_alias_equal_to_another_name_warns_on_stderr(cli: Cli, case: str) -> None:
    new_id(cli("person", "add", "--case", case, "--name", "Davit Sargsyan", "--role", "witness"))
    result = cli(
        "person", "add", "--case", case, "--name", "Hayk Grigoryan",
        "--alias", "Davit Sargsyan", "--role", "victim",
    )  # fmt: skip
    new_id(result)
    assert result.err.startswith("warning:") and "W-001" in result.err


def test_a_name_that_is_not_utf8_in_argv_is_refused(cli: Cli, case: str) -> None:
    # Python hands a Latin-1 byte of argv over as a lone surrogate (surrogateescape).
    result = cli("person", "add", "--case", case, "--role", "witness", "--name", "Dav\udce9t")
    assert_refused(result, "not valid UTF-8")
    assert as_json(cli("list", "persons", "--json")) == []
