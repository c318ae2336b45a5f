"""One record with everything around it, as ``show TYPE ID`` (and the GUI's detail
panes) present it: a person with their consent history, a statement with every version,
a facility with its incidents, each with its links."""

from __future__ import annotations

from typing import Any

from vault.core.attachments import get_attachment
from vault.core.cases import get_case
from vault.core.consent import consent_history
from vault.core.correction_reasons import corrections_of
from vault.core.errors import InputError
from vault.core.facilities import get_facility
from vault.core.imported import imported_from as imported_from
from vault.core.incidents import get_incident
from vault.core.links import get_link, links_of
from vault.core.persons import get_person
from vault.core.received_consent import received_scopes
from vault.core.retract import get_retraction
from vault.core.statements import get_statement, statement_versions
from vault.core.vault import Vault

RECORD_TYPES = ("case", "person", "statement", "incident", "facility", "attachment", "link")
_COUNTED = ("persons", "statements", "attachments", "incidents", "facilities", "links")


def check_record_type(record_type: str) -> str:
    """The record type, if known; InputError listing the known ones otherwise."""
    record_type = record_type.strip().lower()
    if record_type not in RECORD_TYPES:
        raise InputError(
            f"Unknown record type {record_type!r}: use one of {', '.join(RECORD_TYPES)}."
        )
    return record_type


def _links(vault: Vault, record_type: str, record_id: str) -> list[dict[str, Any]]:
    return [link.as_json() for link in links_of(vault, record_type, record_id)]


def _ids(vault: Vault, sql: str, *args: Any) -> list[str]:
    return [row[0] for row in vault.conn.execute(sql, args)]


def show_record(vault: Vault, record_type: str, record_id: str) -> dict[str, Any]:
    """The record as a JSON object with what belongs to it; UnknownId if there is none.

    person: current consent (null if none) and full consent history, statements given;
    statement: current version (texts and hashes) and every version with its hashes and
    texts, attachments; incident and facility: links (and a facility's incidents);
    case: how many records of each kind it holds.  A retracted record has ``retracted``
    (reason, by whom, when); a corrected one ``corrections`` (when, by whom,
    which fields, the reason given).  A record that came from a bundle
    also has ``imported`` (see ``imported_from``), and an imported statement
    ``received_consent``: the scope it was released under.
    """
    record_type = check_record_type(record_type)
    result = _record(vault, record_type, record_id)
    imported = imported_from(vault, record_type, record_id)
    if imported is not None:
        result["imported"] = imported
    retraction = get_retraction(vault, record_id)
    if retraction is not None:
        result["retracted"] = retraction.as_json()
    corrections = corrections_of(vault, record_id)
    if corrections:
        result["corrections"] = corrections
    return result


def _record(vault: Vault, record_type: str, record_id: str) -> dict[str, Any]:
    if record_type == "case":
        result = get_case(vault, record_id).as_json()
        result["counts"] = {
            table: int(
                vault.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE case_id = ?",  # noqa: S608 - fixed names
                    (record_id,),
                ).fetchone()[0]
            )
            for table in _COUNTED
        }
        return result
    if record_type == "person":
        result = get_person(vault, record_id).as_json()
        history = consent_history(vault, record_id)
        result["consent"] = history[-1].as_json() if history else None
        result["consent_history"] = [c.as_json() for c in history]
        result["statements"] = _ids(
            vault,
            "SELECT id FROM statements WHERE witness_id = ? ORDER BY created_utc",
            record_id,
        )
        result["links"] = _links(vault, "person", record_id)
        return result
    if record_type == "statement":
        result = get_statement(vault, record_id).as_json()
        result["versions"] = [v.as_json() for v in statement_versions(vault, record_id)]
        result["attachments"] = _ids(
            vault,
            "SELECT id FROM attachments WHERE statement_id = ? ORDER BY created_utc",
            record_id,
        )
        result["links"] = _links(vault, "statement", record_id)
        received = received_scopes(vault, statement_ids=[record_id]).get(record_id)
        if received is not None:
            result["received_consent"] = received.as_json()
        return result
    if record_type == "incident":
        result = get_incident(vault, record_id).as_json()
        result["links"] = _links(vault, "incident", record_id)
        return result
    if record_type == "facility":
        result = get_facility(vault, record_id).as_json()
        result["incidents"] = _ids(
            vault,
            "SELECT id FROM incidents WHERE facility_id = ? ORDER BY created_utc",
            record_id,
        )
        result["links"] = _links(vault, "facility", record_id)
        return result
    if record_type == "attachment":
        return get_attachment(vault, record_id).as_json()
    return get_link(vault, record_id).as_json()
