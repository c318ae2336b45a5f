"""Redaction records in the vault: proposals, decisions, manual spans and boxes.

Review marks (a person looked at an attachment as it will be exported) are in
``review.py``.  Nothing here changes an original.  Redactions are rows applied only when an
export is written (``vault/redact/export_text.py`` for statements, the bundle writer for
attachments).
Every decision leaves a custody event; custody details never carry the matched text.

Seen for one profile, a proposed name the profile shows anyway (a perpetrator's for
``government``) is "kept by profile" (:func:`profile_status`): it needs no decision and
never blocks that profile's export.  A decision, once made, is never dropped: an accepted
redaction is applied in every anonymized export, whatever its profile would show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vault.core.attachments import get_attachment, read_attachment
from vault.core.cases import get_case
from vault.core.consent import current_consents
from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.ids import new_id
from vault.core.persons import list_persons
from vault.core.statements import Statement, get_statement
from vault.core.vault import Vault
from vault.redact.detect import detect
from vault.redact.hits import REASONS, Hit, ProtectedName
from vault.redact.media import SNIFF_BYTES, MediaClass, MediaKind, classify
from vault.redact.phones import detection_regions
from vault.redact.profiles import ProfilePolicy

FIELDS = ("body", "translation")
# How a proposal reads when the chosen profile shows that person's name anyway.
KEPT_BY_PROFILE = "kept by profile"
MANUAL_TOKENS = {
    "identity": "[name]",
    "contact": "[contact]",
    "location": "[location]",
    "document": "[document]",
    "other": "[redacted]",
}
_COLUMNS = (
    "id, case_id, target_type, target_id, version_id, field, span_start, span_end, page,"
    " box_x, box_y, box_w, box_h, matched_text, kind, reason, replacement, person_id, source,"
    " status, created_utc, decided_utc, explanation"
)


@dataclass(frozen=True)
class Redaction:
    """One redaction record: a text span of a statement version, or a box on an attachment."""

    id: str
    case_id: str
    target_type: str
    target_id: str
    version_id: str | None
    field: str | None
    start: int | None
    end: int | None
    page: int | None
    box_x: float | None
    box_y: float | None
    box_w: float | None
    box_h: float | None
    matched_text: str | None
    kind: str
    reason: str
    replacement: str
    person_id: str | None
    source: str
    status: str
    created_utc: str
    decided_utc: str | None
    explanation: str | None = None  # why detection proposed it ("valid AM mobile")

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a box redaction."""
        if self.box_x is None or self.box_y is None or self.box_w is None or self.box_h is None:
            raise ValueError("not a box redaction")
        return (self.box_x, self.box_y, self.box_w, self.box_h)

    def as_hit(self) -> Hit:
        """A text redaction as a Hit to apply."""
        if self.start is None or self.end is None or self.matched_text is None:
            raise ValueError("not a text redaction")
        return Hit(
            self.start,
            self.end,
            self.matched_text,
            self.reason,
            self.replacement,
            self.person_id,
            self.kind,
            self.explanation or "",
        )

    def as_json(self) -> dict[str, Any]:
        """The record as a JSON object (the matched text included: it never leaves the vault
        except on the user's own screen)."""
        data: dict[str, Any] = {
            "id": self.id,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "kind": self.kind,
            "explanation": self.explanation,
            "reason": self.reason,
            "replacement": self.replacement,
            "person_id": self.person_id,
            "source": self.source,
            "status": self.status,
            "created_utc": self.created_utc,
            "decided_utc": self.decided_utc,
        }
        if self.target_type == "statement":
            data.update(
                statement_id=self.target_id,
                version_id=self.version_id,
                field=self.field,
                start=self.start,
                end=self.end,
                text=self.matched_text,
            )
        else:
            data.update(attachment_id=self.target_id, page=self.page, box=list(self.box))
        return data


def _rows(vault: Vault, where: str, args: tuple[Any, ...]) -> list[Redaction]:
    sql = (
        f"SELECT {_COLUMNS} FROM redactions WHERE {where}"  # noqa: S608 - fixed fragments
        " ORDER BY target_id, field, span_start, page, created_utc"
    )
    return [Redaction(*row) for row in vault.conn.execute(sql, args)]


MIN_ID_PREFIX = 6


