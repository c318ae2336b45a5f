"""The application layer as a window will use it: an export plan shown and then written
exactly, a bundle verified once and then taken in, failures told without option names,
and an unlock failure that knows where its passphrase came from."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, PASSPHRASE
from vault.app import bundles, export_flow, keys
from vault.app.failures import describe_failure
from vault.app.forms import ConsentForm, PersonForm, save_consent, save_person, save_statement
from vault.app.session import SecretOrigin, Unlock, unlock
from vault.cli.hints import failure_text
from vault.core.attachments import intake_files
from vault.core.errors import WrongPassphrase
from vault.core.statements import StatementDraft
from vault.core.vault import Credential, Vault

TEXT = "They kept us in the yard for two days without water.\n"


def _witness_with_consent(vault: Vault, case_id: str, name: str) -> str:
    witness = save_person(vault, PersonForm(case_id, name, "witness")).record
    save_consent(vault, ConsentForm(witness.id, "ngo", "required"))
    return witness.id


def _request(case_id: str, out: Path) -> export_flow.ExportRequest:
    return export_flow.ExportRequest(case_id, export_flow.ExportOptions("ngo"), out)


def _statements_in(bundle: Path) -> list[str]:
    records = json.loads((bundle / "data" / "records.json").read_text("utf-8"))
    return [s["ref"] for s in records["statements"]]


def test_the_plan_a_person_confirmed_is_what_is_written(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    witness = _witness_with_consent(vault, case_id, "Ani Petrosyan")
    save_statement(vault, case_id, StatementDraft(witness_id=witness, body=TEXT))
    planned = export_flow.plan(vault, _request(case_id, tmp_path / "bundle"))
    assert (planned.statements, planned.attachments) == (1, 0)

    # While the person looks at the plan, a second consented statement arrives: it was
    # not in what they confirmed, so it must not leave.
    save_statement(vault, case_id, StatementDraft(witness_id=witness, body=TEXT * 2))
    result = export_flow.write(vault, planned)

    assert result.statements == 1
    assert _statements_in(result.out) == ["S-001"]
    assert len(list((result.out / "data" / "statements").glob("*.txt"))) == 1


def test_a_plan_refuses_before_anything_is_written(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    witness = _witness_with_consent(vault, case_id, "Ani Petrosyan")
    save_statement(vault, case_id, StatementDraft(witness_id=witness, body=TEXT))
    photo = tmp_path / "yard.png"
    photo.write_bytes((FIXTURES / "sample_case" / "media" / "diagram.png").read_bytes())
    attachment = intake_files(vault, case_id, [photo])[0]

    with pytest.raises(Exception) as caught:
        export_flow.plan(vault, _request(case_id, tmp_path / "bundle"))
    failure = describe_failure(caught.value)

    # The window's words name no option; the data names the attachment to review.
    assert failure.code == "input"
    assert "--" not in failure.message and "redact review" not in failure.message
    assert failure.data["attachments"] == [attachment.id]
    assert failure.hint == "review-attachments"
    # The command line adds its own words for the same hint.
    assert failure_text(failure).endswith("export with --skip-unreviewed to leave them out.")
    assert not (tmp_path / "bundle").exists()


def test_a_left_out_recording_carries_a_hint_not_an_option(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    witness = _witness_with_consent(vault, case_id, "Ani Petrosyan")
    save_statement(vault, case_id, StatementDraft(witness_id=witness, body=TEXT))
    wav = tmp_path / "interview.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * 8000)
    recording = intake_files(vault, case_id, [wav])[0]
    planned = export_flow.plan(vault, _request(case_id, tmp_path / "bundle"))
    (left,) = [x for x in planned.left_out if x.attachment_id == recording.id]
    assert "--" not in left.why
    assert left.hint == "include-media"


@pytest.fixture
def sent_bundle(vault: Vault, case_id: str, tmp_path: Path) -> Path:
    witness = _witness_with_consent(vault, case_id, "Ani Petrosyan")
    save_statement(vault, case_id, StatementDraft(witness_id=witness, body=TEXT))
    planned = export_flow.plan(vault, _request(case_id, tmp_path / "sent"))
    return export_flow.write(vault, planned).out


def test_a_bundle_verified_once_is_taken_in_as_it_was_verified(
    sent_bundle: Path, tmp_path: Path
) -> None:
    fingerprint = bundles.read_public_key_file(sent_bundle / "signature" / "signer.pub")
    hq, _code = Vault.create(tmp_path / "hq", PASSPHRASE, "HQ reviewer")
    with hq:
        with bundles.open_for_import(hq, sent_bundle, pin=fingerprint.fingerprint) as checked:
            assert checked.report.ok
            assert checked.report.status is bundles.SignerStatus.PINNED
            result = bundles.take_in(hq, checked)
        assert result.signer_status == "PINNED"
        assert result.counts["statements"] == 1

        # Unpinned: the report the person saw says so, and taking it in is refused
        # unless they accept an unverified signer.
        with bundles.open_for_import(hq, sent_bundle) as unpinned:
            assert unpinned.report.status is bundles.SignerStatus.UNPINNED
            with pytest.raises(Exception, match="not verified") as caught:
                bundles.take_in(hq, unpinned)
        assert describe_failure(caught.value).code == "input"


def test_a_broken_archive_is_a_report_not_an_exception(vault: Vault, tmp_path: Path) -> None:
    not_a_bundle = tmp_path / "notes.zip"
    not_a_bundle.write_bytes(b"just some notes, not a zip")
    with bundles.open_for_import(vault, not_a_bundle) as checked:
        assert not checked.report.ok and checked.contents is None
        assert checked.report.first_failure is not None
        assert checked.report.first_failure.name == "archive"
        with pytest.raises(Exception, match="Import refused: archive"):
            bundles.take_in(vault, checked)


def test_a_wrong_passphrase_says_where_it_came_from(vault_dir: Path) -> None:
    keys.create_vault(vault_dir, PASSPHRASE, "INV-07")
    wrong = Unlock(Credential.passphrase("not the passphrase at all"), SecretOrigin.ENVIRONMENT)
    with pytest.raises(WrongPassphrase) as caught:
        unlock(vault_dir, wrong)
    failure = describe_failure(caught.value)
    assert failure.code == "wrong-secret"
    assert failure.data == {"credential": "passphrase", "origin": "environment"}
    assert "not the passphrase" not in repr(wrong) + failure.message + repr(failure.data)


def test_erase_tells_every_shell_the_same_sentences(vault_dir: Path) -> None:
    created = keys.create_vault(vault_dir, PASSPHRASE, "INV-07")
    assert created.recovery_code not in repr(created)
    outcome = keys.erase(vault_dir, keep_escrow=True)
    assert outcome.slots_destroyed == 2 and not outcome.escrow_kept
    assert outcome.sentences[1] == "There was no escrow slot to keep."
    assert outcome.sentences[-1] == keys.erase_limits()
