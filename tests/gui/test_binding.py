"""The Qt binding keeps Python's ``None`` alive.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every Qt method that
returns nothing (``setText``, ``setPosition``, ``setEnabled`` ...).  ``None`` starts with
some tens of thousands of references, so after that many calls (a few hundred decisions
in the redaction view, a long day in the window) the process aborts with "Fatal Python
error: none_dealloc".  ``pyproject.toml`` keeps the binding below 6.12; this test fails
on a binding with the fault (CPython 3.12 and later make ``None`` immortal: it passes).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10
