"""A statement "as exported": the texts exactly as the chosen profile's export carries
them, made by the application layer's preview (the code the export runs), with the
hits nobody decided listed, and highlighted where they still stand as written.

Nothing here redacts: the texts arrive redacted from ``vault.app``; accepted decisions
read as the codes and placeholders that replace them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from vault.app.i18n import translate_message
from vault.app.redaction import ExportedStatement
from vault.gui.dialogs import tr
from vault.gui.redaction_list import field_label, kind_label
from vault.gui.text_marks import paint_words
from vault.gui.text_pair import text_box


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ExportedTextView(QWidget):
    """The preview page: a line saying for which profile (and whether the statement
    would leave at all), the exported original and translation, the place, and the
    undecided hits."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.heading = _plain_label()
        layout.addWidget(self.heading)
        texts = QHBoxLayout()
        self.body = text_box(tr("Original as exported"), read_only=True)
        self.translation = text_box(tr("Translation as exported"), read_only=True)
        self.translation_column = QWidget()
        for box, title, holder in (
            (self.body, tr("Original as exported"), QWidget()),
            (self.translation, tr("Translation as exported"), self.translation_column),
        ):
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(title))
            column.addWidget(box, 1)
            texts.addWidget(holder, 1)
        layout.addLayout(texts, 3)
        self.place = _plain_label()
        self.place.setAccessibleName(tr("Place as exported"))
        layout.addWidget(self.place)
        self.undecided_title = _plain_label()
        layout.addWidget(self.undecided_title)
        self.undecided = QListWidget()
        self.undecided.setAccessibleName(tr("Undecided hits"))
        layout.addWidget(self.undecided, 1)

    def show_exported(self, profile: str, exported: ExportedStatement) -> None:
        """Show ``exported`` (the preview for ``profile``)."""
        texts, undecided = exported.preview.texts, exported.preview.undecided
        heading = tr("Exactly as the {profile} export carries this statement.").format(
            profile=profile
        )
        if exported.left_out:
            heading = tr("Not exported for {profile}: {why}. As it would read:").format(
                profile=profile, why=translate_message(exported.left_out)
            )
        self.heading.setText(heading)
        self.body.setPlainText(texts.body)
        self.translation.setPlainText(texts.translation or "")
        self.translation_column.setVisible(texts.translation is not None)
        self.place.setText(tr("Place: {place}").format(place=texts.place) if texts.place else "")
        self.place.setVisible(bool(texts.place))
        self.undecided.clear()
        for field, hit in undecided:
            self.undecided.addItem(
                tr("{where}: “{text}” — {kind}").format(
                    where=field_label(field), text=hit.text, kind=kind_label(hit.kind)
                )
            )
        if undecided:
            self.undecided_title.setText(
                tr(
                    "{n} hit(s) nobody decided for {profile}, highlighted above: the export "
                    "refuses until each is accepted or rejected."
                ).format(n=len(undecided), profile=profile)
            )
        else:
            self.undecided_title.setText(
                tr("Nothing undecided for {profile}: this is the text that leaves.").format(
                    profile=profile
                )
            )
        self.undecided.setVisible(bool(undecided))
        by_field: dict[str, list[str]] = {"body": [], "translation": []}
        for field, hit in undecided:
            by_field.setdefault(field, []).append(hit.text)
        paint_words(self.body, by_field["body"])
        paint_words(self.translation, by_field["translation"])

    def clear(self) -> None:
        """Forget the texts shown."""
        for box in (self.body, self.translation):
            box.setExtraSelections([])
            box.clear()
        self.undecided.clear()
        self.place.clear()
        self.heading.clear()
        self.undecided_title.clear()
