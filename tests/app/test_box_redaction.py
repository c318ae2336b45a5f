"""Boxes as the window edits them, through the application layer: a change is a new box
and the old one retired with a custody event (never edited in place, never deleted), a
change onto another box is refused like a duplicate, a review binds to the bytes shown,
and a name registered after the review makes the mark stale once the file is made again."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from vault.app import box_redaction as boxes
from vault.app.forms import add_attachments
from vault.app.redaction import listing
from vault.core.custody import events
from vault.core.errors import InputError
from vault.core.persons import add_person
from vault.core.vault import Vault


def _photo(vault: Vault, case_id: str, tmp_path: Path) -> str:
    path = tmp_path / "photo.png"
    Image.new("RGB", (200, 100), (90, 160, 200)).save(path)
    return add_attachments(vault, case_id, [path])[0].id


def _rows(vault: Vault, attachment_id: str) -> list[tuple[str, tuple[float, ...]]]:
    return sorted((r.status, r.box) for r in listing(vault, attachment_id=attachment_id).records)


def test_a_changed_box_is_a_new_record_and_the_old_one_is_retired(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    attachment = _photo(vault, case_id, tmp_path)
    first = boxes.add_attachment_box(vault, attachment, (10, 10, 30, 20), "identity")
    other = boxes.add_attachment_box(vault, attachment, (100, 50, 30, 20), "contact")
    moved = boxes.change_box(vault, first.id, (40, 12, 30, 25))
    assert moved.id != first.id and (moved.rect, moved.reason) == ((40, 12, 30, 25), "identity")
    assert _rows(vault, attachment) == [
        ("accepted", (40, 12, 30, 25)),
        ("accepted", (100, 50, 30, 20)),
        ("rejected", (10, 10, 30, 20)),
    ]
    retired = [e for e in events(vault.conn, attachment) if e.action == "redaction-rejected"]
    assert retired[-1].details == {
        "redaction": first.id,
        "reason": "identity",
        "kind": "box",
        "previous": "accepted",
        "replaced_by": moved.id,
    }
    # The same place again changes nothing; onto the other box is refused, nothing saved.
    assert boxes.change_box(vault, moved.id, moved.rect) == moved
    with pytest.raises(InputError, match="already has this box"):
        boxes.change_box(vault, moved.id, other.rect)
    # A retired box cannot be changed or removed again (another window did it first).
    with pytest.raises(InputError, match="not a box in use"):
        boxes.change_box(vault, first.id, (0, 0, 5, 5))
    boxes.remove_box(vault, other.id)
    with pytest.raises(InputError, match="not a box in use"):
        boxes.remove_box(vault, other.id)
    assert [b.rect for b in boxes.attachment_box_list(vault, attachment)] == [(40, 12, 30, 25)]
    assert len(listing(vault, attachment_id=attachment).records) == 3  # none erased


def test_a_review_is_refused_when_the_file_changed_after_it_was_shown(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    attachment = _photo(vault, case_id, tmp_path)
    shown = boxes.preview_as_exported(vault, attachment, "public")
    assert shown.review.status == "unreviewed"
    boxes.add_attachment_box(vault, attachment, (10, 10, 30, 20), "identity")
    with pytest.raises(InputError, match="changed since it was shown"):
        boxes.mark_reviewed(vault, attachment, "public", shown.sha256)
    assert listing(vault, attachment_id=attachment).marks == []
    again = boxes.preview_as_exported(vault, attachment, "public")
    assert boxes.mark_reviewed(vault, attachment, "public", again.sha256).current


def test_a_name_registered_after_the_review_asks_for_a_new_look(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(text="Aram Hakobyan saw the guards at the gate.")
    path = tmp_path / "note.pdf"
    pdf.output(str(path))
    attachment = add_attachments(vault, case_id, [path])[0].id
    shown = boxes.preview_as_exported(vault, attachment, "public")
    boxes.mark_reviewed(vault, attachment, "public", shown.sha256)
    statuses = {s.profile: s for s in boxes.review_statuses(vault, attachment)}
    assert statuses["public"].current and statuses["media"].status == "stale"

    add_person(vault, case_id, "Aram Hakobyan", "witness")
    # Planning alone cannot tell (the boxes did not change) ...
    assert boxes.review_statuses(vault, attachment)[-1].current
    # ... the file made again can: the name is now covered, the bytes differ.
    again = boxes.preview_as_exported(vault, attachment, "public")
    assert again.sha256 != shown.sha256
    assert any("automatic text hit" in line for line in again.applied)
    assert again.review.status == "stale" and "changed since the review" in (again.review.why or "")
    public = [
        s
        for s in boxes.review_statuses(vault, attachment, ("public", again.sha256))
        if s.profile == "public"
    ]
    assert public[0].status == "stale"
