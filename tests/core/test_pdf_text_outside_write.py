"""Intake and import read a PDF's text layer (decrypting it and running PDFium, seconds
for a big scan) before their write transaction, never inside it: meanwhile another
thread (the window) can still save, the text still becomes searchable, and a failure or
cancel while the text is read leaves nothing behind."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES
from tests.export.spec_bundle import build_bundle, seal
from vault.core import pdf_text
from vault.core.attachments import intake_files
from vault.core.cases import add_case, list_cases
from vault.core.custody import events
from vault.core.progress import Cancelled, CancelToken
from vault.core.search import search
from vault.core.vault import Vault
from vault.export.import_bundle import import_bundle

SCAN = FIXTURES / "sample_case" / "media" / "statement_scan.pdf"


def _watch_extraction(
    monkeypatch: pytest.MonkeyPatch, vault: Vault, meanwhile: Callable[[], Any] | None = None
) -> list[bool]:
    """Wrap PDFium's text extraction: record whether this thread was inside a write
    transaction each time, and run ``meanwhile`` there (what another thread does)."""
    seen: list[bool] = []
    real = pdf_text.extract_pages

    def watched(data: bytes) -> list[str] | None:
        seen.append(vault.conn.in_transaction)
        if meanwhile is not None:
            meanwhile()
        return real(data)

    monkeypatch.setattr(pdf_text, "extract_pages", watched)
    return seen


def _other_thread_adds_a_case(vault: Vault, saved: list[str]) -> Callable[[], None]:
    def run() -> None:
        def job() -> None:
            with vault.worker():
                saved.append(add_case(vault, "Saved from the window meanwhile").code)

        thread = threading.Thread(target=job)
        thread.start()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the other thread's save waited on the intake"

    return run


def _blob_files(vault_dir: Path) -> list[Path]:
    return sorted(p for p in (vault_dir / "blobs").rglob("*") if p.is_file())


def test_intake_reads_pdf_text_outside_its_write_and_another_thread_saves_meanwhile(
    vault: Vault, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = Path(shutil.copy(SCAN, tmp_path / "scan.pdf"))
    saved: list[str] = []
    seen = _watch_extraction(monkeypatch, vault, _other_thread_adds_a_case(vault, saved))
    (attachment,) = intake_files(vault, case_id, [scan])
    assert seen == [False]  # PDFium ran once, with no write transaction open
    assert saved == ["C-002"]  # and the other thread's case was saved meanwhile
    hits = search(vault, "Sargsyan", case_id=case_id)
    assert any(h.record_id == attachment.id and h.field == "page:1" for h in hits)
    logged = [e.action for e in events(vault.conn) if e.object_id == attachment.id]
    assert logged == ["intake", "text-index"]


def test_a_failure_while_intake_reads_pdf_text_leaves_no_blob_row_or_event(
    vault: Vault, case_id: str, tmp_path: Path, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = Path(
        shutil.copy(FIXTURES / "sample_case" / "media" / "photo_gps.jpg", tmp_path / "p.jpg")
    )
    scan = Path(shutil.copy(SCAN, tmp_path / "scan.pdf"))
    head = len(list(events(vault.conn)))
    cancel = CancelToken()

    def cancel_now() -> None:
        cancel.cancel()

    _watch_extraction(monkeypatch, vault, cancel_now)
    with pytest.raises(Cancelled):
        intake_files(vault, case_id, [photo, scan], cancel=cancel)
    assert _blob_files(vault_dir) == []
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_pages").fetchone()[0] == 0
    assert len(list(events(vault.conn))) == head


def _bundle_with_a_pdf(folder: Path) -> Any:
    bundle = build_bundle(folder)
    records = bundle.records()
    shutil.copy(SCAN, folder / "data" / "attachments" / "attachment-002.pdf")
    second = dict(records["attachments"][0])
    second.update(ref="A-002", file="data/attachments/attachment-002.pdf")
    second["media_type"] = "application/pdf"
    records["attachments"].append(second)
    bundle.write_records(records)
    seal(bundle)
    return bundle


def test_import_reads_pdf_text_before_its_write_and_the_import_event_stays_last(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _bundle_with_a_pdf(tmp_path / "bundle")
    saved: list[str] = []
    seen = _watch_extraction(monkeypatch, vault, _other_thread_adds_a_case(vault, saved))
    result = import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
    assert seen == [False] and saved == ["C-001"]
    hits = search(vault, "Sargsyan", case_id=result.case_id)
    assert any(h.field == "page:1" for h in hits), hits
    actions = [e.action for e in events(vault.conn)]
    assert "text-index" in actions and actions[-1] == "import"


def test_a_failure_while_import_reads_pdf_text_leaves_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _bundle_with_a_pdf(tmp_path / "bundle")
    head = len(list(events(vault.conn)))

    def fail() -> None:
        raise OSError("the disk went away")

    _watch_extraction(monkeypatch, vault, fail)
    with pytest.raises(OSError, match="went away"):
        import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
    assert _blob_files(vault_dir) == []
    assert list_cases(vault) == [] and len(list(events(vault.conn))) == head
