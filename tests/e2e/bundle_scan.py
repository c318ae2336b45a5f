"""Reading every file of an exported bundle the ways a recipient could (tests only).

One place for what the leak tests look through: the raw bytes, what ``exiftool`` reads
out of any file, what ``pdftotext`` reads from a PDF, and what Pillow reads from an
image's info and EXIF (decoded and raw). A test that adds a way of reading adds it here,
so every leak test gets it.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

_IMAGES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")


def forms(text: str) -> list[bytes]:
    """The ways a string can sit in a file's bytes."""
    return [text.encode(c) for c in ("utf-8", "utf-16-le", "utf-16-be")]


def file_views(path: Path) -> list[bytes]:
    """The bytes of one file and everything the recipient's tools read out of it."""
    views = [path.read_bytes()]
    views.append(
        subprocess.run(
            ["exiftool", "-a", "-b", "-u", "-G1", str(path)], capture_output=True, check=False
        ).stdout
    )
    if path.suffix == ".pdf":
        views.append(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
            ).stdout
        )
    if path.suffix.lower() in _IMAGES:
        with Image.open(path) as image:
            exif = image.getexif()
            views.append(repr(image.info).encode("utf-8", "backslashreplace"))
            views.append(str(image.info).encode("utf-8"))
            views.append(json.dumps(dict(exif), default=str).encode())
            views.append(bytes(exif.tobytes()))
    return views


def bundle_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, in a stable order."""
    yield from sorted(p for p in folder.rglob("*") if p.is_file())


def leaks(folder: Path, needles: list[str]) -> list[str]:
    """ "<needle> in <file>" for each needle found in any view of any file of the bundle:
    as bytes in UTF-8 or UTF-16, or case-folded with line breaks read as spaces."""
    found = []
    for path in bundle_files(folder):
        for view in file_views(path):
            folded = " ".join(view.decode("utf-8", "ignore").casefold().split())
            for needle in needles:
                if any(f in view for f in forms(needle)) or needle.casefold() in folded:
                    found.append(f"{needle!r} in {path.relative_to(folder)}")
    return sorted(set(found))
