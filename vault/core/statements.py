"""Statements: what a witness told an interviewer, kept in versions.

A statement's text lives only inside the encrypted database.  Every version stays,
each with the SHA-256 of its UTF-8 body (and of its translation) and a custody event;
an edit adds a version and makes it current, never changes an old one.  Only the current
version is in the search index.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from vault.core.cases import get_case
from vault.core.custody import utc_now
from vault.core.dates import PartialDate
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.imported import ImportedFrom, import_details, mark_imported
from vault.core.persons import allocate_code, ensure_role
from vault.core.retracted import live, refuse_retracted
from vault.core.statement_fields import KINDS as KINDS
from vault.core.statement_fields import CheckedDraft, check_body, check_draft
from vault.core.statement_fields import StatementDraft as StatementDraft
from vault.core.statement_fields import check_kind as check_kind
from vault.core.statement_fields import check_language as check_language
from vault.core.topics import TOPICS
from vault.core.vault import Vault

_STATEMENT = (
    "s.id, s.case_id, s.witness_id, w.code, s.interviewer_id, s.interpreter_id,"
    " s.interview_date, s.interview_date_precision, s.place, s.language, s.kind,"
    " s.translation_language, s.created_utc, s.code"
)
STATEMENT_PREFIX = "S"  # S-001, S-002 ... per case (code_counters, never reused)
_VERSION = (
    "v.id, v.statement_id, v.number, v.body, v.sha256, v.translation, v.translation_sha256,"
    " v.operator, v.created_utc"
)


def body_sha256(text: str) -> str:
    """The SHA-256 (hex) of a text's UTF-8 bytes: the hash every version carries."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StatementVersion:
    """One version of a statement's text."""

    id: str
    statement_id: str
    number: int
    body: str
    sha256: str
    translation: str | None
    translation_sha256: str | None
    operator: str
    created_utc: str

    def as_json(self, include_text: bool = True) -> dict[str, Any]:
        """The version as a JSON object (texts left out when ``include_text`` is False)."""
        result: dict[str, Any] = {
            "id": self.id,
            "number": self.number,
            "sha256": self.sha256,
            "translation_sha256": self.translation_sha256,
            "operator": self.operator,
            "created_utc": self.created_utc,
        }
        if include_text:
            result["body"] = self.body
            result["translation"] = self.translation
        return result


@dataclass(frozen=True)
class Statement:
    """A statement with its current version."""

    id: str
    case_id: str
    witness_id: str
    witness_code: str
    interviewer_id: str | None
    interpreter_id: str | None
    interview_date: PartialDate | None
    place: str | None
    language: str | None
    kind: str
    translation_language: str | None
    created_utc: str
    current: StatementVersion
    topics: tuple[str, ...] = field(default=())
    tags: tuple[str, ...] = field(default=())
    code: str = ""  # S-001: numbered per case at creation, never reused

    @property
    def body(self) -> str:
        """The current version's text."""
        return self.current.body

    @property
    def translation(self) -> str | None:
        """The current version's translation, if any."""
        return self.current.translation

    def as_json(self) -> dict[str, Any]:
        """The statement with its current version's texts and hashes."""
        return {
            "id": self.id,
            "code": self.code,
            "case_id": self.case_id,
            "witness_id": self.witness_id,
            "witness_code": self.witness_code,
            "interviewer_id": self.interviewer_id,
            "interpreter_id": self.interpreter_id,
            "interview_date": None
            if self.interview_date is None
            else self.interview_date.as_json(),
            "place": self.place,
            "language": self.language,
            "kind": self.kind,
            "topics": list(self.topics),
            "tags": list(self.tags),
            "translation_language": self.translation_language,
            "created_utc": self.created_utc,
            "version": self.current.number,
            "version_id": self.current.id,
            "sha256": self.current.sha256,
            "translation_sha256": self.current.translation_sha256,
            "body": self.current.body,
            "translation": self.current.translation,
        }


