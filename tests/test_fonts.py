"""Fonts briefdeck ships no metrics for: the template's embedded font, an installed one, else wide metrics;
and text fitted so that no word, and no number, is ever broken across lines."""
from __future__ import annotations

import shutil
import struct

import pptx
import pytest
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

from briefdeck.resources import font_file
from briefdeck.spec import load_deck
from briefdeck.templates import DEFAULT, fonts, load_builtin
from briefdeck.writers import fit
from briefdeck.writers.export import plan
from briefdeck.writers.pptx_template import user_template
from deckfiles import write_deck
from test_user_template import _widen

SAMPLE = "51,000 jobs lost across Canada in February"


def eot(data: bytes, flags: int = 0) -> bytes:
    """``data`` wrapped as Embedded OpenType, the way PowerPoint stores embedded fonts (no compression)."""
    if flags & 0x10000000:
        data = bytes(b ^ 0x50 for b in data)
    head = (b"\0" * 10 + b"\x01\x00" + struct.pack("<IHH", 400, 0, 0x504C) + b"\0" * 24 + b"\0" * 4 + b"\0" * 16
            + b"\0\0\0\0" * 5)
    size = 16 + len(head) + len(data)
    return struct.pack("<IIII", size, len(data), 0x00020001, flags) + head + data


def template_with_embedded_font(tmp_path, blob: bytes, typeface: str = "House Serif"):
    """A 16:9 template whose theme fonts are ``typeface``, embedded in the file as ``blob``."""
    prs = pptx.Presentation()
    _widen(prs)
    part = Part(PackURI("/ppt/fonts/font1.fntdata"), "application/x-fontdata", prs.part.package, blob)
    rid = prs.part.relate_to(part, RT.FONT)
    from lxml import etree
    lst = etree.fromstring(
        '<p:embeddedFontLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:embeddedFont>'
        f'<p:font typeface="{typeface}"/><p:regular r:id="{rid}"/><p:bold r:id="{rid}"/></p:embeddedFont>'
        '</p:embeddedFontLst>')
    prs.element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}notesSz").addnext(lst)
    path = tmp_path / "embedded.pptx"
    prs.save(path)
    from test_user_template import _rewrite
    _rewrite(path, {"ppt/theme/theme1.xml": lambda xml: xml.replace(
        '<a:latin typeface="Calibri"/>', f'<a:latin typeface="{typeface}"/>')})
    return path


@pytest.mark.parametrize("flags", [0, 0x10000000], ids=["plain", "xor"])
def test_a_font_embedded_in_the_template_is_measured_with_its_own_widths(tmp_path, flags):
    serif = font_file("LiberationSerif-Regular").read_bytes()
    t, notes = user_template(template_with_embedded_font(tmp_path, eot(serif, flags)), load_builtin(DEFAULT))
    body = t.styles["body"]
    assert body.font == "House Serif" and body.faces.source == "embedded"
    got = fit.style_metrics(body, bold=False, italic=False).width(SAMPLE, 20)
    assert got == pytest.approx(fit.metrics("LiberationSerif").width(SAMPLE, 20))
    note = [d for d in notes if d.message.startswith("font House Serif")]
    assert len(note) == 1 and note[0].severity == "note" and "embedded in the template" in note[0].message


def test_a_compressed_embedded_font_falls_back_to_wide_metrics(tmp_path):
    serif = font_file("LiberationSerif-Regular").read_bytes()
    assert fonts.font_data(eot(serif, 0x4)) is None          # MicroType Express: not read
    t, notes = user_template(template_with_embedded_font(tmp_path, eot(serif, 0x4)), load_builtin(DEFAULT))
    assert t.styles["body"].faces.source in ("conservative", "installed")


def test_wide_metrics_are_at_least_as_wide_as_every_font_they_stand_for():
    found = fonts.resolve("Nowhere Sans Imaginary")
    assert found.source == "conservative" and "widest of" in found.how
    wide = fit.file_metrics(found.faces.bold, found.faces.fallback)
    for stem in ("Carlito", "LiberationSans"):
        assert wide.width(SAMPLE, 40) >= fit.metrics(stem, bold=True).width(SAMPLE, 40)
    for other in found.faces.bold[2:]:        # what fontconfig draws instead on this system
        assert wide.width(SAMPLE, 40) >= fit.file_metrics((other,)).width(SAMPLE, 40) - 1e-6


