"""``import``: HQ takes a received bundle into its own vault.

The sender is the sample case as a field investigator would prepare it (suggestions
accepted, name tags boxed, attachments reviewed, plus an incident, a translation and a
photo attached to a statement), exported for real as a folder, a zip and an encrypted
``evidence`` bundle. HQ is a second real vault. Every refusal is checked to leave HQ's
vault exactly as it was: every table's row count, the custody head, the sealed state and the
encrypted files on disk.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vault.core.attachments import intake_files, list_attachments, read_attachment
from vault.core.check import check_vault
from vault.core.custody import events
from vault.core.errors import InputError
from vault.core.facilities import list_facilities
from vault.core.incidents import add_incident, list_incidents
from vault.core.links import add_link, list_links
from vault.core.persons import add_person, list_persons
from vault.core.records import imported_from
from vault.core.sample import load_sample_case
from vault.core.statements import edit_statement, get_statement, list_statements
from vault.core.vault import Vault
from vault.export.bundle import export_bundle
from vault.export.bundle_chain import chain_events
from vault.export.import_bundle import BundleRefused, import_bundle
from vault.export.import_records import BundleRecordsInvalid
from vault.export.plan import ExportOptions
from vault.export.signers import list_signers, read_public_key_file
from vault.redact.proposals import accept_all, add_box, suggest
from vault.redact.review import review_attachment

from ..conftest import FIXTURES, PASSPHRASE, CliResult, open_vault, run_cli_process
from ..e2e.bundle_codes import codes_in
from .bundle_builders import AgeKey, age_key
from .spec_bundle import Bundle, build_bundle, seal

SAMPLE = FIXTURES / "sample_case"
EXPECT = json.loads((SAMPLE / "expect.json").read_text(encoding="utf-8"))
CASE = json.loads((SAMPLE / "case.json").read_text(encoding="utf-8"))
WITNESS_NAMES = [CASE["witness"]["name"], *CASE["witness"]["aliases"]]
PROTECTED_NAMES = [
    *WITNESS_NAMES,
    CASE["interviewer"]["name"],
    *(name for v in CASE["victims"] for name in (v["name"], *v["aliases"])),
]
TRANSLATION = (
    "Translation: Davit Sargsyan says he was held at Pre-trial Detention Center No. 3 "
    "and beaten with rubber batons.\n"
)


@dataclass(frozen=True)
class Sent:
    """What the field team sent: three real bundles of the same case."""

    folder: Path
    zipped: Path
    evidence: Path
    key: AgeKey
    case_title: str
    codes: dict[str, str]  # the sender's vault code -> the code its bundles use


def _prepare_sender(vault: Vault, root: Path) -> str:
    sample = load_sample_case(vault, SAMPLE)
    first = sample.statements["statement_1.txt"]
    edit_statement(vault, first, translation=TRANSLATION, translation_language="en")
    detention = sample.facilities["Pre-trial Detention Center No. 3"]
    incident = add_incident(
        vault,
        sample.case_id,
        "torture",
        date="~2021-03",
        place="the yard of the detention centre",
        facility_id=detention,
    )
    add_link(
        vault, ("incident", incident.id), ("person", sample.persons["Hayk Grigoryan"]), "victim"
    )
    add_link(
        vault,
        ("incident", incident.id),
        ("person", sample.persons["Teymur Nadirzade"]),
        "perpetrator",
    )
    chart = root / "chart.png"
    shutil.copyfile(SAMPLE / "media" / "diagram.png", chart)
    attached = intake_files(vault, sample.case_id, [chart], statement_id=first)[0]
    for statement_id in sample.statements.values():
        suggest(vault, statement_id)
        accept_all(vault, statement_id)
    boxes = EXPECT["name_tag_box"]
    add_box(vault, sample.attachments["photo_gps.jpg"], tuple(boxes["photo_gps.jpg"]), "identity")
    add_box(
        vault,
        sample.attachments["photo_rotated.jpg"],
        tuple(boxes["photo_rotated.jpg_as_displayed"]),
        "identity",
    )
    for attachment_id in [*sample.attachments.values(), attached.id]:
        review_attachment(vault, attachment_id, "government")
    return sample.case_id


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    root = tmp_path_factory.mktemp("sender")
    key = age_key(root)
    vault, _code = Vault.create(root / "vault", PASSPHRASE, "INV-07")
    with vault:
        case_id = _prepare_sender(vault, root)
        government = ExportOptions("government")
        folder = export_bundle(vault, case_id, government, root / "bundle").out
        zipped = export_bundle(vault, case_id, government, root / "bundle.zip", as_zip=True).out
        evidence = export_bundle(
            vault, case_id, ExportOptions("evidence"), root / "bundle.age", [key.recipient]
        ).out
        title = CASE["case_title"]
        codes = codes_in(vault, case_id)
    return Sent(folder, zipped, evidence, key, title, codes)


def _fingerprint(bundle: Path) -> str:
    """The signer fingerprint, as the sender reads it out by phone."""
    return read_public_key_file(bundle / "signature" / "signer.pub").fingerprint


def _imported(cli: Any, *args: str) -> dict[str, Any]:
    result: CliResult = cli("import", *args, "--json")
    assert result.code == 0, result.err
    loaded: dict[str, Any] = json.loads(result.out)
    return loaded


def _state(vault_dir: Path) -> tuple[Any, ...]:
    """Everything a refused import must leave as it was."""
    with open_vault(vault_dir) as vault:
        tables = [
            row[0]
            for row in vault.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        counts = {
            table: vault.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            for table in tables
        }
        head = vault.custody_head()
    blobs = sorted(p.name for p in (vault_dir / "blobs").rglob("*") if p.is_file())
    return counts, head, blobs, (vault_dir / "vault.state").read_bytes()


def _records(bundle: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((bundle / "data" / "records.json").read_text("utf-8"))
    return loaded


def _manifest(bundle: Path) -> dict[str, str]:
    lines = (bundle / "manifest-sha256.txt").read_text("utf-8").splitlines()
    return {path: digest for digest, path in (line.split("  ", 1) for line in lines)}


def test_a_government_bundle_comes_in_exactly_as_it_was_sent(
    sent: Sent, hq: Path, cli: Any
) -> None:
    result = _imported(cli, str(sent.folder), "--signer", _fingerprint(sent.folder))
    records = _records(sent.folder)
    assert result["bundle_id"] == records["bundle_id"]
    assert result["signer"]["status"] == "PINNED"
    assert result["counts"] == {
        "persons": len(records["persons"]),
        "facilities": 2,
        "incidents": 1,
        "statements": 2,
        "attachments": 5,
        "links": len(records["links"]),
        "custody_events": len(
            (sent.folder / "custody/custody.jsonl").read_text("utf-8").splitlines()
        ),
    }
    translations = {s["text_file"]: s["translation_file"] for s in records["statements"]}
    manifest = _manifest(sent.folder)
    case_id = result["case"]["id"]
    with open_vault(hq) as vault:
        statements = list_statements(vault, case_id)
        assert len(statements) == 2
        by_ref = {}
        for statement in statements:
            came = imported_from(vault, "statement", statement.id)
            assert came is not None and came["bundle_id"] == records["bundle_id"]
            by_ref[came["bundle_ref"]] = statement.id
            sent_text = (sent.folder / came["bundle_path"]).read_text(encoding="utf-8")
            assert statement.body == sent_text
            translation = translations[came["bundle_path"]]
            if translation is None:
                assert statement.translation is None
            else:
                received = (sent.folder / translation).read_text("utf-8")
                assert statement.translation == received
                assert sent.codes["W-001"] in received and statement.translation_language == "en"
            assert came["intake_hash"]["salted"] is True
            assert statement.interviewer_id is not None
        for attachment in list_attachments(vault, case_id):
            came = imported_from(vault, "attachment", attachment.id)
            assert came is not None
            assert attachment.sha256 == manifest[came["bundle_path"]]
            assert attachment.name == Path(came["bundle_path"]).name
            content = b"".join(read_attachment(vault, attachment.id))
            assert content == (sent.folder / came["bundle_path"]).read_bytes()
            entry = next(a for a in records["attachments"] if a["ref"] == came["bundle_ref"])
            expected = by_ref[entry["statement"]] if entry["statement"] else None
            assert attachment.statement_id == expected
        assert sum(a.statement_id is not None for a in list_attachments(vault, case_id)) == 1
        incident = list_incidents(vault, case_id)[0]
        assert incident.violation_type == "torture"
        assert incident.date is not None and incident.date.value == "2021-03"
        assert incident.date.precision == "approximate"
        facility = next(f for f in list_facilities(vault, case_id) if f.id == incident.facility_id)
        assert facility.name == "Pre-trial Detention Center No. 3"
        assert len(list_links(vault, case_id)) == len(records["links"])
        kept = [
            row[0]
            for row in vault.conn.execute(
                "SELECT line FROM imported_custody WHERE import_id = ? ORDER BY seq",
                (result["import_id"],),
            )
        ]
        assert kept == (sent.folder / "custody/custody.jsonl").read_text("utf-8").splitlines()
        last = list(events(vault.conn))[-1]
        assert last.action == "import" and last.object_id == case_id
        assert last.details["bundle"] == records["bundle_id"]
        assert last.details["signer_status"] == "PINNED"
        assert last.details["counts"] == result["counts"]
        statement_id = by_ref["S-001"]
    shown = json.loads(cli("show", "statement", statement_id, "--json").out)
    assert shown["imported"]["bundle_id"] == records["bundle_id"]
    assert shown["imported"]["bundle_ref"] == "S-001"
    assert cli("check").code == 0
    assert cli("audit", "verify").code == 0


def test_persons_come_in_as_their_codes_and_no_protected_name_arrives(
    sent: Sent, hq: Path, cli: Any
) -> None:
    result = _imported(cli, str(sent.folder), "--signer", _fingerprint(sent.folder))
    persons = json.loads(cli("list", "persons", "--json").out)
    by_code = {p["code"]: p for p in persons}
    # HQ keeps the bundle's codes: the same person is the same code in every bundle of the
    # sender's vault, so HQ's records and the sender's PDFs say the same.
    code = sent.codes
    for vault_code in ("W-001", "I-001", "V-001"):
        assert by_code[code[vault_code]]["name"] == code[vault_code]
        assert by_code[code[vault_code]]["aliases"] == []
    assert by_code[code["V-001"]]["roles"] == ["victim"]
    # government shows perpetrators
    assert by_code[code["P-001"]]["name"] == "Teymur Nadirzade"
    shown = json.loads(cli("show", "person", by_code[code["W-001"]]["id"], "--json").out)
    assert shown["imported"]["bundle_ref"] == code["W-001"]
    assert f"as {code['W-001']}" in shown["notes"] and result["bundle_id"] in shown["notes"]
    everything = cli("list", "persons", "--json").out
    everything += cli("list", "statements", "--json").out
    everything += cli("list", "incidents", "--json").out
    everything += cli("list", "attachments", "--json").out
    for statement in json.loads(cli("list", "statements", "--json").out):
        everything += cli("show", "statement", statement["id"], "--json").out
    for name in PROTECTED_NAMES:
        assert name not in everything, name
    for name in WITNESS_NAMES:
        found = cli("search", name, "--json")
        assert found.code == 0 and json.loads(found.out) == [], name
    hits = json.loads(cli("search", "Nadirzade", "--json").out)
    assert by_code[code["P-001"]]["id"] in {hit["id"] for hit in hits}
    hits = json.loads(cli("search", "rubber batons", "--json").out)
    assert {hit["type"] for hit in hits} == {"statement"}


def test_a_zip_bundle_imports_once_and_a_second_import_is_refused(
    sent: Sent, hq: Path, cli: Any
) -> None:
    first = cli("import", str(sent.zipped), "--signer", _fingerprint(sent.folder))
    assert first.code == 0, first.err
    assert "PINNED" in first.out and first.err == ""
    before = _state(hq)
    again = cli("import", str(sent.zipped), "--signer", _fingerprint(sent.folder))
    assert again.code == 1
    day = json.loads(cli("list", "cases", "--json").out)[0]["created_utc"][:10]
    assert f"already imported on {day}" in again.err and "Import refused" in again.err
    assert len(again.err.strip().splitlines()) == 1
    assert _state(hq) == before


def test_a_trusted_signer_is_recorded_as_trusted(sent: Sent, hq: Path, cli: Any) -> None:
    trusted = cli(
        "signer", "trust", str(sent.folder / "signature/signer.pub"), "--name", "North", "--yes"
    )
    assert trusted.code == 0, trusted.err
    result = cli("import", str(sent.folder), "--json")
    assert result.code == 0 and "UNPINNED" not in result.err
    imported = json.loads(result.out)
    assert imported["signer"] == {
        "fingerprint": imported["signer"]["fingerprint"],
        "status": "TRUSTED",
        "name": "North",
    }
    with open_vault(hq) as vault:
        row = vault.conn.execute("SELECT signer_status, signer_fingerprint FROM imports").fetchone()
        assert row == ("TRUSTED", list_signers(vault)[0].fingerprint)


def test_a_matching_pin_is_recorded_as_pinned(sent: Sent, hq: Path, cli: Any) -> None:
    fingerprint = json.loads(cli("verify", str(sent.folder), "--json").out)["signer"]["fingerprint"]
    result = _imported(cli, str(sent.zipped), "--signer", fingerprint.upper())
    assert result["signer"]["status"] == "PINNED"


def test_an_evidence_bundle_imports_with_the_identity(sent: Sent, hq: Path, cli: Any) -> None:
    before = _state(hq)
    pin = ("--signer", _fingerprint(sent.folder))
    refused = cli("import", str(sent.evidence), *pin)
    assert refused.code == 1 and "--identity" in refused.err
    assert _state(hq) == before
    result = _imported(cli, str(sent.evidence), "--identity", str(sent.key.identity), *pin)
    assert result["form"] == "age" and result["profile"] == "evidence"
    assert result["case"]["title"] == sent.case_title
    with open_vault(hq) as vault:
        persons = {p.code: p for p in list_persons(vault, result["case"]["id"])}
        witness = persons[sent.codes["W-001"]]
        assert witness.name == CASE["witness"]["name"]
        assert set(witness.aliases) == set(CASE["witness"]["aliases"])
        originals = {
            hashlib.sha256(p.read_bytes()).hexdigest() for p in (SAMPLE / "media").iterdir()
        }
        hashes = set()
        for attachment in list_attachments(vault, result["case"]["id"]):
            came = imported_from(vault, "attachment", attachment.id)
            assert came is not None
            assert came["intake_hash"] == {
                "algorithm": "sha256",
                "salted": False,
                "value": attachment.sha256,
            }
            hashes.add(attachment.sha256)
        assert hashes == originals  # the originals, as taken in by the sender
        assert len(list_attachments(vault)) == 5
        statement = get_statement(vault, list_statements(vault, result["case"]["id"])[0].id)
        assert CASE["witness"]["name"] in statement.body + (statement.translation or "")
    assert cli("check").code == 0


def _pin(bundle: Bundle) -> str:
    return bundle.key.public_key.fingerprint


def _copy(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "received"
    shutil.copytree(folder, copy)
    return copy


def _tampered(sent: Sent, tmp_path: Path, cli: Any) -> list[str]:
    copy = _copy(sent.folder, tmp_path)
    target = next((copy / "data" / "statements").glob("*.txt"))
    code = sent.codes["W-001"].encode()
    assert code in target.read_bytes()
    target.write_bytes(target.read_bytes().replace(code, b"W-ZZZZZZ", 1))
    return [str(copy)]


def _extra_file(sent: Sent, tmp_path: Path, cli: Any) -> list[str]:
    copy = _copy(sent.folder, tmp_path)
    (copy / "data" / "statements" / "W-009_2021-01-01.txt").write_text("planted\n", "utf-8")
    return [str(copy)]


def _hostile(sent: Sent, tmp_path: Path, cli: Any) -> list[str]:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for file in sorted(p for p in sent.folder.rglob("*") if p.is_file()):
            archive.write(file, file.relative_to(sent.folder).as_posix())
        archive.writestr("../../outside.txt", b"escape")
    return [str(path)]


def _revoked(sent: Sent, tmp_path: Path, cli: Any) -> list[str]:
    key = str(sent.folder / "signature/signer.pub")
    assert cli("signer", "trust", key, "--name", "Lost laptop", "--yes").code == 0
    fingerprint = json.loads(cli("signer", "list", "--json").out)[0]["fingerprint"]
    assert cli("signer", "revoke", fingerprint).code == 0
    return [str(sent.folder)]


def _wrong_pin(sent: Sent, tmp_path: Path, cli: Any) -> list[str]:
    return [str(sent.folder), "--signer", "ab" * 32]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_tampered, "layout"),
        (_extra_file, "W-009_2021-01-01.txt"),
        (_hostile, "outside.txt"),
        (_revoked, "REVOKED"),
        (_wrong_pin, "--signer"),
    ],
    ids=["tampered", "extra-file", "hostile", "revoked", "wrong-pin"],
)
def test_a_bad_bundle_is_refused_and_nothing_is_written(
    sent: Sent, hq: Path, cli: Any, tmp_path: Path, make: Any, message: str
) -> None:
    args = make(sent, tmp_path, cli)
    before = _state(hq)
    result = cli("import", *args)
    assert result.code == 1
    assert result.err.startswith("evidence-vault: Import refused:"), result.err
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert _state(hq) == before
    assert result.out == ""


def test_a_bundle_refused_while_writing_leaves_no_blob_or_row(hq: Path, tmp_path: Path) -> None:
    """The witness is also the interviewer: found only when the statement is written,
    after the attachment's blob: the transaction rolls back and the blob goes."""
    bundle = build_bundle(tmp_path / "bundle")
    records = bundle.records()
    records["statements"][0]["interviewer"] = "W-001"
    bundle.write_records(records)
    seal(bundle)
    before = _state(hq)
    with open_vault(hq) as vault, pytest.raises(InputError, match="witness cannot also be"):
        import_bundle(vault, bundle.folder, pin=_pin(bundle))
    assert _state(hq) == before


