"""``rekey``: a new master key for a vault, so a key slot, passphrase or recovery code
seized earlier (with any old disk image) no longer opens what the vault holds now.

What changes: the database is re-encrypted under keys of the new master key (SQLCipher
``PRAGMA rekey``); every attachment's per-intake key is wrapped again under the new
wrapping key, as a new row of ``attachment_keys`` (the intake row stays as it was:
originals are immutable); custody events from now on are MACed under the new epoch's key,
the ended epoch's key kept inside the database to verify the rows it MACed; the key file
gets a new passphrase slot (same or new passphrase), a new recovery slot (a new code,
shown once) and, if the vault had one, a new escrow slot for the same recipient.  Blobs
are not re-encrypted: their keys never left the database.  The table bindings
(vault/core/bindings.py) are keyed by a key of the master key, so they are computed
afresh under the new one, after every row of the copy was checked against the old ones
(a table spliced while the vault was open is refused, not blessed by the new key).

Crash safety.  The database is re-encrypted in a copy, ``.vault.db.rekey``; the switch is
one rename.  Before it, the new slots are committed in the key file's other bank and the
state file holds two records, one under each master key.  A kill at any point leaves a
vault that opens with its passphrase: before the rename, under the old keys (the newer
bank opens nothing the database is under, and is destroyed at the next open, as is the
copy); after it, under the new ones (the next open finishes the rest and says that the
new recovery code was never shown).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import replace
from pathlib import Path

from vault.core import bindings, custody, store
from vault.core.blobstore import BlobStore
from vault.core.connections import running_message
from vault.core.crashpoints import crash_point
from vault.core.errors import StorageError, VaultBusy, VaultError
from vault.core.fsutil import fsync_directory, storage_error
from vault.core.header import Bank, commit_bank, read_slots, retire_bank
from vault.core.key_epochs import wrapped_attachment_key
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    PASSPHRASE,
    RECOVERY,
    SLOT_TYPES,
    empty_area,
    make_escrow_slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_recovery_code,
)
from vault.core.state import SlotRecord, VaultState, write_records
from vault.core.vault import REKEY_COPY, Vault, check_new_passphrase
from vault.core.vault_slots import kdf_mode, slot_digests

OVERWRITE_CHUNK = 1 << 20


def rekey_vault(vault: Vault, passphrase: str) -> str:
    """Give ``vault`` a new master key; its passphrase slot opens with ``passphrase``
    (the current one, or a new one).  Returns the new recovery code, to show once: the
    old code, old slots and old disk images no longer open what the vault holds now.

    Refuses (VaultBusy, nothing changed) while another job of this process uses the
    vault or another connection reads it; refuses (VaultError) when the key slots were
    changed or erased while the vault was open.  Blobs keep their ciphertext.
    """
    check_new_passphrase(passphrase)
    connections = vault._connections
    jobs = connections.jobs_elsewhere()
    if jobs:
        raise VaultBusy(running_message(jobs))
    with connections.writing(vault.write_wait):
        vault.require_slots_unchanged()
        busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise VaultBusy(
                "The vault database is being read by another part of the program; close "
                "other windows and try the rekey again. Nothing was changed."
            )
        master = os.urandom(32)
        new_keys = VaultKeys.derive(master, vault.vault_id)
        epoch = vault.epoch + 1
        code = new_recovery_code()
        areas, live = _new_areas(vault, master, passphrase, code, epoch)
        crash_point("rekey: new slots made")
        copy = vault.path / REKEY_COPY
        _copy_database(vault.path / store.DB_NAME, copy)
        crash_point("rekey: database copied")
        new_state = _rekey_copy(vault, copy, new_keys, epoch)
        crash_point("rekey: copy re-encrypted and synced")

        slots = read_slots(vault.path)
        target = 1 - vault.bank.index
        generation = max(bank.generation for bank in slots.banks) + 1
        commit_bank(vault.path, target, generation, epoch, areas)
        new_bank = Bank(target, generation, epoch, tuple(areas[t] for t in SLOT_TYPES))
        record = SlotRecord(
            generation, slot_digests(new_bank, live), vault.escrow_recipient, kdf_mode()
        )
        new_state = replace(new_state, epoch=epoch, keys=record, previous=None)
        vault._require_state_unchanged()
        both = [vault.state.seal(vault.keys.state), new_state.seal(new_keys.state)]
        write_records(vault.path, both)
        vault._state_bytes = b"".join(both)
        crash_point("rekey: both states sealed")

        connections.close_all()
        crash_point("rekey: connections closed")
        _switch_database(vault.path, copy)
        old_index = vault.bank.index
        retire_bank(vault.path, old_index)
        crash_point("rekey: old slots destroyed")
        conn = store.connect(vault.path / store.DB_NAME, new_keys)
        vault._adopt_keys(new_keys, new_bank, new_state, conn)
        crash_point("rekey: reopened under the new key")
        vault._write_state(replace(new_state, rekey_pending=False))
    return code


def _new_areas(
    vault: Vault, master: bytes, passphrase: str, code: str, epoch: int
) -> tuple[dict[str, bytes], set[str]]:
    vault_id = vault.vault_id
    areas = {
        PASSPHRASE: make_passphrase_slot(master, passphrase, vault_id, epoch).to_area(),
        RECOVERY: make_recovery_slot(master, code, vault_id, epoch).to_area(),
        ESCROW: empty_area(),
    }
    live = {PASSPHRASE, RECOVERY}
    recipient = vault.escrow_recipient
    if recipient:
        areas[ESCROW] = make_escrow_slot(master, recipient, vault_id, epoch).to_area()
        live.add(ESCROW)
    return areas, live


def _copy_database(source: Path, target: Path) -> None:
    """A byte copy of the (checkpointed) database, fsynced; a stale copy removed first."""
    try:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, OVERWRITE_CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise storage_error(exc, "rekey") from exc


def _rekey_copy(vault: Vault, copy: Path, new_keys: VaultKeys, epoch: int) -> VaultState:
    """In the copy, under the old key: rewrap every attachment key for ``epoch``, note
    the epochs and log the rekey; check every bound row against the old bindings and
    compute them under the new key; then ``PRAGMA rekey`` it to the new key.  Returns the
    state the copy is in (counter and head after the rekey event, the new bindings)."""
    conn = store.connect(copy, vault.keys)
    try:
        with store.transaction(conn):
            base = custody.head(conn)[0]
            conn.execute("UPDATE vault_state SET txn_base = ?", (base,))
            rewrapped = _rewrap_attachment_keys(conn, vault, new_keys, epoch)
            crash_point("rekey: attachment keys rewrapped (uncommitted)")
            seq = custody.append(
                conn,
                vault.keys.custody_mac,
                vault.operator,
                "rekey",
                "vault",
                vault.vault_id,
                {
                    "epoch": epoch,
                    "attachment_keys": rewrapped,
                    "escrow": bool(vault.escrow_recipient),
                },
            )
            crash_point("rekey: event logged in the copy (uncommitted)")
            row = conn.execute(
                "SELECT first_seq FROM key_epochs WHERE epoch = ?", (vault.epoch,)
            ).fetchone()
            first = 1 if row is None else int(row[0])
            conn.execute(
                "INSERT INTO key_epochs (epoch, first_seq, custody_mac) VALUES (?, ?, ?) "
                "ON CONFLICT (epoch) DO UPDATE SET custody_mac = excluded.custody_mac",
                (vault.epoch, first, vault.keys.custody_mac),
            )
            conn.execute(
                "INSERT INTO key_epochs (epoch, first_seq, custody_mac) VALUES (?, ?, NULL)",
                (epoch, seq + 1),
            )
        crash_point("rekey: copy updated")
        state = replace(vault._state_after_commit(conn), bindings=_rebound(conn, vault, new_keys))
        conn.execute(f'PRAGMA rekey = "{new_keys.sqlcipher_key_literal()}"')
        crash_point("rekey: copy re-encrypted")
    except store.DatabaseError as exc:
        known = store.database_user_error(exc)
        raise (known or StorageError(f"The rekey failed in the database ({exc}).")) from exc
    finally:
        conn.close()
    try:
        fd = os.open(copy, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, "rekey") from exc
    return state


def _rebound(conn: store.Connection, vault: Vault, new_keys: VaultKeys) -> dict[str, str]:
    """The copy's table bindings under the new master key, once every row was found to
    match the old ones (IntegrityError naming the tables otherwise)."""
    if vault.table_state is not None:
        wrong = bindings.full_mismatches(conn, vault.bind_key, vault.table_state)
        if wrong:
            raise bindings.tampered(wrong)
    new_key = bindings.binding_key(new_keys.master, vault.vault_id)
    return bindings.to_bindings(bindings.compute_state(conn, new_key))


def _rewrap_attachment_keys(
    conn: store.Connection, vault: Vault, new_keys: VaultKeys, epoch: int
) -> int:
    new_blobs = BlobStore(vault.path, vault.vault_id, new_keys.attachment_wrap)
    ids = [row[0] for row in conn.execute("SELECT id FROM attachments ORDER BY id")]
    for attachment_id in ids:
        wrapped = wrapped_attachment_key(conn, attachment_id, vault.epoch)
        # A key record that does not open refuses the whole rekey (IntegrityError naming
        # it): rewrapped over, the attachment would be lost for good.
        key = vault.blobs.unwrap_key(attachment_id, wrapped, f"Attachment {attachment_id}")
        conn.execute(
            "INSERT INTO attachment_keys (attachment_id, epoch, wrapped_key) VALUES (?, ?, ?)",
            (attachment_id, epoch, new_blobs.wrap_key(attachment_id, key)),
        )
    # The ended epoch's wrappings open nothing once its key is gone; secure_delete
    # overwrites them in the copy's pages.
    conn.execute("DELETE FROM attachment_keys WHERE epoch < ?", (epoch,))
    return len(ids)


def _switch_database(vault_dir: Path, copy: Path) -> None:
    """Rename the re-encrypted copy over the database (the commit point), then overwrite
    the old database's blocks through a handle still open on them."""
    db = vault_dir / store.DB_NAME
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if leftover.exists() and leftover.stat().st_size and leftover.name.endswith("-wal"):
            raise VaultError("The vault database still has unsaved pages; the rekey stopped.")
    try:
        old = os.open(db, os.O_RDWR | os.O_NOFOLLOW)
        try:
            os.replace(copy, db)
            fsync_directory(vault_dir)
            crash_point("rekey: database switched")
            size = os.fstat(old).st_size
            for offset in range(0, size, OVERWRITE_CHUNK):
                os.pwrite(old, os.urandom(min(OVERWRITE_CHUNK, size - offset)), offset)
            os.fsync(old)
            crash_point("rekey: old database overwritten")
        finally:
            os.close(old)
    except OSError as exc:
        raise storage_error(exc, "rekey") from exc
