"""Text colours that read on a template's real background: WCAG contrast, DrawingML colours, backgrounds
inherited layout -> master -> theme, and the colours the plan chooses (no LibreOffice needed)."""
from __future__ import annotations

import io

import pptx
import pytest
from lxml import etree

from briefdeck.spec import load_deck
from briefdeck.templates import DEFAULT, contrast, load_builtin
from briefdeck.templates.model import Area, Box
from briefdeck.writers.export import plan
from briefdeck.writers.pptx_colors import Palette
from briefdeck.writers.pptx_template import inspect_report, user_template
from briefdeck.writers.render_plan import ChartBlock, RectBlock, TextBlock
from realworld_templates import BUILDERS, _band, _picture, gradient, set_background, solid
from test_user_template import DECK, _layout, _widen

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def test_wcag_ratios():
    assert contrast.ratio("000000", "FFFFFF") == pytest.approx(21)
    assert contrast.ratio("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast.ratio("767676", "FFFFFF") >= 4.5          # the lightest grey that reads on white


def test_readable_keeps_a_good_colour_and_moves_a_bad_one_as_little_as_needed():
    assert contrast.readable("616E7C", ["FFFFFF"]) == ("616E7C", pytest.approx(5.21, abs=0.01))
    muted, got = contrast.readable("616E7C", ["14213D"], ["000000", "FFFFFF"])
    assert got >= 4.5 and muted not in ("FFFFFF", "616E7C")                 # a lighter grey, not white
    text, got = contrast.readable("000000", ["14213D"], ["000000", "FFFFFF", "1F497D", "EEECE1"], primary=True)
    assert text == "FFFFFF"                                                 # the theme's own light colour
    best, got = contrast.readable("000000", ["000000", "FFFFFF"], ["000000", "FFFFFF"])
    assert got < 4.5                                                        # nothing reads on black and white


def test_under_stops_at_an_opaque_shape_covering_the_box():
    from briefdeck.templates.model import Surface
    s = Surface("FFFFFF", (Area(Box(0, 0, 10, 7.5), ("FFFFFF",)),), (Area(Box(0, 0, 10, 1.5), ("14213D",)),))
    assert contrast.under(s, Box(1, 0.2, 8, 1)) == ["14213D"]
    assert set(contrast.under(s, Box(1, 1, 8, 2))) == {"14213D", "FFFFFF"}   # half on the band
    assert contrast.under(s, Box(1, 3, 8, 2)) == ["FFFFFF"]


def _colour(xml: str, palette: Palette) -> str:
    return palette.colour(etree.fromstring(f'<a:x xmlns:a="{A}">{xml}</a:x>')[0])[0]


def test_theme_colours_through_the_colour_map_with_transforms():
    palette = Palette({"dk1": "000000", "lt1": "FFFFFF", "dk2": "1F497D", "lt2": "EEECE1", "accent1": "4F81BD"},
                      {"bg1": "dk1", "tx1": "lt1"})
    assert _colour('<a:schemeClr val="bg1"/>', palette) == "000000"
    assert _colour('<a:schemeClr val="tx1"/>', palette) == "FFFFFF"
    darker = _colour('<a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr>', palette)
    assert all(abs(int(darker[i:i + 2], 16) - int("376092"[i:i + 2], 16)) <= 2 for i in (0, 2, 4))  # "Darker 25%"
    lighter = _colour('<a:schemeClr val="accent1"><a:lumMod val="40000"/><a:lumOff val="60000"/></a:schemeClr>',
                      palette)
    assert all(abs(int(lighter[i:i + 2], 16) - int("B9CDE5"[i:i + 2], 16)) <= 2 for i in (0, 2, 4))  # "Lighter 60%"
    assert _colour('<a:sysClr val="windowText" lastClr="111111"/>', palette) == "111111"
    assert _colour('<a:srgbClr val="808080"><a:shade val="50000"/></a:srgbClr>', palette) < "808080"


def _template(tmp_path, edit):
    prs = pptx.Presentation()
    _widen(prs)
    edit(prs)
    path = tmp_path / "t.pptx"
    prs.save(path)
    return path


def test_backgrounds_are_inherited_layout_then_master_then_theme(tmp_path):
    def edit(prs):
        set_background(prs.slide_master.element, solid("112233"))
        set_background(_layout(prs, "Title Slide").element, gradient("0E3B43", "1F6F78"))
        _band(prs, "E5E5E5", 1.2)
        _layout(prs, "Section Header").element.set("showMasterSp", "0")
        comparison = _layout(prs, "Comparison").element     # its own colour map and a theme background style
        set_background(comparison, '<p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>')
        comparison.append(etree.fromstring(
            f'<p:clrMapOvr xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="{A}">'
            '<a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
            'folHlink="folHlink"/></p:clrMapOvr>'))
    t, notes = user_template(_template(tmp_path, edit), load_builtin(DEFAULT))
    title, bullets, section, comparison = (t.surface(n) for n in ("title", "bullets", "section", "comparison"))
    assert title.kind == "gradient" and {c for a in title.base for c in a.colors} == {"0E3B43", "1F6F78"}
    assert bullets.kind == "solid" and bullets.base[0].colors == ("112233",)
    assert [a.colors for a in bullets.shapes] == [("E5E5E5",)] and bullets.shapes[0].opaque
    assert section.shapes == ()                                   # the layout hides the master's shapes
    assert comparison.base[0].colors == ("000000",)               # bg1 mapped to dk1 on that layout
    assert t.background("bullets") == "112233"                    # the preview paints the real colour


def test_a_picture_background_is_read_cell_by_cell(tmp_path):
    def edit(prs):
        layout = _layout(prs, "Title Slide")
        _, rid = layout.part.get_or_add_image_part(io.BytesIO(_picture("101820", "F0F0F0")))
        set_background(layout.element, f'<p:bgPr><a:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
                                       '</a:stretch></a:blipFill><a:effectLst/></p:bgPr>')
    t, _ = user_template(_template(tmp_path, edit), load_builtin(DEFAULT))
    s = t.surface("title")
    assert s.kind == "picture" and len(s.base) > 100
    dark_corner = contrast.under(s, Box(0.1, 0.1, 0.5, 0.5))
    light_corner = contrast.under(s, Box(t.width - 0.6, t.height - 0.6, 0.5, 0.5))
    assert max(map(contrast.luminance, dark_corner)) < 0.05 < 0.6 < min(map(contrast.luminance, light_corner))


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_planned_text_reads_on_what_it_sits_on(tmp_path, name):
    template = BUILDERS[name](tmp_path)
    result = plan(load_deck(str(DECK)), str(template))
    t = result.plan.template
    for slide in result.plan.slides:
        over = []
        for block in slide.blocks:
            if isinstance(block, RectBlock):
                over.append(Area(block.box, (block.color,)))
            elif isinstance(block, TextBlock):
                backgrounds = contrast.under(t.surface(slide.layout), block.box, tuple(over))
                assert contrast.worst(block.color, backgrounds) >= contrast.MINIMUM, (slide.layout, block.name)
            elif isinstance(block, ChartBlock):
                backgrounds = contrast.under(t.surface(slide.layout), block.box, tuple(over))
                assert contrast.worst(block.text_color, backgrounds) >= contrast.MINIMUM
                if block.spec.type == "pie":          # white values printed on every slice
                    assert all(contrast.ratio(c, "FFFFFF") >= contrast.MINIMUM for c in block.colors)
    assert not [d for d in result.diagnostics if "contrast" in d.message]


def test_inspect_says_what_it_cannot_guarantee(tmp_path):
    def edit(prs):
        set_background(prs.slide_master.element, gradient("000000", "FFFFFF"))
        layout = _layout(prs, "Title Slide")
        _, rid = layout.part.get_or_add_image_part(io.BytesIO(_picture("101820", "3A4A5C")))
        set_background(layout.element, f'<p:bgPr><a:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
                                       '</a:stretch></a:blipFill><a:effectLst/></p:bgPr>')
        layout.part.related_part(rid)._blob = b"\x01\x00\x00\x00 not a bitmap (an EMF, say)"
    path = _template(tmp_path, edit)
    report = inspect_report(path)
    section = report.split("Not guaranteed:")[1]
    assert "text on 'bullets' slides reaches only" in section
    assert "background picture could not be read" in section
    result = plan(load_deck(str(DECK)), str(path))
    low = [d for d in result.diagnostics if "contrast" in d.message]
    assert low and all(d.severity == "warning" for d in low)


def test_a_masters_band_is_in_the_plan_for_the_preview_but_not_written_again(tmp_path):
    from briefdeck.writers.export import export
    from realworld_templates import dark_band
    template = dark_band(tmp_path)
    out = tmp_path / "out.pptx"
    result = export(load_deck(str(DECK)), out, template=str(template))
    slide = next(s for s in result.plan.slides if s.layout == "bullets")
    assert [(b.color, b.backdrop) for b in slide.blocks if isinstance(b, RectBlock)] == [("E5E5E5", True)]
    xml = "".join(s.element.xml for s in pptx.Presentation(str(out)).slides)
    assert 'val="E5E5E5"' not in xml                   # the master draws it; the slides do not repeat it
