"""The main window: Sources -> Snippets -> Slides, left to right, with the live preview largest."""
from __future__ import annotations

import copy

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from briefdeck.core import Deck
from briefdeck.gui import theme
from briefdeck.gui.citations import CitationsPanel
from briefdeck.gui.document import Document
from briefdeck.gui.preview import SlidePreview
from briefdeck.gui.settings import settings
from briefdeck.gui.slide_editor import SlideEditor
from briefdeck.gui.snippet_model import Row
from briefdeck.gui.snippets_pane import SnippetsPane
from briefdeck.gui.sources_pane import SourcesPane
from briefdeck.gui import workers
from briefdeck.gui.workers import run_in_background

THUMB_WIDTH = 128


def panel(title: str, body: QWidget, *tools: QWidget) -> QWidget:
    """A pane with a small heading and its tools on the right."""
    box = QWidget()
    head = QHBoxLayout()
    head.setContentsMargins(2, 0, 2, 0)
    label = QLabel(title)
    label.setProperty("role", "heading")
    head.addWidget(label)
    head.addStretch(1)
    for t in tools:
        head.addWidget(t)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 4)
    layout.setSpacing(6)
    layout.addLayout(head)
    layout.addWidget(body, 1)
    return box


class SlideList(QListWidget):
    """Thumbnails of the slides; drag to reorder."""

    moved = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("slideList")
        self.setViewMode(QListWidget.ViewMode.ListMode)
        self.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 9 / 16)))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setMinimumWidth(THUMB_WIDTH + 40)
        self.setMaximumWidth(THUMB_WIDTH + 64)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def dropEvent(self, event) -> None:
        start = self.currentRow()
        target = self.indexAt(event.position().toPoint()).row()
        target = self.count() - 1 if target < 0 else target
        event.ignore()                      # the deck moves the slide; the list is rebuilt from it
        if start >= 0 and target != start:
            self.moved.emit(start, target)


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None):
        super().__init__()
        self.document = document or Document(self)
        self.setWindowTitle("briefdeck")
        self.setWindowIcon(theme.icon("app"))
        self.current_slide: int | None = None
        self.plan_result = None
        self.thumbs: dict[int, QPixmap] = {}
        self._planning = False
        self._replan = False

        self.sources = SourcesPane()
        self.snippets = SnippetsPane()
        self.slide_list = SlideList()
        self.preview = SlidePreview()
        self.editor = SlideEditor()
        self.citations = CitationsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, "Slide")
        self.tabs.addTab(self.citations, theme.icon("citations"), "Citations")
        self.tabs.setDocumentMode(True)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("previewSplit")
        right.addWidget(self.preview)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        slides = QSplitter(Qt.Orientation.Horizontal)
        slides.setObjectName("slidesSplit")
        slides.addWidget(self.slide_list)
        slides.addWidget(right)
        slides.setStretchFactor(1, 1)

        from briefdeck.gui.window_actions import build_actions
        self.actions = build_actions(self)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(panel("Sources", self.sources, self.actions.tool_button("add_sources")))
        self.main_split.addWidget(panel("Snippets", self.snippets, self.actions.tool_button("chart")))
        self.main_split.addWidget(panel("Slides", slides, self.actions.tool_button("new_slide"),
                                        self.actions.tool_button("duplicate_slide"),
                                        self.actions.tool_button("delete_slide")))
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 4)
        self.main_split.setStretchFactor(2, 7)
        self.main_split.setSizes([270, 380, 716])
        self.splitters = [self.main_split, slides, right, self.sources.split]
        self.slides_split, self.right_split = slides, right
        self._sized = False
        self.setCentralWidget(self.main_split)
        self.statusBar().showMessage("Ready")
        self.counts = QLabel()
        self.counts.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(self.counts)

        doc = self.document
        doc.changed.connect(self.on_changed)
        doc.candidates_changed.connect(self.refresh_snippets)
        doc.path_changed.connect(self.refresh_title)
        doc.undo.indexChanged.connect(self._undo_moved)
        self.sources.add_snippet.connect(self.actions.add_snippet_from_selection)
        self.sources.source_changed.connect(self.actions.update_source)
        self.sources.selected.connect(self.refresh_highlights)
        self.sources.files_dropped.connect(self.actions.add_source_files)
        self.snippets.activated.connect(self.show_snippet)
        self.snippets.to_slide.connect(self.actions.put_on_slide)
        self.snippets.pick_requested.connect(self.actions.pick)
        self.snippets.toggle_star.connect(self.actions.toggle_star)
        self.snippets.tag_requested.connect(self.actions.tag)
        self.snippets.remove_requested.connect(self.actions.remove_snippets)
        self.snippets.chart_requested.connect(self.actions.chart_from_keys)
        self.slide_list.currentRowChanged.connect(self.select_slide)
        # the deck changes after the widget that asked has finished its event (the editor queues its own)
        self.slide_list.moved.connect(self.actions.move_slide, Qt.ConnectionType.QueuedConnection)
        self.editor.layout_changed.connect(lambda i, layout: self.actions.set_layout(layout, i))
        self.editor.slot_changed.connect(lambda i, slot, value, key: self.actions.set_slot(slot, value, i, key))
        self.editor.notes_changed.connect(lambda i, text, key: self.actions.set_notes(text, i, key))
        self.editor.snippets_dropped.connect(lambda i, slot, keys: self.actions.drop_on_slot(slot, keys, i))
        self.editor.chart_requested.connect(self.actions.edit_chart)
        self.citations.slide_clicked.connect(self.select_slide_row)

        self._thumb_queue: list = []
        self._thumb_timer = QTimer(self, interval=0)
        self._thumb_timer.timeout.connect(self._next_thumbnail)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.replan)
        self.restore_layout()
        self.on_changed({"sources", "snippets", "slides", "deck"})
        self.refresh_title()
        self.slide_list.setFocus()

    # --- refresh ------------------------------------------------------------------------
    @property
    def deck(self) -> Deck:
        return self.document.deck

    def on_changed(self, what: set) -> None:
        if "sources" in what:
            self.sources.set_sources(list(self.deck.sources.values()))
        if what & {"sources", "snippets"}:
            self.refresh_snippets()
        if what & {"slides", "snippets", "deck"}:
            self.refresh_slides()
        self._debounce.start()
        self.counts.setText(f"{len(self.deck.sources)} sources \u00b7 {len(self.deck.snippets)} snippets \u00b7 "
                            f"{len(self.deck.slides)} slides")

    def snippet_rows(self) -> list[Row]:
        labels = {sid: s.label() for sid, s in self.deck.sources.items()}
        rows = [Row(sn, True, labels.get(sn.source, sn.source)) for sn in self.deck.snippets.values()]
        taken = {(sn.source, sn.kind, sn.anchor.start, sn.anchor.end) for sn in self.deck.snippets.values()}
        for source_id, candidates in self.document.candidates.items():
            if source_id not in self.deck.sources:
                continue
            for c in candidates:
                if (c.source, c.kind, c.anchor.start, c.anchor.end) not in taken:
                    rows.append(Row(c, False, labels.get(c.source, c.source)))
        return rows

    def refresh_snippets(self) -> None:
        tags = sorted({t for sn in self.deck.snippets.values() for t in sn.tags})
        sources = [(sid, s.label()) for sid, s in self.deck.sources.items()]
        self.snippets.sources_by_id = self.deck.sources
        self.snippets.set_rows(self.snippet_rows(), sources, tags)
        self.refresh_highlights()

    def refresh_highlights(self, *_args) -> None:
        sid = self.sources.viewer.source_id
        if sid is None:
            return
        spans = [(c.anchor.start, c.anchor.end, c.kind, False) for c in self.document.candidates.get(sid, [])
                 if c.kind != "claim"]
        spans += [(sn.anchor.start, sn.anchor.end, sn.kind, True) for sn in self.deck.snippets.values()
                  if sn.source == sid and sn.anchor.end]
        self.sources.viewer.highlight(spans, theme.is_dark())

    def refresh_slides(self) -> None:
        n = len(self.deck.slides)
        if self.current_slide is not None and self.current_slide >= n:
            self.current_slide = n - 1 if n else None
        if self.current_slide is None and n:
            self.current_slide = 0
        self.slide_list.blockSignals(True)
        self.slide_list.clear()
        for i, slide in enumerate(self.deck.slides):
            title = slide.text("title") or (self.deck.title if slide.layout == "title" else "")
            item = QListWidgetItem(f"{i + 1}  {title or slide.layout.replace('-', ' ').capitalize() + ' (no title)'}")
            if i in self.thumbs:
                item.setIcon(QIcon(self.thumbs[i]))
            self.slide_list.addItem(item)
        if self.current_slide is not None:
            self.slide_list.setCurrentRow(self.current_slide)
            self.slide_list.scrollToItem(self.slide_list.currentItem())
        self.slide_list.blockSignals(False)
        self.editor.show_slide(self.deck, self.current_slide)

    def _undo_moved(self, _index: int) -> None:
        text = self.document.undo.undoText()
        self.statusBar().showMessage(f"Did: {text}" if text else "Ready", 4000)
        self.refresh_title()

    def refresh_title(self) -> None:
        """'deck.yaml* — briefdeck' while there are unsaved changes (Qt puts the mark where [*] is)."""
        self.setWindowTitle(f"{self.document.name}[*] \u2014 briefdeck")
        self.setWindowModified(self.document.dirty)

    def select_slide(self, row: int) -> None:
        self.editor.commit_notes()
        self.current_slide = row if row >= 0 else None
        self.editor.show_slide(self.deck, self.current_slide)
        self.show_preview()

    def select_slide_row(self, index: int) -> None:
        if 0 <= index < self.slide_list.count():
            self.slide_list.setCurrentRow(index)
            self.slide_list.scrollToItem(self.slide_list.currentItem())

    def show_snippet(self, key: str) -> None:
        kind, _, sid = key.partition(":")
        sn = self.deck.snippets.get(sid) if kind == "d" else next(
            (c for cs in self.document.candidates.values() for c in cs if c.id == sid), None)
        if sn is not None:
            self.sources.show_passage(sn.source, sn.anchor.start or 0, sn.anchor.end or 0)

    # --- planning and preview (in a worker) ------------------------------------------------
    def replan(self) -> None:
        if self._planning:
            self._replan = True
            return
        self._planning = True
        snapshot = copy.deepcopy(self.deck)
        path = self.document.path or (self.document.base_dir / "untitled.yaml")
        from briefdeck.gui.planning import plan_for_preview
        run_in_background(plan_for_preview, snapshot, path, with_progress=False, needs=workers.PLAN,
                          on_done=self._planned, on_error=self._plan_failed)

    def _planned(self, result) -> None:
        self._planning = False
        self.plan_result = result
        self.show_preview()
        self._thumb_queue = [p for p in result.plan.slides if p.deck_index is not None]
        self._thumb_done: set[int] = set()
        self._thumb_timer.start()
        self.citations.show_result(self.deck, self.plan_result, self.document.diagnostics)
        if self._replan:
            self._replan = False
            self.replan()

    def _next_thumbnail(self) -> None:
        """Draw one thumbnail per event-loop turn, so a long deck never holds up the window."""
        from briefdeck.gui.preview import render_slide
        while self._thumb_queue:
            plan = self._thumb_queue.pop(0)
            if plan.deck_index in self._thumb_done:
                continue
            self._thumb_done.add(plan.deck_index)
            pixmap = QPixmap.fromImage(render_slide(plan, self.plan_result.plan.template, THUMB_WIDTH * 2))
            self.thumbs[plan.deck_index] = pixmap
            if plan.deck_index < self.slide_list.count():
                self.slide_list.item(plan.deck_index).setIcon(QIcon(pixmap))
            return
        self._thumb_timer.stop()

    def _plan_failed(self, message: str) -> None:
        self._planning = False
        self.preview.show_plan(None, None)
        self.statusBar().showMessage(message.splitlines()[0], 8000)

    def show_preview(self) -> None:
        result = self.plan_result
        if result is None or self.current_slide is None:
            self.preview.show_plan(None, None)
            return
        plans = [p for p in result.plan.slides if p.deck_index == self.current_slide]
        self.preview.show_plan(plans[0] if plans else None, result.plan.template)

    # --- layout, closing ----------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self.default_sizes)

    def default_sizes(self, force: bool = False) -> None:
        """Proportions for a first start (later starts restore what the user left): the preview as tall
        as its slide needs and no taller, the rest for the slide's fields; five sources in view."""
        if settings().value("splitters/mainSplit") is not None and not force:
            return
        w = max(self.main_split.width(), 800)
        self.main_split.setSizes([int(w * 0.25), int(w * 0.29), int(w * 0.46)])
        sw = int(w * 0.46)
        preview_w = sw - THUMB_WIDTH - 48
        self.slides_split.setSizes([THUMB_WIDTH + 48, preview_w])
        h = max(self.right_split.height(), 400)
        preview_h = min(int(h * 0.62), int(preview_w * 9 / 16) + 36)
        self.right_split.setSizes([preview_h, h - preview_h])
        sh = max(self.sources.split.height(), 400)
        rows = min(int(sh * 0.4), 5 * self.sources.list.sizeHintForRow(0) + 8 if self.sources.list.count()
                   else int(sh * 0.3))
        self.sources.split.setSizes([max(rows, 120), sh - max(rows, 120)])

    def restore_layout(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for split in self.splitters:
            state = s.value(f"splitters/{split.objectName()}")
            if state is not None:
                split.restoreState(state)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        for split in self.splitters:
            s.setValue(f"splitters/{split.objectName()}", split.saveState())
        s.sync()

    def closeEvent(self, event) -> None:
        self.editor.commit_notes()
        if not self.actions.maybe_save():
            event.ignore()
            return
        self.document.close()
        from briefdeck.gui import locks
        locks.release(self.document.path)
        self.save_layout()
        event.accept()
