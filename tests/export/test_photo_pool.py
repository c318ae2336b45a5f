"""Photos redacted by child processes: same bytes as in process, in order, nothing but
pixels and boxes handed over, and a child that dies is a refusal naming the photo, not a
hang or a traceback, with no process left behind."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.test_export_profiles import Cli
from vault.core import cage
from vault.export import derive
from vault.export.photo_pool import PhotoPool, PhotoWorkerFailed
from vault.redact.errors import DamagedMedia, InvalidBox
from vault.redact.images import redact_image

WITNESS = "Siranush Petrosyan"


def _photo(fmt: str, size: tuple[int, int], seed: int) -> bytes:
    picture = Image.effect_noise(size, 40 + seed).convert("RGB")
    exif = Image.Exif()
    exif[0x013B] = WITNESS
    out = io.BytesIO()
    picture.save(out, fmt, exif=exif.tobytes(), **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def _children() -> list[tuple[int, str]]:
    """(pid, state) of this process's children, zombies included."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == os.getpid():
            found.append((int(entry.name), fields[0]))
    return found


def test_children_give_the_same_bytes_in_order_and_refuse_as_in_process() -> None:
    photos = [
        (_photo("JPEG", (320, 240), 1), [(10, 10, 50, 40)]),
        (_photo("PNG", (200, 150), 2), [(0, 0, 20, 20), (100, 50, 30, 30)]),
        (b"\xff\xd8\xff\xe0" + b"not a jpeg" * 10, [(1, 1, 2, 2)]),  # damaged
        (_photo("WEBP", (120, 90), 3), [(5, 5, 10, 10)]),
        (_photo("JPEG", (64, 48), 4), [(1, 1, 0, 5)]),  # a box with no area
        (_photo("JPEG", (640, 480), 5), []),
    ]
    expected: list[object] = []
    for data, boxes in photos:
        try:
            expected.append(redact_image(data, boxes))
        except (DamagedMedia, InvalidBox) as exc:
            expected.append((type(exc), str(exc)))
    got: list[object] = []
    with PhotoPool(2) as pool:
        pending = list(photos)
        sent = 0
        while len(got) < len(photos):
            while pending and pool.has_room():
                pool.send(*pending.pop(0))
                sent += 1
            try:
                got.append(pool.receive())
            except (DamagedMedia, InvalidBox) as exc:
                got.append((type(exc), str(exc)))
        workers = pool.worker_ids
    assert got == expected
    assert not any(WITNESS.encode() in r.data for r in got if hasattr(r, "data"))
    assert not {pid for pid, _ in _children()} & set(workers)  # reaped


def test_children_start_with_an_empty_environment_and_isolated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_PROBE_SECRET", "do-not-pass")
    monkeypatch.setenv("PYTHONPATH", "/nowhere")
    with PhotoPool(2) as pool:
        for pid in pool.worker_ids:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
            assert b"PROBE" not in environ and b"PYTHONPATH" not in environ, environ
            assert [v for v in environ.split(b"\0") if v] == [b"EVIDENCE_VAULT_TESTING=1"]
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            assert b"-I" in cmdline and b"vault.redact.decode_worker" in cmdline


# A child that reads its first request and dies the way an out-of-memory kill would.
CRASHING = "import os, sys; sys.stdin.buffer.read(16); os.kill(os.getpid(), 9)"


def test_a_dying_child_refuses_the_export_naming_the_photo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "INV-03")
    case = cli.ok("case", "add", "--title", "Photos")
    ids = []
    for number in range(3):
        path = tmp_path / f"{WITNESS} {number}.jpg"
        path.write_bytes(_photo("JPEG", (80, 60), number))
        ids.append(cli.ok("attach", "--case", case, str(path)).split()[0])
        cli.ok("redact", "review", "--attachment", ids[-1])
    monkeypatch.setattr(cage, "worker_command", lambda *_: [sys.executable, "-c", CRASHING])
    out = tmp_path / "bundle"
    result = cli("export", "--case", case, "--profile", "legal", "--out", str(out))
    assert result.code == 1
    assert ids[0] in result.err and "stopped unexpectedly" in result.err, result.err
    assert "needed too much memory" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert (
        not out.exists() and sorted(p.name for p in tmp_path.iterdir() if "bundle" in p.name) == []
    )
    cage.reset_decoder_cage()  # the warm preview decoders `redact review` started
    assert _children() == []  # every child ended and reaped, none a zombie


