"""The key-slot half of an unlocked vault (a mixin of ``Vault``): which slots it holds,
and every change of them (a new passphrase or recovery code, HQ's escrow slot), each
written as a new bank of the key file and committed in a crash-safe order."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vault.core import custody, store
from vault.core.bindings import State
from vault.core.connections import ThreadConnections
from vault.core.errors import InputError, StateNotUpdated, StorageError, VaultError
from vault.core.header import Bank, SlotsFile, commit_bank, read_slots, retire_bank
from vault.core.kdf import fast_kdf_requested
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    PASSPHRASE,
    RECOVERY,
    SLOT_TYPES,
    KeySlot,
    empty_area,
    make_escrow_slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_recovery_code,
)
from vault.core.state import SlotRecord, VaultState

MIN_PASSPHRASE_CHARS = 8


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to resist guessing."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise InputError(f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.")


def kdf_mode() -> str:
    """How a passphrase slot made now gets its costs: calibrated, or the test-only KDF."""
    return "fast-test-only" if fast_kdf_requested() else "calibrated"


def slot_digests(bank: Bank, live: set[str]) -> dict[str, str]:
    """What the state records of a bank: each live area's SHA-256, "" for the others."""
    digests = bank.digests()
    return {t: digests[t] if t in live else "" for t in SLOT_TYPES}


@dataclass(frozen=True)
class SlotChange:
    """A change of the key file: the new slot of each type changed (None: removed);
    types not named keep their slot."""

    slots: dict[str, KeySlot | None]
    escrow_recipient: str | None
    kdf_mode: str


