"""Vault format 2 on disk: the key slots live in ``vault.keys``, a file of fixed size that
ordinary work never writes; the counter lives in ``vault.state``, sealed, with no key
material.  (Format 1 rewrote the whole header, slots included, after every change.)"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.cli.test_cli_vault import NEW_PASSPHRASE, Cli, initialized
from tests.conftest import PASSPHRASE, open_vault
from tests.core.test_escrow_and_slots import make_identity
from vault.core.afsplit import AF_STRIPES, af_merge, af_split
from vault.core.header import FILE_BYTES, KEYS_NAME, read_slots
from vault.core.kdf import argon2id, normalize_passphrase
from vault.core.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from vault.core.keyslots import RECOVERY, KeySlot
from vault.core.state import STATE_NAME
from vault.core.vault import Vault

__all__ = ["initialized"]


def _fingerprint(path: Path) -> tuple[int, int, int, bytes]:
    info = path.stat()
    return info.st_ino, info.st_size, info.st_mtime_ns, path.read_bytes()


def _slot_material(vault_dir: Path) -> list[bytes]:
    """A 64-byte piece out of the middle of each live slot's sealed material: the bytes a
    copy of a slot left anywhere else would contain."""
    bank = read_slots(vault_dir).current()
    return [bank.area(t)[-64_000:-63_936] for t in (PASSPHRASE_SLOT, RECOVERY)]


def test_a_hundred_ordinary_commands_never_write_the_key_file(
    cli: Cli,
    vault_dir: Path,
    initialized: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys_file = vault_dir / KEYS_NAME
    before = _fingerprint(keys_file)
    state_before = (vault_dir / STATE_NAME).read_bytes()
    opened_for_writing: list[str] = []
    real_open = os.open

    def watching_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith(KEYS_NAME) and flags & (os.O_WRONLY | os.O_RDWR):
            opened_for_writing.append(str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", watching_open)
    statement = tmp_path / "statement.txt"
    statement.write_text("I was held for three days at the station.", encoding="utf-8")
    commands = 0
    case = cli("case", "add", "--title", "Station testimonies").out.split()[0]
    commands += 1
    while commands < 100:
        n = commands
        witness = cli(
            "person", "add", "--case", case, "--name", f"Witness {n}", "--role", "witness"
        )
        assert witness.code == 0, witness.err
        person = witness.out.split()[0]
        shared = cli(
            "consent", "set", "--person", person, "--share", "legal", "--anonymity", "required"
        )
        assert shared.code == 0, shared.err
        said = cli(
            "statement", "add", "--case", case, "--witness", person, "--text-file", str(statement)
        )
        assert said.code == 0, said.err
        facility = cli("facility", "add", "--case", case, "--name", f"Station {n}")
        assert facility.code == 0, facility.err
        commands += 4

    assert opened_for_writing == []
    assert _fingerprint(keys_file) == before  # same inode, size, time and bytes
    assert (vault_dir / STATE_NAME).read_bytes() != state_before  # the counter did move
    # No slot copy anywhere else in the vault: not in the state, database or any file.
    pieces = _slot_material(vault_dir)
    for path in vault_dir.rglob("*"):
        if path.is_file() and path.name != KEYS_NAME:
            data = path.read_bytes()
            assert not any(piece in data for piece in pieces), path
    with open_vault(vault_dir) as vault:
        assert vault.state.counter >= 100


def test_passwd_rewrites_the_key_file_in_place_and_leaves_no_old_slot_in_it(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    keys_file = vault_dir / KEYS_NAME
    inode = keys_file.stat().st_ino
    old_pieces = _slot_material(vault_dir)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    changed = cli("passwd", "--new-passphrase-file", str(new_file))
    assert changed.code == 0, changed.err
    assert keys_file.stat().st_ino == inode  # written in place, never replaced
    assert keys_file.stat().st_size == FILE_BYTES
    data = keys_file.read_bytes()
    assert old_pieces[0] not in data  # the old passphrase slot is overwritten
    assert old_pieces[1] in data  # the recovery slot is kept (copied to the new bank)
    slots = read_slots(vault_dir)
    assert [bank.generation for bank in slots.live_banks()] == [2]  # one bank holds slots
    with open_vault(vault_dir, NEW_PASSPHRASE):
        pass
    with pytest.raises(Exception, match="Wrong passphrase"):
        open_vault(vault_dir, PASSPHRASE)


def test_the_state_file_holds_no_key_material_and_nothing_readable(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    assert cli("case", "add", "--title", "Readable nowhere").code == 0
    state = (vault_dir / STATE_NAME).read_bytes()
    assert b"counter" not in state and b"Readable" not in state
    assert len(state) % 512 == 4 + 12 + 16  # one sealed record, padded
    assert not any(piece in state for piece in _slot_material(vault_dir))


def _attacker_reads(slot: KeySlot, slot_key: bytes) -> bytes:
    """What someone holding the passphrase recovers from a slot's sealed bytes without
    the authentication tag: AES-GCM is CTR mode underneath (counter 2 onward for a
    12-byte nonce), so every byte that survived decrypts on its own."""
    ctr = Cipher(algorithms.AES(slot_key), modes.CTR(slot.nonce + (2).to_bytes(4, "big")))
    decryptor = ctr.decryptor()
    return decryptor.update(slot.sealed[:-16]) + decryptor.finalize()


def test_partial_erasure_of_a_slot_destroys_its_key(vault: Vault) -> None:
    # The attacker knows the passphrase and found the slot area on the disk.  With every
    # byte they get the master key back; with one sector of 4 KiB overwritten (the one
    # sector an erase reached on a disk that kept the rest), they get nothing.
    slot = vault.bank.slot(PASSPHRASE_SLOT)
    slot_key = argon2id(normalize_passphrase(PASSPHRASE), slot.params)
    whole = _attacker_reads(slot, slot_key)
    assert af_merge(whole) == vault.keys.master
    for sector in (0, 15, 30):
        start = sector * 4096
        damaged = bytearray(slot.sealed)
        damaged[start : start + 4096] = os.urandom(4096)
        material = _attacker_reads(replace(slot, sealed=bytes(damaged)), slot_key)
        assert af_merge(material) != vault.keys.master
        # Not even close: a different key, not the master with a few bits flipped.
        differing = bytes(a ^ b for a, b in zip(af_merge(material), vault.keys.master, strict=True))
        assert sum(bin(byte).count("1") for byte in differing) > 64


def test_af_split_spreads_the_key_over_the_whole_area() -> None:
    key = os.urandom(32)
    material = af_split(key)
    assert len(material) == AF_STRIPES * 32 and af_merge(material) == key
    assert key not in material
    for stripe in (0, 1, AF_STRIPES // 2, AF_STRIPES - 1):  # every stripe is needed
        changed = bytearray(material)
        changed[stripe * 32] ^= 1
        assert af_merge(bytes(changed)) != key


def test_what_a_disk_image_can_read_without_a_key(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    identity = tmp_path / "hq.txt"
    recipient = make_identity(identity)
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    for n in range(3):
        assert cli("case", "add", "--title", f"Case {n}").code == 0
    readable = (vault_dir / KEYS_NAME).read_bytes() + (vault_dir / STATE_NAME).read_bytes()
    # Not HQ's recipient, not the counter, not what the slots are called.
    for word in (recipient.encode(), b"counter", b"passphrase", b"recovery", b"escrow", b"age1"):
        assert word not in readable, word
    live = read_slots(vault_dir)
    assert cli("erase", "--yes").code == 0
    erased = read_slots(vault_dir)
    # An erased key file parses exactly like a live one: same banks, generations, epochs
    # and costs; only a secret could tell that the slots no longer open.  (The bank that
    # holds nothing is random bytes in both.)
    for before, after in zip(live.banks, erased.banks, strict=True):
        assert (before.generation, before.epoch) == (after.generation, after.epoch)
        if not before.generation:
            continue
        for slot_type in (PASSPHRASE_SLOT, RECOVERY):
            old, new = before.slot(slot_type), after.slot(slot_type)
            assert (old.slot_id, old.memory_kib, old.time_cost) == (
                new.slot_id,
                new.memory_kib,
                new.time_cost,
            )
