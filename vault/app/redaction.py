"""Redaction decisions as a person makes them: proposals for a statement (with what the
chosen profile keeps anyway), accept and reject, a span or a box by hand, and the review
mark that lets an attachment leave in an anonymized export.

Imports detection (phone metadata, transliteration tables): a shell loads this module
only when a redaction command runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.core.attachments import get_attachment, list_attachments
from vault.core.errors import InputError
from vault.core.fsutil import write_new_private
from vault.core.statements import get_statement, list_statements
from vault.core.vault import Vault
from vault.export.preview import ExportedStatement, statement_as_exported
from vault.redact.preview import attachment_derivative
from vault.redact.profiles import ANONYMIZED_PROFILES, ProfilePolicy
from vault.redact.proposals import (
    KEPT_BY_PROFILE,
    Redaction,
    accept_all,
    add_box,
    add_span,
    attachment_redactions,
    decide,
    kept_persons,
    profile_status,
    statement_redactions,
    suggest,
)
from vault.redact.review import ReviewMark, ReviewState, review_attachment, review_marks
from vault.redact.review import review_state as _review_state
from vault.redact.span_text import SpanResult, add_spans_by_text

__all__ = [
    "KEPT_BY_PROFILE",
    "AttachmentPreview",
    "Decisions",
    "ExportedStatement",
    "Listing",
    "Redaction",
    "ReviewMark",
    "SpanResult",
    "accept",
    "accept_all_of_statement",
    "add_box",
    "add_span",
    "add_spans_by_text",
    "listing",
    "parse_box",
    "preview_attachment",
    "propose",
    "reject",
    "review_attachment",
    "statement_as_exported",
]


@dataclass(frozen=True)
class Decisions:
    """Redaction records, each with its status as the chosen profile sees it ("proposed",
    "accepted", "rejected", or KEPT_BY_PROFILE: that profile shows the name anyway)."""

    records: list[Redaction]
    statuses: list[str]
    profile_applied: bool  # statuses reflect a profile's kept names

    @property
    def kept_by_profile(self) -> bool:
        """Whether some proposal needs no decision because the profile shows it."""
        return self.profile_applied and KEPT_BY_PROFILE in self.statuses

    def as_json(self) -> list[dict[str, Any]]:
        """Each record's JSON with its ``status`` and ``needs_decision``."""
        return [
            {**r.as_json(), "status": status, "needs_decision": status == "proposed"}
            for r, status in zip(self.records, self.statuses, strict=True)
        ]


def _decisions(records: list[Redaction], kept: set[str] | None) -> Decisions:
    statuses = [profile_status(r, kept or set()) for r in records]
    return Decisions(records, statuses, kept is not None)


def propose(vault: Vault, statement_id: str, profile: str) -> Decisions:
    """Run detection on a statement for ``profile`` (new hits become proposals; earlier
    decisions stay); names the profile shows anyway read KEPT_BY_PROFILE."""
    records = suggest(vault, statement_id, profile)
    policy = ProfilePolicy.of(profile)
    case_id = records[0].case_id if records else None
    kept = kept_persons(vault, case_id, policy) if case_id else set()
    return _decisions(records, kept)


def accept(vault: Vault, redaction_ids: Sequence[str]) -> Decisions:
    """Accept these proposals (all or none: an unknown id refuses the lot)."""
    return _decisions(decide(vault, redaction_ids, accept=True), None)


def accept_all_of_statement(vault: Vault, statement_id: str, profile: str | None) -> Decisions:
    """Accept every open proposal of a statement; with ``profile``, leave those the
    profile keeps by itself."""
    policy = ProfilePolicy.of(profile) if profile else None
    return _decisions(accept_all(vault, statement_id, policy), None)


def reject(vault: Vault, redaction_ids: Sequence[str]) -> Decisions:
    """Reject these proposals (false positives)."""
    return _decisions(decide(vault, redaction_ids, accept=False), None)


def parse_box(text: str) -> tuple[float, float, float, float]:
    """``X,Y,W,H`` as four finite numbers; InputError otherwise."""
    parts = text.replace(" ", "").split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != 4 or any(v != v or v in (float("inf"), float("-inf")) for v in values):
        raise InputError(
            f"A box is X,Y,WIDTH,HEIGHT (four numbers), not {text!r}.", data={"field": "box"}
        )
    return (values[0], values[1], values[2], values[3])


@dataclass(frozen=True)
class AttachmentPreview:
    """An attachment exactly as an export for ``profile`` would carry it: what it is, its
    SHA-256 (what ``review`` records), what was applied, and where its review stands."""

    attachment_id: str
    profile: str
    media_type: str
    size: int
    sha256: str
    applied: list[str]
    review: str
    out: Path | None

    def as_json(self) -> dict[str, Any]:
        """The preview as one JSON object."""
        return {
            "attachment_id": self.attachment_id,
            "profile": self.profile,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "applied": list(self.applied),
            "out": None if self.out is None else str(self.out),
            "review": self.review,
        }


def preview_attachment(
    vault: Vault, attachment_id: str, profile: str, out: Path | None = None
) -> AttachmentPreview:
    """Make the derivative an export for ``profile`` would carry, in memory; with
    ``out``, write it to that new file (mode 0600, never over an existing one: it is a
    plaintext copy the person asked for)."""
    policy = ProfilePolicy.of(profile)
    derivative = attachment_derivative(vault, attachment_id, policy)
    if out is not None:
        write_new_private(out, derivative.data, "preview")
    state = _review_state(vault, attachment_id, policy.profile)
    reviewed = state.status
    if state.mark is not None and state.status == "reviewed":
        if state.mark.derivative_sha256 != derivative.sha256:
            reviewed = "stale (the file as exported changed since the review)"
    elif state.why:
        reviewed = f"{state.status} ({state.why})"
    return AttachmentPreview(
        attachment_id,
        policy.profile,
        derivative.media_type,
        len(derivative.data),
        derivative.sha256,
        list(derivative.applied),
        reviewed,
        out,
    )


@dataclass(frozen=True)
class Listing:
    """Every redaction record of some statements and attachments, their review marks,
    and each attachment's review state for the profiles it was marked for."""

    records: list[Redaction]
    marks: list[ReviewMark]
    states: list[tuple[str, str, ReviewState]]  # (attachment id, profile, state)


def listing(
    vault: Vault,
    statement_id: str | None = None,
    attachment_id: str | None = None,
    case_id: str | None = None,
) -> Listing:
    """Proposals, spans, boxes and review marks of one statement (current version), one
    attachment, or every statement and attachment of a case."""
    if case_id is not None:
        statements = list_statements(vault, case_id)
        attachments = list_attachments(vault, case_id)
    else:
        statements = [get_statement(vault, statement_id)] if statement_id else []
        attachments = [get_attachment(vault, attachment_id)] if attachment_id else []
    records: list[Redaction] = []
    marks: list[ReviewMark] = []
    states: list[tuple[str, str, ReviewState]] = []
    for statement in statements:
        records += statement_redactions(vault, statement)
    for attachment in attachments:
        records += attachment_redactions(vault, attachment.id)
        mine = review_marks(vault, attachment.id)
        marks += mine
        marked = {m.profile for m in mine if m.profile}
        for profile in [p for p in ANONYMIZED_PROFILES if p in marked] or ["any profile"]:
            states.append((attachment.id, profile, _review_state(vault, attachment.id, profile)))
    return Listing(records, marks, states)
