"""``import``: take a received bundle into this vault as a new case.

1. Verify first, with the same checks as ``verify`` (vault/export/verify.py) against this
   vault's trusted signers and the optional pinned fingerprint: a broken bundle, a
   revoked signer or a pin that does not match is refused before anything is written.
   The signer must be TRUSTED (in this vault's signer list) or PINNED (``--signer``):
   a signer nobody verified is refused, saying how to verify it, unless the user says
   ``allow_unverified`` (then it is recorded, and shown on every record, as UNVERIFIED).
2. A bundle already imported (same bundle id) is refused, naming when.
3. records.json is checked entry by entry (vault/export/import_records.py).
4. One pass over the payload (a single decryption pass for an ``.age`` bundle): statement
   texts are read into memory, attachment files streamed straight into encrypted blobs
   (memory stays flat whatever their size).
5. One transaction writes the case and everything in it through the core record
   functions (vault/export/import_write.py), the bundle's custody lines verbatim and one
   ``import`` custody event that records the head of their chain (``audit verify``
   checks the kept lines against it).  If it fails, the blobs written in step 4 are
   removed: all or nothing.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from vault.core.attachments import WrittenBlob, discard_blobs, read_pdf_pages, write_blob
from vault.core.custody import utc_now
from vault.core.errors import InputError
from vault.core.ids import new_id
from vault.core.imported import TRUSTED, UNVERIFIED, raise_signer_status
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.text_input import MAX_TEXT_FILE_BYTES
from vault.core.vault import Vault
from vault.export.archive_limits import CHUNK
from vault.export.archive_read import BundleContents, read_json
from vault.export.errors import show_name
from vault.export.import_records import RECORDS, BundleRecords, read_records
from vault.export.import_write import ImportWriter
from vault.export.signers import grouped_fingerprint, signers_for_verify
from vault.export.verify import CUSTODY, SignerStatus, VerifyReport, open_and_verify


class BundleRefused(InputError):
    """The bundle did not pass verification, or was imported before; nothing was written."""


@dataclass
class ImportResult:
    """What one import brought in, and who signed it."""

    import_id: str
    bundle_id: str
    case_id: str
    case_code: str
    case_title: str
    bundle_case_code: str
    profile: str
    form: str
    signer_fingerprint: str
    signer_status: str
    signer_name: str | None
    imported_utc: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Earlier imports by this signer raised to TRUSTED by this one (see _write).
    raised_imports: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The result as one JSON object (the CLI's ``--json``)."""
        return {
            "import_id": self.import_id,
            "bundle_id": self.bundle_id,
            "case": {"id": self.case_id, "code": self.case_code, "title": self.case_title},
            "bundle_case_code": self.bundle_case_code,
            "profile": self.profile,
            "form": self.form,
            "signer": {
                "fingerprint": self.signer_fingerprint,
                "status": self.signer_status,
                "name": self.signer_name,
            },
            "imported_utc": self.imported_utc,
            "counts": dict(self.counts),
            "warnings": list(self.warnings),
            "raised_imports": list(self.raised_imports),
        }


