"""One record as a person reads it (``show``, and the window's detail panes): labelled
fields in a fixed order, linked records by their codes, times and dates in the one human
style of ``readable.py``, and nothing for a field left empty.  The record's texts (a
statement's body and translation) come apart, to be shown after the fields.

Built from the JSON object ``vault.app.records.show`` returns, so both views say the
same; ``--json`` prints that object itself (full ids, ISO 8601 UTC)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.app.i18n import word as _
from vault.app.readable import Labels, human_date, human_time, short_hash, short_id
from vault.core.errors import template
from vault.core.vault import Vault

__all__ = ["RecordSummary", "summarize"]

_KIND_TITLE = {
    "case": template("Case"),
    "person": template("Person"),
    "statement": template("Statement"),
    "attachment": template("Attachment"),
    "incident": template("Incident"),
    "facility": template("Facility"),
    "link": template("Link"),
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
    summary.add(_(_KIND_TITLE[kind]), own)
    summary.add(_("Id"), record["id"])
    if kind != "case":
        summary.add(_("Case"), labels.code("case", record.get("case_id")))
    _FILL[kind](summary, record, labels)
    summary.add(_("Created"), human_time(record.get("created_utc")))
    if record.get("links"):
        summary.add(_("Links"), [_link(link, labels) for link in record["links"]])
    if record.get("imported"):
        summary.add(_("Origin"), record["imported"]["text"])
    retracted = record.get("retracted")
    if retracted:
        summary.add(
            _("Retracted"),
            _("{time} by {operator}: {reason} (hidden from lists and exports; kept)").format(
                time=human_time(retracted["retracted_utc"]),
                operator=retracted["operator"],
                reason=retracted["reason"],
            ),
        )
    return summary


def _case(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Title"), r["title"])
    summary.add(_("Regions"), ", ".join(r.get("regions") or ()))
    counts = r.get("counts") or {}
    said = {  # (one, several)
        "persons": (_("1 person"), _("{count} persons")),
        "statements": (_("1 statement"), _("{count} statements")),
        "attachments": (_("1 attachment"), _("{count} attachments")),
        "incidents": (_("1 incident"), _("{count} incidents")),
        "facilities": (_("1 facility"), _("{count} facilities")),
        "links": (_("1 link"), _("{count} links")),
    }
    held = [
        said[k][0] if counts[k] == 1 else said[k][1].format(count=counts[k])
        for k in _COUNTED
        if counts.get(k)
    ]
    summary.add(_("Holds"), ", ".join(held) or _("nothing yet"))


def _person(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Name"), r["name"])
    summary.add(_("Aliases"), r.get("aliases") or [])
    summary.add(_("Roles"), ", ".join(r.get("roles") or ()))
    summary.add(_("Born"), human_date(r.get("born")))
    summary.add(_("Notes"), r.get("notes"))
    summary.add(_("Consent"), _consent(r["consent"]) if r.get("consent") else _("none recorded"))
    history = r.get("consent_history") or []
    if len(history) > 1:
        summary.add(_("Consent history"), [_consent(c) for c in history])
    summary.add(_("Statements"), ", ".join(labels.code("statement", s) for s in r["statements"]))


def _consent(c: dict[str, Any]) -> str:
    """One consent in a line: its number, what it shares (the categories as typed), the
    anonymity (as typed), re-contact, when given and by whom recorded, its note."""
    if c["withdrawn"]:
        parts = [_("#{number} withdrawn: share nothing").format(number=c["number"])]
    else:
        parts = [
            _("#{number} share {categories}").format(
                number=c["number"], categories=", ".join(c["share"])
            )
        ]
    if c.get("anonymity"):
        parts.append(_("anonymity {anonymity}").format(anonymity=c["anonymity"]))
    parts.append(_("re-contact yes") if c["recontact"] else _("re-contact no"))
    parts.append(
        _("given {date}, recorded by {operator}").format(
            date=human_date(c["date"]), operator=c["recorded_by"]
        )
    )
    if c.get("note"):
        parts.append(c["note"])
    return "; ".join(parts)


def _statement(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Witness"), r.get("witness_code") or labels.code("person", r["witness_id"]))
    summary.add(_("Interviewer"), labels.code("person", r.get("interviewer_id")))
    summary.add(_("Interpreter"), labels.code("person", r.get("interpreter_id")))
    summary.add(_("Interview date"), human_date(r.get("interview_date")))
    summary.add(_("Place"), r.get("place"))
    summary.add(_("Language"), r.get("language"))
    summary.add(_("Kind"), r.get("kind"))
    summary.add(_("Topics"), ", ".join(r.get("topics") or ()))
    summary.add(_("Tags"), ", ".join(r.get("tags") or ()))
    summary.add(
        _("Translation"),
        r.get("translation_language")
        and _("in {language}").format(language=r["translation_language"]),
    )
    versions = r.get("versions") or []
    summary.add(
        _("Version"),
        _("{version} of {count}").format(version=r["version"], count=len(versions) or r["version"]),
    )
    summary.add(_("SHA-256"), r.get("sha256"))
    summary.add(_("Translation SHA-256"), r.get("translation_sha256"))
    summary.add(
        _("Versions"),
        [
            _("v{number}  {time}  by {operator}  sha256 {sha256}").format(
                number=v["number"],
                time=human_time(v["created_utc"]),
                operator=v["operator"],
                sha256=short_hash(v["sha256"]),
            )
            for v in versions
        ]
        if len(versions) > 1
        else [],
    )
    summary.add(_("Attachments"), ", ".join(labels.code("attachment", a) for a in r["attachments"]))
    if r.get("received_consent"):
        summary.add(_("Received consent"), r["received_consent"]["text"])
    summary.texts.append((_("text"), r.get("body") or ""))
    if r.get("translation"):
        summary.texts.append((_("translation"), r["translation"]))


def _attachment(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Statement"), labels.code("statement", r.get("statement_id")))
    summary.add(_("Name"), r["name"])
    summary.add(_("Type"), r.get("media_type"))
    summary.add(_("Size"), _("{size} bytes").format(size=r["size"]))
    summary.add(_("SHA-256"), r.get("sha256"))
    inside = r.get("inside") or {}
    summary.add(_("Inside"), inside.get("lines") or [])
    summary.add(_("Kept as received"), r.get("kept_as_received"))


def _incident(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Type"), r.get("violation_type"))
    summary.add(_("Date"), human_date(r.get("date")))
    summary.add(_("Place"), r.get("place"))
    summary.add(_("Facility"), labels.named("facility", r.get("facility_id")))
    summary.add(_("Description"), r.get("description"))


def _facility(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("Name"), r["name"])
    summary.add(_("Aliases"), r.get("aliases") or [])
    summary.add(_("Type"), r.get("type"))
    summary.add(_("Notes"), r.get("notes"))
    summary.add(_("Incidents"), ", ".join(short_id(i) for i in r.get("incidents") or ()))


def _link_record(summary: RecordSummary, r: dict[str, Any], labels: Labels) -> None:
    summary.add(_("From"), labels.named(r["from"]["type"], r["from"]["id"]))
    summary.add(_("As"), r.get("role"))
    summary.add(_("To"), labels.named(r["to"]["type"], r["to"]["id"]))


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