def test_records_that_a_typed_in_record_could_not_have_are_refused_first(
    hq: Path, tmp_path: Path
) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    records = bundle.records()
    records["statements"][0]["kind"] = "hearsay"
    bundle.write_records(records)
    seal(bundle)
    before = _state(hq)
    with (
        open_vault(hq) as vault,
        pytest.raises(BundleRecordsInvalid, match=r"statement 1: kind: .*hearsay"),
    ):
        import_bundle(vault, bundle.folder, pin=_pin(bundle))
    assert _state(hq) == before


def test_an_original_that_is_not_the_one_hashed_at_intake_is_refused(
    hq: Path, tmp_path: Path
) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    bundle.profile = "evidence"
    records = bundle.records()
    records["profile"] = "evidence"
    records["attachments"][0].update(
        derived=False, intake_hash={"algorithm": "sha256", "salted": False, "value": "0" * 64}
    )
    bundle.write_records(records)
    custody = bundle.custody()
    custody[-1]["details"]["profile"] = "evidence"
    bundle.write_custody(chain_events(custody))
    seal(bundle)
    before = _state(hq)
    with open_vault(hq) as vault, pytest.raises(BundleRefused, match="intake hash"):
        import_bundle(vault, bundle.folder, pin=_pin(bundle))
    assert _state(hq) == before


