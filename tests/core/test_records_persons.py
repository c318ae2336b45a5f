"""Persons: names in every script, roles, and pseudonym codes that never change."""

from __future__ import annotations

import pytest

from vault.core import custody
from vault.core.cases import add_case
from vault.core.errors import InputError, UnknownId
from vault.core.persons import (
    add_person,
    add_role,
    delete_person,
    get_person,
    list_persons,
    name_clashes,
)
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault


def test_a_person_round_trips_with_aliases_in_every_script(vault: Vault, case_id: str) -> None:
    aliases = ["Давит Саргсян", "Դավիթ Սարգսյան", "David Sargsian", "Davud Səmədoğlu Şıxəliyev"]
    person = add_person(
        vault, case_id, "Davit Sargsyan", "witness", aliases, born="~1985", notes="Met in Goris."
    )
    again = get_person(vault, person.id)
    assert again == person
    assert again.aliases == tuple(aliases)
    assert again.roles == ("witness",)
    assert again.code == "W-001"
    assert again.born is not None and again.born.describe() == "around 1985"
    as_json = again.as_json()
    assert as_json["aliases"] == aliases
    assert as_json["code"] == "W-001"
    assert as_json["roles"] == ["witness"]
    assert as_json["notes"] == "Met in Goris."


def test_codes_come_from_the_first_role(vault: Vault, case_id: str) -> None:
    codes = {
        role: add_person(vault, case_id, f"Person {role}", role).code
        for role in ("witness", "victim", "perpetrator", "interviewer", "interpreter", "other")
    }
    assert codes == {
        "witness": "W-001",
        "victim": "V-001",
        "perpetrator": "P-001",
        "interviewer": "I-001",
        "interpreter": "T-001",
        "other": "X-001",
    }
    assert add_person(vault, case_id, "Second witness", "witness").code == "W-002"


def test_codes_are_never_reused_after_a_deletion(vault: Vault, case_id: str) -> None:
    first = add_person(vault, case_id, "Entered by mistake", "victim")
    second = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    delete_person(vault, first.id)
    third = add_person(vault, case_id, "Aram Petrosyan", "victim")
    assert (first.code, second.code, third.code) == ("V-001", "V-002", "V-003")
    assert get_person(vault, second.id).code == "V-002"
    with pytest.raises(UnknownId):
        get_person(vault, first.id)
    assert [p.code for p in list_persons(vault, case_id)] == ["V-002", "V-003"]
    deleted = [e for e in custody.events(vault.conn, first.id) if e.action == "person-delete"]
    assert deleted and deleted[0].details["code"] == "V-001"


def test_each_case_counts_its_own_codes(vault: Vault, case_id: str) -> None:
    other_case = add_case(vault, "Another investigation").id
    assert add_person(vault, case_id, "A", "witness").code == "W-001"
    assert add_person(vault, other_case, "B", "witness").code == "W-001"
    assert add_person(vault, case_id, "C", "witness").code == "W-002"


def test_a_later_role_is_added_and_the_code_stays(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    witness_too = add_role(vault, person.id, "witness")
    assert witness_too.roles == ("victim", "witness")
    assert witness_too.code == "V-001"
    assert add_role(vault, person.id, "witness").roles == ("victim", "witness")


def test_a_code_cannot_be_changed_even_in_sql(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    with pytest.raises(Exception, match="never change"):
        vault.conn.execute("UPDATE persons SET code = 'V-009' WHERE id = ?", (person.id,))


def test_an_alias_equal_to_another_persons_name_is_allowed_with_a_warning(
    vault: Vault, case_id: str
) -> None:
    witness = add_person(vault, case_id, "Davit Sargsyan", "witness")
    victim = add_person(vault, case_id, "Hayk Grigoryan", "victim", ["davit  SARGSYAN"])
    warnings = name_clashes(vault, victim.id)
    assert len(warnings) == 1
    assert "V-001" in warnings[0] and witness.code in warnings[0]
    assert name_clashes(vault, witness.id)  # seen from the other side too
    assert name_clashes(vault, add_person(vault, case_id, "Unrelated", "other").id) == []


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"role": "bystander"}, "role"),
        ({"name": "   "}, "name"),
        ({"aliases": [""]}, "alias"),
        ({"born": "30 February 1990"}, "date of birth"),
        ({"name": "tab\x07bell"}, "control"),
    ],
)
def test_bad_person_input_is_refused_and_nothing_is_written(
    vault: Vault, case_id: str, kwargs: dict[str, object], words: str
) -> None:
    args: dict[str, object] = {"name": "Davit Sargsyan", "role": "witness"} | kwargs
    before = custody.head(vault.conn)
    with pytest.raises(InputError, match=words):
        add_person(vault, case_id, **args)  # type: ignore[arg-type]
    assert list_persons(vault, case_id) == []
    assert custody.head(vault.conn) == before


def test_an_unknown_case_is_refused(vault: Vault) -> None:
    with pytest.raises(UnknownId):
        add_person(vault, "no-such-case", "Davit Sargsyan", "witness")


def test_a_witness_of_a_statement_cannot_be_deleted(vault: Vault, case_id: str) -> None:
    witness = add_person(vault, case_id, "Davit Sargsyan", "witness")
    add_statement(vault, case_id, StatementDraft(witness.id, "I was detained."))
    with pytest.raises(InputError, match="statement"):
        delete_person(vault, witness.id)
    assert get_person(vault, witness.id).code == "W-001"
