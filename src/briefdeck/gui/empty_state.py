"""An empty state that teaches: a hint in place of a list until the list has something in it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class EmptyOr(QStackedWidget):
    """Shows ``hint`` (centred, muted) until :meth:`show_content` is called with True."""

    def __init__(self, hint: str, content: QWidget, parent=None):
        super().__init__(parent)
        self.hint = QLabel(hint)
        self.hint.setProperty("role", "empty")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.addWidget(self.hint)
        self.addWidget(content)

    def show_content(self, has_content: bool) -> None:
        self.setCurrentIndex(1 if has_content else 0)
