"""verify on real bundles written from BUNDLE_SPEC: folder, zip and age; every way one
can be broken; signer status and exit codes through the CLI."""

from __future__ import annotations

import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bagit
import pytest

from tests.conftest import FIXTURES, CliResult
from tests.export.bundle_builders import AgeKey, age_key
from tests.export.spec_bundle import Bundle, build_bundle, seal
from vault.core.sample import load_sample_case
from vault.core.vault import Vault
from vault.export.archive_write import encrypt_tar_stream, folder_files, write_zip
from vault.export.bundle import export_bundle
from vault.export.bundle_chain import chain_events
from vault.export.minisign import SigningKey, generate_signing_key
from vault.export.plan import ExportOptions
from vault.export.signers import TrustedSigner, grouped_fingerprint, signers_for_verify
from vault.export.verify import SignerStatus, VerifyReport, verify_bundle
from vault.redact.proposals import accept_all, suggest

Cli = Callable[..., CliResult]


@pytest.fixture
def bundle(tmp_path: Path) -> Bundle:
    return build_bundle(tmp_path / "bundle")


def _check(report: VerifyReport, name: str) -> tuple[str, str]:
    found = [check for check in report.checks if check.name == name]
    assert len(found) == 1, report.checks
    return found[0].result, found[0].detail


def _failed_only(report: VerifyReport, *names: str) -> None:
    failed = {check.name for check in report.checks if check.result == "fail"}
    assert failed == set(names), report.checks


def _all_pass(report: VerifyReport) -> None:
    assert report.ok, report.checks
    assert [c.name for c in report.checks] == [
        "archive",
        "signature",
        "layout",
        "identity",
        "files",
        "custody",
        "signer",
    ]


# ---- good bundles, three forms, and the standard tools agree ---------------------------


