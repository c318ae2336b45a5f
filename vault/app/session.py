"""Opening a vault: which folder, which credential, and where the secret came from.

A shell gathers the secret (a prompt, a file, the environment, a password field) and
hands it here as an :class:`Unlock`; the vault folder is checked first, so a folder that
is not a vault is said before anyone is asked for a passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from vault.core.errors import WrongPassphrase
from vault.core.format1 import is_format1, read_header
from vault.core.header import read_slots
from vault.core.progress import CancelToken, Progress, ProgressCallback
from vault.core.vault import Credential, Vault


class SecretOrigin(StrEnum):
    """Where the secret that unlocks came from (said when it does not open the vault)."""

    ENVIRONMENT = "environment"  # EVIDENCE_VAULT_PASSPHRASE
    FILE = "file"  # --passphrase-file, --recovery-code-file, --identity
    PROMPT = "prompt"  # typed at a terminal
    FIELD = "field"  # typed into a window


@dataclass(frozen=True)
class Unlock:
    """A credential and where it came from; ``repr`` never shows the secret."""

    credential: Credential
    origin: SecretOrigin
    # The file the secret was read from, when it came from one (said on failure).
    file: str | None = None


def require_vault(vault_dir: Path) -> None:
    """Refuse a folder that holds no readable vault key file (NotAVault, HeaderTampered,
    UnsupportedFormat), before any secret is asked for; a format 1 vault's header is read
    instead (it is migrated when it opens)."""
    if is_format1(vault_dir):
        read_header(vault_dir)
    else:
        read_slots(vault_dir)


def unlock(
    vault_dir: Path,
    unlock: Unlock,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> Vault:
    """Open the vault at ``vault_dir`` with ``unlock``'s credential.

    A credential that opens no slot raises WrongPassphrase whose ``data`` says which kind
    of secret it was (``credential``), where it came from (``origin``) and, for a file,
    which (``file``), so a shell can say "the passphrase from the environment does not
    open this vault".  Every other
    refusal of ``Vault.open`` (busy, rolled back, tampered) passes unchanged.
    """
    try:
        return Vault.open(vault_dir, unlock.credential, progress, cancel)
    except WrongPassphrase as exc:
        exc.data.update(credential=unlock.credential.kind, origin=unlock.origin.value)
        if unlock.file is not None:
            exc.data["file"] = unlock.file
        raise
