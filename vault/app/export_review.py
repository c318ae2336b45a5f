"""What a person must see before an export is written: the plan (``export_flow.plan``)
with who is left out for want of consent (by name: shown on this screen only, never
written into the bundle or the custody log), the statements whose redactions nobody
decided (they stop the export), the attachments not reviewed as exported (left out),
and what the redaction removes.

The window plans through :func:`review_export` and, once the person confirmed it, writes
``review.planned`` with ``export_flow.write``: what was shown is what is written.
Unreviewed attachments are always left out here (``skip_unreviewed``), so they are
listed for the person instead of refusing the whole export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from vault.app.export_flow import ExportOptions, ExportRequest, LeftOut, PlannedExport, plan
from vault.core.errors import InputError
from vault.core.progress import CancelToken, Progress
from vault.core.statements import get_statement, list_statements
from vault.core.vault import Vault
from vault.export.bundle import check_plan_exports_something
from vault.redact.export_text import UndecidedRedactions
from vault.redact.profiles import PROFILES

__all__ = [
    "PROFILES",
    "PROFILE_NOTES",
    "UNREVIEWED_WHY",
    "ExportReview",
    "PendingStatement",
    "WithheldWitness",
    "review_export",
]

UNREVIEWED_WHY = "not reviewed as exported"

# What each profile does, in a sentence a person choosing it can read (DESIGN.md
# "Export profiles"; consent decides whose statements go).
PROFILE_NOTES = {
    "legal": "For lawyers and courts: witnesses and victims by code, perpetrators named; "
    "statements of witnesses who consented to legal use.",
    "government": "For a government body: witnesses and victims by code, perpetrators "
    "named; statements of witnesses who consented to government use.",
    "ngo": "For a partner organization: witnesses and victims by code, perpetrators "
    "named; statements of witnesses who consented to NGO use.",
    "media": "For journalists: everyone by code, perpetrators too; statements of "
    "witnesses who consented to media use.",
    "public": "For publication: everyone by code, perpetrators too; statements of "
    "witnesses who consented to public use.",
    "evidence": "The full record for a court or HQ: real names, originals; consent to "
    "legal use decides; it must be an encrypted file.",
}


@dataclass(frozen=True)
class WithheldWitness:
    """A witness whose statements stay behind, why (neutral words from the plan), and
    which of their statements (codes)."""

    person_id: str
    code: str
    name: str
    why: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class PendingStatement:
    """A statement with possible redactions nobody accepted or rejected for the profile."""

    statement_id: str
    code: str
    witness_code: str


@dataclass
class ExportReview:
    """The plan to confirm (None while something stops the export) and the summaries.

    When statements have undecided redactions, ``planned`` is None and the summaries
    describe the export without those statements (so the person sees the rest before
    deciding whether to leave them out or to decide their redactions first).  When the
    plan holds nothing, ``refusal`` says so and the summaries say why.
    """

    request: ExportRequest
    planned: PlannedExport | None
    pending: list[PendingStatement] = field(default_factory=list)
    withheld: list[WithheldWitness] = field(default_factory=list)
    unreviewed: list[LeftOut] = field(default_factory=list)
    other_left_out: list[LeftOut] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)  # redaction reason -> spans
    # Why there is nothing to write (everything left out), when so.
    refusal: str | None = None

    @property
    def ready(self) -> bool:
        """Whether there is a plan that can be written once the person confirms it."""
        return self.planned is not None and not self.pending and self.refusal is None


def _withheld(planned: PlannedExport) -> list[WithheldWitness]:
    names = {p.id: p for p in planned.plan.persons}
    grouped: dict[tuple[str, str], list[str]] = {}
    for statement, why in planned.plan.statements_withheld:
        grouped.setdefault((statement.witness_id, why), []).append(statement.code)
    found = []
    for (person_id, why), codes in grouped.items():
        person = names.get(person_id)
        code = person.code if person else "?"
        name = person.name if person else ""
        found.append(WithheldWitness(person_id, code, name, why, tuple(codes)))
    return sorted(found, key=lambda w: (w.code, w.why))


def _summaries(review: ExportReview, planned: PlannedExport) -> None:
    review.withheld = _withheld(planned)
    for left in planned.left_out:
        (
            review.unreviewed if left.why.startswith(UNREVIEWED_WHY) else review.other_left_out
        ).append(left)
    removed: Counter[str] = Counter()
    for item in planned.plan.statements:
        removed.update(item.texts.counts)
    review.removed = dict(removed)


def review_export(
    vault: Vault,
    request: ExportRequest,
    progress: Progress | None = None,
    *,
    cancel: CancelToken | None = None,
) -> ExportReview:
    """Plan ``request`` (unreviewed attachments left out, and listed) and describe it.

    Never refuses for undecided redactions (those statements are listed in ``pending``
    and ``planned`` is None) nor for a plan with nothing in it (``refusal``).  Refuses
    what ``export_flow.plan`` refuses otherwise (a bad output or recipient, an unknown
    case, imported statements beyond their consent) with its InputError, and Cancelled
    when ``cancel`` is set.
    """
    request = replace(request, options=replace(request.options, skip_unreviewed=True))
    try:
        planned = plan(vault, request, progress, cancel=cancel, allow_empty=True)
    except UndecidedRedactions as exc:
        named = exc.data.get("statements") if isinstance(exc.data, dict) else None
        pending_ids = [str(sid) for sid in named] if isinstance(named, list) else []
        pending = [_pending(vault, sid) for sid in pending_ids]
        review = ExportReview(request, None, pending)
        rest = _without(vault, request, set(pending_ids))
        if rest is not None:
            partial = replace(request, options=rest)
            _summaries(review, plan(vault, partial, progress, cancel=cancel, allow_empty=True))
        return review
    review = ExportReview(request, planned)
    _summaries(review, planned)
    try:
        check_plan_exports_something(planned.plan)
    except InputError as refused:
        review.refusal = str(refused)
    return review


def _pending(vault: Vault, statement_id: str) -> PendingStatement:
    statement = get_statement(vault, statement_id)
    return PendingStatement(statement.id, statement.code, statement.witness_code)


def _without(vault: Vault, request: ExportRequest, pending: set[str]) -> ExportOptions | None:
    """The request's options with the pending statements taken out (None: none left)."""
    chosen = request.options.statement_ids or tuple(
        s.id for s in list_statements(vault, request.case_id)
    )
    rest = tuple(sid for sid in chosen if sid not in pending)
    return replace(request.options, statement_ids=rest) if rest else None
