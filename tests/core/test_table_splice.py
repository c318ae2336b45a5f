"""Issue 12's page splice: older SQLCipher pages of one table copied back into vault.db
(they authenticate: SQLCipher's MAC binds a page's number, not its version).  Format 1
opened such a vault without a word: a withdrawn consent came back, a statement lost its
newest version, a redaction decision was undone.  Each bound table, spliced after one
ordinary write, is now refused at open as damaged or tampered, naming the table, and
nothing is changed by the refused open."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import PASSPHRASE, CliResult, open_vault
from tests.core.db_pages import snapshot, splice_table
from vault.core.attachments import intake_files
from vault.core.bindings import BOUND_TABLES
from vault.core.cases import add_case
from vault.core.check import check_vault
from vault.core.consent import record_consent, withdraw_consent
from vault.core.errors import IntegrityError
from vault.core.persons import add_person
from vault.core.retract import retract
from vault.core.statements import StatementDraft, add_statement, add_statements, edit_statement
from vault.core.vault import Vault
from vault.redact.proposals import add_span, decide
from vault.redact.review import review_attachment

BODY = "They held me in the cellar of the old school for nine days."


def _photo(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def _made(vault_dir: Path, tmp_path: Path) -> dict[str, Any]:
    """A closed vault with one of everything the writes below change."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with vault:
        case_id = add_case(vault, "Cellar").id
        witness = add_person(vault, case_id, "Anahit Petrosyan", "witness")
        other = add_person(vault, case_id, "Entered By Mistake", "other")
        record_consent(vault, witness.id, ["legal", "ngo"], "required")
        statement = add_statement(
            vault, case_id, StatementDraft(witness_id=witness.id, body=BODY, kind="formal")
        )
        span = add_span(vault, statement.id, 0, 4, "identity")
        (photo,) = intake_files(vault, case_id, [_photo(tmp_path / "cell.png")])
    return {
        "case": case_id,
        "witness": witness.id,
        "other": other.id,
        "statement": statement.id,
        "span": span.id,
        "photo": photo.id,
        "tmp": tmp_path,
    }


WRITES: dict[str, tuple[str, Callable[[Vault, dict[str, Any]], object]]] = {
    "consents": ("consent records", lambda v, ids: withdraw_consent(v, ids["witness"])),
    "statement_versions": (
        "statement versions",
        lambda v, ids: edit_statement(v, ids["statement"], body=BODY + " Then they let me go."),
    ),
    "attachments": (
        "attachments",
        lambda v, ids: intake_files(v, ids["case"], [_photo(ids["tmp"] / "second.png")]),
    ),
    "redactions": ("redaction decisions", lambda v, ids: decide(v, [ids["span"]], accept=False)),
    "attachment_reviews": (
        "review marks",
        lambda v, ids: review_attachment(v, ids["photo"], "ngo"),
    ),
    "retractions": (
        "retractions",
        lambda v, ids: retract(v, "person", ids["other"], "entered by mistake"),
    ),
}


def _root(vault_dir: Path, table: str) -> tuple[bytes, int]:
    with open_vault(vault_dir) as vault:
        row = vault.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        return vault.keys.database, int(row[0])


def _spliced(tmp_path: Path, table: str) -> Path:
    """A vault after one write to ``table`` whose changed pages of that table were put
    back from the copy taken just before the write."""
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    old = snapshot(vault_dir, tmp_path / "before.db")
    with open_vault(vault_dir) as vault:
        WRITES[table][1](vault, ids)
    key, root = _root(vault_dir, table)
    assert splice_table(old, vault_dir / "vault.db", key, root), "the write changed no page"
    return vault_dir


@pytest.mark.parametrize("table", sorted(WRITES))
def test_a_table_spliced_back_one_write_is_refused_at_open_naming_it(
    tmp_path: Path, table: str
) -> None:
    vault_dir = _spliced(tmp_path, table)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(IntegrityError) as refused:
        open_vault(vault_dir)
    message = str(refused.value)
    assert "damaged or tampered" in message and WRITES[table][0] in message
    others = [label for name, (label, _) in WRITES.items() if name != table]
    assert not any(label in message for label in others), message
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert after == before  # refused untouched: no state rewrite, no blob moved


def test_the_cli_refuses_a_spliced_vault_in_one_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _spliced(tmp_path, "consents")
    result: CliResult = cli("list", "cases")
    assert result.code == 1 and result.out == ""
    assert "damaged or tampered" in result.err and "consent records" in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1


