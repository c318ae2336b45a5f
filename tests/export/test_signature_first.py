"""Signature first: ``verify`` and ``import`` check the minisign signature over the tag
manifest right after the archive scan, and parse only what it authenticates.

A bundle whose signature is bad and whose records.json is malformed gets the signature
refusal: the JSON parser, the manifest parser and the custody parser are never reached.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CliResult, open_vault
from tests.export.bundle_builders import snapshot
from tests.export.spec_bundle import Bundle, build_bundle, seal
from vault.core.cases import list_cases
from vault.export import archive_read, verify
from vault.export.bagit_layout import check_bag_layout
from vault.export.bundle_chain import verify_chain
from vault.export.minisign import generate_signing_key
from vault.export.verify import verify_bundle

MALFORMED = b'{"format": "evidence-vault-bundle", "version": 1, "statements": [{'


@pytest.fixture
def bundle(tmp_path: Path) -> Bundle:
    return build_bundle(tmp_path / "bundle")


@pytest.fixture
def parsers_never_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every parser of content the signature covers, made to record that it ran."""
    reached: list[str] = []

    def spy(name: str, real: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            reached.append(name)
            return real(*args, **kwargs)

        return run

    monkeypatch.setattr(archive_read, "_parse_json", spy("json", archive_read._parse_json))
    monkeypatch.setattr(verify, "check_bag_layout", spy("layout", check_bag_layout))
    monkeypatch.setattr(verify, "verify_chain", spy("custody", verify_chain))
    return reached


def _badly_signed_with_malformed_records(bundle: Bundle) -> None:
    bundle.path("data/records.json").write_bytes(MALFORMED)
    seal(bundle)  # consistent manifests, so only the signature can refuse it ...
    other = generate_signing_key()  # ... and it is made by a key other than signer.pub's
    manifest = bundle.path("tagmanifest-sha256.txt").read_bytes()
    bundle.path("signature/tagmanifest-sha256.txt.minisig").write_text(
        other.sign(manifest, bundle.comment()), encoding="utf-8"
    )


def test_a_bad_signature_is_refused_before_any_json_or_manifest_is_parsed(
    bundle: Bundle, parsers_never_run: list[str]
) -> None:
    _badly_signed_with_malformed_records(bundle)
    report = verify_bundle(bundle.folder)
    assert not report.ok
    assert report.first_failure is not None and report.first_failure.name == "signature"
    assert [c.name for c in report.checks][:3] == ["archive", "signature", "layout"]
    assert {c.result for c in report.checks[2:]} == {"skipped"}
    assert parsers_never_run == []


def test_a_good_signature_lets_the_parsers_run_and_find_the_malformed_json(
    bundle: Bundle, parsers_never_run: list[str]
) -> None:
    """The same malformed records.json, correctly signed: the spies do see it (so the
    test above can fail), and the JSON refusal is what the person reads."""
    bundle.path("data/records.json").write_bytes(MALFORMED)
    seal(bundle)
    report = verify_bundle(bundle.folder)
    assert report.first_failure is not None and report.first_failure.name == "identity"
    assert "records.json" in report.first_failure.detail
    assert "json" in parsers_never_run and "layout" in parsers_never_run


def test_an_unsigned_tag_file_is_named_but_never_parsed(
    bundle: Bundle, parsers_never_run: list[str]
) -> None:
    """bag-info.txt changed in transit: the signature holds, the layout names the file,
    and the bag parser never reads it (the signed custody log and records still are)."""
    path = bundle.path("bag-info.txt")
    path.write_bytes(path.read_bytes() + b"Contact-Name: \xff\xfe not even UTF-8\n")
    report = verify_bundle(bundle.folder)
    checks = {c.name: (c.result, c.detail) for c in report.checks}
    assert checks["signature"][0] == "pass"
    assert checks["layout"] == (
        "fail",
        "bag-info.txt does not match its SHA-256 in tagmanifest-sha256.txt "
        "(changed after the bundle was made)",
    )
    assert checks["identity"][0] == "skipped"
    assert "layout" not in parsers_never_run  # bag-info.txt (and the manifests) unread


def test_cli_import_of_a_badly_signed_bundle_with_malformed_json_says_signature(
    bundle: Bundle, cli: Any, hq: Path, parsers_never_run: list[str]
) -> None:
    _badly_signed_with_malformed_records(bundle)
    before = snapshot(hq)
    for args in (["verify"], ["import", "--allow-unverified-signer"]):
        result: CliResult = cli(args[0], str(bundle.folder), *args[1:])
        assert result.code == 1
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.err
        assert "signature:" in lines[0] and "not with the expected key" in lines[0]
    assert parsers_never_run == []
    assert snapshot(hq) == before
    with open_vault(hq) as vault:
        assert list_cases(vault, include_retracted=True) == []
