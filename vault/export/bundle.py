"""``export``: write a signed BagIt bundle of one case for one profile.

Two passes keep memory flat and let an encrypted bundle start with its tag files: the
first computes every payload file's digests (redacted derivatives are kept in memory up
to a small budget, sealed into an encrypted scratch file beyond it (``spill.py``);
originals are streamed), the second writes the bundle
as a folder (built in ``.<name>.partial`` and renamed), a deterministic zip, or a PAX tar
streamed into age so that no plaintext byte touches disk.

What a bundle says about the vault it came from (SECURITY.md "What an anonymized bundle
reveals"): persons and the case by export code (``export_codes.py``: no number that
counts anyone, the same code for the same person in every bundle of this vault), files
named by those codes, and the signed ``chain=`` claim (``chain_commitment.py``): a
commitment to the custody head for anonymized profiles, the head itself for
``evidence``.  Anonymized bundles name the operator only as :data:`NEUTRAL_OPERATOR`
(``bundle_tags.py``).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault.core.attachments import original_sha512, read_attachment
from vault.core.crashpoints import faulty_sink
from vault.core.errors import InputError, IntegrityError, StateNotUpdated, StorageError
from vault.core.errors import template as _
from vault.core.fsutil import Partial, fsync_directory, remove_stale_partials, storage_error
from vault.core.keyslots import parse_age_recipient
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.vault import Vault
from vault.export.archive_write import SizedChunks, Source, encrypt_tar_stream, write_zip_members
from vault.export.bundle_tags import digest_of, tag_files
from vault.export.chain_commitment import ChainClaim, chain_claim
from vault.export.code_check import check_codes_defined
from vault.export.derive import derive_in_order
from vault.export.errors import export_not_written
from vault.export.minisign import SigningKey
from vault.export.payload import (
    make_statement_salts,
    original_output,
    records_document,
    salted_hash,
    statement_files,
)
from vault.export.plan import ExportOptions, ExportPlan, plan_export
from vault.export.signers import vault_signing_key
from vault.export.spill import Spill, Spilled
from vault.export.tagfiles import (
    SIGNATURE,
    SIGNER_KEY,
    TAG_MANIFEST,
    FileDigest,
)
from vault.redact.profiles import check_profile

# Redacted derivatives kept in memory between the two passes; beyond this they wait in
# the encrypted spill file, so memory does not grow with the number of photos.
MEMORY_BUDGET = 16 * 1024 * 1024


@dataclass
class ExportResult:
    """What the user is told after an export (left-out counts never enter the bundle)."""

    bundle_id: str
    out: Path
    profile: str
    statements: int
    attachments: int
    statements_left_out: dict[str, int]
    attachments_left_out: list[tuple[str, str, str]]
    warnings: list[str]
    signer_fingerprint: str
    form: str


@dataclass
class _PayloadFile:
    digest: FileDigest
    data: bytes | None = None
    stream: Callable[[], Iterator[bytes]] | None = None
    tags: dict[str, Any] = field(default_factory=dict)

    def source(self, name: str) -> Source:
        if self.data is not None:
            return self.data
        assert self.stream is not None
        return SizedChunks(self.digest.size, _checked(name, self.stream(), self.digest))


def _streamed_digest_of(chunks: Iterator[bytes], known_sha256: str) -> FileDigest:
    """Like _digest_of for a large original whose SHA-256 is known: its SHA-512 runs on a
    helper thread (hashlib lets go of the GIL) while the next chunk is read and
    decrypted, which nearly halves the first pass over originals."""
    sha512, size = hashlib.sha512(), 0

    def update(chunk: bytes) -> None:
        sha512.update(chunk)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-digest") as pool:
        pending: Future[None] | None = None
        for chunk in chunks:
            size += len(chunk)
            if pending is not None:
                pending.result()  # in order: one chunk hashed at a time
            pending = pool.submit(update, chunk)
        if pending is not None:
            pending.result()
    return FileDigest(size, known_sha256, sha512.hexdigest())


def _checked(name: str, chunks: Iterator[bytes], expected: FileDigest) -> Iterator[bytes]:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != expected.sha256:
        raise IntegrityError(
            f"{name} changed between the two passes of the export (or no longer matches its "
            "intake hash); nothing was exported."
        )


def check_output(out: Path, recipients: list[str], as_zip: bool, profile: str) -> None:
    """Refuse, before any work, an output the export could not write: ``evidence`` without
    a recipient, a malformed recipient, ``as_zip`` with recipients, an existing ``out``
    or a missing parent folder."""
    if profile == "evidence" and not recipients:
        raise InputError(
            "The evidence profile exports unredacted originals with their names: it needs at "
            "least one recipient so the bundle is encrypted.",
            data={"profile": profile, "field": "recipient"},
            hint="add-recipient",
        )
    for recipient in recipients:
        parse_age_recipient(recipient)
    if as_zip and recipients:
        raise InputError(
            "A bundle is either a zip or encrypted for recipients (an encrypted bundle is "
            "one file), not both.",
            data={"fields": ["zip", "recipient"]},
            hint="zip-or-recipient",
        )
    if out.exists() or out.is_symlink():
        raise InputError(f"{out} already exists; choose a new name.")
    if not out.parent.is_dir():
        raise InputError(f"The folder {out.parent} does not exist.")


def export_bundle(
    vault: Vault,
    case_id: str,
    options: ExportOptions,
    out: Path,
    recipients: list[str] | None = None,
    as_zip: bool = False,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Plan, build, sign and write the bundle; record an ``export`` custody event.

    Refuses (nothing written): ``evidence`` without a recipient, an existing output, an
    unknown case or statement, undecided redactions, unreviewed attachments (unless
    skipped), and a plan with nothing to export.  On a failure part-way, no partial output
    is left.  ``progress`` goes through the phases "Planning" (statements), "Preparing
    files" (items) and "Writing the bundle" (bytes); ``cancel`` is honoured until the
    bundle takes its name (Cancelled: no output, no export event).
    """
    work = Work(progress, cancel)
    recipients = list(recipients or [])
    out = Path(out).absolute()
    # The profile as the plan will read it ("Evidence " is evidence): the recipient rule
    # must see the same profile that decides what is redacted.
    check_output(out, recipients, as_zip, check_profile(options.profile))
    plan = plan_export(vault, case_id, options, work.progress, cancel=cancel)
    return write_bundle(vault, plan, out, recipients, as_zip, work.progress, cancel=cancel)