def get_redaction(vault: Vault, redaction_id: str) -> Redaction:
    """One redaction record, by its id or the first 6+ characters of it (as listings
    show them); UnknownId if there is none, InputError when a prefix fits several."""
    wanted = redaction_id.strip().lower()
    found = _rows(vault, "id = ?", (wanted,))
    if not found and len(wanted) >= MIN_ID_PREFIX and wanted.isalnum():
        # Ids are lowercase hex: every id starting with the prefix sorts in [p, p+"g").
        found = _rows(vault, "id >= ? AND id < ?", (wanted, wanted + "g"))
        if len(found) > 1:
            listed = ", ".join(r.id[:12] for r in found[:8])
            raise InputError(
                f"{redaction_id!r} fits {len(found)} redactions ({listed}): give more "
                "characters of the id.",
                data={"candidates": [r.id for r in found]},
            )
    if not found:
        raise UnknownId(f"No redaction proposal with id {redaction_id}.")
    return found[0]


def statement_redactions(vault: Vault, statement: Statement) -> list[Redaction]:
    """Every redaction of the statement's current version (any status)."""
    return _rows(
        vault,
        "target_type = 'statement' AND target_id = ? AND version_id = ?",
        (statement.id, statement.current.id),
    )


def version_redactions(vault: Vault, statement_id: str, version_id: str) -> list[Redaction]:
    """Every redaction of one version of a statement (any status)."""
    return _rows(
        vault,
        "target_type = 'statement' AND target_id = ? AND version_id = ?",
        (statement_id, version_id),
    )


def attachment_boxes(vault: Vault, attachment_id: str, status: str = "accepted") -> list[Redaction]:
    """The attachment's boxes with ``status``."""
    return _rows(
        vault,
        "target_type = 'attachment' AND target_id = ? AND status = ?",
        (attachment_id, status),
    )


def attachment_redactions(vault: Vault, attachment_id: str) -> list[Redaction]:
    """Every box of the attachment, whatever its status."""
    return _rows(vault, "target_type = 'attachment' AND target_id = ?", (attachment_id,))


def _field_text(statement: Statement, field: str) -> str | None:
    return statement.body if field == "body" else statement.translation


def policy_names(vault: Vault, case_id: str, policy: ProfilePolicy) -> list[Any]:
    """The ProtectedName list for ``policy`` in one case."""
    # Retracted persons stay protected: their names may still be in the texts.
    persons = list_persons(vault, case_id, include_retracted=True)
    return policy.protected(persons, current_consents(vault, case_id))


def case_regions(vault: Vault, case_id: str) -> tuple[str, ...]:
    """The regions detection tries for a case's national phone formats: the case's own
    (``case add --region``) first, then the fixed defaults."""
    return detection_regions(get_case(vault, case_id).regions)


def detect_in_statement(
    vault: Vault, statement: Statement, policy: ProfilePolicy | None
) -> dict[str, list[Hit]]:
    """Detection hits on the current version, per field (body, translation): the names
    ``policy`` protects, or with None every person of the case."""
    protected = (
        policy_names(vault, statement.case_id, policy)
        if policy is not None
        else [ProtectedName(p.id, p.code, p.names) for p in list_persons(vault, statement.case_id)]
    )
    regions = case_regions(vault, statement.case_id)
    hits: dict[str, list[Hit]] = {}
    for field in FIELDS:
        text = _field_text(statement, field)
        if text:
            hits[field] = detect(text, protected, regions)
    return hits


def suggest(
    vault: Vault, statement_id: str, profile: str = "public", show_perpetrators: bool | None = None
) -> list[Redaction]:
    """Run detection on the statement's current version and record each new hit as a
    proposal; return every redaction of the current version.

    Every person of the case is looked for, whatever ``profile`` (checked here, and used by
    the shells to show which proposals it keeps: :func:`profile_status`): a name that
    profile shows is listed as "kept by profile" rather than missing, so the same
    proposals serve every profile and running ``--profile government`` first hides
    nothing from a later ``public`` export. A hit already recorded (same version, field
    and span) is not proposed again, whatever was decided about it.
    """
    statement = get_statement(vault, statement_id)
    policy = ProfilePolicy.of(profile, show_perpetrators)  # an unknown one is refused here
    hits = detect_in_statement(vault, statement, None)
    known = {(r.field, r.start, r.end) for r in statement_redactions(vault, statement)}
    now = utc_now()
    added = 0
    with vault.transaction() as conn:
        for field, field_hits in hits.items():
            for hit in field_hits:
                if (field, hit.start, hit.end) in known:
                    continue
                conn.execute(
                    "INSERT INTO redactions (id, case_id, target_type, target_id, version_id,"
                    " field, span_start, span_end, matched_text, kind, reason, replacement,"
                    " person_id, source, status, created_utc, explanation)"
                    " VALUES (?, ?, 'statement', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'detected',"
                    " 'proposed', ?, ?)",
                    (
                        new_id(),
                        statement.case_id,
                        statement.id,
                        statement.current.id,
                        field,
                        hit.start,
                        hit.end,
                        hit.text,
                        hit.kind,
                        hit.reason,
                        hit.replacement,
                        hit.person_ref,
                        now,
                        hit.explanation or None,
                    ),
                )
                added += 1
        if added:
            vault.record(
                "redaction-proposed",
                "statement",
                statement.id,
                {"version": statement.current.number, "proposed": added, "profile": policy.profile},
            )
    return statement_redactions(vault, statement)


