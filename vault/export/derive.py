"""The first pass's derivatives, in plan order: photos on every core, refused media left out.

Anonymized exports rebuild every attachment (``payload.py``). Photos are the slow part and
each is independent, so with two or more of them the photos go to child processes
(``photo_pool.py``) while this process decrypts the next original, hashes and stores what
came back, and derives PDFs and media itself. Results are taken back in plan order and at
most one photo per child is in flight, so memory stays flat in the number of photos.

A recording the metadata stripper refuses (a fragmented or damaged MP4, a WAV that does
not parse...) is left out of the bundle with its reason instead of stopping the export;
the attachments after it are numbered on, so the bundle's references (A-001, A-002...) have
no gap that would tell a recipient something was withheld. Any other refusal (a photo or
PDF that cannot be redacted, a child process that died) still stops the export: that item
was reviewed to go out, and a person must decide what to do about it.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

from vault.core.attachments import read_attachment
from vault.core.progress import CancelToken
from vault.core.vault import Vault
from vault.export.payload import (
    AttachmentOutput,
    derive_output,
    image_boxes,
    image_output,
    item_salt,
    salted_hash,
)
from vault.export.photo_pool import PhotoPool, available_cores
from vault.export.plan import ExportPlan, PlannedAttachment
from vault.redact.errors import RedactionError
from vault.redact.media import MediaKind
from vault.redact.review import check_derivative

MEDIA_REFUSED = "its metadata could not be stripped"
# From this many photos on, a pool of decoder children redacts them side by side; one
# photo goes to the shared cage like any other decode.
POOL_FROM_PHOTOS = 2


@dataclass
class Derived:
    """One attachment that goes out: its plan entry (reference final), its derivative and
    the salted hash of its original."""

    planned: PlannedAttachment
    output: AttachmentOutput
    salted_original: str


def derive_in_order(
    vault: Vault,
    plan: ExportPlan,
    cancel: CancelToken | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Generator[Derived, None, None]:
    """Every planned attachment's derivative, in plan order, with references renumbered
    so that those left out leave no gap.

    When the generator is exhausted, ``plan.attachments`` holds only what went out and
    ``plan.attachments_left_out`` also names each recording the stripper refused, with
    the stripper's reason (which names no content). Raises the refusal of any photo or
    PDF, naming the attachment; a photo whose child process died is refused the same way.
    With two or more photos they are redacted by child processes, which are all ended
    before this returns or raises.  ``cancel`` is honoured between items and between a
    PDF's pages (Cancelled).  ``meanwhile`` (other work of the same pass, such as the
    statement PDFs) runs once before the first derivative is yielded: with the children,
    while they redact the first photos, so the cores are not idle.
    """
    items = list(plan.attachments)
    kept: list[PlannedAttachment] = []
    photos = sum(1 for item in items if item.media.kind == MediaKind.IMAGE)
    if photos >= POOL_FROM_PHOTOS:
        with PhotoPool(min(available_cores(), photos)) as pool:
            yield from _with_pool(vault, plan, items, kept, pool, cancel, meanwhile)
    else:
        if meanwhile is not None:
            meanwhile()
        for planned in items:
            if cancel is not None:
                cancel.check()
            found = _here(vault, plan, planned, kept, cancel)
            if found is not None:
                yield found
    plan.attachments = kept


def _original(vault: Vault, planned: PlannedAttachment) -> tuple[bytes, str]:
    attachment_id = planned.attachment.id
    original = b"".join(read_attachment(vault, attachment_id))
    return original, salted_hash(item_salt(vault, "attachment", attachment_id), [original])


def _numbered(planned: PlannedAttachment, kept: list[PlannedAttachment]) -> None:
    kept.append(planned)
    planned.ref = f"A-{len(kept):03d}"


def _here(
    vault: Vault,
    plan: ExportPlan,
    planned: PlannedAttachment,
    kept: list[PlannedAttachment],
    cancel: CancelToken | None = None,
) -> Derived | None:
    """Derive one attachment in this process; None when it is left out."""
    original, salted = _original(vault, planned)
    _numbered(planned, kept)
    try:
        output = derive_output(vault, plan, planned, original, cancel=cancel)
    except RedactionError as exc:
        if not planned.media.is_media:
            raise type(exc)(f"{planned.attachment.label}: {exc}") from None
        kept.pop()
        _leave_out(plan, planned, f"{MEDIA_REFUSED}: {exc}")
        return None
    _as_reviewed(vault, plan, planned, output)
    return Derived(planned, output, salted)


def _as_reviewed(
    vault: Vault, plan: ExportPlan, planned: PlannedAttachment, output: AttachmentOutput
) -> None:
    """Refuse (DerivativeChanged) a derivative that is not the one its reviewer saw."""
    assert output.data is not None  # derivatives are in memory
    digest = hashlib.sha256(output.data).hexdigest()
    check_derivative(vault, planned.attachment.id, plan.policy.profile, digest)


def _leave_out(plan: ExportPlan, planned: PlannedAttachment, why: str) -> None:
    attachment = planned.attachment
    plan.attachments_left_out.append((attachment, why.rstrip(".")))
    # The plan warned that this recording would go out unredacted; it does not go.
    plan.warnings = [w for w in plan.warnings if not w.startswith(f"{attachment.name} is audio")]


def _with_pool(
    vault: Vault,
    plan: ExportPlan,
    items: list[PlannedAttachment],
    kept: list[PlannedAttachment],
    pool: PhotoPool,
    cancel: CancelToken | None,
    meanwhile: Callable[[], None] | None,
) -> Iterator[Derived]:
    # (plan entry, salted hash of the original when the photo is with a child, else None)
    pending: deque[tuple[PlannedAttachment, str | None]] = deque()
    upcoming = iter(items)
    more = True
    while True:
        if cancel is not None:  # the caller's close() ends the children
            cancel.check()
        # Keep every child busy: look ahead past PDFs and media for the next photos.
        while more and pool.has_room():
            planned = next(upcoming, None)
            if planned is None:
                more = False
            elif planned.media.kind == MediaKind.IMAGE:
                original, hashed = _original(vault, planned)
                pool.send(original, image_boxes(vault, planned))
                del original
                pending.append((planned, hashed))
            else:
                pending.append((planned, None))
        if meanwhile is not None:  # the children have their first photos: work beside them
            meanwhile()
            meanwhile = None
        if not pending:
            return
        planned, salted = pending.popleft()
        if salted is None:
            found = _here(vault, plan, planned, kept, cancel)
            if found is not None:
                yield found
            continue
        _numbered(planned, kept)
        try:
            image = pool.receive()
        except RedactionError as exc:
            raise type(exc)(f"{planned.attachment.label}: {exc}") from None
        output = image_output(vault, planned, image)
        _as_reviewed(vault, plan, planned, output)
        yield Derived(planned, output, salted)
