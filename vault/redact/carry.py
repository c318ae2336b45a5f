"""Redaction decisions that survive a new version of a statement's text.

Redaction rows point into one version (``version_id`` and character offsets).  When a
statement gets a new version, every decision a person made on the old one (accepted or
rejected proposals, manual spans) whose words are untouched by the edit is copied onto
the new version at its new offsets, with its status, reason and replacement; the others
are counted as needing a new look.  Undecided proposals are not copied: ``redact
suggest`` proposes them again on the new text.  The old version's rows stay as they were.

"Untouched" is decided by a word-level diff of the old and new text: a span is carried
only when it lies wholly inside a stretch the two versions share; a span the edit cut
into, or whose words were changed, is looked at again rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from vault.core.custody import utc_now
from vault.core.ids import new_id
from vault.core.statements import StatementVersion, edit_statement, get_statement, get_version
from vault.core.vault import Vault
from vault.redact.proposals import FIELDS, Redaction, version_redactions

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_COPIED = (
    "case_id, target_type, target_id, field, matched_text, kind, reason, replacement,"
    " person_id, source, status, decided_utc, explanation"
)


@dataclass(frozen=True)
class CarryReport:
    """What became of the old version's redactions."""

    kept: int  # decisions copied onto the new version
    need_look: int  # decisions on text that changed: decide again
    proposals_dropped: int  # undecided proposals (suggest again to see them)

    def describe(self) -> str:
        """One line for a person."""
        text = f"{self.kept} redaction decision(s) kept"
        if self.need_look:
            text += f"; {self.need_look} on changed text need a new look (redact suggest)"
        return text + "."


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """The text's tokens (words, runs of white space, single signs) and where each
    starts, plus the end of the text as a last offset."""
    tokens, starts = [], []
    for match in _TOKEN.finditer(text):
        tokens.append(match.group())
        starts.append(match.start())
    starts.append(len(text))
    return tokens, starts


def _shared_stretches(old: str, new: str) -> list[tuple[int, int, int]]:
    """(old start, old end, shift to the new offsets) of each stretch both texts share."""
    old_tokens, old_starts = _tokens(old)
    new_tokens, new_starts = _tokens(new)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        (old_starts[i], old_starts[i + size], new_starts[j] - old_starts[i])
        for i, j, size in matcher.get_matching_blocks()
        if size
    ]


def _new_span(
    record: Redaction, stretches: list[tuple[int, int, int]], new: str
) -> tuple[int, int] | None:
    assert record.start is not None and record.end is not None
    for start, end, shift in stretches:
        if start <= record.start and record.end <= end:
            moved = (record.start + shift, record.end + shift)
            if new[moved[0] : moved[1]] == record.matched_text:
                return moved
    return None


def carry_decisions(
    vault: Vault, statement_id: str, old_version_id: str, new_version_id: str
) -> CarryReport:
    """Copy the decisions of ``old_version_id`` whose text is unchanged onto
    ``new_version_id`` (inside the caller's transaction, or in one of its own); one
    ``redaction-carried`` custody event with the counts.  Nothing is copied twice: a
    decision already on the new version at the same place is left alone."""
    old = get_version(vault, old_version_id)
    new = get_version(vault, new_version_id)
    records = version_redactions(vault, statement_id, old.id)
    present = {(r.field, r.start, r.end) for r in version_redactions(vault, statement_id, new.id)}
    texts = {
        "body": (old.body, new.body),
        "translation": (old.translation, new.translation),
    }
    stretches = {
        field: _shared_stretches(before, after)
        for field, (before, after) in texts.items()
        if before is not None and after is not None
    }
    kept = need_look = dropped = 0
    now = utc_now()
    with vault.transaction() as conn:
        for record in records:
            if record.status == "proposed":
                dropped += 1
                continue
            field = record.field or "body"
            after = texts[field][1] if field in FIELDS else None
            span = None if after is None else _new_span(record, stretches[field], after)
            if span is None:
                need_look += 1
                continue
            if (field, *span) in present:
                kept += 1
                continue
            conn.execute(
                f"INSERT INTO redactions (id, version_id, span_start, span_end, created_utc,"  # noqa: S608
                f" {_COPIED}) SELECT ?, ?, ?, ?, ?, {_COPIED} FROM redactions WHERE id = ?",
                (new_id(), new.id, span[0], span[1], now, record.id),
            )
            kept += 1
        if records:
            vault.record(
                "redaction-carried",
                "statement",
                statement_id,
                {
                    "from_version": old.number,
                    "version": new.number,
                    "kept": kept,
                    "need_look": need_look,
                    "proposals_dropped": dropped,
                },
            )
    return CarryReport(kept, need_look, dropped)


def edit_statement_keeping_decisions(
    vault: Vault,
    statement_id: str,
    body: str | None = None,
    translation: str | None = None,
    translation_language: str | None = None,
) -> tuple[StatementVersion, CarryReport]:
    """``edit_statement`` and ``carry_decisions`` in one transaction: the new version
    and what became of the redaction decisions.  Refuses what ``edit_statement`` does."""
    previous = get_statement(vault, statement_id).current.id
    with vault.transaction():
        version = edit_statement(vault, statement_id, body, translation, translation_language)
        report = carry_decisions(vault, statement_id, previous, version.id)
    return version, report
