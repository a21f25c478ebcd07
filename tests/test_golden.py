"""Golden structure per template: every layout's shapes, text, geometry and sizes stay as reviewed.

After an intended change, regenerate with BRIEFDECK_UPDATE_GOLDEN=1 pytest tests/test_golden.py,
render the decks and look at them, then commit the new golden files.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pptx.util import Emu

from briefdeck.spec import load_deck
from briefdeck.writers.export import export
from deckfiles import ALL_LAYOUTS, write_deck
from pptx_facts import open_deck

GOLDEN = Path(__file__).parent / "golden"


def inches(v) -> float:
    return round(Emu(v).inches, 2)


def summary(prs) -> list:
    slides = []
    for slide in prs.slides:
        shapes = []
        for s in slide.shapes:
            item = {"kind": str(s.shape_type).split(" ")[0].split(".")[-1], "name": s.name,
                    "box": [inches(s.left), inches(s.top), inches(s.width), inches(s.height)]}
            if s.has_text_frame and s.text_frame.text:
                item["text"] = s.text_frame.text
                runs = [r for p in s.text_frame.paragraphs for r in p.runs]
                item["pt"] = runs[0].font.size.pt if runs and runs[0].font.size else None
            if getattr(s, "has_chart", False) and s.has_chart:
                item["chart"] = [list(p.series[0].values) for p in s.chart.plots]
            if getattr(s, "has_table", False) and s.has_table:
                item["table"] = [[c.text_frame.text for c in row.cells] for row in s.table.rows]
            shapes.append(item)
        slides.append({"layout": slide.slide_layout.name, "shapes": shapes,
                       "notes": slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""})
    return slides


@pytest.mark.parametrize("template", ["corporate", "newsroom", "midnight"])
def test_layouts_match_golden(tmp_path, template):
    deck = write_deck(tmp_path, ALL_LAYOUTS, template=template)
    out = tmp_path / "golden.pptx"
    export(load_deck(deck), out)
    got = summary(open_deck(out))
    path = GOLDEN / f"{template}.json"
    if os.environ.get("BRIEFDECK_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    for n, (g, e) in enumerate(zip(got, expected), start=1):
        assert g == e, f"slide {n} differs from {path.name}"
    assert len(got) == len(expected)
