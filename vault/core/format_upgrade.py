"""Vault format 1 -> 2, on first open with the new program."""

from __future__ import annotations

from pathlib import Path

from vault.core.errors import UnsupportedFormat
from vault.core.progress import Work
from vault.core.unlock import Credential


def upgrade_format1(path: Path, credential: Credential, work: Work) -> str:
    """Migrate the format 1 vault at ``path``; return a sentence to show once."""
    raise UnsupportedFormat(f"{path} is a vault of format 1, which cannot be opened yet.")
