"""Why a record was corrected: kept beside the custody event, shown with the record,
never in the custody details, never changed."""

from __future__ import annotations

import json

import pytest

from vault.core.cases import edit_case
from vault.core.corrections import edit_facility, edit_incident, edit_person
from vault.core.errors import InputError
from vault.core.facilities import add_facility
from vault.core.incidents import add_incident
from vault.core.persons import add_person
from vault.core.records import show_record
from vault.core.vault import Vault


def _events(vault: Vault, record_id: str) -> list[dict[str, object]]:
    rows = vault.conn.execute(
        "SELECT action, details FROM custody WHERE object_id = ? ORDER BY seq", (record_id,)
    )
    return [{"action": a, "details": json.loads(d)} for a, d in rows]


def test_each_kind_keeps_its_reason_out_of_custody(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Aram Hakobian", "witness")
    facility = add_facility(vault, case_id, "SIZO 3", [])
    incident = add_incident(vault, case_id, "torture", date="2020-11")
    edit_person(vault, person.id, name="Aram Hakobyan", reason="Misspelled by Lena Morgan")
    edit_facility(vault, facility.id, name="SIZO No. 3", reason="official register")
    edit_incident(vault, incident.id, date="2020-12", reason="Ашот remembered December")
    edit_case(vault, case_id, title="Detention, 2020", reason="shorter title")
    for kind, record_id, reason in (
        ("person", person.id, "Misspelled by Lena Morgan"),
        ("facility", facility.id, "official register"),
        ("incident", incident.id, "Ашот remembered December"),
        ("case", case_id, "shorter title"),
    ):
        shown = show_record(vault, kind, record_id)
        (fix,) = shown["corrections"]
        assert fix["reason"] == reason and fix["operator"] == "Test Operator"
        assert fix["changed"]
        edit = [e for e in _events(vault, record_id) if e["action"] == "edit"]
        assert len(edit) == 1 and reason not in json.dumps(edit[0]["details"], ensure_ascii=False)


def test_a_correction_without_a_reason_is_still_listed(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    edit_person(vault, person.id, born="1979")
    (fix,) = show_record(vault, "person", person.id)["corrections"]
    assert fix["reason"] is None and fix["changed"] == ["born"]


@pytest.mark.parametrize("reason", ["   ", "bell\x07", "abc\u202edef", "x" * 501])
def test_a_bad_reason_is_refused_and_nothing_changes(
    vault: Vault, case_id: str, reason: str
) -> None:
    person = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    with pytest.raises(InputError):
        edit_person(vault, person.id, name="Hayk Grigorian", reason=reason)
    assert show_record(vault, "person", person.id)["name"] == "Hayk Grigoryan"
    assert [e["action"] for e in _events(vault, person.id)] == ["person-create"]


def test_a_reason_is_kept_as_written(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    edit_person(vault, person.id, name="Hayk Grigorian", reason="typo")
    for sql in (
        "UPDATE correction_reasons SET reason = 'other'",
        "DELETE FROM correction_reasons",
    ):
        with pytest.raises(Exception, match="kept as written"), vault.transaction() as conn:
            conn.execute(sql)
    assert show_record(vault, "person", person.id)["corrections"][0]["reason"] == "typo"
