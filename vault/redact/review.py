"""Review marks: a person looked at an attachment exactly as it will be exported.

A mark binds to what was shown: the profile it was made for, the accepted boxes at the
time (their SHA-256, and how many) and the SHA-256 of the derivative itself, the bytes
``redact preview --out`` writes and the bundle carries (``preview.attachment_derivative``).
An export checks the cheap parts while planning (:func:`review_state`: another profile,
a box added or rejected since) and the derivative once it has made it again
(:func:`check_derivative`); any difference asks for a new look, naming why.

Stored in ``attachment_reviews.boxes_sha256`` as ``v2 PROFILE BOXES_SHA256 BOX_COUNT
DERIVATIVE_SHA256`` (``none`` for a file no anonymized export can carry). No migration was
free for this issue; a plain 64-digit value is a mark made before marks named what was
shown, which is always stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from vault.core.attachments import get_attachment
from vault.core.canonical import canonical_json
from vault.core.custody import utc_now
from vault.core.errors import InputError
from vault.core.ids import new_id
from vault.core.persons import list_persons
from vault.core.vault import Vault
from vault.redact.errors import RedactionError
from vault.redact.preview import attachment_derivative, export_consents
from vault.redact.profiles import ANONYMIZED_PROFILES, ProfilePolicy
from vault.redact.proposals import Redaction, attachment_boxes

REVIEWED = "reviewed"
STALE = "stale"
UNREVIEWED = "unreviewed"
# The derivative digest of a mark on a file no anonymized export can carry.
NO_DERIVATIVE = "none"


class DerivativeChanged(InputError):
    """What an export would carry for an attachment is not what its reviewer saw."""


def boxes_digest(boxes: Sequence[Redaction]) -> str:
    """SHA-256 over the accepted boxes: part of what a review mark covers."""
    listed = sorted([r.page, r.box_x, r.box_y, r.box_w, r.box_h, r.reason] for r in boxes)
    return hashlib.sha256(canonical_json(listed)).hexdigest()


@dataclass(frozen=True)
class ReviewMark:
    """One review: who, when, for which profile, over which boxes and which bytes."""

    id: str
    attachment_id: str
    profile: str | None  # None: a mark made before marks named their profile
    boxes_sha256: str
    box_count: int | None
    derivative_sha256: str | None
    operator: str
    reviewed_utc: str

    def as_json(self) -> dict[str, object]:
        """The mark for ``--json`` listings."""
        return {
            "id": self.id,
            "attachment_id": self.attachment_id,
            "profile": self.profile,
            "boxes_sha256": self.boxes_sha256,
            "box_count": self.box_count,
            "derivative_sha256": self.derivative_sha256,
            "operator": self.operator,
            "reviewed_utc": self.reviewed_utc,
        }


@dataclass(frozen=True)
class ReviewState:
    """Whether an attachment's latest mark covers what an export for one profile would
    carry: ``status`` is reviewed, stale or unreviewed; ``why`` says why it is stale."""

    status: str
    why: str | None = None
    mark: ReviewMark | None = None


def _encode(profile: str, boxes_sha: str, count: int, derivative_sha: str) -> str:
    return f"v2 {profile} {boxes_sha} {count} {derivative_sha}"


def _mark(row: tuple[str, str, str, str, str]) -> ReviewMark:
    review_id, attachment_id, stored, operator, reviewed = row
    parts = stored.split(" ")
    if len(parts) == 5 and parts[0] == "v2":
        return ReviewMark(
            review_id, attachment_id, parts[1], parts[2], int(parts[3]), parts[4], operator,
            reviewed,
        )  # fmt: skip
    return ReviewMark(review_id, attachment_id, None, stored, None, None, operator, reviewed)


def review_marks(vault: Vault, attachment_id: str) -> list[ReviewMark]:
    """Every review mark of the attachment, oldest first."""
    rows = vault.conn.execute(
        "SELECT id, attachment_id, boxes_sha256, operator, reviewed_utc FROM attachment_reviews"
        " WHERE attachment_id = ? ORDER BY reviewed_utc, rowid",
        (attachment_id,),
    ).fetchall()
    return [_mark(row) for row in rows]


def review_attachment(
    vault: Vault,
    attachment_id: str,
    profile: str | None = None,
    *,
    shown_sha256: str | None = None,
) -> list[ReviewMark]:
    """Record that a person looked at the attachment as an export for ``profile`` will
    carry it: the derivative is made again here and its SHA-256 kept with the mark.

    Without ``profile`` the mark is made for every anonymized profile, but only when the
    derivative is the same for all of them (a photo, a recording, a PDF whose text names
    nobody one profile shows and another hides); otherwise refused, naming the profiles
    that differ, so nobody marks bytes they were not shown. Refuses ``evidence``
    (originals are not reviewed) and an attachment that cannot be derived.

    With ``shown_sha256`` (the SHA-256 of the derivative a window showed the person) the
    mark is refused (DerivativeChanged), nothing recorded, when the derivative made here
    is not those bytes: a box or a name changed between showing and marking.
    """
    attachment = get_attachment(vault, attachment_id)
    boxes = attachment_boxes(vault, attachment.id)
    digest, count = boxes_digest(boxes), len(boxes)
    profiles = [ProfilePolicy.of(profile).profile] if profile else list(ANONYMIZED_PROFILES)
    derivatives: dict[str, str] = {}
    made: dict[tuple[str, ...], str] = {}
    for name in profiles:
        policy = ProfilePolicy.of(name)
        if not policy.anonymized:
            raise InputError("The evidence profile carries originals, which need no review.")
        derivatives[name] = _derivative(vault, attachment.id, attachment.case_id, policy, made)
    distinct = set(derivatives.values())
    if shown_sha256 is not None and distinct != {shown_sha256}:
        raise DerivativeChanged(
            f"Attachment {attachment.id} as exported changed since it was shown (a box or a "
            "name changed): look at it again before marking it reviewed.",
            data={"attachment": attachment.id, "profiles": list(profiles)},
            hint="review-attachment",
        )
    if len(distinct) > 1:
        raise InputError(
            f"Attachment {attachment.id} leaves differently for different profiles (the "
            "names each protects differ on its pages): review it for one profile at a time.",
            data={"attachment": attachment.id, "profiles": list(profiles)},
            hint="review-one-profile",
        )
    now = utc_now()
    marks = []
    with vault.transaction() as conn:
        for name, derivative in derivatives.items():
            review_id = new_id()
            stored = _encode(name, digest, count, derivative)
            conn.execute(
                "INSERT INTO attachment_reviews (id, attachment_id, boxes_sha256, operator,"
                " reviewed_utc) VALUES (?, ?, ?, ?, ?)",
                (review_id, attachment.id, stored, vault.operator, now),
            )
            marks.append(
                ReviewMark(
                    review_id, attachment.id, name, digest, count, derivative, vault.operator, now
                )
            )
        vault.record(
            "review",
            "attachment",
            attachment.id,
            {"review": marks[0].id, "profiles": profiles},
        )
    return marks


def _protected_key(vault: Vault, case_id: str, policy: ProfilePolicy) -> tuple[str, ...]:
    names = policy.protected(list_persons(vault, case_id), export_consents(vault, case_id))
    return tuple(sorted(n.person_ref for n in names))


def _derivative(
    vault: Vault,
    attachment_id: str,
    case_id: str,
    policy: ProfilePolicy,
    made: dict[tuple[str, ...], str],
) -> str:
    """SHA-256 of the derivative for ``policy`` (:data:`NO_DERIVATIVE` when none can be
    made), made once per distinct set of protected persons (profiles protecting the same
    people get the same bytes)."""
    key = _protected_key(vault, case_id, policy)
    if key not in made:
        try:
            made[key] = attachment_derivative(vault, attachment_id, policy).sha256
        except RedactionError:
            # It cannot leave an anonymized export (the export says why and leaves it
            # out); the mark then vouches for no bytes at all.
            made[key] = NO_DERIVATIVE
    return made[key]


def review_state(vault: Vault, attachment_id: str, profile: str) -> ReviewState:
    """Whether the latest mark for ``profile`` still covers the attachment's boxes.

    Stale, with why, when: the only marks are for other profiles; boxes were added,
    rejected or changed since; the mark predates marks that name what was shown. The
    derivative's own bytes are checked by :func:`check_derivative` once made.
    """
    marks = review_marks(vault, attachment_id)
    if not marks:
        return ReviewState(UNREVIEWED)
    mine = [m for m in marks if m.profile == profile]
    if not mine:
        latest = marks[-1]
        if latest.profile is None:
            return ReviewState(STALE, "reviewed before marks recorded what was shown", latest)
        others = sorted({m.profile for m in marks if m.profile})
        return ReviewState(STALE, f"reviewed for {', '.join(others)}, not {profile}", latest)
    mark = mine[-1]
    boxes = attachment_boxes(vault, attachment_id)
    if boxes_digest(boxes) != mark.boxes_sha256:
        then = mark.box_count or 0
        if len(boxes) > then:
            why = f"{len(boxes) - then} new box(es) since the review"
        elif len(boxes) < then:
            why = f"{then - len(boxes)} box(es) rejected since the review"
        else:
            why = "boxes changed since the review"
        return ReviewState(STALE, why, mark)
    return ReviewState(REVIEWED, None, mark)


def review_status(vault: Vault, attachment_id: str, profile: str) -> str:
    """``reviewed``, ``stale`` or ``unreviewed`` (see :func:`review_state`)."""
    return review_state(vault, attachment_id, profile).status


def check_derivative(vault: Vault, attachment_id: str, profile: str, sha256: str) -> None:
    """Refuse (DerivativeChanged) when the derivative an export just made for ``profile``
    is not the one the latest review for that profile saw (a name registered since, a
    changed consent, a new program version that encodes differently)."""
    state = review_state(vault, attachment_id, profile)
    if state.status == REVIEWED and state.mark and state.mark.derivative_sha256 == sha256:
        return
    why = state.why or "the file as exported changed since the review"
    raise DerivativeChanged(
        f"Attachment {attachment_id} needs a new review for {profile}: {why}.",
        data={"attachment": attachment_id, "profile": profile},
        hint="review-attachment",
    )