def decide(vault: Vault, redaction_ids: Sequence[str], accept: bool) -> list[Redaction]:
    """Accept or reject proposals (all in one transaction; unknown ids refuse them all)."""
    if not redaction_ids:
        raise InputError("Name at least one proposal id.")
    records = [get_redaction(vault, rid) for rid in dict.fromkeys(redaction_ids)]
    status = "accepted" if accept else "rejected"
    now = utc_now()
    with vault.transaction() as conn:
        for record in records:
            if record.status == status:
                continue
            conn.execute(
                "UPDATE redactions SET status = ?, decided_utc = ? WHERE id = ?",
                (status, now, record.id),
            )
            vault.record(
                f"redaction-{status}",
                record.target_type,
                record.target_id,
                {
                    "redaction": record.id,
                    "reason": record.reason,
                    "kind": record.kind,
                    "previous": record.status,
                },
            )
    return [get_redaction(vault, record.id) for record in records]


def kept_persons(vault: Vault, case_id: str, policy: ProfilePolicy) -> set[str]:
    """Ids of the case's persons whose names ``policy`` shows (nothing to decide there)."""
    protected = {p.person_ref for p in policy_names(vault, case_id, policy)}
    return {p.id for p in list_persons(vault, case_id, include_retracted=True)} - protected


def profile_status(record: Redaction, kept: set[str]) -> str:
    """The record's status as one profile sees it: a *proposed* name of a person in
    ``kept`` (see :func:`kept_persons`) is :data:`KEPT_BY_PROFILE`; decisions and every
    other proposal keep their own status."""
    if record.status == "proposed" and record.person_id is not None and record.person_id in kept:
        return KEPT_BY_PROFILE
    return record.status


def accept_all(
    vault: Vault, statement_id: str, policy: ProfilePolicy | None = None
) -> list[Redaction]:
    """Accept every undecided proposal of the statement's current version; with
    ``policy``, only those that need a decision for it (not "kept by profile")."""
    statement = get_statement(vault, statement_id)
    kept = kept_persons(vault, statement.case_id, policy) if policy is not None else set()
    pending = [
        r.id
        for r in statement_redactions(vault, statement)
        if profile_status(r, kept) == "proposed"
    ]
    if not pending:
        return []
    return decide(vault, pending, accept=True)


def _check_reason(reason: str) -> str:
    reason = reason.strip().lower()
    if reason not in REASONS:
        raise InputError(f"Unknown reason {reason!r}; use one of {', '.join(REASONS)}.")
    return reason


def add_span(
    vault: Vault, statement_id: str, start: int, end: int, reason: str, field: str = "body"
) -> Redaction:
    """Redact characters [start, end) of the current version's body (or translation), as
    the user chose; accepted at once.  Offsets count Unicode characters from 0."""
    statement = get_statement(vault, statement_id)
    reason = _check_reason(reason)
    if field not in FIELDS:
        raise InputError(f"Unknown field {field!r}; use body or translation.")
    text = _field_text(statement, field)
    if text is None:
        raise InputError(f"Statement {statement_id} has no {field}.")
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"The span {start}-{end} is outside the {field} (0-{len(text)} characters)."
        )
    for record in statement_redactions(vault, statement):
        if (
            record.field == field
            and record.status == "accepted"
            and record.start is not None
            and record.end is not None
            and record.start < end
            and start < record.end
        ):
            raise InputError(
                f"The span {start}-{end} overlaps redaction {record.id} ({field}"
                f"[{record.start}:{record.end}], already accepted); reject that one first "
                "to replace it."
            )
    return _insert_manual(
        vault,
        statement.case_id,
        "statement",
        statement.id,
        {
            "version_id": statement.current.id,
            "field": field,
            "span_start": start,
            "span_end": end,
            "matched_text": text[start:end],
        },
        "span",
        reason,
    )