def check_plan_exports_something(plan: ExportPlan) -> None:
    """Refuse a plan with no statement and no attachment, saying what was left out."""
    if not plan.statements and not plan.attachments:
        parts = [
            _("{count} statement(s): {why}").format(count=n, why=why)
            for why, n in sorted(plan.statements_left_out.items())
        ]
        parts += [f"{a.name}: {why}" for a, why in plan.attachments_left_out]
        if not parts:
            raise InputError(
                _(
                    "Nothing to export for the {profile} profile: the case has no statements "
                    "or attachments."
                ).format(profile=plan.policy.profile)
            )
        raise InputError(
            _("Nothing to export for the {profile} profile: {detail}").format(
                profile=plan.policy.profile, detail="; ".join(parts)
            )
        )


def write_bundle(
    vault: Vault,
    plan: ExportPlan,
    out: Path,
    recipients: list[str] | None = None,
    as_zip: bool = False,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Build, sign and write exactly ``plan`` (from :func:`plan_export`, which this never
    calls again): the statements, texts and attachments a person was shown are the ones
    written.  Records an ``export`` custody event.

    Refuses (nothing written) what :func:`check_output` refuses and a plan with nothing to
    export; on a failure part-way, no partial output is left.  ``progress`` goes through
    "Preparing files" (items) and "Writing the bundle" (bytes); ``cancel`` is honoured
    until the bundle takes its name (Cancelled: no output, no export event).
    """
    work = Work(progress, cancel)
    recipients = list(recipients or [])
    out = Path(out).absolute()
    check_output(out, recipients, as_zip, plan.policy.profile)
    check_plan_exports_something(plan)
    with Spill(out.parent) as spill, export_not_written():
        return _export(vault, plan, out, recipients, as_zip, work, spill)


def _export(
    vault: Vault,
    plan: ExportPlan,
    out: Path,
    recipients: list[str],
    as_zip: bool,
    work: Work,
    spill: Spill,
) -> ExportResult:
    bundle_id = str(uuid.uuid4())
    now = datetime.now(UTC).replace(microsecond=0)
    utc = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    key = vault_signing_key(vault)
    # Short write transactions only: the salts (made once, kept for disclosure to a
    # court) commit now; both passes then only read, so another thread can write while
    # photos are redacted; the export event commits in its own transaction at the end.
    work.check()
    with vault.transaction():
        salts = make_statement_salts(vault, plan)
    # Both passes read one consistent state (a snapshot: what other threads commit
    # meanwhile stays out of sight) and write nothing, so the window stays usable.
    with vault.snapshot():
        payload, csv_rows, item_refs = _build_payload(
            vault, plan, bundle_id, utc, salts, work, spill
        )
        digests = {name: f.digest for name, f in payload.items()}
        claim = chain_claim(vault, plan.policy.anonymized)
        tags = tag_files(
            vault, plan, digests, csv_rows, item_refs, bundle_id, now, key, claim.claim
        )
        comment = (
            f"bundle={bundle_id} case={plan.case_code} profile={plan.policy.profile} "
            f"utc={utc} chain={claim.claim}"
        )
        # Before anything is written or signed: every code a text uses is defined.
        records_json = payload["data/records.json"].data
        assert records_json is not None
        texts = {name: f.data for name, f in payload.items() if f.data is not None}
        check_codes_defined(records_json, {**texts, **tags})
        tags[SIGNATURE] = key.sign(tags[TAG_MANIFEST], comment).encode("utf-8")
        tags[SIGNER_KEY] = key.public_key_file().encode("utf-8")
        members: list[tuple[str, Source]] = [(name, data) for name, data in tags.items()]
        members += [(name, f.source(name)) for name, f in payload.items()]
        work.phase("Writing the bundle", sum(_size_of(source) for _, source in members))
        form, partial = _write(_counted_members(members, work), out, recipients, as_zip)
    try:
        work.check()  # the last point a cancel is honoured: the event comes next
        recorded = _record_export(vault, plan, out, recipients, bundle_id, form, key, claim)
    except StateNotUpdated as exc:
        # The event committed (only the state file behind it failed): the bundle is
        # recorded, so it takes its name, and the message says so.
        work.finish()
        _publish(partial)
        raise StorageError(
            f"The export is recorded and the bundle is at {out}, but the disk refused to "
            "update the vault state (is it full?); the next open repairs it. Do not export "
            "again."
        ) from exc
    except BaseException:
        # The export is not recorded, so the bundle must not appear: nothing was saved.
        partial.discard()
        raise
    work.finish()  # the export is recorded: from here on nothing is cancelled
    _publish(partial)
    return recorded


def _record_export(
    vault: Vault,
    plan: ExportPlan,
    out: Path,
    recipients: list[str],
    bundle_id: str,
    form: str,
    key: SigningKey,
    claim: ChainClaim,
) -> ExportResult:
    """The export custody event, committed (durable) before the bundle takes its name."""
    result = ExportResult(
        bundle_id,
        out,
        plan.policy.profile,
        len(plan.statements),
        len(plan.attachments),
        dict(plan.statements_left_out),
        [(a.id, a.name, why) for a, why in plan.attachments_left_out],
        plan.warnings,
        key.public_key.fingerprint,
        form,
    )
    with vault.transaction():
        vault.record(
            "export",
            "case",
            plan.case.id,
            {
                "bundle": bundle_id,
                "profile": plan.policy.profile,
                "form": form,
                "recipients": len(recipients),
                "statements": result.statements,
                "attachments": result.attachments,
                "statements_left_out": result.statements_left_out,
                "attachments_left_out": len(result.attachments_left_out),
                "attachments_left_out_why": dict(Counter(w for *_, w in plan.attachments_left_out)),
                "signer": result.signer_fingerprint,
                "path": str(out),  # where the bundle was put: `check` looks there for leftovers
                **claim.vault_details(),  # so the sender can open the commitment later
            },
        )
    return result


def _size_of(source: Source) -> int:
    if isinstance(source, bytes):
        return len(source)
    if isinstance(source, SizedChunks):
        return source.size
    raise TypeError("a bundle member is bytes or sized chunks")


def _counted_members(members: list[tuple[str, Source]], work: Work) -> list[tuple[str, Source]]:
    """The members as sized chunks that report their bytes as the writer takes them (on
    the writer's thread for an age bundle) and stop it when the export is cancelled: a
    cancel raised there removes the partial output like any other failure."""

    def counted(chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            yield chunk
            work.advance(len(chunk))

    counted_members: list[tuple[str, Source]] = []
    for name, source in members:
        if isinstance(source, bytes):
            counted_members.append((name, SizedChunks(len(source), counted([source]))))
        elif isinstance(source, SizedChunks):
            counted_members.append((name, SizedChunks(source.size, counted(source.chunks))))
        else:
            raise TypeError(f"unexpected source for {name}")
    return counted_members


def _build_payload(
    vault: Vault,
    plan: ExportPlan,
    bundle_id: str,
    utc: str,
    salts: dict[str, bytes],
    work: Work,
    spill: Spill,
) -> tuple[dict[str, _PayloadFile], list[tuple[str, str, int]], dict[str, str]]:
    payload: dict[str, _PayloadFile] = {}
    csv_rows: list[tuple[str, str, int]] = []
    item_refs: dict[str, str] = {}
    person_ref = plan.person_ref
    label = {
        p.id: (p.name if plan.policy.name_shown(p, plan.consents.get(p.id)) else plan.labels[p.id])
        for p in plan.persons
    }
    statements: list[dict[str, Any]] = []
    used: set[str] = set()
    total = len(plan.statements) + len(plan.attachments)
    work.phase("Preparing files", total)

    def statements_pass() -> None:
        # Statement texts and PDFs: run beside the photo children when there are some.
        for done, item in enumerate(plan.statements, start=1):
            s = item.statement
            date = s.interview_date
            stem = f"{plan.labels[s.witness_id]}_{date.value if date else 'undated'}"
            stem = _unique(stem, used)
            files = statement_files(plan, item, stem, label)
            for name, data in files.items():
                payload[name] = _PayloadFile(digest_of([data]), data)
            original = s.body.encode("utf-8")
            intake = (
                {"algorithm": "sha256", "salted": False, "value": s.current.sha256}
                if not plan.policy.anonymized
                else {
                    "algorithm": "sha256",
                    "salted": True,
                    "value": salted_hash(salts[s.current.id], [original]),
                }
            )
            entry: dict[str, Any] = {
                "id": s.id,
                "ref": item.ref,
                "text_file": f"data/statements/{stem}.txt",
                "pdf_file": f"data/statements/{stem}.pdf",
                "translation_file": f"data/statements/{stem}.translation.txt"
                if item.texts.translation
                else None,
                "witness": person_ref.get(s.witness_id),
                "interviewer": person_ref.get(s.interviewer_id or ""),
                "interpreter": person_ref.get(s.interpreter_id or ""),
                "interview_date": date.value if date else None,
                "interview_date_precision": date.precision if date else None,
                "place": item.texts.place,
                "language": s.language,
                "kind": s.kind,
                "topics": list(s.topics),
                "translation_language": s.translation_language,
                "version": s.current.number,
                "intake_hash": intake,
            }
            statements.append(entry)
            item_refs[s.id] = item.ref
            csv_rows.extend((item.ref, reason, n) for reason, n in item.texts.counts.items())
            work.update(done, item=f"item {done} of {total}")

    attachments: list[dict[str, Any]] = []
    kept = 0
    # Anonymized: derivatives in plan order (photos on every core); a recording the
    # stripper refuses is left out and the references after it renumbered.
    derived = (
        derive_in_order(vault, plan, work.cancel, meanwhile=statements_pass)
        if plan.policy.anonymized
        else None
    )
    if derived is None:
        statements_pass()
    items = ((d.planned, d) for d in derived) if derived else ((p, None) for p in plan.attachments)
    try:
        for done, (planned, made) in enumerate(items, start=len(plan.statements) + 1):
            a = planned.attachment
            item_refs[a.id] = planned.ref
            if made is not None:
                output, value = made.output, made.salted_original
                assert output.data is not None
                digest = digest_of([output.data])
                if kept + output.size <= MEMORY_BUDGET:
                    kept += output.size
                    payload[output.path] = _PayloadFile(digest, output.data)
                else:
                    payload[output.path] = _PayloadFile(
                        digest, stream=_spilled(spill, spill.put(output.data))
                    )
                intake = {"algorithm": "sha256", "salted": True, "value": value}
                csv_rows += [(planned.ref, reason, n) for reason, n in output.counts.items()]
            else:
                output = original_output(planned)
                # Its SHA-256 is the intake hash (the blob is authenticated chunk by chunk, so
                # it is the same bytes); the second pass checks it again as it writes.
                known = original_sha512(vault, a.id)
                digest = (
                    FileDigest(a.size, a.sha256, known)  # both taken at intake: no first pass
                    if known is not None
                    else _streamed_digest_of(read_attachment(vault, a.id), a.sha256)
                )
                payload[output.path] = _PayloadFile(digest, stream=_original(vault, a.id))
                intake = {"algorithm": "sha256", "salted": False, "value": a.sha256}
            attachments.append(
                {
                    "ref": planned.ref,
                    "file": output.path,
                    "media_type": output.media_type,
                    "derived": output.derived,
                    "statement": planned.statement_ref,
                    "intake_hash": intake,
                }
            )
            work.update(done, item=f"item {done} of {total}")
    finally:
        if derived is not None:
            derived.close()  # ends the photo children now, even when this pass failed
    records = records_document(vault, plan, bundle_id, utc, statements, attachments, person_ref)
    payload["data/records.json"] = _PayloadFile(digest_of([records]), records)
    work.finish()  # items left out of the plan on the way still count as done
    return payload, csv_rows, {**item_refs, **person_ref}


def _original(vault: Vault, attachment_id: str) -> Callable[[], Iterator[bytes]]:
    def again() -> Iterator[bytes]:
        return read_attachment(vault, attachment_id)

    return again


def _unique(stem: str, used: set[str]) -> str:
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}_{n}"
    used.add(candidate)
    return candidate


def _spilled(spill: Spill, spilled: Spilled) -> Callable[[], Iterator[bytes]]:
    def again() -> Iterator[bytes]:
        return spill.chunks(spilled)

    return again


def _write(
    members: list[tuple[str, Source]], out: Path, recipients: list[str], as_zip: bool
) -> tuple[str, Partial]:
    """Build the bundle under its hidden ``.<name>.partial`` name, fsynced, and return its
    form and the unpublished output: the caller records the export, then publishes."""
    held: list[Partial] = []
    if recipients:
        encrypt_tar_stream(members, recipients, out, held=held)
        return "age", held[0]
    if as_zip:
        write_zip_members(members, out, held=held)
        return "zip", held[0]
    try:
        remove_stale_partials(out.parent)
        partial = Partial(out, folder=True)
    except OSError as exc:
        raise storage_error(exc, "export") from exc
    try:
        for name, source in members:
            target = partial.path / name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with open(target, "xb") as opened:
                handle = faulty_sink(opened)
                if isinstance(source, bytes):
                    handle.write(source)
                elif isinstance(source, SizedChunks):
                    for chunk in source.chunks:
                        handle.write(chunk)
                else:
                    raise TypeError(f"unexpected source for {name}")
                # On disk before the rename: after a power cut the bundle's name must not
                # stand for files that never reached the disk (zip and age do the same).
                handle.flush()
                os.fsync(handle.fileno())
        for folder in sorted({(partial.path / name).parent for name, _ in members}, reverse=True):
            fsync_directory(folder)
    except OSError as exc:
        partial.discard()
        raise storage_error(exc, "export") from exc
    except BaseException:
        partial.discard()
        raise
    return "folder", partial


def _publish(partial: Partial) -> None:
    """Rename the recorded bundle to its name; if that fails, say exactly where it is."""
    try:
        partial.publish()
    except OSError as exc:
        if partial.published:  # renamed; only the folder's fsync failed
            raise StorageError(
                f"The export is recorded in the custody log and the bundle is at "
                f"{partial.final}, but the disk refused to confirm it "
                f"({os.strerror(exc.errno or 0)}); check the disk before relying on it."
            ) from exc
        partial.close()
        raise StorageError(
            f"The export is recorded in the custody log, but the bundle could not take its "
            f"name ({os.strerror(exc.errno or 0)}): it is complete at {partial.path}; "
            f"rename it to {partial.final.name}."
        ) from exc
