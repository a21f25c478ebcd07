"""Export the example deck and small decks, then reopen the .pptx and check what a user gets."""
from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from pptx.util import Emu

from briefdeck.spec import load_deck
from briefdeck.writers.export import export
from deckfiles import ALL_LAYOUTS, SNIPPETS, SOURCE, write_deck
from pptx_facts import footnote, markers, open_deck, overflowing, shapes_text, title

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"


@pytest.fixture(scope="module", params=["corporate", "newsroom", "midnight"])
def example(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param) / "canada-auto.pptx"
    loaded = load_deck(EXAMPLE)
    result = export(loaded, out, template=request.param)
    return loaded, result, open_deck(out)


def test_example_is_a_briefing_of_ten_to_fifteen_slides(example):
    _, _, prs = example
    assert 10 <= len(prs.slides) <= 16
    assert title(prs.slides[0]) == "Canada's auto industry under US tariffs"


def test_every_cited_slide_has_a_footnote_naming_its_sources(example):
    loaded, result, prs = example
    numbered = dict(result.plan.sources)
    cited_somewhere = 0
    for slide in list(prs.slides)[:-1]:
        nums = markers(slide)
        note = footnote(slide)
        for n in nums:
            src = numbered[n]
            assert f"[{n}] {src.publisher}" in note, (title(slide), note)
            assert src.title in note
        cited_somewhere += bool(nums)
    assert cited_somewhere >= 9


def test_last_slide_lists_exactly_the_cited_sources(example):
    loaded, _, prs = example
    last = prs.slides[-1]
    assert title(last) == "Sources"
    text = shapes_text(last)
    cited = loaded.deck.cited_sources()
    for n, sid in enumerate(cited, start=1):
        src = loaded.deck.sources[sid]
        assert f"[{n}]" in text and src.title in text and src.publisher in text
    uncited = set(loaded.deck.sources) - set(cited)
    for sid in uncited:
        assert loaded.deck.sources[sid].title not in text
    assert f"[{len(cited) + 1}]" not in text


def test_native_chart_has_embedded_data_alt_text_and_cited_footnote(example):
    _, _, prs = example
    charts = [(slide, shape) for slide in prs.slides for shape in slide.shapes if shape.has_chart]
    assert charts, "no native chart"
    slide, shape = charts[0]
    chart = shape.chart
    assert chart.part.chart_workbook.xlsx_part is not None
    values = list(chart.plots[0].series[0].values)
    assert values == [0.0, 25.0, 35.0]
    descr = shape._element.nvGraphicFramePr.cNvPr.get("descr")
    assert "25%" in descr and "35%" in descr
    assert footnote(slide).startswith("[")


def test_image_chart_has_alt_text_describing_data_not_a_path(example):
    _, _, prs = example
    pictures = [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]
    assert pictures
    for pic in pictures:
        descr = pic._element.nvPicPr.cNvPr.get("descr")
        assert descr and "chart" in descr.lower()
        assert ".png" not in descr and "/" not in descr and "\\" not in descr
        assert any(ch.isdigit() for ch in descr)


