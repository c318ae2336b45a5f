"""What a person should hear after intake besides the new ids: which files carry a
location (a GPS position travels with a photo until an export strips it), and that the
originals they took in are still on disk, unencrypted, where they were."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vault.app.i18n import translate
from vault.app.intake_check import kept_sentence, renamed_sentence
from vault.app.readable import shown
from vault.core.attachments import Attachment
from vault.core.vault import Vault
from vault.redact.intake_probe import IntakeVerdict
from vault.redact.metadata import attachment_metadata

__all__ = ["IntakeNotes", "intake_notes"]


@dataclass(frozen=True)
class IntakeNotes:
    """In the current language (vault.app.i18n), the data in them as it was.
    ``locations``: one sentence per attachment that carries a location;
    ``originals``: the files taken in, as the person named them (still plaintext on disk;
    a symbolic link given as a file is followed, and named with the file it led to);
    ``kept``: one sentence per file kept as received although it cannot be shown or
    redacted; ``renamed``: one per picture whose name says another format."""

    locations: list[str]
    originals: list[str]
    kept: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)

    @property
    def reminder(self) -> str:
        """One sentence naming the originals still on disk, unencrypted (empty if none)."""
        if not self.originals:
            return ""
        names = ", ".join(self.originals)
        return translate(
            "the original(s) are still on disk, unencrypted, where they were: {names}; "
            "once you have checked the vault copy, remove them securely (e.g. shred -u, "
            "or your system's secure delete)"
        ).format(names=names)


def intake_notes(
    vault: Vault,
    attachments: Sequence[Attachment],
    paths: Sequence[Path],
    verdicts: Sequence[IntakeVerdict | None] = (),
) -> IntakeNotes:
    """The notes for files just taken in: ``attachments`` as intake returned them, read
    back from the vault (decrypted in memory only, pictures and PDFs in full, other
    files from their first chunk), the ``paths`` the person gave and intake's
    ``verdicts`` on them (``intake_check.check_files``).  Never refuses over a file it
    cannot parse: such a file simply carries no location it can name; one kept as
    received is not parsed again."""
    kept = [kept_sentence(v) for v in verdicts if v is not None and v.refused]
    renamed = [renamed_sentence(v) for v in verdicts if v is not None and v.renamed]
    skip = {
        attachment.id
        for attachment, verdict in zip(attachments, verdicts, strict=False)
        if verdict is not None and verdict.refused
    }
    locations = []
    for attachment in attachments:
        if attachment.id in skip:
            continue
        summary = attachment_metadata(vault, attachment.id)
        if summary.gps is not None:
            lat, lon = summary.gps
            locations.append(
                translate(
                    "{name} carries a GPS position ({latitude}, {longitude}); anonymized "
                    "exports remove it"
                ).format(name=shown(attachment.name), latitude=f"{lat:.2f}", longitude=f"{lon:.2f}")
            )
        elif summary.gps_present:
            locations.append(
                translate("{name} carries a GPS position; anonymized exports remove it").format(
                    name=shown(attachment.name)
                )
            )
    return IntakeNotes(locations, [_as_named(path) for path in paths], kept, renamed)


def _as_named(path: Path) -> str:
    """``path`` as given; a symbolic link also names the file it led to, which is the
    plaintext original still on disk (the link was followed, and the person is told)."""
    if not path.is_symlink():
        return str(path)
    return translate("{path} (a symbolic link: the file taken in is {target})").format(
        path=path, target=os.path.realpath(path)
    )
