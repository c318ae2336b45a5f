"""Statement text as a profile may show it: accepted redactions applied, nothing undecided.

The safety net: detection runs again for the export's profile on the current version (with
the case's regions, as ``redact suggest`` does), and every hit must be covered by an
accepted redaction or explicitly rejected by a person. Otherwise the export is refused,
naming the statement, so a statement nobody reviewed can never leave with a protected
name or a phone-like number in it.

A decision a person made is never dropped: every accepted redaction is applied in every
anonymized profile, including a name the profile would show (a perpetrator's for
``government``): hiding more is always safe.  Proposals the profile would keep anyway
need no decision and never block the export (``proposals.profile_status``).

A name becomes the label the caller gives for that person (``labels``): their export
code when their records travel in the bundle, or the neutral :data:`PERSON_TOKEN` when
they do not, so text about a person left out names no code that would let a reader
count who was withheld.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from vault.core.errors import InputError
from vault.core.statements import Statement
from vault.core.vault import Vault
from vault.redact.apply import apply_redactions
from vault.redact.detect import detect
from vault.redact.hits import Hit, ProtectedName
from vault.redact.phones import DEFAULT_REGIONS
from vault.redact.profiles import ProfilePolicy
from vault.redact.proposals import FIELDS, case_regions, statement_redactions

# What a person who is not in the bundle's records reads as: no code, no count.
PERSON_TOKEN = "[person]"  # noqa: S105 - a placeholder, not a secret


class UndecidedRedactions(InputError):
    """Detection finds something in a statement that nobody accepted or rejected."""


@dataclass
class RedactedStatement:
    """What an export carries of one statement, and how much was removed, by reason."""

    body: str
    translation: str | None
    place: str | None
    counts: Counter[str] = field(default_factory=Counter)


def _covered(hit: Hit, spans: Sequence[Hit]) -> bool:
    position = hit.start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start <= position < span.end:
            position = span.end
        if position >= hit.end:
            return True
    return position >= hit.end


@dataclass
class StatementPreview:
    """A statement exactly as an export for one profile would carry it, and what detection
    for that profile finds that nobody decided (``undecided``: per field, each hit with
    its offsets into the *original* text). An export refuses while ``undecided`` holds
    anything; the texts are shown anyway so a person sees what is settled."""

    texts: RedactedStatement
    undecided: list[tuple[str, Hit]] = field(default_factory=list)


def preview_statement(
    vault: Vault,
    statement: Statement,
    policy: ProfilePolicy,
    protected: Sequence[ProtectedName],
    labels: Mapping[str, str] | None = None,
) -> StatementPreview:
    """The statement's texts for ``policy`` and the hits nobody decided; the one function
    both export (:func:`redact_statement`) and a person's preview use.

    Applies every accepted redaction, whatever the profile would show; a person's name
    becomes ``labels[person id]`` (their bundle code or ``[person]``; a person missing
    from ``labels`` reads ``[person]``, never the vault code stored with the proposal).
    A detection hit for this profile that is neither covered by an accepted redaction nor
    rejected is listed in ``undecided`` (and left visible in the text). The interview
    place is short metadata: detection hits in it are applied directly.
    """
    if not policy.anonymized:
        return StatementPreview(
            RedactedStatement(statement.body, statement.translation, statement.place)
        )
    labels = labels if labels is not None else {p.person_ref: p.code for p in protected}
    regions = case_regions(vault, statement.case_id)
    records = statement_redactions(vault, statement)
    counts: Counter[str] = Counter()
    texts: dict[str, str | None] = {}
    undecided: list[tuple[str, Hit]] = []
    for name in FIELDS:
        original = statement.body if name == "body" else statement.translation
        if not original:
            texts[name] = original
            continue
        mine = [r for r in records if r.field == name]
        applicable = [_relabelled(r.as_hit(), labels) for r in mine if r.status == "accepted"]
        # Only a rejected *proposal* says "this detection hit may stay": a manual span a
        # person withdrew (rejected) at the same offsets decided nothing about detection.
        rejected = {
            (r.start, r.end) for r in mine if r.status == "rejected" and r.source == "detected"
        }
        for hit in detect(original, protected, regions):
            if (hit.start, hit.end) not in rejected and not _covered(hit, applicable):
                undecided.append((name, hit))
        texts[name] = apply_redactions(original, applicable)
        counts.update(hit.reason for hit in applicable)
    place = statement.place
    if place:
        place_hits = detect(place, protected, regions)
        place = apply_redactions(place, place_hits)
        counts.update(hit.reason for hit in place_hits)
    redacted = RedactedStatement(texts["body"] or "", texts.get("translation"), place, counts)
    return StatementPreview(redacted, undecided)


def redact_statement(
    vault: Vault,
    statement: Statement,
    policy: ProfilePolicy,
    protected: Sequence[ProtectedName],
    labels: Mapping[str, str] | None = None,
) -> RedactedStatement:
    """The statement's texts for ``policy`` as :func:`preview_statement` makes them.

    Refuses with UndecidedRedactions when detection for this profile finds a span that is
    neither covered by an accepted redaction nor rejected.
    """
    preview = preview_statement(vault, statement, policy, protected, labels)
    if preview.undecided:
        raise UndecidedRedactions(
            f"Statement {statement.id} ({statement.witness_code}) has {len(preview.undecided)}"
            f" possible redaction(s) nobody decided for the {policy.profile} profile.",
            data={"profile": policy.profile, "statements": [statement.id]},
            hint="decide-redactions",
        )
    return preview.texts


def _relabelled(hit: Hit, labels: Mapping[str, str]) -> Hit:
    """A name hit with the bundle's label for its person instead of the vault code that
    was stored when it was proposed."""
    if hit.person_ref is None:
        return hit
    return replace(hit, replacement=labels.get(hit.person_ref, PERSON_TOKEN))


def redact_free_text(
    text: str | None,
    protected: Sequence[ProtectedName],
    regions: Sequence[str] = DEFAULT_REGIONS,
) -> str | None:
    """Short free text (a place, an incident description) with every detection hit applied
    (``regions``: the case's, as ``case_regions`` gives them, when the text is a case's)."""
    if not text:
        return text
    return apply_redactions(text, detect(text, protected, regions))
