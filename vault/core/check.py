"""``check``: everything that can be verified about a vault, reported problem by problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vault.core import custody, store
from vault.core.attachments import Attachment, list_attachments, read_attachment
from vault.core.errors import IntegrityError
from vault.core.freshness import check_problems
from vault.core.fsutil import stale_partials
from vault.core.progress import CancelToken, Progress, ProgressCallback, Work
from vault.core.quarantine import quarantine_problems
from vault.core.vault import Vault


@dataclass
class CheckReport:
    """What ``check`` found.  ``problems`` is empty for a healthy vault."""

    problems: list[str] = field(default_factory=list)
    attachments_checked: int = 0
    custody_rows: int = 0
    # Hidden ``.NAME.partial`` outputs of killed exports or backups (not vault damage:
    # they do not make ``ok`` false) beside the vault and where it exported or backed up.
    leftovers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def check_vault(
    vault: Vault,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Run SQLCipher's and SQLite's integrity checks, authenticate every attachment end to
    end against its intake SHA-256, walk the custody chain, compare the state counter,
    and verify every row of the bound tables against the sealed state
    (vault/core/freshness.py: open reads only their newest rows), every attachment against
    its one intake event and every statement version's text against its SHA-256; name
    quarantined blob files.  Also lists (``leftovers``) the hidden partial outputs of
    killed exports and backups beside the vault and in every folder its custody log says
    it exported or backed up to.

    Never raises for damage it finds: each problem is one line naming what failed.
    ``progress`` counts the attachments' bytes ("Checking attachments"); a ``cancel``
    raises Cancelled (check changes nothing).
    """
    work = Work(progress, cancel)
    work.phase("Checking attachments", attachment_bytes(vault))
    report = run_checks(vault, work)
    report.leftovers = [str(path) for path in leftover_outputs(vault)]
    work.finish()
    return report


def output_folders(vault: Vault) -> list[Path]:
    """The folders this vault's custody log says it exported or backed up into, and the
    folder beside the vault, in that order, each once."""
    folders: list[Path] = []
    for event in custody.events(vault.conn):
        where = event.details.get("path") if event.action in ("export", "backup") else None
        if isinstance(where, str):
            folders.append(Path(where).parent)
    folders.append(vault.path.absolute().parent)
    return list(dict.fromkeys(folders))


def recorded_outputs(vault: Vault, action: str) -> list[Path]:
    """Every path the custody log records for ``action`` ("export" or "backup")."""
    found = []
    for event in custody.events(vault.conn):
        where = event.details.get("path") if event.action == action else None
        if isinstance(where, str):
            found.append(Path(where))
    return list(dict.fromkeys(found))


def leftover_outputs(vault: Vault) -> list[Path]:
    """Hidden partial outputs of killed exports or backups that no live process holds,
    in the folders of :func:`output_folders` that can be read."""
    return [path for folder in output_folders(vault) for path in stale_partials(folder)]


def attachment_bytes(vault: Vault) -> int:
    """What the attachment check reads: the sum of every attachment's size."""
    row = vault.conn.execute("SELECT coalesce(sum(size), 0) FROM attachments").fetchone()
    return int(row[0])


def run_checks(vault: Vault, work: Work) -> CheckReport:
    """``check_vault`` reporting into a phase the caller started (backup counts its copy
    and this check as one bar): advances by each attachment's bytes as they are read."""
    report = CheckReport()
    conn = vault.conn
    try:
        for row in conn.execute("PRAGMA cipher_integrity_check"):
            report.problems.append(f"Database page damage: {row[0]}")
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            report.problems.extend(f"Database integrity: {line}" for line in result[:20])
        for row in conn.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"Database reference broken in table {row[0]} (row {row[1]})")
        # The search indexes must agree with what they index, or search silently misses.
        for fts_table in ("search_names", "search_texts"):
            try:
                conn.execute(
                    f"INSERT INTO {fts_table} ({fts_table}, rank)"  # noqa: S608 - fixed names
                    " VALUES ('integrity-check', 1)"
                )
            except store.DatabaseError:
                report.problems.append(
                    f"The search index {fts_table} is out of step with the records it indexes."
                )
    except store.DatabaseError as exc:
        report.problems.append(f"Database unreadable: {exc}")
        return report

    attachments = list_attachments(vault, include_retracted=True)
    for index, attachment in enumerate(attachments, start=1):
        label = f"attachment {index} of {len(attachments)}"
        try:
            _authenticate(vault, attachment, work, label)
        except IntegrityError as exc:
            report.problems.append(str(exc))
        report.attachments_checked += 1
    stray = vault.blobs.stored_ids() - {a.id for a in attachments}
    report.problems.extend(
        f"Encrypted file {name} belongs to no attachment" for name in sorted(stray)
    )
    report.problems.extend(quarantine_problems(vault))

    chain = custody.verify_chain(conn, vault.keys.custody_mac, vault.earlier_custody_keys())
    report.custody_rows = chain.rows
    if not chain.ok:
        report.problems.append(f"Custody log broken at row {chain.first_broken}: {chain.reason}")
    report.problems.extend(check_problems(vault))  # bound tables, intake events, versions
    head = custody.head(conn)[0]
    if head != vault.state.counter:
        report.problems.append(
            f"State counter {vault.state.counter} does not match the custody log ({head})"
        )
    return report


def _authenticate(vault: Vault, attachment: Attachment, work: Work, label: str) -> None:
    """Read the attachment to its end (IntegrityError naming it if it fails), reporting
    bytes; a damaged one still counts as read, so the bar reaches its end."""
    read = 0
    try:
        for chunk in read_attachment(vault, attachment.id):
            read += len(chunk)
            work.advance(len(chunk), item=label)
    except IntegrityError:
        work.advance(max(attachment.size - read, 0), item=label)
        raise
