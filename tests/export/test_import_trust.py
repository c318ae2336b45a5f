"""Who signed an import, on every record it brought; the same code path as typed-in
records; and the bundle's custody lines checked again by ``audit verify``.

Bundles here are written from the spec (spec_bundle.py), with person codes that reveal
no count (W-7KQ3M), as a sender hiding how many witnesses a case holds writes them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.readable import summary_fields, table_rows
from vault.core.custody import events
from vault.core.persons import add_person, list_persons
from vault.export.bundle_chain import chain_events, jsonl_bytes
from vault.export.import_bundle import import_bundle

from ..conftest import open_vault
from .spec_bundle import Bundle, build_bundle, seal

KINDS = ("cases", "persons", "statements", "attachments", "incidents", "facilities", "links")
CODES = {"W-001": "W-7KQ3M", "P-001": "P-Q2Z9X"}


def _recoded(folder: Path) -> Bundle:
    """A spec bundle whose persons carry codes that reveal no count."""
    bundle = build_bundle(folder)
    text = bundle.path("data/records.json").read_text("utf-8")
    for old, new in CODES.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    bundle.path("data/records.json").write_text(text, "utf-8")
    seal(bundle)
    return bundle


def _state(vault_dir: Path) -> tuple[Any, ...]:
    with open_vault(vault_dir) as vault:
        counts = {
            name: vault.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
            for (name,) in vault.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        }
        head = vault.custody_head()
    return counts, head, (vault_dir / "vault.state").read_bytes()


def _short(fingerprint: str) -> str:
    return f"{fingerprint[:8]} {fingerprint[8:16]}"


def test_a_signer_nobody_verified_is_refused_with_how_to_verify_it(
    hq: Path, cli: Any, tmp_path: Path
) -> None:
    bundle = _recoded(tmp_path / "bundle")
    before = _state(hq)
    refused = cli("import", str(bundle.folder))
    assert refused.code == 1 and refused.out == ""
    assert len(refused.err.strip().splitlines()) == 1
    err = refused.err
    assert err.startswith("evidence-vault: Import refused:")
    assert "not verified" in err and "another route" in err
    assert "signer trust" in err and "--signer" in err and "--allow-unverified-signer" in err
    # The fingerprint to compare is in the message, as verify prints it (grouped).
    fingerprint = bundle.key.public_key.fingerprint
    assert fingerprint[:8] in err and fingerprint[-8:] in err
    assert _state(hq) == before
    assert "--allow-unverified-signer" in cli("import", "--help").out


@pytest.mark.parametrize("how", ["revoked", "wrong-pin"])
def test_the_flag_does_not_let_a_revoked_or_mismatched_signer_in(
    hq: Path, cli: Any, tmp_path: Path, how: str
) -> None:
    bundle = _recoded(tmp_path / "bundle")
    extra: tuple[str, ...] = ()
    if how == "revoked":
        assert (
            cli(
                "signer", "trust", str(bundle.path("signature/signer.pub")), "--name", "N", "--yes"
            ).code
            == 0
        )
        assert cli("signer", "revoke", bundle.key.public_key.fingerprint).code == 0
    else:
        extra = ("--signer", "cd" * 32)
    before = _state(hq)
    refused = cli("import", str(bundle.folder), "--allow-unverified-signer", *extra)
    assert refused.code == 1 and refused.err.startswith("evidence-vault: Import refused:")
    assert ("REVOKED" if how == "revoked" else "--signer") in refused.err
    assert _state(hq) == before


def _listed(cli: Any, kind: str) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    as_json = cli("list", kind, "--json")
    as_text = cli("list", kind)
    assert as_json.code == 0 and as_text.code == 0, as_json.err + as_text.err
    return json.loads(as_json.out), table_rows(as_text.out)


@pytest.mark.parametrize("status", ["UNVERIFIED", "PINNED", "TRUSTED"])
def test_every_imported_record_says_who_signed_it(
    hq: Path, cli: Any, tmp_path: Path, status: str
) -> None:
    bundle = _recoded(tmp_path / "bundle")
    fingerprint = bundle.key.public_key.fingerprint
    args: tuple[str, ...] = ()
    if status == "UNVERIFIED":
        args = ("--allow-unverified-signer",)
    elif status == "PINNED":
        args = ("--signer", fingerprint)
    else:
        assert (
            cli(
                "signer", "trust", str(bundle.path("signature/signer.pub")), "--name", "N", "--yes"
            ).code
            == 0
        )
    own_case = cli("case", "add", "--title", "Typed in here").out.split("\t")[0].strip()
    result = cli("import", str(bundle.folder), *args)
    assert result.code == 0, result.err
    assert status in result.out
    if status == "UNVERIFIED":
        assert "--allow-unverified-signer" in result.err and fingerprint[:8] in result.err
    said = f"imported from bundle {bundle.bundle_id}, signer {status} {_short(fingerprint)}"
    for kind in KINDS:
        records, rows = _listed(cli, kind)
        imported = [r for r in records if r["id"] != own_case]
        assert imported, kind
        for record in imported:
            assert record["imported"]["text"] == said, kind
            assert record["imported"]["signer_status"] == status
            assert record["imported"]["signer_fingerprint"] == fingerprint
            code_or_id = record.get("code") or record["id"][:8]
            row = next(r for r in rows if code_or_id in (r.get("CODE"), r["ID"]))
            assert row["ID"] == record["id"][:8] and row["NOTE"] == said, (kind, row)
            record_type = kind.removesuffix("s").replace("facilitie", "facility")
            shown = cli("show", record_type, record["id"])
            assert summary_fields(shown.out)["Origin"] == [said], (kind, shown.out)
            shown_json = json.loads(cli("show", record_type, record["id"], "--json").out)
            assert shown_json["imported"]["text"] == said
    # A record made here says nothing of the kind.
    cases, rows = _listed(cli, "cases")
    own = next(c for c in cases if c["id"] == own_case)
    assert "imported" not in own
    own_row = next(r for r in rows if r["ID"] == own_case[:8])
    assert own_row["CODE"] == "C-001" and own_row["NOTE"] == ""


def test_imported_records_go_through_the_same_functions_as_typed_in_ones(
    hq: Path, tmp_path: Path
) -> None:
    bundle = _recoded(tmp_path / "bundle")
    with open_vault(hq) as vault:
        result = import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
        persons = {p.code: p for p in list_persons(vault, result.case_id)}
        # Codes as the bundle gave them, whatever their form.
        assert set(persons) == {"W-7KQ3M", "P-Q2Z9X"}
        assert persons["W-7KQ3M"].roles == ("witness", "victim")
        log = [e for e in events(vault.conn) if e.details.get("case_id") == result.case_id]
        actions = [e.action for e in log]
        # Later persons get this vault's codes, never one the bundle used.
        later = add_person(vault, result.case_id, "Later witness", "witness")
        assert re.fullmatch(r"W-\d{3}", later.code) and later.code not in persons
    # The custody events a typed-in record gets, each naming the import; the role the
    # incident gave the witness is a role-add, as `link add` would record it.
    for action in (
        "person-create",
        "facility-create",
        "incident-create",
        "statement-create",
        "intake",
        "link-create",
    ):
        assert action in actions, action
    assert all(
        e.details.get("import") == result.import_id
        for e in log
        if e.action.endswith("-create") or e.action == "intake"
    )
    with open_vault(hq) as vault:
        role_adds = [e for e in events(vault.conn) if e.action == "role-add"]
        assert [e.details for e in role_adds] == [{"code": "W-7KQ3M", "role": "victim"}]


def test_a_code_of_another_form_or_role_is_not_kept(hq: Path, tmp_path: Path) -> None:
    """A perpetrator sent as W-..., or a code that is not letter-dash-alnum: the person
    gets this vault's code for their first role, and the bundle's code stays their ref."""
    bundle = build_bundle(tmp_path / "bundle")
    text = bundle.path("data/records.json").read_text("utf-8")
    text = text.replace('"P-001"', '"W-0PX"').replace('"W-001"', '"W 001/7"')
    bundle.path("data/records.json").write_text(text, "utf-8")
    seal(bundle)
    with open_vault(hq) as vault:
        result = import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
        codes = {p.roles[0]: p.code for p in list_persons(vault, result.case_id)}
        assert codes == {"witness": "W-001", "perpetrator": "P-001"}


def _tamper(vault_dir: Path, change: Any) -> str:
    with open_vault(vault_dir) as vault:
        import_id = vault.conn.execute("SELECT id FROM imports").fetchone()[0]
        lines = [
            row[0]
            for row in vault.conn.execute(
                "SELECT line FROM imported_custody WHERE import_id = ? ORDER BY seq",
                (import_id,),
            )
        ]
        with vault.transaction() as conn:
            conn.execute("DELETE FROM imported_custody WHERE import_id = ?", (import_id,))
            conn.executemany(
                "INSERT INTO imported_custody (import_id, seq, line) VALUES (?, ?, ?)",
                [(import_id, n, line) for n, line in enumerate(change(lines), start=1)],
            )
    return str(import_id)


def _edit_line(lines: list[str]) -> list[str]:
    # The sender's operator rewritten on line 3 (a redaction event), hash left alone.
    event = json.loads(lines[2])
    event["operator"] = "I-002"
    return [*lines[:2], json.dumps(event, sort_keys=True, separators=(",", ":")), *lines[3:]]


def _rechain(lines: list[str]) -> list[str]:
    # A careful forger: line 2 rewritten and every line re-chained, so the chain holds.
    kept = [json.loads(line) for line in lines]
    kept[1]["details"] = {"media_type": "image/jpeg"}
    return jsonl_bytes(chain_events(kept)).decode("utf-8").splitlines()


def _drop_last(lines: list[str]) -> list[str]:
    return lines[:-1]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_edit_line, "line 3"),
        (_rechain, "head the import recorded"),
        (_drop_last, "only 4 of the 5 custody lines"),
    ],
    ids=["edited-line", "re-chained", "export-line-dropped"],
)
def test_audit_verify_checks_the_imported_custody_lines(
    hq: Path, cli: Any, tmp_path: Path, change: Any, named: str
) -> None:
    bundle = _recoded(tmp_path / "bundle")
    assert (
        cli("import", str(bundle.folder), "--signer", bundle.key.public_key.fingerprint).code == 0
    )
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.err
    assert "Imported custody verified: 5 line(s) kept from 1 bundle(s)" in verified.out
    import_id = _tamper(hq, change)
    broken = cli("audit", "verify")
    assert broken.code == 1 and broken.out == ""
    assert f"Import {import_id} (bundle {bundle.bundle_id}, case C-001)" in broken.err
    assert named in broken.err and len(broken.err.strip().splitlines()) == 1


def test_import_verifies_the_bundle_once(
    hq: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verify-then-import reads and checks the signature and the manifests one time,
    whatever the signer checks add."""
    import vault.export.verify as verify_module

    bundle = _recoded(tmp_path / "bundle")
    calls: list[str] = []
    for name in ("verify_signature", "check_bag_layout"):
        real = getattr(verify_module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name) -> Any:
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(verify_module, name, counted)
    with open_vault(hq) as vault:
        import_bundle(vault, bundle.folder, pin=bundle.key.public_key.fingerprint)
    assert sorted(calls) == ["check_bag_layout", "verify_signature"]
