"""Consent: what a person allowed us to do with what they told us, as a history.

Each decision is a new record; nothing is overwritten.  The current consent is the latest
record.  A withdrawal is a record that shares with nobody.  Exports include a statement
only when its witness's current consent names the export's recipient category.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from vault.core.custody import utc_now
from vault.core.dates import PartialDate, as_partial_date, today
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.persons import get_person
from vault.core.text_input import clean_notes
from vault.core.vault import Vault

# Recipient categories, in the order the export profiles list them.
CATEGORIES = ("legal", "ngo", "government", "media", "public")
ANONYMITY = ("required", "waived")
_COLUMNS = (
    "id, person_id, number, share, anonymity, recontact, withdrawn, given_date,"
    " given_precision, note, recorded_by, recorded_utc"
)


@dataclass(frozen=True)
class Consent:
    """One consent record."""

    id: str
    person_id: str
    number: int
    share: tuple[str, ...]
    anonymity: str
    recontact: bool
    withdrawn: bool
    date: PartialDate
    note: str
    recorded_by: str
    recorded_utc: str

    def allows(self, category: str) -> bool:
        """True when this record lets the person's statements go to ``category``."""
        return not self.withdrawn and category in self.share

    @property
    def anonymity_waived(self) -> bool:
        """True when the person agreed to be named (in the categories shared with)."""
        return not self.withdrawn and self.anonymity == "waived"

    def as_json(self) -> dict[str, Any]:
        """The record as a JSON object."""
        return {
            "id": self.id,
            "person_id": self.person_id,
            "number": self.number,
            "share": list(self.share),
            "anonymity": self.anonymity,
            "recontact": self.recontact,
            "withdrawn": self.withdrawn,
            "date": self.date.as_json(),
            "note": self.note,
            "recorded_by": self.recorded_by,
            "recorded_utc": self.recorded_utc,
        }


def parse_categories(value: str | Iterable[str]) -> tuple[str, ...]:
    """Recipient categories from "legal,ngo" or a list, in CATEGORIES order, without
    repeats.  Refuses an unknown category (listing the known ones) and an empty list
    (sharing with nobody is a withdrawal)."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    wanted = {p.strip().lower() for p in parts if p.strip()}
    unknown = sorted(wanted - set(CATEGORIES))
    if unknown:
        raise InputError(
            f"Unknown consent category {', '.join(map(repr, unknown))}: "
            f"use {', '.join(CATEGORIES)}."
        )
    if not wanted:
        raise InputError("Consent must name at least one category; to share with nobody, withdraw.")
    return tuple(c for c in CATEGORIES if c in wanted)


def _check_anonymity(value: str) -> str:
    value = value.strip().lower()
    if value not in ANONYMITY:
        raise InputError(f"Unknown anonymity {value!r}: use required or waived.")
    return value


def _insert(
    vault: Vault,
    person_id: str,
    share: tuple[str, ...],
    anonymity: str,
    recontact: bool,
    withdrawn: bool,
    when: PartialDate | str | None,
    note: str | None,
) -> Consent:
    person = get_person(vault, person_id)
    given = as_partial_date(when, "consent date") or today()
    note_text = clean_notes(note, "consent notes", 10_000)
    consent_id = new_id()
    with vault.transaction() as conn:
        number = conn.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM consents WHERE person_id = ?",
            (person_id,),
        ).fetchone()[0]
        conn.execute(
            f"INSERT INTO consents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                consent_id,
                person_id,
                number,
                ",".join(share),
                anonymity,
                int(recontact),
                int(withdrawn),
                given.value,
                given.precision,
                note_text,
                vault.operator,
                utc_now(),
            ),
        )
        vault.record(
            "consent-record",
            "person",
            person_id,
            {
                "code": person.code,
                "consent_id": consent_id,
                "number": number,
                "share": list(share),
                "anonymity": anonymity,
                "recontact": recontact,
                "withdrawn": withdrawn,
                "date": given.value,
            },
        )
    return get_consent(vault, consent_id)


def record_consent(
    vault: Vault,
    person_id: str,
    share: str | Iterable[str],
    anonymity: str,
    *,
    recontact: bool = False,
    date: PartialDate | str | None = None,
    note: str | None = None,
) -> Consent:
    """Record a new consent decision for a person (the vault operator as recorder; the
    date defaults to today); it becomes the current one and the earlier ones stay.

    Refuses an unknown person, an unknown or empty category list, an anonymity other than
    required/waived, and an unreadable date.
    """
    categories = parse_categories(share)
    return _insert(
        vault, person_id, categories, _check_anonymity(anonymity), recontact, False, date, note
    )


def withdraw_consent(
    vault: Vault,
    person_id: str,
    *,
    recontact: bool = False,
    date: PartialDate | str | None = None,
    note: str | None = None,
) -> Consent:
    """Record a withdrawal: a new record sharing with nobody, anonymity required.  From
    now on none of the person's statements can be exported."""
    return _insert(vault, person_id, (), "required", recontact, True, date, note)


def _from_row(row: tuple[Any, ...]) -> Consent:
    return Consent(
        id=row[0],
        person_id=row[1],
        number=int(row[2]),
        share=tuple(c for c in row[3].split(",") if c),
        anonymity=row[4],
        recontact=bool(row[5]),
        withdrawn=bool(row[6]),
        date=PartialDate(row[7], row[8]),
        note=row[9],
        recorded_by=row[10],
        recorded_utc=row[11],
    )


def get_consent(vault: Vault, consent_id: str) -> Consent:
    """One consent record by id."""
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE id = ?",  # noqa: S608 - fixed column list
        (consent_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No consent record with id {consent_id}.")
    return _from_row(row)


def consent_history(vault: Vault, person_id: str) -> list[Consent]:
    """Every consent record of a person, oldest first (UnknownId for an unknown person)."""
    get_person(vault, person_id)
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE person_id = ? ORDER BY number",  # noqa: S608
        (person_id,),
    )
    return [_from_row(row) for row in rows]


def current_consent(vault: Vault, person_id: str) -> Consent | None:
    """The person's latest consent record, or None if none was ever recorded (which
    exports treat as "share with nobody")."""
    history = consent_history(vault, person_id)
    return history[-1] if history else None


def current_consents(vault: Vault, case_id: str) -> dict[str, Consent]:
    """Person id -> current consent, for every person of a case who has one."""
    rows = vault.conn.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))}"  # noqa: S608
        " FROM consents AS c JOIN persons AS p ON p.id = c.person_id"
        " WHERE p.case_id = ? AND c.number = ("
        "  SELECT max(number) FROM consents WHERE person_id = c.person_id)",
        (case_id,),
    )
    return {row[1]: _from_row(row) for row in rows}
