"""Exporter: any valid deck becomes a .pptx that python-pptx reopens with the planned slide count,
a sound zip, and no character XML forbids, and that an independent Open XML validator (openxml-audit)
passes; a damaged user template is a TemplateError with a message.

Decks are built directly (Deck, Slide, Item, ChartSpec, Table) with random text: control characters,
lone surrogates, very long words, right-to-left text, emoji; 0-6 bullets; charts of random finite
values, negatives and zeros; tables; snippets cited from a source.
"""
from __future__ import annotations

import io
import re
import warnings
import zipfile
from pathlib import Path

import pptx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openxml_audit import FileFormat, OpenXmlValidator, ValidationSeverity

from briefdeck.core import (LAYOUTS, ChartSpec, Deck, Item, Point, Series, Slide, Snippet, Source, Table,
                            TemplateError, anchor_at)
from briefdeck.core.chart import IMAGE_ONLY_TYPES, NATIVE_TYPES
from briefdeck.spec import Loaded
from briefdeck.templates import builtin_names
from briefdeck.writers.export import export
from fuzzkit import call, counted, damage, damage_ops, examples, outcome

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_REFERENCE = re.compile(r"&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|"
                            r"0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|5[5-7][0-9]{3}|6553[45]));", re.I)

SOURCE_TEXT = ("The port handled 4.2 million containers in 2025, up 12% on the year before. "
               "\u201cWe have never been this busy,\u201d said Priya Nandakumar, the harbour master. "
               "Shipping lines are rerouting cargo through the lake terminals instead.")


def _snippets() -> dict[str, Snippet]:
    text = SOURCE_TEXT

    def at(kind, words, **fields):
        start = text.index(words)
        return Snippet(id=kind[0] + str(start), kind=kind, source="port",
                       anchor=anchor_at(text, start, start + len(words)), **fields)
    found = [at("figure", "4.2 million containers", value=4.2, unit="million containers"),
             at("figure", "up 12%", value=12.0, unit="percent"),
             at("quote", "We have never been this busy,", speaker="Priya Nandakumar", role="harbour master"),
             at("claim", "Shipping lines are rerouting cargo through the lake terminals instead.")]
    return {s.id: s for s in found}


SNIPPETS = _snippets()
FIGURES = [s for s in SNIPPETS.values() if s.kind == "figure"]
QUOTES = [s for s in SNIPPETS.values() if s.kind == "quote"]

# --- strategies --------------------------------------------------------------------------------
ODD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\ufffe", "\uffff",
       "\ud800", "\udfff", "\u200b", "\u202e", "\u200f",
       "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
       "\u05e9\u05dc\u05d5\u05dd", "\U0001F600", "\U0001F1E8\U0001F1E6", "\U0001F469\u200d\U0001F4BB", "e\u0301",
       "\u4e2d\u6587", "&amp;", "<b>", "]]>", "\"'", "\t", "\n", "\r\n", " ", "x" * 300,
       "Supercalifragilisticexpialidocious" * 8, "\u00a0"]
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=8),
                       st.sampled_from(["tariffs", "rose", "by", "the", "port", "of", "Canada"])),
             max_size=12).map(" ".join),
)
SHORT = st.one_of(st.text(max_size=20), st.sampled_from(ODD))


def item(figure_only=False, quote_only=False):
    pool = FIGURES if figure_only else QUOTES if quote_only else list(SNIPPETS.values())
    return st.one_of(
        st.builds(Item, text=TEXT),
        st.builds(lambda s, relabel: Item(text=relabel, snippet=s.id), st.sampled_from(pool),
                  st.one_of(st.just(""), SHORT)),
    )


VALUES = st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
                   st.sampled_from([0.0, -0.0, -1.0, 1e-9, 100.0, 5e-324]),
                   st.integers(-10**6, 10**6).map(float))


@st.composite
def charts(draw) -> ChartSpec:
    kind = draw(st.sampled_from(NATIVE_TYPES + IMAGE_ONLY_TYPES))
    engine = "image" if kind in IMAGE_ONLY_TYPES else draw(st.sampled_from(["native", "image"]))
    categories = draw(st.lists(SHORT, min_size=1, max_size=6))
    series = []
    for _ in range(draw(st.integers(1, 3))):
        points = [Point(draw(VALUES), draw(st.sampled_from([None, None] + [f.id for f in FIGURES])))
                  for _ in categories]
        series.append(Series(draw(SHORT), points))
    return ChartSpec(type=kind, categories=categories, series=series, unit=draw(SHORT), title=draw(SHORT),
                     engine=engine)


@st.composite
def tables(draw) -> Table:
    columns = draw(st.lists(SHORT, min_size=1, max_size=5))
    rows = draw(st.lists(st.lists(item(), min_size=len(columns), max_size=len(columns)), max_size=6))
    return Table(columns, rows)


