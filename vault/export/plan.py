"""What an export will carry: statements chosen by consent, texts redacted for the profile,
attachments sorted into derived, original, left out or refused, each with a reason.

Nothing is written here (but the vault's export-code key, the first time); the bundle
writer turns a plan into files.  Counts of what was left out go to the user and the
custody log, never into the bundle.

Who the bundle names, and how: the persons whose records travel in records.json
(:func:`travelling_persons`) appear by their export code (``export_codes.py``); anyone
else the profile protects (a witness left out for want of consent, a person no exported
record points to) reads as the neutral ``[person]`` wherever text mentions them, so the
bundle neither names them nor lets a reader count who was withheld.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vault.core.attachments import Attachment, list_attachments
from vault.core.cases import Case, get_case
from vault.core.consent import Consent, current_consents
from vault.core.errors import InputError, UnknownId
from vault.core.errors import template as _
from vault.core.persons import Person, list_persons
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.received_consent import (
    ReceivedConsent,
    as_consent,
    received_person_consents,
    received_scopes,
)
from vault.core.retracted import is_retracted, live
from vault.core.statements import Statement, get_statement, list_statements
from vault.core.vault import Vault
from vault.export.errors import export_not_written
from vault.export.export_codes import case_export_code, person_export_codes
from vault.redact.export_text import (
    PERSON_TOKEN,
    RedactedStatement,
    UndecidedRedactions,
    redact_statement,
)
from vault.redact.hits import ProtectedName
from vault.redact.media import MediaClass, MediaKind
from vault.redact.media_strip import STRIPPABLE_FORMATS
from vault.redact.profiles import ProfilePolicy
from vault.redact.proposals import attachment_media
from vault.redact.review import REVIEWED, review_state


class UnreviewedAttachments(InputError):
    """Attachments that nobody has looked at as exported."""


class BeyondReceivedConsent(InputError):
    """Imported statements asked to go further than the consent they were released under."""


# Why an anonymized export leaves a recording out unless the person asks for it; the
# shells say how to ask (the command line: --include-media).
MEDIA_LEFT_OUT = "audio/video left out"


@dataclass(frozen=True)
class ExportOptions:
    """What the user asked for (the ``export`` command's options)."""

    profile: str
    statement_ids: tuple[str, ...] = ()
    skip_unreviewed: bool = False
    include_media: bool = False
    show_perpetrators: bool | None = None
    # None: every attachment of the exported statements and of the case; a tuple: only
    # these (a window's choice; any other attachment is simply not part of the export).
    attachment_ids: tuple[str, ...] | None = None


@dataclass
class PlannedStatement:
    """One statement going out, with its bundle reference and redacted texts."""

    statement: Statement
    ref: str
    texts: RedactedStatement
    released: Consent | None = None  # the consent it goes out under (into records.json)


@dataclass
class PlannedAttachment:
    """One attachment going out: how (``derive`` or ``original``) and as what."""

    attachment: Attachment
    ref: str
    media: MediaClass
    statement_ref: str | None


@dataclass
class ExportPlan:
    """Everything the writer needs, and what the user is told."""

    case: Case
    policy: ProfilePolicy
    persons: list[Person]
    consents: dict[str, Consent]
    protected: list[ProtectedName]  # each with their label below as ``code``
    case_code: str = ""  # the case's export code
    person_ref: dict[str, str] = field(default_factory=dict)  # travelling: id -> export code
    labels: dict[str, str] = field(default_factory=dict)  # everyone: export code or [person]
    statements: list[PlannedStatement] = field(default_factory=list)
    attachments: list[PlannedAttachment] = field(default_factory=list)
    statements_left_out: Counter[str] = field(default_factory=Counter)
    # The same statements one by one (statement, why), for the person exporting to see
    # whose words stay behind; like the counts, never written into the bundle.
    statements_withheld: list[tuple[Statement, str]] = field(default_factory=list)
    attachments_left_out: list[tuple[Attachment, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Imported statements whose witness has no consent recorded here: the scope each came
    # with (an empty share: its bundle gave none), all they may be re-shared for.
    received: dict[str, ReceivedConsent] = field(default_factory=dict)


def released_scope(item: PlannedStatement) -> dict[str, Any] | None:
    """What records.json says a statement was released under: the recipient categories
    its witness had consented to at export time and the anonymity they chose."""
    consent = item.released
    if consent is None:
        return None
    return {"share": list(consent.share), "anonymity": consent.anonymity}


def consent_refusal(consent: Consent | None, category: str) -> str | None:
    """Why a witness's statements may not go to ``category`` (None: they may)."""
    if consent is None:
        return _("no consent record")
    if consent.withdrawn:
        return _("consent withdrawn")
    if category not in consent.share:
        return _("consent does not include {category}").format(category=category)
    return None


def _chosen_statements(vault: Vault, case: Case, ids: Sequence[str]) -> list[Statement]:
    if not ids:
        return list_statements(vault, case.id)
    chosen = []
    for statement_id in dict.fromkeys(ids):
        statement = get_statement(vault, statement_id)
        if statement.case_id != case.id:
            raise UnknownId(f"Statement {statement_id} is not part of case {case.id}.")
        if is_retracted(vault, statement.id):
            raise InputError(
                f"Statement {statement.code} ({statement_id}) is retracted; it is never exported."
            )
        chosen.append(statement)
    return chosen


def plan_export(
    vault: Vault,
    case_id: str,
    options: ExportOptions,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> ExportPlan:
    """Decide what goes out for ``options.profile``.

    Refuses: an unknown case or statement; statements with undecided redactions (all of
    them named in one message); for anonymized profiles, attachments not reviewed as
    exported (named), unless ``skip_unreviewed`` leaves them out.  ``progress``: the
    "Planning" phase counts statements redacted; ``cancel`` raises Cancelled (planning
    writes nothing but, once per vault, the export-code key).
    """
    with export_not_written():
        return _plan_export(vault, case_id, options, progress, cancel)


def _plan_export(
    vault: Vault,
    case_id: str,
    options: ExportOptions,
    progress: Progress | ProgressCallback | None,
    cancel: CancelToken | None,
) -> ExportPlan:
    work = Work(progress, cancel)
    work.phase("Planning")
    case = get_case(vault, case_id)
    if is_retracted(vault, case.id):
        raise InputError(f"Case {case.code} is retracted; nothing of it is exported.")
    policy = ProfilePolicy.of(options.profile, options.show_perpetrators)
    # Retracted persons too: their names stay protected in the texts (they never travel:
    # no live statement or link points to them).
    persons = list_persons(vault, case.id, include_retracted=True)
    recorded = current_consents(vault, case.id)
    # An imported statement's witness with no consent recorded here is governed by the
    # scope their statements came with (a consent recorded here replaces it).
    scopes = received_scopes(vault, case.id)
    consents = {**received_person_consents(vault, case.id, scopes), **recorded}
    plan = ExportPlan(case, policy, persons, consents, [])
    plan.received = {
        sid: scope for sid, scope in scopes.items() if scope.witness_id not in recorded
    }
    consented = _consented(plan, _chosen_statements(vault, case, options.statement_ids))
    codes = person_export_codes(vault, persons)
    travelling = travelling_persons(vault, plan, [statement for statement, _ in consented])
    plan.case_code = case_export_code(vault, case)
    plan.person_ref = {p.id: codes[p.id] for p in persons if p.id in travelling}
    plan.labels = {p.id: plan.person_ref.get(p.id, PERSON_TOKEN) for p in persons}
    plan.protected = [
        ProtectedName(n.person_ref, plan.labels[n.person_ref], n.names)
        for n in policy.protected(persons, consents)
    ]
    _plan_statements(vault, plan, consented, work)
    work.check()
    _plan_attachments(vault, plan, options, bool(options.statement_ids))
    work.finish()
    return plan


def travelling_persons(vault: Vault, plan: ExportPlan, statements: list[Statement]) -> set[str]:
    """Ids of the persons whose records travel in records.json: those the exported
    ``statements`` point to (witness, interviewer, interpreter, links) and incident
    parties.  Others stay out, so the bundle does not reveal that other witnesses exist.
    A witness whose consent does not cover this profile is not brought in through an
    incident either: their code and role would say they gave a statement that was left
    out."""
    wanted: set[str] = set()
    statement_ids = set()
    for s in statements:
        statement_ids.add(s.id)
        wanted.update(x for x in (s.witness_id, s.interviewer_id, s.interpreter_id) if x)
    withheld = {
        p.id
        for p in plan.persons
        if "witness" in p.roles
        and consent_refusal(plan.consents.get(p.id), plan.policy.consent_category) is not None
    }
    for row in vault.conn.execute(
        "SELECT from_type, from_id, to_type, to_id FROM links WHERE case_id = ?"  # noqa: S608
        f" AND {live('id', 'from_id', 'to_id')}",
        (plan.case.id,),
    ):
        from_type, from_id, to_type, to_id = row
        if to_type != "person":
            continue
        if from_id in statement_ids or (from_type == "incident" and to_id not in withheld):
            wanted.add(to_id)
    return wanted


def _consented(
    plan: ExportPlan, statements: list[Statement]
) -> list[tuple[Statement, Consent | None]]:
    """The statements whose witness's consent covers the profile, each with the consent it
    leaves under; the others are counted as left out.  An imported statement beyond the
    scope it was received with refuses the whole export, naming it."""
    beyond: list[str] = []
    category = plan.policy.consent_category
    consented: list[tuple[Statement, Consent | None]] = []
    for statement in statements:
        released = plan.consents.get(statement.witness_id)
        if statement.id in plan.received:
            scope = plan.received[statement.id]
            if not scope.allows(category):
                beyond.append(_beyond(statement, scope))
                continue
            released = as_consent(scope)
        refusal = consent_refusal(released, category)
        if refusal is not None:
            plan.statements_left_out[refusal] += 1
            plan.statements_withheld.append((statement, refusal))
            continue
        consented.append((statement, released))
    if beyond:
        raise BeyondReceivedConsent(
            f"Refused: {len(beyond)} imported statement(s) were not released to this vault "
            f"for {category}: {'; '.join(beyond)}.",
            data={"category": category},
            hint="beyond-received-consent",
        )
    return consented


def _plan_statements(
    vault: Vault, plan: ExportPlan, statements: list[tuple[Statement, Consent | None]], work: Work
) -> None:
    undecided: list[str] = []
    undecided_ids: list[str] = []
    number = 0
    work.set_total(len(statements))
    for index, (statement, released) in enumerate(statements):
        work.update(index, item=f"statement {index + 1} of {len(statements)}")
        try:
            texts = redact_statement(vault, statement, plan.policy, plan.protected, plan.labels)
        except UndecidedRedactions:
            undecided.append(f"{statement.id} ({statement.witness_code})")
            undecided_ids.append(statement.id)
            continue
        number += 1
        plan.statements.append(PlannedStatement(statement, f"S-{number:03d}", texts, released))
    if undecided:
        raise UndecidedRedactions(
            f"{len(undecided)} statement(s) have possible redactions nobody decided for the "
            f"{plan.policy.profile} profile: {', '.join(undecided)}.",
            data={"profile": plan.policy.profile, "statements": undecided_ids},
            hint="decide-redactions",
        )


def _beyond(statement: Statement, scope: ReceivedConsent) -> str:
    return (
        f"statement {statement.id} (witness {statement.witness_code}, person "
        f"{statement.witness_id}) {scope.describe()}"
    )


def _plan_attachments(
    vault: Vault, plan: ExportPlan, options: ExportOptions, only_chosen: bool
) -> None:
    included = {p.statement.id: p.ref for p in plan.statements}
    unreviewed: list[str] = []
    unreviewed_ids: list[str] = []
    number = 0
    chosen = None if options.attachment_ids is None else set(options.attachment_ids)
    for attachment in list_attachments(vault, plan.case.id):
        if chosen is not None and attachment.id not in chosen:
            continue
        sid = attachment.statement_id
        if sid is not None and sid not in included:
            plan.attachments_left_out.append((attachment, "its statement is not exported"))
            continue
        if sid is None and only_chosen and chosen is None:
            continue  # --statement exports those statements and their own attachments
        media = attachment_media(vault, attachment.id)
        if plan.policy.anonymized:
            reason = _anonymized_refusal(attachment, media, options)
            if reason is not None:
                plan.attachments_left_out.append((attachment, reason))
                continue
            # Every attachment of an anonymized export, media included, is seen (or heard)
            # by a person as it will be exported for this profile before it can leave.
            review = review_state(vault, attachment.id, plan.policy.profile)
            if review.status != REVIEWED:
                why = f" ({review.why})" if review.why else ""
                if options.skip_unreviewed:
                    plan.attachments_left_out.append((attachment, f"not reviewed as exported{why}"))
                else:
                    unreviewed.append(f"{attachment.id} ({attachment.name}){why}")
                    unreviewed_ids.append(attachment.id)
                continue
            if media.is_media:
                plan.warnings.append(
                    f"{attachment.name} is audio or video: voices and faces identify people; "
                    "it goes out with its metadata stripped but otherwise unredacted."
                )
        number += 1
        plan.attachments.append(
            PlannedAttachment(
                attachment, f"A-{number:03d}", media, included.get(sid) if sid else None
            )
        )
    if unreviewed:
        raise UnreviewedAttachments(
            f"{len(unreviewed)} attachment(s) have not been reviewed as exported: "
            f"{', '.join(unreviewed)}.",
            data={"attachments": unreviewed_ids, "profile": plan.policy.profile},
            hint="review-attachments",
        )


def _anonymized_refusal(
    attachment: Attachment, media: MediaClass, options: ExportOptions
) -> str | None:
    if media.is_media:
        if not options.include_media:
            return MEDIA_LEFT_OUT
        if media.format not in STRIPPABLE_FORMATS:
            return f"audio/video in {media.format} cannot have its metadata stripped yet"
    elif media.kind == MediaKind.OTHER or not media.redactable:
        what = "its format is not recognized" if media.format == "unknown" else media.format
        return f"{what}: it cannot be redacted (only JPEG, PNG, WebP, TIFF and PDF can)"
    return None
