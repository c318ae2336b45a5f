"""A statement's original text and its translation side by side, each paragraph laid out
in its own direction (an Azerbaijani line in Arabic script right to left, an Armenian or
Russian one left to right), whatever the window's own direction is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault.gui.clipboard import guard
from vault.gui.dialogs import tr


class StatementTextBox(QPlainTextEdit):
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


def follow_text_direction(edit: QPlainTextEdit) -> None:
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
    edit.setReadOnly(read_only)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    font = QFont(edit.font())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    edit.setFont(font)
    follow_text_direction(edit)
    return edit


class TextPair(QWidget):
    """Original (left) and translation (right), with their language tags.

    Read-only it shows a statement; editable it is where a person types or pastes one.
    """

    def __init__(self, *, read_only: bool) -> None:
        super().__init__()
        self.read_only = read_only
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.original_title = QLabel(tr("Original"))
        self.translation_title = QLabel(tr("Translation"))
        self.original = text_box(tr("Original text"), read_only=read_only)
        self.translation = text_box(tr("Translation"), read_only=read_only)
        self.translation_language = QLineEdit()
        self.translation_language.setAccessibleName(tr("Translation language"))
        self.translation_language.setPlaceholderText(tr("language of the translation, e.g. en"))
        self.translation_language.setMaximumWidth(260)
        for title, edit, extra in (
            (self.original_title, self.original, None),
            (self.translation_title, self.translation, self.translation_language),
        ):
            column = QVBoxLayout()
            head = QHBoxLayout()
            title.setTextFormat(Qt.TextFormat.PlainText)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            head.addWidget(title)
            head.addStretch(1)
            if extra is not None and not read_only:
                head.addWidget(extra)
            column.addLayout(head)
            column.addWidget(edit, 1)
            layout.addLayout(column, 1)

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
        self.original_title.setText(_titled(tr("Original"), language))
        self.translation_title.setText(_titled(tr("Translation"), translation_language))
        self.translation_language.setText(translation_language or "")

    def clear(self) -> None:
        """Empty both boxes (nothing of a statement left in them)."""
        self.original.clear()
        self.translation.clear()
        self.translation_language.clear()
        self.original_title.setText(tr("Original"))
        self.translation_title.setText(tr("Translation"))


def _titled(title: str, language: str | None) -> str:
    return f"{title} ({language})" if language else title
