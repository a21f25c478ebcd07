"""Cleaning: any text is cleaned without an exception, the raw text is rebuilt exactly from the steps,
and every offset maps into range, in order.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefdeck.clean import clean, to_clean, to_raw, undo
from fuzzkit import call, counted, examples

# Pieces cleaning acts on: reversible and lossy mojibake, entities, C1 controls, odd spaces and breaks,
# boilerplate lines, long repeated paragraphs; mixed with arbitrary text (no lone surrogates: a str
# from any reader never has them).
PIECES = ["\u00e2\u20ac\u2122", "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00e2\u20ac", "\u00c3\u00a9", "\u00c3",
          "\u00c2\u00a0", "\u00c2", "\u00e2\u20ac\u201d", "\u00ef\u00bb\u00bf", "\ufffd", "\u0101", " \u0101 ",
          "\u0101s", "isn\u0101t", "\u0101quoted\u0101", "2024\u010125", "&amp;", "&rsquo;", "&#8217;", "&#x2019;",
          "&#0;", "&#1114112;", "&nbsp;", "&bogus;", "\u0080", "\u0085", "\u009d", "\u009f", "\u2028", "\u2029",
          "\u00a0", "\u200b", "\u200d", "\ufeff", "\u2060", "\t", "\r", "\r\n", "\n", "\n\n", "\n\n\n\n", "  ",
          "Share on Facebook\n", "Advertisement\n", "Leave a Reply\n", "Subscribe now\n", "\u00a9 2024 Gazette\n",
          "The harbour board met on Thursday to discuss the new ferry timetable for the island.\n",
          "The harbour board met on Thursday to discuss the new ferry timetable for the island.\n",
          "* * * * * *\n", "~ ~ ~ ~ ~ ~ ~\n",
          "and the ferry", ", which", "\u201c", "\u201d", "\u2019", "\u2014", '"', "'", "Canada", "s", " ", "."]
RAW = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(st.characters(blacklist_categories=("Cs",)), max_size=5)),
             max_size=80).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
)


@settings(max_examples=examples(300))
@given(raw=RAW)
@example(raw="* * * * * *\nthe story goes on.\n")      # was an IndexError in breaks._broken (fixed)
@counted("clean")
def test_clean_is_reversible_and_maps_offsets(raw):
    cleaned = call("clean", clean, raw)
    assert not isinstance(cleaned, BaseException), f"clean raised {cleaned!r}"   # cleaning never refuses
    steps, text = cleaned.steps, cleaned.text
    assert cleaned.raw == raw
    assert undo(steps, text) == raw
    previous = 0
    for offset in range(len(text) + 1):
        back = to_raw(steps, offset)
        assert 0 <= back <= len(raw), (offset, back)
        assert back >= previous, f"to_raw goes backwards at {offset}: {previous} then {back}"
        previous = back
    previous = 0
    for offset in range(len(raw) + 1):
        forward = to_clean(steps, offset)
        assert 0 <= forward <= len(text), (offset, forward)
        assert forward >= previous, f"to_clean goes backwards at {offset}: {previous} then {forward}"
        previous = forward
    for row in cleaned.report():
        assert 1 <= row["line"] <= raw.count("\n") + 1 and 0 <= row["offset"] <= len(raw), row


@settings(max_examples=examples(100))
@given(raw=RAW)
@counted("clean")
def test_cleaning_twice_changes_nothing_more_than_once(raw):
    """Clean text is a fixed point... or at least cleaning it again never raises and stays reversible."""
    once = clean(raw)
    twice = call("clean", clean, once.text)
    assert undo(twice.steps, twice.text) == once.text
