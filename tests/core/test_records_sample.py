"""The sample case loaded into a real vault, then a long session on top of it: the
records are what case.json says, search finds them, and the custody chain verifies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Protocol

import pytest

from tests.conftest import FIXTURES, CliResult, open_vault
from vault.core import custody
from vault.core.check import check_vault
from vault.core.consent import current_consent
from vault.core.errors import InputError
from vault.core.links import list_links
from vault.core.persons import list_persons
from vault.core.sample import guess_language, load_sample_case
from vault.core.search import search
from vault.core.statements import get_statement
from vault.core.vault import Vault

SAMPLE = FIXTURES / "sample_case"


class Cli(Protocol):
    """The conftest ``cli`` fixture: runs one command in-process."""

    def __call__(self, *args: str, bare: bool = False) -> CliResult: ...


def test_the_sample_case_loads_as_case_json_describes_it(vault: Vault) -> None:
    spec = json.loads((SAMPLE / "case.json").read_text(encoding="utf-8"))
    sample = load_sample_case(vault, SAMPLE)
    persons = {p.name: p for p in list_persons(vault, sample.case_id)}
    assert {name: p.code for name, p in persons.items()} == {
        "Davit Sargsyan": "W-001",
        "Lena Morgan": "I-001",
        "Hayk Grigoryan": "V-001",
        "Teymur Nadirzade": "P-001",
    }
    assert persons["Davit Sargsyan"].aliases == tuple(spec["witness"]["aliases"])
    consent = current_consent(vault, persons["Davit Sargsyan"].id)
    assert consent is not None and consent.share == ("legal", "ngo", "government")
    assert consent.anonymity == "required"
    assert current_consent(vault, persons["Teymur Nadirzade"].id) is None
    assert set(sample.facilities) == set(spec["facilities"])
    statements = [get_statement(vault, sid) for sid in sample.statements.values()]
    assert [s.language for s in statements] == ["en", "ru"]
    assert all(s.witness_code == "W-001" and s.interviewer_id for s in statements)
    mentioned = {(link.from_id, link.to_id) for link in list_links(vault, sample.case_id)}
    first, second = sample.statements["statement_1.txt"], sample.statements["statement_2.txt"]
    assert (first, persons["Hayk Grigoryan"].id) in mentioned
    assert (first, persons["Teymur Nadirzade"].id) in mentioned
    assert (second, persons["Hayk Grigoryan"].id) in mentioned  # through a Cyrillic alias
    assert (first, sample.facilities["Pre-trial Detention Center No. 3"]) in mentioned
    assert set(sample.attachments) == {p.name for p in (SAMPLE / "media").iterdir()}
    assert [h.record_id for h in search(vault, "Надирзаде")][:1] == [persons["Teymur Nadirzade"].id]
    # The statement, and the scanned PDF whose text layer says the same.
    assert {h.record_id for h in search(vault, "batons")} == {
        first,
        sample.attachments["statement_scan.pdf"],
    }
    report = check_vault(vault)
    assert report.ok, report.problems


def test_a_folder_that_is_not_a_sample_case_is_refused(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"case\.json"):
        load_sample_case(vault, tmp_path)
    (tmp_path / "case.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        load_sample_case(vault, tmp_path)


def test_language_guess_by_script() -> None:
    assert guess_language("Ես տեսա նրան") == "hy"
    assert guess_language("Я видел его") == "ru"
    assert guess_language("I saw him") == "en"


def run_ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, result
    return result.out.strip()


def test_the_custody_chain_verifies_after_a_long_scripted_session(
    cli: Cli, vault_dir: Path, tmp_path: Path
) -> None:
    run_ok(cli, "init", "--operator", "Field Team 2")
    with open_vault(vault_dir) as vault:
        sample = load_sample_case(vault, SAMPLE, with_media=False)
    case = sample.case_id
    witness = sample.witness_id
    ids: dict[str, Any] = {"persons": [], "statements": []}
    for i in range(10):
        role = ("victim", "witness", "perpetrator")[i % 3]
        ids["persons"].append(
            run_ok(
                cli, "person", "add", "--case", case, "--name", f"Person {i}",
                "--alias", f"Персона {i}", "--alias", f"Անձ {i}", "--role", role,
            )
        )  # fmt: skip
        run_ok(cli, "consent", "set", "--person", ids["persons"][-1], "--share", "legal",
               "--anonymity", "required")  # fmt: skip
    text = tmp_path / "text.txt"
    for i in range(10):
        text.write_text(f"Account number {i}: we were held for {i + 2} weeks.\n", "utf-8")
        statement = run_ok(
            cli, "statement", "add", "--case", case, "--witness", ids["persons"][i],
            "--text-file", str(text), "--topic", "detention-conditions",
        )  # fmt: skip
        ids["statements"].append(statement)
        text.write_text(f"Account number {i}, corrected: {i + 3} weeks.\n", "utf-8")
        run_ok(cli, "statement", "edit", statement, "--text-file", str(text))
        run_ok(cli, "link", "add", "--from", f"statement:{statement}", "--to",
               f"person:{witness}")  # fmt: skip
    facility = run_ok(cli, "facility", "add", "--case", case, "--name", "Unit 2041")
    incident = run_ok(
        cli, "incident", "add", "--case", case, "--type", "torture", "--facility", facility
    )
    run_ok(cli, "link", "add", "--from", f"incident:{incident}", "--to",
           f"person:{ids['persons'][0]}", "--as", "victim")  # fmt: skip
    run_ok(cli, "consent", "set", "--person", witness, "--withdraw")
    shutil.copyfile(SAMPLE / "media" / "diagram.png", tmp_path / "diagram.png")
    run_ok(cli, "attach", "--case", case, "--statement", ids["statements"][0],
           str(tmp_path / "diagram.png"))  # fmt: skip
    verified = run_ok(cli, "audit", "verify")
    assert verified.startswith("Custody log verified")
    with open_vault(vault_dir) as vault:
        chain = custody.verify_chain(vault.conn, vault.keys.custody_mac)
        actions = [e.action for e in custody.events(vault.conn)]
    assert chain.ok and chain.rows == len(actions) >= 80
    assert actions.count("edit") == 10 and actions.count("statement-create") == 12
    assert "consent-record" in actions and "link-create" in actions and "role-add" in actions
    assert run_ok(cli, "check").startswith("Vault OK")
