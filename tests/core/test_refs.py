"""Codes and id prefixes name records: one resolver, refusing anything it would have to
guess (vault/core/refs.py), and the codes statements and attachments get (0009)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.core import store
from vault.core.attachments import intake_files
from vault.core.cases import add_case
from vault.core.custody import utc_now
from vault.core.errors import InputError, UnknownId
from vault.core.keys import VaultKeys
from vault.core.persons import add_person
from vault.core.refs import resolve
from vault.core.retract import retract
from vault.core.statements import StatementDraft, add_statement
from vault.core.vault import Vault


def _statement(vault: Vault, case_id: str, witness_id: str, text: str = "I saw it.") -> str:
    return add_statement(vault, case_id, StatementDraft(witness_id=witness_id, body=text)).id


def test_statement_and_attachment_codes_count_per_case_and_are_never_reused(
    vault: Vault, tmp_path: Path
) -> None:
    first, second = add_case(vault, "One"), add_case(vault, "Two")
    w1 = add_person(vault, first.id, "Aram", "witness")
    w2 = add_person(vault, second.id, "Lusine", "witness")
    s1 = _statement(vault, first.id, w1.id)
    retract(vault, "statement", s1, "typed into the wrong case")
    s2 = _statement(vault, first.id, w1.id, "Second account.")
    other = _statement(vault, second.id, w2.id)
    (tmp_path / "a.txt").write_bytes(b"one")
    (tmp_path / "b.txt").write_bytes(b"two")
    made = intake_files(vault, first.id, [tmp_path / "a.txt", tmp_path / "b.txt"])
    codes = {row[0]: row[1] for row in vault.conn.execute("SELECT id, code FROM statements")}
    # The retracted S-001 keeps its code: the next statement of the case is S-002.
    assert (codes[s1], codes[s2], codes[other]) == ("S-001", "S-002", "S-001")
    assert [a.code for a in made] == ["A-001", "A-002"]
    with pytest.raises(store.DatabaseError, match="never changes"), vault.transaction() as conn:
        conn.execute("UPDATE statements SET code = 'S-009' WHERE id = ?", (s2,))


def test_full_ids_prefixes_codes_and_case_slash_code(vault: Vault) -> None:
    first, second = add_case(vault, "One"), add_case(vault, "Two")
    aram = add_person(vault, first.id, "Aram", "witness")
    lusine = add_person(vault, second.id, "Lusine", "witness")
    statement = _statement(vault, first.id, aram.id)
    assert resolve(vault, aram.id) == ("person", aram.id)
    assert resolve(vault, aram.id[:6].upper()) == ("person", aram.id)
    assert resolve(vault, "c-002") == ("case", second.id)
    assert resolve(vault, "W-001", case_id=second.id) == ("person", lusine.id)
    assert resolve(vault, "C-001/W-001") == ("person", aram.id)
    assert resolve(vault, "S-001", "statement") == ("statement", statement)
    # What an add printed (id, tab, code) names its record when the two agree.
    assert resolve(vault, f"{aram.id}\tW-001") == ("person", aram.id)
    with pytest.raises(InputError, match="different records"):
        resolve(vault, f"{aram.id}\tS-001")


def test_a_code_used_in_two_cases_is_refused_listing_both(vault: Vault) -> None:
    first, second = add_case(vault, "One"), add_case(vault, "Two")
    add_person(vault, first.id, "Aram", "witness")
    add_person(vault, second.id, "Lusine", "witness")
    with pytest.raises(InputError) as refused:
        resolve(vault, "W-001")
    message = str(refused.value)
    assert "C-001/W-001" in message and "C-002/W-001" in message and "say which case" in message


def test_an_ambiguous_prefix_is_refused_listing_the_candidates(vault: Vault) -> None:
    with vault.transaction() as conn:
        for n, record_id in enumerate(("abcdef01" + "0" * 24, "abcdef02" + "0" * 24), 1):
            conn.execute(
                "INSERT INTO cases (id, code, title, created_utc) VALUES (?, ?, ?, ?)",
                (record_id, f"C-00{n}", f"Case {n}", utc_now()),
            )
    with pytest.raises(InputError, match=r"fits 2 records.*C-001.*C-002.*more characters"):
        resolve(vault, "abcdef")
    assert resolve(vault, "abcdef02") == ("case", "abcdef02" + "0" * 24)
    with pytest.raises(InputError, match="too short"):
        resolve(vault, "abcde")


def test_wrong_kind_and_other_case_are_named_not_guessed(vault: Vault) -> None:
    first, second = add_case(vault, "One"), add_case(vault, "Two")
    aram = add_person(vault, first.id, "Aram", "witness")
    with pytest.raises(UnknownId, match=r"No statement with id .*: it is person C-001/W-001"):
        resolve(vault, aram.id[:8], "statement")
    with pytest.raises(UnknownId, match="W-001 is a person code"):
        resolve(vault, "W-001", "statement")
    with pytest.raises(InputError, match="not a person of case C-002"):
        resolve(vault, aram.id, "person", second.id)
    with pytest.raises(UnknownId, match="No record with id zzz"):
        resolve(vault, "zzz")


def test_migration_0009_numbers_existing_rows_in_creation_order(tmp_path: Path) -> None:
    keys = VaultKeys.derive(bytes(range(32)), "00" * 16)
    conn = store.connect(tmp_path / "old.db", keys)
    for number, sql in store.migrations():
        if number > 8:
            break
        for statement in store.split_sql(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO cases (id, code, title, created_utc) VALUES ('c1', 'C-001', 'T', 'x')"
    )
    conn.execute(
        "INSERT INTO cases (id, code, title, created_utc) VALUES ('c2', 'C-002', 'T', 'x')"
    )
    conn.execute(
        "INSERT INTO persons (id, case_id, code, name, created_utc)"
        " VALUES ('p', 'c1', 'W-001', 'N', 't')"
    )
    for sid, case, created in (("s3", "c1", "3"), ("s1", "c1", "1"), ("s2", "c2", "2")):
        conn.execute(
            "INSERT INTO statements (id, case_id, witness_id, kind, created_utc)"
            " VALUES (?, ?, 'p', 'formal', ?)",
            (sid, case, created),
        )
    for aid, created in (("a2", "2"), ("a1", "1")):
        conn.execute(
            "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, hash_salt,"
            " wrapped_key, chunk_size, created_utc) VALUES (?, 'c1', 'f', 't', 1, 'h', x'00',"
            " x'00', 1, ?)",
            (aid, created),
        )
    assert store.migrate(conn) == store.latest_version()
    codes = dict(conn.execute("SELECT id, code FROM statements").fetchall())
    assert codes == {"s1": "S-001", "s3": "S-002", "s2": "S-001"}
    assert dict(conn.execute("SELECT id, code FROM attachments").fetchall()) == {
        "a1": "A-001",
        "a2": "A-002",
    }
    counters = conn.execute(
        "SELECT case_id, prefix, last FROM code_counters ORDER BY case_id, prefix"
    ).fetchall()
    assert [tuple(row) for row in counters] == [("c1", "A", 2), ("c1", "S", 2), ("c2", "S", 1)]