@pytest.mark.skipif(not shutil.which("fc-match"), reason="fontconfig is not installed")
def test_an_installed_font_is_found_with_fontconfig():
    family = next((f for f in ("DejaVu Sans", "Liberation Sans", "Liberation Mono")
                   if fonts._fc_match(f) and f.lower() in fonts._fc_match(f)[0]), None)
    if family is None:
        pytest.skip("none of the usual fonts is installed")
    found = fonts.resolve(family) if family != "Liberation Sans" else fonts.resolve("Liberation Mono")
    assert found.source in ("installed", "shipped")
    if found.source == "installed":
        assert "installed font" in found.how and found.faces.regular[0].endswith((".ttf", ".otf"))


def test_shipped_fonts_keep_their_metric_compatible_files():
    assert fonts.resolve("Calibri").stem == "Carlito" and fonts.resolve("Calibri").faces is None
    assert fonts.resolve("times new roman").stem == "LiberationSerif"


# --- fitting -------------------------------------------------------------------------------
def test_whole_words_and_line_limits():
    font = fit.metrics("Carlito", bold=True)
    assert fit.fits([("51,000", False)], 3.0, 7.0, 110, font)                     # wraps mid-number...
    assert not fit.fits([("51,000", False)], 3.0, 5.0, 110, font, whole_words=True)   # ...unless told not to
    size = fit.best_size([("51,000", False)], 3.0, 2.0, 110, 40, font, whole_words=True, max_lines=1)
    assert size is not None and fit.measure([("51,000", False)], 3.0, size, font).lines == 1
    assert fit.best_size([("jobs lost", False)], 3.0, 2.0, 60, 20, font, max_lines=1) is not None


NARROW = """\
- layout: big-number
  title: Dock work
  figure: {snippet: shifts, text: "2,400,000,000,000"}
  label: "Workersandforemenandcraneoperatorsandclerksandlinesmenandsignallersandpilotsandtugcrews cut"
"""


def test_a_number_or_label_too_wide_shrinks_below_the_minimum_with_an_error_never_breaks(tmp_path):
    loaded = load_deck(str(write_deck(tmp_path, NARROW)))
    result = plan(loaded)
    slide = result.plan.slides[0]
    blocks = {b.name: b for b in slide.text_blocks()}
    number, label = blocks["figure"], blocks["label"]
    style = result.plan.template.styles
    for block in (number, label):
        m = fit.measure([(p.text, p.bullet) for p in block.paras], block.box.w, block.size,
                        fit.style_metrics(block.style))
        assert not m.broken
    assert fit.measure([(number.text, False)], number.box.w, number.size, fit.style_metrics(number.style)).lines == 1
    assert number.size < style["number"].min and label.size < style["label"].min
    errors = [d for d in result.diagnostics if d.is_error and "below the template's minimum" in d.message]
    assert len(errors) == 2 and any("on one line" in d.message for d in errors)


def test_fonts_without_metrics_fit_the_example_numbers_on_one_line(tmp_path):
    """With Corbel (not shipped, not installed here), the big numbers are planned on one line, unbroken,
    measured with metrics at least as wide as what LibreOffice draws in Corbel's place."""
    from test_user_template import DECK, make_template
    template = make_template(tmp_path, fonts=("Corbel", "Corbel"))
    result = plan(load_deck(str(DECK)), str(template))
    figures = [b for s in result.plan.slides for b in s.text_blocks() if b.name == "figure"]
    assert {b.text for b in figures} >= {"51,000", "30"}
    for b in figures:
        m = fit.measure([(b.text, False)], b.box.w, b.size, fit.style_metrics(b.style))
        assert m.lines == 1 and not m.broken
        assert b.style.faces is not None and b.style.faces.source in ("conservative", "installed")