def test_a_bundle_built_from_the_spec_alone_imports(hq: Path, tmp_path: Path) -> None:
    bundle = build_bundle(tmp_path / "bundle")
    with open_vault(hq) as vault:
        result = import_bundle(vault, bundle.folder, pin=_pin(bundle))
        assert result.case_title == f"Imported from bundle {bundle.bundle_id} (government)"
        assert "C-007" not in result.case_title  # the sender's code names no record here
        persons = {p.code: p for p in list_persons(vault, result.case_id)}
        assert persons["W-001"].roles == ("witness", "victim")  # the incident's party
        statement = list_statements(vault, result.case_id)[0]
        assert statement.body == bundle.path("data/statements/W-001_2021-03-14.txt").read_text(
            "utf-8"
        )
        assert statement.kind == "sworn"
        # "beating" is not in this vault's topic vocabulary: kept as a tag, not refused.
        assert statement.topics == () and statement.tags == ("beating",)
        assert statement.interview_date is not None
        assert statement.interview_date.value == "2021-03-14"
        attachment = list_attachments(vault, result.case_id)[0]
        assert attachment.statement_id == statement.id
        assert attachment.media_type == "image/png"
        # A person added later gets a new code, never one the bundle used.
        assert add_person(vault, result.case_id, "Later witness", "witness").code == "W-002"