def test_a_good_folder_bundle_verifies_and_standard_tools_agree(bundle: Bundle) -> None:
    report = verify_bundle(bundle.folder)
    _all_pass(report)
    assert report.kind == "folder"
    assert report.fingerprint == bundle.key.public_key.fingerprint
    assert report.status is SignerStatus.UNPINNED
    assert report.claims is not None and report.claims.bundle == bundle.bundle_id
    assert report.payload_files == 4 and report.custody_events == 5
    # The exact command VERIFY.txt gives, with Debian's minisign; and bagit-python.
    result = subprocess.run(
        [
            "minisign",
            "-V",
            "-H",
            "-P",
            bundle.key.public_key_line(),
            "-x",
            "signature/tagmanifest-sha256.txt.minisig",
            "-m",
            "tagmanifest-sha256.txt",
        ],
        cwd=bundle.folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"bundle={bundle.bundle_id} case=C-007" in result.stdout
    bagit.Bag(str(bundle.folder)).validate()


def test_a_good_zip_bundle_verifies(bundle: Bundle, tmp_path: Path) -> None:
    out = tmp_path / "bundle.zip"
    write_zip(bundle.folder, out)
    report = verify_bundle(out)
    _all_pass(report)
    assert report.kind == "zip"


def test_a_good_age_bundle_verifies_with_its_identity_only(bundle: Bundle, tmp_path: Path) -> None:
    key = age_key(tmp_path)
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(folder_files(bundle.folder), [key.recipient], out)
    report = verify_bundle(out, identity=key.identity)
    _all_pass(report)
    assert report.kind == "age"
    without = verify_bundle(out)
    assert not without.ok
    assert _check(without, "archive")[0] == "fail"
    assert "identity file" in _check(without, "archive")[1]
    assert [c.hint for c in without.checks if c.name == "archive"] == ["age-identity"]
    assert {c.result for c in without.checks[1:]} == {"skipped"}
    other = age_key(tmp_path, "other.txt")
    wrong = verify_bundle(out, identity=other.identity)
    assert _check(wrong, "archive")[0] == "fail"


# ---- altered in transit (not re-signed) ---------------------------------------------


def test_one_changed_byte_in_a_data_file_fails_naming_the_file(bundle: Bundle) -> None:
    path = bundle.path("data/attachments/attachment-001.png")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_bundle(bundle.folder)
    assert not report.ok
    result, detail = _check(report, "layout")
    assert result == "fail"
    assert "data/attachments/attachment-001.png does not match its SHA-256" in detail
    assert report.first_failure is not None and report.first_failure.name == "layout"
    # The signature itself is intact: it is the manifests that caught the change.
    assert _check(report, "signature")[0] == "pass"


@pytest.mark.parametrize("extra", ["data/statements/extra.txt", "notes.txt", "custody/x.jsonl"])
def test_an_extra_untracked_file_fails_naming_it(bundle: Bundle, extra: str) -> None:
    bundle.path(extra).write_text("added later\n", encoding="utf-8")
    report = verify_bundle(bundle.folder)
    result, detail = _check(report, "layout")
    assert result == "fail"
    assert f"{extra} is not listed" in detail


def test_a_signature_by_another_key_fails(bundle: Bundle) -> None:
    manifest = bundle.path("tagmanifest-sha256.txt").read_bytes()
    other = generate_signing_key()
    bundle.path("signature/tagmanifest-sha256.txt.minisig").write_text(
        other.sign(manifest, bundle.comment()), encoding="utf-8"
    )
    report = verify_bundle(bundle.folder)
    result, detail = _check(report, "signature")
    assert result == "fail"
    assert "made with key" in detail and "not with the expected key" in detail
    assert report.status is None
    assert _check(report, "signer")[0] == "skipped"
    assert _check(report, "identity")[0] == "skipped"


def test_a_changed_trusted_comment_fails(bundle: Bundle) -> None:
    path = bundle.path("signature/tagmanifest-sha256.txt.minisig")
    path.write_text(
        path.read_text("utf-8").replace("profile=government", "profile=evidence"), "utf-8"
    )
    report = verify_bundle(bundle.folder)
    assert "trusted comment" in _check(report, "signature")[1]
    _failed_only(report, "signature")


def test_a_tampered_custody_line_fails_and_is_never_parsed(bundle: Bundle) -> None:
    events = bundle.custody()
    events[2]["details"]["count"] = 0  # line 3: fewer redactions than were made
    bundle.write_custody(events)
    report = verify_bundle(bundle.folder)
    assert _check(report, "signature")[0] == "pass"
    assert "custody/custody.jsonl does not match its SHA-256" in _check(report, "layout")[1]
    # Signature first: a file the signature does not vouch for is not parsed at all.
    result, detail = _check(report, "custody")
    assert result == "skipped"
    assert "custody/custody.jsonl is not covered by the verified signature" in detail


# ---- inconsistent although signed by the sender's own key -------------------------


def test_a_signed_bundle_with_a_broken_chain_fails_on_custody_alone(bundle: Bundle) -> None:
    events = bundle.custody()
    del events[1]  # a line removed, the rest left as they were
    bundle.write_custody(events)
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "custody")
    assert _check(report, "custody")[1] == ("line 2 of custody.jsonl has seq 3, not 2")


def test_records_naming_a_missing_file_fails(bundle: Bundle) -> None:
    records = bundle.records()
    records["statements"][0]["translation_file"] = "data/statements/W-001_2021-03-14.en.txt"
    bundle.write_records(records)
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "files")
    assert _check(report, "files")[1] == (
        "S-001 translation_file names data/statements/W-001_2021-03-14.en.txt, "
        "which is not in data/"
    )


def test_a_payload_file_records_do_not_name_fails(bundle: Bundle) -> None:
    bundle.path("data/attachments/attachment-002.png").write_bytes(b"not named")
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "files")
    assert "data/attachments/attachment-002.png is in data/ but" in _check(report, "files")[1]


@pytest.mark.parametrize(
    ("label", "value", "message"),
    [
        ("External-Identifier", "5f0c7e0e-0b1a-4c9e-9d61-2d5a3e1f7a10", "bundle id"),
        ("Case-Code", "C-008", "case code"),
        ("Export-Profile", "evidence", "profile"),
    ],
)
def test_bag_info_disagreeing_with_the_signature_fails(
    bundle: Bundle, label: str, value: str, message: str
) -> None:
    seal(bundle, bag_info={label: value})
    report = verify_bundle(bundle.folder)
    _failed_only(report, "identity")
    assert f"bag-info.txt gives {message} '{value}'" in _check(report, "identity")[1]


