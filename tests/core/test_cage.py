"""Decoders in a cage: a child that segfaults, hangs or runs out of memory is one clear
refusal naming the file, the pool goes on, and the child sees no key, no vault descriptor,
no environment, cannot read the vault folder and cannot write anywhere."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from vault.app.forms import add_attachments
from vault.app.previews import preview_picture
from vault.core import cage
from vault.core.attachments import read_attachment
from vault.core.cage import Cage, Limits
from vault.core.errors import DecoderFailed
from vault.core.vault import Vault
from vault.redact import caged
from vault.redact.errors import DamagedMedia


def _jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(out, "JPEG")
    return out.getvalue()


def _bomb() -> bytes:
    """A 97 KB PNG whose pixels need 100 MB grey, 300 MB as RGB: a decompression bomb
    under the 150 MP cap that only a memory limit stops."""
    out = io.BytesIO()
    Image.new("L", (10000, 10000)).save(out, "PNG")
    return out.getvalue()


PICTURE = {"page": 1, "dpi": 110, "max_side": 4096}


@pytest.fixture
def one() -> Iterator[Cage]:
    pool = Cage(1, Limits(seconds=20))
    yield pool
    pool.close()


def test_a_segfault_is_a_refusal_naming_the_file_and_the_pool_goes_on(one: Cage) -> None:
    with pytest.raises(DecoderFailed) as caught:
        one.run("evil.jpg", "crash", {}, b"")
    assert str(caught.value) == "Could not decode evil.jpg: the decoder crashed."
    assert caught.value.data == {"file": "evil.jpg", "why": "the decoder crashed"}
    meta, pixels = one.run("good.jpg", "picture", PICTURE, _jpeg())
    assert (meta["width"], meta["height"], len(pixels)) == (64, 48, 64 * 48 * 3)


def test_a_hang_is_killed_after_its_time() -> None:
    pool = Cage(1, Limits(seconds=1.5))
    try:
        with pytest.raises(DecoderFailed, match=r"^Could not decode slow.pdf: .*took too long"):
            pool.run("slow.pdf", "hang", {}, b"")
        assert pool.worker_ids() == []  # the hung child is gone, not parked
    finally:
        pool.close()


def test_a_cpu_limit_ends_a_spinning_decoder() -> None:
    pool = Cage(1, Limits(cpu=1, seconds=60))
    try:
        with pytest.raises(DecoderFailed, match="took too long"):
            pool.run("spin.png", "hang", {}, b"")
    finally:
        pool.close()


def test_a_decompression_bomb_needs_too_much_memory_and_the_child_survives() -> None:
    pool = Cage(1, Limits(memory=400 << 20, seconds=30))
    try:
        with pytest.raises(DecoderFailed, match=r"^Could not decode bomb.png: .*too much memory"):
            pool.run("bomb.png", "picture", PICTURE, _bomb())
        before = pool.worker_ids()
        meta, _ = pool.run("good.jpg", "picture", PICTURE, _jpeg())
        assert meta["width"] == 64 and pool.worker_ids() == before
    finally:
        pool.close()


def test_refusals_come_back_as_the_decoders_own(one: Cage) -> None:
    with pytest.raises(cage.CageRefusal) as caught:
        one.run("broken.jpg", "picture", PICTURE, b"\xff\xd8\xff\xe0" + b"x" * 50)
    assert isinstance(caged.refusal(caught.value), DamagedMedia)


def test_the_child_has_no_vault_fd_no_environment_and_cannot_read_or_write(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one: Cage
) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", "never-in-a-child")
    monkeypatch.setenv("HOME", str(tmp_path))
    secret = next(p for p in vault_dir.iterdir() if p.is_file())
    assert os.access(secret, os.R_OK)  # the parent can read it
    target = Path("/tmp") / f"cage-probe-{os.getpid()}"
    meta, _ = one.run("probe", "probe", {"read": str(secret), "write": str(target)}, b"")
    assert meta["fds"] == [0, 1, 2]  # its pipes and /dev/null: no vault database, no blob
    environ = meta["environ"]
    assert "HOME" not in environ and "EVIDENCE_VAULT_PASSPHRASE" not in environ
    # Python itself sets LC_CTYPE (PEP 538) in an empty environment; nothing else is there.
    assert set(environ) <= {"EVIDENCE_VAULT_TESTING", "LC_CTYPE"}, environ
    assert meta["dumpable"] == 0 and meta["limits"]["core"] == 0
    assert meta["limits"]["nofile"] == Limits().files
    assert not target.exists()
    if "Landlock ABI" not in meta["confinement"]:
        pytest.skip(f"no Landlock here: {meta['confinement']}")
    assert meta["read"] == "PermissionError" and meta["write"] == "PermissionError"


def test_a_preview_whose_decoder_blows_up_names_the_file_and_the_vault_is_untouched(
    vault: Vault, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan-0042.png"
    path.write_bytes(_bomb())
    attachment = add_attachments(vault, case_id, [path])[0]
    small = Cage(1, Limits(memory=400 << 20, seconds=30))
    monkeypatch.setattr(cage, "_shared", small)
    try:
        picture = preview_picture(vault, attachment.id)
    finally:
        small.close()
    assert picture.kind == "none"
    assert picture.why == (
        "No preview: Could not decode scan-0042.png: the decoder needed too much memory."
    )
    assert b"".join(read_attachment(vault, attachment.id)) == path.read_bytes()


def test_an_old_pillow_is_refused_before_any_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    import PIL

    from vault.redact import decode_worker
    from vault.redact.errors import UnsupportedMedia

    assert decode_worker.outdated_decoders() is None  # what the lock installs is safe
    monkeypatch.setattr(PIL, "__version__", "10.0.0")
    with pytest.raises(UnsupportedMedia) as caught:
        decode_worker.handle("picture", PICTURE, _jpeg())
    assert str(caught.value) == (
        "Refusing to decode: Pillow 10.0.0 has known decoder flaws; 12.3.0 or newer is needed."
    )


def test_cancel_kills_the_child_at_once_and_leaves_nothing() -> None:
    import threading
    import time

    from vault.core.progress import Cancelled, CancelToken

    pool = Cage(1, Limits(seconds=60))
    token = CancelToken()
    try:
        pool.run("warm-up", "image_size", {}, _jpeg())
        child = pool.worker_ids()
        threading.Timer(0.3, token.cancel).start()
        started = time.perf_counter()
        with pytest.raises(Cancelled):
            pool.run("long.pdf", "hang", {}, b"", cancel=token)
        assert time.perf_counter() - started < 10  # not the 60 s limit
        assert pool.worker_ids() == [] and not Path(f"/proc/{child[0]}").exists()
    finally:
        pool.close()


def test_a_frozen_build_starts_itself_as_the_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cage.worker_command()[1:4] == ["-I", "-m", cage.WORKER_MODULE]
    monkeypatch.setattr("sys.frozen", True, raising=False)
    command = cage.worker_command()
    assert command[:2] == [sys.executable, cage.FROZEN_WORKER_ARG]
    assert all(arg.startswith("--") for arg in command[2:])  # limits only, nothing secret
