"""Content checks beyond the format: uncited numbers and quotes, edited quotes, unused snippets."""
from __future__ import annotations

from briefdeck.core import ChartSpec, Diagnostic, Item
from briefdeck.core.uncited import uncited_statements
from briefdeck.spec.load import Loaded

# Slots whose free text is decoration, not a statement (dates on a title slide).
EXEMPT = {("title", "date")}


def lint(loaded: Loaded) -> list[Diagnostic]:
    deck = loaded.deck
    out: list[Diagnostic] = []
    for i, slide in enumerate(deck.slides):
        for slot, value in slide.slots.items():
            if (slide.layout, slot) in EXEMPT:
                continue
            items = value if isinstance(value, list) else [value] if isinstance(value, Item) else []
            if hasattr(value, "rows"):
                items = [c for row in value.rows for c in row]
            for n, item in enumerate(items):
                if item.snippet or not item.text:
                    continue
                found = uncited_statements(item.text)
                if found:
                    path = ("slides", i, slot) + ((n,) if isinstance(value, list) else ())
                    out.append(Diagnostic(
                        f"slide {i + 1}: '{slot}' states {', '.join(found[:3])} without a source",
                        hint="make it a snippet from a source and refer to it with {snippet: ID}",
                        **loaded.where(*path)))
            if isinstance(value, ChartSpec):
                bare = sum(1 for s in value.series for p in s.points if not p.snippet)
                if bare:
                    out.append(Diagnostic(
                        f"slide {i + 1}: the chart has {bare} value(s) that cite no figure snippet",
                        severity="warning", hint="add 'snippet: ID' to each value",
                        **loaded.where("slides", i, slot)))
    return out
