"""The attachment container: chunked AES-256-GCM with a final-chunk flag, padded.

Layout: header = magic "EVIDBLOB" || format version (u16 BE) || chunk size (u32 BE); then
chunks, each AES-256-GCM(plaintext chunk) with nonce = 11-byte big-endian chunk counter ||
0x01 for the final chunk, 0x00 otherwise, and AAD = header || vault id || attachment id.
Truncation, reordering, appended data and swapping blobs between records all fail
authentication.

Version 2 (written now) hides the original's size.  Each chunk's plaintext is a u32 BE
count n, then n bytes of the original, then zeros; every chunk but the last is ``chunk
size`` bytes long.  The original fills chunks greedily (``chunk size - 4`` bytes each);
after its end come zero-filled chunks (n = 0) until the chunks' plaintext totals
``stream_length(size)``: the PADMÉ rounding (Nikitin et al., 2019) of the shortest
stream, which leaks O(log log size) bits of the size instead of all of it (at most ~12%
more bytes for small files, ~3% at 1 GiB).  Readers release only the counted bytes, and
refuse a count past the chunk, data after the end, or padding that is not zero.

Version 1 (read only, the blobs of earlier intakes): every chunk but the last holds
exactly ``chunk size`` plaintext bytes, no count, no padding; an empty file is one empty
final chunk.
"""

from __future__ import annotations

import hashlib
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"EVIDBLOB"
CONTAINER_VERSION = 2
UNPADDED_VERSION = 1  # still read
COUNT = struct.Struct(">I")
CHUNK_SIZE = 1 << 20
TAG_BYTES = 16
HEADER_STRUCT = struct.Struct(">8sHI")
HEADER_BYTES = HEADER_STRUCT.size
MAX_CHUNK_SIZE = 16 << 20

Progress = Callable[[int], None]


class ContainerError(Exception):
    """The container failed authentication or is malformed; ``reason`` says how."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def container_header(chunk_size: int = CHUNK_SIZE, version: int = CONTAINER_VERSION) -> bytes:
    """The fixed header bytes for ``chunk_size``."""
    return HEADER_STRUCT.pack(MAGIC, version, chunk_size)


def padme(length: int) -> int:
    """PADMÉ: ``length`` rounded up so that only its top O(log log length) bits remain."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (length + mask) & ~mask


