"""Anti-forensic splitting of a key (the LUKS AF-splitter): make a key depend on every
byte of a large block, so that destroying any part of the block destroys the key.

A key slot stores its master key split into ``stripes`` blocks of the key's size.  To
recover the key every block is needed: the blocks are chained through a hash (each
block's contribution depends on all blocks before it), and the last block is the key
XORed with that chain.  ``erase`` overwrites the whole area in place; if the disk keeps
some old sectors (a remapped block, an SSD's wear levelling), any one sector it did
overwrite is enough to make the kept ones worthless.  What this cannot help against is a
disk that keeps a complete old copy of the area (copy-on-write file systems, snapshots).
"""

from __future__ import annotations

import hashlib
import os

AF_STRIPES = 4000  # as LUKS: 32-byte key -> 128,000 bytes, some 32 disk sectors


def _diffuse(block: bytes) -> bytes:
    # LUKS hashes each digest-sized piece with its index; one piece for a 32-byte key.
    return hashlib.sha256(b"\x00\x00\x00\x00" + block).digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


def af_split(key: bytes, stripes: int = AF_STRIPES) -> bytes:
    """``key`` spread over ``stripes`` blocks (``stripes * len(key)`` bytes), all random
    but the last; :func:`af_merge` of the whole gives the key back, of any part nothing."""
    size = len(key)
    if size != 32 or stripes < 2:
        raise ValueError("af_split takes a 32-byte key and at least two stripes")
    head = os.urandom(size * (stripes - 1))
    chained = bytes(size)
    for offset in range(0, len(head), size):
        chained = _diffuse(_xor(chained, head[offset : offset + size]))
    return head + _xor(chained, key)


def af_merge(material: bytes, stripes: int = AF_STRIPES) -> bytes:
    """The key :func:`af_split` spread over ``material``.  A single changed byte anywhere
    gives an unrelated key (the caller's authentication then fails)."""
    if len(material) % stripes or len(material) // stripes != 32:
        raise ValueError("AF material of the wrong size")
    size = len(material) // stripes
    chained = bytes(size)
    for offset in range(0, size * (stripes - 1), size):
        chained = _diffuse(_xor(chained, material[offset : offset + size]))
    return _xor(chained, material[-size:])
