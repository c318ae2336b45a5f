"""A statement's text redaction as a window works on it: proposals for one profile, each
with the person it names, decisions that can be undone, spans chosen by selection, and
the text exactly as the export for that profile would carry it.

Built on ``vault.app.redaction`` (what ``redact suggest/accept/reject/span/preview/list``
use): nothing here detects, applies or previews by itself.  Each decision returns a
:class:`Change` that :func:`undo` takes back with a new, logged decision (the rows stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vault.app import redaction
from vault.app.labels import record_label
from vault.app.redaction import ExportedStatement, Redaction
from vault.core.refs import code_of
from vault.core.statements import get_statement
from vault.core.vault import Vault
from vault.redact.hits import REASONS
from vault.redact.profiles import ANONYMIZED_PROFILES, ProfilePolicy
from vault.redact.proposals import KEPT_BY_PROFILE, get_redaction, kept_persons, profile_status
from vault.redact.reversal import Reversal, revert

__all__ = [
    "KEPT_BY_PROFILE",
    "PROFILES",
    "REASONS",
    "Change",
    "Proposal",
    "RedactionView",
    "accept_every",
    "accept_person",
    "add_selected_span",
    "decide_proposals",
    "open_view",
    "read_view",
    "undo",
]

# The profiles a text is redacted for (``evidence`` shows everything: nothing to decide).
PROFILES = ANONYMIZED_PROFILES


@dataclass(frozen=True)
class Proposal:
    """One redaction of the statement as a person decides on it: where (field and
    character offsets into that text), what (the words, the kind and why), who (the
    person's code and name, "" for a contact or a document), and its status for the
    chosen profile ("proposed", "accepted", "rejected" or KEPT_BY_PROFILE)."""

    id: str
    field: str
    start: int
    end: int
    text: str
    kind: str
    explanation: str
    reason: str
    replacement: str
    person_id: str | None
    person: str
    source: str
    status: str

    @property
    def undecided(self) -> bool:
        """Whether the chosen profile's export waits on a decision here."""
        return self.status == "proposed"


@dataclass(frozen=True)
class RedactionView:
    """Everything the redaction view shows of one statement for one profile: its code,
    texts, proposals in reading order (body, then translation) and the preview."""

    statement_id: str
    code: str
    profile: str
    body: str
    translation: str | None
    proposals: list[Proposal]
    exported: ExportedStatement


@dataclass(frozen=True)
class Change:
    """What one decision did, record by record, so that :func:`undo` can take it back:
    ``what`` names it ("accept", "reject", "accept-person", "accept-all", "span")."""

    what: str
    steps: tuple[Reversal, ...]

    @property
    def count(self) -> int:
        """How many records the decision changed."""
        return len(self.steps)


def open_view(vault: Vault, statement_id: str, profile: str) -> RedactionView:
    """Run detection on the statement (new hits become proposals, logged; earlier
    decisions stay) and read the view for ``profile``.  Refuses an unknown statement
    or profile."""
    redaction.propose(vault, statement_id, profile)
    return read_view(vault, statement_id, profile)


def read_view(vault: Vault, statement_id: str, profile: str) -> RedactionView:
    """The view for ``profile`` as the vault holds it now (nothing written, but the
    export-code key the first time a preview is made)."""
    statement = get_statement(vault, statement_id)
    policy = ProfilePolicy.of(profile)
    found = redaction.listing(vault, statement_id=statement.id)
    kept = kept_persons(vault, statement.case_id, policy)
    people: dict[str, str] = {}
    proposals = []
    for record in found.records:
        if record.target_type != "statement" or record.start is None or record.end is None:
            continue
        who = ""
        if record.person_id is not None:
            if record.person_id not in people:
                people[record.person_id] = record_label(vault, "person", record.person_id)
            who = people[record.person_id]
        proposals.append(_proposal(record, who, profile_status(record, kept)))
    proposals.sort(key=lambda p: (p.field != "body", p.start, p.end))
    exported = redaction.statement_as_exported(vault, statement.id, policy.profile)
    code = code_of(vault, "statement", statement.id) or statement.id[:8]
    return RedactionView(
        statement.id,
        code,
        policy.profile,
        statement.body,
        statement.translation,
        proposals,
        exported,
    )


def _proposal(record: Redaction, who: str, status: str) -> Proposal:
    assert record.start is not None and record.end is not None
    return Proposal(
        record.id,
        record.field or "body",
        record.start,
        record.end,
        record.matched_text or "",
        record.kind,
        record.explanation or "",
        record.reason,
        record.replacement,
        record.person_id,
        who,
        record.source,
        status,
    )


def _statuses(vault: Vault, ids: Sequence[str]) -> dict[str, str]:
    """Each record's status by full id (an unknown id refuses, as deciding would)."""
    found = (get_redaction(vault, rid) for rid in ids)
    return {record.id: record.status for record in found}


def _change(what: str, before: dict[str, str], after: Sequence[Redaction]) -> Change:
    steps = tuple(
        Reversal(r.id, r.status, before[r.id]) for r in after if before.get(r.id) != r.status
    )
    return Change(what, steps)


def decide_proposals(
    vault: Vault, redaction_ids: Sequence[str], accept: bool, what: str = ""
) -> Change:
    """Accept or reject these proposals (all or none: an unknown id refuses the lot)."""
    before = _statuses(vault, redaction_ids)
    decide = redaction.accept if accept else redaction.reject
    done = decide(vault, redaction_ids)
    return _change(what or ("accept" if accept else "reject"), before, done.records)


def accept_person(vault: Vault, statement_id: str, person_id: str) -> Change:
    """Accept every undecided proposal naming ``person_id`` in the statement's current
    version, the ones the profile would show anyway included (the person asked for this
    one by name).  An empty change when there is none."""
    statement = get_statement(vault, statement_id)
    ids = [
        r.id
        for r in redaction.listing(vault, statement_id=statement.id).records
        if r.person_id == person_id and r.status == "proposed"
    ]
    if not ids:
        return Change("accept-person", ())
    return decide_proposals(vault, ids, accept=True, what="accept-person")


def accept_every(vault: Vault, statement_id: str, profile: str) -> Change:
    """Accept every proposal the export for ``profile`` waits on (those the profile shows
    anyway stay undecided, as ``redact accept --all --profile`` leaves them)."""
    statement = get_statement(vault, statement_id)
    records = redaction.listing(vault, statement_id=statement.id).records
    before = {r.id: r.status for r in records}
    done = redaction.accept_all_of_statement(vault, statement.id, profile)
    return _change("accept-all", before, done.records)


def add_selected_span(
    vault: Vault, statement_id: str, field: str, start: int, end: int, reason: str
) -> Change:
    """Redact characters [start, end) of the body or translation (Python string offsets)
    for ``reason``, accepted at once; refused (with the record it overlaps) when an
    accepted redaction already covers part of it.  Undoing it withdraws the span."""
    record = redaction.add_span(vault, statement_id, start, end, reason, field)
    return Change("span", (Reversal(record.id, record.status, "rejected"),))


def undo(vault: Vault, change: Change) -> None:
    """Take ``change`` back: each record returns to its earlier status (a manual span is
    withdrawn), in one transaction with a custody event each.  Refuses when a record was
    decided again since (that later decision is not overwritten)."""
    revert(vault, change.steps)