def bullets(n=6):
    return st.lists(item(), min_size=0, max_size=n)


slides = st.one_of(
    st.builds(lambda t, s, d: Slide("title", {"title": t, "subtitle": s, "date": d}), item(), item(), item()),
    st.builds(lambda t, s: Slide("section", {"title": t, "subtitle": s}), item(), item()),
    st.builds(lambda t, b, notes: Slide("bullets", {"title": t, "bullets": b}, notes=notes), item(), bullets(), TEXT),
    st.builds(lambda t, f, label, ctx: Slide("big-number", {"title": t, "figure": f, "label": label, "context": ctx}),
              item(), item(figure_only=True) | st.builds(Item, text=SHORT), item(), item()),
    st.builds(lambda t, q, sp, r: Slide("quote", {"title": t, "quote": q, "speaker": sp, "role": r}),
              item(), item(quote_only=True) | st.builds(Item, text=TEXT), item(), item()),
    st.builds(lambda t, c, cap: Slide("chart", {"title": t, "chart": c, "caption": cap}), item(), charts(), item()),
    st.builds(lambda t, lh, left, rh, right: Slide("comparison", {"title": t, "left_heading": lh, "left": left,
                                                                   "right_heading": rh, "right": right}),
              item(), item(), bullets(4), item(), bullets(4)),
    st.builds(lambda t, tb: Slide("table", {"title": t, "table": tb}), item(), tables()),
)


@st.composite
def decks(draw) -> Deck:
    deck = Deck(title=draw(TEXT), subtitle=draw(TEXT), author=draw(SHORT), date=draw(SHORT),
                template=draw(st.sampled_from(builtin_names())))
    source = Source(id="port", path="port.md", text=SOURCE_TEXT, title=draw(SHORT), publisher=draw(SHORT),
                    date=draw(SHORT), url=draw(st.sampled_from(["", "https://example.org/port", "javascript:x"])))
    deck.sources["port"] = source
    deck.snippets = dict(SNIPPETS)
    deck.slides = [s for s in map(_as_loaded, draw(st.lists(slides, min_size=1, max_size=4))) if s]
    return deck


def _as_loaded(slide: Slide) -> Slide | None:
    """The slide as the loader would build it: an item needs text or a snippet; required slots present."""
    def keep(value):
        return not (isinstance(value, Item) and not value.text and not value.snippet)
    slots = {}
    for name, value in slide.slots.items():
        if isinstance(value, list):
            slots[name] = [v for v in value if keep(v)]
        elif keep(value):
            slots[name] = value
    slide.slots = slots
    return slide if all(name in slots for name in LAYOUTS[slide.layout].required) else None


# --- checks ------------------------------------------------------------------------------------
def check_pptx(out: Path, expected_slides: int) -> None:
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                text = z.read(name).decode("utf-8")      # strict: no surrogate ever written
                bad = _NOT_XML.search(text) or _BAD_REFERENCE.search(text)
                assert bad is None, f"{name}: {bad.group()!r} at {bad.start()} is not allowed in XML"
    prs = pptx.Presentation(str(out))
    assert len(prs.slides) == expected_slides
    for slide in prs.slides:          # every text frame reads back
        for shape in slide.shapes:
            if shape.has_text_frame:
                assert isinstance(shape.text_frame.text, str)


def export_checked(deck: Deck, folder: Path, name: str = "fuzz.pptx", template: str | None = None):
    loaded = Loaded(deck, folder / "deck.yaml")
    out = folder / name
    with warnings.catch_warnings():
        # matplotlib draws a box for a glyph its fonts lack (emoji, Arabic) and says so: not a failure
        warnings.filterwarnings("ignore", r"Glyph \d+ .* missing from font", UserWarning)
        warnings.filterwarnings("ignore", r"Tight layout not applied", UserWarning)
        warnings.filterwarnings("ignore", r"No artists with labels found", UserWarning)
        result = call("export", export, loaded, out, template=template, seconds=20)
    if outcome(result) == "ok":
        assert result.slide_count >= len(deck.slides)   # every slide gives one at least
        check_pptx(out, result.slide_count)
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("export")


VALIDATE = examples(20, long=2000)
"""Outputs of the deck property checked with the Open XML validator (~0.07 s each): the first ones only in CI."""


@pytest.fixture(scope="module")
def open_xml() -> dict:
    """The validator, how many outputs it has checked, and whether one failed (then it checks every
    output, so that hypothesis can shrink the failing deck)."""
    return {"validator": OpenXmlValidator(file_format=FileFormat.OFFICE_2019, max_errors=0),
            "checked": 0, "failed": False}