def test_photo_exports_are_the_same_with_and_without_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "INV-03")
    case = cli.ok("case", "add", "--title", "Photos")
    formats = ["JPEG", "PNG", "JPEG", "WEBP", "JPEG"]
    for number, fmt in enumerate(formats):
        path = tmp_path / f"photo-{number}.{fmt.lower()}"
        path.write_bytes(_photo(fmt, (160 + 16 * number, 120), number))
        attachment = cli.ok("attach", "--case", case, str(path)).split()[0]
        cli.ok("redact", "box", "--attachment", attachment, "--box", "8,8,40,30",
               "--reason", "identity")  # fmt: skip
        cli.ok("redact", "review", "--attachment", attachment)
    started: list[int] = []
    real = PhotoPool.__init__

    def counting(self: PhotoPool, workers: int) -> None:
        started.append(workers)
        real(self, workers)

    monkeypatch.setattr(PhotoPool, "__init__", counting)
    pooled = tmp_path / "pooled"
    assert cli("export", "--case", case, "--profile", "legal", "--out", str(pooled)).code == 0
    assert started and started[0] >= 1
    monkeypatch.setattr(derive, "POOL_FROM_PHOTOS", 10_000)
    here = tmp_path / "here"
    assert cli("export", "--case", case, "--profile", "legal", "--out", str(here)).code == 0
    assert len(started) == 1  # the second export went photo by photo
    files = sorted(p.name for p in (here / "data" / "attachments").iterdir())
    assert len(files) == len(formats)
    for name in files:
        a = (pooled / "data" / "attachments" / name).read_bytes()
        b = (here / "data" / "attachments" / name).read_bytes()
        assert a == b, name

    def listed(bundle: Path) -> list[str]:
        lines = (bundle / "manifest-sha256.txt").read_text().splitlines()
        return [line for line in lines if "attachments/" in line]

    assert listed(pooled) == listed(here) and len(listed(here)) == len(formats)


def test_one_photo_is_redacted_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "INV-03")
    case = cli.ok("case", "add", "--title", "Photo")
    path = tmp_path / "one.png"
    path.write_bytes(_photo("PNG", (50, 40), 9))
    attachment = cli.ok("attach", "--case", case, str(path)).split()[0]
    cli.ok("redact", "review", "--attachment", attachment)

    def refuse(self: PhotoPool, workers: int) -> None:
        raise AssertionError("a pool was started for one photo")

    monkeypatch.setattr(PhotoPool, "__init__", refuse)
    result = cli("export", "--case", case, "--profile", "legal", "--out", str(tmp_path / "b"))
    assert result.code == 0, result.err


def test_a_pool_that_cannot_start_is_a_clear_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cage, "worker_command", lambda *_: ["/nonexistent/python"])
    with pytest.raises(PhotoWorkerFailed, match="could not be started"):
        PhotoPool(2)


def test_closing_with_a_photo_in_flight_ends_its_child_at_once() -> None:
    import time

    pool = PhotoPool(2)
    pool.send(_photo("PNG", (1600, 1200), 7), [(0, 0, 10, 10)])
    workers = pool.worker_ids
    started = time.perf_counter()
    pool.close()
    assert time.perf_counter() - started < cage.EXIT_GRACE
    assert not {pid for pid, _ in _children()} & set(workers)


def test_a_child_takes_the_next_photo_before_its_last_result_is_collected() -> None:
    # Two photos in one child's hands: the second is read while the first is worked on,
    # so the child never waits for the parent to store a result. Large enough to fill a
    # pipe both ways: a naive second send would deadlock against the child's answer.
    photos = [_photo("PNG", (1200, 900), seed) for seed in (6, 7, 8)]
    with PhotoPool(1) as pool:
        pool.send(photos[0], [(0, 0, 100, 100)])
        assert pool.has_room()
        pool.send(photos[1], [(10, 10, 100, 100)])
        assert not pool.has_room()
        first = pool.receive()
        assert pool.has_room()
        pool.send(photos[2], [(20, 20, 100, 100)])
        second, third = pool.receive(), pool.receive()
    for got, (data, box) in zip(
        (first, second, third),
        zip(photos, [(0, 0, 100, 100), (10, 10, 100, 100), (20, 20, 100, 100)], strict=True),
        strict=True,
    ):
        assert got.data == redact_image(data, [box]).data
    assert not [pid for pid, state in _children() if state == "Z"]