def test_records_for_another_bundle_fail(bundle: Bundle) -> None:
    records = bundle.records()
    records["bundle_id"] = "5f0c7e0e-0b1a-4c9e-9d61-2d5a3e1f7a10"
    bundle.write_records(records)
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "identity")
    assert "data/records.json gives bundle id" in _check(report, "identity")[1]


def test_a_custody_log_not_ending_with_this_export_fails(bundle: Bundle) -> None:
    events = bundle.custody()
    events[-1]["details"]["bundle"] = "5f0c7e0e-0b1a-4c9e-9d61-2d5a3e1f7a10"
    bundle.write_custody(chain_events(events))
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "custody")
    assert "gives bundle" in _check(report, "custody")[1]
    bundle.write_custody(chain_events(events[:-1]))
    seal(bundle)
    report = verify_bundle(bundle.folder)
    assert "is 'review', not the export" in _check(report, "custody")[1]


def test_a_comment_that_is_not_ours_fails(bundle: Bundle) -> None:
    seal(bundle, comment="timestamp:1714557600 file:tagmanifest-sha256.txt")
    report = verify_bundle(bundle.folder)
    assert "trusted comment is not" in _check(report, "signature")[1]


def test_a_newer_bundle_format_is_named(bundle: Bundle) -> None:
    records = bundle.records()
    records["version"] = 2
    bundle.write_records(records)
    seal(bundle)
    report = verify_bundle(bundle.folder)
    assert "format version 2" in _check(report, "identity")[1]


def test_missing_spec_files_fail_the_layout(bundle: Bundle) -> None:
    bundle.path("VERIFY.txt").unlink()
    bundle.path("custody/redactions.csv").unlink()
    seal(bundle)
    report = verify_bundle(bundle.folder)
    detail = _check(report, "layout")[1]
    assert "custody/redactions.csv is missing" in detail and "VERIFY.txt is missing" in detail


# ---- signer status ---------------------------------------------------------------------


def _trusted(key: SigningKey, revoked: str | None = None) -> TrustedSigner:
    public = key.public_key
    return TrustedSigner(public.fingerprint, "HQ Yerevan", public.line(), "2024-01-01", revoked)


def test_signer_status_trusted_pinned_revoked_unpinned(bundle: Bundle) -> None:
    fingerprint = bundle.key.public_key.fingerprint
    trusted = verify_bundle(bundle.folder, trusted=[_trusted(bundle.key)])
    assert trusted.ok and trusted.status is SignerStatus.TRUSTED
    assert trusted.signer_name == "HQ Yerevan"
    pinned = verify_bundle(bundle.folder, pin=grouped_fingerprint(fingerprint).upper())
    assert pinned.ok and pinned.status is SignerStatus.PINNED
    revoked = verify_bundle(bundle.folder, trusted=[_trusted(bundle.key, "2024-02-02T00:00Z")])
    assert not revoked.ok and revoked.status is SignerStatus.REVOKED
    _failed_only(revoked, "signer")
    assert "revoked on 2024-02-02 00:00 UTC" in _check(revoked, "signer")[1]
    other = generate_signing_key()
    mismatch = verify_bundle(bundle.folder, pin=other.public_key.fingerprint)
    assert not mismatch.ok
    assert "is not the fingerprint given" in _check(mismatch, "signer")[1]
    unpinned = verify_bundle(bundle.folder, trusted=[_trusted(other)])
    assert unpinned.ok and unpinned.status is SignerStatus.UNPINNED


