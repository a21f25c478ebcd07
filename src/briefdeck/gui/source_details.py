"""Checking sources' details: a table of the citation fields, with guessed titles to confirm.

Shown after adding sources when a title is a guess (the file had no headline) or the publisher is
unknown, and from Sources > Check Source Details at any time. Each row is one source; the file name
is shown for orientation only (it never reaches a slide).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from briefdeck.core import Source

COLUMNS = [("title", "Title"), ("publisher", "Publisher"), ("date", "Date (YYYY-MM-DD)"), ("author", "Author")]


def needs_review(source: Source) -> bool:
    """A source whose citation a person should look at: a guessed title, or no publisher."""
    return source.title_guessed or not source.title or not source.publisher


class SourceDetailsDialog(QDialog):
    """Edit the citation fields of several sources at once; ``changes()`` says what was changed."""

    def __init__(self, sources: list[Source], parent=None, intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle("Check the sources' details")
        self.sources = list(sources)
        note = QLabel(intro or "These details go into every footnote and onto the Sources slide. Titles in "
                               "italics are guesses (the file has no headline): correct them or keep them.")
        note.setWordWrap(True)
        self.table = QTableWidget(len(self.sources), len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels(["File"] + [label for _, label in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, src in enumerate(self.sources):
            file = QTableWidgetItem(src.path.rsplit("/", 1)[-1])
            file.setFlags(file.flags() & ~Qt.ItemFlag.ItemIsEditable)
            file.setToolTip(src.path)
            self.table.setItem(r, 0, file)
            for c, (name, _) in enumerate(COLUMNS, start=1):
                cell = QTableWidgetItem(getattr(src, name))
                if name == "title" and src.title_guessed:
                    font = QFont(cell.font())
                    font.setItalic(True)
                    cell.setFont(font)
                    cell.setToolTip("A guess from the text: the file has no headline")
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 180))
        self.table.setColumnWidth(2, max(140, min(self.table.columnWidth(2), 220)))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton("&Use these details", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("&Later", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, min(520, 160 + 30 * len(self.sources)))

    def changes(self) -> dict[str, dict]:
        """Source id -> the fields to set; a kept guessed title counts as confirmed."""
        out: dict[str, dict] = {}
        for r, src in enumerate(self.sources):
            fields = {}
            for c, (name, _) in enumerate(COLUMNS, start=1):
                value = " ".join(self.table.item(r, c).text().split())
                if value != getattr(src, name):
                    fields[name] = value
            if src.title_guessed and "title" not in fields and src.title:
                fields["title"] = src.title               # confirmed as it is
            if fields:
                out[src.id] = fields
        return out
