"""Previews: what will leave, shown to a person before it does, made by the export's own code.

Each function here is the one the export calls (so a preview cannot differ from what is
exported) or renders what a person draws boxes on; none writes anything to disk.

- :func:`preview_statement` (from ``export_text``): a statement's texts as exported for a
  profile, and the hits nobody decided.
- :func:`displayed_image` / :func:`photo_pixels`: a photo's pixels as displayed (after
  its EXIF orientation), the coordinates boxes are given in.
- :func:`render_pdf_page`: one PDF page as pixels, ``PDFIUM_LOCK`` held for that page only.
- :func:`derive_attachment`: the exact bytes a bundle carries for an attachment (boxes
  burned in, automatic text hits burned into PDF pages, metadata stripped), with a
  summary of what was applied; :func:`attachment_derivative` makes it for a vault's
  attachment and a profile, as ``redact preview`` and ``redact review`` need it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from vault.core.attachments import get_attachment, read_attachment
from vault.core.cases import get_case
from vault.core.consent import Consent, current_consents
from vault.core.errors import InputError
from vault.core.errors import template as _
from vault.core.persons import list_persons
from vault.core.progress import CancelToken
from vault.core.received_consent import received_person_consents, received_scopes
from vault.core.vault import Vault
from vault.redact import caged
from vault.redact.detect import detect
from vault.redact.errors import RedactionError
from vault.redact.export_text import StatementPreview, preview_statement
from vault.redact.hits import ProtectedName
from vault.redact.images import displayed_image
from vault.redact.media import MediaClass, MediaKind, classify
from vault.redact.media_strip import STRIPPABLE_FORMATS
from vault.redact.pdf import (
    DEFAULT_DPI,
    RenderedPage,
    TextSpan,
    render_pdf_page,
)
from vault.redact.phones import detection_regions
from vault.redact.profiles import ProfilePolicy
from vault.redact.proposals import Redaction, attachment_boxes

__all__ = [
    "Derivative",
    "DisplayedPhoto",
    "RenderedPage",
    "StatementPreview",
    "attachment_derivative",
    "derive_attachment",
    "displayed_image",
    "export_consents",
    "photo_pixels",
    "preview_statement",
    "render_pdf_page",
]


@dataclass(frozen=True)
class DisplayedPhoto:
    """A photo's pixels as displayed: ``pixels`` is ``mode`` ("RGB" or "RGBA") row by
    row, ``width`` x ``height`` (what a window turns into an image without PIL)."""

    width: int
    height: int
    mode: str
    pixels: bytes = field(repr=False)


def photo_pixels(data: bytes) -> DisplayedPhoto:
    """The photo ``data`` as raw pixels after its EXIF orientation (see
    :func:`displayed_image`, whose refusals it shares); in memory only."""
    with displayed_image(data) as image:
        return DisplayedPhoto(image.width, image.height, image.mode, image.tobytes())


@dataclass
class Derivative:
    """What a bundle carries for one attachment, and what was done to make it.

    ``counts``: redactions by reason (boxes and automatic text hits); ``applied``: one
    line each for a person (counts, pages and metadata kinds, never matched text).
    """

    data: bytes = field(repr=False)
    media_type: str
    counts: Counter[str] = field(default_factory=Counter)
    applied: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """SHA-256 of ``data``: what a review mark binds to."""
        return hashlib.sha256(self.data).hexdigest()


def derive_attachment(
    data: bytes,
    media: MediaClass,
    boxes: Sequence[Redaction],
    protected: Sequence[ProtectedName],
    regions: Sequence[str],
    *,
    cancel: CancelToken | None = None,
    name: str = "this file",
) -> Derivative:
    """The derivative of ``data`` (an original whose content is ``media``, the file
    called ``name``) as an anonymized export carries it; the function the export itself
    calls (``cancel`` ends a PDF's rebuild at once: its child is killed).  Every decode runs
    in a caged child process (``vault.redact.caged``).

    Pictures get ``boxes`` (accepted box redactions) burned in and are rebuilt from
    pixels; PDFs get ``boxes`` plus a box over every detection hit for ``protected`` in
    each page's text layer and are rebuilt from page images; WAV, MP3 and MP4-family
    media lose their metadata. The same inputs always give the same bytes.
    Refuses (``RedactionError``) what the redaction modules refuse, and any other kind;
    ``DecoderFailed`` naming ``name`` when a decoder crashed, hung or ran out of memory.
    """
    counts: Counter[str] = Counter(b.reason for b in boxes)
    applied = [_boxes_line(boxes)] if boxes else []
    if media.kind == MediaKind.IMAGE:
        meta, derived = caged.redact_image_caged(data, [b.box for b in boxes], name=name)
        removed = caged.image_metadata(data, name=name)
        applied.append(
            _("Rebuilt from its pixels alone: {removed} removed").format(removed=", ".join(removed))
            if removed
            else _("Rebuilt from its pixels alone; it carried no metadata")
        )
        return Derivative(derived, str(meta["media_type"]), counts, applied)
    if media.kind == MediaKind.PDF:
        spans: list[TextSpan] = []
        per_page: Counter[int] = Counter()
        hit_reasons: Counter[str] = Counter()
        for number, text in caged.pdf_texts(data, name=name):
            for hit in detect(text, protected, regions):
                spans.append(TextSpan(number, hit.start, hit.end))
                per_page[number] += 1
                hit_reasons[hit.reason] += 1
        if cancel is not None:
            cancel.check()
        page_boxes = [(b.page or 1, *b.box) for b in boxes]
        page_count, rebuilt = caged.redact_pdf_caged(
            data,
            page_boxes,
            [(s.page, s.start, s.end) for s in spans],
            dpi=DEFAULT_DPI,
            name=name,
            cancel=cancel,
        )
        counts.update(hit_reasons)
        if spans:
            pages = ", ".join(f"page {p}: {n}" for p, n in sorted(per_page.items()))
            applied.append(
                _("{count} automatic text hit(s) covered ({reasons}); {pages}").format(
                    count=len(spans), reasons=_reasons(hit_reasons), pages=pages
                )
            )
        else:
            applied.append(_("No automatic text hits on any page"))
        applied.append(
            _(
                "Rebuilt from {count} page image(s) at {dpi} dpi: text layer, fonts, "
                "annotations, forms, links, attachments and document information removed"
            ).format(count=page_count, dpi=f"{DEFAULT_DPI:g}")
        )
        return Derivative(rebuilt, "application/pdf", counts, applied)
    if media.format in STRIPPABLE_FORMATS:
        clean = caged.strip_media_caged(data, media.format, name=name)
        applied.append(
            _(
                "Metadata stripped (tags, names, GPS, times, tracks that are neither sound nor "
                "picture); voices and faces are NOT redacted"
            )
        )
        return Derivative(clean, media.media_type, counts, applied)
    raise RedactionError(
        f"This file is {media.format} ({media.media_type}): it cannot be redacted or stripped."
    )


def export_consents(vault: Vault, case_id: str) -> dict[str, Consent]:
    """The consent that governs each person of a case in an export: the one recorded here,
    else the scope an imported statement of theirs came with (as ``plan_export`` uses)."""
    recorded = current_consents(vault, case_id)
    scopes = received_scopes(vault, case_id)
    return {**received_person_consents(vault, case_id, scopes), **recorded}


def attachment_derivative(vault: Vault, attachment_id: str, policy: ProfilePolicy) -> Derivative:
    """The derivative an export for ``policy`` would carry for the attachment, now: its
    accepted boxes and the names ``policy`` protects in the case, through
    :func:`derive_attachment`. In memory only.

    Refuses (``RedactionError``) an attachment that cannot be derived, and the
    ``evidence`` profile, which carries originals (InputError).
    """
    if not policy.anonymized:
        raise InputError("The evidence profile carries originals: there is no derivative.")
    attachment = get_attachment(vault, attachment_id)
    data = b"".join(read_attachment(vault, attachment.id))
    persons = list_persons(vault, attachment.case_id)
    protected = policy.protected(persons, export_consents(vault, attachment.case_id))
    regions = detection_regions(get_case(vault, attachment.case_id).regions)
    boxes = attachment_boxes(vault, attachment.id)
    return derive_attachment(data, classify(data), boxes, protected, regions, name=attachment.label)


def _reasons(counts: Counter[str]) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in sorted(counts.items()))


def _boxes_line(boxes: Sequence[Redaction]) -> str:
    pages = sorted({b.page or 1 for b in boxes})
    reasons: Counter[str] = Counter(b.reason for b in boxes)
    if pages == [1]:
        return _("{count} box(es) burned in ({reasons})").format(
            count=len(boxes), reasons=_reasons(reasons)
        )
    return _("{count} box(es) burned in on page(s) {pages} ({reasons})").format(
        count=len(boxes), pages=", ".join(map(str, pages)), reasons=_reasons(reasons)
    )
