"""Incremental planning: after any sequence of edits, the plan kept up to date slide by slide is the plan a
fresh planner makes; and an edit plans only what it changed."""
from __future__ import annotations

import copy
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefdeck.core import DeckError, Item, Slide
from briefdeck.core.edits import (AddSnippet, DeleteSlide, DuplicateSlide, InsertSlide, MoveSlide, RemoveSnippet,
                                  SetDeckField, UpdateSnippet, UpdateSource, set_layout, set_notes, set_slot)
from briefdeck.spec import load_deck
from briefdeck.templates import load_builtin
from briefdeck.writers.plan import plan_deck
from briefdeck.writers.plan_cache import PlanCache

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto" / "deck.yaml"
BASE = load_deck(EXAMPLE).deck
TEMPLATE = load_builtin("corporate")
EXAMPLES = 200 if os.environ.get("BRIEFDECK_FUZZ") == "long" else 25


def edit_for(deck, op: int, r: int):
    """One of the editor's edits, chosen by ``op`` and shaped by ``r``."""
    n = len(deck.slides)
    i = r % n
    snippets = list(deck.snippets)
    sources = list(deck.sources)
    layouts = ["bullets", "section", "quote", "big-number", "title", "sources", "comparison", "chart", "table"]
    if op == 0:
        return set_slot(deck, i, "title", Item(f"Retitled {r}")) if "title" in deck.slides[i].slots or \
            deck.slides[i].layout in ("bullets", "section", "chart", "table", "comparison", "big-number") else None
    if op == 1:
        return InsertSlide(r % (n + 1), Slide(layouts[r % len(layouts)], {}))
    if op == 2 and n > 2:
        return DeleteSlide(i)
    if op == 3:
        return MoveSlide(i, (r // 7) % n)
    if op == 4:
        return set_layout(deck, i, layouts[(r // 3) % len(layouts)])
    if op == 5:
        return set_notes(deck, i, f"Notes {r}")
    if op == 6:
        return UpdateSnippet(snippets[r % len(snippets)], measure=f"measure {r}")
    if op == 7:
        return UpdateSource(sources[r % len(sources)], title=f"A retitled source {r}", publisher=f"Outlet {r}")
    if op == 8:
        return SetDeckField("title", f"Deck title {r}")
    if op == 9:                                 # a claim cited on a bullets slide: citation numbers can move
        bullets = [k for k, s in enumerate(deck.slides) if s.layout == "bullets"]
        claims = [s for s in snippets if deck.snippets[s].kind == "claim"]
        if bullets and claims:
            k = bullets[r % len(bullets)]
            items = list(deck.slides[k].slots.get("bullets") or [])
            return set_slot(deck, k, "bullets", [Item(snippet=claims[r % len(claims)])] + items)
        return None
    if op == 10:
        return RemoveSnippet(snippets[r % len(snippets)])
    if op == 11:
        return DuplicateSlide(i)
    sn = copy.deepcopy(deck.snippets[snippets[r % len(snippets)]])
    sn.id = f"copy-{r}"
    return AddSnippet(sn) if sn.id not in deck.snippets else None


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 10_000)), min_size=1, max_size=12))
def test_the_kept_plan_equals_a_fresh_plan_after_any_edits(ops):
    deck = copy.deepcopy(BASE)
    cache = PlanCache(TEMPLATE)
    cache.plan(deck)
    undo = []
    for op, r in ops:
        try:
            edit = edit_for(deck, op, r) if op != 12 or not undo else None
            if op == 12 and undo:
                undo.pop().apply(deck)
            elif edit is not None:
                undo.append(edit.apply(deck))
        except DeckError:
            continue                               # refused: nothing changed
        assert cache.plan(deck) == plan_deck(deck, TEMPLATE)


def test_an_edit_plans_only_the_slide_it_changed_and_moving_plans_nothing():
    deck = copy.deepcopy(BASE)
    cache = PlanCache(TEMPLATE)
    first = cache.plan(deck)
    assert cache.planned == len(deck.slides) + 1           # every slide and the closing Sources slide
    set_slot(deck, 3, "title", Item("A new title")).apply(deck)
    again = cache.plan(deck)
    assert cache.planned == 1
    assert [p is q for p, q in zip(first.slides, again.slides)].count(False) == 1
    MoveSlide(3, 10).apply(deck)
    moved = cache.plan(deck)
    assert cache.planned == 0
    assert moved == plan_deck(deck, TEMPLATE)
    page = [b for b in moved.slides[10].blocks if getattr(b, "name", "") == "page"][0]
    assert page.text == "11"                              # stamped where it now is


def test_a_renamed_source_replans_the_slides_citing_it_and_the_sources_slide():
    deck = copy.deepcopy(BASE)
    cache = PlanCache(TEMPLATE)
    cache.plan(deck)
    citing = {i for i, s in enumerate(deck.slides)
              if any(deck.snippets[x].source == "wire" for x in s.snippet_ids() if x in deck.snippets)}
    UpdateSource("wire", publisher="Another Wire").apply(deck)
    plan = cache.plan(deck)
    assert cache.planned == len(citing) + 1
    assert any("Another Wire" in b.text for b in plan.slides[-1].text_blocks())
