"""Where the shipped resources (fonts, icons, stylesheets) are, installed or from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or beside it in a checkout."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder is missing from this installation")


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    """A shipped font file by name."""
    path = resources_dir() / "fonts" / name
    if not path.is_file():
        raise FileNotFoundError(f"font {name} is missing from this installation")
    return path


def icon_path(name: str) -> Path:
    """A shipped SVG icon by file name (``resources/icons/NAME``)."""
    path = resources_dir() / "icons" / name
    if not path.is_file():
        raise FileNotFoundError(f"icon {name} is missing from this installation")
    return path
