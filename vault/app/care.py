"""Looking after a vault: what it holds (``info``), whether it is whole (``check``, the
custody log), and an encrypted copy elsewhere (``backup``).  Long operations take an
optional ``progress`` (a ``vault.core.progress.Progress`` a shell polls, or a
``callable(done, total)``) and ``cancel`` token, reported and checked on the worker's own
thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.core.backup import backup_vault
from vault.core.check import CheckReport, check_vault
from vault.core.custody import ChainReport, event, last_event_time, verify_chain
from vault.core.errors import UnknownId
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.refs import code_of
from vault.core.vault import Vault
from vault.export.import_custody import ImportedCustodyReport, verify_imported_custody
from vault.export.signers import own_fingerprint

__all__ = [
    "AuditReport",
    "CheckReport",
    "audit",
    "backup",
    "check",
    "check_json",
    "custody_event",
    "vault_info",
]


def vault_info(vault: Vault) -> dict[str, Any]:
    """Format, ids, key slots and their costs, counts and operator; with
    ``signer_fingerprint`` once the vault has a signing key (asking never makes one).
    Never key material, passphrases or recovery codes."""
    info = vault.info()
    fingerprint = own_fingerprint(vault)
    if fingerprint is not None:
        info["signer_fingerprint"] = fingerprint
    return info


def check(
    vault: Vault,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Database integrity, every attachment authenticated end to end, the custody chain
    and the state counter; the problems are named, one sentence each."""
    return check_vault(vault, progress, cancel=cancel)


def backup(
    vault: Vault,
    destination: Path,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """An encrypted copy at ``destination`` (new, in an existing folder), opened and
    checked before it is given its name; a failure or a cancel leaves nothing."""
    return backup_vault(vault, destination, progress, cancel=cancel)


def check_json(report: CheckReport) -> dict[str, Any]:
    """What ``check`` or ``backup`` found, as one JSON object both shells can show or
    save: ``ok``, the counts checked and every problem (one sentence each, never case
    text)."""
    return {
        "ok": report.ok,
        "attachments_checked": report.attachments_checked,
        "custody_rows": report.custody_rows,
        "problems": list(report.problems),
        "leftovers": list(report.leftovers),
    }


@dataclass(frozen=True)
class AuditReport:
    """The custody log's chain and, once it holds, the custody lines imports kept."""

    chain: ChainReport
    imported: ImportedCustodyReport | None  # None: the chain is broken, not checked
    last_utc: str | None = None  # the newest event's time (None: an empty log)

    @property
    def ok(self) -> bool:
        """True when the chain holds and every import's kept lines match their heads."""
        return self.chain.ok and self.imported is not None and self.imported.ok

    def as_json(self) -> dict[str, Any]:
        """The outcome as one JSON object: ``ok``; the chain (rows, head hash, the first
        broken row and why); the imports' kept custody lines (``null`` when the chain is
        broken and they were not checked) with their problems."""
        chain = self.chain
        imported = self.imported
        return {
            "ok": self.ok,
            "chain": {
                "ok": chain.ok,
                "rows": chain.rows,
                "head_hash": chain.head_hash,
                "first_broken": chain.first_broken,
                "reason": chain.reason or None,
            },
            "imported": None
            if imported is None
            else {
                "ok": imported.ok,
                "imports": imported.imports,
                "lines": imported.lines,
                "problems": list(imported.problems),
            },
        }


def audit(
    vault: Vault,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> AuditReport:
    """Walk the custody chain (naming the first broken row); only when it holds, check
    the lines each import kept against the head its own (chained) event recorded.
    ``progress`` counts rows ("Verifying the custody log"); a ``cancel`` raises
    Cancelled (verifying changes nothing)."""
    work = Work(progress, cancel)
    rows = int(vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0])
    work.phase("Verifying the custody log", rows)
    chain = verify_chain(
        vault.conn,
        vault.keys.custody_mac,
        vault.earlier_custody_keys(),
        progress=work.from_base(0),
    )
    imported = verify_imported_custody(vault) if chain.ok else None
    work.finish()
    return AuditReport(chain, imported, last_event_time(vault.conn))


def custody_event(vault: Vault, seq: int) -> dict[str, Any]:
    """One custody event as logged (``seq``, ``utc``, ``operator``, ``action``, the record
    and its ``details``), with its record's code; UnknownId if the log has no such row."""
    found = event(vault.conn, seq)
    if found is None:
        raise UnknownId(f"The custody log has no event {seq}.", data={"seq": seq})
    return {**found.as_json(), "code": code_of(vault, found.object_type, found.object_id)}