def stream_length(size: int, chunk_size: int = CHUNK_SIZE) -> int:
    """The plaintext bytes of a version 2 container's chunks for an original of ``size``
    bytes: PADMÉ of the shortest stream (each chunk a count and ``chunk_size - 4`` bytes),
    with a last chunk never shorter than its count."""
    chunks = max(1, -(-size // (chunk_size - COUNT.size)))
    total = padme(size + COUNT.size * chunks)
    short = total % chunk_size
    if 0 < short < COUNT.size:
        total += COUNT.size - short
    return total


def container_length(size: int, chunk_size: int = CHUNK_SIZE) -> int:
    """The file size of a version 2 container holding ``size`` bytes."""
    stream = stream_length(size, chunk_size)
    return HEADER_BYTES + stream + TAG_BYTES * -(-stream // chunk_size)


def tail_chunks(
    piece: bytes | memoryview, index: int, size: int, chunk_size: int
) -> Iterator[tuple[int, bytes, bool]]:
    """(index, plaintext, final) of the chunk holding the original's last ``piece``
    (chunk ``index``; ``size`` bytes in all) and of the padding chunks after it."""
    stream = stream_length(size, chunk_size)
    count = -(-stream // chunk_size)
    for number in range(index, count):
        length = chunk_size if number < count - 1 else stream - (count - 1) * chunk_size
        data = piece if number == index else b""
        plain = COUNT.pack(len(data)) + bytes(data) + bytes(length - COUNT.size - len(data))
        yield number, plain, number == count - 1


def read_full(source: BinaryIO, size: int) -> bytes:
    """``size`` bytes of ``source``, fewer only at its end (a pipe may return less)."""
    data = source.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size and (more := source.read(size - got)):
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def chunk_nonce(index: int, final: bool) -> bytes:
    """11-byte big-endian counter then the final flag."""
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _aad(header: bytes, vault_id: str, attachment_id: str) -> bytes:
    return header + vault_id.encode("ascii") + attachment_id.encode("ascii")


class _Hasher:
    """One digest on its own thread: hashlib and AES-GCM release the GIL, so the two
    digests of intake and the encryption overlap."""

    def __init__(self, algorithm: str) -> None:
        self.digest = hashlib.new(algorithm)
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, name=f"intake-{algorithm}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            self.digest.update(data)

    def update(self, data: bytes) -> None:
        self._queue.put(data)

    def finish(self) -> str:
        self._queue.put(None)
        self._thread.join()
        return self.digest.hexdigest()


class PlainDigests(NamedTuple):
    """What intake learns of the plaintext in its one read."""

    size: int
    sha256: str
    sha512: str


def encrypt_stream(
    source: BinaryIO,
    write: Callable[[bytes | memoryview], object],
    key: bytes,
    vault_id: str,
    attachment_id: str,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> PlainDigests:
    """Read ``source`` once, writing the container through ``write``.

    Returns the plaintext's size, SHA-256 (the intake hash) and SHA-512 (what a BagIt
    export's second manifest needs, so an export need not read the original twice).
    Memory stays flat: a few chunks at most, whatever the file size.
    """
    header = container_header(chunk_size)
    aad = _aad(header, vault_id, attachment_id)
    aead = AESGCM(key)
    out = bytearray(chunk_size + TAG_BYTES)
    write(header)
    capacity = chunk_size - COUNT.size
    full = COUNT.pack(capacity)
    hashers = (_Hasher("sha256"), _Hasher("sha512"))
    total = 0
    index = 0

    def emit(number: int, plain: bytes, final: bool) -> None:
        n = len(plain) + TAG_BYTES
        aead.encrypt_into(chunk_nonce(number, final), plain, aad, memoryview(out)[:n])
        write(memoryview(out)[:n])

    try:
        current = read_full(source, capacity)
        while True:
            following = read_full(source, capacity) if len(current) == capacity else b""
            for hasher in hashers:
                hasher.update(current)
            total += len(current)
            if following:
                emit(index, full + current, False)
                index += 1
                current = following
            else:
                for number, plain, final in tail_chunks(current, index, total, chunk_size):
                    emit(number, plain, final)
            if progress is not None:
                progress(total)
            if not following:
                break
    finally:
        sha256, sha512 = (hasher.finish() for hasher in hashers)
    return PlainDigests(total, sha256, sha512)


def read_container_header(source: BinaryIO) -> tuple[bytes, int]:
    """Parse and check the container header; return (header bytes, chunk size)."""
    header = source.read(HEADER_BYTES)
    if len(header) != HEADER_BYTES:
        raise ContainerError("its encrypted file is truncated")
    magic, version, chunk_size = HEADER_STRUCT.unpack(header)
    if magic != MAGIC:
        raise ContainerError("its encrypted file is not an attachment container")
    if version not in (CONTAINER_VERSION, UNPADDED_VERSION):
        raise ContainerError(f"its container format {version} is not supported")
    if not COUNT.size < chunk_size <= MAX_CHUNK_SIZE:
        raise ContainerError("its container header is damaged")
    return header, chunk_size


def decrypt_stream(
    source: BinaryIO, key: bytes, vault_id: str, attachment_id: str
) -> Iterator[bytes]:
    """Yield plaintext chunks, each only after it authenticates (version 2: only the
    original's bytes, never the padding).

    Raises ContainerError on any failure, including a missing final chunk or data after
    it.  A consumer must read to the end before treating the content as whole.
    """
    header, chunk_size = read_container_header(source)
    padded = HEADER_STRUCT.unpack(header)[1] == CONTAINER_VERSION
    aad = _aad(header, vault_id, attachment_id)
    aead = AESGCM(key)
    block = chunk_size + TAG_BYTES
    index = 0
    ended = False  # version 2: the original's last byte has been seen
    current = source.read(block)
    if not current:
        raise ContainerError("its encrypted file is truncated")
    while True:
        following = source.read(block) if len(current) == block else b""
        final = not following
        if len(current) < TAG_BYTES:
            raise ContainerError("its encrypted file is truncated")
        try:
            plain = aead.decrypt(chunk_nonce(index, final), current, aad)
        except InvalidTag:
            raise ContainerError(
                "its encrypted file failed authentication (changed, truncated, extended "
                "or swapped with another attachment's)"
            ) from None
        if padded:
            plain, ended = _unpad(plain, ended)
        if plain:
            yield plain
        if final:
            return
        index += 1
        current = following


def _unpad(plain: bytes, ended: bool) -> tuple[bytes, bool]:
    """The counted bytes of a version 2 chunk, and whether the original has ended."""
    if len(plain) < COUNT.size:
        raise ContainerError("its container is malformed (a chunk without its count)")
    (count,) = COUNT.unpack_from(plain)
    room = len(plain) - COUNT.size
    if count > room or (ended and count):
        raise ContainerError("its container is malformed (data counted past its end)")
    if plain.count(0, COUNT.size + count) != room - count:
        raise ContainerError("its container is malformed (padding that is not zero)")
    return plain[COUNT.size : COUNT.size + count], ended or count < room