def test_speaker_notes_hold_the_source_passage_of_each_cited_snippet(example):
    loaded, _, prs = example
    checked = 0
    for slide in prs.slides:
        if not markers(slide):
            continue
        notes = slide.notes_slide.notes_text_frame.text
        assert "Passage:" in notes and "Source:" in notes
        checked += 1
    assert checked >= 9
    quote = loaded.deck.snippets["joly-bbp"]
    joined = "\n".join(s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    assert quote.text in joined and quote.speaker in joined


def test_no_text_overflows_its_box(example):
    _, _, prs = example
    problems = [f"slide {i}: {p}" for i, slide in enumerate(prs.slides, 1) for p in overflowing(slide)]
    assert problems == []


def test_every_shape_is_inside_the_slide(example):
    _, _, prs = example
    for slide in prs.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= prs.slide_width + Emu(914)
            assert shape.top + shape.height <= prs.slide_height + Emu(914)


def test_all_layouts_in_every_template(tmp_path):
    for template in ("corporate", "newsroom", "midnight"):
        deck = write_deck(tmp_path, ALL_LAYOUTS, template=template)
        out = tmp_path / f"{template}.pptx"
        export(load_deck(deck), out)
        prs = open_deck(out)
        layouts = [title(s) for s in prs.slides]
        assert layouts == ["Freight on the lakes", "The port", "What changed", "Dock work", "",
                           "Freight and jobs", "Two sides", "At a glance", "Sources"]
        big = prs.slides[3]
        assert "2,400" in shapes_text(big) and "dock workers with fewer shifts" in shapes_text(big)
        quote = prs.slides[4]
        assert "\u201cWe have never seen the yard this quiet in October,\u201d" in shapes_text(quote)
        assert "Priya Nandakumar, harbour master" in shapes_text(quote)
        table = next(s for s in prs.slides[7].shapes if s.has_table).table
        assert table.cell(1, 1).text_frame.text.startswith("container traffic fell by 18%")
        for slide in list(prs.slides)[2:-1]:
            assert "Lakeside Gazette" in footnote(slide) or title(slide) == "The port"
        assert all(not overflowing(s) for s in prs.slides)


def test_long_bullets_continue_on_a_cont_slide_with_a_warning(tmp_path):
    bullets = "".join("    - Shipping lines keep moving cargo to other terminals as the quiet season "
                      "drags on and the yards stay empty\n" for _ in range(30))
    deck = write_deck(tmp_path, "- layout: bullets\n  title: Many points\n  bullets:\n" + bullets)
    result = export(load_deck(deck), tmp_path / "out.pptx")
    prs = open_deck(tmp_path / "out.pptx")
    titles = [title(s) for s in prs.slides]
    assert titles[0] == "Many points" and titles[1] == "Many points (cont.)"
    assert any("(cont.)" in d.message for d in result.diagnostics)
    assert all(not overflowing(s) for s in prs.slides)


def test_control_characters_never_reach_the_file(tmp_path):
    slides = ('- layout: bullets\n  title: "Tabs\\tand\\vbreaks\\0 here"\n  bullets:\n'
              '    - "line one\\vline two\\x07 bell\\x1b"\n    - {snippet: reroute}\n')
    deck = write_deck(tmp_path, slides)
    out = tmp_path / "ctl.pptx"
    export(load_deck(deck), out)
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert "_x000B_" not in xml and "_x0000_" not in xml and "_x0007_" not in xml and "\x0b" not in xml
    prs = open_deck(out)
    assert "line one" in shapes_text(prs.slides[0]) and "line two" in shapes_text(prs.slides[0])


def test_failed_export_keeps_the_previous_file(tmp_path, monkeypatch):
    deck = write_deck(tmp_path, ALL_LAYOUTS)
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"previous export")
    from briefdeck.writers import pptx_package

    def broken_save(prs, file):
        Path(file).write_bytes(b"half a fi")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(pptx_package, "write", broken_save)
    from briefdeck.core import BriefdeckError
    with pytest.raises(BriefdeckError, match="No space left"):
        export(load_deck(deck), out)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx", "deck.yaml", "sources"]


def test_edited_quote_is_marked(tmp_path):
    slides = "- layout: quote\n  quote: {snippet: quiet, text: 'The yard is quiet'}\n"
    deck = write_deck(tmp_path, slides)
    result = export(load_deck(deck), tmp_path / "q.pptx")
    prs = open_deck(tmp_path / "q.pptx")
    assert "(edited)" in shapes_text(prs.slides[0])
    assert "not verbatim" in prs.slides[0].notes_slide.notes_text_frame.text
    assert any("no longer verbatim" in d.message for d in result.diagnostics)


@pytest.mark.skipif(not os.environ.get("CI") and not __import__("shutil").which("soffice"),
                    reason="LibreOffice is not installed")
def test_libreoffice_converts_the_example_to_pdf(tmp_path):
    import shutil
    import subprocess
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "canada-auto.pptx"
    export(load_deck(EXAMPLE), out)
    profile = tmp_path / "profile"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "canada-auto.pdf"
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr
    assert pdf.stat().st_size > 20_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert re.search(rf"Pages:\s+{len(open_deck(out).slides)}\n", info)


