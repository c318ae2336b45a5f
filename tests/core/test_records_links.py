"""Facilities, incidents and the links between records of a case."""

from __future__ import annotations

import pytest

from vault.core.cases import add_case
from vault.core.errors import InputError, UnknownId
from vault.core.facilities import add_facility, get_facility, list_facilities
from vault.core.incidents import add_incident, get_incident, list_incidents
from vault.core.links import add_link, links_of, list_links, parse_ref, remove_link
from vault.core.persons import add_person, get_person
from vault.core.records import show_record
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault


def test_facility_and_incident_round_trip(vault: Vault, case_id: str) -> None:
    facility = add_facility(
        vault,
        case_id,
        "Pre-trial Detention Center No. 3",
        ["СИЗО № 3", "Նախնական կալանքի կենտրոն 3"],
        "Detention-Center",
        notes="Former barracks.",
    )
    assert get_facility(vault, facility.id) == facility
    assert facility.type == "detention-center"
    assert facility.aliases == ("СИЗО № 3", "Նախնական կալանքի կենտրոն 3")
    assert list_facilities(vault, case_id) == [facility]
    incident = add_incident(
        vault,
        case_id,
        "torture",
        date="around November 2020",
        place="Basement, block B",
        facility_id=facility.id,
        description="Nightly beatings with rubber batons.",
    )
    again = get_incident(vault, incident.id)
    assert again == incident
    assert again.date is not None and again.date.describe() == "around November 2020"
    assert again.as_json()["date"]["precision"] == "approximate"
    assert list_incidents(vault, case_id) == [incident]
    assert show_record(vault, "facility", facility.id)["incidents"] == [incident.id]


def test_an_incident_at_a_facility_of_another_case_is_refused(vault: Vault, case_id: str) -> None:
    elsewhere = add_case(vault, "Another investigation").id
    facility = add_facility(vault, elsewhere, "Military Disciplinary Unit 2041")
    with pytest.raises(InputError, match="does not belong"):
        add_incident(vault, case_id, "torture", facility_id=facility.id)
    with pytest.raises(UnknownId):
        add_incident(vault, case_id, "torture", facility_id="no-such-facility")
    assert list_incidents(vault) == []


def test_links_between_records(vault: Vault, case_id: str) -> None:
    witness = add_person(vault, case_id, "Davit Sargsyan", "witness")
    victim = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    officer = add_person(vault, case_id, "Teymur Nadirzade", "other")
    facility = add_facility(vault, case_id, "Pre-trial Detention Center No. 3")
    incident = add_incident(vault, case_id, "torture", facility_id=facility.id)
    statement = add_statement(vault, case_id, StatementDraft(witness.id, "We were beaten."))
    mentions = add_link(vault, f"statement:{statement.id}", f"person:{victim.id}")
    assert mentions.role == "mentions"
    # given the other way round, stored in the canonical direction
    about = add_link(vault, ("incident", incident.id), ("statement", statement.id))
    assert (about.from_type, about.to_type) == ("statement", "incident")
    involved = add_link(vault, f"incident:{incident.id}", f"person:{officer.id}", "Perpetrator")
    assert involved.role == "perpetrator"
    assert get_person(vault, officer.id).roles == ("other", "perpetrator")
    assert get_person(vault, officer.id).code == "X-001"
    add_link(vault, f"person:{victim.id}", f"facility:{facility.id}", "held-at")
    assert len(list_links(vault, case_id)) == 4
    assert {link.id for link in links_of(vault, "statement", statement.id)} == {
        mentions.id,
        about.id,
    }
    shown = show_record(vault, "person", victim.id)
    assert len(shown["links"]) == 2
    remove_link(vault, mentions.id)
    assert len(list_links(vault, case_id)) == 3


@pytest.mark.parametrize(
    ("source", "target", "role", "words"),
    [
        ("incident", "person", None, "Say how the person takes part"),
        ("incident", "person", "bystander", "cannot be"),
        ("person", "person", None, "cannot be linked"),
        ("statement", "facility", "held-at", "cannot be"),
    ],
)
def test_links_that_make_no_sense_are_refused(
    vault: Vault, case_id: str, source: str, target: str, role: str | None, words: str
) -> None:
    ids = {
        "person": add_person(vault, case_id, "Hayk Grigoryan", "victim").id,
        "facility": add_facility(vault, case_id, "Unit 2041").id,
        "incident": add_incident(vault, case_id, "torture").id,
    }
    ids["statement"] = add_statement(
        vault, case_id, StatementDraft(add_person(vault, case_id, "W", "witness").id, "Text")
    ).id
    with pytest.raises(InputError, match=words):
        add_link(vault, (source, ids[source]), (target, ids[target]), role)
    assert list_links(vault) == []


def test_links_across_cases_unknown_records_and_repeats_are_refused(
    vault: Vault, case_id: str
) -> None:
    here = add_person(vault, case_id, "Hayk Grigoryan", "victim")
    elsewhere = add_case(vault, "Another investigation").id
    there = add_facility(vault, elsewhere, "Unit 2041")
    with pytest.raises(InputError, match="different cases"):
        add_link(vault, f"person:{here.id}", f"facility:{there.id}", "held-at")
    with pytest.raises(UnknownId):
        add_link(vault, f"person:{here.id}", "facility:nothing", "held-at")
    facility = add_facility(vault, case_id, "Unit 2041")
    add_link(vault, f"person:{here.id}", f"facility:{facility.id}", "held-at")
    with pytest.raises(InputError, match="already linked"):
        add_link(vault, f"person:{here.id}", f"facility:{facility.id}", "held-at")


@pytest.mark.parametrize("text", ["person", "person:", "planet:123", ":abc"])
def test_unreadable_record_references_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="TYPE:ID"):
        parse_ref(text)
