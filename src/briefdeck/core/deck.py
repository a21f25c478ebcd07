"""The deck: metadata, sources, snippets and slides made of named slots."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from briefdeck.core.chart import ChartSpec
from briefdeck.core.snippet import Snippet
from briefdeck.core.source import Source

TEXT = "text"      # one Item
ITEMS = "items"    # a list of Items (bullets, columns)
CHART = "chart"    # a ChartSpec
TABLE = "table"    # a Table


@dataclass(frozen=True)
class Layout:
    """A slide layout: its named slots and what each holds."""

    name: str
    slots: dict
    required: tuple = ()
    summary: str = ""


LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (
    Layout("title", {"title": TEXT, "subtitle": TEXT, "date": TEXT}, (),
           "Opening slide: deck title, subtitle, date"),
    Layout("section", {"title": TEXT, "subtitle": TEXT}, ("title",),
           "Section divider"),
    Layout("bullets", {"title": TEXT, "bullets": ITEMS}, ("bullets",),
           "Title and cited bullet points (claims)"),
    Layout("big-number", {"title": TEXT, "figure": TEXT, "label": TEXT, "context": TEXT}, ("figure",),
           "One figure, large, with what it measures"),
    Layout("quote", {"title": TEXT, "quote": TEXT, "speaker": TEXT, "role": TEXT}, ("quote",),
           "A quotation with its speaker"),
    Layout("chart", {"title": TEXT, "chart": CHART, "caption": TEXT}, ("chart",),
           "A chart built from figures"),
    Layout("comparison", {"title": TEXT, "left_heading": TEXT, "left": ITEMS,
                          "right_heading": TEXT, "right": ITEMS}, ("left", "right"),
           "Two columns side by side"),
    Layout("table", {"title": TEXT, "table": TABLE}, ("table",),
           "A table of text or figures"),
    Layout("sources", {"title": TEXT}, (),
           "Every cited source (added automatically at the end)"),
)}


@dataclass
class Item:
    """Slot content: free text, or a reference to a snippet (optionally relabelled)."""

    text: str = ""
    snippet: str | None = None


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Item]]


SlotValue = Union[Item, list, ChartSpec, Table]


@dataclass
class Slide:
    layout: str
    slots: dict = field(default_factory=dict)
    notes: str = ""

    def text(self, name: str) -> str:
        item = self.slots.get(name)
        return item.text if isinstance(item, Item) else ""

    def items(self) -> list[Item]:
        """Every Item on the slide, in reading order."""
        found: list[Item] = []
        for value in self.slots.values():
            if isinstance(value, Item):
                found.append(value)
            elif isinstance(value, list):
                found.extend(v for v in value if isinstance(v, Item))
            elif isinstance(value, Table):
                for row in value.rows:
                    found.extend(row)
        return found

    def snippet_ids(self) -> list[str]:
        """Snippets the slide cites, first use first, each once."""
        ids = [i.snippet for i in self.items() if i.snippet]
        for value in self.slots.values():
            if isinstance(value, ChartSpec):
                ids.extend(value.snippet_ids())
        return list(dict.fromkeys(ids))


NEW_DECK_TITLE = "Untitled briefing"      # what a new deck is called until it is given a title


@dataclass
class Deck:
    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""
    template: str = "corporate"
    sources: dict[str, Source] = field(default_factory=dict)
    snippets: dict[str, Snippet] = field(default_factory=dict)
    slides: list[Slide] = field(default_factory=list)

    def item_text(self, item: Item) -> str:
        """What an Item shows: its own text, else its snippet's text."""
        if item.text or not item.snippet:
            return item.text
        snippet = self.snippets.get(item.snippet)
        return snippet.text if snippet else ""

    def cited_sources(self) -> list[str]:
        """Source ids in order of first citation across the deck."""
        order: list[str] = []
        for slide in self.slides:
            for sid in slide.snippet_ids():
                snippet = self.snippets.get(sid)
                if snippet and snippet.source not in order:
                    order.append(snippet.source)
        return order
