"""Full-text search inside the encrypted database, in the scripts the cases use."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.core.attachments import intake_files
from vault.core.cases import add_case
from vault.core.errors import InputError
from vault.core.facilities import add_facility
from vault.core.incidents import add_incident
from vault.core.persons import add_person, delete_person
from vault.core.search import fts_query, search
from vault.core.statements import StatementDraft, add_statement, edit_statement
from vault.core.vault import Vault


@pytest.fixture
def stocked(vault: Vault, case_id: str) -> dict[str, str]:
    witness = add_person(
        vault,
        case_id,
        "Davit Sargsyan",
        "witness",
        ["Давит Саргсян", "Դավիթ Սարգսյան", "David Sargsian"],
    )
    victim = add_person(vault, case_id, "Hayk Grigoryan", "victim", ["Айк Григорян"])
    azeri = add_person(vault, case_id, "Teymur Nadirzadə", "perpetrator", ["Şəmsi Çələbi"])
    facility = add_facility(vault, case_id, "Pre-trial Detention Center No. 3", ["СИЗО № 3"])
    statement = add_statement(
        vault,
        case_id,
        StatementDraft(
            witness.id,
            "The officer ordered the guards to beat us every night with rubber batons.",
            translation="Офицер приказал охранникам избивать нас резиновыми дубинками.",
        ),
    )
    return {
        "witness": witness.id,
        "victim": victim.id,
        "azeri": azeri.id,
        "facility": facility.id,
        "statement": statement.id,
    }


def found(vault: Vault, query: str, case_id: str | None = None) -> list[tuple[str, str]]:
    return [(hit.record_type, hit.record_id) for hit in search(vault, query, case_id=case_id)]


def test_a_person_is_found_by_a_cyrillic_and_by_an_armenian_alias(
    vault: Vault, stocked: dict[str, str]
) -> None:
    assert found(vault, "Саргсян") == [("person", stocked["witness"])]
    assert found(vault, "саргсян") == [("person", stocked["witness"])]
    assert found(vault, "Սարգսյան") == [("person", stocked["witness"])]
    assert found(vault, "ՍԱՐԳՍՅԱՆ") == [("person", stocked["witness"])]  # case folded
    hits = search(vault, "Григорян")
    assert hits[0].field == "alias" and "«Григорян»" in hits[0].snippet


def test_a_statement_is_found_by_a_word_of_its_body_and_of_its_translation(
    vault: Vault, stocked: dict[str, str]
) -> None:
    [hit] = search(vault, "batons")
    assert (hit.record_type, hit.record_id) == ("statement", stocked["statement"])
    assert hit.field == "body"
    assert "«batons»" in hit.snippet
    [hit] = search(vault, "дубинками")
    assert hit.field == "translation"


def test_a_word_found_nowhere_gives_an_empty_list(vault: Vault, stocked: dict[str, str]) -> None:
    assert search(vault, "zyxwvut") == []
    assert search(vault, "Sargsyan batons zyxwvut") == []


def test_latin_diacritics_are_optional_and_azerbaijani_letters_match(
    vault: Vault, stocked: dict[str, str]
) -> None:
    assert found(vault, "səmsi") == [("person", stocked["azeri"])]  # Ş -> s
    assert found(vault, "nadirzadə") == [("person", stocked["azeri"])]
    assert found(vault, "ÇƏLƏBİ") == [("person", stocked["azeri"])]


def test_facilities_incidents_and_attachment_names_are_searchable(
    vault: Vault, case_id: str, stocked: dict[str, str], tmp_path: Path
) -> None:
    assert found(vault, "СИЗО") == [("facility", stocked["facility"])]
    incident = add_incident(vault, case_id, "electric shocks", place="Goris")
    assert found(vault, "goris") == [("incident", incident.id)]
    scan = tmp_path / "medical_report_Hovhannisyan.pdf"
    scan.write_bytes(b"%PDF-1.4 placeholder")
    [attachment] = intake_files(vault, case_id, [scan])
    assert found(vault, "Hovhannisyan") == [("attachment", attachment.id)]


def test_an_edit_replaces_the_indexed_text(vault: Vault, stocked: dict[str, str]) -> None:
    edit_statement(vault, stocked["statement"], body="They used electric cables instead.")
    assert search(vault, "batons") == []
    assert found(vault, "cables") == [("statement", stocked["statement"])]
    assert found(vault, "дубинками") == [("statement", stocked["statement"])]  # kept


def test_a_deleted_person_is_no_longer_found(vault: Vault, stocked: dict[str, str]) -> None:
    delete_person(vault, stocked["victim"])
    assert search(vault, "Grigoryan") == []
    assert search(vault, "Григорян") == []


def test_one_hit_per_record_and_names_rank_before_long_texts(
    vault: Vault, case_id: str, stocked: dict[str, str]
) -> None:
    add_statement(
        vault,
        case_id,
        StatementDraft(stocked["witness"], "Much later Davit Sargsyan saw him again " * 20),
    )
    hits = search(vault, "Sargsyan")
    assert (hits[0].record_type, hits[0].record_id) == ("person", stocked["witness"])
    assert len({(h.record_type, h.record_id) for h in hits}) == len(hits) == 2


def test_search_within_one_case(vault: Vault, stocked: dict[str, str], case_id: str) -> None:
    other = add_case(vault, "Another investigation").id
    namesake = add_person(vault, other, "Davit Sargsyan", "victim")
    assert len(search(vault, "Sargsyan")) == 2
    assert found(vault, "Sargsyan", case_id=other) == [("person", namesake.id)]


def test_phrases_prefixes_and_or(vault: Vault, stocked: dict[str, str]) -> None:
    assert found(vault, '"rubber batons"') == [("statement", stocked["statement"])]
    assert found(vault, '"batons rubber"') == []
    assert found(vault, "Sargs*") == [("person", stocked["witness"])]
    assert sorted(found(vault, "Grigoryan OR Sargsian")) == sorted(
        [("person", stocked["victim"]), ("person", stocked["witness"])]
    )


@pytest.mark.parametrize("query", ['"', "AND OR (", "*", "   ", "-- ; ''", "^", "« »"])
def test_queries_without_words_are_refused_with_a_message(
    vault: Vault, stocked: dict[str, str], query: str
) -> None:
    with pytest.raises(InputError, match="Nothing to search for"):
        search(vault, query)


@pytest.mark.parametrize(
    "query",
    [
        'batons"',
        "batons)",
        "(batons",
        "batons AND",
        "NOT batons",
        "batons:",
        "text:batons",
        "batons^",
        "{batons}",
        "bat*ons",
        '"rubber batons',
        "NEAR(batons rubber)",
    ],
)
def test_fts5_syntax_in_a_query_is_taken_as_text(
    vault: Vault, stocked: dict[str, str], query: str
) -> None:
    hits = search(vault, query)  # never an FTS5 syntax error
    assert all(h.record_type in ("statement", "person", "facility") for h in hits)


def test_the_fts_query_quotes_every_term() -> None:
    assert fts_query('batons "rubber batons" Sarg* OR x') == (
        '"batons" "rubber batons" "Sarg"* OR "x"'
    )
    assert fts_query('a"b') == '"a" "b"'


def test_too_many_matching_statements_come_newest_first_after_names(
    vault: Vault, case_id: str, stocked: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.core import search as search_module

    later = [
        add_statement(vault, case_id, StatementDraft(stocked["witness"], f"Sargsyan, day {i}.")).id
        for i in range(4)
    ]
    ranked = search(vault, "Sargsyan")
    assert all(hit.score is not None for hit in ranked)
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    hits = search(vault, "Sargsyan")
    assert (hits[0].record_type, hits[0].record_id) == ("person", stocked["witness"])
    assert [h.record_id for h in hits[1:]] == list(reversed(later))
    assert all(h.score is None and "«Sargsyan»" in h.snippet for h in hits[1:])
    assert search_module.count_text_matches(vault, "Sargsyan") == 4


def test_both_indexes_pass_fts5_integrity_check_after_edits_and_deletions(
    vault: Vault, case_id: str, stocked: dict[str, str]
) -> None:
    for i in range(3):
        edit_statement(vault, stocked["statement"], body=f"Version {i + 2} of the account.")
    edit_statement(vault, stocked["statement"], translation="Новый перевод.")
    delete_person(vault, stocked["victim"])
    vault.conn.execute("INSERT INTO search_names (search_names) VALUES ('integrity-check')")
    # rank = 1 also compares the index with the text it reads (current versions only)
    vault.conn.execute(
        "INSERT INTO search_texts (search_texts, rank) VALUES ('integrity-check', 1)"
    )
    assert found(vault, "перевод") == [("statement", stocked["statement"])]
    assert search(vault, "Version 3") == []
