"""The files under ``data/`` of a bundle: statement texts and PDFs, attachments (redacted
derivatives, or originals for ``evidence``) and the records.json that ties them together.

Persons are named by their export code (or their name where the profile shows it), the
case by its export code; a person whose records do not travel is ``[person]`` in every
text, so nothing here counts or names who was left out.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from vault.core.facilities import list_facilities
from vault.core.incidents import list_incidents
from vault.core.links import list_links
from vault.core.progress import CancelToken
from vault.core.vault import Vault
from vault.export.plan import ExportPlan, PlannedAttachment, PlannedStatement, released_scope
from vault.export.statement_pdf import statement_pdf
from vault.redact.errors import RedactionError
from vault.redact.export_text import PERSON_TOKEN, redact_free_text
from vault.redact.images import RedactedImage
from vault.redact.media import MediaKind
from vault.redact.phones import detection_regions
from vault.redact.preview import derive_attachment as derive_attachment_bytes
from vault.redact.proposals import attachment_boxes

_SUFFIX = {
    "jpeg": ".jpg",
    "png": ".png",
    "webp": ".webp",
    "tiff": ".png",
    "pdf": ".pdf",
    "wav": ".wav",
    "mp3": ".mp3",
    "mp4": ".mp4",
    "m4a": ".m4a",
    "mov": ".mov",
    "3gp": ".3gp",
}
_ORIGINAL_SUFFIX = {**_SUFFIX, "tiff": ".tif"}
_SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


@dataclass
class AttachmentOutput:
    """What goes out for one attachment: bytes in memory (derivatives) or a streamed original."""

    path: str
    media_type: str
    derived: bool
    data: bytes | None
    size: int
    counts: Counter[str] = field(default_factory=Counter)


def salted_hash(salt: bytes, chunks: Iterator[bytes] | list[bytes]) -> str:
    """SHA-256(salt || content): lets a court confirm an original without exposing it."""
    digest = hashlib.sha256(salt)
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def item_salt(vault: Vault, object_type: str, object_id: str) -> bytes:
    """The per-item salt kept in the vault for exported intake hashes (made once)."""
    if object_type == "attachment":
        row = vault.conn.execute(
            "SELECT hash_salt FROM attachments WHERE id = ?", (object_id,)
        ).fetchone()
        return bytes(row[0])
    row = vault.conn.execute(
        "SELECT salt FROM hash_salts WHERE object_type = ? AND object_id = ?",
        (object_type, object_id),
    ).fetchone()
    if row is not None:
        return bytes(row[0])
    salt = os.urandom(16)
    vault.conn.execute(
        "INSERT INTO hash_salts (object_type, object_id, salt) VALUES (?, ?, ?)",
        (object_type, object_id, salt),
    )
    return salt


def make_statement_salts(vault: Vault, plan: ExportPlan) -> dict[str, bytes]:
    """The salt of every planned statement version, by version id, made where missing
    (inside the caller's short transaction, before the export's passes: they only read).
    Attachments keep theirs in their own row, made at intake."""
    return {
        item.statement.current.id: item_salt(vault, "statement", item.statement.current.id)
        for item in plan.statements
    }


def statement_files(
    plan: ExportPlan, item: PlannedStatement, stem: str, person_label: dict[str, str]
) -> dict[str, bytes]:
    """The statement's text file, translation file (if any) and PDF."""
    s = item.statement
    header = [
        f"Statement {item.ref}",
        f"Witness: {person_label.get(s.witness_id, PERSON_TOKEN)}",
    ]
    if s.interviewer_id:
        header.append(f"Interviewer: {person_label.get(s.interviewer_id, PERSON_TOKEN)}")
    if s.interpreter_id:
        header.append(f"Interpreter: {person_label.get(s.interpreter_id, PERSON_TOKEN)}")
    if s.interview_date:
        header.append(f"Interview date: {s.interview_date.describe()}")
    if item.texts.place:
        header.append(f"Place: {item.texts.place}")
    header.append(f"Kind: {s.kind}" + (f"; language: {s.language}" if s.language else ""))
    files = {
        # The text file is the statement as redacted, nothing else, so that what HQ imports
        # is exactly what was sent; the PDF carries the header for people reading it.
        f"data/statements/{stem}.txt": item.texts.body.encode("utf-8"),
        f"data/statements/{stem}.pdf": statement_pdf(
            header, item.texts.body, item.texts.translation, s.translation_language
        ),
    }
    if item.texts.translation:
        files[f"data/statements/{stem}.translation.txt"] = item.texts.translation.encode("utf-8")
    return files


def derive_attachment(
    vault: Vault, plan: ExportPlan, item: PlannedAttachment, data: bytes
) -> AttachmentOutput:
    """The redacted derivative of an image, PDF or audio/video (``data``: its original),
    in memory.

    Images get the accepted boxes; PDFs get the accepted boxes plus a box over every
    detection hit for the profile in each page's text layer; WAV, MP3 and MP4-family media
    lose their metadata (``strip_media``).
    A refusal names the attachment.
    """
    try:
        return derive_output(vault, plan, item, data)
    except RedactionError as exc:
        # The redaction modules do not know which attachment they were given.
        raise type(exc)(f"{item.attachment.label}: {exc}") from None


def attachment_path(item: PlannedAttachment) -> str:
    """Where a derivative goes in the bundle: named by its reference, never its file name."""
    return f"data/attachments/attachment-{item.ref[2:]}{_SUFFIX.get(item.media.format, '.bin')}"


