"""Picking as an analyst: a selection snaps to the words meant, a proposed snippet is reused, and
Ctrl+Enter puts each kind in its own place."""
from __future__ import annotations

import pytest

from briefdeck.core import Deck, Item, Slide, Source
from briefdeck.extract import extract
from briefdeck.gui import deck_ops

TEXT = ("Harbour board backs a second ferry order\n\n"
        "The provincial harbour board approved a second order of hybrid ferries on Tuesday, a deal worth "
        "$310 million that supports hundreds of thousands of shipyard jobs. \u201cWe build them here, we crew "
        "them here, and we keep them here,\u201d said Lena Okafor, who chairs the board. Orders for the first "
        "ferry created 2,300 jobs across the region.\n")


@pytest.fixture
def setup():
    source = Source(id="board", path="board.txt", text=TEXT, title="Harbour board backs a second ferry order")
    deck = Deck(title="Ferries")
    deck.sources["board"] = source
    return deck, source, extract(source)


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_a_quote_snaps_inside_its_marks_and_reuses_the_proposed_one(setup):
    deck, source, candidates = setup
    start, end = at("\u201cWe build them here, we crew them here, and we keep them here,\u201d")
    where, sn = deck_ops.snippet_from_selection(source, "quote", start, end, deck, candidates)
    assert where == "candidate" and sn in candidates
    assert sn.anchor.exact == "We build them here, we crew them here, and we keep them here"
    assert sn.speaker == "Lena Okafor"
    where, sn = deck_ops.snippet_from_selection(source, "quote", start, end, deck, [])      # nothing proposed
    assert where == "new" and sn.anchor.exact == "We build them here, we crew them here, and we keep them here"


def test_a_claim_grows_to_whole_sentences(setup):
    deck, source, _ = setup
    start, end = at("approved a second order")
    where, sn = deck_ops.snippet_from_selection(source, "claim", start, end, deck, [])
    assert where == "new"
    assert sn.anchor.exact.startswith("The provincial harbour board") and sn.anchor.exact.endswith("shipyard jobs.")


def test_a_figure_snaps_to_its_number_and_unit(setup):
    deck, source, _ = setup
    start, end = at("a deal worth $310 million that supports")
    where, sn = deck_ops.snippet_from_selection(source, "figure", start, end, deck, [])
    assert sn.anchor.exact == "$310 million" and sn.value == 310 and "million" in sn.unit


def test_a_figure_without_an_exact_number_is_refused_with_a_reason(setup):
    deck, source, _ = setup
    start, end = at("supports hundreds of thousands of shipyard jobs.")
    with pytest.raises(deck_ops.NothingToPick, match="not an exact number.*claim"):
        deck_ops.snippet_from_selection(source, "figure", start, end, deck, [])


def test_picking_what_the_deck_has_gives_the_deck_s_snippet(setup):
    deck, source, candidates = setup
    start, end = at("2,300 jobs")
    where, cand = deck_ops.snippet_from_selection(source, "figure", start, end, deck, candidates)
    assert where == "candidate"
    picked = deck_ops.pick(deck, cand)
    deck.snippets[picked.id] = picked
    where, again = deck_ops.snippet_from_selection(source, "figure", start - 10, end + 5, deck, candidates)
    assert where == "deck" and again is picked


@pytest.mark.parametrize("kind,layout,slot", [("figure", "big-number", "figure"), ("quote", "quote", "quote")])
def test_ctrl_enter_on_a_bullets_slide_puts_a_figure_or_quote_on_its_own_slide(setup, kind, layout, slot):
    deck, source, candidates = setup
    deck.slides = [Slide("bullets", {"title": Item("Key points"), "bullets": []})]
    sn = deck_ops.pick(deck, next(c for c in candidates if c.kind == kind and (c.value is not None or kind == "quote")))
    deck.snippets[sn.id] = sn
    edits, show = deck_ops.place_on_slide(deck, 0, [sn])
    for edit in edits:
        edit.apply(deck)
    assert [s.layout for s in deck.slides] == ["bullets", layout] and show == 1
    assert deck.slides[0].slots["bullets"] == []                 # no bare bullet added
    assert deck.slides[1].slots[slot].snippet == sn.id


def test_ctrl_enter_puts_a_claim_on_the_current_bullets_slide(setup):
    deck, source, candidates = setup
    deck.slides = [Slide("bullets", {"title": Item("Key points"), "bullets": []})]
    sn = deck_ops.pick(deck, next(c for c in candidates if c.kind == "claim"))
    deck.snippets[sn.id] = sn
    edits, show = deck_ops.place_on_slide(deck, 0, [sn])
    for edit in edits:
        edit.apply(deck)
    assert len(deck.slides) == 1 and [i.snippet for i in deck.slides[0].slots["bullets"]] == [sn.id]


def test_the_deck_properties_and_source_details_dialogs_make_one_undo_step_each(qtbot, tmp_path):
    from briefdeck.gui.window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    source = Source(id="board", path="board.txt", text=TEXT, title="The provincial harbour board approved a "
                    "second order", title_guessed=True)
    from briefdeck.core.edits import AddSource
    win.document.do(AddSource(source))
    steps = win.document.undo.count()
    win.actions.ask_deck_properties = lambda deck: {"title": "Ferries", "subtitle": "For the board",
                                                    "author": "Desk", "date": "2026-11-30", "template": "midnight"}
    win.actions.deck_properties()
    assert (win.deck.title, win.deck.subtitle, win.deck.author, win.deck.date, win.deck.template) == \
        ("Ferries", "For the board", "Desk", "2026-11-30", "midnight")
    asked = []
    win.actions.ask_source_details = lambda sources: asked.append([s.id for s in sources]) or \
        {"board": {"title": "Harbour board backs a second ferry order", "publisher": "Coast Courier"}}
    win.actions.check_source_details(only_needed=True)
    assert asked == [["board"]]
    board = win.deck.sources["board"]
    assert (board.title, board.publisher, board.title_guessed) == \
        ("Harbour board backs a second ferry order", "Coast Courier", False)
    assert win.document.undo.count() == steps + 2
    win.document.undo.undo()
    assert win.deck.sources["board"].title_guessed and not win.deck.sources["board"].publisher
    asked.clear()
    win.document.undo.redo()
    win.actions.check_source_details(only_needed=True)        # nothing left to ask about
    assert asked == []
    win.document.undo.setClean()


def test_recent_decks_with_the_same_name_say_which_folder():
    from briefdeck.gui.window_actions import recent_names
    assert recent_names(["/a/q3/deck.yaml", "/a/q4/deck.yaml", "/b/other.yaml"]) == \
        ["deck.yaml \u2014 q3", "deck.yaml \u2014 q4", "other.yaml"]


def test_drafting_an_untitled_deck_gives_it_the_draft_s_title():
    from pathlib import Path

    from briefdeck.core.deck import NEW_DECK_TITLE
    from briefdeck.spec import load_deck
    example = Path(__file__).resolve().parents[1] / "examples" / "canada-auto"
    sources = load_deck(example / "deck.yaml").deck.sources
    deck = Deck(title=NEW_DECK_TITLE)
    deck.sources.update(sources)
    candidates = [sn for src in sources.values() for sn in extract(src)]
    deck_ops.draft_edits(deck, candidates, example).apply(deck)
    assert deck.title not in ("", NEW_DECK_TITLE) and deck.subtitle
    assert deck.slides[0].layout == "title" and len(deck.slides) >= 6
    named = Deck(title="Our own title")
    named.sources.update(sources)
    deck_ops.draft_edits(named, candidates, example).apply(named)
    assert named.title == "Our own title"