@dataclass
class VerifiedBundle:
    """A bundle opened and verified against this vault's signers, kept open so that
    :func:`import_verified` takes in exactly what was verified without verifying again.

    ``contents`` is None when the archive itself could not be opened (the report's
    "archive" check says why).  Close it (or use it as a context manager) when done.
    """

    report: VerifyReport
    contents: BundleContents | None

    def close(self) -> None:
        """Let go of the archive (a zip's file handle, an age decryption)."""
        if self.contents is not None:
            self.contents.close()

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def verify_for_import(
    vault: Vault,
    path: Path,
    identity: Path | None = None,
    pin: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> VerifiedBundle:
    """Open the bundle at ``path`` and run every check of ``verify`` against this vault's
    trusted signers and the optional ``pin``.  Never raises for a bad bundle (the report
    says what failed); raises InputError only for a malformed ``pin``, before reading, and
    Cancelled when ``cancel`` is set.  ``progress``: "Reading the bundle", "Checking"."""
    trusted = signers_for_verify(vault)
    report, contents = open_and_verify(path, identity, pin, trusted, Work(progress, cancel))
    return VerifiedBundle(report, contents)


def import_bundle(
    vault: Vault,
    path: Path,
    identity: Path | None = None,
    pin: str | None = None,
    progress: Progress | ProgressCallback | None = None,
    allow_unverified: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Verify the bundle at ``path`` (folder, zip, or ``.age`` with ``identity``) and take
    it into ``vault`` as a new case of imported records (see the module doc).

    Refuses, with nothing written (no row, no custody event, no blob): a malformed
    ``pin``; a bundle that fails any check of ``verify`` (hostile or damaged archive,
    layout, signature, identity, files, custody, a REVOKED signer, a pin that does not
    match); a signer neither trusted nor pinned, unless ``allow_unverified``; a bundle
    id imported before; records.json entries a typed-in record could not
    have; statement texts that are not UTF-8; a file that differs from its stated
    unsalted intake hash.  ``progress``: "Reading the bundle" and "Checking" (verify),
    "Taking in attachments" (payload bytes), then "Writing records"; ``cancel`` is
    honoured until the write (Cancelled: no row, no event, no blob).
    """
    work = Work(progress, cancel)
    with verify_for_import(vault, path, identity, pin, work.progress, cancel=cancel) as verified:
        return import_verified(vault, verified, work.progress, allow_unverified, cancel=cancel)


def import_verified(
    vault: Vault,
    verified: VerifiedBundle,
    progress: Progress | ProgressCallback | None = None,
    allow_unverified: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Take in a bundle :func:`verify_for_import` checked (its report is trusted as it
    stands; nothing is verified twice).  Refuses, with nothing written, what
    :func:`import_bundle` refuses.  ``progress``: "Taking in attachments" (payload bytes),
    then "Writing records"; ``cancel`` is honoured until the write."""
    work = Work(progress, cancel)
    report, contents = verified.report, verified.contents
    if contents is None:
        archive = report.first_failure
        detail = archive.detail if archive else "?"
        raise BundleRefused(
            f"Import refused: archive: {detail}", hint=archive.hint if archive else None
        )
    failure = report.first_failure
    if failure is not None or not report.ok or report.claims is None:
        name, detail = (failure.name, failure.detail) if failure else ("verify", "incomplete")
        # ``detail``: the check's own sentence, which the shells translate inside this one.
        hint = failure.hint if failure else None
        if name == "signer" and hint is None:  # a pin that does not match, or a revoked key
            hint = "signer-mismatch"
        raise BundleRefused(f"Import refused: {name}: {detail}; nothing was imported.", hint=hint)
    status = report.status or SignerStatus.UNPINNED
    if status is SignerStatus.UNPINNED and not allow_unverified:
        raise BundleRefused(unverified_refusal(report.fingerprint or ""))
    _refuse_repeat(vault, report.claims.bundle)
    records = read_records(read_json(contents, RECORDS))
    lines = _custody_lines(contents)
    result = ImportResult(
        import_id=new_id(),
        bundle_id=records.bundle_id,
        case_id="",
        case_code="",
        case_title="",
        bundle_case_code=records.case_code,
        profile=records.profile,
        form=contents.kind,
        signer_fingerprint=report.fingerprint or "",
        signer_status=UNVERIFIED if status is SignerStatus.UNPINNED else status.value,
        signer_name=report.signer_name,
        imported_utc=utc_now(),
    )
    if status is SignerStatus.UNPINNED:
        result.warnings.append(
            "warning: taken in with --allow-unverified-signer: nobody has verified the "
            f"signer's key {grouped_fingerprint(result.signer_fingerprint)}; every "
            "imported record says UNVERIFIED."
        )
    texts, blobs = _read_payload(vault, contents, records, work)
    try:
        # The slow part (decrypting each PDF and reading its text with PDFium) before the
        # write transaction, which then only inserts rows: short, as every write is.
        pdf_pages = read_pdf_pages(vault, list(blobs.values()), work.check)
        work.phase("Writing records")  # its last cancel point: the write commits whole
        _write(vault, records, texts, blobs, pdf_pages, lines, result, report.claims.chain)
        work.set_total(1)
        work.finish()
    except BaseException:
        discard_blobs(vault, list(blobs.values()))  # those whose rows did not commit
        raise
    return result


def unverified_refusal(fingerprint: str) -> str:
    """The one line that refuses a bundle whose signer nobody verified, saying how."""
    return (
        f"Import refused: the signer's key {grouped_fingerprint(fingerprint)} is not verified: "
        "compare this fingerprint with the sender by another route (phone, in person), then "
        "import again with --signer FINGERPRINT, or trust the key for good with `signer "
        "trust` (the bundle's signature/signer.pub); --allow-unverified-signer takes the "
        "bundle in marked UNVERIFIED; nothing was imported."
    )


def _refuse_repeat(vault: Vault, bundle_id: str) -> None:
    row = vault.conn.execute(
        "SELECT i.imported_utc, c.code FROM imports AS i JOIN cases AS c ON c.id = i.case_id"
        " WHERE i.bundle_id = ?",
        (bundle_id,),
    ).fetchone()
    if row is not None:
        raise BundleRefused(
            f"Import refused: bundle {bundle_id} was already imported on {row[0][:10]} (as "
            f"case {row[1]}); nothing was imported."
        )


def _custody_lines(contents: BundleContents) -> list[str]:
    """custody.jsonl's lines as received (verify has parsed and re-chained them)."""
    raw = contents.read(CUSTODY, max_bytes=contents.limits.max_json_bytes)
    return [line for line in raw.decode("utf-8").split("\n") if line.strip()]


def _chain_head(lines: list[str]) -> str:
    """The hash of the bundle's last custody line (verify has checked the chain)."""
    last = json.loads(lines[-1])
    return str(last["hash"])


def _read_payload(
    vault: Vault, contents: BundleContents, records: BundleRecords, work: Work
) -> tuple[dict[str, str], dict[str, WrittenBlob]]:
    """Statement texts (decoded, exact) and attachment blobs (written), in one pass.

    On any failure the blobs written so far are removed before the error goes on.
    """
    text_files = {s.text_file for s in records.statements}
    text_files |= {s.translation_file for s in records.statements if s.translation_file}
    attachments = {a.file: a for a in records.attachments}
    for name in text_files:
        if contents.member(name).size > MAX_TEXT_FILE_BYTES:
            raise BundleRefused(
                f"Import refused: the statement text {show_name(name)} is larger than "
                f"{MAX_TEXT_FILE_BYTES // (1024 * 1024)} MiB; nothing was imported."
            )
    total = sum(contents.member(name).size for name in attachments)
    work.phase("Taking in attachments", total)
    texts: dict[str, str] = {}
    blobs: dict[str, WrittenBlob] = {}
    walk = contents.walk()
    try:
        for member, chunks in walk:
            if member.name in text_files:
                texts[member.name] = _decode(member.name, b"".join(chunks))
            elif member.name in attachments:
                done = sum(blob.size for blob in blobs.values())
                basename = member.name.rsplit("/", 1)[-1]
                blob = write_blob(vault, basename, chunk_reader(chunks), work.from_base(done))
                blobs[member.name] = blob
                _check_blob(
                    blob, member.sha256, attachments[member.name].intake_sha256, member.name
                )
        missing = (text_files | set(attachments)) - set(texts) - set(blobs)
        if missing:
            raise BundleRefused(
                f"Import refused: {show_name(min(missing))} could not be read from the "
                "bundle; nothing was imported."
            )
    except BaseException:
        discard_blobs(vault, list(blobs.values()))
        raise
    finally:
        close = getattr(walk, "close", None)  # ends an .age decryption pass early
        if close is not None:
            close()
    return texts, blobs


def _decode(name: str, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused(
            f"Import refused: the statement text {show_name(name)} is not UTF-8 (invalid "
            f"byte at offset {exc.start}); nothing was imported."
        ) from None


def _check_blob(blob: WrittenBlob, sha256: str, intake_sha256: str | None, name: str) -> None:
    # BundleContents already checks each read against the hash verify took; this also
    # catches a bundle whose original (evidence profile) is not the one its sender hashed.
    if blob.sha256 != sha256:
        raise BundleRefused(
            f"Import refused: {show_name(name)} changed while it was read; nothing was imported."
        )
    if intake_sha256 is not None and blob.sha256 != intake_sha256.lower():
        raise BundleRefused(
            f"Import refused: {show_name(name)} is not the original whose intake hash "
            f"{RECORDS} gives; nothing was imported."
        )


class _ChunkSource(io.RawIOBase):
    """A raw stream over an iterator of chunks (each handed out once, by slices)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def chunk_reader(chunks: Iterator[bytes]) -> io.BufferedReader:
    """A binary stream over ``chunks``: ``read(n)`` gives exactly ``n`` bytes until the
    end, as the intake's encryption expects of a file; memory stays at a chunk or two."""
    return io.BufferedReader(_ChunkSource(chunks), buffer_size=CHUNK)


def _write(
    vault: Vault,
    records: BundleRecords,
    texts: dict[str, str],
    blobs: dict[str, WrittenBlob],
    pdf_pages: dict[str, list[str] | None],
    lines: list[str],
    result: ImportResult,
    sender_chain: str,
) -> None:
    writer = ImportWriter(vault, result.import_id, records)
    with vault.transaction():
        case = writer.case(result.signer_fingerprint, result.signer_status, result.imported_utc)
        writer.persons()
        writer.facilities()
        writer.incidents()
        writer.statements(texts)
        writer.attachments(blobs, pdf_pages)
        writer.links()
        writer.custody(lines)
        result.case_id, result.case_code, result.case_title = case.id, case.code, case.title
        result.counts = {
            name: writer.counts[kind]
            for name, kind in (
                ("persons", "person"),
                ("facilities", "facility"),
                ("incidents", "incident"),
                ("statements", "statement"),
                ("attachments", "attachment"),
                ("links", "link"),
                ("custody_events", "custody_event"),
            )
        }
        vault.record(
            "import",
            "case",
            case.id,
            {
                "import": result.import_id,
                "bundle": result.bundle_id,
                "bundle_case": records.case_code,
                "profile": result.profile,
                "form": result.form,
                "signer": result.signer_fingerprint,
                "signer_status": result.signer_status,
                "signer_name": result.signer_name,
                "sender_chain": sender_chain,
                # What ``audit verify`` checks the kept lines against (this event is
                # chained and MACed; the kept lines are not).
                "custody_head": _chain_head(lines),
                "counts": result.counts,
            },
        )
        if result.signer_status == TRUSTED:
            # A verified bundle from a key trusted now vouches for that key's earlier
            # bundles, taken in when it was only pinned or unverified.
            raised = raise_signer_status(vault, result.signer_fingerprint)
            result.raised_imports = [r.import_id for r in raised if r.import_id != result.import_id]