def image_boxes(vault: Vault, item: PlannedAttachment) -> list[tuple[float, float, float, float]]:
    """The accepted boxes of a photo (an image has one page), as ``redact_image`` takes them."""
    return [b.box for b in attachment_boxes(vault, item.attachment.id)]


def image_output(vault: Vault, item: PlannedAttachment, image: RedactedImage) -> AttachmentOutput:
    """The bundle entry of a photo redacted here or in a child process."""
    counts: Counter[str] = Counter(b.reason for b in attachment_boxes(vault, item.attachment.id))
    return AttachmentOutput(
        attachment_path(item), image.media_type, True, image.data, len(image.data), counts
    )


def derive_output(
    vault: Vault,
    plan: ExportPlan,
    item: PlannedAttachment,
    data: bytes,
    *,
    cancel: CancelToken | None = None,
) -> AttachmentOutput:
    """Like :func:`derive_attachment`, but a refusal carries the redaction module's own
    message, which names no attachment (what the export summary and custody log use).
    ``cancel`` is honoured between a PDF's pages.

    The bytes are those of ``vault.redact.preview.derive_attachment``, the function
    ``redact preview`` and ``redact review`` use too."""
    boxes = attachment_boxes(vault, item.attachment.id)
    regions = detection_regions(plan.case.regions)
    derived = derive_attachment_bytes(
        data, item.media, boxes, plan.protected, regions, cancel=cancel, name=item.attachment.label
    )
    return AttachmentOutput(
        attachment_path(item),
        derived.media_type,
        True,
        derived.data,
        len(derived.data),
        derived.counts,
    )


def original_output(item: PlannedAttachment) -> AttachmentOutput:
    """The original, streamed unchanged (``evidence`` profile)."""
    suffix = _ORIGINAL_SUFFIX.get(item.media.format)
    if suffix is None:
        guess = os.path.splitext(item.attachment.name)[1].lower()
        suffix = guess if _SAFE_SUFFIX.match(guess) else ".bin"
    return AttachmentOutput(
        f"data/attachments/attachment-{item.ref[2:]}{suffix}",
        item.media.media_type if item.media.kind != MediaKind.OTHER else item.attachment.media_type,
        False,
        None,
        item.attachment.size,
    )


def records_document(
    vault: Vault,
    plan: ExportPlan,
    bundle_id: str,
    exported_utc: str,
    statements: list[dict[str, Any]],
    attachments: list[dict[str, Any]],
    person_ref: dict[str, str],
) -> bytes:
    """data/records.json: persons as codes (or names where the profile shows them),
    facilities, incidents, statements and attachments by bundle reference, links."""
    shown = {p.id: plan.policy.name_shown(p, plan.consents.get(p.id)) for p in plan.persons}
    regions = detection_regions(plan.case.regions)
    persons = [
        {
            "ref": person_ref[p.id],
            "roles": list(p.roles),
            "name": p.name if shown[p.id] else None,
            "aliases": list(p.aliases) if shown[p.id] else [],
        }
        for p in plan.persons
        if p.id in person_ref
    ]
    facilities = list_facilities(vault, plan.case.id)
    facility_ref = {f.id: f"F-{n:03d}" for n, f in enumerate(facilities, start=1)}
    incidents = list_incidents(vault, plan.case.id)
    incident_ref = {i.id: f"N-{n:03d}" for n, i in enumerate(incidents, start=1)}
    refs = {**person_ref, **facility_ref, **incident_ref}
    refs.update({s["id"]: s["ref"] for s in statements})
    released = {item.statement.id: released_scope(item) for item in plan.statements}
    links = []
    incident_persons: dict[str, list[dict[str, str]]] = {}
    for link in list_links(vault, plan.case.id):
        if link.from_id in refs and link.to_id in refs:
            links.append({"from": refs[link.from_id], "to": refs[link.to_id], "as": link.role})
            if link.from_type == "incident" and link.to_type == "person":
                incident_persons.setdefault(link.from_id, []).append(
                    {"ref": refs[link.to_id], "as": link.role}
                )
    document = {
        "format": "evidence-vault-bundle",
        "version": 1,
        "bundle_id": bundle_id,
        "profile": plan.policy.profile,
        "exported_utc": exported_utc,
        "case": {
            "code": plan.case_code,
            "title": None if plan.policy.anonymized else plan.case.title,
        },
        "persons": persons,
        # Facilities are named in every profile, but a protected person's name in one
        # ("Sargsyan's house") is coded like anywhere else.
        "facilities": [
            {
                "ref": facility_ref[f.id],
                "name": redact_free_text(f.name, plan.protected, regions),
                "aliases": [redact_free_text(a, plan.protected, regions) for a in f.aliases],
                "type": redact_free_text(f.type, plan.protected, regions),
            }
            for f in facilities
        ],
        "incidents": [
            {
                "ref": incident_ref[i.id],
                "violation_type": redact_free_text(i.violation_type, plan.protected, regions),
                "date": i.date.value if i.date else None,
                "date_precision": i.date.precision if i.date else None,
                "place": redact_free_text(i.place, plan.protected, regions),
                "description": redact_free_text(i.description, plan.protected, regions),
                "facility": facility_ref.get(i.facility_id or ""),
                "persons": incident_persons.get(i.id, []),
            }
            for i in incidents
        ],
        "statements": [
            # The consent each statement was released under, so HQ re-shares within it.
            {**{k: v for k, v in s.items() if k != "id"}, "consent": released.get(s["id"])}
            for s in statements
        ],
        "attachments": attachments,
        "links": links,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
