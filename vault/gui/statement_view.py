"""One statement as the Statements tab shows it: who, when, where, in which language and
version, then the original and the translation side by side (read only).

Every value is set as plain text: a statement or a name holding ``<img src=...>`` stays
those characters, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from vault.gui.dialogs import tr
from vault.gui.text_pair import TextPair


@dataclass(frozen=True)
class StatementSheet:
    """A statement as read for showing: the record (``vault.app.records.show``) and the
    case's persons by id, as "W-001  Name"."""

    record: dict[str, Any]
    persons: dict[str, str]

    @property
    def id(self) -> str:
        """The statement's id."""
        return str(self.record["id"])

    @property
    def code(self) -> str:
        """The statement's code (S-001)."""
        return str(self.record.get("code") or self.id[:8])

    def person(self, key: str) -> str:
        """The person named by ``key`` (``witness_id`` ...) as code and name, or ""."""
        person_id = self.record.get(key)
        if not person_id:
            return ""
        return self.persons.get(person_id, str(self.record.get("witness_code") or ""))


def _date_text(record: dict[str, Any]) -> str:
    date = record.get("interview_date")
    return str(date.get("text") or date.get("value")) if isinstance(date, dict) else ""


class StatementView(QWidget):
    """The selected statement's details and texts."""

    # Two columns of labelled values: who on the left, when/where/what on the right.
    FIELDS = (
        (("statement", "Statement"), ("date", "Interview date")),
        (("witness", "Witness"), ("place", "Place")),
        (("interviewer", "Interviewer"), ("kind", "Kind")),
        (("interpreter", "Interpreter"), ("topics", "Topics")),
        (("sha256", "SHA-256"), None),
    )

    def __init__(self) -> None:
        super().__init__()
        self.sheet: StatementSheet | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.fields = QWidget()
        grid = QGridLayout(self.fields)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.values: dict[str, QLabel] = {}
        for row, pair in enumerate(self.FIELDS):
            for column, field in enumerate(pair):
                if field is None:
                    continue
                key, label = field
                value = QLabel()
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(True)
                value.setAccessibleName(tr(label))
                self.values[key] = value
                name = QLabel(tr(label) + ":")
                name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(name, row, column * 2)
                grid.addWidget(value, row, column * 2 + 1)
        layout.addWidget(self.fields)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Notice"))
        self.notice.hide()
        layout.addWidget(self.notice)
        self.texts = TextPair(read_only=True)
        layout.addWidget(self.texts, 1)
        self.empty = QLabel(tr("Select a statement to read it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self._show_fields(False)

    def _show_fields(self, on: bool) -> None:
        self.fields.setVisible(on)
        self.texts.setVisible(on)
        self.empty.setVisible(not on)

    def show_sheet(self, sheet: StatementSheet) -> None:
        """Show ``sheet``'s statement."""
        self.sheet = sheet
        record = sheet.record
        version = record.get("version")
        versions = len(record.get("versions") or []) or version
        shown = {
            "statement": tr("{code}, version {n} of {total}").format(
                code=sheet.code, n=version, total=versions
            ),
            "witness": sheet.person("witness_id"),
            "interviewer": sheet.person("interviewer_id"),
            "interpreter": sheet.person("interpreter_id"),
            "date": _date_text(record),
            "place": record.get("place") or "",
            "kind": tr(str(record.get("kind") or "").replace("-", " ")),
            "topics": ", ".join(record.get("topics") or []),
            "sha256": str(record.get("sha256") or "")[:16] + "…",
        }
        self._show_fields(True)
        for key, text in shown.items():
            self.values[key].setText(str(text) or "—")
        self.texts.show_texts(
            str(record.get("body") or ""),
            record.get("translation"),
            record.get("language"),
            record.get("translation_language"),
        )

    def say(self, text: str) -> None:
        """A line above the texts (what the last change did); "" hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear(self) -> None:
        """Forget the statement shown."""
        self.sheet = None
        for value in self.values.values():
            value.clear()
        self.texts.clear()
        self.say("")
        self._show_fields(False)
