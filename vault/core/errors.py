"""Every failure a person can cause or meet, each with a message they can act on.

The CLI prints ``str(error)`` on one line and exits 1; the GUI shows it in a dialog.
Messages never contain secrets (passphrases, keys, recovery codes) or case data beyond
the ids and file names the user typed themselves.
"""

from __future__ import annotations

from collections.abc import Mapping


def template(text: str) -> str:
    """``text`` unchanged: marks an English message template (import it as ``_``) that
    ``python -m vault.gui.i18n_update`` extracts into the translations; the shells
    translate the formatted sentence back with ``vault.app.i18n.translate_message``, the
    data in it untouched.  vault/core and vault/export never import vault/app."""
    return text


class VaultError(Exception):
    """Base of every error meant for the user rather than for a developer.

    ``str(error)`` is one neutral sentence, the same in every shell.  ``data`` carries what
    a shell may want to show or act on beside it (record ids, field names, a profile);
    ``hint`` names, without spelling any option, what the person can do next
    (``"skip-unreviewed"``): the command line turns it into its own words (``--skip-...``),
    a window into a button.  Both are optional; most errors are just their sentence.
    """

    def __init__(
        self, *args: object, data: Mapping[str, object] | None = None, hint: str | None = None
    ) -> None:
        super().__init__(*args)
        self.data: dict[str, object] = dict(data or {})
        self.hint = hint


class WrongPassphrase(VaultError):
    """The passphrase, recovery code or escrow identity does not open any key slot."""


class NotAVault(VaultError):
    """The folder has no readable vault header."""


class UnsupportedFormat(VaultError):
    """The vault was written by a newer version of Evidence Vault."""


class HeaderTampered(VaultError):
    """The header's MAC or structure does not check out."""


class KdfRefused(VaultError):
    """Key-derivation parameters outside what this program agrees to run."""


class RolledBack(VaultError):
    """The database is older than the header says it must be."""


class IntegrityError(VaultError):
    """Stored data failed authentication (a changed, truncated or swapped file)."""


class UnknownId(VaultError):
    """No record of that kind has that id."""


class InputError(VaultError):
    """A file or value the user gave cannot be used."""


class StorageError(VaultError):
    """The disk refused a write (full, read-only); the vault was left as it was."""


class StateNotUpdated(StorageError):
    """A transaction committed, but the sealed state file that follows it could not be
    rewritten (the next open repairs it): what was saved stays saved.  ``saved`` names
    it for a message (" (intake of attachment ID)"), or is empty."""

    def __init__(self, message: str, saved: str = "") -> None:
        super().__init__(message)
        self.saved = saved


class VaultBusy(VaultError):
    """Another process has this vault open, or another task of this one holds its
    database (a write waited too long, locking waits for a running job)."""


class VaultLocked(VaultError):
    """The vault was locked (closed) while something still wanted to use it."""


class ConfigurationError(VaultError):
    """An environment setting is not allowed here (e.g. the test-only fast KDF)."""


class DecoderFailed(InputError):
    """An untrusted file's decoder (in its caged child process) crashed, took too long or
    needed too much memory; nothing was produced, the vault is untouched.  ``data`` holds
    ``file`` (its name) and ``why``."""