def test_a_bundle_re_signed_by_someone_else_is_caught_by_the_pin(bundle: Bundle) -> None:
    original = bundle.key.public_key.fingerprint
    intruder = generate_signing_key()
    records = bundle.records()
    records["persons"][0]["name"] = "changed"
    bundle.write_records(records)
    seal(bundle, key=intruder)
    assert verify_bundle(bundle.folder).status is SignerStatus.UNPINNED
    report = verify_bundle(bundle.folder, pin=original)
    _failed_only(report, "signer")
    assert report.fingerprint == intruder.public_key.fingerprint


# ---- through the command line -------------------------------------------------------


def test_cli_exit_codes_for_each_signer_status(
    bundle: Bundle, tmp_path: Path, cli: Cli, vault_dir: Path
) -> None:
    fingerprint = bundle.key.public_key.fingerprint
    unpinned = cli("verify", str(bundle.folder), bare=True)
    assert unpinned.code == 0
    assert "Signer:       UNPINNED" in unpinned.out
    assert grouped_fingerprint(fingerprint) in unpinned.out
    assert "not verified" in unpinned.err and len(unpinned.err.strip().splitlines()) == 1

    pinned = cli("verify", str(bundle.folder), "--signer", fingerprint, bare=True)
    assert (pinned.code, pinned.err) == (0, "")
    assert "Signer:       PINNED" in pinned.out

    wrong = cli("verify", str(bundle.folder), "--signer", "ab" * 32, bare=True)
    assert wrong.code == 1
    assert wrong.err.startswith("evidence-vault: bundle refused: signer: ")
    assert len(wrong.err.strip().splitlines()) == 1

    assert cli("init").code == 0
    trust = cli(
        "signer", "trust", str(bundle.path("signature/signer.pub")), "--name", "HQ", "--yes"
    )
    assert trust.code == 0, trust.err
    trusted = cli("verify", str(bundle.folder))
    assert (trusted.code, trusted.err) == (0, "")
    assert "Signer:       TRUSTED (HQ)" in trusted.out

    assert cli("signer", "revoke", fingerprint).code == 0
    revoked = cli("verify", str(bundle.folder), "--json")
    assert revoked.code == 1
    document = json.loads(revoked.out)
    assert document["ok"] is False
    assert document["signer"] == {"fingerprint": fingerprint, "status": "REVOKED", "name": "HQ"}
    assert document["first_failure"]["name"] == "signer"
    assert "REVOKED" in revoked.err and len(revoked.err.strip().splitlines()) == 1


def test_cli_json_report_of_a_good_bundle(bundle: Bundle, cli: Cli) -> None:
    result = cli("verify", str(bundle.folder), "--json", bare=True)
    assert result.code == 0
    document = json.loads(result.out)
    assert document["ok"] is True
    assert document["signed"]["bundle"] == bundle.bundle_id
    assert [check["result"] for check in document["checks"]] == ["pass"] * 7
    assert document["signer"]["status"] == "UNPINNED"


def test_cli_broken_bundle_is_one_line_on_stderr_and_exit_1(bundle: Bundle, cli: Cli) -> None:
    bundle.path("data/statements/W-001_2021-03-14.txt").write_text("changed\n", "utf-8")
    result = cli("verify", str(bundle.folder), bare=True)
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "data/statements/W-001_2021-03-14.txt does not match" in result.err
    assert "[FAIL] layout" in result.out


def test_cli_hostile_and_unreadable_archives_are_one_line_exit_1(tmp_path: Path, cli: Cli) -> None:
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("bagit.txt", "BagIt-Version: 1.0\n")
        archive.writestr("../../evil.txt", "x")
    result = cli("verify", str(hostile), bare=True)
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "bundle refused: archive:" in result.err and "evil.txt" in result.err
    assert "Traceback" not in result.err + result.out
    missing = cli("verify", str(tmp_path / "nothing-here"), bare=True)
    assert missing.code == 1 and "There is no bundle" in missing.err
    bad_pin = cli("verify", str(hostile), "--signer", "12345", bare=True)
    assert bad_pin.code == 1 and "64 hexadecimal digits" in bad_pin.err