def test_an_untouched_vault_still_opens_after_every_kind_of_write(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    for _label, write in WRITES.values():
        with open_vault(vault_dir) as vault:
            write(vault, ids)
    with open_vault(vault_dir) as vault:
        assert check_vault(vault).ok


def test_a_splice_below_the_watermark_is_found_by_check(tmp_path: Path) -> None:
    # A leaf of statement versions put back to how it was before an edit, 1,200 versions
    # later: open reads only the newest rows of a large table (the edit is not among
    # them, and the tree above the leaf is current), check reads every row.
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)

    def drafts(count: int) -> list[StatementDraft]:
        return [
            StatementDraft(witness_id=ids["witness"], body=f"Statement number {n}.", kind="formal")
            for n in range(count)
        ]

    with open_vault(vault_dir) as vault:
        add_statements(vault, ids["case"], drafts(300))
    old = snapshot(vault_dir, tmp_path / "before.db")
    with open_vault(vault_dir) as vault:
        edit_statement(vault, ids["statement"], body=BODY + " A second version.")
        add_statements(vault, ids["case"], drafts(1200))
    key, root = _root(vault_dir, "statement_versions")
    assert splice_table(old, vault_dir / "vault.db", key, root, leaves_only=True)
    with open_vault(vault_dir) as vault:  # the newest rows are intact: open cannot tell
        problems = check_vault(vault).problems
    assert any("statement versions" in p and "damaged or tampered" in p for p in problems), problems


def test_an_attachment_row_without_its_intake_event_is_named_by_check(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    (photo,) = intake_files(vault, case_id, [_photo(tmp_path / "a.png")])
    # Someone holding the key writes a second row for the same blob, with no intake event.
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO attachments (id, case_id, statement_id, name, media_type, size, sha256,"
            " hash_salt, wrapped_key, chunk_size, created_utc, sha512, code)"
            " SELECT ?, case_id, statement_id, name, media_type, size, sha256, hash_salt,"
            " wrapped_key, chunk_size, created_utc, sha512, 'A-099' FROM attachments WHERE id = ?",
            ("f" * 32, photo.id),
        )
    problems = check_vault(vault).problems
    assert any("f" * 32 in p and "no intake event" in p for p in problems), problems


def test_a_vault_made_before_bindings_gets_them_at_its_first_open(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    ids = _made(vault_dir, tmp_path)
    # A sealed state with no bindings and no record of them in the database.
    with open_vault(vault_dir) as vault:
        vault.table_state = None  # nothing settled from here on
        with vault.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key = 'table-bindings'")
        vault._write_state(replace(vault.state, bindings={}))
    with open_vault(vault_dir) as vault:  # adopted
        assert set(vault.state.bindings) == set(BOUND_TABLES)
        withdraw_consent(vault, ids["witness"])
    old = snapshot(vault_dir, tmp_path / "before.db")
    with open_vault(vault_dir) as vault:
        withdraw_consent(vault, ids["witness"])
    key, root = _root(vault_dir, "consents")
    splice_table(old, vault_dir / "vault.db", key, root)
    with pytest.raises(IntegrityError, match="consent records"):
        open_vault(vault_dir)


def test_putting_back_a_state_from_before_bindings_is_refused(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _made(vault_dir, tmp_path)
    with open_vault(vault_dir) as vault:
        vault.table_state = None  # a state without bindings, the database's record kept
        vault._write_state(replace(vault.state, bindings={}))
    with pytest.raises(IntegrityError, match="damaged or tampered"):
        open_vault(vault_dir)


def test_the_state_kept_write_by_write_equals_one_read_of_the_tables(
    vault: Vault, case_id: str
) -> None:
    from vault.core.bindings import compute_state

    witness = add_person(vault, case_id, "Witness", "witness")
    for batch in range(3):  # 1,500 versions: the watermark moves up twice on the way
        add_statements(
            vault,
            case_id,
            [
                StatementDraft(witness_id=witness.id, body=f"Text {batch}-{n}.", kind="formal")
                for n in range(500)
            ],
        )
    kept = vault.table_state
    assert kept is not None and kept["statement_versions"].mark > 0
    assert kept["statement_versions"].tail_rows <= 1000
    fresh = compute_state(vault.conn, vault.bind_key)
    assert {t: (s.rows, s.total) for t, s in fresh.items()} == {
        t: (s.rows, s.total) for t, s in kept.items()
    }
    assert check_vault(vault).ok
