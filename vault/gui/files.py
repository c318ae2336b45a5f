"""File and folder dialogs that leave no trace outside the vault.

Qt's widget file dialog saves its history and last visited folder into
``~/.config/QtProject.conf`` when it closes, and a native dialog may add the chosen file
to the desktop's recent files.  A folder name can name a witness, so every dialog here is
Qt's own (never native), and :func:`keep_qt_settings_nowhere` points Qt's settings at a
place that cannot be written: the window keeps its settings inside the vault instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def keep_qt_settings_nowhere() -> None:
    """Make every QSettings of this process (Qt's own included) unwritable: /dev/null is
    not a folder, so nothing can be created under it, and Qt fails quietly."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, os.devnull)


def choose_folder(parent: QWidget, title: str, start: Path | None = None) -> Path | None:
    """A folder the person picked, or None."""
    chosen = QFileDialog.getExistingDirectory(
        parent, title, str(start or Path.home()), _OPTIONS | QFileDialog.Option.ShowDirsOnly
    )
    return Path(chosen) if chosen else None


def choose_files(parent: QWidget, title: str, start: Path | None = None) -> list[Path]:
    """Files the person picked (maybe none)."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, title, str(start or Path.home()), "", "", _OPTIONS
    )
    return [Path(name) for name in chosen]


def choose_save_file(parent: QWidget, title: str, start: Path | None = None) -> Path | None:
    """A file name to write, or None."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(start or Path.home()), "", "", _OPTIONS
    )
    return Path(chosen) if chosen else None
