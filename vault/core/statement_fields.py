"""What a person gives for a statement, checked before anything is written: kind,
language tags, text, the persons taking part (who must belong to the case), topics, tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.core.dates import PartialDate, as_partial_date
from vault.core.errors import InputError
from vault.core.persons import Person, require_person_in_case
from vault.core.text_input import clean_line, clean_optional_line
from vault.core.topics import check_topics
from vault.core.vault import Vault

KINDS = ("first-account", "formal", "sworn")
MAX_TAG_CHARS = 80
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def check_language(tag: str | None, what: str = "language") -> str | None:
    """An IETF language tag (hy, ru, en, az-Latn), normalized; None stays None.  Refuses
    anything that is not shaped like one, such as 'Armenian'."""
    if tag is None or not tag.strip():
        return None
    tag = tag.strip().replace("_", "-")
    if not _LANGUAGE.match(tag):
        raise InputError(
            f"Unknown {what} {tag!r}: use an IETF language tag such as hy, ru, en or az-Latn."
        )
    parts = tag.split("-")
    normalized = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            normalized.append(part.title())  # script: Latn, Cyrl, Armn
        elif len(part) == 2 and part.isalpha():
            normalized.append(part.upper())  # region: AM, AZ
        else:
            normalized.append(part.lower())
    return "-".join(normalized)


def check_kind(kind: str) -> str:
    """The kind, if it is one of KINDS; InputError listing them otherwise."""
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise InputError(f"Unknown statement kind {kind!r}: use {', '.join(KINDS)}.")
    return kind


def check_body(text: str, what: str) -> str:
    """The text, unless it is empty or white space only, or holds NUL characters."""
    if not text.strip():
        raise InputError(f"The {what} is empty.")
    if "\x00" in text:
        raise InputError(f"The {what} contains NUL characters.")
    return text


@dataclass(frozen=True)
class StatementDraft:
    """Everything needed to add a statement.  Dates may be PartialDate or text."""

    witness_id: str
    body: str
    translation: str | None = None
    translation_language: str | None = None
    language: str | None = None
    interview_date: PartialDate | str | None = None
    place: str | None = None
    interviewer_id: str | None = None
    interpreter_id: str | None = None
    kind: str = "first-account"
    topics: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckedDraft:
    """A draft whose every field was checked, with the persons it names."""

    draft: StatementDraft
    witness: Person
    interviewer: Person | None
    interpreter: Person | None
    interview_date: PartialDate | None
    place: str | None
    language: str | None
    translation_language: str | None
    kind: str
    topics: tuple[str, ...]
    tags: tuple[str, ...]


def check_draft(vault: Vault, case_id: str, draft: StatementDraft) -> CheckedDraft:
    """Check every field of a draft for ``case_id``; InputError or UnknownId naming the
    first problem (nothing is written here)."""
    witness = require_person_in_case(vault, draft.witness_id, case_id, "witness")
    interviewer = interpreter = None
    if draft.interviewer_id:
        interviewer = require_person_in_case(vault, draft.interviewer_id, case_id, "interviewer")
    if draft.interpreter_id:
        interpreter = require_person_in_case(vault, draft.interpreter_id, case_id, "interpreter")
    if witness.id in (draft.interviewer_id, draft.interpreter_id):
        raise InputError("The witness cannot also be the interviewer or interpreter.")
    check_body(draft.body, "statement text")
    if draft.translation is not None:
        check_body(draft.translation, "translation")
    tags = tuple(dict.fromkeys(clean_line(t, "tag", MAX_TAG_CHARS) for t in draft.tags))
    return CheckedDraft(
        draft=draft,
        witness=witness,
        interviewer=interviewer,
        interpreter=interpreter,
        interview_date=as_partial_date(draft.interview_date, "interview date"),
        place=clean_optional_line(draft.place, "place"),
        language=check_language(draft.language),
        translation_language=check_language(draft.translation_language, "translation language"),
        kind=check_kind(draft.kind),
        topics=check_topics(draft.topics),
        tags=tags,
    )
