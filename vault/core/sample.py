"""Load a sample case folder into a vault: demo data and realistic test data.

The folder holds ``case.json`` and ``statements/*.txt`` (UTF-8), optionally ``media/``
(files taken in as attachments of the case).  ``case.json``::

    {"case_title": "...",
     "witness": PERSON, "victims": [PERSON...], "perpetrators": [PERSON...],
     "interviewer": PERSON, "interpreter": PERSON, "others": [PERSON...],
     "facilities": ["name" | {"name": ..., "aliases": [...], "type": ...}, ...],
     "incidents": [{"type": ..., "date": ..., "place": ..., "facility": "name",
                    "victims": ["name"...], "perpetrators": ["name"...]}, ...],
     "statements": {"statement_1.txt": {"language": ..., "interview_date": ...,
                    "kind": ..., "topics": [...], "place": ...}, ...}}

    PERSON = {"name": ..., "aliases": [...], "role": ..., "born": ...,
              "consent": {"share": [...], "anonymity": ..., "recontact": bool}}

Everything goes through the same functions (and custody events) as typed-in records.
Each statement is given to the case's witness, taken by its interviewer, and linked to
every person and facility whose name or alias appears in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault.core.attachments import intake_files
from vault.core.cases import add_case
from vault.core.consent import record_consent
from vault.core.errors import InputError
from vault.core.facilities import add_facility
from vault.core.incidents import add_incident
from vault.core.links import add_link
from vault.core.persons import Person, add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.text_input import decode_text, fold_name, read_text_file
from vault.core.vault import Vault

MAX_CASE_JSON_BYTES = 1024 * 1024


@dataclass
class SampleCase:
    """Ids of everything loaded, by the names used in the folder."""

    case_id: str
    persons: dict[str, str] = field(default_factory=dict)
    facilities: dict[str, str] = field(default_factory=dict)
    statements: dict[str, str] = field(default_factory=dict)
    incidents: list[str] = field(default_factory=list)
    attachments: dict[str, str] = field(default_factory=dict)

    @property
    def witness_id(self) -> str:
        """The id of the first person loaded (the case's witness)."""
        return next(iter(self.persons.values()))


def guess_language(text: str) -> str:
    """hy, ru or en from the script most letters are in (a sample needs no better)."""
    counts = {"hy": 0, "ru": 0, "en": 0}
    for char in text:
        if "\u0531" <= char <= "\u058f":
            counts["hy"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["ru"] += 1
        elif char.isascii() and char.isalpha():
            counts["en"] += 1
    return max(counts, key=lambda k: counts[k])


def _read_case_json(folder: Path) -> dict[str, Any]:
    path = folder / "case.json"
    if not path.is_file():
        raise InputError(f"{folder} has no case.json: it is not a sample case folder.")
    raw = path.read_bytes()[: MAX_CASE_JSON_BYTES + 1]
    if len(raw) > MAX_CASE_JSON_BYTES:
        raise InputError(f"{path} is larger than 1 MiB.")
    try:
        data = json.loads(decode_text(raw, f"The file {path}"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("case_title"), str):
        raise InputError(f"{path} needs an object with a case_title.")
    return data


def _person_specs(data: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    specs: list[tuple[dict[str, Any], str]] = []
    for key, role in (("witness", "witness"), ("interviewer", "interviewer")):
        if isinstance(data.get(key), dict):
            specs.append((data[key], role))
    if isinstance(data.get("interpreter"), dict):
        specs.append((data["interpreter"], "interpreter"))
    for key, role in (("victims", "victim"), ("perpetrators", "perpetrator"), ("others", "other")):
        specs.extend((spec, role) for spec in data.get(key) or [] if isinstance(spec, dict))
    return specs


def _mentions(text: str, names: tuple[str, ...]) -> bool:
    folded = fold_name(text)
    return any(fold_name(name) in folded for name in names)


def load_sample_case(vault: Vault, folder: Path, *, with_media: bool = True) -> SampleCase:
    """Create a case from a sample folder and return the ids of what was made.

    Refuses (InputError) a folder without a readable case.json or with a statement file
    that is not UTF-8 text; what was loaded before the refusal stays (each record is its
    own transaction, as when typed in).
    """
    folder = Path(folder)
    data = _read_case_json(folder)
    sample = SampleCase(add_case(vault, data["case_title"]).id)
    people: list[Person] = []
    for spec, default_role in _person_specs(data):
        person = add_person(
            vault,
            sample.case_id,
            spec["name"],
            spec.get("role", default_role),
            aliases=spec.get("aliases", []),
            born=spec.get("born"),
        )
        people.append(person)
        sample.persons[person.name] = person.id
        consent = spec.get("consent")
        if isinstance(consent, dict):
            record_consent(
                vault,
                person.id,
                consent.get("share", []),
                consent.get("anonymity", "required"),
                recontact=bool(consent.get("recontact", False)),
            )
    for entry in data.get("facilities") or []:
        spec = {"name": entry} if isinstance(entry, str) else entry
        facility = add_facility(
            vault,
            sample.case_id,
            spec["name"],
            spec.get("aliases", []),
            spec.get("type", "facility"),
        )
        sample.facilities[facility.name] = facility.id
    for spec in data.get("incidents") or []:
        incident = add_incident(
            vault,
            sample.case_id,
            spec["type"],
            date=spec.get("date"),
            place=spec.get("place"),
            facility_id=sample.facilities.get(spec.get("facility", "")),
        )
        sample.incidents.append(incident.id)
        for role in ("victims", "perpetrators"):
            for name in spec.get(role) or []:
                add_link(
                    vault, ("incident", incident.id), ("person", sample.persons[name]), role[:-1]
                )
    _load_statements(vault, folder, data, sample, people)
    media = folder / "media"
    if with_media and media.is_dir():
        files = sorted(p for p in media.iterdir() if p.is_file())
        if files:
            for attachment in intake_files(vault, sample.case_id, files):
                sample.attachments[attachment.name] = attachment.id
    return sample


def _load_statements(
    vault: Vault,
    folder: Path,
    data: dict[str, Any],
    sample: SampleCase,
    people: list[Person],
) -> None:
    witness = sample.persons.get(data.get("witness", {}).get("name", ""))
    interviewer = sample.persons.get(data.get("interviewer", {}).get("name", ""))
    if witness is None:
        return
    meta = data.get("statements") or {}
    for path in sorted((folder / "statements").glob("*.txt")):
        body = read_text_file(path, "statement")
        extra = meta.get(path.name, {})
        statement = add_statement(
            vault,
            sample.case_id,
            StatementDraft(
                witness_id=witness,
                body=body,
                interviewer_id=interviewer,
                language=extra.get("language", guess_language(body)),
                interview_date=extra.get("interview_date"),
                place=extra.get("place"),
                kind=extra.get("kind", "first-account"),
                topics=tuple(extra.get("topics", ())),
            ),
        )
        sample.statements[path.name] = statement.id
        for person in people:
            if person.id not in (witness, interviewer) and _mentions(body, person.names):
                add_link(vault, ("statement", statement.id), ("person", person.id))
        for name, facility_id in sample.facilities.items():
            if _mentions(body, (name,)):
                add_link(vault, ("statement", statement.id), ("facility", facility_id))
