"""Fixtures of the export and import tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.core.vault import Vault

from ..conftest import PASSPHRASE


@pytest.fixture
def hq(vault_dir: Path) -> Path:
    """Headquarters' own vault, empty and closed (so the CLI can open it)."""
    created, _code = Vault.create(vault_dir, PASSPHRASE, "HQ reviewer")
    created.close()
    return vault_dir
