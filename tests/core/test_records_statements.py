"""Statements: every field round trips, versions keep their own hashes, bad input
leaves nothing behind."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from vault.core import custody
from vault.core.attachments import intake_files
from vault.core.cases import add_case
from vault.core.errors import InputError, UnknownId
from vault.core.persons import add_person, get_person
from vault.core.statement_pages import count_statements, statement_page
from vault.core.statements import (
    StatementDraft,
    add_statement,
    add_statements,
    edit_statement,
    get_statement,
    list_statements,
    statement_versions,
)
from vault.core.vault import Vault

BODY = "Statement of Davit Sargsyan.\nI was captured on 9 November 2020.\n"
TRANSLATION = "Показания Давита Саргсяна.\nМеня захватили 9 ноября 2020 года.\n"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def people(vault: Vault, case_id: str) -> dict[str, str]:
    return {
        "witness": add_person(vault, case_id, "Davit Sargsyan", "witness").id,
        "interviewer": add_person(vault, case_id, "Lena Morgan", "interviewer").id,
        "interpreter": add_person(vault, case_id, "Ani Hakobyan", "interpreter").id,
    }


def test_every_field_round_trips(vault: Vault, case_id: str, people: dict[str, str]) -> None:
    draft = StatementDraft(
        witness_id=people["witness"],
        body=BODY,
        translation=TRANSLATION,
        translation_language="RU",
        language="hy_am",
        interview_date="14 March 2021",
        place="Goris",
        interviewer_id=people["interviewer"],
        interpreter_id=people["interpreter"],
        kind="sworn",
        topics=("sensory-deprivation", "blunt-trauma", "blunt-trauma"),
        tags=("night beatings", "batons"),
    )
    statement = add_statement(vault, case_id, draft)
    again = get_statement(vault, statement.id)
    assert again == statement
    assert again.body == BODY  # kept exactly, line breaks included
    assert again.translation == TRANSLATION
    assert again.current.sha256 == sha(BODY)
    assert again.current.translation_sha256 == sha(TRANSLATION)
    assert again.witness_code == "W-001"
    assert (again.language, again.translation_language) == ("hy-AM", "ru")
    assert again.interview_date is not None and again.interview_date.value == "2021-03-14"
    assert again.place == "Goris" and again.kind == "sworn"
    assert again.topics == ("blunt-trauma", "sensory-deprivation")
    assert again.tags == ("batons", "night beatings")
    as_json = again.as_json()
    assert as_json["version"] == 1 and as_json["body"] == BODY
    assert as_json["interview_date"]["precision"] == "day"
    assert list_statements(vault, case_id) == [again]
    created = [e for e in custody.events(vault.conn, statement.id)]
    assert [e.action for e in created] == ["statement-create"]
    assert created[0].details["sha256"] == sha(BODY)
    assert created[0].details["witness"] == "W-001"


def test_edits_make_versions_with_distinct_hashes_and_keep_the_old_ones(
    vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    statement = add_statement(vault, case_id, StatementDraft(people["witness"], BODY))
    second = edit_statement(vault, statement.id, body=BODY + "They took my passport.\n")
    third = edit_statement(vault, statement.id, translation=TRANSLATION, translation_language="ru")
    versions = statement_versions(vault, statement.id)
    assert [v.number for v in versions] == [1, 2, 3]
    assert versions[0].body == BODY and versions[0].sha256 == sha(BODY)
    assert versions[1] == second and versions[2] == third
    assert len({v.sha256 for v in versions[:2]}) == 2
    assert third.body == second.body and third.translation == TRANSLATION
    current = get_statement(vault, statement.id)
    assert current.current == third and current.translation_language == "ru"
    edits = [e for e in custody.events(vault.conn, statement.id) if e.action == "edit"]
    assert [e.details["version_id"] for e in edits] == [second.id, third.id]
    assert edits[0].details["previous_sha256"] == sha(BODY)
    with pytest.raises(Exception, match="never change"):
        vault.conn.execute("UPDATE statement_versions SET body = 'rewritten'")


def test_an_identical_edit_is_refused(vault: Vault, case_id: str, people: dict[str, str]) -> None:
    statement = add_statement(vault, case_id, StatementDraft(people["witness"], BODY))
    with pytest.raises(InputError, match="identical"):
        edit_statement(vault, statement.id, body=BODY)
    with pytest.raises(UnknownId):
        edit_statement(vault, "no-such-statement", body=BODY)


def test_taking_part_in_a_statement_adds_the_role_but_keeps_the_code(
    vault: Vault, case_id: str
) -> None:
    victim = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    helper = add_person(vault, case_id, "Ani Hakobyan", "other")
    add_statement(vault, case_id, StatementDraft(victim.id, BODY, interpreter_id=helper.id))
    assert get_person(vault, victim.id).roles == ("victim", "witness")
    assert get_person(vault, victim.id).code == "V-001"
    assert get_person(vault, helper.id).roles == ("other", "interpreter")


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ({"kind": "oath"}, InputError, "kind"),
        ({"topics": ("waterboarding",)}, InputError, "topic"),
        ({"language": "Armenian"}, InputError, "language"),
        ({"body": "  \n "}, InputError, "empty"),
        ({"interview_date": "next week"}, InputError, "interview date"),
        ({"witness_id": "nobody"}, UnknownId, "witness"),
        ({"interviewer_id": "nobody"}, UnknownId, "interviewer"),
    ],
)
def test_bad_statements_are_refused_and_nothing_is_written(
    vault: Vault,
    case_id: str,
    people: dict[str, str],
    change: dict[str, object],
    error: type[Exception],
    words: str,
) -> None:
    fields: dict[str, object] = {"witness_id": people["witness"], "body": BODY} | change
    before = custody.head(vault.conn)
    with pytest.raises(error, match=words):
        add_statement(vault, case_id, StatementDraft(**fields))  # type: ignore[arg-type]
    assert count_statements(vault) == 0
    assert custody.head(vault.conn) == before


def test_a_witness_of_another_case_is_refused(vault: Vault, people: dict[str, str]) -> None:
    other_case = add_case(vault, "Another investigation")
    with pytest.raises(InputError, match=f"not a person of case {other_case.code}"):
        add_statement(vault, other_case.id, StatementDraft(people["witness"], BODY))
    assert count_statements(vault) == 0


def test_a_bulk_insert_is_all_or_nothing(
    vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    good = StatementDraft(people["witness"], BODY)
    with pytest.raises(InputError):
        add_statements(vault, case_id, [good, good, StatementDraft(people["witness"], "")])
    assert count_statements(vault) == 0
    ids = add_statements(vault, case_id, [good] * 5)
    assert len(set(ids)) == 5 and count_statements(vault, case_id) == 5


def test_pages_of_the_statement_list_follow_the_order(
    vault: Vault, case_id: str, people: dict[str, str]
) -> None:
    drafts = [
        StatementDraft(people["witness"], f"Account {i}", interview_date=f"2021-03-{i + 1:02d}")
        for i in range(7)
    ]
    ids = add_statements(vault, case_id, reversed(drafts))
    page = statement_page(vault, case_id, offset=2, limit=3)
    assert [row.id for row in page] == ids[2:5]
    by_date = statement_page(vault, case_id, limit=10, order="interview-date")
    assert [row.interview_date.value for row in by_date if row.interview_date] == [
        f"2021-03-{i + 1:02d}" for i in range(7)
    ]
    assert all(row.witness_code == "W-001" and row.version == 1 for row in by_date)
    with pytest.raises(InputError):
        statement_page(vault, case_id, order="by-mood")


def test_attachments_link_only_to_a_statement_of_their_case(
    vault: Vault, case_id: str, people: dict[str, str], tmp_path: Path
) -> None:
    statement = add_statement(vault, case_id, StatementDraft(people["witness"], BODY))
    photo = tmp_path / "scar.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg")
    [attached] = intake_files(vault, case_id, [photo], statement_id=statement.id)
    assert attached.statement_id == statement.id
    other_case = add_case(vault, "Another investigation").id
    with pytest.raises(InputError, match="does not belong"):
        intake_files(vault, other_case, [photo], statement_id=statement.id)
    with pytest.raises(UnknownId):
        intake_files(vault, case_id, [photo], statement_id="no-such-statement")
    assert len(vault.attachment_ids()) == 1
