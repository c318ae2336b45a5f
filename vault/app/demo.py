"""The demo vault: a throwaway vault in a temporary folder, filled from the built-in
fictional sample case (``resources/demo_case``: persons in Latin, Cyrillic and Armenian,
statements, photos, a scanned PDF), opened unlocked.

The folder holds only what any vault holds (an encrypted database and encrypted blobs);
its passphrase is random and never shown, since the demo is thrown away on quit
(:func:`discard_demo`).  Nothing of it is remembered as the last vault used.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from vault.core.progress import CancelToken, Progress, Work
from vault.core.sample import load_sample_case
from vault.core.vault import Vault
from vault.resources import resources_dir

DEMO_PREFIX = "evidence-vault-demo-"
DEMO_OPERATOR = "demo operator"


@dataclass
class DemoVault:
    """The unlocked demo vault, the folder to remove on quit, and its sample case."""

    vault: Vault
    folder: Path
    case_id: str


def demo_case_folder() -> Path:
    """The built-in sample case shipped with the application."""
    return resources_dir() / "demo_case"


def create_demo_vault(
    progress: Progress | None = None, cancel: CancelToken | None = None
) -> DemoVault:
    """Make and fill a demo vault in a new private temporary folder; on any failure or
    a cancel the folder is removed and nothing is left behind."""
    work = Work(progress, cancel)
    work.phase("Preparing the demo vault", None)
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    try:
        vault_dir = folder / "vault"
        vault, _recovery = Vault.create(vault_dir, secrets.token_urlsafe(24), DEMO_OPERATOR)
        try:
            work.check()
            sample = load_sample_case(vault, demo_case_folder())
            work.check()
        except BaseException:
            vault.close()
            raise
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    work.finish()
    return DemoVault(vault, folder, sample.case_id)


def discard_demo(demo: DemoVault) -> None:
    """Lock the demo vault and remove its folder (quietly: it holds nothing of value)."""
    try:
        demo.vault.close()
    finally:
        shutil.rmtree(demo.folder, ignore_errors=True)
