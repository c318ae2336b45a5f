"""Make the platform icon files from the one app icon (resources/icons/APP_ID.svg):
hicolor PNGs for a Linux install, ``evidence-vault.ico`` (Windows) and
``evidence-vault.icns`` (macOS), written to ``packaging/icons/`` (not kept in git: made
again by each build, so the SVG is the only source).

    uv run python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    """Write every icon file; the paths written, one a line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(ROOT))
    from vault import APP_ID

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    OUT.mkdir(exist_ok=True)
    images = {}
    for size in PNG_SIZES:
        png = render(svg, size)
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
        print(folder / f"{APP_ID}.png")
    largest = images[max(PNG_SIZES)]
    ico = OUT / "evidence-vault.ico"
    largest.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    icns = OUT / "evidence-vault.icns"
    largest.save(icns)
    print(ico)
    print(icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
