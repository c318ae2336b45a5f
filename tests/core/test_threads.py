"""Threads and the database: each thread its own connection, one writer at a time.

The first test is the loss that was reported: a worker's transaction used to be joined
by whatever thread wrote next on the one shared connection, so a case another thread had
been told was saved vanished when the worker failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vault.core import custody, skeleton, store
from vault.core.backup import backup_vault
from vault.core.cases import add_case, list_cases
from vault.core.errors import VaultBusy, VaultError, VaultLocked
from vault.core.persons import add_person
from vault.core.search import search
from vault.core.search_keys import index_keys
from vault.core.vault import Vault

from ..conftest import CliResult, open_vault

Cli = Callable[..., CliResult]
WAIT = 10.0  # seconds: only reached when something is broken


class WorkerFailed(Exception):
    """The failure a worker meets half-way through its transaction."""


def _run(target: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def body() -> None:
        try:
            target()
        except BaseException as exc:  # handed back to the test thread
            errors.append(exc)

    thread = threading.Thread(target=body)
    thread.start()
    return thread, errors


def _case_ids(vault: Vault) -> set[str]:
    return {case.id for case in list_cases(vault)}


def test_a_case_saved_by_one_thread_survives_another_threads_failed_transaction(
    vault: Vault, vault_dir: Path
) -> None:
    holding = threading.Event()
    added = threading.Event()

    def worker() -> None:  # as the export's first pass does: a transaction, then a failure
        with vault.transaction():
            add_case(vault, "Worker's case, never committed")
            holding.set()
            added.wait(timeout=0.5)  # fixed code: the other thread waits for us instead
            raise WorkerFailed("the worker failed half-way")

    thread, errors = _run(worker)
    assert holding.wait(WAIT)
    kept = add_case(vault, "Saved by the main thread")  # the user was told: saved
    added.set()
    thread.join(WAIT)
    assert [type(e) for e in errors] == [WorkerFailed]
    titles = [case.title for case in list_cases(vault)]
    assert titles == ["Saved by the main thread"]
    assert vault.state.counter == custody.head(vault.conn)[0]
    vault.close()
    with open_vault(vault_dir) as again:
        assert _case_ids(again) == {kept.id}
        assert again.state.counter == custody.head(again.conn)[0]


def test_each_thread_has_its_own_connection_with_every_pragma_and_sql_function(
    vault: Vault, case_id: str
) -> None:
    seen: dict[str, Any] = {}

    def worker() -> None:
        with vault.worker() as handle:
            seen["conn_is_main"] = handle.conn is main_conn
            seen["pragmas"] = store.read_pragmas(handle.conn)
            # The folded search index is written by a trigger calling search_keys().
            seen["keys"] = handle.conn.execute("SELECT search_keys('Şəki')").fetchone()[0]
            add_person(handle, case_id, "Əli Məmmədov", "witness")
            seen["conn"] = handle.conn

    main_conn = vault.conn
    thread, errors = _run(worker)
    thread.join(WAIT)
    assert errors == []
    assert seen["conn_is_main"] is False
    assert seen["pragmas"] == store.REQUIRED_PRAGMAS
    assert seen["keys"] == index_keys("Şəki") and seen["keys"]
    # Found from the main thread, spelled without Azerbaijani letters.
    assert [hit.record_type for hit in search(vault, "Mammadov")] == ["person"]
    # The job closed its connection when it ended; the main thread's is untouched.
    with pytest.raises(store.ProgrammingError):
        seen["conn"].execute("SELECT 1")
    assert vault.conn is main_conn
    assert store.read_pragmas(vault.conn) == store.REQUIRED_PRAGMAS


def test_two_threads_writing_200_cases_each_keep_every_case_the_chain_and_the_counter(
    vault: Vault, vault_dir: Path, cli: Cli
) -> None:
    made: dict[str, list[str]] = {"a": [], "b": []}

    def writer(name: str) -> Callable[[], None]:
        def run() -> None:
            if name == "a":  # as code written before worker() does: the vault as it is
                for n in range(200):
                    made[name].append(add_case(vault, f"{name} {n}").id)
                return
            with vault.worker() as handle:
                for n in range(200):
                    made[name].append(add_case(handle, f"{name} {n}").id)

        return run

    threads = [_run(writer("a")), _run(writer("b"))]
    for thread, _ in threads:
        thread.join(60)
    assert [errors for _, errors in threads] == [[], []]
    ids = made["a"] + made["b"]
    assert len(set(ids)) == 400
    assert _case_ids(vault) == set(ids)
    codes = sorted(case.code for case in list_cases(vault))
    assert codes == [f"C-{n:03d}" for n in range(1, 401)]  # no code handed out twice
    head = custody.head(vault.conn)[0]
    assert head == 401  # vault-create, then one event per case
    assert vault.state.counter == head
    vault.close()
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.err
    with open_vault(vault_dir) as again:
        assert again.state.counter == custody.head(again.conn)[0] == 401
        assert custody.verify_chain(again.conn, again.keys.custody_mac).ok
        assert len(_case_ids(again)) == 400


def test_a_reader_on_a_snapshot_sees_one_state_while_another_thread_writes(
    vault: Vault,
) -> None:
    add_case(vault, "Before the export")
    first_look = threading.Event()
    written = threading.Event()
    seen: dict[str, Any] = {}

    def reader() -> None:  # the export's passes read on a snapshot, in a worker
        with vault.worker() as handle, handle.snapshot() as conn:
            seen["before"] = [c.title for c in list_cases(handle)]
            seen["head_before"] = custody.head(conn)
            first_look.set()
            assert written.wait(WAIT)
            seen["after"] = [c.title for c in list_cases(handle)]
            seen["head_after"] = custody.head(conn)
        seen["outside"] = len(list_cases(vault))  # the thread's next connection: news

    thread, errors = _run(reader)
    assert first_look.wait(WAIT)
    for n in range(20):
        add_case(vault, f"During the export {n}")
    written.set()
    thread.join(WAIT)
    assert errors == []
    assert seen["before"] == seen["after"] == ["Before the export"]
    assert seen["head_before"] == seen["head_after"]
    assert seen["outside"] == 21
    assert len(list_cases(vault)) == 21


def test_a_write_inside_a_snapshot_is_refused_and_the_snapshot_ends_cleanly(
    vault: Vault,
) -> None:
    with pytest.raises(RuntimeError, match="snapshot"), vault.snapshot():
        add_case(vault, "Never")
    assert list_cases(vault) == []
    assert not vault.conn.in_transaction
    add_case(vault, "Afterwards")
    assert len(list_cases(vault)) == 1


def test_a_writer_kept_waiting_too_long_gets_a_plain_busy_error_and_nothing_is_lost(
    vault: Vault,
) -> None:
    holding = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with vault.worker() as handle, handle.transaction():
            add_case(handle, "The worker's case")
            holding.set()
            assert release.wait(WAIT)

    vault.write_wait = 0.2
    thread, errors = _run(worker)
    assert holding.wait(WAIT)
    with pytest.raises(VaultBusy) as caught:
        add_case(vault, "Refused, not lost")
    release.set()
    thread.join(WAIT)
    assert errors == []
    message = str(caught.value)
    assert "\n" not in message and "nothing was saved" in message.lower()
    assert "locked" not in message.lower() and "sqlite" not in message.lower()
    assert [c.title for c in list_cases(vault)] == ["The worker's case"]
    add_case(vault, "Now it goes through")
    assert len(list_cases(vault)) == 2
    assert vault.state.counter == custody.head(vault.conn)[0]


def test_sqlite_busy_from_a_writer_outside_the_program_is_a_user_error(
    vault: Vault,
) -> None:
    # Another program holding the database's write lock (our own lock file keeps other
    # copies of Evidence Vault out, not a sqlite tool): SQLite answers "database is locked".
    other = store.connect(vault.path / store.DB_NAME, vault.keys)
    try:
        other.execute("BEGIN IMMEDIATE")
        vault.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(VaultBusy) as caught:
            add_case(vault, "Refused")
        assert isinstance(caught.value, VaultError)
        assert "database is locked" not in str(caught.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert not vault.conn.in_transaction
    add_case(vault, "Accepted")
    assert [c.title for c in list_cases(vault)] == ["Accepted"]


def test_closing_the_vault_closes_every_thread_connection_and_clears_cached_names(
    vault: Vault, vault_dir: Path
) -> None:
    connections: list[Any] = []

    def reader() -> None:  # uses the vault without a worker() block: still its own conn
        connections.append(vault.conn)
        list_cases(vault)

    thread, errors = _run(reader)
    thread.join(WAIT)
    assert errors == [] and connections[0] is not vault.conn
    connections.append(vault.conn)
    skeleton.skeletons("Hakobyan")
    assert skeleton.skeletons.cache_info().currsize > 0
    vault.close()
    for conn in connections:
        with pytest.raises(store.ProgrammingError):
            conn.execute("SELECT 1")
    assert skeleton.skeletons.cache_info().currsize == 0
    with pytest.raises(VaultLocked):
        list_cases(vault)
    with open_vault(vault_dir) as again:  # the lock file was released
        assert list_cases(again) == []


def test_the_vault_is_not_locked_under_a_running_job_and_says_so(vault: Vault) -> None:
    started = threading.Event()
    finish = threading.Event()

    def job() -> None:
        with vault.worker() as handle:
            list_cases(handle)
            started.set()
            assert finish.wait(WAIT)
            add_case(handle, "Finished before locking")

    thread, errors = _run(job)
    assert started.wait(WAIT)
    with pytest.raises(VaultBusy, match="running"):
        vault.close()
    assert list_cases(vault) == []  # still open and usable
    finish.set()
    thread.join(WAIT)
    assert errors == []
    vault.close()
    with pytest.raises(VaultLocked):
        vault.conn  # noqa: B018 - the property refuses


def test_a_worker_on_a_locked_vault_gets_a_user_error(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultLocked, match="locked"), vault.worker():
        pass


def test_a_passphrase_change_amid_another_threads_writes_keeps_header_and_chain_together(
    vault: Vault, vault_dir: Path
) -> None:
    stop = threading.Event()
    made: list[str] = []

    def writer() -> None:
        with vault.worker() as handle:
            while not stop.is_set() and len(made) < 300:
                made.append(add_case(handle, f"Case {len(made)}").id)

    thread, errors = _run(writer)
    while len(made) < 5 and thread.is_alive():
        threading.Event().wait(0.01)
    vault.change_passphrase("a new passphrase for the field")
    stop.set()
    thread.join(WAIT)
    assert errors == []
    vault.close()
    with pytest.raises(VaultError):
        open_vault(vault_dir)  # the old passphrase no longer opens it
    with open_vault(vault_dir, "a new passphrase for the field") as again:
        head = custody.head(again.conn)[0]
        assert again.state.counter == head == len(made) + 2  # create, cases, passwd
        assert custody.verify_chain(again.conn, again.keys.custody_mac).ok
        assert _case_ids(again) == set(made)


def test_a_backup_taken_while_another_thread_writes_is_a_consistent_vault(
    vault: Vault, tmp_path: Path
) -> None:
    stop = threading.Event()
    made: list[str] = []

    def writer() -> None:
        with vault.worker() as handle:
            while not stop.is_set() and len(made) < 300:
                made.append(add_case(handle, f"Case {len(made)}").id)

    thread, errors = _run(writer)
    while len(made) < 5 and thread.is_alive():
        threading.Event().wait(0.01)
    try:
        report = backup_vault(vault, tmp_path / "copy")
    finally:
        stop.set()
        thread.join(WAIT)
    assert errors == [] and report.ok
    with open_vault(tmp_path / "copy") as copy:  # no "older than its header" refusal
        copied = _case_ids(copy)
        assert copy.state.counter == custody.head(copy.conn)[0] == len(copied) + 1
    assert len(copied) >= 5 and copied <= set(made)