def _write(
    vault: Vault, case_id: str, checked: CheckedDraft, imported: ImportedFrom | None = None
) -> str:
    """Insert one checked statement and its first version (inside a transaction)."""
    conn = vault.conn
    statement_id, version_id, now = new_id(), new_id(), utc_now()
    draft = checked.draft
    date = checked.interview_date
    code = allocate_code(conn, case_id, STATEMENT_PREFIX)
    conn.execute(
        "INSERT INTO statements (id, case_id, witness_id, interviewer_id, interpreter_id,"
        " interview_date, interview_date_precision, place, language, kind,"
        " translation_language, created_utc, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            statement_id,
            case_id,
            checked.witness.id,
            draft.interviewer_id or None,
            draft.interpreter_id or None,
            None if date is None else date.value,
            None if date is None else date.precision,
            checked.place,
            checked.language,
            checked.kind,
            checked.translation_language,
            now,
            code,
        ),
    )
    sha = body_sha256(draft.body)
    translation_sha = None if draft.translation is None else body_sha256(draft.translation)
    _insert_version(vault, version_id, statement_id, 1, draft.body, draft.translation, now)
    conn.executemany(
        "INSERT INTO statement_topics (statement_id, topic) VALUES (?, ?)",
        [(statement_id, t) for t in checked.topics],
    )
    conn.executemany(
        "INSERT INTO statement_tags (statement_id, tag) VALUES (?, ?)",
        [(statement_id, t) for t in checked.tags],
    )
    ensure_role(vault, checked.witness, "witness")
    if checked.interviewer is not None:
        ensure_role(vault, checked.interviewer, "interviewer")
    if checked.interpreter is not None:
        ensure_role(vault, checked.interpreter, "interpreter")
    vault.record(
        "statement-create",
        "statement",
        statement_id,
        {
            "case_id": case_id,
            "code": code,
            "witness": checked.witness.code,
            "version_id": version_id,
            "version": 1,
            "sha256": sha,
            "translation_sha256": translation_sha,
            **import_details(imported),
        },
    )
    mark_imported(vault, "statement", statement_id, imported)
    return statement_id


def _insert_version(
    vault: Vault,
    version_id: str,
    statement_id: str,
    number: int,
    body: str,
    translation: str | None,
    now: str,
) -> None:
    vault.conn.execute(
        "INSERT INTO statement_versions (id, statement_id, number, body, sha256, translation,"
        " translation_sha256, operator, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version_id,
            statement_id,
            number,
            body,
            body_sha256(body),
            translation,
            None if translation is None else body_sha256(translation),
            vault.operator,
            now,
        ),
    )
    # The search index follows current_version_id (trigger statements_search_version).
    vault.conn.execute(
        "UPDATE statements SET current_version_id = ? WHERE id = ?", (version_id, statement_id)
    )


def add_statement(
    vault: Vault, case_id: str, draft: StatementDraft, imported: ImportedFrom | None = None
) -> Statement:
    """Add a statement (version 1) to a case in one transaction; log it with its hash.
    ``imported``: brought in by an import (marked so; inside the import's transaction,
    which this one joins).

    The witness, interviewer and interpreter must be persons of the case (each gains that
    role if they lacked it; codes never change).  Refuses an unknown case or person, a
    person of another case, an empty text, an unknown kind, topic or language tag, and an
    unreadable date; nothing is written then.
    """
    get_case(vault, case_id)
    checked = check_draft(vault, case_id, draft)
    with vault.transaction():
        statement_id = _write(vault, case_id, checked, imported)
    return get_statement(vault, statement_id)


