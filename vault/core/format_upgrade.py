"""Vault format 1 -> 2, on the first open with this program, after a verified backup.

Format 1 kept the key slots in ``vault.header``, rewritten after every change.  The
upgrade, under the vault's lock: unlock with the format 1 slot the credential opens and
check the header's MAC and counter as format 1 did, and its table bindings if it has
them (a spliced table is refused, not carried into format 2); copy the vault as it is to a folder
beside it and verify the copy byte for byte; apply the database migrations and log a
``format-upgrade`` event; write ``vault.keys`` and ``vault.state`` (with the table
bindings computed afresh from the migrated tables); and only then
overwrite ``vault.header`` in place and remove it.  A crash before that last step leaves
the format 1 header, and the next open starts the upgrade again.

Slots: the one the credential opened is made anew (AF-split); another format 1
passphrase or recovery slot is carried over as it was (its secret was not typed, so it
cannot be made anew; ``passwd`` or ``recovery regenerate`` replace it); the escrow slot
is made anew for the same recipient (that needs no secret).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from pathlib import Path

from vault.core import bindings, custody, store
from vault.core.crashpoints import crash_point
from vault.core.errors import HeaderTampered, RolledBack, StorageError
from vault.core.format1 import HEADER_NAME, V1Header, read_header, remove_header, unwrap
from vault.core.freshness import recorded_state
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import Bank, create_slots_file, read_slots
from vault.core.kdf import Argon2Params, fast_kdf_requested
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    PASSPHRASE,
    RECOVERY,
    SLOT_TYPES,
    KeySlot,
    carry_format1_slot,
    empty_area,
    make_escrow_slot,
    make_passphrase_slot,
    make_recovery_slot,
)
from vault.core.progress import Work
from vault.core.state import SlotRecord, VaultState, write_records
from vault.core.unlock import Credential
from vault.core.vault import _take_lock

# What the state records for a slot an erase of format 1 destroyed: no digest matches it,
# so the vault opens as erased (nothing removed at open; passwd makes a recovery code).
ERASED_MARK = "erased-in-format-1"


def upgrade_format1(path: Path, credential: Credential, work: Work) -> str:
    """Migrate the format 1 vault at ``path`` to format 2; return a sentence to show once
    (where the verified backup is, and what to do with it).

    Refuses, changing nothing: a wrong secret, a header that fails its MAC, a database
    older than the header (RolledBack), no room or no permission for the backup beside
    the vault (StorageError).
    """
    path = Path(path)
    read_header(path)
    work.phase("Unlocking")
    lock_fd = _take_lock(path)
    try:
        header = read_header(path)
        master = unwrap(header, credential.kind, credential.secret)
        work.check()
        keys = VaultKeys.derive(master, header.vault_id)
        header.verify_mac(keys.header_mac)
        conn = store.connect(path / store.DB_NAME, keys)
        try:
            _check_counter(conn, header)
            checked = _check_bindings(conn, header, master)
            work.phase("Upgrading the vault format")
            backup = _verified_backup(path, conn)
            crash_point("upgrade: backup made")
            store.migrate(conn)
            last = conn.execute("SELECT action FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
            if last is None or last[0] != "format-upgrade":  # an upgrade cut short: logged once
                _log_upgrade(conn, keys, header, checked)
            crash_point("upgrade: database migrated")
            carried = _write_format2(path, header, master, keys, credential, conn)
        finally:
            conn.close()
        remove_header(path)
    finally:
        os.close(lock_fd)
    said = (
        f"This vault was upgraded to format 2. A verified copy of it as it was is in "
        f"{backup}: it holds the old key slots, so destroy it securely once you have "
        "checked that the vault opens."
    )
    if carried:
        said += (
            f" The {' and '.join(carried)} slot was kept as format 1 made it (not split): "
            "make it anew (passwd, recovery regenerate) for erase to destroy it fully."
        )
    return said


def _log_upgrade(
    conn: store.Connection,
    keys: VaultKeys,
    header: V1Header,
    checked: tuple[bindings.State, bindings.State] | None,
) -> None:
    with store.transaction(conn):
        base = custody.head(conn)[0]
        conn.execute("UPDATE vault_state SET txn_base = ?", (base,))
        custody.append(
            conn,
            keys.custody_mac,
            _operator(conn),
            "format-upgrade",
            "vault",
            header.vault_id,
            {"from": 1, "to": 2, "erased": header.erased},
        )
        if checked is not None:
            # An upgrade cut short after this commit starts again from the same header,
            # one event behind: the record says the event changed no bound table.
            bindings.store_record(conn, custody.head(conn), *checked)


def _operator(conn: store.Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'operator'").fetchone()
    return "operator" if row is None else str(row[0])


def _check_counter(conn: store.Connection, header: V1Header) -> None:
    """Format 1's rollback check, before anything is written."""
    db_head = custody.head(conn)[0]
    txn_base = int(conn.execute("SELECT txn_base FROM vault_state").fetchone()[0])
    if db_head == header.counter or (db_head > header.counter == txn_base):
        return
    if db_head < header.counter:
        raise RolledBack(
            f"The vault database is older than its header (database at event {db_head}, "
            f"header at {header.counter}): an old copy of the database was put back. "
            "Nothing was changed."
        )
    raise HeaderTampered(
        f"The vault header is older than its database (header at event {header.counter}, "
        f"database at {db_head}): an old copy of the header was put back. Nothing was changed."
    )


