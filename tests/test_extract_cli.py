"""`briefdeck extract` and `briefdeck draft` as a user runs them: the JSON contract, errors, and a deck that exports."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from pptx import Presentation

from briefdeck.cli.main import main
from briefdeck.spec import load_deck
from pptx_facts import footnote, shapes_text

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_follows_the_contract(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(ARTICLES / "harbour-scrape.txt"), str(ARTICLES / "harbour-wire.md"),
                         "--format", "json", "--cache-dir", str(tmp_path / "cache"))
    assert code == 0, err
    data = json.loads(out)
    assert [s["id"] for s in data["sources"]] == ["harbour-scrape", "harbour-wire"]
    for s in data["sources"]:
        assert {"id", "path", "title", "publisher", "author", "date", "url", "text"} <= set(s)
    texts = {s["id"]: s["text"] for s in data["sources"]}
    assert {sn["kind"] for sn in data["snippets"]} == {"claim", "figure", "quote"}
    for sn in data["snippets"]:
        assert {"id", "kind", "source", "start", "end", "text", "speaker", "value", "unit", "score"} <= set(sn)
        assert texts[sn["source"]][sn["start"]:sn["end"]] == sn["text"]
        if sn["kind"] == "claim":
            assert sn["speaker"] is None and sn["value"] is None and sn["unit"] is None
        if sn["kind"] == "quote":
            assert sn["text"][0] not in "\u201c\"" and sn["text"][-1] not in "\u201d\""
    quote = next(sn for sn in data["snippets"] if sn["text"].startswith("These vessels will carry"))
    assert quote["speaker"] == "Ruth Abernathy" and quote["role"] == "Transport Minister"
    share = next(sn for sn in data["snippets"] if sn["text"] == "about two-thirds")
    assert (share["value"], share["unit"]) == (66.7, "percent")
    assert len(set(sn["id"] for sn in data["snippets"])) == len(data["snippets"])


def test_extract_table_and_yaml(capsys, tmp_path):
    code, out, _ = run(capsys, "extract", str(ARTICLES / "harbour-wire.md"), "--no-cache", "-k", "quote")
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["kind", "score", "source"]
    assert all(line.startswith("quote") for line in out.splitlines()[1:])
    assert "Ruth Abernathy" in out
    code, out, _ = run(capsys, "extract", str(ARTICLES / "harbour-wire.md"), "--no-cache", "-f", "yaml")
    import yaml
    assert yaml.safe_load(out)["sources"][0]["id"] == "harbour-wire"


def test_extract_reports_unreadable_files_and_keeps_going(capsys, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    fake_pdf = tmp_path / "report.pdf"
    fake_pdf.write_text("this is not a pdf", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(binary), str(fake_pdf), str(ARTICLES / "harbour-wire.md"),
                         "--no-cache", "-f", "json")
    assert code == 1
    assert "scan.txt" in err and "binary" in err
    assert "report.pdf" in err
    assert [s["id"] for s in json.loads(out)["sources"]] == ["harbour-wire"]
    assert "Traceback" not in err


def test_extract_with_no_files_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(tmp_path), "--no-cache")
    assert code == 1 and "no source files found" in err


def test_draft_makes_a_deck_that_checks_clean_and_exports(capsys, tmp_path):
    work = tmp_path / "project"
    (work / "sources").mkdir(parents=True)
    for p in ARTICLES.iterdir():
        shutil.copy(p, work / "sources" / p.name)
    deck_file = work / "deck.yaml"
    code, out, err = run(capsys, "draft", str(work / "sources"), "-o", str(deck_file), "--title",
                         "Port Alder shipyard", "--no-cache")
    assert code == 0, err
    loaded = load_deck(deck_file)
    deck = loaded.deck
    assert deck.title == "Port Alder shipyard"
    assert all(not Path(s.path).is_absolute() and s.path.startswith("sources/") for s in deck.sources.values())
    layouts = [s.layout for s in deck.slides]
    assert layouts[0] == "title" and "bullets" in layouts and "big-number" in layouts and "quote" in layouts
    code, out, err = run(capsys, "check", str(deck_file))
    assert code == 0, out + err
    assert "0 error(s)" in out
    code, out, err = run(capsys, "export", str(deck_file), "-q")
    assert code == 0, err
    prs = Presentation(str(deck_file.with_suffix(".pptx")))
    slides = list(prs.slides)
    assert len(slides) == len(deck.slides) + 1                        # plus the sources slide
    bullets = next(s for s in slides if "Key points" in shapes_text(s))
    claim = deck.snippets[deck.slides[layouts.index("bullets")].slots["bullets"][0].snippet]
    assert claim.anchor.exact[:40] in shapes_text(bullets)
    assert footnote(bullets)                                           # cited
    quote_slide = slides[layouts.index("quote")]
    q = deck.snippets[deck.slides[layouts.index("quote")].slots["quote"].snippet]
    assert q.speaker and q.speaker in shapes_text(quote_slide)
    sources_text = shapes_text(slides[-1])
    assert "Coastal Business Wire" in sources_text or "harbour-wire" in sources_text


def test_draft_charts_figures_that_measure_the_same_thing(capsys, tmp_path):
    shutil.copy(Path(__file__).parent / "fixtures" / "duties.txt", tmp_path / "duties.txt")
    deck_file = tmp_path / "deck.yaml"
    code, _, err = run(capsys, "draft", str(tmp_path / "duties.txt"), "-o", str(deck_file), "--no-cache")
    assert code == 0, err
    deck = load_deck(deck_file).deck
    (chart_slide,) = [s for s in deck.slides if s.layout == "chart"]
    chart = chart_slide.slots["chart"]
    assert chart.unit == "percent"
    assert [p.value for p in chart.series[0].points] == [25, 50, 10]
    assert [deck.snippets[p.snippet].anchor.exact for p in chart.series[0].points] == ["25%", "50%", "10%"]
    # each bar says what it is, without the words all bars share; those words title the slide
    assert chart.categories == ["Imported cars", "Imported steel", "Imported aluminium"]
    assert chart_slide.slots["title"].text == "Duty"
    run(capsys, "export", str(deck_file), "-q")
    prs = Presentation(str(deck_file.with_suffix(".pptx")))
    charts = [sh.chart for s in prs.slides for sh in s.shapes if sh.has_chart]
    assert len(charts) == 1 and list(charts[0].plots[0].series[0].values) == [25, 50, 10]
