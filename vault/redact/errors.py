"""Why an attachment cannot be redacted, in words a person can act on.

Every class is an ``InputError`` (so the CLI prints one line and exits 1). Messages name
the problem and what to do, never the file's content; the caller prefixes the attachment's
id or name, which it knows and we do not.
"""

from __future__ import annotations

from vault.core.errors import InputError


class RedactionError(InputError):
    """An attachment cannot be redacted safely; nothing was produced."""


class UnsupportedMedia(RedactionError):
    """The bytes are of a kind this program cannot redact (GIF, HEIC, audio, unknown...)."""


class DamagedMedia(RedactionError):
    """The bytes claim a supported format but do not decode (truncated, corrupt, renamed)."""


class MediaTooLarge(RedactionError):
    """Pixels or pages beyond the caps that keep memory and time bounded."""


class ProtectedPdf(RedactionError):
    """The PDF is encrypted with a password we do not have."""


class InvalidBox(RedactionError):
    """A redaction box has no area, is not a number, or names a page that does not exist."""
