"""Key flows: create a vault (with its recovery code), set a new passphrase, add or remove
HQ's escrow slot, erase the key slots.  Shells ask for secrets and confirmations; what is
changed, and the sentences that say what it means, are decided here."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vault.app.i18n import translate
from vault.core import format1
from vault.core.erase import erase_vault
from vault.core.errors import HeaderTampered, NotAVault, UnsupportedFormat, WrongPassphrase
from vault.core.header import read_slots
from vault.core.keyslots import ESCROW, PASSPHRASE, has_escrow, unwrap_with_passphrase
from vault.core.rekey import rekey_vault
from vault.core.vault import Vault, check_new_passphrase
from vault.export.signers import vault_signing_key

__all__ = [
    "CreatedVault",
    "EraseOutcome",
    "EscrowChange",
    "add_escrow",
    "change_passphrase",
    "check_new_passphrase",
    "confirm_passphrase",
    "create_vault",
    "erase",
    "erase_limits",
    "escrow_recipient",
    "has_escrow_slot",
    "regenerate_recovery_code",
    "rekey",
    "remove_escrow",
]


@dataclass(frozen=True)
class CreatedVault:
    """A new vault, closed again: where, whose, and the recovery code to show once."""

    path: Path
    operator: str
    recovery_code: str
    signer_fingerprint: str  # of the signing key made with it (not a secret)

    def __repr__(self) -> str:
        return f"CreatedVault({self.path}, recovery code <redacted>)"


def create_vault(vault_dir: Path, passphrase: str, operator: str) -> CreatedVault:
    """Create a vault in ``vault_dir`` (absent or empty), make its signing key (so its
    fingerprint can be read out to recipients before any export) and close it.  Refuses
    a short passphrase, a bad operator name, or a folder that is not empty."""
    vault, code = Vault.create(vault_dir, passphrase, operator)
    with vault:
        key = vault_signing_key(vault)
        return CreatedVault(vault.path, vault.operator, code, key.public_key.fingerprint)


def confirm_passphrase(vault: Vault, passphrase: str) -> None:
    """Refuse (WrongPassphrase) a ``passphrase`` that does not open the passphrase slot of
    the unlocked ``vault``: a window asks for the current one before changing it, so a
    vault left unlocked on a desk cannot be given a passphrase its owner does not know.
    Runs the key derivation (slow: off the GUI thread)."""
    slots = vault.slots_of(PASSPHRASE)
    master = (
        unwrap_with_passphrase(slots[0], passphrase, vault.vault_id, vault.epoch) if slots else None
    )
    if master is None or not hmac.compare_digest(master, vault.keys.master):
        raise WrongPassphrase("Wrong current passphrase; nothing was changed.")


def change_passphrase(
    vault: Vault, new_passphrase: Callable[[], str], *, rekey: bool = False
) -> str | None:
    """Make a new passphrase slot for an unlocked ``vault`` with the passphrase
    ``new_passphrase()`` gives (asked only now, once the old secret has opened the vault).

    With ``rekey`` (the old passphrase may be known to someone else), the vault also gets
    a new master key (``rekey_vault``) and a new recovery code, returned to show once.
    Without it, returns a new recovery code only when the vault had lost its slots
    (reopened with HQ's escrow identity after an erase); otherwise None.  Backups, and
    any copy of the key file a disk kept, open with the old passphrase until a rekey.
    """
    if rekey:
        return rekey_vault(vault, new_passphrase())
    return vault.change_passphrase(new_passphrase())


def rekey(vault: Vault, passphrase: str) -> str:
    """A new master key for ``vault`` (its passphrase slot opening with ``passphrase``),
    a new recovery code (returned, to show once) and the escrow slot made anew: old key
    slots, recovery codes and disk images no longer open what the vault holds now."""
    return rekey_vault(vault, passphrase)


def regenerate_recovery_code(vault: Vault) -> str:
    """A new recovery code (returned, to show once); the old one stops opening this
    vault (its slot is overwritten in place)."""
    return vault.regenerate_recovery_code()


@dataclass(frozen=True)
class EscrowChange:
    """The escrow slot now held, and the recipient it replaced (None: none before)."""

    recipient: str
    replaced: str | None


def add_escrow(vault: Vault, recipient: str) -> EscrowChange:
    """Encrypt the master key to HQ's age ``recipient``; a vault keeps one escrow slot, so
    an earlier one is replaced (and named in the result).  Refuses what is not an age
    X25519 recipient."""
    old = vault.escrow_recipient
    vault.add_escrow(recipient)
    return EscrowChange(recipient.strip(), old)


def escrow_recipient(vault: Vault) -> str | None:
    """HQ's age recipient of the unlocked ``vault``'s escrow slot (None: no slot)."""
    return vault.escrow_recipient


def remove_escrow(vault: Vault) -> None:
    """Remove the escrow slot; refuses when there is none."""
    vault.remove_escrow()


def has_escrow_slot(vault_dir: Path) -> bool:
    """Whether the key file holds an escrow slot (for the confirmation before erasing);
    an unreadable one has none that could be kept."""
    try:
        if format1.is_format1(vault_dir):
            return format1.read_header(vault_dir).slot(ESCROW) is not None
        return any(has_escrow(bank.area(ESCROW)) for bank in read_slots(vault_dir).live_banks())
    except (HeaderTampered, UnsupportedFormat, NotAVault):
        return False


@dataclass(frozen=True)
class EraseOutcome:
    """What ``erase`` did, as sentences any shell shows in order (the last: its limits)."""

    slots_destroyed: int  # -1: the key file was unreadable and overwritten whole
    escrow_kept: bool
    open_elsewhere: bool
    sentences: tuple[str, ...]


def erase_limits() -> str:
    """What erasing cannot reach (SSD wear levelling, copy-on-write and snapshots, format
    1's old header copies, backups), in the current language: the closing note of
    ``erase``, said by the window and the command line alike."""
    return translate(
        "What erase does not reach: the key slots were overwritten in place, in the only "
        "file that ever held them, but an SSD (wear levelling) and copy-on-write file "
        "systems or snapshots (btrfs, ZFS, APFS, Time Machine) may still keep earlier "
        "copies of that file's blocks; such a copy opens with the passphrase or recovery "
        "code in force when it was written, until a rekey (made before the erase) replaced "
        "the key it holds. A vault of format 1 also left old header copies in free space. "
        "Any backup of this vault holds key slots too: destroy backups separately."
    )


def erase(vault_dir: Path, keep_escrow: bool) -> EraseOutcome:
    """Destroy the key slots of ``vault_dir`` (keeping the escrow slot if asked and there
    is one).  Needs no passphrase: it is meant for when one cannot be typed safely.  The
    shell asks for confirmation first; nothing here asks."""
    result = erase_vault(vault_dir, keep_escrow)
    said: list[str] = []
    if result.slots_destroyed < 0:
        said.append(
            translate(
                "Erased: the key file could not be read, so it was overwritten whole; nothing "
                "in the vault can be decrypted any more (no escrow slot could be kept)."
            )
        )
    else:
        said.append(
            translate(
                "Erased: {count} key slot(s) overwritten in place; the vault can no longer be "
                "opened with a passphrase or recovery code (it answers 'Wrong passphrase': "
                "nothing in its files says it was erased)."
            ).format(count=result.slots_destroyed)
        )
    if result.escrow_kept:
        said.append(
            translate("The escrow slot was kept: HQ's age identity can still open this vault.")
        )
    elif keep_escrow:
        said.append(translate("There was no escrow slot to keep."))
    if result.open_elsewhere:
        said.append(
            translate(
                "The vault is open in another window or program: close it now; until then its "
                "keys are in that program's memory."
            )
        )
    for copy in result.unreached:
        said.append(
            translate(
                "Not reached: {path} is a partial copy of this vault left by a backup cut "
                "short; it holds key slots that open with the old secrets. Destroy it."
            ).format(path=copy)
        )
    said.append(erase_limits())
    return EraseOutcome(
        result.slots_destroyed, result.escrow_kept, result.open_elsewhere, tuple(said)
    )
