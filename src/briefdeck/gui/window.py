"""The main window: Sources -> Snippets -> Slides, left to right, with the live preview largest."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from briefdeck.core import Deck, Item
from briefdeck.gui import collector, theme
from briefdeck.gui.citations import CitationsPanel
from briefdeck.gui.document import Document
from briefdeck.gui.live_plan import LivePlan
from briefdeck.gui.preview import SlidePreview
from briefdeck.gui.settings import settings
from briefdeck.gui.slide_editor import SlideEditor
from briefdeck.gui.slide_list import THUMB_WIDTH, SlideList

PLAN_BUDGET_S = 0.03            # planning per event-loop turn: a long deck never holds up the window
from briefdeck.gui.snippet_model import Row
from briefdeck.gui.snippets_pane import SnippetsPane
from briefdeck.gui.sources_pane import SourcesPane


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


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None):
        super().__init__()
        collector.start()                      # cycles collected on this thread only, never on a worker's
        self.document = document or Document(self)
        self.setWindowTitle("briefdeck")
        self.setWindowIcon(theme.icon("app"))
        self.current_slide: int | None = None
        self.plan_result = None
        self.live = LivePlan()
        self._freeze = False
        self._rows: dict = {}                  # id(deck snippet) -> its Row in the snippet table
        self._source_rows: dict = {}           # source id -> (its candidates, label, picked spans, their Rows)

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
        doc.candidates_changed.connect(lambda: self._snippets_soon.start())
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
        self.slide_list.current_changed.connect(self.select_slide)
        # the deck changes after the widget that asked has finished its event (the editor queues its own)
        self.slide_list.moved.connect(self.actions.move_slide, Qt.ConnectionType.QueuedConnection)
        self.editor.layout_changed.connect(lambda i, layout: self.actions.set_layout(layout, i))
        self.editor.slot_changed.connect(lambda i, slot, value, key: self.actions.set_slot(slot, value, i, key))
        self.editor.notes_changed.connect(lambda i, text, key: self.actions.set_notes(text, i, key))
        self.editor.snippets_dropped.connect(lambda i, slot, keys: self.actions.drop_on_slot(slot, keys, i))
        self.editor.chart_requested.connect(self.actions.edit_chart)
        self.citations.slide_clicked.connect(self.select_slide_row)

        self._snippets_soon = QTimer(self, singleShot=True, interval=0)
        self._snippets_soon.timeout.connect(self.refresh_snippets)
        self._plan_soon = QTimer(self, singleShot=True, interval=0)      # once per event-loop turn of changes
        self._plan_soon.timeout.connect(self.replan)
        self._check_soon = QTimer(self, singleShot=True, interval=400)   # the deck-wide checks, when typing pauses
        self._check_soon.timeout.connect(self.run_checks)
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
            self._snippets_soon.start()        # once per event-loop turn, however many changes came
        if what & {"slides", "snippets", "deck"}:
            self.refresh_slides()
        if len(what) == 4:                    # a deck opened, recovered or new: settle the heap once planned
            self._freeze = True
        self._plan_soon.start()
        self.counts.setText(f"{len(self.deck.sources)} sources \u00b7 {len(self.deck.snippets)} snippets \u00b7 "
                            f"{len(self.deck.slides)} slides")

    def snippet_rows(self) -> list[Row]:
        """The table's rows: the deck's snippets, then the candidates not picked. Rows are made once (their
        search text prepared then) and a source's candidate rows are reused while its candidates, its
        label and what was picked from it stay the same, so adding sources costs what they add."""
        labels = {sid: s.label() for sid, s in self.deck.sources.items()}
        old, kept = self._rows, {}
        rows = []
        for sn in self.deck.snippets.values():
            label = labels.get(sn.source, sn.source)
            r = old.get(id(sn))
            if r is None or r.snippet is not sn or r.source_label != label:
                r = Row(sn, True, label)
            kept[id(sn)] = r
            rows.append(r)
        taken: dict[str, set] = {}
        for sn in self.deck.snippets.values():
            taken.setdefault(sn.source, set()).add((sn.kind, sn.anchor.start, sn.anchor.end))
        per_source, self._source_rows = self._source_rows, {}
        for source_id, candidates in self.document.candidates.items():
            if source_id not in self.deck.sources:
                continue
            label, picked = labels[source_id], frozenset(taken.get(source_id, ()))
            held = per_source.get(source_id)
            if held is None or held[0] is not candidates or held[1] != label or held[2] != picked:
                held = (candidates, label, picked,
                        [Row(c, False, label) for c in candidates
                         if (c.kind, c.anchor.start, c.anchor.end) not in picked])
            self._source_rows[source_id] = held
            rows.extend(held[3])
        self._rows = kept
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
        model = self.slide_list.slides        # the rows now; their pictures follow once planned
        model.set_slides(self._slide_titles(), model.plans if len(model.plans) == n else [None] * n, model.template)
        if self.current_slide is not None:
            self.slide_list.set_current_row(self.current_slide, quiet=True)
        self.editor.show_slide(self.deck, self.current_slide)

    def _slide_titles(self) -> list[str]:
        """What the slide list calls each slide: its title; a quote or a big number without one by what it
        shows; else its layout, saying it has no title yet."""
        out = []
        for slide in self.deck.slides:
            title = slide.text("title") or (self.deck.title if slide.layout == "title" else "")
            if not title and slide.layout in ("quote", "big-number"):
                item = slide.slots.get("quote" if slide.layout == "quote" else "figure")
                shown = " ".join(self.deck.item_text(item).split()) if isinstance(item, Item) else ""
                title = (f"\u201c{shown}\u201d" if slide.layout == "quote" else shown) if shown else ""
            out.append(title or slide.layout.replace("-", " ").capitalize() + " (no title)")
        return out

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
        self.slide_list.set_current_row(index)

    def show_snippet(self, key: str) -> None:
        kind, _, sid = key.partition(":")
        sn = self.deck.snippets.get(sid) if kind == "d" else next(
            (c for cs in self.document.candidates.values() for c in cs if c.id == sid), None)
        if sn is not None:
            self.sources.show_passage(sn.source, sn.anchor.start or 0, sn.anchor.end or 0)

    # --- planning and preview ---------------------------------------------------------------
    def replan(self) -> None:
        """Plan what changed (the exporter's planner, reusing every unchanged slide), show it, and
        leave the deck-wide checks for when typing pauses."""
        from briefdeck.core import BriefdeckError
        path = self.document.path or (self.document.base_dir / "untitled.yaml")
        try:
            self.plan_result = self.live.update(self.deck, path, PLAN_BUDGET_S, self.current_slide)
        except BriefdeckError as exc:
            self.statusBar().showMessage(str(exc).splitlines()[0], 8000)
            return
        if not self.live.complete:            # a long deck is planned a slice per event-loop turn
            self._plan_soon.start()
        plans: list = [None] * len(self.deck.slides)
        for plan in self.plan_result.plan.slides:
            if plan.deck_index is not None and plans[plan.deck_index] is None:
                plans[plan.deck_index] = plan
        self.slide_list.slides.set_slides(self._slide_titles(), plans, self.plan_result.plan.template)
        if self.current_slide is not None:
            self.slide_list.set_current_row(self.current_slide, quiet=True)
        self.show_preview()
        if not self.live.complete:
            return
        self._check_soon.start()
        if self._freeze:
            # the deck, its plans and the loaded modules live as long as the window: keep the cyclic
            # collector from scanning them again and again (a full pass over a 2,000-slide deck's
            # objects takes ~60 ms, long enough to stutter a scroll)
            import gc
            gc.collect()
            gc.freeze()
            self._freeze = False

    def run_checks(self) -> None:
        """What `briefdeck check` would say (uncited numbers, guessed titles...), for the Citations tab."""
        if self.plan_result is None:
            return
        from briefdeck.spec import Loaded
        from briefdeck.spec.lint import lint
        loaded = Loaded(deck=self.deck, path=self.document.path or (self.document.base_dir / "untitled.yaml"),
                        allow_outside=True)
        found = list(self.document.diagnostics) + lint(loaded)
        self.citations.show_result(self.deck, self.plan_result, found)

    def settled(self) -> bool:
        """Nothing left to plan, check or draw for what is in view."""
        return (self.plan_result is not None and self.live.complete and not self._plan_soon.isActive()
                and not self._snippets_soon.isActive()
                and not self._check_soon.isActive() and not self.slide_list.pending())

    def usable(self) -> bool:
        """The current slide is planned and shown: the window can be worked in (planning may go on)."""
        if self.plan_result is None:
            return False
        return self.current_slide is None or (self.preview.plan is not None
                                              and self.preview.plan.deck_index == self.current_slide)

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
