"""Intake's probe reads all of a picture, cheaply: a JPEG cut a few hundred bytes before its
end (its entropy-coded data ends early) or a PNG with one byte flipped in its compressed
stream is damaged; the same pictures whole are fine.  Run in process here (the cage runs
the same function: tests/cli/test_intake_refusals.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from vault.redact.intake_probe import format_named, needs_probe, probe_here


def _noisy(fmt: str) -> bytes:
    image = Image.effect_noise((800, 600), 40).convert("RGB")
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_whole_pictures_pass_and_damage_near_the_end_is_found(fmt: str) -> None:
    data = _noisy(fmt)
    named = format_named(f"x.{fmt.lower()}")
    assert probe_here({"named": named}, data)[0]["problem"] is None
    cut = data[: len(data) - 300]
    assert probe_here({"named": named}, cut)[0]["problem"] == "damaged"
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    if fmt == "PNG":  # a JPEG's entropy data has no checksum: a flipped byte may decode
        assert probe_here({"named": named}, bytes(flipped))[0]["problem"] == "damaged"


def test_names_and_heads_that_are_probed() -> None:
    assert format_named("Scan.PDF") == "pdf" and format_named("IMG.JPEG") == "jpeg"
    assert format_named("notes.txt") is None and format_named("clip.mp4") is None
    assert needs_probe("minutes.dat", b"%PDF-1.7\n") and not needs_probe("a.txt", b"hello")
