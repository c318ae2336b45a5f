"""The cage's shared pixel buffer: a preview's pixels come back through a sealed memory
file the parent made, identical to an in-process decode; a child that lies about what it
put there is a refusal (never a crash of the parent) and is replaced; the buffer holds
nothing once its child is gone; the frozen build's children get it too."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from vault.core import cage
from vault.core.cage import PIXELS_CAPACITY, SHARED_KEY, Cage, Limits, Worker
from vault.core.errors import DecoderFailed
from vault.redact import caged, decode_worker

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(os, "memfd_create"),
    reason="the shared buffer is a Linux memfd; elsewhere answers cross the pipe",
)

PICTURE = {"page": 1, "dpi": 110, "max_side": 4096}


def _photo(mode: str = "RGB", fmt: str = "JPEG", size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 60).convert(mode).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def one() -> Iterator[Cage]:
    pool = Cage(1, Limits(seconds=20))
    yield pool
    pool.close()


def _worker(pool: Cage) -> Worker:
    (worker,) = pool._idle
    return worker


@pytest.mark.parametrize(("mode", "fmt"), [("RGB", "JPEG"), ("RGBA", "PNG")])
def test_a_preview_crosses_the_shared_buffer_and_matches_an_in_process_decode(
    one: Cage, mode: str, fmt: str
) -> None:
    photo = _photo(mode, fmt)
    meta, pixels = one.run("photo", "picture", PICTURE, photo)
    expected_meta, expected = decode_worker.handle("picture", PICTURE, photo)
    assert pixels == expected and meta == expected_meta
    assert len(pixels) == 640 * 480 * len(mode) and isinstance(pixels, bytes)
    buffer = _worker(one).pixels
    assert buffer is not None and buffer.used == len(pixels)
    # The next picture overwrites the buffer; the first answer is the caller's own copy.
    one.run("other", "picture", PICTURE, _photo(mode, fmt, (320, 200)))
    assert pixels == expected


def test_with_a_warm_child_only_the_header_crosses_the_pipe(
    one: Cage, monkeypatch: pytest.MonkeyPatch
) -> None:
    one.run("warm-up", "image_size", {}, _photo())
    sent: list[int] = []
    write = cage.write_frame

    def spy(stream: object, header: dict[str, object], data: bytes) -> None:
        sent.append(len(data))
        write(stream, header, data)  # type: ignore[arg-type]

    monkeypatch.setattr(cage, "write_frame", spy)
    photo = _photo()
    _, pixels = one.run("photo", "picture", PICTURE, photo)
    assert sent == [0]  # the file went through the buffer
    assert pixels == decode_worker.handle("picture", PICTURE, photo)[1]


def test_what_does_not_fit_the_buffer_crosses_the_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cage, "PIXELS_CAPACITY", 4096)
    pool = Cage(1, Limits(seconds=20))
    try:
        photo = _photo()
        assert len(photo) > 4096
        pool.run("warm-up", "image_size", {}, photo)
        meta, pixels = pool.run("photo", "picture", PICTURE, photo)
        assert (meta, pixels) == decode_worker.handle("picture", PICTURE, photo)
        buffer = _worker(pool).pixels
        assert buffer is not None and buffer.capacity == 4096 and buffer.used == 0
    finally:
        pool.close()


def test_the_child_cannot_shrink_or_grow_the_buffer_under_the_parent(one: Cage) -> None:
    one.run("photo", "image_size", {}, _photo())
    buffer = _worker(one).pixels
    assert buffer is not None
    for size in (0, PIXELS_CAPACITY * 2):
        with pytest.raises(PermissionError):
            os.ftruncate(buffer.fd, size)  # sealed: the child's descriptor is the same file
    assert os.fstat(buffer.fd).st_size == PIXELS_CAPACITY


@pytest.mark.parametrize(
    ("answer", "size"),
    [
        ({SHARED_KEY: PIXELS_CAPACITY + 1}, 0),  # beyond the buffer
        ({SHARED_KEY: -1}, 0),
        ({SHARED_KEY: "12"}, 0),
        ({SHARED_KEY: 1.5}, 0),
    ],
)
def test_a_child_lying_about_the_shared_size_is_a_refusal_and_is_replaced(
    one: Cage, answer: dict[str, object], size: int
) -> None:
    one.run("warm-up", "image_size", {}, _photo())
    liar = one.worker_ids()
    with pytest.raises(DecoderFailed, match=r"Could not decode lie\.jpg: the decoder crashed"):
        one.run("lie.jpg", "claim", {"answer": answer, "size": size}, b"")
    assert not Path(f"/proc/{liar[0]}").exists()  # killed, never reused
    meta, _ = one.run("next.jpg", "image_size", {}, _photo())
    assert meta == {"width": 640, "height": 480}


def test_a_shared_answer_nobody_asked_for_is_a_failure() -> None:
    worker = Worker(Limits(seconds=20), shared=True)
    try:
        worker.send("claim", {"answer": {SHARED_KEY: 8}}, b"")  # not shared=True
        with pytest.raises(Exception) as caught:
            worker.receive()
        assert cage.is_failure(caught.value)
        assert not worker.alive()
    finally:
        worker.kill()


@pytest.mark.parametrize(
    "facts",
    [
        {"kind": "image", "pixel_width": 100, "pixel_height": 100, "mode": "RGB"},  # short
        {"kind": "image", "pixel_width": 10, "pixel_height": 10, "mode": "L"},  # not drawn
        {"kind": "image", "pixel_width": 10, "pixel_height": 10.0, "mode": "RGB"},
        {"kind": "image", "pixel_width": 5000, "pixel_height": 1, "mode": "RGB"},
        {"kind": "none"},  # "none" with pixels
    ],
)
def test_a_picture_whose_pixels_do_not_match_its_size_is_a_refusal(
    monkeypatch: pytest.MonkeyPatch, facts: dict[str, object]
) -> None:
    pool = Cage(1, Limits(seconds=20))
    monkeypatch.setattr(cage, "_shared", pool)
    try:
        with pytest.raises(DecoderFailed, match=r"liar\.png"):
            caged.decode(
                "claim",
                b"",
                {"answer": facts, "size": 300},
                name="liar.png",
                check=lambda meta, pixels: caged.picture_fits(meta, pixels, 4096),
            )
        assert pool.worker_ids() == []  # the liar is gone
    finally:
        pool.close()


def test_picture_fits_accepts_only_what_the_window_can_draw() -> None:
    rgb = {"kind": "image", "pixel_width": 4, "pixel_height": 2, "mode": "RGB"}
    assert caged.picture_fits(rgb, bytes(24), 4096)
    assert not caged.picture_fits(rgb, bytes(23), 4096)
    assert not caged.picture_fits(rgb, bytes(24), 3)
    assert caged.picture_fits({**rgb, "mode": "RGBA"}, bytes(32), 4096)
    assert not caged.picture_fits({**rgb, "pixel_width": True}, bytes(6), 4096)
    assert caged.picture_fits({"kind": "none"}, b"", 4096)


def test_the_shared_buffer_holds_nothing_once_its_child_is_closed(one: Cage) -> None:
    one.run("photo", "picture", PICTURE, _photo())
    buffer = _worker(one).pixels
    assert buffer is not None
    kept = os.dup(buffer.fd)  # the same memory file, seen after the pool lets go
    try:
        assert os.fstat(kept).st_blocks > 0
        assert any(os.pread(kept, buffer.used, 0))
        one.close()
        assert buffer.fd == -1
        assert os.fstat(kept).st_blocks == 0  # its pages were freed, not just unmapped
        assert not any(os.pread(kept, PIXELS_CAPACITY, 0))
    finally:
        os.close(kept)


def test_a_crashed_childs_buffer_is_freed_when_it_is_replaced(one: Cage) -> None:
    one.run("photo", "picture", PICTURE, _photo())
    buffer = _worker(one).pixels
    assert buffer is not None
    kept = os.dup(buffer.fd)
    try:
        with pytest.raises(DecoderFailed):
            one.run("boom.jpg", "crash", {}, b"")
        assert buffer.fd == -1 and os.fstat(kept).st_blocks == 0
    finally:
        os.close(kept)


def test_a_frozen_build_passes_the_buffer_to_its_children(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    command = cage.worker_command(cage.DEFAULT_LIMITS, 7)
    assert command[:2] == [sys.executable, cage.FROZEN_WORKER_ARG]
    assert command[-1] == "--pixels=7"
    assert all(arg.startswith("--") for arg in command[2:])  # a number, nothing secret
    # vault/__main__.py hands these to decode_worker.main, which reads them so:
    assert decode_worker._options(command[2:])["pixels"] == 7
    assert decode_worker._options([])["pixels"] == -1  # no buffer: answers use the pipe


def test_a_child_with_a_buffer_takes_one_request_at_a_time() -> None:
    worker = Worker(Limits(seconds=20), shared=True)
    try:
        worker.send("image_size", {}, _photo(), shared=True)
        with pytest.raises(RuntimeError, match="one request at a time"):
            worker.send("image_size", {}, _photo(), shared=True)
        meta, _ = worker.receive()
        assert meta == {"width": 640, "height": 480}
    finally:
        worker.close()
