"""The main toolbar (Lock, Add evidence, Export…, Open a bundle…, Search) and the icons
of the window: the app icon and the toolbar's symbols.

The toolbar reuses the menu's actions where there is one (Lock, Export…, Open a
bundle…), so enabling follows one rule.  Its symbols are SVG files drawn in
``currentColor``; they are painted in the theme's text colour when made and again when
the theme changes, so they stay visible on a light and on a dark desktop.  No colour is
written here: it comes from the palette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolBar

from vault import APP_ID
from vault.gui.dialogs import tr
from vault.resources import icon_path

if TYPE_CHECKING:
    from vault.gui.window import MainWindow

ICON_SIZES = (16, 22, 24, 32, 48)


def app_icon() -> QIcon:
    """The application's icon (a shield holding a document), from its SVG file."""
    return QIcon(str(icon_path(f"{APP_ID}.svg")))


def symbol_icon(name: str, palette: QPalette) -> QIcon:
    """The toolbar symbol ``name`` (``resources/icons/NAME.svg``) in ``palette``'s text
    colour, and its disabled look in the palette's disabled text colour."""
    source = icon_path(f"{name}.svg").read_text(encoding="utf-8")
    icon = QIcon()
    looks = (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    )
    for mode, group in looks:
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
        for size in ICON_SIZES:
            for scale in (1, 2):
                pixmap = QPixmap(size * scale, size * scale)
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
                painter.end()
                pixmap.setDevicePixelRatio(scale)
                icon.addPixmap(pixmap, mode)
    return icon


class MainToolbar(QToolBar):
    """The window's main actions with their symbols, below the menu bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Main toolbar"), window)
        self.window_ = window
        self.setObjectName("main-toolbar")
        self.setAccessibleName(tr("Main toolbar"))
        self.setMovable(False)
        self.setIconSize(QSize(24, 24))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bundles = window.bundle_actions
        self.add_evidence_action = QAction(tr("Add evidence…"), self)
        self.add_evidence_action.setToolTip(tr("Take files into the selected case"))
        self.add_evidence_action.triggered.connect(self.add_evidence)
        self.search_action = QAction(tr("Search"), self)
        self.search_action.setToolTip(tr("Search every case (Ctrl+F)"))
        self.search_action.setShortcut(tr("Ctrl+F"))
        self.search_action.triggered.connect(self.search)
        self.symbols: list[tuple[QAction, str]] = [
            (window.lock_action, "lock"),
            (self.add_evidence_action, "add-evidence"),
            (bundles.export_action, "export"),
            (bundles.open_bundle_action, "open-bundle"),
            (self.search_action, "search"),
        ]
        for action, _name in self.symbols:
            self.addAction(action)
        self.paint_symbols()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        window.unlocked.connect(self._update)
        window.locked.connect(self._update)
        window.workspace.case_selected.connect(lambda _: self._update())
        self._update()

    def paint_symbols(self) -> None:
        """Draw every symbol again in the current theme's text colour."""
        palette = self.palette()
        for action, name in self.symbols:
            action.setIcon(symbol_icon(name, palette))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.paint_symbols()
        return super().event(event)

    def _update(self) -> None:
        unlocked = self.window_.session is not None
        has_case = unlocked and self.window_.workspace.case_id is not None
        self.add_evidence_action.setEnabled(has_case)
        self.search_action.setEnabled(unlocked)

    def add_evidence(self) -> None:
        """The Evidence tab of the selected case, and its file chooser."""
        workspace = self.window_.workspace
        if workspace.case_id is None:
            return
        workspace.tabs.setCurrentWidget(workspace.evidence)
        workspace.evidence.add_files()

    def search(self) -> None:
        """Put the cursor in the search field (every case)."""
        field = self.window_.workspace.search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
