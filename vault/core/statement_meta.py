"""Correcting a statement's metadata (language, interview date, place, interviewer,
interpreter, kind, translation language) without touching its text.

The text has versions of its own (``edit_statement``); metadata is corrected in place,
with one ``edit`` custody event naming the fields changed (and the person codes of a new
interviewer or interpreter), never the place or other values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.core.correction_reasons import check_reason, keep_reason
from vault.core.dates import as_partial_date
from vault.core.errors import InputError
from vault.core.persons import ensure_role, require_person_in_case
from vault.core.retracted import refuse_retracted
from vault.core.statement_fields import check_kind, check_language
from vault.core.statements import Statement, get_statement
from vault.core.text_input import clean_optional_line
from vault.core.vault import Vault


@dataclass(frozen=True)
class StatementMeta:
    """The fields to change; None leaves one as it is, ``""`` clears an optional one
    (every field but ``kind``).  Persons are given by id."""

    language: str | None = None
    interview_date: str | None = None
    place: str | None = None
    interviewer_id: str | None = None
    interpreter_id: str | None = None
    kind: str | None = None
    translation_language: str | None = None

    def is_empty(self) -> bool:
        """True when it names nothing to change."""
        return all(getattr(self, name) is None for name in self.__dataclass_fields__)


def edit_statement_meta(
    vault: Vault, statement_id: str, meta: StatementMeta, reason: str | None = None
) -> Statement:
    """Correct the statement's metadata; return it as it now is.  ``reason`` (one line,
    why the person corrected it) is kept beside the ``edit`` event
    (``correction_reasons.py``), never in its details.

    Refuses an empty correction, what ``add_statement`` refuses for these fields (an
    unknown language tag or kind, an unreadable date, a person of another case, the
    witness as interviewer or interpreter), a retracted statement or person.  A new
    interviewer or interpreter gains that role (their code stays).
    """
    if meta.is_empty():
        raise InputError(
            "Name what to change (language, interview date, place, ...).",
            data={"fields": ["language", "interview_date", "place", "..."]},
            hint="name-fields",
        )
    why = check_reason(reason)
    statement = get_statement(vault, statement_id)
    refuse_retracted(vault, statement.id, statement.case_id, f"Statement {statement.code}")
    language = _keep(meta.language, statement.language, lambda v: check_language(v))
    translation_language = _keep(
        meta.translation_language,
        statement.translation_language,
        lambda v: check_language(v, "translation language"),
    )
    date = (
        statement.interview_date
        if meta.interview_date is None
        else as_partial_date(meta.interview_date or None, "interview date")
    )
    place = _keep(meta.place, statement.place, lambda v: clean_optional_line(v, "place"))
    kind = statement.kind if meta.kind is None else check_kind(meta.kind)
    helpers = {}
    for what, given, current in (
        ("interviewer", meta.interviewer_id, statement.interviewer_id),
        ("interpreter", meta.interpreter_id, statement.interpreter_id),
    ):
        if given is None:
            helpers[what] = current
            continue
        if not given:
            helpers[what] = None
            continue
        person = require_person_in_case(vault, given, statement.case_id, what)
        refuse_retracted(vault, person.id, person.case_id, f"Person {person.code}")
        if person.id == statement.witness_id:
            raise InputError("The witness cannot also be the interviewer or interpreter.")
        helpers[what] = person.id
    changed = [
        name
        for name, differs in (
            ("language", language != statement.language),
            ("interview_date", date != statement.interview_date),
            ("place", place != statement.place),
            ("interviewer", helpers["interviewer"] != statement.interviewer_id),
            ("interpreter", helpers["interpreter"] != statement.interpreter_id),
            ("kind", kind != statement.kind),
            ("translation_language", translation_language != statement.translation_language),
        )
        if differs
    ]
    if not changed:
        return statement
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE statements SET language = ?, interview_date = ?,"
            " interview_date_precision = ?, place = ?, interviewer_id = ?, interpreter_id = ?,"
            " kind = ?, translation_language = ? WHERE id = ?",
            (
                language,
                None if date is None else date.value,
                None if date is None else date.precision,
                place,
                helpers["interviewer"],
                helpers["interpreter"],
                kind,
                translation_language,
                statement.id,
            ),
        )
        details: dict[str, Any] = {"code": statement.code, "changed": changed}
        for what in ("interviewer", "interpreter"):
            helper = helpers[what]
            if what in changed and helper is not None:
                person = require_person_in_case(vault, helper, statement.case_id, what)
                ensure_role(vault, person, what)
                details[what] = person.code
        seq = vault.record("edit", "statement", statement.id, details)
        keep_reason(conn, seq, "statement", statement.id, why)
    return get_statement(vault, statement.id)


def _keep(given: str | None, current: str | None, check: Any) -> str | None:
    """The current value when nothing is given, None when ``""`` is, else the checked one."""
    if given is None:
        return current
    if not given.strip():
        return None
    result: str | None = check(given)
    return result