def check_open_xml(open_xml: dict, out: Path) -> None:
    if open_xml["checked"] >= VALIDATE and not open_xml["failed"]:
        return
    open_xml["checked"] += 1
    result = open_xml["validator"].validate(out)
    errors = [f"{e.part_uri} {e.path}: {e.description}" for e in result.errors
              if e.severity is ValidationSeverity.ERROR]
    open_xml["failed"] |= bool(errors)
    assert not errors, f"{len(errors)} Open XML error(s):\n" + "\n".join(errors[:10])


@settings(max_examples=examples(50, long=2000))
@given(deck=decks())
@counted("export")
def test_any_valid_deck_exports(folder, open_xml, deck):
    result = export_checked(deck, folder)
    if outcome(result) == "ok":
        check_open_xml(open_xml, folder / "fuzz.pptx")
    if outcome(result) == "refused" and _has_undrawable_pie(deck):
        assert "pie" in str(result)
        return
    assert outcome(result) == "ok" or not deck.slides, f"a valid deck was refused: {result}"


def _has_undrawable_pie(deck: Deck) -> bool:
    """A pie picture of negative or all-zero values: refused by the image engine (ExportError)."""
    charts = [v for slide in deck.slides for v in slide.slots.values() if isinstance(v, ChartSpec)]
    return any(c.type == "pie" and c.engine == "image" and (min(c.series[0].values) < 0 or
                                                            not max(c.series[0].values) > 0) for c in charts)


@pytest.mark.parametrize("values", [[1e308, -1e308], [5e-324, 0.0], [1e300, 1e300], [-1.0, -2.0]])
@pytest.mark.parametrize("kind,engine", [("column", "native"), ("column", "image"), ("line", "image"),
                                         ("pie", "native"), ("pie", "image"), ("dot", "image"),
                                         ("stacked-bar", "native")])
@counted("export")
def test_extreme_chart_values(folder, values, kind, engine):
    """Finite but extreme values: a picture or a message, never a crash (matplotlib's overflow warnings aside)."""
    chart = ChartSpec(type=kind, categories=["a", "b"], series=[Series("s", [Point(v) for v in values])],
                      engine=engine)
    deck = Deck(title="Extremes", slides=[Slide("chart", {"chart": chart})])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=RuntimeWarning)
        warnings.filterwarnings("ignore", r"Tight layout not applied", UserWarning)
        export_checked(deck, folder, "extreme.pptx")


# --- a damaged user template -------------------------------------------------------------------
def _template_bytes() -> bytes:
    buffer = io.BytesIO()
    pptx.Presentation().save(buffer)
    return buffer.getvalue()


TEMPLATE = _template_bytes()


MEMBERS = ("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
           "ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml",
           "ppt/slideLayouts/slideLayout2.xml", "ppt/theme/theme1.xml",
           "ppt/slideMasters/_rels/slideMaster1.xml.rels")
JUNK = st.one_of(st.binary(max_size=100), st.sampled_from([b"", b"<x/>", b"<?xml version='1.0'?>", b"<p:sldLayout/>"]))


def with_member(member: str, junk: bytes | None) -> bytes:
    """The template's zip sound, ``member`` replaced by ``junk`` (or removed when None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(TEMPLATE)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info))
            elif junk is not None:
                dst.writestr(info, junk)
    return out.getvalue()


SMALL_DECK = Deck(title="Freight", slides=[Slide("bullets", {"title": Item("Ports"), "bullets": [Item("Busy")]})])


@settings(max_examples=examples(40, long=2000))
@given(how=st.one_of(damage_ops(), st.tuples(st.sampled_from(MEMBERS), st.none() | JUNK)),
       suffix=st.sampled_from([".pptx", ".potx"]))
@counted("export")
def test_damaged_user_template(folder, how, suffix):
    path = folder / f"company{suffix}"
    path.write_bytes(damage(TEMPLATE, how) if isinstance(how, list) else with_member(*how))
    result = export_checked(SMALL_DECK, folder, "templated.pptx", template=str(path))
    if outcome(result) == "refused":
        assert isinstance(result, TemplateError), f"a damaged template gave {type(result).__name__}: {result}"


@pytest.mark.parametrize("cut", ["empty", "zip-magic", "half", "pdf", "no-end-record"])
@counted("export")
def test_truncated_user_template_is_a_template_error(folder, cut):
    data = {"empty": b"", "zip-magic": b"PK\x03\x04", "half": TEMPLATE[:len(TEMPLATE) // 2],
            "pdf": b"%PDF-1.4\n%%EOF\n", "no-end-record": TEMPLATE[:-22]}[cut]
    path = folder / "cut.pptx"
    path.write_bytes(data)
    result = export_checked(SMALL_DECK, folder, "cut-out.pptx", template=str(path))
    assert isinstance(result, TemplateError) and result.diagnostics[0].message, result
