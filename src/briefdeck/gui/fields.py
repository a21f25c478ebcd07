"""Text fields whose Ctrl+Z, with nothing of their own to undo, undoes the last change to the deck.

Qt gives a focused text field the undo and redo keys first, for its own typing. Once a field's
edit is committed (Tab, Enter, focus moving on), the next field has nothing to undo, and a plain
field would swallow the key: the deck's undo is what the user means. A field with typing of its
own to undo keeps the key. Each field decides for itself (no application-wide event filter).

On X11, Qt's one-line field also takes Ctrl+E, as an Emacs key for "end of line"; the window's Ctrl+E
exports the deck, as its File menu says, so a field passes that key on (End still moves to the end).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
_WINDOW_KEYS = (QKeySequence("Ctrl+E"),)      # the window's, never a field's own


def _passes_on(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """Whether ``event`` is the window's key, or an undo / redo key the field has nothing for (so the deck's
    shortcut runs)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if QKeySequence(event.keyCombination()) in _WINDOW_KEYS:
        return True
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    if event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(event.keyCombination()) in _REDO_KEYS:
        return not can_redo
    return False


class SearchField(QLineEdit):
    """A one-line field that is not the deck's (a filter): its undo stays its own; the window's keys pass."""

    def event(self, event: QEvent) -> bool:
        if _passes_on(event, can_undo=True, can_redo=True):     # keeps undo and redo, passes the window's keys
            event.ignore()
            return True
        return super().event(event)


class LineField(QLineEdit):
    """A one-line field of the deck."""

    def event(self, event: QEvent) -> bool:
        if _passes_on(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)


class TextField(QPlainTextEdit):
    """A multi-line field of the deck (speaker notes)."""

    def event(self, event: QEvent) -> bool:
        doc = self.document()
        if _passes_on(event, doc.isUndoAvailable(), doc.isRedoAvailable()):
            event.ignore()
            return True
        return super().event(event)
