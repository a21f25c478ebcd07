"""Snippets: every pick and every candidate, filtered by text, kind, source and tag, sorted by score."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMenu, QTableView, QToolButton, QVBoxLayout, QWidget)

from briefdeck.gui import theme
from briefdeck.gui.empty_state import EmptyOr
from briefdeck.gui.fields import SearchField
from briefdeck.gui.snippet_model import Row, SnippetTableModel
from briefdeck.gui.snippet_view import SnippetDetail, SnippetTextDelegate

EMPTY_HINT = ("No snippets yet.\n\nAdd sources to see the claims, figures and quotes briefdeck proposes,\n"
              "or select a passage in a source and press Ctrl+1, Ctrl+2 or Ctrl+3.")


class SnippetsPane(QWidget):
    """The table and its filters. Signals carry row keys: "d:ID" (in the deck) or "c:ID" (candidate)."""

    activated = Signal(str)              # double-click: show the passage
    to_slide = Signal(list)              # put these on the current slide
    toggle_star = Signal(list)
    tag_requested = Signal(list)
    remove_requested = Signal(list)
    pick_requested = Signal(list)
    chart_requested = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SnippetTableModel(self)
        self.model.kind_icons = {k: theme.icon(k, theme.accent(k)) for k in ("claim", "figure", "quote")}
        self.search = SearchField()
        self.search.setPlaceholderText("Filter snippets (Ctrl+F)")
        self.search.setProperty("role", "search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._typing = QTimer(self, singleShot=True, interval=60)
        self._typing.timeout.connect(self._apply_text)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.kind_toggles = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        for kind in ("claim", "figure", "quote"):
            b = QToolButton()
            b.setCheckable(True)
            b.setChecked(True)
            b.setIcon(theme.icon(kind, theme.accent(kind)))
            b.setToolTip(f"Show {kind}s")
            b.toggled.connect(self._apply_kinds)
            bar.addWidget(b)
            self.kind_toggles[kind] = b
        self.source_box = QComboBox()
        self.source_box.setToolTip("Only snippets from this source")
        self.source_box.currentIndexChanged.connect(self._apply_source)
        self.tag_box = QComboBox()
        self.tag_box.setToolTip("Only snippets with this tag")
        self.tag_box.currentIndexChanged.connect(self._apply_tag)
        self.picked_box = QComboBox()
        self.picked_box.addItems(["All", "In the deck"])
        self.picked_box.setToolTip("Candidates and picks, or only what is in the deck")
        self.picked_box.currentIndexChanged.connect(self._apply_picked)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.source_box, self.tag_box, self.picked_box):
            filters.addWidget(w, 1)

        self.table = QTableView()
        self.table.setObjectName("snippetTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setIconSize(QSize(16, 16))
        self.text_delegate = SnippetTextDelegate(self.table)
        self.table.setItemDelegateForColumn(2, self.text_delegate)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        fm = header.fontMetrics()
        room = fm.horizontalAdvance("  ") + 22             # padding and the sort arrow: headers never clipped
        for col, width in ((0, 26), (1, 30), (3, 120), (4, 110), (5, fm.horizontalAdvance("Score") + room),
                           (6, fm.horizontalAdvance("Also in") + room)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

        self.stack = EmptyOr(EMPTY_HINT, self.table)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.detail = SnippetDetail()
        self.sources_by_id: dict = {}                  # the deck's sources, for the detail strip
        self.table.selectionModel().currentChanged.connect(lambda current, _old: self._show_detail(current))
        self._row_heights()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self.width()                         # room for the text first; the source is in the filter
        self.table.setColumnHidden(4, width < 640)
        self.table.setColumnHidden(6, width < 520)
        narrow = width < 480                         # the speaker or value goes under the text instead
        self.table.setColumnHidden(3, narrow)
        self.table.setColumnHidden(5, width < 400)   # the order still follows the score
        if narrow != self.text_delegate.detail_line:
            self.text_delegate.detail_line = narrow
            self._row_heights()

    def _row_heights(self) -> None:
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(self.text_delegate.rows() * line + 10)

    def _show_detail(self, index) -> None:
        row = self.model.row_at(index)
        self.detail.show_row(row, self.sources_by_id.get(row.snippet.source) if row else None)

    # --- content ------------------------------------------------------------------------
    def set_rows(self, rows: list[Row], sources: list[tuple[str, str]], tags: list[str]) -> None:
        keep = self.selected_keys()
        self._fill(self.source_box, "All sources", sources)
        self._fill(self.tag_box, "All tags", [(t, t) for t in tags])
        self.model.set_rows(rows)
        self.stack.show_content(bool(rows))
        self._update_count()
        self.select_keys(keep)

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value, label in items:
            box.addItem(label, value)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.visible[r].key for r in rows if r < len(self.model.visible)]

    def selected_rows(self) -> list[Row]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.visible[r] for r in rows if r < len(self.model.visible)]

    def select_keys(self, keys: list[str]) -> None:
        """Select these rows (the first becomes current, scrolled to, and shown in the detail strip)."""
        if not keys:
            self._show_detail(self.table.currentIndex())
            return
        sel = self.table.selectionModel()
        first = None
        for r, row in enumerate(self.model.visible):
            if row.key in keys:
                if first is None:
                    first = self.model.index(r, 2)
                    sel.setCurrentIndex(first, sel.SelectionFlag.NoUpdate)
                sel.select(self.model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        if first is not None:
            self.table.scrollTo(first)
        self._show_detail(self.table.currentIndex())

    def _update_count(self) -> None:
        shown, total = len(self.model.visible), len(self.model.all)
        picked = sum(r.picked for r in self.model.all)
        self.count.setText(f"{shown} of {total} shown \u00b7 {picked} in the deck")

    # --- filters ------------------------------------------------------------------------
    def _apply_text(self) -> None:
        self.model.filter.text = self.search.text()
        self.model.refilter()
        self._update_count()

    def _apply_kinds(self) -> None:
        self.model.filter.kinds = {k for k, b in self.kind_toggles.items() if b.isChecked()}
        self.model.refilter()
        self._update_count()

    def _apply_source(self) -> None:
        self.model.filter.source = self.source_box.currentData()
        self.model.refilter()
        self._update_count()

    def _apply_tag(self) -> None:
        self.model.filter.tag = self.tag_box.currentData()
        self.model.refilter()
        self._update_count()

    def _apply_picked(self) -> None:
        self.model.filter.picked_only = self.picked_box.currentIndex() == 1
        self.model.refilter()
        self._update_count()

    # --- actions ------------------------------------------------------------------------
    def _double_clicked(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.activated.emit(row.key)

    def _menu(self, pos) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        rows = self.selected_rows()
        menu = QMenu(self)
        menu.addAction(theme.icon("slide-add"), "Put on the current slide", lambda: self.to_slide.emit(keys))
        if any(not r.picked for r in rows):
            menu.addAction(theme.icon("check"), "Pick (add to the deck)", lambda: self.pick_requested.emit(keys))
        menu.addAction(theme.icon("star"), "Star / unstar", lambda: self.toggle_star.emit(keys))
        menu.addAction(theme.icon("tag"), "Tag\u2026", lambda: self.tag_requested.emit(keys))
        if any(r.snippet.kind == "figure" for r in rows):
            menu.addAction(theme.icon("chart"), "Chart these figures\u2026", lambda: self.chart_requested.emit(keys))
        menu.addSeparator()
        show = QAction("Show in source", menu)
        show.triggered.connect(lambda: self.activated.emit(keys[0]))
        menu.addAction(show)
        if any(r.picked for r in rows):
            menu.addAction(theme.icon("remove"), "Remove from the deck", lambda: self.remove_requested.emit(keys))
        menu.exec(self.table.viewport().mapToGlobal(pos))
