"""Attachment containers: round trips at every boundary, and every tampering refused."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from vault.core.attachments import get_attachment, intake_files, read_attachment
from vault.core.container import (
    CHUNK_SIZE,
    HEADER_BYTES,
    TAG_BYTES,
    ContainerError,
    container_length,
    decrypt_stream,
    encrypt_stream,
    padme,
)
from vault.core.errors import IntegrityError
from vault.core.vault import Vault

KEY = os.urandom(32)
VID = "ab" * 16
AID = "cd" * 16
BLOCK = CHUNK_SIZE + TAG_BYTES


def seal(data: bytes, aid: str = AID) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out.write, KEY, VID, aid)
    return out.getvalue()


def unseal(blob: bytes, aid: str = AID) -> bytes:
    return b"".join(decrypt_stream(io.BytesIO(blob), KEY, VID, aid))


@pytest.mark.parametrize(
    "length",
    [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE + 7],
    ids=["0", "1", "chunk-1", "chunk", "chunk+1", "2chunk+7"],
)
def test_round_trip_through_a_real_vault(
    vault: Vault, case_id: str, tmp_path: Path, length: int
) -> None:
    data = os.urandom(length)
    source = tmp_path / f"file-{length}.bin"
    source.write_bytes(data)
    (attachment,) = intake_files(vault, case_id, [source])
    assert attachment.size == length
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert b"".join(read_attachment(vault, attachment.id)) == data
    blob = vault.blobs.path_for(attachment.id)
    assert blob.stat().st_size == container_length(length)


def test_truncation_at_a_chunk_boundary_fails() -> None:
    blob = seal(os.urandom(2 * CHUNK_SIZE + 7))
    with pytest.raises(ContainerError):
        unseal(blob[: HEADER_BYTES + BLOCK])  # first chunk alone: not marked final


def test_truncated_final_chunk_fails() -> None:
    blob = seal(os.urandom(CHUNK_SIZE + 100))
    with pytest.raises(ContainerError):
        unseal(blob[:-1])


def test_reordered_chunks_fail() -> None:
    blob = seal(os.urandom(3 * CHUNK_SIZE))
    header, body = blob[:HEADER_BYTES], blob[HEADER_BYTES:]
    chunks = [body[i : i + BLOCK] for i in range(0, len(body), BLOCK)]
    with pytest.raises(ContainerError):
        unseal(header + chunks[1] + chunks[0] + chunks[2])


@pytest.mark.parametrize("extra", [b"\x00", os.urandom(BLOCK)])
def test_appended_data_fails(extra: bytes) -> None:
    with pytest.raises(ContainerError):
        unseal(seal(os.urandom(CHUNK_SIZE)) + extra)


def test_a_blob_does_not_open_under_another_attachment_id() -> None:
    with pytest.raises(ContainerError):
        unseal(seal(b"statement"), aid="ef" * 16)


def test_edited_header_fails() -> None:
    blob = bytearray(seal(b"x" * 100))
    blob[13] ^= 0x01  # chunk size field
    with pytest.raises(ContainerError):
        unseal(bytes(blob))


def test_nothing_of_a_failing_chunk_is_released() -> None:
    data = os.urandom(2 * CHUNK_SIZE)
    blob = bytearray(seal(data))
    blob[HEADER_BYTES + BLOCK + 5] ^= 0x80  # damage the second chunk
    released = []
    with pytest.raises(ContainerError):
        for chunk in decrypt_stream(io.BytesIO(bytes(blob)), KEY, VID, AID):
            released.append(chunk)
    assert released == [data[: CHUNK_SIZE - 4]]  # the first, authenticated chunk only


@pytest.mark.parametrize("pair", [(1000, 1003), (5000, 5100), (700_000, 701_000)])
def test_files_of_nearby_sizes_give_blobs_of_one_size(pair: tuple[int, int]) -> None:
    # Format 1 gave every original's exact size away (blob = size + a fixed overhead).
    small, large = (len(seal(os.urandom(n))) for n in pair)
    assert small == large
    assert small >= pair[1] + HEADER_BYTES + TAG_BYTES


def test_padding_costs_little_and_follows_padme() -> None:
    for size in (0, 1, 100, 4096, 1 << 20, 10**9):
        assert container_length(size) >= size
        assert container_length(size) <= size * 1.13 + 64  # header, one tag, a count
    assert padme(1000) == 1024 and padme(1 << 30) == 1 << 30 and padme((1 << 30) + 1) > 1 << 30


def test_a_nonzero_padding_byte_or_a_count_past_the_end_is_refused() -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from vault.core.container import chunk_nonce, container_header

    header = container_header(16)
    aad = header + VID.encode() + AID.encode()
    for plain in (b"\x00\x00\x00\x02ab\x00\x00\x00\x01", b"\x00\x00\x00\x09abc"):
        blob = header + AESGCM(KEY).encrypt(chunk_nonce(0, True), plain, aad)
        with pytest.raises(ContainerError, match="malformed"):
            unseal(blob)


# A blob written by format 1 (no counts, no padding): "Sworn testimony, page 1. " * 2 in
# 16-byte chunks under key bytes(range(32)).  Earlier intakes' blobs must stay readable.
UNPADDED = bytes.fromhex(
    "45564944424c4f420001000000105dcbdaacdb0cf7d87bdcc0587742e8b5971f4e8f94ec510cbd63d14285"
    "9794a8009c145c6f9c750231ae3cc174ffa174aa31e321dea9a2f0ec5a1005cf721f74da5344a77fb6e94d"
    "a6c4d25b04d1b16bfd7c7f126c92ec107a618ee057498ed33f444f084a57a84b10453cdcc8d4785db55a"
)


def test_an_unpadded_blob_of_format_1_still_reads() -> None:
    vid, aid = "00112233445566778899aabbccddeeff", "ffeeddccbbaa99887766554433221100"
    plain = b"".join(decrypt_stream(io.BytesIO(UNPADDED), bytes(range(32)), vid, aid))
    assert plain == b"Sworn testimony, page 1. " * 2
    with pytest.raises(ContainerError):
        b"".join(decrypt_stream(io.BytesIO(UNPADDED[:-1]), bytes(range(32)), vid, aid))


def test_swapped_blob_files_are_named(vault: Vault, case_id: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.jpg", tmp_path / "b.jpg"
    first.write_bytes(b"A" * 1000)
    second.write_bytes(b"B" * 1000)
    a, b = intake_files(vault, case_id, [first, second])
    path_a, path_b = vault.blobs.path_for(a.id), vault.blobs.path_for(b.id)
    data_a, data_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(data_b)
    path_b.write_bytes(data_a)
    with pytest.raises(IntegrityError, match=rf"Attachment {a.id} \(a.jpg\) failed its integrity"):
        b"".join(read_attachment(vault, a.id))
    assert get_attachment(vault, b.id).name == "b.jpg"


class _NoReadinto:
    """A stream that only has read() (an import's member reader), returning short reads."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 7) if size > 0 else size)


@pytest.mark.parametrize("chunk", [16, 64])
def test_the_parallel_intake_writes_exactly_the_reference_container(chunk: int) -> None:
    from vault.core.intake_pipeline import RING, encrypt_stream_parallel

    for length in [*range(0, 3 * chunk), (RING + 3) * (chunk - 4), 40 * chunk + 5]:
        data = os.urandom(length)
        reference, ours = io.BytesIO(), io.BytesIO()
        expected = encrypt_stream(io.BytesIO(data), reference.write, KEY, VID, AID, chunk)
        for source in (io.BytesIO(data), _NoReadinto(data)):
            ours = io.BytesIO()
            got = encrypt_stream_parallel(source, ours.write, KEY, VID, AID, chunk)  # type: ignore[arg-type]
            assert got == expected and ours.getvalue() == reference.getvalue(), length


def test_a_failing_write_stops_every_intake_thread() -> None:
    import threading

    from vault.core.intake_pipeline import encrypt_stream_parallel

    calls = 0

    def write(_data: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise OSError(28, "No space left on device")

    before = threading.active_count()
    with pytest.raises(OSError, match="No space"):
        encrypt_stream_parallel(io.BytesIO(os.urandom(40 * 64)), write, KEY, VID, AID, 64)
    assert threading.active_count() == before
