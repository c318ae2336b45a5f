"""``signer trust``: from a key file or a bundle of any form, only once the fingerprint was
confirmed; trusting a key raises the imports it signed earlier, and so does a later
verified import from a trusted key.

Bundles are written from the spec (tests/export/spec_bundle.py); zip and age forms are
made from the same folder, as a sender's vault writes them.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from vault.core.custody import events
from vault.core.vault import Vault
from vault.export.import_bundle import import_bundle
from vault.export.minisign import generate_signing_key
from vault.export.signers import grouped_fingerprint, read_public_key_file, trust_signer

from ..conftest import PASSPHRASE, open_vault
from ..export.bundle_builders import age_key, tar_bytes, tar_member, write_age
from ..export.spec_bundle import Bundle, build_bundle


@pytest.fixture
def hq(vault_dir: Path) -> Path:
    """Headquarters' vault, empty and closed (so the command line can open it)."""
    created, _code = Vault.create(vault_dir, PASSPHRASE, "HQ reviewer")
    created.close()
    return vault_dir


def _files(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (path.relative_to(folder).as_posix(), path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def _as_zip(bundle: Bundle, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in _files(bundle.folder):
            archive.writestr(name, data)
    return out


def _signers(cli: Any) -> list[dict[str, Any]]:
    listed = cli("signer", "list", "--json")
    assert listed.code == 0, listed.err
    rows: list[dict[str, Any]] = json.loads(listed.out)
    return rows


def test_a_key_is_trusted_only_once_its_fingerprint_is_confirmed(
    hq: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    fingerprint = bundle.key.public_key.fingerprint
    grouped = grouped_fingerprint(fingerprint)
    key = str(bundle.path("signature/signer.pub"))

    # Not in a terminal, nobody can be asked: refused, saying what to give instead.
    unasked = cli("signer", "trust", key, "--name", "North")
    assert unasked.code == 1 and "--fingerprint" in unasked.err and "--yes" in unasked.err
    assert grouped in unasked.err and unasked.out == ""
    # A fingerprint read out that differs in one digit is refused, naming the real one.
    wrong = fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1")
    mismatch = cli("signer", "trust", key, "--name", "North", "--fingerprint", wrong)
    assert mismatch.code == 1 and "not the one given" in mismatch.err and grouped in mismatch.err
    assert cli("signer", "trust", key, "--name", "North", "--fingerprint", "12ab").code == 1

    # On a terminal the person is asked; anything but yes trusts nothing.
    monkeypatch.setattr("vault.cli.bundles.has_terminal", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    declined = cli("signer", "trust", key, "--name", "North")
    assert declined.code == 1 and "Not confirmed" in declined.err
    assert "Type yes" in declined.err and f"Signer fingerprint: {grouped}" in declined.err
    assert _signers(cli) == []

    monkeypatch.setattr(sys, "stdin", io.StringIO("YES\n"))
    confirmed = cli("signer", "trust", key, "--name", "North")
    assert confirmed.code == 0, confirmed.err
    assert confirmed.out == f"Trusted North: {grouped} (confirmed by you)\n"
    assert [(s["fingerprint"], s["name"]) for s in _signers(cli)] == [(fingerprint, "North")]


@pytest.mark.parametrize("form", ["folder", "zip", "age"])
def test_a_key_is_taken_from_a_bundle_of_any_form(
    hq: Path, cli: Any, tmp_path: Path, form: str
) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    fingerprint = bundle.key.public_key.fingerprint
    # Read out in groups, in capitals, with dashes: what a person types.
    typed = "-".join(grouped_fingerprint(fingerprint).upper().split())
    extra: tuple[str, ...] = ()
    if form == "folder":
        source = bundle.folder
    elif form == "zip":
        source = _as_zip(bundle, tmp_path / "sent.zip")
    else:
        keys = age_key(tmp_path)
        members = [(tar_member(name), data) for name, data in _files(bundle.folder)]
        source = write_age(tar_bytes(members), keys.recipient, tmp_path / "sent.age")
        without = cli("signer", "trust", str(source), "--name", "N", "--fingerprint", typed)
        assert without.code == 1 and "identity" in without.err
        extra = ("--identity", str(keys.identity))
    beside = sorted(tmp_path.rglob("*"))
    trusted = cli("signer", "trust", str(source), "--name", "North", "--fingerprint", typed, *extra)
    assert trusted.code == 0, trusted.err
    assert (
        trusted.out.startswith("Trusted North: ") and "(it matches the fingerprint" in trusted.out
    )
    assert [s["fingerprint"] for s in _signers(cli)] == [fingerprint]
    # Nothing of the bundle was unpacked anywhere (the vault's own files aside).
    assert [p for p in sorted(tmp_path.rglob("*")) if p not in beside and hq not in p.parents] == []


def test_a_bundle_without_a_signer_key_is_refused(hq: Path, cli: Any, tmp_path: Path) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    bundle.path("signature/signer.pub").unlink()
    refused = cli("signer", "trust", str(bundle.folder), "--name", "N", "--yes")
    assert refused.code == 1 and "signer.pub" in refused.err and "not signed" in refused.err
    assert _signers(cli) == []


def _imports(vault_dir: Path) -> dict[str, str]:
    with open_vault(vault_dir) as vault:
        return dict(vault.conn.execute("SELECT id, signer_status FROM imports"))


def test_trusting_a_key_raises_the_imports_it_signed_earlier(
    hq: Path, cli: Any, tmp_path: Path
) -> None:
    key = generate_signing_key()
    fingerprint = key.public_key.fingerprint
    first = build_bundle(tmp_path / "first", key)
    second = build_bundle(tmp_path / "second", key)
    other = build_bundle(tmp_path / "other")  # another signer: stays as it was
    assert cli("import", str(first.folder), "--allow-unverified-signer").code == 0
    assert cli("import", str(second.folder), "--signer", fingerprint).code == 0
    assert cli("import", str(other.folder), "--allow-unverified-signer").code == 0
    before = _imports(hq)
    assert sorted(before.values()) == ["PINNED", "UNVERIFIED", "UNVERIFIED"]

    trusted = cli("signer", "trust", str(first.folder), "--name", "North", "--yes")
    assert trusted.code == 0, trusted.err
    assert "Raised 2 earlier import(s) signed by this key to TRUSTED." in trusted.out
    after = _imports(hq)
    assert sorted(after.values()) == ["TRUSTED", "TRUSTED", "UNVERIFIED"]
    raised = {i for i, status in after.items() if status == "TRUSTED"}
    # Every imported record says so where it is listed.
    listed = json.loads(cli("list", "statements", "--json").out)
    said = [s["imported"]["signer_status"] for s in listed if "imported" in s]
    assert sorted(said) == ["TRUSTED", "TRUSTED", "UNVERIFIED"]
    with open_vault(hq) as vault:
        logged = [e for e in events(vault.conn) if e.action == "signer-status"]
    assert {e.object_id for e in logged} == raised
    assert sorted((e.details["old"], e.details["new"]) for e in logged) == [
        ("PINNED", "TRUSTED"),
        ("UNVERIFIED", "TRUSTED"),
    ]
    assert all(e.details["signer"] == fingerprint for e in logged)
    assert cli("audit", "verify").code == 0  # the raises are chained custody events


def test_a_later_verified_import_raises_the_earlier_ones(hq: Path, tmp_path: Path) -> None:
    key = generate_signing_key()
    first = build_bundle(tmp_path / "first", key)
    second = build_bundle(tmp_path / "second", key)
    with open_vault(hq) as vault:
        earlier = import_bundle(vault, first.folder, allow_unverified=True)
        assert earlier.signer_status == "UNVERIFIED"
        # Trusted the way a vault made before raising existed did: nothing raised then.
        trust_signer(vault, read_public_key_file(first.path("signature/signer.pub")), "North")
        later = import_bundle(vault, second.folder)
        assert later.signer_status == "TRUSTED"
        assert later.raised_imports == [earlier.import_id]
        assert later.as_json()["raised_imports"] == [earlier.import_id]
        (logged,) = [e for e in events(vault.conn) if e.action == "signer-status"]
        assert logged.object_id == earlier.import_id and logged.details["old"] == "UNVERIFIED"
    assert set(_imports(hq).values()) == {"TRUSTED"}
