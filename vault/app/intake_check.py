"""Intake's check of pictures and PDFs before anything is written (issue 13): a file named
or made as a picture or PDF is looked at in the decoder cage
(``vault.redact.intake_probe``); one that is disguised (a ``.jpg`` that is a zip or a
program), beyond the limits the redaction code enforces, damaged or truncated, or that
made the decoder crash or hang, is refused, naming it and why, unless the person asks to
keep such files exactly as received (they are then never shown or redacted, and the
intake custody event says why).

Both shells call this through ``vault.app.evidence.take_in``; the sentences are in the
current language, the custody event's words in English (it is data).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from vault.app.i18n import translate, translate_message
from vault.core import custody
from vault.core.attachments import open_intake_source, recorded_name
from vault.core.errors import InputError
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.vault import Vault
from vault.redact.intake_probe import IntakeVerdict, format_named, needs_probe, probe_caged
from vault.redact.media import SNIFF_BYTES, classify

__all__ = [
    "AS_RECEIVED_HINT",
    "MAX_PROBE_BYTES",
    "IntakeRefused",
    "as_received_details",
    "check_files",
    "kept_as_received",
    "kept_sentence",
    "refusal_sentence",
    "renamed_sentence",
]

AS_RECEIVED_HINT = "as-received"
# A picture or PDF larger than this is not read into memory to be looked at: refused as
# too large (a 150-megapixel picture, the redaction cap, is 600 MB even uncompressed).
MAX_PROBE_BYTES = 1 << 30
_FORMAT_NAMES = {
    "jpeg": "JPEG",
    "png": "PNG",
    "webp": "WebP",
    "tiff": "TIFF",
    "gif": "GIF",
    "bmp": "BMP",
    "pdf": "PDF",
}


def _(text: str, english: bool = False) -> str:
    """``text`` (an English template) in the current language, or as it is."""
    return text if english else translate(text)


def _format_name(fmt: str) -> str:
    return _FORMAT_NAMES.get(fmt, fmt.upper())


def refusal_sentence(verdict: IntakeVerdict, *, english: bool = False) -> str:
    """Why ``verdict``'s file cannot be taken in, one sentence naming it, in the current
    language (``english``: as written, for the custody log)."""
    if verdict.problem == "disguised":
        claimed = _format_name(verdict.named or "")
        if verdict.format == "unknown":
            return _(
                "{name} is named as {claimed} but is not one: its content is of no known format.",
                english,
            ).format(name=verdict.name, claimed=claimed)
        return _(
            "{name} is named as {claimed} but is not one: its content is {found}.", english
        ).format(name=verdict.name, claimed=claimed, found=_format_name(verdict.format))
    reason = verdict.reason or ""
    reason = reason if english else translate_message(reason)
    if verdict.problem == "decoder-failed":  # DecoderFailed's sentence names the file
        return reason
    return _("{name}: {reason}", english).format(name=verdict.name, reason=reason)


def kept_sentence(verdict: IntakeVerdict) -> str:
    """What a person hears about a refused file kept as received anyway: why it was
    refused, then that it is kept and will never be shown or redacted."""
    return _("{why} It is kept as received and will never be shown or redacted.").format(
        why=refusal_sentence(verdict)
    )


def renamed_sentence(verdict: IntakeVerdict) -> str:
    """What a person hears about a fine picture whose name says another format."""
    return _(
        "{name} is named as {claimed} but its content is {found}; it is taken in as it is"
    ).format(
        name=verdict.name,
        claimed=_format_name(verdict.named or ""),
        found=_format_name(verdict.format),
    )


class IntakeRefused(InputError):
    """Files that cannot be taken in unless kept as received: ``verdicts`` (the refused
    ones) and ``indexes`` (where each is among the files given); nothing was written."""

    def __init__(
        self, verdicts: Sequence[IntakeVerdict], total: int, indexes: Sequence[int] = ()
    ) -> None:
        self.verdicts = list(verdicts)
        self.indexes = list(indexes)
        names = ", ".join(v.name for v in self.verdicts)
        super().__init__(
            f"{len(self.verdicts)} of {total} file(s) cannot be shown or redacted and were "
            f"refused ({names}); nothing was taken in.",
            data={"refused": [v.as_json() for v in self.verdicts]},
            hint=AS_RECEIVED_HINT,
        )


def check_files(
    paths: Sequence[Path],
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> list[IntakeVerdict | None]:
    """The probe's verdict on each of ``paths``, in order (with the SHA-256 of the bytes
    looked at): None for a file whose name and first bytes claim no picture or PDF (it
    is not looked at).
    Reads the files, writes nothing.  A file that cannot be opened is left to intake
    (which refuses it in its own words); ``Cancelled`` when ``cancel`` is set."""
    work = Work(progress, cancel)
    work.phase("Checking pictures and PDFs", len(paths))
    verdicts = []
    for index, path in enumerate(paths):
        work.update(index, item=f"file {index + 1} of {len(paths)}")
        verdicts.append(_check_one(Path(path), cancel))
    work.update(len(paths))
    return verdicts


def _check_one(path: Path, cancel: CancelToken | None) -> IntakeVerdict | None:
    name = recorded_name(path)
    try:
        handle, size = open_intake_source(path)
    except InputError:
        return None  # intake names it in its own words
    with handle:
        try:
            head = handle.read(SNIFF_BYTES)
            if not needs_probe(name, head):
                return None
            if size > MAX_PROBE_BYTES:
                return IntakeVerdict(
                    name,
                    classify(head).format,
                    format_named(name),
                    "too-large",
                    f"It is {size} bytes; pictures and PDFs above {MAX_PROBE_BYTES} bytes "
                    "cannot be shown or redacted.",
                )
            data = head + handle.read()
        except OSError:
            return None  # intake's own read names the error
    verdict = probe_caged(name, data, cancel=cancel)
    return replace(verdict, sha256=hashlib.sha256(data).hexdigest())


def as_received_details(verdict: IntakeVerdict) -> dict[str, str]:
    """The intake custody event's note for a refused file kept as received (English)."""
    return {"kept_as_received": refusal_sentence(verdict, english=True)}


def kept_as_received(vault: Vault, attachment_id: str) -> str | None:
    """Why the attachment was kept as received at intake (its intake custody event's
    note, English), or None for one that passed intake's check."""
    for event in custody.events(vault.conn, attachment_id):
        if event.action == "intake" and event.details.get("kept_as_received"):
            return str(event.details["kept_as_received"])
    return None
