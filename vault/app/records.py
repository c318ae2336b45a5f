"""Reading records: the lists (with where imported ones came from), one record with its
history and links, and search (full text, or where a person is mentioned)."""

from __future__ import annotations

from typing import Any

from vault.app.intake_check import kept_as_received
from vault.core.attachments import list_attachments
from vault.core.cases import get_case, list_cases
from vault.core.errors import IntegrityError
from vault.core.facilities import list_facilities
from vault.core.imported import provenance
from vault.core.incidents import list_incidents
from vault.core.links import list_links
from vault.core.persons import list_persons
from vault.core.records import show_record
from vault.core.retracted import retracted_ids
from vault.core.search import DEFAULT_LIMIT, SearchHit
from vault.core.statements import list_statements
from vault.core.vault import Vault
from vault.redact.mentions import person_mentions, resolve_person, search_with_mentions
from vault.redact.metadata import attachment_metadata

__all__ = [
    "DEFAULT_LIMIT",
    "LIST_KINDS",
    "RecordList",
    "SearchHit",
    "list_records",
    "search",
    "show",
]

# What ``list`` lists, each with the record type its provenance is kept under.
LIST_KINDS = {
    "cases": "case",
    "attachments": "attachment",
    "persons": "person",
    "statements": "statement",
    "incidents": "incident",
    "facilities": "facility",
    "links": "link",
}


class RecordList:
    """The records of one kind, and for the imported ones where they came from
    (record id -> {"text": "imported from bundle ..., signer ...", ...})."""

    def __init__(
        self,
        kind: str,
        records: list[Any],
        imported: dict[str, Any],
        retracted: frozenset[str] = frozenset(),
    ) -> None:
        self.kind = kind
        self.records = records
        self.imported = imported
        self.retracted = retracted  # ids of retracted records and cases (list --all)

    def is_retracted(self, record: Any) -> bool:
        """Whether ``record`` (or its case) was retracted: listed only when asked for."""
        return record.id in self.retracted or getattr(record, "case_id", None) in self.retracted

    def as_json(self) -> list[dict[str, Any]]:
        """Each record's JSON, an imported one with ``imported``, a retracted one with
        ``"retracted": true``."""
        came = self.imported
        return [
            {
                **r.as_json(),
                **({"imported": came[r.id]} if r.id in came else {}),
                **({"retracted": True} if self.is_retracted(r) else {}),
            }
            for r in self.records
        ]


def list_records(
    vault: Vault, kind: str, case_id: str | None = None, include_retracted: bool = False
) -> RecordList:
    """The records of ``kind`` (a key of LIST_KINDS), of one case if given (every case is
    listed for ``cases``); an unknown case id lists nothing.  Retracted records are left
    out unless ``include_retracted`` (then marked)."""
    if kind not in LIST_KINDS:
        raise ValueError(f"unknown list kind {kind!r}")
    every = include_retracted
    records: list[Any]
    if kind == "cases":
        records = list_cases(vault, every)
    elif kind == "attachments":
        records = list_attachments(vault, case_id, every)
    elif kind == "persons":
        records = list_persons(vault, case_id, every)
    elif kind == "statements":
        records = list_statements(vault, case_id, every)
    elif kind == "incidents":
        records = list_incidents(vault, case_id, every)
    elif kind == "facilities":
        records = list_facilities(vault, case_id, every)
    else:
        records = list_links(vault, case_id, every)
    came = provenance(vault, LIST_KINDS[kind], (r.id for r in records))
    hidden = frozenset(retracted_ids(vault)) if every else frozenset()
    return RecordList(kind, records, came, hidden)


def show(vault: Vault, record_type: str, record_id: str) -> dict[str, Any]:
    """One record as a JSON-ready dict, with its versions, consent history and links; an
    attachment also with ``inside``: its pixel size or page count and the metadata it
    carries (GPS, camera serial, author, times), read in memory, never refused over a
    damaged file nor over an unreadable blob (see ``vault.redact.metadata.summarize_metadata``),
    and ``kept_as_received`` (why) when intake kept it although it cannot be shown or
    redacted."""
    record = show_record(vault, record_type, record_id)
    if record_type == "attachment":
        try:
            record["inside"] = attachment_metadata(vault, record_id).as_json()
        except IntegrityError as exc:
            # The record is still worth showing; `check` is where a broken blob is reported.
            record["inside"] = {"unreadable": True, "lines": [f"content unreadable: {exc}"]}
        kept = kept_as_received(vault, record_id)
        if kept is not None:
            record["kept_as_received"] = kept
    return record


def search(
    vault: Vault,
    query: str | None = None,
    *,
    person: str | None = None,
    case_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    """Full-text hits for ``query``, or where ``person`` (a code or id) is mentioned as
    redaction finds them; exactly one of the two.  An unknown ``case_id`` is refused
    (UnknownId), not answered with no hits."""
    if (query is None) == (person is None):
        raise ValueError("search takes a query or a person, not both or neither")
    if case_id is not None:
        get_case(vault, case_id)
    if person is not None:
        return person_mentions(vault, resolve_person(vault, person, case_id), limit=limit)
    assert query is not None
    return search_with_mentions(vault, query, case_id=case_id, limit=limit)
