"""Corrections keep history: the record changes, the custody log names the fields changed
(never their values), codes never move, and nothing is refused silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault.core import custody
from vault.core.attachments import DuplicateAttachment, intake_files
from vault.core.cases import add_case
from vault.core.corrections import (
    edit_facility,
    edit_incident,
    edit_person,
    relink_attachment,
    set_operator,
)
from vault.core.errors import InputError
from vault.core.facilities import add_facility
from vault.core.incidents import add_incident
from vault.core.links import add_link
from vault.core.persons import add_person
from vault.core.search import search
from vault.core.statement_meta import StatementMeta, edit_statement_meta
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault


def _last(vault: Vault) -> custody.CustodyEvent:
    return custody.events(vault.conn)[-1]


def test_a_person_edit_changes_names_and_logs_fields_never_values(
    vault: Vault, case_id: str
) -> None:
    person = add_person(vault, case_id, "Aram Hakobyan", "witness", aliases=["Aro"])
    edited = edit_person(
        vault, person.id, name="Aram Hakobian", aliases=["Արամ"], born="~1980", add_roles=["victim"]
    )
    assert (edited.code, edited.name, edited.aliases) == ("W-001", "Aram Hakobian", ("Արամ",))
    assert edited.roles == ("witness", "victim") and edited.born is not None
    event = _last(vault)
    assert (event.action, event.object_id) == ("edit", person.id)
    assert event.details["changed"] == ["name", "aliases", "roles", "born"]
    logged = json.dumps([e.details for e in custody.events(vault.conn)], ensure_ascii=False)
    assert "Hakobian" not in logged and "Արամ" not in logged and "1980" not in logged
    # Search follows the correction: the new spelling is found, the old alias is gone.
    assert [h.record_id for h in search(vault, "Hakobian")] == [person.id]
    assert search(vault, "Aro") == []
    count = len(custody.events(vault.conn))
    assert edit_person(vault, person.id, name="Aram Hakobian").name == "Aram Hakobian"
    assert len(custody.events(vault.conn)) == count  # nothing changed, nothing logged


def test_a_role_a_statement_relies_on_cannot_be_dropped(vault: Vault, case_id: str) -> None:
    person = add_person(vault, case_id, "Aram", "victim")
    add_statement(vault, case_id, StatementDraft(witness_id=person.id, body="I was there."))
    with pytest.raises(InputError, match="witness in a statement"):
        edit_person(vault, person.id, drop_roles=["witness"])
    assert edit_person(vault, person.id, drop_roles=["victim"]).roles == ("witness",)
    with pytest.raises(InputError, match="at least one role"):
        edit_person(vault, person.id, drop_roles=["witness"], add_roles=[])


def test_statement_metadata_is_corrected_without_a_new_version(vault: Vault, case_id: str) -> None:
    witness = add_person(vault, case_id, "Aram", "witness")
    helper = add_person(vault, case_id, "Gayane", "other")
    statement = add_statement(
        vault,
        case_id,
        StatementDraft(witness_id=witness.id, body="Text.", language="hy", place="Gyumri"),
    )
    meta = StatementMeta(language="ru", place="", interpreter_id=helper.id, kind="formal")
    edited = edit_statement_meta(vault, statement.id, meta)
    assert (edited.language, edited.place, edited.kind) == ("ru", None, "formal")
    assert edited.interpreter_id == helper.id and edited.current.number == 1
    event = _last(vault)
    assert event.details["changed"] == ["language", "place", "interpreter", "kind"]
    assert event.details["interpreter"] == helper.code and "Gyumri" not in json.dumps(event.details)
    with pytest.raises(InputError, match="witness cannot also"):
        edit_statement_meta(vault, statement.id, StatementMeta(interviewer_id=witness.id))
    with pytest.raises(InputError, match="Unknown statement kind"):
        edit_statement_meta(vault, statement.id, StatementMeta(kind="rumour"))


def test_incident_facility_operator_and_relink(vault: Vault, case_id: str, tmp_path: Path) -> None:
    facility = add_facility(vault, case_id, "Unit 2041", ["Building 4"])
    incident = add_incident(vault, case_id, "torture", place="yard", facility_id=facility.id)
    fixed = edit_incident(vault, incident.id, date="2020-11", place="", facility_id="")
    assert (fixed.place, fixed.facility_id, fixed.date and fixed.date.value) == (
        None,
        None,
        "2020-11",
    )
    assert _last(vault).details["changed"] == ["date", "place", "facility"]
    renamed = edit_facility(vault, facility.id, name="Unit 2042", aliases=[])
    assert (renamed.name, renamed.aliases) == ("Unit 2042", ())
    other_case = add_case(vault, "Other")
    stranger = add_facility(vault, other_case.id, "Elsewhere")
    with pytest.raises(InputError, match="does not belong"):
        edit_incident(vault, incident.id, facility_id=stranger.id)

    witness = add_person(vault, case_id, "Aram", "witness")
    statement = add_statement(vault, case_id, StatementDraft(witness_id=witness.id, body="T."))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8 pixels")
    [attachment] = intake_files(vault, case_id, [tmp_path / "photo.jpg"])
    moved = relink_attachment(vault, attachment.id, statement.id)
    assert moved.statement_id == statement.id
    assert _last(vault).details["statement"] == "S-001"
    assert relink_attachment(vault, attachment.id, None).statement_id is None

    set_operator(vault, "Field Team 3")
    change = custody.events(vault.conn)[-1]
    add_link(vault, ("statement", statement.id), ("person", witness.id))
    assert change.action == "operator-change"
    assert custody.events(vault.conn)[-1].operator == "Field Team 3"
    assert vault.setting("operator") == "Field Team 3"


def test_the_same_file_twice_is_refused_naming_the_attachment_when_asked(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    (tmp_path / "a.jpg").write_bytes(b"same bytes")
    (tmp_path / "copy.jpg").write_bytes(b"same bytes")
    [first] = intake_files(vault, case_id, [tmp_path / "a.jpg"])
    blobs = {p for p in (vault.path / "blobs").rglob("*") if p.is_file()}
    with pytest.raises(DuplicateAttachment, match=r"copy\.jpg is already in this case as A-001"):
        intake_files(vault, case_id, [tmp_path / "copy.jpg"], refuse_repeats=True)
    assert {p for p in (vault.path / "blobs").rglob("*") if p.is_file()} == blobs  # none left
    [again] = intake_files(vault, case_id, [tmp_path / "copy.jpg"])
    assert again.code == "A-002" and again.sha256 == first.sha256
