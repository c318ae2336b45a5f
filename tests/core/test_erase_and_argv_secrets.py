"""Emergency erase of an unreadable header; inline secrets refused without being echoed."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.core.erase import erase_vault
from vault.core.errors import VaultError
from vault.core.vault import Vault

from ..conftest import PASSPHRASE, open_vault


def test_erase_overwrites_a_header_it_cannot_read(vault: Vault) -> None:
    path = vault.path
    vault.close()
    header = path / "vault.header"
    header.write_bytes(header.read_bytes().replace(b'"version": 1', b'"version": 99'))
    before = header.read_bytes()
    result = erase_vault(path, keep_escrow=True)
    assert result.slots_destroyed == -1 and not result.escrow_kept
    after = header.read_bytes()
    assert after != before and b"slots" not in after and b"wrapped" not in after
    with pytest.raises(VaultError):
        open_vault(path, PASSPHRASE)


@pytest.mark.parametrize(
    "argv",
    [
        ["--pass", "hunter2-secret", "info"],
        ["--password=hunter2-secret", "info"],
        ["info", "--pw", "hunter2-secret"],
        ["--vault", "v", "passwd", "--passphrase", "hunter2-secret"],
    ],
)
def test_inline_secrets_are_refused_and_never_echoed(cli, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*argv, bare=True)
    assert result.code == 2
    assert "hunter2-secret" not in result.err + result.out
    assert "never from the command line" in result.err or "not accepted" in result.err


def test_a_query_after_double_dash_is_not_mistaken_for_a_secret(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").code == 0
    result = cli("search", "--", "--password")
    assert result.code in (0, 1)
    assert "never from the command line" not in result.err