class KeySlots:
    """Slot reading and changing, for ``Vault`` (which provides what is declared here)."""

    path: Path
    vault_id: str
    bank: Bank
    state: VaultState
    keys: VaultKeys
    destroyed_slots: frozenset[str]
    write_wait: float
    _connections: ThreadConnections

    @property
    def epoch(self) -> int:
        """The key epoch: 0 until the first ``rekey``, then one more with each."""
        return self.bank.epoch

    @property
    def conn(self) -> store.Connection:  # Vault's
        raise NotImplementedError

    def record(  # Vault's
        self, action: str, object_type: str, object_id: str, details: dict[str, Any] | None = None
    ) -> int:
        raise NotImplementedError

    def _state_after_commit(self, conn: store.Connection) -> VaultState:  # Vault's
        raise NotImplementedError

    def _write_state(self, state: VaultState, extra: tuple[bytes, ...] = ()) -> None:  # Vault's
        raise NotImplementedError

    def _settle_bindings(self, conn: store.Connection) -> State | None:  # Vault's
        raise NotImplementedError

    def _take_bindings(self, settled: State | None) -> bool:  # Vault's
        raise NotImplementedError

    # ---- key slots ------------------------------------------------------------------

    def require_slots_unchanged(self) -> SlotsFile:
        """The key file as on disk, refused (VaultError) when its bank in use differs
        from the one this vault opened: erased or changed meanwhile (erase needs no
        lock).  Writing slots over it would bring destroyed slots back."""
        on_disk = read_slots(self.path)
        if on_disk.banks[self.bank.index] != self.bank or on_disk.current() != self.bank:
            raise VaultError(
                "The key slots of this vault were changed or erased while it was open; "
                "they were not rewritten. Close the vault now."
            )
        return on_disk

    def live_slot_types(self) -> list[str]:
        """The slot types this vault holds now (not those an erase destroyed)."""
        return [
            slot_type
            for slot_type in SLOT_TYPES
            if self.state.keys.slots.get(slot_type) and slot_type not in self.destroyed_slots
        ]

    def live_slots(self) -> list[KeySlot]:
        """The slots this vault holds now."""
        return [self.bank.slot(slot_type) for slot_type in self.live_slot_types()]

    def slots_of(self, slot_type: str) -> list[KeySlot]:
        """The live slots of one type (none or one)."""
        return [slot for slot in self.live_slots() if slot.slot_type == slot_type]

    @property
    def escrow_recipient(self) -> str | None:
        """HQ's age recipient of the escrow slot, if there is one."""
        return self.state.keys.escrow_recipient if self.slots_of(ESCROW) else None

    def change_passphrase(self, new_passphrase: str) -> str | None:
        """Make a new passphrase slot (other slots kept) and log it; the old passphrase
        slot is overwritten in place.

        On a vault that was erased (reopened with its escrow identity), this also makes a
        new recovery slot and returns the new recovery code to show once; otherwise None.
        """
        check_new_passphrase(new_passphrase)
        master, vault_id = self.keys.master, self.vault_id
        new: dict[str, KeySlot | None] = {
            PASSPHRASE: make_passphrase_slot(master, new_passphrase, vault_id, self.epoch)
        }
        code = None
        if RECOVERY in self.destroyed_slots or not self.slots_of(RECOVERY):
            code = new_recovery_code()
            new[RECOVERY] = make_recovery_slot(master, code, vault_id, self.epoch)
        slot = new[PASSPHRASE]
        assert slot is not None
        self._change_slots(
            SlotChange(new, self.escrow_recipient, kdf_mode()),
            "passphrase-change",
            {"slot_id": slot.slot_id, "new_recovery_code": code is not None},
        )
        return code

    def regenerate_recovery_code(self) -> str:
        """Make a new recovery slot and return its code (to show once); the old recovery
        slot is overwritten in place, so the old code stops opening this vault."""
        code = new_recovery_code()
        slot = make_recovery_slot(self.keys.master, code, self.vault_id, self.epoch)
        self._change_slots(
            SlotChange({RECOVERY: slot}, self.escrow_recipient, self.state.keys.kdf_mode),
            "slot-change",
            {"replaced": "recovery", "slot_id": slot.slot_id},
        )
        return code

    def add_escrow(self, recipient: str) -> KeySlot:
        """Add (or replace) the organization escrow slot for an age X25519 recipient."""
        slot = make_escrow_slot(self.keys.master, recipient, self.vault_id, self.epoch)
        recipient = recipient.strip()
        details = {"added": "escrow", "slot_id": slot.slot_id, "recipient": recipient}
        if self.slots_of(ESCROW):
            details["replaced"] = "escrow"
        self._change_slots(
            SlotChange({ESCROW: slot}, recipient, self.state.keys.kdf_mode), "slot-change", details
        )
        return slot

    def remove_escrow(self) -> None:
        """Remove the escrow slot (overwritten in place); refuses when there is none."""
        if not self.slots_of(ESCROW):
            raise InputError("This vault has no escrow slot to remove.")
        self._change_slots(
            SlotChange({ESCROW: None}, None, self.state.keys.kdf_mode),
            "slot-change",
            {"removed": "escrow"},
        )

    def _change_slots(self, change: SlotChange, action: str, details: dict[str, Any]) -> None:
        # Order, each step durable before the next: (1) the custody event commits; (2) the
        # state is sealed with the new bank's digests, the current bank's kept as
        # "previous"; (3) the new bank is written into the other half of the key file and
        # committed by its generation; (4) the old bank is overwritten in place; (5) the
        # state drops "previous".  A crash before (3) leaves the old slots (the custody log
        # shows a change that did not take: run it again); after (3), the new ones; the
        # next open finishes (4) and (5).
        with self._connections.writing(self.write_wait):
            on_disk = self.require_slots_unchanged()
            areas: dict[str, bytes] = {}
            for slot_type in SLOT_TYPES:
                if slot_type not in change.slots:
                    areas[slot_type] = self.bank.area(slot_type)
                    continue
                slot = change.slots[slot_type]
                areas[slot_type] = empty_area() if slot is None else slot.to_area()
            kept = set(self.live_slot_types()) - set(change.slots)
            live = kept | {t for t, slot in change.slots.items() if slot is not None}
            target = 1 - self.bank.index
            generation = max(bank.generation for bank in on_disk.banks) + 1
            new_bank = Bank(target, generation, self.epoch, tuple(areas[t] for t in SLOT_TYPES))
            record = SlotRecord(
                generation, slot_digests(new_bank, live), change.escrow_recipient, change.kdf_mode
            )
            with store.transaction(self.conn) as conn:
                base = custody.head(conn)[0]
                conn.execute("UPDATE vault_state SET txn_base = ?", (base,))
                self.record(action, "vault", self.vault_id, details)
                # The database's record of this commit, which a crash repair at open needs.
                settled = self._settle_bindings(conn)
            self._take_bindings(settled)
            try:
                after = self._state_after_commit(self.conn)
                self._write_state(replace(after, keys=record, previous=self.state.keys))
                commit_bank(self.path, target, generation, self.epoch, areas)
            except StorageError as exc:
                raise StorageError(
                    "The disk refused to write the key slots (is it full?): they were not "
                    "changed; the vault still opens as before."
                ) from exc
            old_index = self.bank.index
            self.bank = new_bank
            self.destroyed_slots = frozenset()
            try:
                retire_bank(self.path, old_index)
                self._write_state(replace(self.state, previous=None))
            except StorageError as exc:
                # The new slots are in force from (3) on: "not changed" would be a lie.
                raise StateNotUpdated(
                    "The key slots were changed, but the disk refused to finish tidying "
                    "them (is it full?); the next open finishes it. Do not repeat the change."
                ) from exc