def add_box(
    vault: Vault,
    attachment_id: str,
    box: tuple[float, float, float, float],
    reason: str,
    page: int = 1,
) -> Redaction:
    """A solid box on an attachment, accepted at once: displayed pixels (after EXIF
    orientation) for images; points of the displayed page, origin top-left, for PDFs."""
    attachment = get_attachment(vault, attachment_id)
    reason = _check_reason(reason)
    x, y, w, h = box
    if page < 1:
        raise InputError("Pages are numbered from 1.")
    if w <= 0 or h <= 0 or x < 0 or y < 0:
        raise InputError("A box needs x, y >= 0 and a width and height above 0.")
    media = attachment_media(vault, attachment.id)
    kind = media.kind
    if kind not in (MediaKind.IMAGE, MediaKind.PDF):
        raise InputError(
            f"Attachment {attachment.id} is {media.format or 'of an unknown format'}: boxes "
            "apply to pictures and PDFs only."
        )
    # Refused now rather than at export (or, for a picture, silently covering nothing).
    if page != 1:
        if kind != MediaKind.PDF:
            raise InputError(f"Attachment {attachment.id} is not a PDF: it has only page 1.")
        pages = _pdf_pages(vault, attachment.id)
        if page > pages:
            raise InputError(
                f"Attachment {attachment.id} has {pages} page(s); there is no page {page}."
            )
    elif kind == MediaKind.IMAGE:
        size = _image_size(vault, attachment.id)
        if size is not None and (x >= size[0] or y >= size[1]):
            raise InputError(
                f"The box starts at {x:g},{y:g}, outside the picture ({size[0]}x{size[1]} "
                "pixels as displayed): it would cover nothing."
            )
    for known in attachment_boxes(vault, attachment.id):
        if (known.page or 1) == page and known.box == (x, y, w, h):
            raise InputError(
                f"Attachment {attachment.id} already has this box on page {page} "
                f"(redaction {known.id}); it was not added again."
            )
    return _insert_manual(
        vault,
        attachment.case_id,
        "attachment",
        attachment.id,
        {"page": page, "box_x": x, "box_y": y, "box_w": w, "box_h": h},
        "box",
        reason,
    )


def attachment_media(vault: Vault, attachment_id: str) -> MediaClass:
    """What the attachment is, from its content (never its name): the first authenticated
    chunk is enough to tell the format."""
    for chunk in read_attachment(vault, attachment_id):
        return classify(chunk[:SNIFF_BYTES])
    return classify(b"")


def _image_size(vault: Vault, attachment_id: str) -> tuple[int, int] | None:
    """Displayed width and height; None when the picture cannot be read (export says why)."""
    from vault.core.errors import DecoderFailed
    from vault.redact import caged
    from vault.redact.errors import RedactionError

    try:  # decoded in the cage: a hostile picture never runs in this process
        return caged.image_size(b"".join(read_attachment(vault, attachment_id)))
    except (RedactionError, DecoderFailed):
        return None


def _pdf_pages(vault: Vault, attachment_id: str) -> int:
    from vault.redact import caged  # here: only boxes past page 1 need it

    return len(caged.pdf_texts(b"".join(read_attachment(vault, attachment_id))))


def _insert_manual(
    vault: Vault,
    case_id: str,
    target_type: str,
    target_id: str,
    values: dict[str, Any],
    kind: str,
    reason: str,
) -> Redaction:
    redaction_id = new_id()
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    with vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO redactions (id, case_id, target_type, target_id, kind, reason,"  # noqa: S608
            f" replacement, source, status, created_utc, decided_utc, {columns})"
            f" VALUES (?, ?, ?, ?, ?, ?, ?, 'manual', 'accepted', ?, ?, {marks})",
            (
                redaction_id,
                case_id,
                target_type,
                target_id,
                kind,
                reason,
                MANUAL_TOKENS[reason],
                utc_now(),
                utc_now(),
                *values.values(),
            ),
        )
        vault.record(
            "redaction-added",
            target_type,
            target_id,
            {"redaction": redaction_id, "kind": kind, "reason": reason},
        )
    return get_redaction(vault, redaction_id)
