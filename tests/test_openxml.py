"""Native charts keep PowerPoint's axis links with ids the Open XML schema allows."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx.oxml import parse_xml

from briefdeck.core.chart import CHART_TYPES, NATIVE_TYPES
from briefdeck.spec import load_deck
from briefdeck.writers.export import export
from briefdeck.writers.pptx_chart import AXIS_ID_MAX, unsigned_axis_ids
from deckfiles import write_deck
from pptx_facts import open_deck

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
AXES = {f"{C}{tag}" for tag in ("catAx", "valAx", "dateAx", "serAx")}


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
