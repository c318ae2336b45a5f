"""What a person reads on the terminal: listings as tables under a header row, codes
first and 8-character ids (full ids only with --json), one style for times and dates,
``show`` as labelled lines with codes for linked records and nothing for empty fields,
add commands printing the code beside the id, and help on every option."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from tests.cli.readable import summary_fields, table_rows
from tests.cli.test_cli_vault import Cli, initialized
from tests.conftest import FIXTURES
from vault.cli.main import build_parser

__all__ = ["initialized"]  # the fixture, imported for this module's tests

HUMAN_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
RAW_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
FULL_ID = re.compile(r"\b[0-9a-f]{32}\b")


def _day(cli: Cli, tmp_path: Path) -> dict[str, str]:
    """A case with a witness, an interviewer, a statement, a photo, a facility, an
    incident at it and a link; returns the full ids by name."""
    ids: dict[str, str] = {}

    def add(name: str, *args: str) -> str:
        result = cli(*args)
        assert result.code == 0, result.err
        ids[name] = result.out.split("\t")[0].strip()
        return result.out

    add("case", "case", "add", "--title", "Readable day", "--region", "AM")
    add("witness", "person", "add", "--case", "C-001", "--name", "Davit Sargsyan",
        "--role", "witness", "--alias", "Давит Саргсян", "--born", "~1985")  # fmt: skip
    add("interviewer", "person", "add", "--case", "C-001", "--name", "Lena Morgan",
        "--role", "interviewer")  # fmt: skip
    consent = add("consent", "consent", "set", "--case", "C-001", "--person", "W-001",
                  "--share", "legal,ngo", "--anonymity", "required")  # fmt: skip
    ids["consent_line"] = consent
    text = tmp_path / "statement.txt"
    text.write_text("Davit Sargsyan was held at Base 4 with rubber batons.\n", "utf-8")
    add("statement", "statement", "add", "--case", "C-001", "--witness", "W-001",
        "--interviewer", "I-001", "--text-file", str(text), "--interview-date", "2021-03",
        "--language", "en")  # fmt: skip
    photo = tmp_path / "photo.jpg"
    photo.write_bytes((FIXTURES / "sample_case" / "media" / "photo_gps.jpg").read_bytes())
    ids["attach_line"] = add("photo", "attach", "--case", "C-001", "--statement", "S-001",
                             str(photo))  # fmt: skip
    add("facility", "facility", "add", "--case", "C-001", "--name", "Base 4")
    add("incident", "incident", "add", "--case", "C-001", "--type", "beating",
        "--date", "~2020-11", "--facility", ids["facility"])  # fmt: skip
    add("link", "link", "add", "--case", "C-001", "--from", "statement:S-001",
        "--to", f"incident:{ids['incident'][:8]}", "--as", "mentions")  # fmt: skip
    return ids


def test_listings_are_tables_with_codes_first_short_ids_and_full_ids_only_in_json(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    ids = _day(cli, tmp_path)
    expected = {
        "cases": (["CODE", "ID", "CREATED", "REGIONS", "TITLE"], ("C-001", ids["case"])),
        "persons": (["CODE", "ID", "ROLES", "BORN", "NAME", "ALIASES"], ("W-001", ids["witness"])),
        "statements": (
            ["CODE", "ID", "WITNESS", "DATE", "LANG", "KIND", "VERSION", "SHA256"],
            ("S-001", ids["statement"]),
        ),
        "attachments": (
            ["CODE", "ID", "STATEMENT", "SIZE", "SHA256", "NAME"],
            ("A-001", ids["photo"]),
        ),
        "incidents": (["ID", "DATE", "TYPE", "FACILITY", "PLACE"], (None, ids["incident"])),
        "facilities": (["ID", "TYPE", "NAME", "ALIASES"], (None, ids["facility"])),
        "links": (["ID", "FROM", "ROLE", "TO"], (None, ids["link"])),
    }
    for kind, (headers, (code, full)) in expected.items():
        text = cli("list", kind, "--case", "C-001") if kind != "cases" else cli("list", kind)
        assert text.code == 0, text.err
        header, *lines = text.out.splitlines()
        assert header.split("  ")[0] == headers[0] and list(table_rows(text.out)[0]) == headers
        first = table_rows(text.out)[0]
        assert first["ID"] == full[:8], (kind, text.out)
        if code is not None:
            assert lines[0].startswith(f"{code}  {full[:8]}  "), (kind, lines[0])
        assert not FULL_ID.search(text.out), (kind, text.out)  # short ids only on screen
        listed = json.loads(cli("list", kind, "--case", "C-001", "--json").out
                            if kind != "cases" else cli("list", kind, "--json").out)  # fmt: skip
        assert listed[0]["id"] == full and RAW_TIME.match(listed[0]["created_utc"])
    rows = {k: table_rows(cli("list", k, "--case", "C-001").out)[0]
            for k in ("statements", "attachments", "incidents", "links", "persons")}  # fmt: skip
    assert rows["statements"]["WITNESS"] == "W-001" and rows["statements"]["DATE"] == "2021-03"
    assert rows["attachments"]["STATEMENT"] == "S-001"
    assert rows["incidents"]["DATE"] == "~2020-11"
    assert rows["incidents"]["FACILITY"] == ids["facility"][:8]
    assert (rows["links"]["FROM"], rows["links"]["TO"]) == (
        "statement S-001",
        f"incident {ids['incident'][:8]}",
    )
    assert rows["persons"]["BORN"] == "~1985"
    assert HUMAN_TIME.fullmatch(table_rows(cli("list", "cases").out)[0]["CREATED"])
    # A short id a listing shows is taken back by every command.
    assert cli("show", ids["incident"][:8]).code == 0


def test_an_empty_listing_prints_nothing_on_stdout_and_says_so_on_stderr(
    cli: Cli, initialized: str
) -> None:
    empty = cli("list", "cases")
    assert empty.code == 0 and empty.out == "" and "No cases yet." in empty.err


def test_show_is_a_labelled_summary_with_codes_and_one_time_style(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    ids = _day(cli, tmp_path)
    for ref, kind in [("C-001", "Case"), ("W-001", "Person"), ("S-001", "Statement"),
                      ("A-001", "Attachment"), (ids["incident"][:8], "Incident"),
                      (ids["facility"][:8], "Facility"), (ids["link"][:8], "Link")]:  # fmt: skip
        shown = cli("show", ref, "--case", "C-001")
        assert shown.code == 0, shown.err
        fields = summary_fields(shown.out)
        assert kind in fields and HUMAN_TIME.fullmatch(fields["Created"][0]), shown.out
        assert not RAW_TIME.search(shown.out), shown.out  # no 2026-12-02T17:50:25.699115Z
        assert not re.search(r"^\w+:\s*$", shown.out, re.M), shown.out  # no "notes: "
        assert not re.search(r"^[a-z_]+: ", shown.out, re.M), shown.out  # no raw JSON keys
        # Its own id in full, once; linked records by code or short id, never a full id.
        assert FULL_ID.findall(shown.out.split("\n---")[0]) == [fields["Id"][0]], shown.out
    statement = summary_fields(cli("show", "S-001").out)
    assert statement["Witness"] == ["W-001"] and statement["Interviewer"] == ["I-001"]
    assert statement["Interview date"] == ["2021-03"] and statement["Attachments"] == ["A-001"]
    assert statement["Links"] == [f"statement S-001 mentions incident {ids['incident'][:8]}"]
    person = summary_fields(cli("show", "W-001").out)
    assert person["Born"] == ["~1985"] and person["Statements"] == ["S-001"]
    assert person["Consent"][0].startswith("#1 share legal, ngo; anonymity required")
    assert "Notes" not in person and "Consent history" not in person  # nothing to show
    incident = summary_fields(cli("show", ids["incident"]).out)
    assert incident["Date"] == ["~2020-11"]
    assert incident["Facility"] == [f"facility {ids['facility'][:8]}"]
    case = summary_fields(cli("show", "C-001").out)
    assert case["Holds"] == ["2 persons, 1 statement, 1 attachment, 1 incident, 1 facility, 1 link"]
    as_json = json.loads(cli("show", "S-001", "--json").out)
    assert as_json["witness_id"] == ids["witness"] and as_json["created_utc"].endswith("Z")


def test_attach_and_consent_print_the_code_beside_the_id(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    ids = _day(cli, tmp_path)
    attached = ids["attach_line"].rstrip("\n").split("\t")
    assert attached[:2] == [ids["photo"], "A-001"] and attached[3] == "photo.jpg"
    assert len(attached[2]) == 64
    assert ids["consent_line"] == f"{ids['consent']}\tW-001\tconsent 1\n"
    again = cli("consent", "set", "--case", "C-001", "--person", "W-001", "--withdraw")
    assert again.out.split("\t")[1:] == ["W-001", "consent 2\n"]


def test_audit_log_signers_and_redactions_use_the_one_time_style_and_short_ids(
    cli: Cli, initialized: str, tmp_path: Path
) -> None:
    ids = _day(cli, tmp_path)
    log = table_rows(cli("audit", "log", "--case", "C-001").out)
    assert log and all(HUMAN_TIME.fullmatch(row["TIME"]) for row in log)
    assert ("person-create", "person W-001") in [(r["ACTION"], r["RECORD"]) for r in log]
    suggested = cli("redact", "suggest", "--statement", "S-001")
    rows = table_rows(suggested.out)
    assert rows and all(len(r["ID"]) == 8 and r["TARGET"] == "S-001" for r in rows)
    assert not FULL_ID.search(suggested.out)
    # The short id a listing shows decides the proposal.
    accepted = cli("redact", "accept", rows[0]["ID"])
    assert accepted.code == 0, accepted.err
    assert table_rows(accepted.out)[0]["STATUS"] == "accepted"
    assert cli("redact", "box", "--attachment", "A-001", "--box", "1,1,5,5",
               "--reason", "identity").code == 0  # fmt: skip
    assert cli("redact", "review", "--attachment", "A-001", "--profile", "ngo").code == 0
    listed = cli("redact", "list", "--attachment", "A-001").out
    boxes, marks, states = (table_rows(part) for part in listed.split("\n\n"))
    assert boxes[0]["WHERE"] == "page 1 box 1,1,5,5" and boxes[0]["TARGET"] == "A-001"
    assert HUMAN_TIME.fullmatch(marks[0]["REVIEWED"]) and marks[0]["ATTACHMENT"] == "A-001"
    assert states[0]["REVIEW STATE"] == "reviewed"
    assert ids["photo"] not in listed


def _options() -> list[tuple[str, argparse.Action]]:
    found = []

    def walk(parser: argparse.ArgumentParser, name: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child_name, child in action.choices.items():
                    walk(child, f"{name} {child_name}".strip())
            elif action.help != argparse.SUPPRESS and not isinstance(
                action, argparse._HelpAction | argparse._VersionAction
            ):
                found.append((name, action))

    walk(build_parser(), "")
    return found


def test_every_option_has_help_saying_its_default_and_outputs_are_named_out() -> None:
    options = _options()
    assert len(options) > 150
    for command, action in options:
        where = f"{command} {'/'.join(action.option_strings) or action.dest}"
        assert action.help and len(action.help) > 4, where
        if action.default not in (None, False) and action.option_strings:
            assert "default" in action.help, where
        if action.option_strings and action.nargs != 0:
            assert action.metavar, where  # the format is shown: ID, DATE, X,Y,W,H ...
        for option in action.option_strings:
            assert option not in ("--output", "--dest", "--witness-id", "--person-id"), where
            if action.dest in ("out", "to"):
                assert action.option_strings[0] == "--out", where
    person_options = {o for _, a in options for o in a.option_strings if "person" in a.dest}
    assert person_options == {"--person"}