def test_a_big_numbers_own_words_show_only_when_they_say_more_than_the_number(tmp_path):
    snippets = SNIPPETS + """\
  - id: share
    kind: figure
    source: harbour
    text: 18 per cent
    value: 18
    unit: percent
  - id: years
    kind: figure
    source: harbour
    text: For about 30 years
    value: 30
    unit: years
"""
    slides = """\
- layout: big-number
  figure: {snippet: traffic}
  label: fall in traffic
- layout: big-number
  figure: {snippet: share}
  label: fall in traffic
- layout: big-number
  figure: {snippet: years}
  label: years of rail freight
"""
    out = tmp_path / "numbers.pptx"
    source = SOURCE + "\nRail freight fell 18 per cent over the year.\n\nFor about 30 years the line ran daily.\n"
    export(load_deck(write_deck(tmp_path, slides, snippets=snippets, source=source)), out)
    worded, bare, years = (shapes_text(s) for s in list(open_deck(out).slides)[:3])
    assert "\u201ccontainer traffic fell by 18%\u201d" in worded
    assert "18%" in bare and "\u201c18 per cent\u201d" not in bare
    assert "30" in years and "For about 30 years" not in years


def test_a_share_written_in_words_stays_in_words_on_a_big_number_slide(tmp_path):
    snippets = SNIPPETS + """\
  - id: third
    kind: figure
    source: harbour
    text: a third
    value: 33.3
    unit: percent
  - id: fifth
    kind: figure
    source: harbour
    text: one in five crews
    value: 20
    unit: percent
"""
    slides = """\
- layout: big-number
  figure: {snippet: third}
  label: ships rerouted
- layout: big-number
  figure: {snippet: fifth}
  label: crews laid off
"""
    source = SOURCE + "\nAbout a third of the ships now call at coastal terminals, and one in five crews was laid off.\n"
    out = tmp_path / "third.pptx"
    export(load_deck(write_deck(tmp_path, slides, snippets=snippets, source=source)), out)
    third, fifth = (shapes_text(s) for s in list(open_deck(out).slides)[:2])
    assert "A third" in third and "33.3%" not in third and "\u201ca third\u201d" not in third
    assert "One in five" in fifth and "One in five crews" not in fifth and "20%" not in fifth


def test_a_big_number_keeps_the_hedge_its_source_put_on_it(tmp_path):
    """"nearly 6 hours" on a slide as a flat "6" would state what the source did not."""
    snippets = SNIPPETS + """\
  - id: nearly
    kind: figure
    source: harbour
    text: nearly six hours
    value: 6
    unit: hours
  - id: over
    kind: figure
    source: harbour
    text: more than 30 ships
    value: 30
    unit: ships
  - id: under
    kind: figure
    source: harbour
    text: less than 5 per cent
    value: 5
    unit: percent
  - id: upto
    kind: figure
    source: harbour
    text: up to $12 million
    value: 12
    unit: $ million
  - id: third
    kind: figure
    source: harbour
    text: almost a third
    value: 33.3
    unit: percent
  - id: odds
    kind: figure
    source: harbour
    text: 1 in 250,000
    value: 0.0004
    unit: percent
"""
    slides = "".join(f"- layout: big-number\n  figure: {{snippet: {i}}}\n  label: {label}\n"
                     for i, label in (("nearly", "hours the cranes stood idle"), ("over", "ships turned away"),
                                      ("under", "share of cargo by rail"), ("upto", "repair bill"),
                                      ("third", "crews laid off"), ("odds", "chance of a second failure")))
    source = SOURCE + ("\nThe cranes stood idle for nearly six hours, more than 30 ships were turned away, less than "
                       "5 per cent of cargo left by rail, the repair bill could reach up to $12 million, and almost "
                       "a third of crews were laid off; the odds of a second failure are 1 in 250,000.\n")
    out = tmp_path / "hedged.pptx"
    export(load_deck(write_deck(tmp_path, slides, snippets=snippets, source=source)), out)
    shown = [shapes_text(s) for s in list(open_deck(out).slides)[:6]]
    assert "~6" in shown[0]
    assert "30+" in shown[1]
    assert "<5%" in shown[2]
    assert "Up to $12M" in shown[3]
    assert "Almost a third" in shown[4]
    assert "1 in 250,000" in shown[5] and "0%" not in shown[5]         # too small a share for a percentage


def test_a_quote_by_a_senator_reads_sen_before_the_name(tmp_path):
    slides = "- layout: quote\n  quote: {snippet: quiet}\n  role: Sen.\n"
    export(load_deck(write_deck(tmp_path, slides)), tmp_path / "q.pptx")
    text = shapes_text(open_deck(tmp_path / "q.pptx").slides[0])
    assert "\u2014 Sen. Priya Nandakumar" in text and "Nandakumar, Sen." not in text
