"""`search` and `search --person` find a person where redaction would: any script, any
grammatical form, the spans redaction proposes."""

from __future__ import annotations

import json

import pytest

from tests.cli.readable import table_rows
from tests.conftest import CliResult
from vault.core.normalize import fold
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement, get_statement
from vault.core.vault import Vault
from vault.redact import ProtectedName, detect
from vault.redact.mentions import person_mentions, resolve_person, search_with_mentions


@pytest.fixture
def people(vault: Vault, case_id: str) -> dict[str, str]:
    # Registered in Latin and Armenian only: the Russian statement is the hard part.
    davit = add_person(vault, case_id, "Davit Sargsyan", "witness", ["Դավիթ Սարգսյան"])
    rashad = add_person(vault, case_id, "Rəşad Məmmədov", "victim")
    other = add_person(vault, case_id, "Anna Petrosyan", "witness")

    def statement(body: str) -> str:
        return add_statement(vault, case_id, StatementDraft(other.id, body)).id

    return {
        "davit": davit.id,
        "rashad": rashad.id,
        "russian": statement("Я видел Давита Саргсяна в камере номер три."),
        "armenian": statement("Սարգսյանին տարան գիշերը։"),
        "azeri": statement("Mammadovun evinə gəldilər, Rashadı apardılar."),
        "unrelated": statement("Нас били каждую ночь резиновыми дубинками."),
    }


def ids(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.record_id for h in hits}


def test_a_name_search_finds_the_inflected_forms_redaction_finds(
    vault: Vault, people: dict[str, str]
) -> None:
    for query in ("Саргсян", "Sargsian", "Սարգսյան", "SARGSYAN"):
        hits = search_with_mentions(vault, query)
        assert {people["russian"], people["armenian"]} <= ids(hits), query
        assert people["unrelated"] not in ids(hits)
    russian = next(
        h for h in search_with_mentions(vault, "Саргсян") if h.record_id == people["russian"]
    )
    assert russian.match == "person" and "«Давита Саргсяна»" in russian.snippet
    assert people["azeri"] in ids(search_with_mentions(vault, "Mammadov"))


def test_person_search_gives_exactly_the_spans_redaction_proposes(
    vault: Vault, people: dict[str, str]
) -> None:
    person = resolve_person(vault, "W-001")
    hits = person_mentions(vault, person)
    assert ids(hits) == {people["russian"], people["armenian"]}
    protected = [ProtectedName(person.id, person.code, person.names)]
    for hit in hits:
        body = get_statement(vault, hit.record_id).current.body
        proposed = [body[h.start : h.end] for h in detect(body, protected) if h.person_ref]
        marked = [part.split("»")[0] for part in hit.snippet.split("«")[1:]]
        assert marked == proposed
    azeri = person_mentions(vault, resolve_person(vault, people["rashad"]))
    assert ids(azeri) == {people["azeri"]}
    assert fold("Mammadovun", for_names=True).text in azeri[0].snippet.lower()


def test_a_code_used_in_two_cases_needs_the_case(vault: Vault, people: dict[str, str]) -> None:
    from vault.core.cases import add_case
    from vault.core.errors import InputError, UnknownId

    other = add_case(vault, "Second case").id
    add_person(vault, other, "Somebody Else", "witness")
    with pytest.raises(InputError, match="say which case"):
        resolve_person(vault, "W-001")
    assert resolve_person(vault, "w-001", other).name == "Somebody Else"
    with pytest.raises(UnknownId):
        resolve_person(vault, "W-099")


def test_the_cli_searches_by_person_and_shows_the_case(cli, case_id: str, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    davit = add_person(vault, case_id, "Davit Sargsyan", "witness", ["Դավիթ Սարգսյան"])
    statement = add_statement(
        vault, case_id, StatementDraft(davit.id, "Потом Давиту Саргсяну сломали руку.")
    )
    vault.close()
    result: CliResult = cli("search", "--person", "W-001", "--json")
    assert result.code == 0, result.err
    [hit] = json.loads(result.out)
    assert (hit["id"], hit["case_id"], hit["match"]) == (statement.id, case_id, "person")
    text = cli("search", "Sargsian")
    assert text.code == 0 and statement.id not in text.out  # a code on screen, not the id
    rows = [(r["TYPE"], r["RECORD"], r["CASE"], r["MATCH"]) for r in table_rows(text.out)]
    assert ("statement", "S-001", "C-001", "person") in rows
    assert cli("search").code == 2
    assert cli("search", "x", "--person", "W-001").code == 2
    assert cli("search", "--person", "W-404").code == 1
    assert "prefix" in cli("search", "--help").out.lower() or "Sarg*" in cli("search", "--help").out
