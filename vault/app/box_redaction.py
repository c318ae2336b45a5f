"""Boxes on a picture or a PDF page as a window edits them, the attachment as an export
for one profile carries it, and the review mark bound to what was shown.

The coordinates are the ones ``redact box`` takes and the export burns in: pixels of the
photo as displayed (after its EXIF orientation), or points of the PDF page as displayed
(after its /Rotate), origin top-left.  A box is never deleted or edited in place: a
change records a new box and retires the old one (rejected, with a custody event naming
the box that replaces it); a removal rejects it.  Everything is decrypted and rendered in
memory only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.app.previews import Picture, picture_of_bytes, preview_picture
from vault.app.readable import Labels
from vault.core.custody import utc_now
from vault.core.errors import InputError
from vault.core.vault import Vault
from vault.redact.hits import REASONS
from vault.redact.preview import attachment_derivative
from vault.redact.profiles import ANONYMIZED_PROFILES, ProfilePolicy
from vault.redact.proposals import Redaction, add_box, attachment_boxes, get_redaction
from vault.redact.review import REVIEWED, STALE, review_attachment, review_state

__all__ = [
    "ANONYMIZED_PROFILES",
    "REASONS",
    "Box",
    "BoxPicture",
    "ExportedView",
    "ReviewStatus",
    "add_attachment_box",
    "attachment_box_list",
    "box_picture",
    "change_box",
    "exported_page",
    "mark_reviewed",
    "preview_as_exported",
    "remove_box",
    "review_statuses",
]


@dataclass(frozen=True)
class Box:
    """One accepted box: its redaction id, page (from 1), x, y, width, height in the
    attachment's box space, and its reason."""

    id: str
    page: int
    x: float
    y: float
    width: float
    height: float
    reason: str

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """(x, y, width, height)."""
        return (self.x, self.y, self.width, self.height)


def _box(record: Redaction) -> Box:
    x, y, w, h = record.box
    return Box(record.id, record.page or 1, x, y, w, h, record.reason)


def attachment_box_list(vault: Vault, attachment_id: str) -> list[Box]:
    """Every accepted box of the attachment, on every page."""
    return [_box(r) for r in attachment_boxes(vault, attachment_id)]


@dataclass(frozen=True)
class BoxPicture:
    """A page (or the photo) to draw boxes on, the boxes already on it, and the
    attachment's code (A-001) for a title."""

    picture: Picture
    boxes: list[Box] = field(default_factory=list)
    code: str = ""


def box_picture(vault: Vault, attachment_id: str, page: int = 1) -> BoxPicture:
    """The photo as displayed, or PDF page ``page``, with its accepted boxes; refuses
    what :func:`vault.app.previews.preview_picture` refuses."""
    picture = preview_picture(vault, attachment_id, page)
    boxes = [b for b in attachment_box_list(vault, attachment_id) if b.page == picture.page]
    return BoxPicture(picture, boxes, Labels(vault).code("attachment", attachment_id))


def add_attachment_box(
    vault: Vault,
    attachment_id: str,
    rect: tuple[float, float, float, float],
    reason: str,
    page: int = 1,
) -> Box:
    """Record a new box, accepted at once (as ``redact box`` does: the same box twice is
    refused, a box outside the picture too)."""
    return _box(add_box(vault, attachment_id, rect, reason, page))


def _accepted_box(vault: Vault, box_id: str) -> Redaction:
    record = get_redaction(vault, box_id)
    if record.target_type != "attachment" or record.status != "accepted":
        raise InputError(
            f"Redaction {record.id} is not a box in use (it was changed or removed meanwhile).",
            data={"redaction": record.id},
        )
    return record


def change_box(vault: Vault, box_id: str, rect: tuple[float, float, float, float]) -> Box:
    """Move or resize a box: in one transaction a new box (same page and reason) is
    recorded and the old one retired (rejected; its custody event names the new one).
    The same rectangle changes nothing and returns the box as it is. Refuses a box no
    longer in use, and what :func:`add_attachment_box` refuses (another box already
    there, a box outside the picture)."""
    old = _accepted_box(vault, box_id)
    if tuple(float(v) for v in rect) == old.box:
        return _box(old)
    with vault.transaction() as conn:
        new = add_box(vault, old.target_id, rect, old.reason, old.page or 1)
        conn.execute(
            "UPDATE redactions SET status = 'rejected', decided_utc = ? WHERE id = ?",
            (utc_now(), old.id),
        )
        vault.record(
            "redaction-rejected",
            "attachment",
            old.target_id,
            {
                "redaction": old.id,
                "reason": old.reason,
                "kind": old.kind,
                "previous": old.status,
                "replaced_by": new.id,
            },
        )
    return _box(new)


