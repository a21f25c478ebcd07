"""The pure model: sources, anchors, snippets, charts and decks. Standard library only."""
from briefdeck.core.anchor import Anchor, Resolution, anchor_at, passage, resolve
from briefdeck.core.chart import ChartSpec, Point, Series
from briefdeck.core.deck import LAYOUTS, Deck, Item, Layout, Slide, Table
from briefdeck.core.errors import (BriefdeckError, DeckError, Diagnostic, ExportError, SourceError,
                                   TemplateError)
from briefdeck.core.snippet import CLAIM, FIGURE, KINDS, QUOTE, Snippet
from briefdeck.core.source import Source, content_hash

__all__ = [
    "Anchor", "Resolution", "anchor_at", "passage", "resolve",
    "ChartSpec", "Point", "Series",
    "LAYOUTS", "Deck", "Item", "Layout", "Slide", "Table",
    "BriefdeckError", "DeckError", "Diagnostic", "ExportError", "SourceError", "TemplateError",
    "CLAIM", "FIGURE", "KINDS", "QUOTE", "Snippet",
    "Source", "content_hash",
]
