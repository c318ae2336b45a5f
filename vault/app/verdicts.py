"""What ``check`` and the custody audit found, in plain words for a person: one headline
("The custody log is intact: 1,234 events, last 2026-12-02 17:50 UTC") and, when
something is wrong, each problem as a sentence.  Never case text: the reports hold
counts, row numbers and attachment labels only."""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.app.care import AuditReport, CheckReport

__all__ = ["Verdict", "audit_verdict", "check_verdict"]


@dataclass(frozen=True)
class Verdict:
    """``ok``: nothing is wrong; ``headline``: one sentence; ``problems``: one sentence
    each (empty when ok)."""

    ok: bool
    headline: str
    problems: list[str] = field(default_factory=list)


def _events(n: int) -> str:
    return f"{n:,} event" + ("" if n == 1 else "s")


def _time(utc: str | None) -> str:
    return "" if not utc else f", last {utc[:16].replace('T', ' ')} UTC"


def audit_verdict(report: AuditReport) -> Verdict:
    """The custody audit in words: intact (events, the newest event's time, imports whose
    kept lines match) or where the chain breaks and what else does not match."""
    chain = report.chain
    if not chain.ok:
        held = f"the {_events(chain.rows)} before it hold" if chain.rows else "none before it"
        return Verdict(
            False,
            f"The custody log is broken at event {chain.first_broken}; {held}.",
            [chain.reason[:1].upper() + chain.reason[1:] + "."] if chain.reason else [],
        )
    imported = report.imported
    problems = [] if imported is None else [f"{p}." for p in imported.problems]
    if problems:
        return Verdict(
            False,
            f"The custody log's chain holds ({_events(chain.rows)}), but the custody lines "
            "kept from imported bundles do not all match.",
            problems,
        )
    headline = f"The custody log is intact: {_events(chain.rows)}{_time(report.last_utc)}."
    if imported is not None and imported.imports:
        headline += (
            f" The {imported.lines:,} custody line(s) kept from {imported.imports} imported "
            "bundle(s) match their heads."
        )
    return Verdict(True, headline)


def check_verdict(report: CheckReport) -> Verdict:
    """The vault check in words: whole (what was verified) or how many checks failed,
    each problem a sentence."""
    files = f"{report.attachments_checked:,} attachment" + (
        "" if report.attachments_checked == 1 else "s"
    )
    if report.ok:
        return Verdict(
            True,
            f"The vault is whole: the database is intact, {files} authenticated, the custody "
            f"log of {_events(report.custody_rows)} verified, the header counter matches.",
        )
    count = len(report.problems)
    return Verdict(
        False,
        f"The vault failed {count} check{'' if count == 1 else 's'}; "
        "see what is wrong below. Nothing was changed.",
        [p if p.endswith(".") else f"{p}." for p in report.problems],
    )
