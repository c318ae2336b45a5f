"""One record as a person reads it (``show``, and the window's detail panes): labelled
fields in a fixed order, linked records by their codes, times and dates in the one human
style of ``readable.py``, and nothing for a field left empty.  The record's texts (a
statement's body and translation) come apart, to be shown after the fields.

Built from the JSON object ``vault.app.records.show`` returns, so both views say the
same; ``--json`` prints that object itself (full ids, ISO 8601 UTC)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.app.readable import Labels, human_date, human_time, short_hash, short_id
from vault.core.vault import Vault

__all__ = ["RecordSummary", "summarize"]

_KIND_TITLE = {
    "case": "Case",
    "person": "Person",
    "statement": "Statement",
    "attachment": "Attachment",
    "incident": "Incident",
    "facility": "Facility",
    "link": "Link",
}
_COUNTED = ("persons", "statements", "attachments", "incidents", "facilities", "links")


@dataclass
class RecordSummary:
    """What ``show`` prints: ``fields`` as (label, lines) pairs (a field of several lines
    lists them under one label), then ``texts`` as (title, text)."""

    fields: list[tuple[str, list[str]]] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, label: str, value: Any) -> None:
        """Add a field unless its value is empty (None, "", "-", an empty list)."""
        lines = [str(v) for v in value] if isinstance(value, list | tuple) else [value]
        lines = [line for line in lines if line not in (None, "", "-")]
        if lines:
            self.fields.append((label, [str(line) for line in lines]))


def summarize(vault: Vault, kind: str, record: dict[str, Any]) -> RecordSummary:
    """The summary of ``record`` (as ``show`` returns it for ``kind``)."""
    labels = Labels(vault)
    summary = RecordSummary()
    own = record.get("code") or short_id(record["id"])
    summary.add(_KIND_TITLE[kind], own)
    summary.add("Id", record["id"])
    if kind != "case":
        summary.add("Case", labels.code("case", record.get("case_id")))
    _FILL[kind](summary, record, labels)
    summary.add("Created", human_time(record.get("created_utc")))
    if record.get("links"):
        summary.add("Links", [_link(link, labels) for link in record["links"]])
    if record.get("imported"):
        summary.add("Origin", record["imported"]["text"])
    retracted = record.get("retracted")
    if retracted:
        summary.add(
            "Retracted",
            f"{human_time(retracted['retracted_utc'])} by {retracted['operator']}: "
            f"{retracted['reason']} (hidden from lists and exports; kept)",
        )
    return summary


def _case(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Title", r["title"])
    summary.add("Regions", ", ".join(r.get("regions") or ()))
    counts = r.get("counts") or {}
    held = [f"{counts[k]} {k if counts[k] != 1 else _one(k)}" for k in _COUNTED if counts.get(k)]
    summary.add("Holds", ", ".join(held) or "nothing yet")


def _one(plural: str) -> str:
    return "facility" if plural == "facilities" else plural[:-1]


def _person(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Name", r["name"])
    summary.add("Aliases", r.get("aliases") or [])
    summary.add("Roles", ", ".join(r.get("roles") or ()))
    summary.add("Born", human_date(r.get("born")))
    summary.add("Notes", r.get("notes"))
    summary.add("Consent", _consent(r["consent"]) if r.get("consent") else "none recorded")
    history = r.get("consent_history") or []
    if len(history) > 1:
        summary.add("Consent history", [_consent(c) for c in history])
    summary.add("Statements", ", ".join(labels.code("statement", s) for s in r["statements"]))


def _consent(c: dict[str, Any]) -> str:
    share = "withdrawn: share nothing" if c["withdrawn"] else "share " + ", ".join(c["share"])
    recontact = "yes" if c["recontact"] else "no"
    anonymity = f"; anonymity {c['anonymity']}" if c.get("anonymity") else ""
    note = f"; {c['note']}" if c.get("note") else ""
    return (
        f"#{c['number']} {share}{anonymity}; re-contact {recontact}; given "
        f"{human_date(c['date'])}, recorded by {c['recorded_by']}{note}"
    )


def _statement(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Witness", r.get("witness_code") or labels.code("person", r["witness_id"]))
    summary.add("Interviewer", labels.code("person", r.get("interviewer_id")))
    summary.add("Interpreter", labels.code("person", r.get("interpreter_id")))
    summary.add("Interview date", human_date(r.get("interview_date")))
    summary.add("Place", r.get("place"))
    summary.add("Language", r.get("language"))
    summary.add("Kind", r.get("kind"))
    summary.add("Topics", ", ".join(r.get("topics") or ()))
    summary.add("Tags", ", ".join(r.get("tags") or ()))
    summary.add("Translation", r.get("translation_language") and f"in {r['translation_language']}")
    versions = r.get("versions") or []
    summary.add("Version", f"{r['version']} of {len(versions) or r['version']}")
    summary.add("SHA-256", r.get("sha256"))
    summary.add("Translation SHA-256", r.get("translation_sha256"))
    summary.add(
        "Versions",
        [
            f"v{v['number']}  {human_time(v['created_utc'])}  by {v['operator']}  "
            f"sha256 {short_hash(v['sha256'])}"
            for v in versions
        ]
        if len(versions) > 1
        else [],
    )
    summary.add("Attachments", ", ".join(labels.code("attachment", a) for a in r["attachments"]))
    if r.get("received_consent"):
        summary.add("Received consent", r["received_consent"]["text"])
    summary.texts.append(("text", r.get("body") or ""))
    if r.get("translation"):
        summary.texts.append(("translation", r["translation"]))


def _attachment(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Statement", labels.code("statement", r.get("statement_id")))
    summary.add("Name", r["name"])
    summary.add("Type", r.get("media_type"))
    summary.add("Size", f"{r['size']} bytes")
    summary.add("SHA-256", r.get("sha256"))
    inside = r.get("inside") or {}
    summary.add("Inside", inside.get("lines") or [])
    summary.add("Kept as received", r.get("kept_as_received"))


def _incident(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Type", r.get("violation_type"))
    summary.add("Date", human_date(r.get("date")))
    summary.add("Place", r.get("place"))
    summary.add("Facility", labels.named("facility", r.get("facility_id")))
    summary.add("Description", r.get("description"))


def _facility(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("Name", r["name"])
    summary.add("Aliases", r.get("aliases") or [])
    summary.add("Type", r.get("type"))
    summary.add("Notes", r.get("notes"))
    summary.add("Incidents", ", ".join(short_id(i) for i in r.get("incidents") or ()))


def _link_record(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add("From", labels.named(r["from"]["type"], r["from"]["id"]))
    summary.add("As", r.get("role"))
    summary.add("To", labels.named(r["to"]["type"], r["to"]["id"]))


def _link(link: dict[str, Any], labels: Labels) -> str:
    role = f" {link['role']} " if link.get("role") else " -> "
    return (
        labels.named(link["from"]["type"], link["from"]["id"])
        + role
        + labels.named(link["to"]["type"], link["to"]["id"])
    )


_FILL = {
    "case": _case,
    "person": _person,
    "statement": _statement,
    "attachment": _attachment,
    "incident": _incident,
    "facility": _facility,
    "link": _link_record,
}
