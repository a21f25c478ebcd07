"""Deck properties: the title, subtitle, author and date the title slide shows, and the template."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from briefdeck.core import Deck

FIELDS = (("title", "Title", "What the briefing is about"),
          ("subtitle", "Subtitle", "e.g. Briefing for the trade desk (optional)"),
          ("author", "Author", "Who prepared it (optional)"),
          ("date", "Date", "e.g. 2026-11-30 or November 2026"))


class DeckPropertiesDialog(QDialog):
    """``values()`` holds every field as entered (the caller applies what changed, as one undo step)."""

    def __init__(self, deck: Deck, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Deck properties")
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label, hint in FIELDS:
            edit = QLineEdit(getattr(deck, name) or "")
            edit.setPlaceholderText(hint)
            edit.setMinimumWidth(380)
            self.edits[name] = edit
            if name == "date":
                today = QPushButton("Today")
                today.setToolTip("Today's date")
                today.clicked.connect(lambda: self.edits["date"].setText(dt.date.today().isoformat()))
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(edit, 1)
                line.addWidget(today)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        self.template = QComboBox()
        from briefdeck.templates import builtin_names, load_builtin
        for name in builtin_names():
            self.template.addItem(f"{name} \u2014 {load_builtin(name).description}", name)
        current = deck.template or "corporate"
        if self.template.findData(current) < 0:
            self.template.addItem(Path(current).name, current)
        self.template.addItem("Your .pptx or .potx\u2026", "__file__")
        self.template.setCurrentIndex(self.template.findData(current))
        self._template = current
        self.template.activated.connect(self._template_chosen)
        form.addRow("Template", self.template)
        note = QLabel("The title slide shows the title, subtitle, author and date; the title and author also "
                      "go into the exported file's properties.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _template_chosen(self, _index: int) -> None:
        if self.template.currentData() != "__file__":
            self._template = self.template.currentData()
            return
        path, _ = QFileDialog.getOpenFileName(self, "Your PowerPoint template", "", "PowerPoint (*.pptx *.potx)")
        if path:
            self.template.insertItem(self.template.count() - 1, Path(path).name, path)
            self._template = path
        self.template.setCurrentIndex(self.template.findData(self._template))

    def values(self) -> dict[str, str]:
        out = {name: " ".join(edit.text().split()) for name, edit in self.edits.items()}
        out["template"] = self._template
        return out
