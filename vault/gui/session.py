"""What the window's parts share while a vault is unlocked: the vault, the page reader,
a way to run work in the background, and a signal when records changed.

Created at unlock and dropped at lock: nothing of the case outlives it in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vault.core.vault import Vault
from vault.gui.dialogs import show_failure
from vault.gui.page_reader import PageReader
from vault.gui.workers import Job, run_in_background

T = TypeVar("T")


class GuiSession(QObject):
    """One unlocked vault as the window uses it."""

    # A record kind ("statements", "persons", ... or "cases") whose rows changed.
    records_changed = Signal(str)
    # Open a record: its type ("statement", "person", ...) and id (search results).
    open_record = Signal(str, str)

    def __init__(self, vault: Vault, *, demo: bool = False) -> None:
        super().__init__()
        self.vault = vault
        self.demo = demo
        self.reader = PageReader(vault)

    @property
    def vault_dir(self) -> Path:
        """The unlocked vault's folder."""
        return self.vault.path

    def run(
        self,
        parent: QWidget,
        operation: Callable[[Job[T]], T],
        on_success: Callable[[T], None],
        label: str,
        *,
        show_progress: bool = True,
        cancellable: bool = True,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Job[T]:
        """Run ``operation`` off the GUI thread on its own connection; a failure becomes
        a dialog (or ``on_failure``), a success calls ``on_success`` on the GUI thread."""

        def failed(exc: BaseException) -> None:
            if on_failure is not None:
                on_failure(exc)
            else:
                show_failure(parent, exc)

        return run_in_background(
            parent,
            operation,
            on_success=on_success,
            on_failure=failed,
            label=label,
            vault=self.vault,
            show_progress=show_progress,
            cancellable=cancellable,
        )

    def stop(self) -> None:
        """Stop the page reader (before the vault closes)."""
        self.reader.stop()
