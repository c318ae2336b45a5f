"""A retracted record is kept, hidden from lists, search and exports, with its reason and
a custody event; never deleted, and refused while live records still need it."""

from __future__ import annotations

import pytest

from vault.core import custody
from vault.core.cases import add_case, list_cases
from vault.core.errors import InputError
from vault.core.facilities import add_facility, list_facilities
from vault.core.incidents import add_incident
from vault.core.links import add_link, list_links
from vault.core.persons import add_person, list_persons
from vault.core.records import show_record
from vault.core.retract import get_retraction, retract
from vault.core.search import search
from vault.core.statements import StatementDraft, add_statement, edit_statement, list_statements
from vault.core.vault import Vault


def test_a_retracted_statement_is_kept_but_hidden_with_its_reason(
    vault: Vault, case_id: str
) -> None:
    witness = add_person(vault, case_id, "Aram", "witness")
    kept = add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body="Batons."))
    wrong = add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body="Batons too."))
    add_link(vault, ("statement", wrong.id), ("person", witness.id))
    retract(vault, "statement", wrong.id, "Entered twice by Aram Hakobyan's interviewer")
    assert [s.id for s in list_statements(vault, case_id)] == [kept.id]
    assert {s.id for s in list_statements(vault, case_id, include_retracted=True)} == {
        kept.id,
        wrong.id,
    }
    assert [h.record_id for h in search(vault, "batons")] == [kept.id]
    assert list_links(vault, case_id) == []  # a link to a retracted record goes with it
    retraction = get_retraction(vault, wrong.id)
    assert retraction is not None and retraction.reason.startswith("Entered twice")
    assert show_record(vault, "statement", wrong.id)["retracted"]["operator"] == vault.operator
    event = custody.events(vault.conn)[-1]
    assert (event.action, event.details) == ("retract", {"case_id": case_id, "code": "S-002"})
    assert "Hakobyan" not in str(custody.events(vault.conn))
    with pytest.raises(InputError, match="already retracted"):
        retract(vault, "statement", wrong.id, "again")
    with pytest.raises(InputError, match="retracted"):
        edit_statement(vault, wrong.id, "New text")


def test_what_live_records_rely_on_cannot_be_retracted(vault: Vault, case_id: str) -> None:
    witness = add_person(vault, case_id, "Aram", "witness")
    statement = add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body="T."))
    facility = add_facility(vault, case_id, "Unit 2041")
    incident = add_incident(vault, case_id, "torture", facility_id=facility.id)
    with pytest.raises(InputError, match=r"still used by 1 statement\(s\) \(S-001\)"):
        retract(vault, "person", witness.id, "mistake")
    with pytest.raises(InputError, match=r"incident\(s\)"):
        retract(vault, "facility", facility.id, "mistake")
    with pytest.raises(InputError, match="reason is empty"):
        retract(vault, "incident", incident.id, "  ")
    retract(vault, "incident", incident.id, "duplicate")
    retract(vault, "facility", facility.id, "duplicate")
    retract(vault, "statement", statement.id, "wrong witness")
    retract(vault, "person", witness.id, "wrong person")
    assert list_persons(vault, case_id) == [] and list_facilities(vault, case_id) == []


def test_retracting_a_case_hides_everything_in_it(vault: Vault, case_id: str) -> None:
    other = add_case(vault, "Kept")
    add_person(vault, case_id, "Aram", "witness")
    retract(vault, "case", case_id, "test case made by mistake")
    assert [c.id for c in list_cases(vault)] == [other.id]
    assert list_persons(vault) == []
    assert search(vault, "Aram") == []
    assert [c.id for c in list_cases(vault, include_retracted=True)] == [case_id, other.id]
