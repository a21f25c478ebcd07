"""What the exporter writes passes an independent Open XML validator, and charts keep PowerPoint's axis links.

PowerPoint is stricter than python-pptx and LibreOffice: a file both open can still make it offer a
"repair". openxml-audit (a Python port of the Open XML SDK's validator) checks each package against
the ECMA-376 schemas and the SDK's semantic rules. Every deck a user can produce is checked once: the
example deck, every layout and chart type in each built-in look, a user .pptx/.potx template, a batch
run, and a deck built and saved in the editor's document model.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pptx
import pytest
from lxml import etree
from openxml_audit import FileFormat, OpenXmlValidator, ValidationSeverity
from pptx.oxml import parse_xml
from pptx.util import Inches

from briefdeck.cli.main import main
from briefdeck.core.chart import CHART_TYPES, NATIVE_TYPES
from briefdeck.spec import load_deck
from briefdeck.templates import builtin_names
from briefdeck.writers.export import export
from briefdeck.writers.pptx_chart import AXIS_ID_MAX, unsigned_axis_ids
from deckfiles import ALL_LAYOUTS, SOURCE, write_deck
from pptx_facts import open_deck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
AXES = {f"{C}{tag}" for tag in ("catAx", "valAx", "dateAx", "serAx")}


@pytest.fixture(scope="module")
def validator() -> OpenXmlValidator:
    """Schema and semantic validation as the Open XML SDK does it, against Office 2019 (no error cap)."""
    return OpenXmlValidator(file_format=FileFormat.OFFICE_2019, max_errors=0)


def open_xml_errors(validator: OpenXmlValidator, path: Path) -> list[str]:
    """What the validator calls an error (a warning, such as "Excel will rewrite this on save", is not)."""
    return [f"{e.part_uri} {e.path}: {e.description}" for e in validator.validate(path).errors
            if e.severity is ValidationSeverity.ERROR]


def assert_valid(validator: OpenXmlValidator, path: Path) -> None:
    errors = open_xml_errors(validator, path)
    assert not errors, f"{path.name}: {len(errors)} Open XML error(s):\n" + "\n".join(errors[:20])


def chart_parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist()
                if n.startswith("ppt/charts/chart") and n.endswith(".xml")}


def assert_axes_linked(name: str, chart_space) -> None:
    """Each plot names existing axes, each axis crosses the other one, every id is unsigned and unique."""
    plot_area = chart_space.find(f"{C}chart/{C}plotArea")
    axes = [el for el in plot_area if el.tag in AXES]
    ids = [ax.find(f"{C}axId").get("val") for ax in axes]
    assert len(set(ids)) == len(ids), f"{name}: axis ids repeat: {ids}"
    for value in [el.get("val") for el in chart_space.iter(f"{C}axId", f"{C}crossAx")]:
        assert 0 <= int(value) <= AXIS_ID_MAX, f"{name}: axis id {value} outside 0..2**31-1"
    for plot in (el for el in plot_area if el.tag.endswith("Chart")):
        named = [a.get("val") for a in plot.findall(f"{C}axId")]
        assert sorted(named) == sorted(ids), f"{name}: {plot.tag} names axes {named}, the chart has {ids}"
    for ax, own in zip(axes, ids):
        cross = ax.find(f"{C}crossAx").get("val")
        assert cross in ids and cross != own, f"{name}: axis {own} crosses {cross}, not the other axis"


def chart_slides(types=CHART_TYPES) -> str:
    """One chart slide per type, two series, one value citing a figure snippet."""
    out = ""
    for kind in types:
        out += (f"- layout: chart\n  title: A {kind} chart\n  chart:\n    type: {kind}\n"
                "    categories: [Spring, Summer, Autumn]\n    series:\n"
                "      - name: Traffic\n        values: [{value: 18, snippet: traffic}, 12, 9]\n"
                "      - name: Shifts\n        values: [5, 7, 11]\n"
                "  notes: Values from the port's quarterly figures.\n")
    return out


EVERYTHING = ALL_LAYOUTS + chart_slides() + chart_slides(["column"]).replace(
    "type: column", "type: column\n    engine: image")


# --- the fix: axis ids --------------------------------------------------------------------------
def test_every_native_chart_links_its_axes_by_unsigned_ids(tmp_path):
    deck = write_deck(tmp_path, chart_slides(NATIVE_TYPES))
    out = tmp_path / "charts.pptx"
    export(load_deck(deck), out)
    parts = chart_parts(out)
    assert len(parts) == len(NATIVE_TYPES)
    with_axes = 0
    for name, chart_space in parts.items():
        assert_axes_linked(name, chart_space)
        with_axes += any(el.tag in AXES for el in chart_space.find(f"{C}chart/{C}plotArea"))
    assert with_axes == len(NATIVE_TYPES) - 1          # every type but the pie has two axes
    prs = open_deck(out)
    charts = [sh.chart for slide in prs.slides for sh in slide.shapes if getattr(sh, "has_chart", False)]
    assert [list(c.plots[0].series[0].values) for c in charts] == [[18, 12, 9]] * len(NATIVE_TYPES)


def test_renumbering_keeps_ids_unique_and_references_intact():
    xml = (f'<c:chartSpace xmlns:c="{C[1:-1]}"><c:chart><c:plotArea>'
           '<c:barChart><c:axId val="-1"/><c:axId val="2147483647"/><c:axId val="-2147483649"/></c:barChart>'
           '<c:catAx><c:axId val="-1"/><c:crossAx val="2147483647"/></c:catAx>'
           '<c:valAx><c:axId val="2147483647"/><c:crossAx val="-1"/></c:valAx>'
           '<c:serAx><c:axId val="-2147483649"/><c:crossAx val="-1"/></c:serAx>'
           '</c:plotArea></c:chart></c:chartSpace>')
    chart_space = parse_xml(xml)
    unsigned_axis_ids(chart_space)
    plot = chart_space.find(f"{C}chart/{C}plotArea/{C}barChart")
    # -1 wraps onto 2147483647, which an axis already has: it moves on to 0; the kept id is untouched
    assert [a.get("val") for a in plot.findall(f"{C}axId")] == ["0", "2147483647", "1"]
    assert_axes_linked("crafted", chart_space)


# --- every kind of output, validated -------------------------------------------------------------
def test_the_example_deck_is_valid_open_xml(validator, tmp_path):
    out = tmp_path / "canada-auto.pptx"
    export(load_deck(EXAMPLE), out)
    assert chart_parts(out), "the example deck should carry a native chart"
    assert_valid(validator, out)


@pytest.mark.parametrize("look", builtin_names())
def test_every_layout_and_chart_type_is_valid_open_xml(validator, tmp_path, look):
    out = tmp_path / f"{look}.pptx"
    result = export(load_deck(write_deck(tmp_path, EVERYTHING, template=look)), out)
    layouts = {s.layout for s in result.plan.slides}
    assert {"title", "section", "bullets", "big-number", "quote", "chart", "comparison", "table",
            "sources"} <= layouts
    assert len(chart_parts(out)) == len(NATIVE_TYPES) + 1       # the layouts' own chart slide too
    with zipfile.ZipFile(out) as z:
        assert sum(n.startswith("ppt/media/") for n in z.namelist()) == len(CHART_TYPES) - len(NATIVE_TYPES) + 1
    assert_valid(validator, out)


def _user_template(folder: Path, suffix: str) -> Path:
    """A 16:9 template made with python-pptx, with one slide of its own (which must not be exported)."""
    prs = pptx.Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "A slide of the template's own"
    path = folder / f"company{suffix}"
    prs.save(path)
    if suffix == ".potx":
        with zipfile.ZipFile(path) as z:
            members = [(i, z.read(i)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in members:
                if info.filename == "[Content_Types].xml":
                    data = data.replace(b"presentationml.presentation.main+xml",
                                        b"presentationml.template.main+xml")
                z.writestr(info, data)
    return path


@pytest.mark.parametrize("suffix", [".pptx", ".potx"])
def test_a_deck_on_a_user_template_is_valid_open_xml(validator, tmp_path, suffix):
    template = _user_template(tmp_path, suffix)
    out = tmp_path / "templated.pptx"
    result = export(load_deck(write_deck(tmp_path, EVERYTHING)), out, template=str(template))
    prs = open_deck(out)
    assert len(prs.slides) == result.slide_count
    assert "A slide of the template's own" not in [s.shapes.title.text for s in prs.slides if s.shapes.title]
    assert len(chart_parts(out)) == len(NATIVE_TYPES) + 1
    assert_valid(validator, out)


def test_batch_outputs_are_valid_open_xml(validator, tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from decks import write_deck as write_generated
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    decks = [write_generated(tmp_path / "decks", 10, name=f"deck-{i}", seed=i) for i in range(2)]
    out = tmp_path / "out"
    assert main(["batch", *map(str, decks), "-o", str(out), "-j", "2", "--template", "newsroom"]) == 0
    capsys.readouterr()
    made = sorted(out.glob("*.pptx"))
    assert [p.stem for p in made] == ["deck-0", "deck-1"]
    for path in made:
        assert len(chart_parts(path)) == 2             # a native chart every fifth slide
        assert_valid(validator, path)


def test_a_deck_saved_by_the_editor_is_valid_open_xml(validator, tmp_path, qapp, monkeypatch):
    monkeypatch.setenv("BRIEFDECK_STATE_DIR", str(tmp_path / "state"))
    from briefdeck.core import Item, Slide, anchor_at
    from briefdeck.core.chart import ChartSpec, Point, Series
    from briefdeck.core.edits import AddSnippet, AddSource, InsertSlide, SetDeckField, set_notes
    from briefdeck.core.snippet import Snippet
    from briefdeck.extract import extract_files
    from briefdeck.gui.document import Document

    (tmp_path / "sources").mkdir()
    source_file = tmp_path / "sources" / "harbour.md"
    source_file.write_text(SOURCE, encoding="utf-8")
    doc = Document()
    doc.new()
    doc.do(SetDeckField("title", "Freight on the lakes"))
    (read,) = extract_files([source_file], jobs=1).sources        # as "Add sources" reads a file
    doc.do(AddSource(read))
    source = doc.deck.sources[read.id]

    def snippet(ident, kind, words, **fields):
        start = source.text.index(words)
        doc.do(AddSnippet(Snippet(id=ident, kind=kind, source=source.id,
                                  anchor=anchor_at(source.text, start, start + len(words), source.hash), **fields)))
    snippet("traffic", "figure", "container traffic fell by 18%", value=18.0, unit="percent")
    snippet("quiet", "quote", "We have never seen the yard this quiet in October,", speaker="Priya Nandakumar")
    snippet("reroute", "claim", "Shipping lines are rerouting cargo through coastal terminals instead.")
    slides = [
        Slide("title", {"title": Item("Freight on the lakes")}),
        Slide("bullets", {"title": Item("What changed"),
                          "bullets": [Item(snippet="reroute"), Item(snippet="traffic")]}),
        Slide("big-number", {"title": Item("Traffic"), "figure": Item(snippet="traffic"), "label": Item("fall")}),
        Slide("quote", {"quote": Item(snippet="quiet")}),
        Slide("chart", {"title": Item("Traffic by quarter"), "chart": ChartSpec(
            "stacked-column", ["Spring", "Summer"], [Series("Fall", [Point(18.0, "traffic"), Point(12.0)]),
                                                     Series("Rise", [Point(3.0), Point(4.0)])], unit="percent")}),
    ]
    for n, slide in enumerate(slides):
        doc.do(InsertSlide(n, slide))
    doc.do(set_notes(doc.deck, 4, "Spring figure from the port operators."))
    saved = doc.save(tmp_path / "deck.yaml")
    doc.new()                                          # lets go of the deck file

    out = tmp_path / "deck.pptx"
    result = export(load_deck(saved), out)
    prs = open_deck(out)
    assert len(prs.slides) == result.slide_count == len(slides) + 1       # and the Sources slide
    assert prs.slides[4].notes_slide.notes_text_frame.text.startswith("Spring figure")
    (chart_space,) = chart_parts(out).values()
    assert_axes_linked("editor chart", chart_space)
    assert_valid(validator, out)


def test_a_charts_embedded_workbook_is_valid_open_xml(validator, tmp_path):
    """The workbook PowerPoint opens for "Edit Data" is written by briefdeck too (not by python-pptx): it has a
    theme and a shared-strings table, so it is valid and Excel has nothing to rewrite (no warning either)."""
    out = tmp_path / "chart.pptx"
    export(load_deck(write_deck(tmp_path, chart_slides(["column"]))), out)
    with zipfile.ZipFile(out) as z:
        (name,) = [n for n in z.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
        workbook = tmp_path / "embedded.xlsx"
        workbook.write_bytes(z.read(name))
    assert_valid(validator, workbook)
    assert not validator.validate(workbook).errors
