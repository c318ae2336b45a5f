"""A statement's original text and its translation side by side, each paragraph laid out
and aligned in its own direction (an Azerbaijani line in Arabic script right to left and
right-aligned, an Armenian or Russian one left to right), whatever the window's own
direction is.

The boxes are QTextEdit in plain-text mode, not QPlainTextEdit: QPlainTextEdit's layout
applies one alignment to every paragraph, so a right-to-left line among left-to-right
ones would stay on the left.  Rich text is never accepted (pasted markup arrives as its
characters)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault.gui.clipboard import guard
from vault.gui.dialogs import tr

# Offered in the language boxes; any IETF tag may be typed (the core checks it).
COMMON_LANGUAGES = ("", "hy", "ru", "az", "az-Latn", "az-Arab", "ka", "uk", "en", "fa", "ar")


def language_box(name: str) -> QComboBox:
    """An editable language tag box offering the languages cases here are told in."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(COMMON_LANGUAGES))
    box.setAccessibleName(name)
    box.setMinimumContentsLength(10)
    line = box.lineEdit()
    if line is not None:
        line.setAccessibleName(name)
        line.setPlaceholderText(tr("e.g. az-Arab"))
    return box


class StatementTextBox(QTextEdit):
    """A plain-text box whose Copy and Cut go through the clipboard guard (cleared after
    30 s), from the keyboard and from the context menu alike."""

    def copy(self) -> None:
        """Copy the selection through the guard."""
        selected = self.textCursor().selectedText().replace("\u2029", "\n")
        if selected:
            guard().copy(selected)

    def cut(self) -> None:
        """Copy the selection through the guard, then remove it (editable boxes)."""
        if self.isReadOnly():
            return
        self.copy()
        self.textCursor().removeSelectedText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            event.accept()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            # Qt's own Copy/Cut write to the clipboard directly: ours go through the guard.
            name = action.objectName()
            if name == "edit-copy":
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
            elif name == "edit-cut":
                action.triggered.disconnect()
                action.triggered.connect(self.cut)
        menu.exec(event.globalPos())
        menu.deleteLater()


def follow_text_direction(edit: QTextEdit) -> None:
    """Lay out each paragraph of ``edit`` in the direction of its own first strong letter
    (Qt.LayoutDirectionAuto), not the window's: a right-to-left UI language must not turn
    a Russian paragraph around, nor a left-to-right one an Arabic-script line."""
    document = edit.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)


def text_box(name: str, *, read_only: bool) -> StatementTextBox:
    """A plain-text box for statement text (never markup), following each paragraph's
    direction; ``name`` is what a screen reader announces."""
    edit = StatementTextBox()
    edit.setAcceptRichText(False)
    edit.setReadOnly(read_only)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
    font = QFont(edit.font())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    edit.setFont(font)
    follow_text_direction(edit)
    return edit


class TextPair(QWidget):
    """Original (left) and translation (right), with their language tags.

    Read-only it shows a statement (the tags in the titles); editable it is where a
    person types or pastes one, with a language box for the translation and, with
    ``original_language``, one for the original too.
    """

    def __init__(self, *, read_only: bool, original_language: bool = False) -> None:
        super().__init__()
        self.read_only = read_only
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.original_title = QLabel(tr("Original"))
        self.translation_title = QLabel(tr("Translation"))
        self.original = text_box(tr("Original text"), read_only=read_only)
        self.translation = text_box(tr("Translation"), read_only=read_only)
        self.language = language_box(tr("Language"))
        self.translation_language = language_box(tr("Translation language"))
        self.columns: list[QWidget] = []
        for title, edit, box, shown in (
            (self.original_title, self.original, self.language, original_language),
            (self.translation_title, self.translation, self.translation_language, True),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            head = QHBoxLayout()
            title.setTextFormat(Qt.TextFormat.PlainText)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            # Both heads as tall as a language box, so the two texts start level.
            title.setMinimumHeight(box.sizeHint().height())
            head.addWidget(title)
            head.addStretch(1)
            if shown and not read_only:
                label = QLabel(tr("Language:"))
                label.setBuddy(box)
                head.addWidget(label)
                head.addWidget(box)
            else:  # never shown; owned here, so it ends with the pair on the GUI thread
                box.setParent(self)
                box.hide()
            column.addLayout(head)
            column.addWidget(edit, 1)
            layout.addWidget(holder, 1)
            self.columns.append(holder)

    def show_texts(
        self,
        original: str,
        translation: str | None,
        language: str | None,
        translation_language: str | None,
    ) -> None:
        """Put a statement's texts in the boxes, the language tags in the titles."""
        self.original.setPlainText(original)
        self.translation.setPlainText(translation or "")
        if self.read_only:  # no translation: the original gets the whole width
            self.columns[1].setVisible(translation is not None)
        self.original_title.setText(_titled(tr("Original"), language))
        self.translation_title.setText(_titled(tr("Translation"), translation_language))
        self.language.setCurrentText(language or "")
        self.translation_language.setCurrentText(translation_language or "")

    def clear(self) -> None:
        """Empty both boxes (nothing of a statement left in them)."""
        self.original.clear()
        self.translation.clear()
        self.language.setCurrentText("")
        self.translation_language.setCurrentText("")
        self.original_title.setText(tr("Original"))
        self.translation_title.setText(tr("Translation"))


def _titled(title: str, language: str | None) -> str:
    return f"{title} ({language})" if language else title
