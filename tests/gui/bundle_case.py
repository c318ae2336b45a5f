"""A small case to export and import in the window's tests: two witnesses (one who
consented to legal use, one with no consent at all), their statements with every name
decided, a reviewed photo of the first statement and an unreviewed note of the case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from vault.core.attachments import intake_files
from vault.core.consent import record_consent
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.redact.proposals import accept_all, suggest
from vault.redact.review import review_attachment

CONSENTED = "Ani Petrosyan"
NO_CONSENT = "Boris Melikyan"


@dataclass(frozen=True)
class BundleCase:
    """Ids of what :func:`fill_case` made."""

    consented_statement: str
    withheld_statement: str
    photo: str
    note: str


def fill_case(vault: Vault, case_id: str, folder: Path, decide: bool = True) -> BundleCase:
    """Fill ``case_id``; with ``decide`` False, the first statement's name stays undecided."""
    ani = add_person(vault, case_id, CONSENTED, "witness")
    boris = add_person(vault, case_id, NO_CONSENT, "witness")
    record_consent(vault, ani.id, "legal,ngo", "required")
    first = add_statement(
        vault,
        case_id,
        StatementDraft(ani.id, f"My name is {CONSENTED}. The guards took me to the yard."),
    )
    second = add_statement(
        vault,
        case_id,
        StatementDraft(boris.id, f"I am {NO_CONSENT}. I was held for three days."),
    )
    for statement in (first, second):
        suggest(vault, statement.id)
        if decide or statement is second:
            accept_all(vault, statement.id)
    folder.mkdir(parents=True, exist_ok=True)
    photo_path = folder / "yard.png"
    Image.new("RGB", (64, 48), (120, 140, 160)).save(photo_path)
    note_path = folder / "map.png"
    Image.new("RGB", (32, 32), (10, 200, 10)).save(note_path)
    photo = intake_files(vault, case_id, [photo_path], statement_id=first.id)[0]
    note = intake_files(vault, case_id, [note_path])[0]
    review_attachment(vault, photo.id, "legal")
    photo_path.unlink()
    note_path.unlink()
    return BundleCase(first.id, second.id, photo.id, note.id)