def test_cli_verifies_an_age_bundle_with_identity(bundle: Bundle, tmp_path: Path, cli: Cli) -> None:
    key: AgeKey = age_key(tmp_path)
    out = tmp_path / "bundle.age"
    encrypt_tar_stream(folder_files(bundle.folder), [key.recipient], out)
    ok = cli("verify", str(out), "--identity", str(key.identity), bare=True)
    assert ok.code == 0, ok.err
    assert "(age)" in ok.out
    refused = cli("verify", str(out), bare=True)
    assert refused.code == 1 and "--identity" in refused.err


# ---- the exporter's own bundles ------------------------------------------------------


def test_bundles_from_the_exporter_verify_in_every_form(
    vault: Vault, tmp_path: Path, cli: Cli, vault_dir: Path
) -> None:
    sample = load_sample_case(vault, FIXTURES / "sample_case", with_media=False)
    for statement_id in sample.statements.values():
        suggest(vault, statement_id, "government")
        accept_all(vault, statement_id)
    key = age_key(tmp_path)
    options = ExportOptions("government")
    folder = export_bundle(vault, sample.case_id, options, tmp_path / "out")
    zipped = export_bundle(vault, sample.case_id, options, tmp_path / "out.zip", as_zip=True)
    aged = export_bundle(vault, sample.case_id, options, tmp_path / "out.age", [key.recipient])
    trusted = signers_for_verify(vault)
    for result, identity in ((folder, None), (zipped, None), (aged, key.identity)):
        report = verify_bundle(result.out, identity, trusted=trusted)
        _all_pass(report)
        assert report.status is SignerStatus.TRUSTED
        assert report.fingerprint == result.signer_fingerprint
        assert report.claims is not None and report.claims.bundle == result.bundle_id
    vault.close()
    through_cli = cli("verify", str(folder.out))  # --vault: its own key counts as trusted
    assert through_cli.code == 0, through_cli.err
    assert "Signer:       TRUSTED (this vault's own key)" in through_cli.out


RECORDS_SHAPES: list[tuple[Callable[[dict[str, Any]], Any], str, str]] = [
    (lambda r: [], "identity", "data/records.json is not a JSON object"),
    (lambda r: {**r, "statements": "S-001"}, "files", "has no statements list"),
    (lambda r: {**r, "statements": [5]}, "files", "statements entry 1 of"),
    (lambda r: {**r, "attachments": [{"ref": "A-001", "file": 5}]}, "files", "not a file path"),
    (lambda r: {**r, "case": "C-007"}, "identity", "gives no case code"),
    (lambda r: {**r, "format": "other"}, "identity", "does not say format"),
]


@pytest.mark.parametrize(("shape", "check", "message"), RECORDS_SHAPES)
def test_odd_records_shapes_fail_cleanly(
    bundle: Bundle, shape: Callable[[dict[str, Any]], Any], check: str, message: str
) -> None:
    bundle.path("data/records.json").write_text(json.dumps(shape(bundle.records())), "utf-8")
    seal(bundle)
    report = verify_bundle(bundle.folder)
    result, detail = _check(report, check)
    assert result == "fail" and message in detail, report.checks


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[]", "line 2 of custody.jsonl is not a JSON object"),
        ('{"seq": 2}', "line 2 of custody.jsonl lacks 'action'"),
        ("{" * 5000, "not valid JSON"),
        ('{"a": 1, "a": 2}', "appears twice"),
    ],
)
def test_odd_custody_lines_fail_cleanly(bundle: Bundle, line: str, message: str) -> None:
    lines = bundle.path("custody/custody.jsonl").read_text("utf-8").splitlines()
    lines[1] = line
    bundle.path("custody/custody.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    seal(bundle)
    report = verify_bundle(bundle.folder)
    _failed_only(report, "custody")
    assert message in _check(report, "custody")[1]


def test_a_custody_seq_that_is_not_an_integer_fails(bundle: Bundle) -> None:
    events = bundle.custody()
    events[0]["seq"] = True  # equal to 1 in Python, but not the number 1
    bundle.write_custody(events)
    seal(bundle)
    assert (
        "line 1 of custody.jsonl has seq True, not 1"
        in _check(verify_bundle(bundle.folder), "custody")[1]
    )
