"""Anchors: find a snippet again after its source text has been edited."""
from __future__ import annotations

import pytest

from briefdeck.core.anchor import (CONTEXT_MATCH, POSITION, QUOTE, Anchor, anchor_at, passage,
                                   resolve)

TEXT = (
    "The river ferry carried 4,200 passengers in May. Fares were unchanged for a second year.\n"
    "\n"
    "Dock workers asked for a new contract. The harbour board said talks would resume in autumn.\n"
    "\n"
    "Night sailings ended after the storm damaged the north pier."
)


def anchor_for(text: str, needle: str, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return anchor_at(text, start, start + len(needle), source_hash="sha256:test")


# --- anchor_at ---------------------------------------------------------------------------

def test_anchor_at_records_exact_text_context_and_offsets():
    start = TEXT.index("Dock workers")
    anchor = anchor_at(TEXT, start, start + len("Dock workers asked"), source_hash="sha256:abc", context=10)
    assert anchor.exact == "Dock workers asked"
    assert anchor.start == start and anchor.end == start + len("Dock workers asked")
    assert anchor.prefix == TEXT[start - 10:start]
    assert anchor.prefix.endswith("year.\n\n")
    assert anchor.suffix == " for a new"
    assert anchor.source_hash == "sha256:abc"


def test_anchor_at_clips_context_at_the_text_edges():
    anchor = anchor_at("Short text here", 0, 5)
    assert anchor.prefix == ""
    assert anchor.suffix == " text here"
    anchor = anchor_at("Short text here", 11, 15)
    assert anchor.exact == "here"
    assert anchor.suffix == ""


@pytest.mark.parametrize("start,end", [(5, 5), (7, 3), (-1, 4), (0, len(TEXT) + 1)])
def test_anchor_at_rejects_bad_ranges(start, end):
    with pytest.raises(ValueError, match="bad range"):
        anchor_at(TEXT, start, end)


# --- resolve -----------------------------------------------------------------------------

def test_resolve_by_position_when_text_is_unchanged():
    anchor = anchor_for(TEXT, "Fares were unchanged")
    found = resolve(anchor, TEXT)
    assert found is not None
    assert found.method == POSITION
    assert (found.start, found.end) == (anchor.start, anchor.end)
    assert found.exact(TEXT) == "Fares were unchanged"


def test_resolve_by_position_when_only_later_text_changed():
    anchor = anchor_for(TEXT, "Fares were unchanged")
    edited = TEXT + "\n\nA new paragraph at the end."
    found = resolve(anchor, edited)
    assert found.method == POSITION
    assert found.start == anchor.start


def test_resolve_by_quote_after_text_is_inserted_before_it():
    anchor = anchor_for(TEXT, "talks would resume in autumn")
    inserted = "Update: this story was revised on Tuesday.\n\n"
    edited = inserted + TEXT
    found = resolve(anchor, edited)
    assert found is not None
    assert found.method == QUOTE
    assert found.start == anchor.start + len(inserted)
    assert found.end == anchor.end + len(inserted)
    assert found.exact(edited) == "talks would resume in autumn"


def test_resolve_by_quote_after_text_before_it_is_deleted():
    anchor = anchor_for(TEXT, "Night sailings ended")
    edited = TEXT.replace("Dock workers asked for a new contract. ", "")
    found = resolve(anchor, edited)
    assert found.method == QUOTE
    assert found.start == anchor.start - len("Dock workers asked for a new contract. ")
    assert found.exact(edited) == "Night sailings ended"


TWICE = ("In the north, the ferry was late again on Monday. Crews blamed fog.\n\n"
         "In the south, the ferry was late again on Friday. Crews blamed a broken ramp.")


def test_tie_between_two_occurrences_is_broken_by_prefix_and_suffix():
    second = anchor_for(TWICE, "the ferry was late again", nth=1)
    assert TWICE.count("the ferry was late again") == 2
    # offsets no longer match (text inserted), and the old offset now sits nearer the FIRST copy
    edited = "Weather desk notes.\n\n" + TWICE
    near_first = Anchor(exact=second.exact, prefix=second.prefix, suffix=second.suffix,
                        start=edited.index("the ferry") + 3, end=edited.index("the ferry") + 3 + len(second.exact))
    found = resolve(near_first, edited)
    assert found.method == QUOTE
    assert found.start == edited.index("the ferry was late again", edited.index("south"))
    assert edited[found.end:].startswith(" on Friday")


def test_tie_without_offsets_prefers_matching_context_over_first_occurrence():
    first = anchor_for(TWICE, "the ferry was late again", nth=0)
    second = anchor_for(TWICE, "the ferry was late again", nth=1)
    for wanted in (first, second):
        bare = Anchor(exact=wanted.exact, prefix=wanted.prefix, suffix=wanted.suffix)
        found = resolve(bare, TWICE)
        assert found.method == QUOTE
        assert found.start == wanted.start


def test_tie_with_no_context_prefers_the_occurrence_nearest_the_old_offset():
    second = anchor_for(TWICE, "the ferry was late again", nth=1)
    bare = Anchor(exact=second.exact, start=second.start + 4, end=second.end + 4)
    found = resolve(bare, TWICE)
    assert found.start == second.start


def test_context_fallback_when_the_exact_text_changed_slightly():
    anchor = anchor_for(TEXT, "carried 4,200 passengers")
    edited = TEXT.replace("carried 4,200 passengers", "carried 4,250 passengers")
    found = resolve(anchor, edited)
    assert found is not None
    assert found.method == CONTEXT_MATCH
    assert found.exact(edited) == "carried 4,250 passengers"


def test_context_fallback_needs_enough_context():
    anchor = Anchor(exact="carried 4,200 passengers", prefix="ferry ", suffix=" in")
    edited = TEXT.replace("4,200", "4,250")
    assert resolve(anchor, edited) is None


def test_context_fallback_refuses_a_far_away_suffix():
    anchor = anchor_for(TEXT, "4,200")
    # the five characters become a long rewrite: too different to call it the same snippet
    edited = TEXT.replace("4,200", "an unusually large and entirely unrecorded number of")
    assert resolve(anchor, edited) is None


def test_none_when_the_text_is_gone():
    anchor = anchor_for(TEXT, "Dock workers asked for a new contract.")
    edited = TEXT.split("\n\n")[0] + "\n\nAn unrelated paragraph replaced the old one."
    assert resolve(anchor, edited) is None


def test_none_when_the_text_is_deleted_but_its_context_remains():
    text = "Alpha sentence one. The plant closed. Beta sentence two."
    anchor = anchor_for(text, "The plant closed.")
    assert resolve(anchor, "Alpha sentence one.  Beta sentence two.") is None
    assert resolve(anchor, "Alpha sentence one. Beta sentence two.") is None


def test_none_for_an_empty_anchor():
    assert resolve(Anchor(exact=""), TEXT) is None


def test_stale_offsets_outside_the_text_fall_back_to_the_quote():
    anchor = Anchor(exact="north pier", start=10_000, end=10_010)
    found = resolve(anchor, TEXT)
    assert found.method == QUOTE
    assert found.exact(TEXT) == "north pier"


# --- passage -----------------------------------------------------------------------------

def test_passage_returns_the_surrounding_paragraph():
    start = TEXT.index("harbour board")
    para = passage(TEXT, start, start + len("harbour board"))
    assert para == "Dock workers asked for a new contract. The harbour board said talks would resume in autumn."


def test_passage_at_the_start_and_end_of_the_text():
    assert passage(TEXT, 0, 9).startswith("The river ferry")
    assert passage(TEXT, 0, 9).endswith("second year.")
    last = TEXT.index("north pier")
    assert passage(TEXT, last, last + 5) == "Night sailings ended after the storm damaged the north pier."


def test_passage_folds_line_breaks_inside_a_paragraph():
    text = "First line of a wrapped\nparagraph that goes on.\n\nNext one."
    assert passage(text, 0, 5) == "First line of a wrapped paragraph that goes on."


def test_passage_trims_a_long_paragraph_with_ellipses():
    filler = " ".join(f"Sentence number {i} is filler." for i in range(60))
    target = "The pier reopened on Sunday."
    text = filler + " " + target + " " + filler
    start = text.index(target)
    out = passage(text, start, start + len(target), limit=200)
    assert target in out
    assert out.startswith("\u2026") and out.endswith("\u2026")
    assert len(out) <= 200 + 2
    # it starts at a sentence boundary, not mid-word
    assert out[1:].startswith("Sentence number")


def test_passage_of_a_long_paragraph_only_trims_the_side_that_was_cut():
    target = "The pier reopened on Sunday."
    text = target + " " + " ".join(f"Filler sentence {i}." for i in range(80))
    out = passage(text, 0, len(target), limit=120)
    assert out.startswith(target)
    assert out.endswith("\u2026")
    assert not out.startswith("\u2026")
