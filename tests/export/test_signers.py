"""Trusted signers and the vault's own signing key, in a real vault and through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.readable import table_rows
from tests.conftest import CliResult, open_vault
from tests.export.spec_bundle import build_bundle
from vault.core.custody import events, verify_chain
from vault.core.errors import InputError, UnknownId
from vault.core.vault import Vault
from vault.export.minisign import generate_signing_key, parse_public_key
from vault.export.signers import (
    grouped_fingerprint,
    list_signers,
    own_fingerprint,
    parse_fingerprint,
    read_public_key_file,
    revoke_signer,
    signers_for_verify,
    trust_signer,
    vault_signing_key,
)

Cli = Callable[..., CliResult]


def _pub_file(tmp_path: Path, name: str = "hq.pub") -> tuple[Path, str]:
    key = generate_signing_key()
    path = tmp_path / name
    path.write_text(key.public_key_file(), encoding="utf-8")
    return path, key.public_key.fingerprint


def test_trust_list_and_revoke_keep_the_row_and_log_each_change(
    vault: Vault, tmp_path: Path
) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    key = read_public_key_file(bundle.path("signature/signer.pub"))
    signer = trust_signer(vault, key, "  HQ Yerevan  ")
    assert signer.name == "HQ Yerevan"
    assert signer.fingerprint == bundle.key.public_key.fingerprint
    assert list_signers(vault) == [signer]
    assert parse_public_key(signer.public_key) == key

    revoked = revoke_signer(vault, grouped_fingerprint(signer.fingerprint).upper())
    assert revoked.revoked_utc is not None
    (listed,) = list_signers(vault)
    assert listed.revoked and listed.name == "HQ Yerevan" and listed == revoked

    logged = [(e.action, e.object_id, e.details) for e in events(vault.conn)]
    assert (
        "signer-trust",
        signer.fingerprint,
        {"name": "HQ Yerevan", "key_id": logged[-2][2]["key_id"]},
    ) in logged
    assert logged[-1] == ("signer-revoke", signer.fingerprint, {"name": "HQ Yerevan"})
    assert verify_chain(vault.conn, vault.keys.custody_mac).ok


def test_refusals_change_nothing(vault: Vault, tmp_path: Path) -> None:
    path, fingerprint = _pub_file(tmp_path)
    key = read_public_key_file(path)
    trust_signer(vault, key, "HQ")
    before = len(events(vault.conn))
    with pytest.raises(InputError, match="already trusted, as 'HQ'"):
        trust_signer(vault, key, "HQ again")
    with pytest.raises(UnknownId, match="No trusted signer"):
        revoke_signer(vault, "ab" * 32)
    with pytest.raises(InputError, match="64 hexadecimal digits"):
        revoke_signer(vault, fingerprint[:-1])
    with pytest.raises(InputError, match="signer name"):
        trust_signer(vault, read_public_key_file(_pub_file(tmp_path, "b.pub")[0]), " \n")
    revoke_signer(vault, fingerprint)
    after_revoke = len(events(vault.conn))
    with pytest.raises(InputError, match="already revoked"):
        revoke_signer(vault, fingerprint)
    with pytest.raises(InputError, match="cannot be trusted again"):
        trust_signer(vault, key, "HQ")
    assert len(events(vault.conn)) == after_revoke == before + 1
    assert len(list_signers(vault)) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"untrusted comment: x\nnot base64!\n", "not valid base64"),
        (b"RWQ=\n", "not a minisign Ed25519 public key"),
        (b"x" * 5000, "too large"),
        (b"\xff\xfe\n", "not UTF-8"),
    ],
)
def test_a_malformed_key_file_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.pub"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_public_key_file(path)
    with pytest.raises(InputError, match="no key file"):
        read_public_key_file(tmp_path / "absent.pub")
    with pytest.raises(InputError, match="is a folder"):
        read_public_key_file(tmp_path)


def test_fingerprints_are_read_in_any_grouping() -> None:
    fingerprint = "0123456789abcdef" * 4
    grouped = grouped_fingerprint(fingerprint)
    assert grouped == " ".join(["01234567", "89abcdef"] * 4)
    assert parse_fingerprint(grouped.upper()) == fingerprint
    assert parse_fingerprint(":".join(grouped.split())) == fingerprint


def test_the_vault_signing_key_is_made_once_and_kept_encrypted(
    vault: Vault, vault_dir: Path
) -> None:
    assert own_fingerprint(vault) is None  # asking does not make one
    key = vault_signing_key(vault)
    assert vault_signing_key(vault).secret_bytes() == key.secret_bytes()
    assert own_fingerprint(vault) == key.public_key.fingerprint
    created = [e for e in events(vault.conn) if e.action == "signing-key-create"]
    assert len(created) == 1
    assert created[0].details["fingerprint"] == key.public_key.fingerprint
    secret = key.secret_bytes()
    vault.close()
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert secret not in data and secret.hex().encode() not in data, path
    with open_vault(vault_dir) as again:
        assert vault_signing_key(again).secret_bytes() == secret
        assert len([e for e in events(again.conn) if e.action == "signing-key-create"]) == 1
        own = signers_for_verify(again)
        assert [(s.fingerprint, s.name) for s in own] == [
            (key.public_key.fingerprint, "this vault's own key")
        ]


def test_the_signing_key_joins_an_open_transaction(vault: Vault) -> None:
    with vault.transaction():
        key = vault_signing_key(vault)
    assert own_fingerprint(vault) == key.public_key.fingerprint


def test_cli_signer_commands_and_info(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    path, fingerprint = _pub_file(tmp_path)
    trusted = cli("signer", "trust", str(path), "--name", "HQ Yerevan", "--yes")
    assert trusted.code == 0, trusted.err
    assert grouped_fingerprint(fingerprint) in trusted.out
    listed = cli("signer", "list")
    (row,) = table_rows(listed.out)
    assert (row["NAME"], row["STATUS"], row["FINGERPRINT"]) == (
        "HQ Yerevan",
        "trusted",
        fingerprint,
    )
    assert row["SINCE"].endswith(" UTC")
    again = cli("signer", "trust", str(path), "--name", "HQ", "--yes")
    assert again.code == 1 and again.err.count("\n") == 1 and "already trusted" in again.err
    revoked = cli("signer", "revoke", grouped_fingerprint(fingerprint))
    assert revoked.code == 0, revoked.err
    (row,) = json.loads(cli("signer", "list", "--json").out)
    assert row["status"] == "revoked" and row["revoked_utc"] and row["name"] == "HQ Yerevan"
    unknown = cli("signer", "revoke", "cd" * 32)
    assert unknown.code == 1 and "No trusted signer" in unknown.err
    bad = tmp_path / "bad.pub"
    bad.write_text("hello\n", encoding="utf-8")
    refused = cli("signer", "trust", str(bad), "--name", "X")
    assert refused.code == 1 and "not a minisign public key" in refused.err
    assert cli("signer", "trust", str(path)).code == 2  # --name is required


def test_init_makes_the_signing_key_and_info_shows_it_in_groups(cli: Cli, vault_dir: Path) -> None:
    made = cli("init")
    assert made.code == 0, made.err
    with open_vault(vault_dir) as vault:
        fingerprint = own_fingerprint(vault)
        assert fingerprint is not None  # made at init, before any export
        created = [e for e in events(vault.conn) if e.action == "signing-key-create"]
        assert len(created) == 1 and created[0].details["fingerprint"] == fingerprint
        assert vault_signing_key(vault).public_key.fingerprint == fingerprint  # kept, not remade
    grouped = grouped_fingerprint(fingerprint)
    assert len(grouped.split()) == 8 and all(len(g) == 8 for g in grouped.split())
    assert f"Signer fingerprint: {grouped}" in made.out
    info = json.loads(cli("info", "--json").out)
    assert info["signer_fingerprint"] == fingerprint
    assert f"Signer fingerprint: {grouped}" in cli("info").out
