"""Record forms: what a person fills in to add or change a record, checked by the core
record functions (one transaction each, so a refusal leaves nothing half-written), and
the warnings a shell shows beside the saved record.

A form holds values, never file paths: a shell reads a statement from a file
(:func:`read_text_file`) or from its editor and puts the text in the form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from vault.core.attachments import Attachment, intake_files
from vault.core.cases import Case, add_case, edit_case
from vault.core.consent import Consent, record_consent, withdraw_consent
from vault.core.errors import InputError
from vault.core.facilities import Facility, add_facility
from vault.core.incidents import Incident, add_incident
from vault.core.links import Link, add_link
from vault.core.persons import Person, add_person, name_clashes
from vault.core.progress import CancelToken, Progress, ProgressCallback
from vault.core.statement_fields import KINDS as STATEMENT_KINDS
from vault.core.statements import Statement, StatementDraft, StatementVersion, add_statement
from vault.core.text_input import read_text_file
from vault.core.topics import TOPICS
from vault.core.vault import Vault
from vault.redact.carry import CarryReport, edit_statement_keeping_decisions

T = TypeVar("T")

__all__ = [
    "STATEMENT_KINDS",
    "TOPICS",
    "ConsentForm",
    "PersonForm",
    "Saved",
    "StatementDraft",
    "StatementEdit",
    "add_attachments",
    "parse_yes_no",
    "read_text_file",
    "save_case",
    "save_consent",
    "save_facility",
    "save_incident",
    "save_link",
    "save_person",
    "save_statement",
    "save_statement_edit",
]


@dataclass(frozen=True)
class Saved(Generic[T]):
    """A record as saved, and warnings worth showing (the record is saved regardless)."""

    record: T
    warnings: list[str] = field(default_factory=list)


def parse_yes_no(value: str) -> bool:
    """``yes``/``y``/``true``/``1`` or ``no``/``n``/``false``/``0`` (any case); InputError
    naming the value otherwise."""
    value = value.strip().lower()
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise InputError(f"Cannot read {value!r} as yes or no.", data={"field": "recontact"})


def save_case(
    vault: Vault,
    title: str | None,
    regions: list[str] | None,
    case_id: str | None = None,
    *,
    reason: str | None = None,
) -> Case:
    """A new case (``case_id`` None) or a changed title and/or regions of one (``reason``:
    why, kept beside the correction); the core refuses an empty title, unknown region
    codes, an unknown case."""
    if case_id is not None:
        return edit_case(vault, case_id, title, regions, reason)
    if title is None:
        raise InputError("A case needs a title.", data={"field": "title"})
    return add_case(vault, title, regions or [])


@dataclass(frozen=True)
class PersonForm:
    """A person of a case, as typed."""

    case_id: str
    name: str
    role: str
    aliases: tuple[str, ...] = ()
    born: str | None = None
    notes: str | None = None


def save_person(vault: Vault, form: PersonForm) -> Saved[Person]:
    """Add the person; warns when a name or alias equals another person's in the case
    (the same person entered twice, or two people redaction cannot tell apart)."""
    person = add_person(
        vault,
        form.case_id,
        form.name,
        form.role,
        aliases=list(form.aliases),
        born=form.born,
        notes=form.notes,
    )
    return Saved(person, name_clashes(vault, person.id))


@dataclass(frozen=True)
class ConsentForm:
    """A consent decision: what may be shared (None with ``withdraw``), anonymity, and
    whether the person may be re-contacted."""

    person_id: str
    share: str | None
    anonymity: str | None
    withdraw: bool = False
    recontact: bool = False
    date: str | None = None
    note: str | None = None


def save_consent(vault: Vault, form: ConsentForm) -> Consent:
    """Record the person's current consent as a new record (history kept).  Refuses a
    share without an anonymity choice (``data["field"] == "anonymity"``)."""
    if form.withdraw:
        return withdraw_consent(
            vault, form.person_id, recontact=form.recontact, date=form.date, note=form.note
        )
    if form.anonymity is None or form.share is None:
        raise InputError(
            "A consent to share needs an anonymity choice: required or waived.",
            data={"field": "anonymity"},
        )
    return record_consent(
        vault,
        form.person_id,
        form.share,
        form.anonymity,
        recontact=form.recontact,
        date=form.date,
        note=form.note,
    )


def save_statement(vault: Vault, case_id: str, draft: StatementDraft) -> Statement:
    """Add a statement (its first version, hashed) to a case."""
    return add_statement(vault, case_id, draft)


@dataclass(frozen=True)
class StatementEdit:
    """A new version of a statement and what became of its redaction decisions."""

    version: StatementVersion
    carried: CarryReport

    @property
    def need_look(self) -> int:
        """Redaction decisions on changed words: a person must decide them again."""
        return self.carried.need_look


def save_statement_edit(
    vault: Vault,
    statement_id: str,
    body: str | None,
    translation: str | None,
    translation_language: str | None = None,
) -> StatementEdit:
    """A new version of a statement (every version kept, each hashed), the redaction
    decisions on unchanged words carried onto it (as the command line does); refuses an
    edit that changes nothing given, and what ``edit_statement`` refuses."""
    if body is None and translation is None:
        raise InputError("An edit needs a new text or translation.", data={"field": "body"})
    version, carried = edit_statement_keeping_decisions(
        vault, statement_id, body, translation, translation_language
    )
    return StatementEdit(version, carried)


def save_incident(
    vault: Vault,
    case_id: str,
    violation_type: str,
    *,
    date: str | None = None,
    place: str | None = None,
    facility_id: str | None = None,
    description: str | None = None,
) -> Incident:
    """Record an incident of a case."""
    return add_incident(
        vault,
        case_id,
        violation_type,
        date=date,
        place=place,
        facility_id=facility_id,
        description=description,
    )


def save_facility(
    vault: Vault,
    case_id: str,
    name: str,
    aliases: list[str],
    facility_type: str = "facility",
    notes: str | None = None,
) -> Facility:
    """Record a facility or organization of a case."""
    return add_facility(vault, case_id, name, aliases, facility_type, notes)


def save_link(
    vault: Vault,
    source: str | tuple[str, str],
    target: str | tuple[str, str],
    role: str | None,
) -> Link:
    """Link two records of one case (``TYPE:ID`` each, or (type, id) already resolved);
    the core says which roles fit."""
    return add_link(vault, source, target, role)


def add_attachments(
    vault: Vault,
    case_id: str,
    paths: list[Path],
    statement_id: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
    refuse_repeats: bool = True,
    details: Sequence[Mapping[str, Any] | None] | None = None,
    expected_sha256: Sequence[str | None] | None = None,
) -> list[Attachment]:
    """Take files into the vault, encrypted and hashed, all or none (a cancel too).  A
    file whose content is already in the case is refused, naming the attachment it
    repeats, unless ``refuse_repeats`` is False (the person said "again").  ``details``
    (one per path) adds to each file's intake custody event; a file whose SHA-256 is
    not its ``expected_sha256`` (one per path, None: any) is refused, nothing added.
    Pictures and PDFs are not checked here: the shells take files in through
    ``vault.app.evidence.take_in``."""
    return intake_files(
        vault,
        case_id,
        paths,
        statement_id,
        progress,
        cancel=cancel,
        refuse_repeats=refuse_repeats,
        details=details,
        expected_sha256=expected_sha256,
    )
