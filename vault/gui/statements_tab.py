"""The Statements tab: a case's witness statements."""

from __future__ import annotations

from vault.gui.dialogs import tr
from vault.gui.record_tab import RecordTab


class StatementsTab(RecordTab):
    """The statements of the selected case."""

    kind = "statements"
    record_type = "statement"

    def __init__(self) -> None:
        super().__init__(tr("Statements"))
        self.finish_buttons()
