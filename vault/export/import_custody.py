"""Checking again the custody lines imports kept from their bundles (``audit verify``).

An import keeps the bundle's custody.jsonl line by line, exactly as received, and its own
``import`` custody event (chained and MACed in this vault's log) records the hash of the
last line.  Here each import's kept lines are re-chained with the bundle's own rules
(vault/export/bundle_chain.py) and their head compared with that event: a line changed,
removed, added or moved after the import is reported, naming the import and the line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from vault.core.vault import Vault
from vault.export.bundle_chain import verify_chain


@dataclass
class ImportedCustodyReport:
    """What the check found: how many imports and lines held, and one sentence per
    import whose kept lines do not."""

    imports: int = 0
    lines: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every import's kept lines check out."""
        return not self.problems


def verify_imported_custody(vault: Vault) -> ImportedCustodyReport:
    """Re-check every import's kept custody lines (see the module doc).  Never raises
    for what it finds; each problem names the import (id, bundle, case) and the line."""
    report = ImportedCustodyReport()
    recorded = _import_events(vault)
    imports = vault.conn.execute(
        "SELECT i.id, i.bundle_id, c.code FROM imports AS i JOIN cases AS c ON c.id = i.case_id"
        " ORDER BY i.imported_utc, i.id"
    ).fetchall()
    for import_id, bundle_id, case_code in imports:
        report.imports += 1
        rows = vault.conn.execute(
            "SELECT seq, line FROM imported_custody WHERE import_id = ? ORDER BY seq",
            (import_id,),
        ).fetchall()
        problem = _problem(rows, recorded.get(import_id, {}))
        if problem is None:
            report.lines += len(rows)
        else:
            report.problems.append(
                f"Import {import_id} (bundle {bundle_id}, case {case_code}): {problem}"
            )
    return report


def _import_events(vault: Vault) -> dict[str, dict[str, Any]]:
    """Import id -> details of its ``import`` custody event (in the verified log)."""
    found: dict[str, dict[str, Any]] = {}
    for (details,) in vault.conn.execute("SELECT details FROM custody WHERE action = 'import'"):
        parsed = json.loads(details)
        if isinstance(parsed, dict) and isinstance(parsed.get("import"), str):
            found[parsed["import"]] = parsed
    return found


def _problem(rows: list[tuple[int, str]], event: dict[str, Any]) -> str | None:
    events: list[Any] = []
    for number, (seq, line) in enumerate(rows, start=1):
        if seq != number:
            return f"kept custody line {number} is missing"
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            return f"kept custody line {number} is not JSON (it was changed after import)"
    kept = event.get("counts", {}).get("custody_events")
    if isinstance(kept, int) and len(events) < kept:
        return (
            f"only {len(events)} of the {kept} custody lines the import kept are there "
            "(lines were removed after import)"
        )
    if isinstance(kept, int) and len(events) > kept:
        return f"{len(events)} custody lines are kept, but the import kept {kept}"
    chain = verify_chain(events)
    if not chain.ok:
        return f"kept custody {chain.reason}"
    head = event.get("custody_head")
    if head is not None and head != chain.head:
        return (
            f"the {len(events)} kept custody lines are not the ones whose head the import "
            "recorded (lines were re-chained, added or removed after import)"
        )
    sender_chain = event.get("sender_chain")
    last = events[-1].get("details", {})
    if sender_chain is not None and last.get("vault_chain") != sender_chain:
        return f"kept custody line {len(events)} is not the export the bundle was signed with"
    return None