def add_statements(
    vault: Vault,
    case_id: str,
    drafts: Iterable[StatementDraft],
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Add many statements in one transaction (import, demo data, benchmarks); return
    their ids.  Each is checked and logged exactly as ``add_statement`` does; if any is
    refused, none is added."""
    get_case(vault, case_id)
    ids = []
    with vault.transaction():
        for draft in drafts:
            ids.append(_write(vault, case_id, check_draft(vault, case_id, draft)))
            if progress is not None:
                progress(len(ids))
    return ids


def edit_statement(
    vault: Vault,
    statement_id: str,
    body: str | None = None,
    translation: str | None = None,
    translation_language: str | None = None,
) -> StatementVersion:
    """Make a new current version with a new body and/or translation (what is not given
    is carried over); every earlier version stays.  Logged as ``edit`` with both hashes.

    Refuses an unknown statement, empty text, and a version identical to the current one.
    """
    statement = get_statement(vault, statement_id)
    refuse_retracted(vault, statement.id, statement.case_id, f"Statement {statement.code}")
    if body is None and translation is None:
        raise InputError("Give a new text or a new translation for the statement.")
    new_body = statement.body if body is None else check_body(body, "statement text")
    new_translation = (
        statement.translation if translation is None else check_body(translation, "translation")
    )
    language = check_language(translation_language, "translation language")
    if new_body == statement.body and new_translation == statement.translation:
        raise InputError(
            f"The new text is identical to version {statement.current.number}; nothing was changed."
        )
    version_id = new_id()
    number = statement.current.number + 1
    with vault.transaction() as conn:
        _insert_version(
            vault, version_id, statement_id, number, new_body, new_translation, utc_now()
        )
        if language is not None:
            conn.execute(
                "UPDATE statements SET translation_language = ? WHERE id = ?",
                (language, statement_id),
            )
        vault.record(
            "edit",
            "statement",
            statement_id,
            {
                "version_id": version_id,
                "version": number,
                "sha256": body_sha256(new_body),
                "previous_sha256": statement.current.sha256,
                "translation_sha256": None
                if new_translation is None
                else body_sha256(new_translation),
            },
        )
    return get_version(vault, version_id)


def _version(row: tuple[Any, ...]) -> StatementVersion:
    return StatementVersion(
        row[0], row[1], int(row[2]), row[3], row[4], row[5], row[6], row[7], row[8]
    )


def _vocabulary_order(topics: list[str]) -> tuple[str, ...]:
    known = [t for t in TOPICS if t in topics]
    return (*known, *sorted(t for t in topics if t not in TOPICS))


def _statements(
    vault: Vault, where: str, args: tuple[Any, ...], order: str = ""
) -> list[Statement]:
    rows = vault.conn.execute(
        f"SELECT {_STATEMENT}, {_VERSION} FROM statements AS s"  # noqa: S608 - fixed SQL
        " JOIN persons AS w ON w.id = s.witness_id"
        f" JOIN statement_versions AS v ON v.id = s.current_version_id {where} {order}",
        args,
    ).fetchall()
    topics: dict[str, list[str]] = defaultdict(list)
    tags: dict[str, list[str]] = defaultdict(list)
    if rows:
        scope = f"(SELECT id FROM statements AS s {where})"  # noqa: S608 - fixed SQL
        for sid, topic in vault.conn.execute(
            f"SELECT statement_id, topic FROM statement_topics WHERE statement_id IN {scope}",  # noqa: S608
            args,
        ):
            topics[sid].append(topic)
        for sid, tag in vault.conn.execute(
            f"SELECT statement_id, tag FROM statement_tags WHERE statement_id IN {scope}",  # noqa: S608
            args,
        ):
            tags[sid].append(tag)
    return [
        Statement(
            id=r[0],
            case_id=r[1],
            witness_id=r[2],
            witness_code=r[3],
            interviewer_id=r[4],
            interpreter_id=r[5],
            interview_date=PartialDate.from_columns(r[6], r[7]),
            place=r[8],
            language=r[9],
            kind=r[10],
            translation_language=r[11],
            created_utc=r[12],
            code=r[13] or "",
            current=_version(r[14:]),
            topics=_vocabulary_order(topics[r[0]]),
            tags=tuple(sorted(tags[r[0]])),
        )
        for r in rows
    ]


def get_statement(vault: Vault, statement_id: str) -> Statement:
    """The statement with its current version; UnknownId if there is none."""
    found = _statements(vault, "WHERE s.id = ?", (statement_id,))
    if not found:
        raise UnknownId(f"No statement with id {statement_id}.")
    return found[0]


def list_statements(
    vault: Vault, case_id: str | None = None, include_retracted: bool = False
) -> list[Statement]:
    """Every statement (of one case, if given) with its current text, oldest first;
    retracted ones (and those of a retracted case) only with ``include_retracted``."""
    hidden = "" if include_retracted else f" AND {live('s.id', 's.case_id')}"
    if case_id is None:
        return _statements(vault, f"WHERE 1{hidden}", (), "ORDER BY s.created_utc, s.id")
    get_case(vault, case_id)
    return _statements(
        vault, f"WHERE s.case_id = ?{hidden}", (case_id,), "ORDER BY s.created_utc, s.id"
    )


def statement_versions(vault: Vault, statement_id: str) -> list[StatementVersion]:
    """Every version of a statement, oldest first, each with its text and hashes."""
    get_statement(vault, statement_id)
    rows = vault.conn.execute(
        f"SELECT {_VERSION} FROM statement_versions AS v"  # noqa: S608 - fixed column list
        " WHERE v.statement_id = ? ORDER BY v.number",
        (statement_id,),
    )
    return [_version(row) for row in rows]


def get_version(vault: Vault, version_id: str) -> StatementVersion:
    """One version by its id; UnknownId if there is none."""
    row = vault.conn.execute(
        f"SELECT {_VERSION} FROM statement_versions AS v WHERE v.id = ?",  # noqa: S608
        (version_id,),
    ).fetchone()
    if row is None:
        raise UnknownId(f"No statement version with id {version_id}.")
    return _version(row)


def require_statement_in_case(vault: Vault, statement_id: str, case_id: str) -> None:
    """Refuse a statement id that is unknown or belongs to another case."""
    row = vault.conn.execute(
        "SELECT case_id FROM statements WHERE id = ?", (statement_id,)
    ).fetchone()
    if row is None:
        raise UnknownId(f"No statement with id {statement_id}.")
    if row[0] != case_id:
        code = get_case(vault, case_id).code
        raise InputError(f"Statement {statement_id} does not belong to case {code}.")
