"""What the window's parts share while a vault is unlocked: the vault, the page reader,
a way to run work in the background, and a signal when records changed.

Created at unlock as the window's child and deleted at lock, on the GUI thread (a
parentless QObject is Python's to delete, and the cycle collector may run on a job
thread): nothing of the case outlives it in the window.  A job's outcome that arrives
after the lock is dropped quietly.
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

    def __init__(self, vault: Vault, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.demo = demo
        # True once locked: a plain attribute, still readable after the Qt object is gone.
        self.ended = False
        self.reader = PageReader(vault, parent=self)

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
        a dialog (or ``on_failure``), a success calls ``on_success`` on the GUI thread.
        Once the session has ended (locked) nothing runs and no outcome is delivered: a
        job asked or finishing after the lock is dropped quietly, no dialog."""
        if self.ended:
            dropped: Job[T] = Job(label)
            dropped.done.set()
            return dropped

        def succeeded(result: T) -> None:
            if not self.ended:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if self.ended:
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                show_failure(parent, exc)

        return run_in_background(
            parent,
            operation,
            on_success=succeeded,
            on_failure=failed,
            label=label,
            vault=self.vault,
            show_progress=show_progress,
            cancellable=cancellable,
        )

    def stop(self) -> None:
        """Stop the page reader (before the vault closes)."""
        self.reader.stop()

    def end(self) -> None:
        """Locked: drop every job outcome still to come, and delete this session (with
        its page reader's signals) on the GUI thread when control returns to the event
        loop, never from a garbage collection on a job thread."""
        self.ended = True
        self.deleteLater()
