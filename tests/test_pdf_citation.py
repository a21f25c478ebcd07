"""A snippet from a PDF keeps its page: the speaker notes say where to find it."""
from __future__ import annotations

from pptx import Presentation

from briefdeck.spec import load_deck
from briefdeck.writers.export import export
from test_readers_formats import make_pdf, review_pages

DECK = """\
briefdeck: 1
title: Harbour review
sources:
  - id: review
    path: review.pdf
snippets:
  - id: dredging
    kind: claim
    source: review
    text: "Dredging of the inner basin finished in October, two weeks ahead of schedule and within budget."
  - id: fees
    kind: figure
    source: review
    text: "4.1 million crowns"
    value: 4.1
    unit: million crowns
slides:
  - layout: bullets
    title: Works
    bullets:
      - snippet: dredging
      - snippet: fees
"""


def test_notes_give_the_page_of_each_pdf_snippet(tmp_path):
    (tmp_path / "review.pdf").write_bytes(make_pdf(review_pages()))
    deck_file = tmp_path / "deck.yaml"
    deck_file.write_text(DECK, encoding="utf-8")
    loaded = load_deck(deck_file)
    assert not [d for d in loaded.diagnostics if d.is_error]
    export(loaded, tmp_path / "deck.pptx")
    slide = Presentation(str(tmp_path / "deck.pptx")).slides[0]
    notes = slide.notes_slide.notes_text_frame.text
    dredging, fees = notes.split("\n\n")[:2]
    assert "Dredging of the inner basin" in dredging and ", p. 2" in dredging
    assert "4.1 million crowns" in fees and ", p. 3" in fees
