"""Records named the way a person reads them: ``W-001 Hayk Grigoryan``, ``S-003``,
``torture, 9 November 2020``, a facility by its name - never a raw id.

A window's details pane shows a record with what belongs to it (statements given, links,
a facility's incidents); ``show`` gives those as ids, and this turns each into a label
(one short query each, on the caller's connection).  Qt-free: both shells may use it.
"""

from __future__ import annotations

from typing import Any

from vault.core.errors import UnknownId
from vault.core.facilities import get_facility
from vault.core.incidents import get_incident
from vault.core.persons import get_person
from vault.core.records import show_record
from vault.core.refs import code_of
from vault.core.vault import Vault

__all__ = ["readable_record", "record_label"]


def record_label(vault: Vault, kind: str, record_id: str) -> str:
    """A short readable name for a record: a person's code and name, a statement's,
    attachment's or case's code, an incident's violation type and date, a facility's
    name.  A record that does not exist (or a kind without a label) reads
    ``kind 3fa2c1d0`` - never an error, since a label only decorates a view."""
    try:
        if kind == "person":
            person = get_person(vault, record_id)
            return f"{person.code} {person.name}"
        if kind == "incident":
            incident = get_incident(vault, record_id)
            when = "" if incident.date is None else f", {incident.date.describe()}"
            return f"{incident.violation_type}{when}"
        if kind == "facility":
            return get_facility(vault, record_id).name
    except UnknownId:
        return f"{kind} {record_id[:8]}"
    return code_of(vault, kind, record_id) or f"{kind} {record_id[:8]}"


def readable_record(vault: Vault, record_type: str, record_id: str) -> dict[str, Any]:
    """``show_record``'s answer with the records it names by id given readable labels:
    ``statements`` (a person's) and ``incidents`` (a facility's) become lists of labels,
    an incident gains ``facility`` (the facility's name), and each link becomes
    ``{"role": ..., "other": "statement S-002"}`` (the record at the link's other end).
    UnknownId if the record does not exist, as ``show_record``."""
    record = show_record(vault, record_type, record_id)
    if record_type == "person":
        record["statements"] = [
            record_label(vault, "statement", sid) for sid in record.get("statements", [])
        ]
    if record_type == "facility":
        record["incidents"] = [
            record_label(vault, "incident", iid) for iid in record.get("incidents", [])
        ]
    if record_type == "incident" and record.get("facility_id"):
        record["facility"] = record_label(vault, "facility", record["facility_id"])
    if "links" in record:
        record["links"] = [_link(vault, record_id, link) for link in record["links"]]
    return record


def _link(vault: Vault, record_id: str, link: dict[str, Any]) -> dict[str, str]:
    other = link["to"] if link["from"]["id"] == record_id else link["from"]
    label = record_label(vault, other["type"], other["id"])
    return {"role": str(link.get("role") or ""), "other": f"{other['type']} {label}"}
