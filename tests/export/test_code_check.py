"""Every record code an exported text uses is defined in records.json, or nothing is
written: a vault code typed into a statement (``W-002``: it counts the witnesses and
links the bundle to the sender's vault) is caught in the text file, in the PDF's text
layer and in records.json's free texts, named, and the export refused before writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault.core.cases import add_case
from vault.core.consent import record_consent
from vault.core.custody import events
from vault.core.incidents import add_incident
from vault.core.persons import add_person
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.export.bundle import export_bundle
from vault.export.code_check import UndefinedCode, check_codes_defined, codes_in
from vault.export.plan import ExportOptions
from vault.export.statement_pdf import statement_pdf
from vault.redact.proposals import accept_all, add_span, suggest

RECORDS = {
    "case": {"code": "C-3M3J9X"},
    "persons": [{"ref": "W-XD3RW3"}],
    "statements": [{"ref": "S-001"}],
    "attachments": [{"ref": "A-001"}],
    "facilities": [{"ref": "F-001"}],
    "incidents": [{"ref": "N-001"}],
}
RECORDS_JSON = json.dumps(RECORDS).encode()


def test_what_reads_as_a_code_and_what_does_not() -> None:
    text = (
        "W-XD3RW3 met W-002 at F-001 (S-001, A-12, COVID-19, AB-1234, X-RAY, T-SHIRT, "
        "A-12345-B, file W-XD3RW3_2021.txt, Case-Code: C-3M3J9X)"
    )
    assert codes_in(text) == ["W-XD3RW3", "W-002", "F-001", "S-001", "C-3M3J9X"]


def test_a_defined_code_passes_and_a_planted_one_is_named_with_its_file() -> None:
    statement = "data/statements/W-XD3RW3_2021-03-14.txt"
    check_codes_defined(RECORDS_JSON, {statement: b"W-XD3RW3 saw it at F-001.\n"})
    with pytest.raises(UndefinedCode) as refused:
        check_codes_defined(RECORDS_JSON, {statement: b"W-XD3RW3 said that V-004 was there too.\n"})
    assert refused.value.data == {"file": statement, "code": "V-004"}
    assert statement in str(refused.value) and "V-004" in str(refused.value)
    # A tag file and records.json's own free text are read too.
    with pytest.raises(UndefinedCode, match=r"redactions\.csv would carry S-002"):
        check_codes_defined(RECORDS_JSON, {"custody/redactions.csv": b"S-002,identity,1\n"})
    planted = json.dumps({**RECORDS, "incidents": [{"ref": "N-001", "place": "near P-7KQ3MX"}]})
    with pytest.raises(UndefinedCode, match="P-7KQ3MX"):
        check_codes_defined(planted.encode(), {"data/records.json": planted.encode()})


def test_a_person_known_by_a_received_code_defines_it() -> None:
    # HQ sends on a case it imported: the witness came as W-DKXAHQ (name hidden) and is
    # named so in the texts; the entry with that name tells the reader who it is.
    received = {**RECORDS, "persons": [{"ref": "W-XD3RW3", "name": "W-DKXAHQ", "aliases": []}]}
    text = {"data/statements/W-XD3RW3_undated.txt": b"Statement of W-DKXAHQ.\n"}
    check_codes_defined(json.dumps(received).encode(), text)
    with pytest.raises(UndefinedCode, match="W-DKXAHQ"):
        check_codes_defined(RECORDS_JSON, text)


def test_a_code_only_in_the_pdf_text_layer_is_caught() -> None:
    pdf = statement_pdf(["Statement S-001", "Witness: W-XD3RW3 and I-002"], "Nothing else.\n")
    with pytest.raises(UndefinedCode) as refused:
        check_codes_defined(RECORDS_JSON, {"data/statements/W-XD3RW3_undated.pdf": pdf})
    assert refused.value.data["code"] == "I-002"


def test_attachments_are_the_originals_text_and_are_not_read() -> None:
    check_codes_defined(RECORDS_JSON, {"data/attachments/attachment-001.txt": b"see W-009"})


def _case_with_a_code_in_its_statement(vault: Vault) -> tuple[str, str]:
    case = add_case(vault, "Codes typed by hand")
    witness = add_person(vault, case.id, "Davit Sargsyan", "witness")
    add_person(vault, case.id, "Aram Hakobyan", "witness")  # W-002: stays in this vault
    record_consent(vault, witness.id, "legal,ngo,government", "required")
    body = "I was held with W-002 for two days, then released.\n"
    statement = add_statement(vault, case.id, StatementDraft(witness_id=witness.id, body=body))
    suggest(vault, statement.id, "government")
    accept_all(vault, statement.id)
    return case.id, statement.id


def test_an_export_with_a_vault_code_in_a_statement_is_refused_until_it_is_redacted(
    vault: Vault, tmp_path: Path
) -> None:
    case_id, statement_id = _case_with_a_code_in_its_statement(vault)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "bundle"
    logged = len(list(events(vault.conn)))
    with pytest.raises(UndefinedCode) as refused:
        export_bundle(vault, case_id, ExportOptions(profile="government"), out)
    assert refused.value.data["code"] == "W-002"
    assert str(refused.value.data["file"]).startswith("data/statements/")
    assert list(out_dir.iterdir()) == []  # no bundle, no partial folder
    actions = [e.action for e in list(events(vault.conn))[logged:]]
    assert "export" not in actions

    start = "I was held with ".__len__()
    add_span(vault, statement_id, start, start + len("W-002"), "other")
    export_bundle(vault, case_id, ExportOptions(profile="government"), out)
    written = next((out / "data" / "statements").glob("*.txt")).read_text("utf-8")
    assert "W-002" not in written and "held with [" in written


def test_an_incident_description_naming_a_vault_code_is_refused(
    vault: Vault, tmp_path: Path
) -> None:
    case_id, statement_id = _case_with_a_code_in_its_statement(vault)
    add_span(vault, statement_id, 16, 21, "other")
    add_incident(vault, case_id, "beating", description="W-002 saw the beating")
    with pytest.raises(UndefinedCode, match=r"data/records\.json would carry W-002"):
        export_bundle(vault, case_id, ExportOptions(profile="government"), tmp_path / "b")
    assert not (tmp_path / "b").exists()
