"""Planning a deck again after an edit without planning every slide again.

A slide's plans depend on the slide (layout, slots, notes), the snippets it cites, their sources
(citation text, the clean text notes quote from) and those sources' footnote numbers, and, for a
title slide, the deck's title, subtitle, author and date. ``PlanCache`` keeps each slide's plans
with a key made of exactly those, and plans a slide only when its key changed; where a slide sits
in the deck (its page number, the "slide N" of its warnings) is stamped on afterwards, so moving or
inserting slides plans nothing. The Sources slide depends on every cited source and is keyed on
them. ``plan()`` gives the same RenderPlan a fresh planner gives (a property test checks it).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace

from briefdeck.core import ChartSpec, Deck, Diagnostic, Item, Slide, Table
from briefdeck.core.sanitize import one_line
from briefdeck.templates.model import Template
from briefdeck.writers.plan import Planner, citation_numbers
from briefdeck.writers.render_plan import Para, RenderPlan, Run, SlidePlan, TextBlock

SOURCES_SLIDE = "sources"
SOURCES_MEMO = ("sources",)        # memo keys no snippet id can be
IDS_MEMO = ("ids",)


@dataclass
class Planned:
    key: tuple
    plans: list[SlidePlan]
    diagnostics: list[Diagnostic]      # as planned at ``index``
    index: int | None
    pages: list[TextBlock | None]      # each plan's page-number block


class PlanCache:
    """The plans of one deck's slides for one template, kept between plannings."""

    def __init__(self, template: Template):
        self.template = template
        self.slides: dict[int, tuple[Slide, Planned]] = {}     # id(slide) -> (the slide, its plans)
        self.closing: Planned | None = None                  # the Sources slide added at the end
        self.planned = 0                                     # slides planned (not reused) by the last plan()
        self.complete = True                                 # False: plan() ran out of time (see its budget)

    # --- one slide ----------------------------------------------------------------------
    def slide(self, deck: Deck, index: int, numbers: dict[str, int], memo: dict | None = None,
              plan_it: bool = True) -> Planned | None:
        """The plans of slide ``index``, reused when nothing it shows has changed (None when they would
        have to be made and ``plan_it`` is False)."""
        slide = deck.slides[index]
        key = slide_key(deck, slide, numbers, memo if memo is not None else {}, index)
        held = self.slides.get(id(slide))
        if held is not None and held[0] is slide and held[1].key == key:
            return held[1]
        if not plan_it:
            return None
        planned = self._plan(deck, slide, index, numbers, key)
        self.slides[id(slide)] = (slide, planned)
        return planned

    def _plan(self, deck: Deck, slide: Slide | None, index: int | None, numbers: dict[str, int],
              key: tuple) -> Planned:
        from briefdeck.writers.plan_layouts import LAYOUT_PLANNERS, plan_sources
        planner = Planner(deck, self.template, numbers)
        if slide is None or slide.layout == SOURCES_SLIDE:
            plan_sources(planner, slide, index)
        else:
            LAYOUT_PLANNERS[slide.layout](planner, slide, index)
        self.planned += 1
        return Planned(key, planner.slides, planner.diagnostics, index, page_blocks(planner.slides))

    # --- the deck -----------------------------------------------------------------------
    def plan(self, deck: Deck, budget: float | None = None, first: int | None = None) -> RenderPlan:
        """The deck's plan. With a ``budget`` (seconds), slides that need planning are planned only until
        it is spent (slide ``first`` always): the plan then lacks the others and ``complete`` is False;
        call again to carry on. Without one, the plan is whole."""
        deadline = time.perf_counter() + budget if budget is not None else None
        self.planned = 0
        self.complete = True
        cited = [slide.snippet_ids() for slide in deck.slides]
        numbers = citation_numbers(deck, cited)
        memo: dict = {IDS_MEMO: cited}
        listing = sources_key(deck, numbers)
        memo[SOURCES_MEMO] = listing
        if first is not None and 0 <= first < len(deck.slides):
            self.slide(deck, first, numbers, memo)           # what the user is looking at comes first
        kept: dict[int, tuple[Slide, Planned]] = {}
        slides: list[SlidePlan] = []
        pages: list[TextBlock | None] = []
        diagnostics: list[Diagnostic] = []
        explicit = False
        for index, slide in enumerate(deck.slides):
            if slide.layout == SOURCES_SLIDE:
                explicit = True
            in_time = deadline is None or time.perf_counter() < deadline
            planned = self.slide(deck, index, numbers, memo, plan_it=in_time)
            if planned is None:
                self.complete = False
                held = self.slides.get(id(slide))
                if held is not None and held[0] is slide:
                    kept[id(slide)] = held                   # an older plan, kept to compare with later
                continue
            kept[id(slide)] = (slide, planned)
            for plan in planned.plans:
                plan.deck_index = index
            slides.extend(planned.plans)
            pages.extend(planned.pages)
            diagnostics.extend(restamp(planned.diagnostics, planned.index, index))
        self.slides = kept                                  # forget the slides that are gone
        if numbers and not explicit:
            if self.closing is None or self.closing.key != listing:
                self.closing = self._plan(deck, None, None, numbers, listing)
            slides.extend(self.closing.plans)
            pages.extend(self.closing.pages)
            diagnostics.extend(self.closing.diagnostics)
        number_pages(pages)
        ordered = sorted(((n, deck.sources[sid]) for sid, n in numbers.items()), key=lambda x: x[0])
        return RenderPlan(template=self.template, slides=slides, sources=ordered, diagnostics=diagnostics,
                          title=one_line(deck.title), author=one_line(deck.author))


