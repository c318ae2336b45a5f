"""Imported statements keep the consent scope they were released under.

The sender's witnesses consented to different recipients; the bundle says, per
statement, for whom it was released. HQ may re-share an imported statement within that
scope, is refused beyond it (the statement named), and may go further only after
recording a new consent itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vault.core.cases import add_case
from vault.core.consent import record_consent
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.export.bundle import export_bundle
from vault.export.plan import ExportOptions
from vault.export.signers import read_public_key_file
from vault.redact.proposals import accept_all, suggest

from ..conftest import PASSPHRASE, open_vault
from .spec_bundle import build_bundle, seal

# Two witnesses of one case, each with a consent of their own.
CAUTIOUS = ("Aysel Məmmədova", "legal,ngo", "required")  # never to the press
OPEN = ("Rüstəm Nəzərov", "legal,ngo,media", "waived")  # may be named, press included
TEXTS = {
    CAUTIOUS[0]: "They kept me nine days in a cold cell without a blanket.\n",
    OPEN[0]: "On the third night the guards beat us in the corridor.\n",
}


@dataclass(frozen=True)
class Released:
    """The sender's ngo bundle and its signer's fingerprint."""

    bundle: Path
    fingerprint: str


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Released:
    root = tmp_path_factory.mktemp("field")
    vault, _code = Vault.create(root / "vault", PASSPHRASE, "INV-12")
    with vault:
        case = add_case(vault, "Şəki detentions, 2022").id
        for name, share, anonymity in (CAUTIOUS, OPEN):
            person = add_person(vault, case, name, "witness")
            record_consent(vault, person.id, share, anonymity)
            statement = add_statement(
                vault, case, StatementDraft(witness_id=person.id, body=TEXTS[name], language="en")
            )
            suggest(vault, statement.id)
            accept_all(vault, statement.id)
        bundle = export_bundle(vault, case, ExportOptions("ngo"), root / "bundle").out
    fingerprint = read_public_key_file(bundle / "signature" / "signer.pub").fingerprint
    return Released(bundle, fingerprint)


def _import(cli: Any, released: Released) -> dict[str, Any]:
    result = cli("import", str(released.bundle), "--signer", released.fingerprint, "--json")
    assert result.code == 0, result.err
    loaded: dict[str, Any] = json.loads(result.out)
    return loaded


def _statements_by_text(cli: Any, case_id: str) -> dict[str, dict[str, Any]]:
    """HQ's statements of the case, keyed by the witness whose text each is."""
    listed = json.loads(cli("list", "statements", "--case", case_id, "--json").out)
    return {name: next(s for s in listed if s["body"] == text) for name, text in TEXTS.items()}


def _bundle_records(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((path / "data" / "records.json").read_text("utf-8"))
    return loaded


def test_the_bundle_says_what_each_statement_was_released_for(released: Released) -> None:
    records = _bundle_records(released.bundle)
    scopes = {}
    for statement in records["statements"]:
        text = (released.bundle / statement["text_file"]).read_text("utf-8")
        name = next(n for n, t in TEXTS.items() if t == text)
        scopes[name] = statement["consent"]
    assert scopes == {
        CAUTIOUS[0]: {"share": ["legal", "ngo"], "anonymity": "required"},
        OPEN[0]: {"share": ["legal", "ngo", "media"], "anonymity": "waived"},
    }


def test_hq_reshares_within_the_scope_and_not_beyond_until_it_records_consent(
    released: Released, hq: Path, cli: Any, tmp_path: Path
) -> None:
    case_id = _import(cli, released)["case"]["id"]
    statements = _statements_by_text(cli, case_id)
    cautious, open_ = statements[CAUTIOUS[0]], statements[OPEN[0]]
    shown = json.loads(cli("show", "statement", cautious["id"], "--json").out)
    assert shown["received_consent"]["share"] == ["legal", "ngo"]
    assert "released only for legal, ngo" in cli("show", "statement", cautious["id"]).out

    ngo = cli("export", "--case", case_id, "--profile", "ngo", "--out", str(tmp_path / "ngo"))
    assert ngo.code == 0, ngo.err
    # What HQ sends on says the same scope again, so the next recipient is bound too.
    again = {s["consent"]["share"][-1] for s in _bundle_records(tmp_path / "ngo")["statements"]}
    assert again == {"ngo", "media"}

    media = cli("export", "--case", case_id, "--profile", "media", "--out", str(tmp_path / "m"))
    assert media.code == 1 and media.out == ""
    assert cautious["id"] in media.err and open_["id"] not in media.err
    assert "legal, ngo" in media.err and "consent set" in media.err
    assert len(media.err.strip().splitlines()) == 1 and "Traceback" not in media.err
    assert not (tmp_path / "m").exists()

    # The government was in neither scope: both named, nothing written.
    government = cli(
        "export", "--case", case_id, "--profile", "government", "--out", str(tmp_path / "g")
    )
    assert government.code == 1
    assert cautious["id"] in government.err and open_["id"] in government.err

    # The witness is re-contacted and agrees to the press: recorded here, it now governs.
    assert (
        cli(
            "consent",
            "set",
            "--person",
            cautious["witness_id"],
            "--share",
            "media",
            "--anonymity",
            "required",
        ).code
        == 0
    )
    media = cli("export", "--case", case_id, "--profile", "media", "--out", str(tmp_path / "m"))
    assert media.code == 0, media.err
    sent_on = _bundle_records(tmp_path / "m")["statements"]
    assert sorted(s["consent"]["share"] for s in sent_on) == [
        ["legal", "ngo", "media"],
        ["media"],
    ]
    # HQ's consent replaced the received scope: legal is no longer allowed for her.
    legal = cli(
        "export",
        "--case",
        case_id,
        "--profile",
        "evidence",
        "--out",
        str(tmp_path / "e"),
        "--recipient",
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
    )
    assert legal.code == 0, legal.err
    assert "consent does not include legal" in legal.out + legal.err


def test_a_statement_that_came_without_a_scope_is_not_reshared(hq: Path, tmp_path: Path) -> None:
    """An older sender wrote no consent: HQ cannot tell for whom it was released."""
    bundle = build_bundle(tmp_path / "bundle")
    with open_vault(hq) as vault:
        from vault.export.import_bundle import import_bundle
        from vault.export.plan import BeyondReceivedConsent, plan_export

        result = import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
        with pytest.raises(BeyondReceivedConsent, match="came with no consent scope"):
            plan_export(vault, result.case_id, ExportOptions("government"))


@pytest.mark.parametrize(
    ("consent", "message"),
    [
        ({"share": ["legal", "everyone"], "anonymity": "required"}, "everyone"),
        ({"share": [], "anonymity": "required"}, "at least one category"),
        ({"share": ["ngo"], "anonymity": "maybe"}, "maybe"),
        ({"share": "ngo", "anonymity": "required"}, "share"),
        (["ngo"], "consent is not an object"),
    ],
    ids=["unknown-category", "empty", "anonymity", "not-a-list", "not-an-object"],
)
def test_a_scope_no_consent_could_have_is_refused(
    hq: Path, tmp_path: Path, consent: Any, message: str
) -> None:
    from vault.export.import_bundle import import_bundle
    from vault.export.import_records import BundleRecordsInvalid

    bundle = build_bundle(tmp_path / "bundle")
    records = bundle.records()
    records["statements"][0]["consent"] = consent
    bundle.write_records(records)
    seal(bundle)
    with open_vault(hq) as vault, pytest.raises(BundleRecordsInvalid, match=message):
        import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
