"""The snippet table: picks and candidates, filtered in plain Python and shown by a thin Qt model.

Filtering 10,000 snippets through QSortFilterProxyModel calls back into Python once
per row per keystroke; here each row's search text is prepared once and the filter
is a list comprehension, so typing stays fast.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt

from briefdeck.core import Snippet
from briefdeck.core.numbers import with_unit

MIME = "application/x-briefdeck-snippets"
COLUMNS = ("\u2605", "", "Snippet", "Detail", "Source", "Score", "Also in")
STAR = "star"


@dataclass
class Row:
    snippet: Snippet
    picked: bool
    source_label: str
    search: str = ""

    def __post_init__(self) -> None:
        sn = self.snippet
        self.search = " ".join((sn.text, sn.speaker, sn.role, sn.measure, sn.unit, self.source_label,
                                " ".join(sn.tags))).casefold()
        self.rank = (self.picked, sn.score or 0)      # the default order: picks first, then by score

    @property
    def key(self) -> str:
        return ("d:" if self.picked else "c:") + self.snippet.id

    @property
    def detail(self) -> str:
        sn = self.snippet
        if sn.kind == "quote":
            return sn.speaker or "(no speaker)"
        if sn.kind == "figure" and sn.value is not None:
            return with_unit(sn.value, sn.unit, sn.text)
        return ""


@dataclass
class Filter:
    text: str = ""
    kinds: set[str] = field(default_factory=lambda: {"claim", "figure", "quote"})
    source: str | None = None
    tag: str | None = None
    picked_only: bool = False

    def everything(self) -> bool:
        return not self.text.strip() and self.kinds >= {"claim", "figure", "quote"} and self.source is None \
            and self.tag is None and not self.picked_only

    def rows(self, rows: list[Row]) -> list[Row]:
        if self.everything():
            return list(rows)
        words = self.text.casefold().split()
        return [r for r in rows
                if r.snippet.kind in self.kinds
                and (self.source is None or r.snippet.source == self.source)
                and (self.tag is None or self.tag in r.snippet.tags)
                and (not self.picked_only or r.picked)
                and all(w in r.search for w in words)]


def sort_key(column: int):
    if column == 0:
        return lambda r: (STAR in r.snippet.tags, r.snippet.score or 0)
    if column == 1:
        return lambda r: r.snippet.kind
    if column == 2:
        return lambda r: r.snippet.text.casefold()
    if column == 3:
        return lambda r: r.detail.casefold()
    if column == 4:
        return lambda r: r.source_label.casefold()
    if column == 6:
        return lambda r: len(r.snippet.reported_by)
    return operator.attrgetter("rank")


class SnippetTableModel(QAbstractTableModel):
    """Rows of the current filter; ``rows`` is replaced whole (one model reset) on every change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[Row] = []
        self.visible: list[Row] = []
        self.filter = Filter()
        self.order = (5, Qt.SortOrder.DescendingOrder)
        self.kind_icons: dict = {}

    def set_rows(self, rows: list[Row]) -> None:
        self.all = rows
        self.refilter()

    def refilter(self) -> None:
        column, order = self.order
        shown = self.filter.rows(self.all)
        shown.sort(key=sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.visible = shown
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.order = (column, order)
        self.refilter()

    def row_at(self, index: QModelIndex) -> Row | None:
        return self.visible[index.row()] if index.isValid() and index.row() < len(self.visible) else None

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        sn, col = row.snippet, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "\u2605" if STAR in sn.tags else ""
            if col == 1:
                return ""
            if col == 2:
                return " ".join(sn.text.split())
            if col == 3:
                return row.detail
            if col == 4:
                return row.source_label
            if col == 5:
                return f"{sn.score:.2f}" if sn.score is not None else ""
            if col == 6:
                return f"+{len(sn.reported_by)}" if sn.reported_by else ""
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return self.kind_icons.get(sn.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return sn.kind.capitalize()
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and sn.reported_by:
            return f"Reported by {len(sn.reported_by) + 1} sources: this one and {', '.join(sn.reported_by)}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            extra = f"\n\u2014 {sn.attribution()}" if sn.speaker else ""
            state = "In the deck" if row.picked else "Proposed by extraction (not in the deck yet)"
            return f"{sn.text}{extra}\n\n{state}. Double-click to see it in its source."
        if role == Qt.ItemDataRole.FontRole and row.picked and col == 2:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not row.picked and col in (2, 3):
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 5, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = []                       # "d:ID" for a snippet in the deck, "c:ID" for a candidate
        for index in indexes:
            row = self.row_at(index)
            key = row and row.key
            if key and key not in ids:
                ids.append(key)
        data = QMimeData()
        data.setData(MIME, "\n".join(ids).encode("utf-8"))
        data.setText("\n".join(self.row_at(i).snippet.text for i in indexes if i.column() == 2))
        return data
