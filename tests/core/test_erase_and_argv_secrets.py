"""Emergency erase of an unreadable key file; inline secrets refused without being echoed."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.core.erase import erase_vault
from vault.core.errors import VaultError
from vault.core.vault import Vault

from ..conftest import PASSPHRASE, open_vault


def test_erase_overwrites_a_key_file_it_cannot_read(vault: Vault) -> None:
    path = vault.path
    vault.close()
    keys_file = path / "vault.keys"
    data = keys_file.read_bytes()
    keys_file.write_bytes(data[:6] + b"\x00\x63" + data[8:])  # "format 99"
    before = keys_file.read_bytes()
    result = erase_vault(path, keep_escrow=True)
    assert result.slots_destroyed == -1 and not result.escrow_kept
    after = keys_file.read_bytes()
    assert len(after) == len(before)
    assert not any(before[i : i + 32] in after for i in range(64, len(before) - 32, 4096))
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
