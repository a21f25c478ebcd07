"""The slide list: a row per slide, its thumbnail drawn only when it is in view and only when it changed.

A thumbnail is a picture of the slide's plan. Plans are kept by the editor's PlanCache, so a slide
that did not change keeps its plan object, and the picture drawn for that object is reused. Pictures
missing for rows in view are drawn a few at a time between events (charts sketched, not rendered
with matplotlib), so scrolling a long deck never waits for them; at most ``KEEP`` are kept.
"""
from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView

THUMB_WIDTH = 128
KEEP = 400                      # thumbnails kept (about 150 KB each)
BUDGET_S = 0.012                # drawing per event-loop turn


class SlideListModel(QAbstractListModel):
    """Rows are the deck's slides; ``plans[i]`` is the first SlidePlan of slide i (None until planned)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.titles: list[str] = []
        self.plans: list = []
        self.template = None
        self.pictures: OrderedDict[int, tuple[object, QIcon]] = OrderedDict()     # id(plan) -> (plan, picture)
        self.wanted: OrderedDict[int, None] = OrderedDict()                         # rows asked for, not drawn
        self.blank = _blank(THUMB_WIDTH * 2, int(THUMB_WIDTH * 2 * 9 / 16))
        self.drawn = 0                                                             # pictures drawn so far
        self.on_wanted = lambda: None                                              # a row's picture is asked for

    def set_slides(self, titles: list[str], plans: list, template) -> None:
        """The deck's slides now: rows added or removed reset the list, otherwise only the rows whose
        title or plan changed are updated."""
        if template is not self.template and template is not None:
            self.pictures.clear()
            self.blank = _blank(THUMB_WIDTH * 2, round(THUMB_WIDTH * 2 * template.height / template.width))
        self.template = template
        if len(titles) != len(self.titles):
            self.beginResetModel()
            self.titles, self.plans = list(titles), list(plans)
            self.wanted.clear()
            self.endResetModel()
            return
        changed = [i for i, (t, p) in enumerate(zip(titles, plans))
                   if t != self.titles[i] or p is not self.plans[i]]
        self.titles, self.plans = list(titles), list(plans)
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first), self.index(last))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not index.isValid() or row >= len(self.titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}  {self.titles[row]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.titles[row]
        if role == Qt.ItemDataRole.DecorationRole:
            plan = self.plans[row] if row < len(self.plans) else None
            held = self.pictures.get(id(plan)) if plan is not None else None
            if held is not None and held[0] is plan:
                self.pictures.move_to_end(id(plan))
                return held[1]
            if plan is not None and row not in self.wanted:
                self.wanted[row] = None
                self.on_wanted()
            return self.blank
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else \
            base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def draw(self, row: int) -> bool:
        """Draw row's thumbnail; False when there is nothing to draw for it."""
        from briefdeck.gui.preview import render_slide
        plan = self.plans[row] if 0 <= row < len(self.plans) else None
        if plan is None or self.template is None:
            return False
        held = self.pictures.get(id(plan))
        if held is None or held[0] is not plan:
            image = render_slide(plan, self.template, THUMB_WIDTH * 2, sketch_charts=True)
            self.pictures[id(plan)] = (plan, QIcon(QPixmap.fromImage(image)))     # an icon: drawn at icon size
            self.drawn += 1
            while len(self.pictures) > KEEP:
                self.pictures.popitem(last=False)
        self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])
        return True


def _blank(width: int, height: int) -> QIcon:
    """What a slide shows until its picture is drawn."""
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#E6E9EE"))
    return QIcon(pixmap)


def _runs(rows: list[int]):
    """[1, 2, 3, 7] -> (1, 3), (7, 7)."""
    start = prev = None
    for r in rows:
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            yield start, prev
            start = prev = r
    if start is not None:
        yield start, prev


class SlideList(QListView):
    """The slides' thumbnails and titles; drag to reorder (the deck moves the slide, the list follows)."""

    moved = Signal(int, int)
    current_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("slideList")
        self.slides = SlideListModel(self)
        self.setModel(self.slides)
        # a column of thumbnails, each with "N  title" under it (one line, elided), as a slide sorter shows
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 9 / 16)))
        self.setGridSize(QSize(THUMB_WIDTH + 12, int(THUMB_WIDTH * 9 / 16) + self.fontMetrics().height() + 14))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setMinimumWidth(THUMB_WIDTH + 40)
        self.setMaximumWidth(THUMB_WIDTH + 64)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.selectionModel().currentRowChanged.connect(lambda now, _old: self.current_changed.emit(now.row()))
        self._drawer = QTimer(self, interval=0)
        self._drawer.timeout.connect(self._draw_some)
        self.slides.on_wanted = self._wake

    # --- the QListWidget-like surface the window uses --------------------------------------
    def count(self) -> int:
        return self.slides.rowCount()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int, quiet: bool = False) -> None:
        if not 0 <= row < self.count():
            return
        if quiet:
            self.blockSignals(True)
            self.selectionModel().blockSignals(True)
        self.setCurrentIndex(self.slides.index(row))
        if quiet:
            self.selectionModel().blockSignals(False)
            self.blockSignals(False)
            self.viewport().update()
        self.scrollTo(self.slides.index(row))

    def row_rect(self, row: int):
        """Where row's item is, in viewport coordinates."""
        return self.visualRect(self.slides.index(row))

    # --- drawing thumbnails lazily ----------------------------------------------------------
    def _wake(self) -> None:
        if not self._drawer.isActive():
            self._drawer.start()

    def pending(self) -> bool:
        """Rows in view still waiting for their picture."""
        return bool(self._visible_wanted())

    def _visible_wanted(self) -> list[int]:
        view = self.viewport().rect()
        rows = []
        for row in list(self.slides.wanted):
            if row >= self.count() or not self.visualRect(self.slides.index(row)).intersects(view):
                self.slides.wanted.pop(row, None)          # asked for while in view, gone since
            else:
                rows.append(row)
        return rows

    def _draw_some(self) -> None:
        deadline = time.perf_counter() + BUDGET_S
        rows = self._visible_wanted()
        for row in rows:
            self.slides.wanted.pop(row, None)
            self.slides.draw(row)
            if time.perf_counter() > deadline:
                return
        if not self.slides.wanted:
            self._drawer.stop()

    def dropEvent(self, event) -> None:
        start = self.current_row()
        target = self.indexAt(event.position().toPoint()).row()
        target = self.count() - 1 if target < 0 else target
        event.ignore()                      # the deck moves the slide; the list is rebuilt from it
        if start >= 0 and target != start:
            self.moved.emit(start, target)
