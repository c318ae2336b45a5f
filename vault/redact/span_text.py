"""Manual spans chosen by their text ("Aram Hakobyan") instead of character offsets.

A person reads a statement, not its offsets: they name the words, and which occurrence
(or all of them). The span is recorded through ``proposals.add_span``, so the same rules
hold (accepted at once, no overlap with an accepted redaction, a custody event each),
and what was covered comes back with a little context to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.core.errors import InputError
from vault.core.persons import list_persons
from vault.core.statements import get_statement
from vault.core.vault import Vault
from vault.redact.detect import detect
from vault.redact.hits import ProtectedName
from vault.redact.proposals import FIELDS, Redaction, add_span, statement_redactions

CONTEXT = 20  # characters shown on each side of a covered span


@dataclass(frozen=True)
class CoveredSpan:
    """One span recorded, and how it reads in its text: ``before[text]after``."""

    redaction: Redaction
    before: str
    text: str
    after: str

    def shown(self) -> str:
        """The span in brackets with its context, on one line."""
        flat = (self.before + "[" + self.text + "]" + self.after).replace("\n", " ")
        return f"...{flat}..."


@dataclass(frozen=True)
class SpanResult:
    """What ``add_spans_by_text`` recorded, and whether the text names anyone the case
    has registered (``names_registered`` False: offer to register them)."""

    covered: list[CoveredSpan]
    names_registered: bool


def find_occurrences(text: str, wanted: str) -> list[int]:
    """Start offsets of ``wanted`` in ``text``, not overlapping one another."""
    found: list[int] = []
    start = text.find(wanted)
    while start >= 0:
        found.append(start)
        start = text.find(wanted, start + len(wanted))
    return found


def add_spans_by_text(
    vault: Vault,
    statement_id: str,
    wanted: str,
    reason: str,
    *,
    occurrence: int | None = None,
    every: bool = False,
    field: str = "body",
) -> SpanResult:
    """Redact ``wanted`` where it appears in the current version's ``field``: the only
    occurrence, occurrence number ``occurrence`` (from 1), or ``every`` one.

    Refuses (InputError, nothing recorded): text that does not appear; several
    occurrences without ``occurrence`` or ``every`` (saying how many); an occurrence
    number out of range; any occurrence overlapping an accepted redaction.
    """
    if not wanted.strip():
        raise InputError("Give the words to redact, not an empty text.")
    if occurrence is not None and every:
        raise InputError("Use either an occurrence number or all occurrences, not both.")
    statement = get_statement(vault, statement_id)
    if field not in FIELDS:
        raise InputError(f"Unknown field {field!r}; use body or translation.")
    text = (statement.body if field == "body" else statement.translation) or ""
    starts = find_occurrences(text, wanted)
    if not starts:
        raise InputError(
            f"The {field} of statement {statement_id} does not contain that text "
            "(it must match exactly, capitals and spaces included)."
        )
    if occurrence is not None:
        if not 1 <= occurrence <= len(starts):
            raise InputError(
                f"The text appears {len(starts)} time(s); there is no occurrence {occurrence}."
            )
        starts = [starts[occurrence - 1]]
    elif len(starts) > 1 and not every:
        raise InputError(
            f"The text appears {len(starts)} times in the {field}; choose one occurrence "
            "or cover them all.",
            data={"field": field, "occurrences": len(starts)},
            hint="choose-occurrence",
        )
    _check_free(vault, statement_id, field, [(s, s + len(wanted)) for s in starts])
    covered = []
    for start in starts:
        end = start + len(wanted)
        record = add_span(vault, statement_id, start, end, reason, field)
        covered.append(
            CoveredSpan(
                record, text[max(0, start - CONTEXT) : start], wanted, text[end : end + CONTEXT]
            )
        )
    return SpanResult(covered, names_someone(vault, statement.case_id, wanted))


def _check_free(vault: Vault, statement_id: str, field: str, spans: list[tuple[int, int]]) -> None:
    """Refuse before anything is recorded, so --all records every occurrence or none."""
    statement = get_statement(vault, statement_id)
    for record in statement_redactions(vault, statement):
        if record.field != field or record.status != "accepted":
            continue
        for start, end in spans:
            if (
                record.start is not None
                and record.end is not None
                and record.start < end
                and start < record.end
            ):
                raise InputError(
                    f"The span {start}-{end} overlaps redaction {record.id} ({field}"
                    f"[{record.start}:{record.end}], already accepted); nothing was "
                    "recorded. Reject that one first to replace it."
                )


def names_someone(vault: Vault, case_id: str, text: str) -> bool:
    """True when ``text`` contains the name (any spelling detection knows) of a person
    registered in the case."""
    people = [ProtectedName(p.id, p.code, p.names) for p in list_persons(vault, case_id)]
    return any(hit.person_ref for hit in detect(text, people))
