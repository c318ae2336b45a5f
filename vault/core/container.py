"""The attachment container: chunked AES-256-GCM with a final-chunk flag.

Layout: header = magic "EVIDBLOB" || format version (u16 BE) || chunk size (u32 BE); then
chunks, each AES-256-GCM(plaintext chunk) with nonce = 11-byte big-endian chunk counter ||
0x01 for the final chunk, 0x00 otherwise, and AAD = header || vault id || attachment id.
Every chunk but the last holds exactly ``chunk size`` plaintext bytes; an empty file is one
empty final chunk.  Truncation, reordering, appended data and swapping blobs between
records all fail authentication.
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
CONTAINER_VERSION = 1
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


def container_header(chunk_size: int = CHUNK_SIZE) -> bytes:
    """The fixed header bytes for ``chunk_size``."""
    return HEADER_STRUCT.pack(MAGIC, CONTAINER_VERSION, chunk_size)


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
    hashers = (_Hasher("sha256"), _Hasher("sha512"))
    total = 0
    index = 0
    try:
        current = source.read(chunk_size)
        while True:
            following = source.read(chunk_size) if len(current) == chunk_size else b""
            final = not following
            for hasher in hashers:
                hasher.update(current)
            n = len(current) + TAG_BYTES
            aead.encrypt_into(chunk_nonce(index, final), current, aad, memoryview(out)[:n])
            write(memoryview(out)[:n])
            total += len(current)
            index += 1
            if progress is not None:
                progress(total)
            if final:
                break
            current = following
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
    if version != CONTAINER_VERSION:
        raise ContainerError(f"its container format {version} is not supported")
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ContainerError("its container header is damaged")
    return header, chunk_size


def decrypt_stream(
    source: BinaryIO, key: bytes, vault_id: str, attachment_id: str
) -> Iterator[bytes]:
    """Yield plaintext chunks, each only after it authenticates.

    Raises ContainerError on any failure, including a missing final chunk or data after
    it.  A consumer must read to the end before treating the content as whole.
    """
    header, chunk_size = read_container_header(source)
    aad = _aad(header, vault_id, attachment_id)
    aead = AESGCM(key)
    block = chunk_size + TAG_BYTES
    index = 0
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
        yield plain
        if final:
            return
        index += 1
        current = following
