"""Why a bundle is refused, as errors a person can act on.

Every message names the file inside the bundle that is at fault (shown with control
characters escaped, so a hostile name cannot break the one-line error the CLI prints).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from vault.core.errors import InputError, IntegrityError, StateNotUpdated, StorageError


class HostileBundle(InputError):
    """The archive is built in a way that could harm whoever unpacks it (traversal, links,
    devices, colliding names, overlapping zip entries, size or ratio bombs, too many members).
    Nothing was extracted or written."""


class UnreadableBundle(InputError):
    """Not something we can open as a bundle: unknown format, damaged archive, an ``.age``
    file without ``--identity``, or an identity that does not open it."""


class BagLayoutBroken(IntegrityError):
    """The BagIt bag does not check out: a file missing, changed, untracked or not allowed."""


class SignatureMalformed(InputError):
    """A minisign public key or signature file that does not follow the format."""


class SignatureInvalid(IntegrityError):
    """The minisign signature does not verify (a changed file, comment or signer)."""


def show_name(name: str, limit: int = 120) -> str:
    """``name`` safe for a one-line message: control characters and backslashes escaped
    (a hostile name cannot start a new line or fake a path separator), length capped."""
    shown = "".join(
        ch if ch.isprintable() and ch != "\\" else ch.encode("unicode_escape").decode("ascii")
        for ch in name
    )
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown or '""'


@contextmanager
def export_not_written() -> Iterator[None]:
    """Turn a state write refused after one of an export's own set-up commits (the
    salts, the signing key, the codes key) into what it means for the export: those
    stand, but no bundle was written (not "do not repeat the change")."""
    try:
        yield
    except StateNotUpdated as exc:
        raise StorageError(
            f"The disk refused to update the vault state (is it full?) after saving{exc.saved}"
            ": the export was not written. The vault opens as before (its next open repairs "
            "the state); free some space and export again."
        ) from exc