def test_the_real_command_imports_and_refuses_in_one_line(
    sent: Sent, hq: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    base = ("--vault", str(hq), "--passphrase-file", str(passphrase_file), "import")
    broken = _copy(sent.folder, tmp_path)
    (broken / "custody" / "custody.jsonl").write_bytes(b"")
    refused = run_cli_process(*base, str(broken))
    assert refused.code == 1 and refused.out == ""
    assert refused.err.startswith("evidence-vault: Import refused:")
    assert len(refused.err.strip().splitlines()) == 1
    done = run_cli_process(*base, str(sent.zipped), "--signer", _fingerprint(sent.folder))
    assert done.code == 0, done.err
    assert done.out.startswith("Imported bundle ") and "as case C-001" in done.out
    assert "PINNED" in done.out and done.err == ""


def test_a_failure_after_the_commit_keeps_the_imported_files(
    hq: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The state rewrite after the commit fails (disk full): the rows are in, so their
    encrypted files must stay; the next open repairs the state counter."""
    import vault.core.vault as vault_module

    bundle = build_bundle(tmp_path / "bundle")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with open_vault(hq) as vault:
        monkeypatch.setattr(vault_module, "write_records", disk_full)
        with pytest.raises(OSError, match="No space"):
            import_bundle(vault, bundle.folder, pin=_pin(bundle))
        monkeypatch.undo()
    with open_vault(hq) as vault:
        attachments = list_attachments(vault)
        assert len(attachments) == 1
        assert (
            b"".join(read_attachment(vault, attachments[0].id))
            == bundle.path("data/attachments/attachment-001.png").read_bytes()
        )
        assert check_vault(vault).problems == []
