"""What open and ``check`` verify of the table bindings (vault/core/bindings.py) for an
unlocked vault, and how a vault without them gets them.

Open (``verify_at_open``): the newest rows of every bound table (those above its
watermark: all of a table's rows until it has more than 1,000, then 500 to 1,000) against
the sealed state (``VaultState.bindings``), so a table rolled back as a whole, or any of
its recent rows put back from an older copy, is refused before anything else is read or
written.  ``check``
(``check_problems``) verifies every row of every bound table, each attachment against its
one intake event and each statement version's text against its SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from vault.core import custody
from vault.core.bindings import (
    BOUND_TABLES,
    State,
    TableState,
    compute_state,
    fingerprint,
    from_bindings,
    full_mismatches,
    stored_record,
    tail_mismatches,
    tampered,
)
from vault.core.store import Connection

if TYPE_CHECKING:  # vault.py calls these
    from vault.core.vault import Vault


def verify_at_open(vault: Vault, counter_repaired: bool) -> bool:
    """Refuse (IntegrityError "damaged or tampered", naming the tables) a vault whose
    bound tables' newest rows do not match its sealed state; set ``vault.table_state``.
    True when the state file must be sealed again (it was one transaction behind).

    ``counter_repaired``: the state was one transaction behind its database (a crash
    between commit and state rewrite), so the state's bindings are accepted only through
    the database's record of that last transaction (``recorded_state``).  A state without
    bindings is left to ``adopt`` after the migrations, unless the database says it had
    them (a state from before them put back: refused).  Writes nothing.
    """
    conn = vault.conn
    record = stored_record(conn)
    if not vault.state.bindings:
        if record is not None:
            raise tampered(list(BOUND_TABLES))
        return False
    state = from_bindings(vault.state.bindings)
    vault.table_state = recorded_state(conn, vault.bind_key, state, record, counter_repaired)
    return vault.table_state != state


def recorded_state(
    conn: Connection,
    key: bytes,
    state: State,
    record: dict[str, Any] | None,
    counter_repaired: bool,
) -> State:
    """The bindings the tables must match: ``state`` when its tail holds (and no commit
    is missing from it), else the end state of the database's record of its last
    transaction, when that record names the current custody head, started from
    ``state``, and the tables match it.  Anything else: IntegrityError naming the
    tables.  Also used by the format upgrade for a format 1 header's bindings."""
    wrong = tail_mismatches(conn, key, state)
    if not wrong and not counter_repaired:
        return state
    after = _recorded_end_state(conn, record, state)
    if after is None or tail_mismatches(conn, key, after):
        raise tampered(wrong or list(BOUND_TABLES))
    return after


def _recorded_end_state(
    conn: Connection, record: dict[str, Any] | None, state: State
) -> State | None:
    """The end state of the database's record of its last transaction, if that record
    names the current custody head and started from ``state``; else None."""
    if record is None:
        return None
    seq, row_hash = custody.head(conn)
    if record.get("head") != [seq, row_hash.hex()] or record.get("before") != fingerprint(state):
        return None
    try:
        return {table: TableState.from_json(record["after"][table]) for table in BOUND_TABLES}
    except (KeyError, TypeError, ValueError):
        return None


def adopt(vault: Vault) -> None:
    """Bind the tables as they are now and seal the state: for a vault that had no
    bindings (made before them), and after a migration (a new column changes what a row's
    value covers).  Reads every row once."""
    vault.table_state = compute_state(vault.conn, vault.bind_key)
    vault.rewrite_state()


def check_problems(vault: Vault) -> list[str]:
    """``check``'s lines about freshness: every row of every bound table against the
    sealed state, every attachment against exactly one intake event with its SHA-256, every
    statement version's text against its SHA-256.  Empty when all hold."""
    conn = vault.conn
    problems = []
    if vault.table_state is not None:
        wrong = full_mismatches(conn, vault.bind_key, vault.table_state)
        if wrong:
            problems.append(str(tampered(wrong)))
    problems.extend(_intake_problems(vault))
    problems.extend(_version_problems(vault))
    return problems


def _intake_problems(vault: Vault) -> list[str]:
    rows = Counter(
        (str(r[0]), str(r[1])) for r in vault.conn.execute("SELECT id, sha256 FROM attachments")
    )
    events: Counter[tuple[str, str]] = Counter()
    for object_id, details in vault.conn.execute(
        "SELECT object_id, details FROM custody WHERE action = 'intake'"
    ):
        try:
            sha = json.loads(details).get("sha256", "")
        except (json.JSONDecodeError, AttributeError):
            sha = ""
        events[(str(object_id), str(sha))] += 1
    problems = []
    for (attachment_id, sha), count in sorted((rows - events).items()):
        problems.append(
            f"Attachment {attachment_id} has no intake event with its SHA-256 {sha[:12]}… "
            f"in the custody log ({count})."
        )
    for (attachment_id, sha), count in sorted((events - rows).items()):
        problems.append(
            f"The custody log has an intake of {attachment_id} (SHA-256 {sha[:12]}…) that no "
            f"attachment matches ({count})."
        )
    return problems


def _version_problems(vault: Vault) -> list[str]:
    problems = []
    for version_id, body, sha, translation, translation_sha in vault.conn.execute(
        "SELECT id, body, sha256, translation, translation_sha256 FROM statement_versions"
    ):
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != sha or (
            translation is not None
            and hashlib.sha256(translation.encode("utf-8")).hexdigest() != translation_sha
        ):
            problems.append(
                f"Statement version {version_id} does not match the SHA-256 taken when it "
                "was written."
            )
    return problems
