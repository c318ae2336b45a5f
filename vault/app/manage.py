"""Records once they exist, as both shells manage them: every way a person names a record
(a code such as W-001 or C-002/S-003, an id or a 6+ character prefix) turned into the one
record it names, corrections that keep history, retraction (kept, hidden, never deleted),
a statement edit that keeps the redaction decisions on unchanged text, and the custody
log in readable form.  The work is in vault/core (refs, corrections, statement_meta,
retract, audit_log) and vault/redact/carry.py; this is the shells' one door to it."""

from __future__ import annotations

from vault.core.audit_log import audit_log
from vault.core.corrections import (
    edit_facility,
    edit_incident,
    edit_person,
    relink_attachment,
    set_operator,
)
from vault.core.errors import InputError
from vault.core.links import parse_ref
from vault.core.refs import KINDS, code_of, resolve
from vault.core.retract import retract
from vault.core.retracted import retracted_ids
from vault.core.statement_meta import StatementMeta, edit_statement_meta
from vault.core.statements import Statement, get_statement
from vault.core.vault import Vault
from vault.redact.carry import edit_statement_keeping_decisions

__all__ = [
    "StatementMeta",
    "audit_log",
    "code_of",
    "correct_statement",
    "edit_facility",
    "edit_incident",
    "edit_person",
    "edit_statement_keeping_decisions",
    "edit_statement_meta",
    "get_statement",
    "parse_ref",
    "relink_attachment",
    "resolve",
    "retract",
    "retracted_ids",
    "set_operator",
]


def correct_statement(
    vault: Vault, statement_id: str, meta: StatementMeta, reason: str
) -> Statement:
    """Correct a statement's metadata (language, date, place, persons, kind) for the
    reason a person gave, kept with the custody event; return the statement as it now is.
    Refuses a blank reason and what ``edit_statement_meta`` refuses."""
    if not reason.strip():
        raise InputError("Say why the details are corrected.", data={"field": "reason"})
    return edit_statement_meta(vault, statement_id, meta, reason)


def record_type_problem(kind: str) -> str | None:
    """Why ``kind`` is not a record type a command can name (a sentence listing the
    known ones), or None when it is one."""
    if kind.strip().lower() in KINDS:
        return None
    return f"unknown record type {kind!r}: use one of {', '.join(KINDS)}"
