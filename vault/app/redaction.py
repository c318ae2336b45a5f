"""Redaction decisions as a person makes them: proposals for a statement (with what the
chosen profile keeps anyway), accept and reject, a span or a box by hand, and the review
mark that lets an attachment leave in an anonymized export.

Imports detection (phone metadata, transliteration tables): a shell loads this module
only when a redaction command runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vault.core.errors import InputError
from vault.core.vault import Vault
from vault.redact.profiles import ProfilePolicy
from vault.redact.proposals import (
    KEPT_BY_PROFILE,
    Redaction,
    accept_all,
    add_box,
    add_span,
    decide,
    kept_persons,
    profile_status,
    review_attachment,
    suggest,
)

__all__ = [
    "KEPT_BY_PROFILE",
    "Decisions",
    "Redaction",
    "accept",
    "accept_all_of_statement",
    "add_box",
    "add_span",
    "parse_box",
    "propose",
    "reject",
    "review_attachment",
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
