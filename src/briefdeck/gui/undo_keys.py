"""Ctrl+Z in a text field with nothing of its own to undo undoes the last change to the deck.

Qt gives a focused text field the undo and redo keys first, for its own typing. Once a field's
edit is committed (Tab, Enter, focus moving on), the field that has the focus next has nothing
to undo, and without this the key would do nothing at all: the deck's undo is what the user
means. A field with typing of its own to undo keeps the key.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _own_history(widget: QObject, undo: bool) -> bool | None:
    """Whether ``widget`` has typing of its own to undo (or redo); None for a widget that is not a text field."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return None
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        return doc.isUndoAvailable() if undo else doc.isRedoAvailable()
    return None


class UndoKeys(QObject):
    """An application event filter: the undo and redo keys go to the deck when the focused field has none."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        keys = QKeySequence(event.keyCombination())
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or keys in _REDO_KEYS
        if not (undo or redo) or _own_history(watched, undo) is not False:
            return False
        event.ignore()                       # not the field's: the window's Undo / Redo shortcut runs
        return True
