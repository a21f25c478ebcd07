"""The citations inspector: what each slide cites, and every problem the exporter would report."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from briefdeck.core import Deck
from briefdeck.gui import theme


class CitationsPanel(QWidget):
    """Slides with the sources they cite; problems (uncited numbers, stale anchors, edited quotes, cut text)."""

    slide_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel("Citations appear here once the deck has slides.")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Slide", "Cites / problem"])
        self.tree.setColumnWidth(0, 180)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.problems = 0

    def show_result(self, deck: Deck, result, load_diagnostics: list) -> None:
        self.tree.clear()
        problems = list(load_diagnostics) + list(result.diagnostics)
        by_slide: dict[int | None, list] = {}
        for d in problems:
            m = re.match(r"slide (\d+):", d.message)
            by_slide.setdefault(int(m.group(1)) - 1 if m else None, []).append(d)
        numbers = {sid: n for n, (sid, _) in enumerate([(s.id, s) for _, s in result.plan.sources], start=1)}
        for i, slide in enumerate(deck.slides):
            cited = []
            for sid in slide.snippet_ids():
                sn = deck.snippets.get(sid)
                if sn and sn.source in deck.sources and sn.source not in cited:
                    cited.append(sn.source)
            title = slide.text("title") or slide.layout.replace("-", " ")
            label = ", ".join(f"[{numbers.get(s, '?')}] {deck.sources[s].label()}" for s in cited) or "no sources"
            top = QTreeWidgetItem([f"{i + 1}. {title}", label])
            top.setData(0, Qt.ItemDataRole.UserRole, i)
            for sid in slide.snippet_ids():
                sn = deck.snippets.get(sid)
                if sn is not None and sn.kind == "quote" and sn.edited:
                    child = QTreeWidgetItem(["", f"Quote \u201c{sn.text[:60]}\u201d is edited: not verbatim"])
                    child.setIcon(1, theme.icon("warning"))
                    child.setData(0, Qt.ItemDataRole.UserRole, i)
                    top.addChild(child)
            for d in by_slide.get(i, []):
                child = QTreeWidgetItem(["", d.message.split(":", 1)[-1].strip()])
                child.setIcon(1, theme.icon("warning" if d.is_error or d.severity == "warning" else "check"))
                child.setToolTip(1, str(d))
                child.setData(0, Qt.ItemDataRole.UserRole, i)
                top.addChild(child)
            if top.childCount():
                top.setIcon(0, theme.icon("warning"))
                top.setExpanded(True)
            self.tree.addTopLevelItem(top)
        general = by_slide.get(None, [])
        for d in general:
            item = QTreeWidgetItem(["Deck", str(d)])
            item.setIcon(0, theme.icon("warning"))
            self.tree.addTopLevelItem(item)
        self.problems = len(problems)
        sources = len(result.plan.sources)
        citing = sum(1 for slide in deck.slides if slide.snippet_ids())
        self.summary.setText(f"{citing} of {len(deck.slides)} slide{'s' * (len(deck.slides) != 1)} cite "
                             f"{sources} source{'s' * (sources != 1)}. "
                             + (f"{self.problems} problem(s) to look at; click one to go to its slide."
                                if self.problems else "No problems: every number and quote is cited."))

    def _activated(self, item, _column=0) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.slide_clicked.emit(index)
