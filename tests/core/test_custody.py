"""The custody log: every change leaves an event; tampering is found and named."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from vault.core import custody
from vault.core.attachments import intake_files
from vault.core.cases import add_case
from vault.core.vault import Vault

from ..conftest import CliResult


def _unlock_rows(vault: Vault) -> None:
    """What an attacker holding the database key could do: drop the append-only guard."""
    vault.conn.execute("DROP TRIGGER custody_no_update")
    vault.conn.execute("DROP TRIGGER custody_no_delete")


def _session(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Case A")
    for n in range(3):
        source = tmp_path / f"f{n}.txt"
        source.write_text(f"file {n}")
        intake_files(vault, case.id, [source])


def test_events_record_operator_action_and_object(vault: Vault, tmp_path: Path) -> None:
    _session(vault, tmp_path)
    events = custody.events(vault.conn)
    assert [e.action for e in events] == ["vault-create", "case-create"] + ["intake"] * 3
    assert {e.operator for e in events} == {"Test Operator"}
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert events[2].details["name"] == "f0.txt"
    assert custody.verify_chain(vault.conn, vault.keys.custody_mac).ok


def test_edited_row_is_named_as_first_broken(vault: Vault, tmp_path: Path) -> None:
    _session(vault, tmp_path)
    _unlock_rows(vault)
    vault.conn.execute("UPDATE custody SET operator = 'forger' WHERE seq = 3")
    report = custody.verify_chain(vault.conn, vault.keys.custody_mac)
    assert report.first_broken == 3
    assert "row 3" in report.reason


def test_rewritten_chain_without_the_key_fails_the_mac(vault: Vault, tmp_path: Path) -> None:
    _session(vault, tmp_path)
    _unlock_rows(vault)
    # Rewrite row 4 and re-chain every later hash correctly: only the MAC can tell.
    rows = vault.conn.execute(
        "SELECT seq, utc, operator, action, object_type, object_id, details, row_hash"
        " FROM custody ORDER BY seq"
    ).fetchall()
    previous = bytes(rows[2][7])
    for seq, utc, operator, action, otype, oid, details, _ in rows[3:]:
        if seq == 4:
            details = json.dumps({"name": "innocent.txt"})
        body = custody.row_body(seq, utc, operator, action, otype, oid, json.loads(details))
        new_hash = custody.chain_hash(previous, body)
        vault.conn.execute(
            "UPDATE custody SET details = ?, row_hash = ? WHERE seq = ?", (details, new_hash, seq)
        )
        previous = new_hash
    report = custody.verify_chain(vault.conn, vault.keys.custody_mac)
    assert report.first_broken == 4
    assert "MAC" in report.reason


def test_deleted_row_is_named(vault: Vault, tmp_path: Path) -> None:
    _session(vault, tmp_path)
    _unlock_rows(vault)
    vault.conn.execute("DELETE FROM custody WHERE seq = 2")
    report = custody.verify_chain(vault.conn, vault.keys.custody_mac)
    assert report.first_broken == 2 and "missing" in report.reason


def test_row_hash_is_sha256_of_previous_and_canonical_row(vault: Vault) -> None:
    (event,) = custody.events(vault.conn)
    body = {
        "seq": 1,
        "utc": event.utc,
        "operator": event.operator,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "details": event.details,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = hashlib.sha256(bytes(32) + canonical.encode()).hexdigest()
    assert event.row_hash == expected


def test_audit_verify_cli_names_the_broken_row(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").code == 0
    # init, the signing key made at init, the case, the intake
    case_id = cli("case", "add", "--title", "T").out.strip()
    (tmp_path / "a.txt").write_text("a")
    assert cli("attach", "--case", case_id, str(tmp_path / "a.txt")).code == 0
    ok: CliResult = cli("audit", "verify")
    assert ok.code == 0 and "4 event(s)" in ok.out
    from ..conftest import open_vault

    with open_vault(vault_dir) as vault:
        _unlock_rows(vault)
        vault.conn.execute("UPDATE custody SET action = 'export' WHERE seq = 2")
    broken = cli("audit", "verify")
    assert broken.code == 1
    assert "broken at row 2" in broken.err
    assert "Traceback" not in broken.err
