"""Content checks beyond the format: uncited numbers and quotes, edited quotes, unused snippets."""
from __future__ import annotations

from briefdeck.core import ChartSpec, Diagnostic, Item
from briefdeck.core.uncited import uncited_statements
from briefdeck.spec.load import Loaded

# Slots whose free text is decoration, not a statement (dates on a title slide).
EXEMPT = {("title", "date")}
# Layouts that read as unfinished without a title (a quote or a big number can stand alone).
NEED_TITLE = ("bullets", "chart", "table", "comparison", "section")


def lint(loaded: Loaded) -> list[Diagnostic]:
    deck = loaded.deck
    out: list[Diagnostic] = []
    for i, slide in enumerate(deck.slides):
        if slide.layout in NEED_TITLE and not slide.text("title") and not (
                slide.layout == "chart" and getattr(slide.slots.get("chart"), "title", "")):
            out.append(Diagnostic(f"slide {i + 1}: the {slide.layout} slide has no title", severity="warning",
                                  hint="give it one that says what the slide shows", **loaded.where("slides", i)))
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
    cited = {deck.snippets[sid].source for slide in deck.slides for sid in slide.snippet_ids()
             if sid in deck.snippets}
    for sid, source in deck.sources.items():
        if source.title_guessed and sid in cited:
            out.append(Diagnostic(
                f"source '{sid}': its title \u201c{source.title}\u201d is a guess (the file has no headline)",
                severity="warning", hint="confirm or correct it (in the editor: Sources > Check Source Details), "
                                         "then it is no longer marked as a guess",
                **loaded.where("sources", list(deck.sources).index(sid), "title")))
    return out
