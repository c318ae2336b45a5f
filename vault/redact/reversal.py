"""Taking back a redaction decision: a new decision that restores the status a record had
before, recorded in the custody log like every other; the row itself stays.

A person who accepts the wrong proposal, rejects by mistake or adds a span in the wrong
place undoes it here.  A decision on a proposal goes back to what it was ("proposed",
"accepted" or "rejected"); a manual span, which has no earlier state, is withdrawn by
rejecting it (a rejected manual span is applied nowhere and decides nothing about
detection: ``export_text.preview_statement`` counts only rejected *detected* proposals).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vault.core.custody import utc_now
from vault.core.errors import InputError
from vault.core.vault import Vault
from vault.redact.proposals import Redaction, get_redaction

STATUSES = ("proposed", "accepted", "rejected")


@dataclass(frozen=True)
class Reversal:
    """One record to take back: its id, the status the decision left it in (``now``),
    and the status it returns to (``back_to``)."""

    redaction_id: str
    now: str
    back_to: str


def revert(vault: Vault, reversals: Sequence[Reversal]) -> list[Redaction]:
    """Restore each record's earlier status in one transaction, one custody event
    ("redaction-reverted") per record, without the matched text; return the records as
    they now stand.

    Refuses them all (nothing written) when a record is unknown, when a status is not a
    redaction status, when a record no longer has the status the decision left it in
    (someone decided again since: undoing would overwrite that later decision), and when
    a manual span would become "proposed" (nothing ever proposed it).
    """
    if not reversals:
        raise InputError("Nothing to undo.")
    records = []
    for step in reversals:
        if step.now not in STATUSES or step.back_to not in STATUSES:
            raise InputError(f"Unknown redaction status {step.now!r} or {step.back_to!r}.")
        record = get_redaction(vault, step.redaction_id)
        if record.status != step.now:
            raise InputError(
                f"Redaction {record.id[:8]} is {record.status} now, not {step.now}: it was "
                "decided again since, so this decision is no longer the last one to undo.",
                data={"redaction": record.id, "status": record.status},
            )
        if record.source == "manual" and step.back_to == "proposed":
            raise InputError(f"Redaction {record.id[:8]} was added by hand; it was never proposed.")
        records.append((record, step.back_to))
    now = utc_now()
    with vault.transaction() as conn:
        for record, back_to in records:
            if record.status == back_to:
                continue
            decided = None if back_to == "proposed" else now
            conn.execute(
                "UPDATE redactions SET status = ?, decided_utc = ? WHERE id = ?",
                (back_to, decided, record.id),
            )
            vault.record(
                "redaction-reverted",
                record.target_type,
                record.target_id,
                {
                    "redaction": record.id,
                    "reason": record.reason,
                    "kind": record.kind,
                    "previous": record.status,
                    "restored": back_to,
                },
            )
    return [get_redaction(vault, record.id) for record, _back in records]