def _check_bindings(
    conn: store.Connection, header: V1Header, master: bytes
) -> tuple[bindings.State, bindings.State] | None:
    """For a format 1 header that kept table bindings: refuse (IntegrityError naming the
    tables) a table rolled back or spliced, as open of format 1 did; return (the header's
    bindings, those the tables match).  None for a header from before bindings."""
    if header.bindings is None:
        return None
    key = bindings.binding_key(master, header.vault_id)
    state = bindings.unseal(header.bindings, master, header.vault_id)
    repaired = custody.head(conn)[0] != header.counter
    record = bindings.stored_record(conn)
    return state, recorded_state(conn, key, state, record, repaired)


def _backup_folder(path: Path) -> Path:
    base = path.parent / f"{path.name}.format1-backup"
    candidate, number = base, 1
    while candidate.exists():
        number += 1
        candidate = base.with_name(f"{base.name}-{number}")
    return candidate


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _verified_backup(path: Path, conn: store.Connection) -> Path:
    """Copy the header, database and blobs (encrypted, as they are) to a new folder
    beside the vault, fsync, and compare every copy's SHA-256 with its source."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise StorageError("The vault database is busy; the format upgrade did not start.")
    target = _backup_folder(path)
    partial = target.with_name(f".{target.name}.partial")
    files = [path / HEADER_NAME, path / store.DB_NAME]
    blobs = path / "blobs"
    if blobs.is_dir():
        files += sorted(p for p in blobs.rglob("*") if p.is_file())
    try:
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir(mode=0o700)
        for source in files:
            copy = partial / source.relative_to(path)
            copy.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with open(source, "rb") as src, open(copy, "xb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            if _sha256(copy) != _sha256(source):
                raise StorageError(
                    f"The backup copy of {source.name} does not match the original; the "
                    "format upgrade did not start."
                )
        for folder in sorted({p.parent for p in partial.rglob("*")}, reverse=True):
            fsync_directory(folder)
        os.replace(partial, target)
        fsync_directory(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(partial)
        raise storage_error(exc, "upgrade backup") from exc
    return target


def _v1_carried(header: V1Header, slot_type: str) -> KeySlot | None:
    slot = header.slot(slot_type)
    if slot is None:
        return None
    try:
        return carry_format1_slot(
            slot_type,
            slot.slot_id,
            Argon2Params.from_json(slot.body["kdf"]),
            bytes.fromhex(slot.body["nonce"]),
            bytes.fromhex(slot.body["wrapped"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderTampered("The vault header has a malformed key slot.") from exc


def _write_format2(
    path: Path,
    header: V1Header,
    master: bytes,
    keys: VaultKeys,
    credential: Credential,
    conn: store.Connection,
) -> list[str]:
    """Write vault.keys and vault.state; return the slot types carried over as they were."""
    vault_id = header.vault_id
    slots: dict[str, KeySlot | None] = {}
    carried = []
    for slot_type in (PASSPHRASE, RECOVERY):
        if credential.kind == slot_type:  # "passphrase" or "recovery": its secret was typed
            if slot_type == PASSPHRASE:
                slots[slot_type] = make_passphrase_slot(master, credential.secret, vault_id, 0)
            else:
                slots[slot_type] = make_recovery_slot(master, credential.secret, vault_id, 0)
        else:
            slots[slot_type] = _v1_carried(header, slot_type)
            if slots[slot_type] is not None:
                carried.append("passphrase" if slot_type == PASSPHRASE else "recovery code")
    escrow = header.slot(ESCROW)
    recipient = str(escrow.body["recipient"]) if escrow is not None else None
    slots[ESCROW] = make_escrow_slot(master, recipient, vault_id, 0) if recipient else None
    areas = {t: empty_area() if slots[t] is None else slots[t].to_area() for t in SLOT_TYPES}  # type: ignore[union-attr]
    create_slots_file(path, vault_id, 0, areas)
    crash_point("upgrade: key file written")
    bank: Bank = read_slots(path).current()
    digests = bank.digests()
    record_slots = {}
    for slot_type in SLOT_TYPES:
        if slots[slot_type] is not None:
            record_slots[slot_type] = digests[slot_type]
        elif header.erased and slot_type != ESCROW:
            record_slots[slot_type] = ERASED_MARK
        else:
            record_slots[slot_type] = ""
    kdf_mode = header.kdf_mode
    if credential.kind == "passphrase":  # the passphrase slot was made with today's costs
        kdf_mode = "fast-test-only" if fast_kdf_requested() else "calibrated"
    seq, row_hash = custody.head(conn)
    tables = bindings.compute_state(conn, bindings.binding_key(master, vault_id))
    state = VaultState(
        vault_id,
        0,
        seq,
        row_hash.hex(),
        SlotRecord(1, record_slots, recipient, kdf_mode),
        bindings=bindings.to_bindings(tables),
    )
    write_records(path, [state.seal(keys.state)])
    return carried
