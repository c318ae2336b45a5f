"""The Evidence tab: files taken into the vault."""

from __future__ import annotations

from vault.gui.dialogs import tr
from vault.gui.record_tab import RecordTab


class EvidenceTab(RecordTab):
    """The attachments of the selected case."""

    kind = "attachments"
    record_type = "attachment"

    def __init__(self) -> None:
        super().__init__(tr("Evidence"))
        self.finish_buttons()
