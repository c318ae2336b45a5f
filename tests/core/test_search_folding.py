"""Search folds what people type, finds codes and PDF text, and names each hit's case."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.conftest import PASSPHRASE, open_vault
from vault.core.attachments import intake_streams
from vault.core.cases import add_case
from vault.core.persons import add_person
from vault.core.search import search
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault
from vault.resources import font_path


def found(vault: Vault, query: str) -> set[tuple[str, str]]:
    return {(h.record_type, h.record_id) for h in search(vault, query)}


@pytest.fixture
def texts(vault: Vault, case_id: str) -> dict[str, str]:
    witness = add_person(vault, case_id, "Nino Beridze", "witness").id

    def statement(body: str) -> str:
        return add_statement(vault, case_id, StatementDraft(witness, body)).id

    return {
        "azeri": statement("Bizi Şəki şəhərinə apardılar, Çingiz Əliyev orada idi."),
        "russian_yo": statement("Под ёлкой у входа стоял конвоир."),
        "russian_e": statement("Елка у ворот была срублена в ту ночь."),
        "armenian": statement("Ականատես Դավիթ Սարգսյան տեսավ, թե ինչպես ծեծեցին։"),
        "latin": statement("Much later Davit Sargsyan saw the guards again."),
        "cyrillic": statement("Позже ГРИГОРЯН сказал, что Сargsyan был там."),
    }


def test_what_people_type_finds_what_was_written(vault: Vault, texts: dict[str, str]) -> None:
    assert ("statement", texts["azeri"]) in found(vault, "seki")
    assert ("statement", texts["azeri"]) in found(vault, "Шеки")
    assert ("statement", texts["azeri"]) in found(vault, "Aliyev")
    assert ("statement", texts["azeri"]) in found(vault, "Алиев")
    assert ("statement", texts["azeri"]) in found(vault, "cingiz")
    assert found(vault, "ёлка") >= {("statement", texts["russian_e"])}
    assert ("statement", texts["russian_yo"]) in found(vault, "ёлкой")
    assert ("statement", texts["russian_yo"]) in found(vault, "елкой")
    sargsian = found(vault, "Sargsian")
    assert {("statement", texts["latin"]), ("statement", texts["armenian"])} <= sargsian
    # A Latin name typed with a Cyrillic С still meets the Latin spelling.
    assert ("statement", texts["cyrillic"]) in sargsian
    assert ("statement", texts["latin"]) in found(vault, "Սարգսյան")
    assert ("statement", texts["cyrillic"]) in found(vault, "grigorian")
    assert found(vault, "zzqxv") == set()


def test_exact_matches_come_before_other_spellings(vault: Vault, texts: dict[str, str]) -> None:
    hits = search(vault, "Şəki")
    assert (hits[0].record_id, hits[0].match) == (texts["azeri"], "exact")
    hits = search(vault, "Sargsyan")
    matches = [h.match for h in hits]
    assert matches == sorted(matches, key=lambda m: m != "exact")
    assert "folded" in matches
    folded = next(h for h in hits if h.record_id == texts["armenian"])
    assert "«Սարգսյան»" in folded.snippet


def test_prefix_phrase_and_or_still_hold_when_folded(vault: Vault, texts: dict[str, str]) -> None:
    assert ("statement", texts["armenian"]) in found(vault, "Sargs*")
    assert ("statement", texts["latin"]) in found(vault, '"davit sargsian"')
    assert ("statement", texts["latin"]) not in found(vault, '"sargsian davit"')
    both = found(vault, "seki OR ёлка")
    assert {("statement", texts["azeri"]), ("statement", texts["russian_e"])} <= both
    assert ("statement", texts["azeri"]) not in found(vault, "seki guards")


def test_hostile_queries_are_words_not_syntax(vault: Vault, texts: dict[str, str]) -> None:
    for hostile in ('seki" OR (', "NEAR(seki", "seki) AND NOT", "body:seki", "^seki", "s*e*k*i"):
        search(vault, hostile)  # no FTS5 syntax error, whatever it finds


def test_codes_find_persons_and_cases_and_hits_name_their_case(vault: Vault, case_id: str) -> None:
    other = add_case(vault, "Detention in Ganja")
    person = add_person(vault, other.id, "Rəşad Hüseynov", "victim", ["Рашад Гусейнов"])
    assert person.code == "V-001"
    [hit] = search(vault, "V-001")
    assert (hit.record_type, hit.record_id, hit.field) == ("person", person.id, "code")
    assert (hit.case_id, hit.case_code, hit.case_title) == (other.id, "C-002", "Detention in Ganja")
    assert hit.as_json()["case_id"] == other.id
    assert [(h.record_type, h.record_id) for h in search(vault, "C-002")] == [("case", other.id)]
    assert ("case", other.id) in {(h.record_type, h.record_id) for h in search(vault, "ganja")}
    assert ("person", person.id) in {
        (h.record_type, h.record_id) for h in search(vault, "Huseynov")
    }


def _pdf(pages: list[str]) -> bytes:
    document = FPDF()
    document.add_font("DejaVu", fname=str(font_path()))
    document.set_font("DejaVu", size=12)
    for text in pages:
        document.add_page()
        document.multi_cell(0, 10, text)
    return bytes(document.output())


def test_the_text_of_pdf_attachments_is_searchable_with_its_page(
    vault: Vault, vault_dir: Path, case_id: str
) -> None:
    data = _pdf(["Medical report, nothing here.", "Пациент Саргсян поступил с травмами. Şəki."])
    [attachment] = intake_streams(vault, case_id, [("report.pdf", io.BytesIO(data))])
    for query in ("травмами", "Sargsian", "seki"):
        hits = [h for h in search(vault, query) if h.record_type == "attachment"]
        assert [(h.record_id, h.field, h.page) for h in hits] == [(attachment.id, "page:2", 2)]
    assert "«травмами»" in search(vault, "травмами")[0].snippet
    # The plaintext never reaches the disk: nothing of it in any file of the vault.
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert "травмами".encode() not in path.read_bytes()


def test_pdfs_taken_in_before_are_indexed_once_at_the_next_open(
    vault: Vault, vault_dir: Path, case_id: str
) -> None:
    data = _pdf(["Hayk Grigoryan was taken to the Sheki police station."])
    [attachment] = intake_streams(vault, case_id, [("old.pdf", io.BytesIO(data))])
    # What a vault from before migration 0007 looks like: no page text, no status.
    with vault.transaction() as conn:
        conn.execute("DELETE FROM attachment_pages")
        conn.execute("DELETE FROM attachment_text_status")
    assert search(vault, "station") == []
    vault.close()
    with open_vault(vault_dir) as reopened:
        [hit] = search(reopened, "station")
        assert (hit.record_id, hit.page) == (attachment.id, 1)
        events = reopened.conn.execute(
            "SELECT count(*) FROM custody WHERE action = 'text-index'"
        ).fetchone()[0]
    with open_vault(vault_dir) as again:  # idempotent: nothing indexed twice
        assert len(search(again, "station")) == 1
        assert (
            again.conn.execute(
                "SELECT count(*) FROM custody WHERE action = 'text-index'"
            ).fetchone()[0]
            == events
        )


def test_a_damaged_pdf_is_taken_in_and_simply_not_searchable(vault: Vault, case_id: str) -> None:
    [attachment] = intake_streams(vault, case_id, [("broken.pdf", io.BytesIO(b"%PDF-1.7 junk"))])
    outcome = vault.conn.execute(
        "SELECT outcome FROM attachment_text_status WHERE attachment_id = ?", (attachment.id,)
    ).fetchone()[0]
    assert outcome == "unreadable"
    assert ("attachment", attachment.id) in found(vault, "broken")


def test_a_pdf_that_kills_the_decoder_at_open_does_not_stop_the_next_open(
    vault: Vault, vault_dir: Path, case_id: str
) -> None:
    # A file from before migration 0007 whose decoding ends the process (a PDFium crash on
    # a hostile file): the next open must not try it again, or the vault never opens.
    data = _pdf(["Statement of Hayk Grigoryan."])
    intake_streams(vault, case_id, [("hostile.pdf", io.BytesIO(data))])
    with vault.transaction() as conn:
        conn.execute("DELETE FROM attachment_pages")
        conn.execute("DELETE FROM attachment_text_status")
    vault.close()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "import vault.core.pdf_text as pdf_text\n"
        "pdf_text.extract_pages = lambda data: os._exit(139)\n"
        "from vault.core.vault import Credential, Vault\n"
        "Vault.open(Path(sys.argv[1]), Credential.passphrase(sys.argv[2]))\n"
    )
    crashed = subprocess.run(
        [sys.executable, "-c", script, str(vault_dir), PASSPHRASE], check=False, timeout=120
    )
    assert crashed.returncode == 139
    with open_vault(vault_dir) as reopened:  # opens; the file is simply not searchable
        outcome = reopened.conn.execute("SELECT outcome FROM attachment_text_status").fetchone()
        assert outcome == ("unreadable",)
        assert search(reopened, "Grigoryan") == []
