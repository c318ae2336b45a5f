"""The People tab: witnesses, victims, perpetrators, interviewers and interpreters."""

from __future__ import annotations

from vault.gui.dialogs import tr
from vault.gui.record_tab import RecordTab


class PeopleTab(RecordTab):
    """The persons of the selected case."""

    kind = "persons"
    record_type = "person"

    def __init__(self) -> None:
        super().__init__(tr("People"))
        self.finish_buttons()
