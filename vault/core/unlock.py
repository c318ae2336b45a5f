"""Unlocking a format 2 vault: which bank of the key file the credential opens, whether
the database is under that bank's master key, and the sealed state that goes with it.

Normally one bank is live and this costs one key derivation.  Two banks are live only
after a slot change or a ``rekey`` was cut short; then the newer bank is tried first and
kept if its master key opens the database, else the older one (the rekey did not reach
its commit point).  The database says which key it is under without being opened: its
first 16 bytes are the salt derived from the master key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vault.core import store
from vault.core.errors import HeaderTampered, IntegrityError, KdfRefused, WrongPassphrase
from vault.core.header import Bank, SlotsFile
from vault.core.keys import VaultKeys
from vault.core.keyslots import (
    ESCROW,
    PASSPHRASE,
    RECOVERY,
    has_escrow,
    load_age_identities,
    normalize_recovery_code,
    unwrap_with_identities,
    unwrap_with_passphrase,
    unwrap_with_recovery_code,
)
from vault.core.state import VaultState, open_record, read_records


@dataclass(frozen=True, repr=False)
class Credential:
    """How the user proves they may open the vault: a passphrase, a recovery code, or the
    path of an age identity file that opens the escrow slot."""

    kind: str  # "passphrase" | "recovery" | "identity" | "master" (internal only)
    secret: str

    @classmethod
    def passphrase(cls, value: str) -> Credential:
        """A passphrase credential."""
        return cls("passphrase", value)

    @classmethod
    def recovery_code(cls, value: str) -> Credential:
        """A recovery-code credential."""
        return cls("recovery", value)

    @classmethod
    def identity_file(cls, path: str) -> Credential:
        """An age identity file for the escrow slot."""
        return cls("identity", path)

    def __repr__(self) -> str:
        return f"Credential({self.kind}, <redacted>)"


@dataclass(frozen=True, repr=False)
class Unlocked:
    """The bank a credential opened, its keys, and the state sealed under them."""

    bank: Bank
    keys: VaultKeys
    state: VaultState
    state_bytes: bytes  # the state file as read, to notice another writer


def _try_bank(bank: Bank, credential: Credential, vault_id: str, identities: list) -> bytes | None:  # type: ignore[type-arg]
    if credential.kind == "passphrase":
        return unwrap_with_passphrase(
            bank.slot(PASSPHRASE), credential.secret, vault_id, bank.epoch
        )
    if credential.kind == "recovery":
        return unwrap_with_recovery_code(
            bank.slot(RECOVERY), credential.secret, vault_id, bank.epoch
        )
    if credential.kind == "identity":
        return unwrap_with_identities(bank.slot(ESCROW), identities, vault_id, bank.epoch)
    if credential.kind == "master":  # internal: a copy this process just made
        return bytes.fromhex(credential.secret)
    raise ValueError(f"unknown credential kind {credential.kind!r}")


def database_salt(vault_dir: Path) -> bytes | None:
    """The first 16 bytes of the database file (SQLCipher's salt), None if it is empty."""
    try:
        with open(Path(vault_dir) / store.DB_NAME, "rb") as handle:
            salt = handle.read(16)
    except FileNotFoundError:
        return None
    return salt if len(salt) == 16 else None


def _opens(vault_dir: Path, keys: VaultKeys) -> bool:
    """Whether the database decrypts under ``keys`` although its salt bytes differ (a
    damaged first page: the raw key carries its own salt, so the data stay readable)."""
    try:
        conn = store.connect(Path(vault_dir) / store.DB_NAME, keys)
    except (IntegrityError, store.DatabaseError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except store.DatabaseError:
        return False
    finally:
        conn.close()


def unlock(vault_dir: Path, slots: SlotsFile, credential: Credential) -> Unlocked:
    """Open the newest bank the credential opens whose master key the database is under.

    Refuses: WrongPassphrase (no bank opens), KdfRefused (the newest bank's costs are
    above the caps: never run), IntegrityError (a bank opens but the database is under
    another key), HeaderTampered (no state record opens under the key).
    """
    identities = load_age_identities(credential.secret) if credential.kind == "identity" else []
    if credential.kind == "recovery":
        normalize_recovery_code(credential.secret)  # not a code at all: said before any KDF
    salt = database_salt(vault_dir)
    opened_elsewhere = False
    live = slots.live_banks()
    for position, bank in enumerate(live):
        try:
            master = _try_bank(bank, credential, slots.vault_id, identities)
        except KdfRefused:
            if position == 0:
                raise
            continue  # an older bank left half-overwritten by a change cut short
        if master is None:
            continue
        keys = VaultKeys.derive(master, slots.vault_id)
        if salt is not None and salt != keys.database_salt and not _opens(vault_dir, keys):
            opened_elsewhere = True
            continue
        state, raw = read_state(vault_dir, keys, slots.vault_id)
        return Unlocked(bank, keys, state, raw)
    if opened_elsewhere:
        raise IntegrityError(
            "The vault database cannot be decrypted with the key this secret opens: it is "
            "damaged, belongs to another vault, or was put back from before a rekey."
        )
    if credential.kind == "identity":
        if not any(has_escrow(bank.area(ESCROW)) for bank in live):
            raise WrongPassphrase("This vault has no escrow slot.")
        raise WrongPassphrase("That age identity does not open this vault's escrow slot.")
    if credential.kind == "recovery":
        raise WrongPassphrase("Wrong recovery code.")
    raise WrongPassphrase("Wrong passphrase.")


def read_state(vault_dir: Path, keys: VaultKeys, vault_id: str) -> tuple[VaultState, bytes]:
    """The state record sealed under ``keys`` and the file's bytes; HeaderTampered when
    none opens (a state file from another vault or key, or edited)."""
    records = read_records(vault_dir)
    for record in records:
        state = open_record(record, keys.state, vault_id)
        if state is not None:
            return state, b"".join(records)
    raise HeaderTampered(
        "The vault's state file was not sealed by this vault's key: it was replaced or "
        "changed outside the vault. Nothing was changed."
    )