def remove_box(vault: Vault, box_id: str) -> None:
    """Retire a box (rejected, with a custody event; the row stays). Refuses a box no
    longer in use."""
    old = _accepted_box(vault, box_id)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE redactions SET status = 'rejected', decided_utc = ? WHERE id = ?",
            (utc_now(), old.id),
        )
        vault.record(
            "redaction-rejected",
            "attachment",
            old.target_id,
            {"redaction": old.id, "reason": old.reason, "kind": old.kind, "previous": "accepted"},
        )


@dataclass(frozen=True)
class ReviewStatus:
    """Where the review of an attachment stands for one profile: ``status`` reviewed,
    stale or unreviewed, and ``why`` a stale mark needs a new look."""

    profile: str
    status: str
    why: str | None = None

    @property
    def current(self) -> bool:
        """Whether the latest mark covers what an export for the profile carries."""
        return self.status == REVIEWED


def _status(vault: Vault, attachment_id: str, profile: str, shown: str | None) -> ReviewStatus:
    # The export's own two checks: review_state while planning (profile, boxes), then
    # the derivative's bytes once made (check_derivative) - here the bytes shown.
    state = review_state(vault, attachment_id, profile)
    mark = state.mark
    if state.status == REVIEWED and mark and shown and mark.derivative_sha256 != shown:
        why = "the file as exported changed since the review (a name or consent changed)"
        return ReviewStatus(profile, STALE, why)
    return ReviewStatus(profile, state.status, state.why)


def review_statuses(
    vault: Vault, attachment_id: str, shown: tuple[str, str] | None = None
) -> list[ReviewStatus]:
    """The review state for every anonymized profile, as an export would judge it
    while planning; with ``shown`` = (profile, SHA-256 of the derivative just made for
    it), that profile's mark is also checked against those bytes, as the export does
    once it has made them."""
    return [
        _status(vault, attachment_id, p, shown[1] if shown and shown[0] == p else None)
        for p in ANONYMIZED_PROFILES
    ]


@dataclass(frozen=True)
class ExportedView:
    """An attachment exactly as an export for ``profile`` carries it: the derivative's
    bytes (kept in memory to turn its pages), their SHA-256, what was applied, one page
    of it as a picture, and the review status for that profile against these bytes."""

    attachment_id: str
    profile: str
    media_type: str
    sha256: str
    applied: list[str]
    picture: Picture
    review: ReviewStatus
    data: bytes = field(repr=False)


def preview_as_exported(
    vault: Vault, attachment_id: str, profile: str, page: int = 1
) -> ExportedView:
    """Make the derivative an export for ``profile`` would carry (the export's own code:
    boxes burned in, names the profile protects covered on PDF pages, metadata gone) and
    show page ``page`` of it. In memory only. Refuses ``evidence`` (originals leave as
    they are) and an attachment that cannot be derived (its reason)."""
    policy = ProfilePolicy.of(profile)
    derivative = attachment_derivative(vault, attachment_id, policy)
    picture = picture_of_bytes(derivative.data, page)
    status = _status(vault, attachment_id, policy.profile, derivative.sha256)
    return ExportedView(
        attachment_id,
        policy.profile,
        derivative.media_type,
        derivative.sha256,
        list(derivative.applied),
        picture,
        status,
        derivative.data,
    )


def exported_page(view: ExportedView, page: int) -> Picture:
    """Another page of a derivative already made (no vault needed)."""
    return picture_of_bytes(view.data, page)


def mark_reviewed(
    vault: Vault, attachment_id: str, profile: str, shown_sha256: str
) -> ReviewStatus:
    """Record that the person looked at the attachment as exported for ``profile``,
    bound to ``shown_sha256`` (as ``redact review --profile`` does); refused, nothing
    recorded, when what an export would carry now is not what was shown."""
    review_attachment(vault, attachment_id, profile, shown_sha256=shown_sha256)
    return _status(vault, attachment_id, ProfilePolicy.of(profile).profile, shown_sha256)
