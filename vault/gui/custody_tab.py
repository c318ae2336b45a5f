"""The Custody log tab: the chain of events about the selected case."""

from __future__ import annotations

from vault.gui.dialogs import tr
from vault.gui.record_tab import RecordTab


class CustodyTab(RecordTab):
    """The custody events of the selected case, as a table."""

    kind = "custody"
    record_type = ""

    def __init__(self) -> None:
        super().__init__(tr("Custody log"))
        self.finish_buttons()
