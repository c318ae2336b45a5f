"""Intake's one read of a file, spread over the cores: SHA-256, SHA-512 and AES-GCM with
the write each run on a thread of their own, fed from a ring of chunk buffers the reading
thread fills.

hashlib and AES-GCM release the GIL on large buffers, so the three stages run at once
and overlap with the reading (the write-behind in vault/core/blobstore.py overlaps the
disk).  SHA-512, the slowest (about 1.2 ms per MiB here), sets the pace on two free
cores.  Nothing is copied between stages: each reads the ring buffer it is given, and a
buffer is filled again only once every stage is done with it, so memory stays at
``RING`` chunks whatever the file's size.  The bytes written are exactly those of
``container.encrypt_stream`` (the same format, version 2): a test compares them.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable
from typing import BinaryIO, cast

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.core.container import (
    CHUNK_SIZE,
    COUNT,
    TAG_BYTES,
    PlainDigests,
    Progress,
    _aad,
    chunk_nonce,
    container_header,
    tail_chunks,
)

RING = 8  # chunk buffers in flight: 8 MiB


class _Stage:
    """One thread applying ``work`` to each item in order; counts what it finished."""

    def __init__(self, name: str, work: Callable[[object], None]) -> None:
        self._work = work
        self._items: queue.Queue[object] = queue.Queue()
        self._done = 0
        self._cond = threading.Condition()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"intake-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._items.get()) is not None:
            if self.error is None:  # after an error, drain without work
                try:
                    self._work(item)
                except BaseException as exc:  # handed to the reading thread
                    self.error = exc
            with self._cond:
                self._done += 1
                self._cond.notify_all()

    def submit(self, item: object) -> None:
        self._items.put(item)

    def wait_done(self, count: int) -> None:
        """Block until ``count`` items are finished."""
        with self._cond:
            self._cond.wait_for(lambda: self._done >= count)

    def stop(self) -> None:
        """Finish what was submitted and end the thread."""
        self._items.put(None)
        self._thread.join()


def _read_into(source: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``source``; fewer bytes only at its end.  A stream without
    ``readinto`` (an import's member reader) is read and copied."""
    readinto = getattr(source, "readinto", None)
    got = 0
    while got < len(view):
        if readinto is not None:
            n = readinto(view[got:])
        else:
            data = source.read(len(view) - got)
            n = len(data)
            view[got : got + n] = data
        if not n:
            break
        got += n
    return got


def encrypt_stream_parallel(
    source: BinaryIO,
    write: Callable[[bytes | memoryview], object],
    key: bytes,
    vault_id: str,
    attachment_id: str,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> PlainDigests:
    """``container.encrypt_stream`` over threads: the same bytes through ``write`` (called
    from one thread, in order), the same digests.  An exception from ``progress`` (a
    cancel), from reading or from ``write`` stops every stage before it propagates;
    nothing runs on after the return."""
    header = container_header(chunk_size)
    aad = _aad(header, vault_id, attachment_id)
    aead = AESGCM(key)
    out = bytearray(chunk_size + TAG_BYTES)
    capacity = chunk_size - COUNT.size
    sha256, sha512 = hashlib.sha256(), hashlib.sha512()

    def seal(item: object) -> None:
        number, plain, final = cast(tuple[int, bytes | memoryview, bool], item)
        n = len(plain) + TAG_BYTES
        aead.encrypt_into(chunk_nonce(number, final), plain, aad, memoryview(out)[:n])
        write(memoryview(out)[:n])

    write(header)
    stages = (
        _Stage("sha256", lambda data: sha256.update(data)),  # type: ignore[arg-type]
        _Stage("sha512", lambda data: sha512.update(data)),  # type: ignore[arg-type]
        _Stage("encrypt", seal),
    )
    hashers, writer = stages[:2], stages[2]
    ring = [bytearray(chunk_size) for _ in range(RING)]
    total = 0
    try:
        index, length = 0, _read_into(source, memoryview(ring[0])[COUNT.size :])
        while True:
            buffer = memoryview(ring[index % RING])
            data = buffer[COUNT.size : COUNT.size + length]
            for hasher in hashers:
                hasher.submit(data)
            total += length
            following = 0
            if length == capacity:  # a full chunk: only the next read says if it was last
                # The next buffer is the one chunk index + 1 - RING used: every stage
                # must be done with that chunk (one item each per chunk so far).
                for stage in stages:
                    stage.wait_done(index + 2 - RING)
                _raise_first(stages)
                following = _read_into(source, memoryview(ring[(index + 1) % RING])[COUNT.size :])
            if following:
                COUNT.pack_into(buffer, 0, length)
                writer.submit((index, buffer, False))
            else:  # the last piece, copied with the padding after it
                for item in tail_chunks(bytes(data), index, total, chunk_size):
                    writer.submit(item)
            if progress is not None:
                progress(total)
            _raise_first(stages)
            if not following:
                break
            index, length = index + 1, following
    finally:
        for stage in stages:
            stage.stop()
    _raise_first(stages)
    return PlainDigests(total, sha256.hexdigest(), sha512.hexdigest())


def _raise_first(stages: tuple[_Stage, ...]) -> None:
    for stage in stages:
        if stage.error is not None:
            raise stage.error
