"""What the benchmark scripts share: test pictures and writing the JSON results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image


def photo_like(width: int, height: int) -> Image.Image:
    """A picture that compresses like a camera photo: smooth gradients plus sensor-like
    noise (flat synthetic images would make JPEG work look cheaper than it is)."""
    small = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((width // 8, height // 8)),
            Image.radial_gradient("L").resize((width // 8, height // 8)),
            Image.effect_noise((width // 8, height // 8), 60),
        ],
    )
    picture = small.resize((width, height), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((width, height), 12).convert("RGB")
    return Image.blend(picture, noise, 0.15)


def write_results(results: dict[str, Any], out: Path) -> None:
    """Write ``results`` as JSON to ``out`` and say where."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON: {out}")
