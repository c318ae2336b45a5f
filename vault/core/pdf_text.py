"""The text layer of PDF attachments, kept page by page for search.

At intake (and at the first open after migration 0007, for PDFs taken in before it) the
original is decrypted into memory, its text layer read with PDFium, and each page's text
stored in ``attachment_pages`` inside the encrypted database, where triggers index it
(plain and folded). The text never touches the disk in readable form: no temporary file,
the bytes are handed to PDFium from memory.

A PDF that PDFium cannot read (damaged, password-protected, too large) is recorded as
``unreadable`` and intake goes on: search is a convenience, never a reason to refuse
evidence. ``attachment_text_status`` records every PDF looked at, so the backfill runs
once and resumes where an interrupted one stopped.
"""

from __future__ import annotations

import json
import threading

import pypdfium2 as pdfium

from vault.core import cage
from vault.core.errors import DecoderFailed, VaultError
from vault.core.vault import Vault

PDF_TYPE = "application/pdf"
MAX_PDF_BYTES = 256 * 1024 * 1024
MAX_PAGES = 2000
MAX_PAGE_CHARS = 200_000
# PDFium is not thread-safe. vault.redact.pdf holds its own lock for rendering; both
# run on the caller's thread in the CLI, and core may not import redact.
_PDFIUM_LOCK = threading.Lock()


def extract_pages(data: bytes, name: str = "this file") -> list[str] | None:
    """Each page's text (possibly empty), from a PDF held in memory; None when PDFium
    cannot open it, or crashed, hung or ran out of memory on it. Pages past MAX_PAGES and
    text past MAX_PAGE_CHARS are left out. PDFium runs in a caged child process
    (``vault.core.cage``) where one can be started, else here."""
    try:
        _, raw = cage.decoder_cage().run(name, "pdf_pages", {}, data)
    except (cage.CageRefusal, DecoderFailed):
        return None
    pages = json.loads(raw)
    if not (isinstance(pages, list) and all(isinstance(p, str) for p in pages)):
        return None
    return pages


def extract_pages_here(data: bytes) -> list[str] | None:
    """:func:`extract_pages` in this process (what the caged child runs)."""
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception:  # whatever a hostile file makes PDFium raise
            return None
        try:
            pages = []
            for index in range(min(len(document), MAX_PAGES)):
                page = document[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        pages.append(textpage.get_text_range()[:MAX_PAGE_CHARS])
                    finally:
                        textpage.close()
                finally:
                    page.close()
            return pages
        except Exception:  # unreadable text is no reason to refuse a file
            return None
        finally:
            document.close()


def _read(vault: Vault, attachment_id: str) -> bytes | None:
    from vault.core.attachments import read_attachment  # attachments calls this module

    row = vault.conn.execute("SELECT size FROM attachments WHERE id = ?", (attachment_id,))
    if int(row.fetchone()[0]) > MAX_PDF_BYTES:
        return None
    try:
        return b"".join(read_attachment(vault, attachment_id))
    except VaultError:  # a damaged original: ``check`` names it, search skips it
        return None


def read_blob_pages(
    vault: Vault, blob_id: str, wrapped_key: bytes, size: int, label: str
) -> list[str] | None:
    """Each page's text of a PDF blob written but perhaps not yet committed (intake and
    import call this before their write transaction, so PDFium's seconds hold no write
    lock); None when it is too large, cannot be decrypted or PDFium cannot read it.
    Decrypted in memory only.  Writes nothing."""
    if size > MAX_PDF_BYTES:
        return None
    try:
        data = b"".join(vault.blobs.read(blob_id, wrapped_key, label))
    except VaultError:  # a damaged blob: ``check`` names it, search skips it
        return None
    return extract_pages(data)


def store_pdf_text(vault: Vault, attachment_id: str, pages: list[str] | None) -> int:
    """Store and index ``pages`` (from :func:`extract_pages`; None: unreadable) as the text
    of one PDF attachment, inside the caller's transaction; return the number of pages
    with text.  Records the outcome and a custody event (page counts only, never text).
    Quick: the PDF was read before."""
    with_text = [(n, text) for n, text in enumerate(pages or [], 1) if text.strip()]
    vault.conn.executemany(
        "INSERT INTO attachment_pages (attachment_id, page, text) VALUES (?, ?, ?)",
        [(attachment_id, n, text) for n, text in with_text],
    )
    outcome = "unreadable" if pages is None else ("text" if with_text else "no-text")
    vault.conn.execute(
        "INSERT INTO attachment_text_status (attachment_id, outcome, pages) VALUES (?, ?, ?)",
        (attachment_id, outcome, len(with_text)),
    )
    vault.record(
        "text-index", "attachment", attachment_id, {"outcome": outcome, "pages": len(with_text)}
    )
    return len(with_text)


def index_pdf_text(vault: Vault, attachment_id: str) -> int:
    """Read, store and index the text of one committed PDF attachment, inside the
    caller's transaction (the backfill's: one short transaction per PDF); return the
    number of pages with text.  Does nothing for an attachment already looked at."""
    done = vault.conn.execute(
        "SELECT 1 FROM attachment_text_status WHERE attachment_id = ?", (attachment_id,)
    ).fetchone()
    if done is not None:
        return 0
    data = _read(vault, attachment_id)
    return store_pdf_text(vault, attachment_id, None if data is None else extract_pages(data))


def backfill_pdf_text(vault: Vault) -> int:
    """Index every PDF attachment not looked at yet (one transaction each, so an
    interruption loses nothing done); return how many were looked at. Idempotent."""
    pending = [
        row[0]
        for row in vault.conn.execute(
            "SELECT id FROM attachments WHERE media_type = ? AND id NOT IN"
            " (SELECT attachment_id FROM attachment_text_status) ORDER BY created_utc",
            (PDF_TYPE,),
        )
    ]
    for attachment_id in pending:
        # Marked as tried, and committed, before PDFium sees the file: a file that crashes
        # the decoder must not be tried again at every open (the vault would never open).
        with vault.transaction():
            vault.conn.execute(
                "INSERT INTO attachment_text_status (attachment_id, outcome, pages)"
                " VALUES (?, 'unreadable', 0)",
                (attachment_id,),
            )
        with vault.transaction():
            vault.conn.execute(
                "DELETE FROM attachment_text_status WHERE attachment_id = ?", (attachment_id,)
            )
            index_pdf_text(vault, attachment_id)
    return len(pending)
