"""The package the emitter writes: unique, counted part names, notes, charts with real workbooks, shared pictures."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation

from briefdeck.spec import load_deck
from briefdeck.writers.export import export

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from decks import write_deck  # noqa: E402

SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def test_a_long_deck_has_one_part_per_slide_notes_and_chart(tmp_path):
    deck = write_deck(tmp_path, 60)
    out = tmp_path / "deck.pptx"
    export(load_deck(deck), out)
    names = zipfile.ZipFile(out).namelist()
    assert len(names) == len(set(names))
    slides = sorted(n for n in names if n.startswith("ppt/slides/slide"))
    notes = [n for n in names if n.startswith("ppt/notesSlides/notesSlide")]
    charts = [n for n in names if n.startswith("ppt/charts/chart")]
    assert slides == sorted(f"ppt/slides/slide{i}.xml" for i in range(1, 62))   # plus the Sources slide
    assert len(notes) == 60 and len(charts) == 12                                  # the Sources slide has none
    prs = Presentation(str(out))
    assert len(prs.slides) == 61
    for i, slide in enumerate(prs.slides):
        if i < 60:
            assert slide.notes_slide.notes_text_frame.text.startswith(("Talking", "Number", "Quote", "Chart"))
        assert slide.part.partname == f"/ppt/slides/slide{i + 1}.xml"
    ids = [s.slide_id for s in prs.slides]
    assert len(set(ids)) == len(ids)


def test_native_chart_workbook_holds_the_chart_data(tmp_path):
    deck = write_deck(tmp_path, 5)
    out = tmp_path / "deck.pptx"
    export(load_deck(deck), out)
    chart = next(sh.chart for s in Presentation(str(out)).slides for sh in s.shapes if sh.has_chart)
    blob = chart.part.chart_workbook.xlsx_part.blob
    package = zipfile.ZipFile(io.BytesIO(blob))
    sheet = etree.fromstring(package.read("xl/worksheets/sheet1.xml"))
    shared = ["".join(si.itertext()) for si in etree.fromstring(package.read("xl/sharedStrings.xml"))]
    cells = {c.get("r"): shared[int(c.findtext(f"{SHEET}v"))] if c.get("t") == "s" else c.findtext(f"{SHEET}v")
             for c in sheet.iter(f"{SHEET}c")}
    plot = chart.plots[0]
    assert cells["B1"] == plot.series[0].name
    assert [cells[f"A{i + 2}"] for i in range(len(plot.categories))] == list(plot.categories)
    assert [float(cells[f"B{i + 2}"]) for i in range(len(plot.categories))] == list(plot.series[0].values)


def test_the_same_picture_is_stored_once(tmp_path):
    (tmp_path / "s.txt").write_text("Rates fell 12% and 30% across the two quays.\n", encoding="utf-8")
    chart = ("{type: dot, unit: percent, categories: [North, South], series: [{name: Fall, values: "
             "[{value: 12, snippet: a}, {value: 30, snippet: b}]}]}")
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "briefdeck: 1\ntitle: Quays\nsources: [{id: s, path: s.txt}]\nsnippets:\n"
        "  - {id: a, kind: figure, source: s, text: '12%', value: 12, unit: percent}\n"
        "  - {id: b, kind: figure, source: s, text: '30%', value: 30, unit: percent}\n"
        f"slides:\n  - {{layout: chart, title: One, chart: {chart}}}\n  - {{layout: chart, title: Two, chart: {chart}}}\n",
        encoding="utf-8")
    out = tmp_path / "deck.pptx"
    export(load_deck(deck), out)
    media = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("ppt/media/")]
    assert len(media) == 1
    pictures = [sh for s in Presentation(str(out)).slides for sh in s.shapes if sh.shape_type == 13]
    assert len(pictures) == 2 and all("North" in p._element.nvPicPr.cNvPr.get("descr") for p in pictures)


def test_an_unchanged_picture_chart_is_not_rendered_again_in_a_new_run(tmp_path, monkeypatch):
    from briefdeck.writers import chart_image
    (tmp_path / "s.txt").write_text("Rates fell 14% and 41% across the two piers.\n", encoding="utf-8")
    deck = tmp_path / "deck.yaml"
    deck.write_text(
        "briefdeck: 1\ntitle: Piers\nsources: [{id: s, path: s.txt}]\nsnippets:\n"
        "  - {id: a, kind: figure, source: s, text: '14%', value: 14, unit: percent}\n"
        "  - {id: b, kind: figure, source: s, text: '41%', value: 41, unit: percent}\n"
        "slides:\n  - {layout: chart, title: Piers, chart: {type: slope, unit: percent, categories: [Before, After],"
        " series: [{name: East, values: [{value: 14, snippet: a}, {value: 41, snippet: b}]}]}}\n",
        encoding="utf-8")
    export(load_deck(deck), tmp_path / "one.pptx")
    chart_image._CACHE.clear()                        # as a new process would start

    def fail(*args, **kwargs):
        raise AssertionError("rendered again")
    monkeypatch.setattr(chart_image, "_render", fail)
    export(load_deck(deck), tmp_path / "two.pptx")
    media = [zipfile.ZipFile(tmp_path / n).read("ppt/media/image1.png") for n in ("one.pptx", "two.pptx")]
    assert media[0] == media[1] and media[0].startswith(b"\x89PNG")