def restamp(diagnostics: list[Diagnostic], planned_at: int | None, index: int) -> list[Diagnostic]:
    """Warnings of a slide planned at ``planned_at``, saying where the slide is now."""
    if planned_at is None or planned_at == index:
        return diagnostics
    old, new = f"slide {planned_at + 1}: ", f"slide {index + 1}: "
    return [replace(d, message=new + d.message[len(old):]) if d.message.startswith(old) else d
            for d in diagnostics]


def number_pages(pages: list[TextBlock | None]) -> None:
    """Page numbers are positions in the exported deck, stamped once every slide is in place."""
    for k, page in enumerate(pages, start=1):
        if page is not None and page.paras[0].runs[0].text != str(k):
            page.paras = [Para([Run(str(k))])]


def page_blocks(plans: list[SlidePlan]) -> list[TextBlock | None]:
    return [next((b for b in p.blocks if isinstance(b, TextBlock) and b.name == "page"), None) for p in plans]


# --- keys: everything a slide's plans depend on ----------------------------------------------
def value_key(value) -> tuple:
    if isinstance(value, Item):
        return ("i", value.text, value.snippet)
    if isinstance(value, list):
        return ("l",) + tuple(value_key(v) for v in value)
    if isinstance(value, ChartSpec):
        return ("c", value.type, tuple(value.categories), value.unit, value.title, value.engine,
                tuple((s.name, tuple((p.value, p.snippet) for p in s.points)) for s in value.series))
    if isinstance(value, Table):
        return ("t", tuple(value.columns), tuple(tuple(value_key(c) for c in row) for row in value.rows))
    return ("?", repr(value))


def source_key(deck: Deck, source_id: str, numbers: dict[str, int]) -> tuple:
    src = deck.sources.get(source_id)
    if src is None:
        return ("missing", source_id)
    # the clean text by identity: it changes only when the source is read again
    return (source_id, numbers.get(source_id), src.title, src.publisher, src.author, src.date, src.url, src.path,
            id(src.text), tuple(src.page_starts))


def snippet_key(deck: Deck, snippet_id: str, numbers: dict[str, int], memo: dict) -> tuple:
    key = memo.get(snippet_id)
    if key is None:
        sn = deck.snippets.get(snippet_id)
        if sn is None:
            key = ("missing", snippet_id)
        else:
            a = sn.anchor
            key = (snippet_id, sn.kind, sn.text, sn.speaker, sn.role, sn.said_on, sn.value, sn.unit, sn.measure,
                   sn.quantity, a.exact, a.prefix, a.suffix, a.start, a.end,
                   source_key(deck, sn.source, numbers))
        memo[snippet_id] = key
    return key


def slide_key(deck: Deck, slide: Slide, numbers: dict[str, int], memo: dict, index: int | None = None) -> tuple:
    ids = memo[IDS_MEMO][index] if index is not None and IDS_MEMO in memo else slide.snippet_ids()
    key = (slide.layout, slide.notes, tuple((name, value_key(v)) for name, v in slide.slots.items()),
           tuple(snippet_key(deck, sid, numbers, memo) for sid in ids))
    if slide.layout == "title":
        key += (deck.title, deck.subtitle, deck.author, deck.date)
    elif slide.layout == SOURCES_SLIDE:
        key += (memo.get(SOURCES_MEMO) or sources_key(deck, numbers),)
    return key


def sources_key(deck: Deck, numbers: dict[str, int]) -> tuple:
    """What the Sources slide shows: every cited source with its number and citation."""
    return tuple(sorted((n, deck.sources[sid].full_citation()) for sid, n in numbers.items()))
