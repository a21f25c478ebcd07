"""The slide preview draws the render plan faithfully: checked by sampling the pixels it paints."""
from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

import pytest

PySide6 = pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


import numpy as np  # noqa: E402  (matplotlib brings it)
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

from briefdeck.gui import preview_text  # noqa: E402
from briefdeck.gui.preview import SlidePreview, paint_slide, render_slide  # noqa: E402
from briefdeck.spec import load_deck  # noqa: E402
from briefdeck.templates import builtin_names, load_builtin  # noqa: E402
from briefdeck.templates.model import Box  # noqa: E402
from briefdeck.writers import fit  # noqa: E402
from briefdeck.writers.plan import plan_deck  # noqa: E402
from briefdeck.writers.render_plan import (ChartBlock, Para, RectBlock, Run, SlidePlan, TableBlock,  # noqa: E402
                                           TextBlock)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto" / "deck.yaml"
TEMPLATES = builtin_names()


@pytest.fixture(scope="module")
def plans():
    deck = load_deck(EXAMPLE).deck
    out = {}
    for name in TEMPLATES:
        template = load_builtin(name)
        out[name] = (template, plan_deck(deck, template))
    return out


def pixels(image: QImage) -> np.ndarray:
    """The image as an (h, w) array of 0xRRGGBB ints."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    h, w = image.height(), image.width()
    data = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    return (data.reshape(h, image.bytesPerLine() // 4)[:, :w] & 0xFFFFFF).copy()


def rgb(hex_value: str) -> int:
    return int(hex_value, 16)


def near(value: int, hex_value: str, tol: int = 3) -> bool:
    want = rgb(hex_value)
    return all(abs(((value >> s) & 255) - ((want >> s) & 255)) <= tol for s in (16, 8, 0))


def at(px: np.ndarray, template, x: float, y: float) -> int:
    """The pixel at (x, y) inches."""
    scale = px.shape[1] / template.width
    return int(px[min(int(y * scale), px.shape[0] - 1), min(int(x * scale), px.shape[1] - 1)])


def inside(box: Box, x: float, y: float, margin: float = 0.0) -> bool:
    return box.x - margin <= x <= box.x + box.w + margin and box.y - margin <= y <= box.y + box.h + margin


def free_points(plan: SlidePlan, template, step: float = 0.25) -> list[tuple[float, float]]:
    """Points of the slide that no block covers."""
    pts = []
    x = step / 2
    while x < template.width:
        y = step / 2
        while y < template.height:
            if not any(inside(b.box, x, y, 0.06) for b in plan.blocks):
                pts.append((x, y))
            y += step
        x += step
    return pts


def box_mask(px: np.ndarray, template, box: Box, grow_px: int = 0) -> np.ndarray:
    scale = px.shape[1] / template.width
    mask = np.zeros(px.shape, dtype=bool)
    x0, y0 = max(int(box.x * scale) - grow_px, 0), max(int(box.y * scale) - grow_px, 0)
    x1, y1 = int(np.ceil((box.x + box.w) * scale)) + grow_px, int(np.ceil((box.y + box.h) * scale)) + grow_px
    mask[y0:y1, x0:x1] = True
    return mask


def only(block, background: str = "FFFFFF") -> SlidePlan:
    return SlidePlan(layout="bullets", background=background, blocks=[block])


def style(name: str = "body"):
    return load_builtin("corporate").styles[name]


# --- every slide, every template -------------------------------------------------------
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_slide_paints_its_background_and_decorations(qapp, plans, name):
    template, plan = plans[name]
    assert len(plan.slides) >= 10
    for n, slide in enumerate(plan.slides):
        px = pixels(render_slide(slide, template, 1000))
        assert px.shape == (563, 1000)
        free = free_points(slide, template)
        assert free, f"slide {n + 1}"
        assert all(near(at(px, template, x, y), slide.background) for x, y in free), f"slide {n + 1}"
        for i, block in enumerate(slide.blocks):
            if not isinstance(block, RectBlock) or block.box.w * 75 < 3 or block.box.h * 75 < 3:
                continue
            cx, cy = block.box.x + block.box.w / 2, block.box.y + block.box.h / 2
            if any(inside(b.box, cx, cy) for b in slide.blocks[i + 1:]):
                continue
            assert near(at(px, template, cx, cy), block.color), f"slide {n + 1}: {block}"


def test_corporate_title_slide_has_the_title_background_and_its_rule(qapp, plans):
    template, plan = plans["corporate"]
    title = plan.slides[0]
    assert title.layout == "title"
    px = pixels(render_slide(title, template, 1333))
    hero = template.background("title")
    assert hero == "0F4C81" != template.background("bullets")
    for x, y in ((0.2, 0.2), (13.1, 0.3), (0.2, 7.3), (12.9, 7.2), (6.6, 1.0)):
        assert near(at(px, template, x, y), hero)
    rule = next(b for b in title.blocks if isinstance(b, RectBlock))
    assert near(at(px, template, rule.box.x + rule.box.w / 2, rule.box.y + rule.box.h / 2), rule.color)
    assert rule.color == template.color("hero_muted")


@pytest.mark.parametrize("name", TEMPLATES)
def test_text_is_drawn_inside_its_box_and_nowhere_else(qapp, plans, name):
    template, plan = plans[name]
    checked = 0
    for slide in plan.slides:
        for block in slide.text_blocks():
            px = pixels(render_slide(only(block, slide.background), template, 667))
            ink = px != rgb(slide.background)
            assert ink[box_mask(px, template, block.box)].sum() > 5, block.text
            assert not ink[~box_mask(px, template, block.box, grow_px=1)].any(), block.text
            checked += 1
    assert checked > 40


def test_overflowing_text_is_clipped_to_its_box(qapp):
    long = " ".join(["Tariffs reshape a continental industry."] * 40)
    box = Box(2.0, 2.0, 3.0, 1.0)
    for anchor in ("top", "middle", "bottom"):
        block = TextBlock("body", box, [Para([Run(long)], bullet=True)], style(), 24, "1F2933", anchor=anchor)
        template = load_builtin("corporate")
        px = pixels(render_slide(only(block), template, 1000))
        ink = px != 0xFFFFFF
        assert ink[box_mask(px, template, box)].mean() > 0.1
        assert not ink[~box_mask(px, template, box, grow_px=1)].any(), anchor


def test_anchor_and_alignment_place_the_text(qapp):
    template = load_builtin("corporate")
    box = Box(3.0, 2.0, 6.0, 3.0)
    scale = 100  # px per inch at 1333 px wide
    rows, cols = {}, {}
    for anchor, align in (("top", "left"), ("middle", "center"), ("bottom", "right")):
        block = TextBlock("t", box, [Para([Run("Ottawa answers")])], style(), 20, "000000", align, anchor)
        ink = pixels(render_slide(only(block), template, 1333)) != 0xFFFFFF
        ys, xs = np.nonzero(ink)
        rows[anchor], cols[align] = (ys.min(), ys.max()), (xs.min(), xs.max())
    top, bottom = (box.y + fit.INSET_Y) * scale, (box.y + box.h - fit.INSET_Y) * scale
    assert top <= rows["top"][0] < top + 16
    assert bottom - 12 < rows["bottom"][1] <= bottom
    middle = (rows["middle"][0] + rows["middle"][1]) / 2
    assert abs(middle - (box.y + box.h / 2) * scale) < 8
    left, right = (box.x + fit.INSET_X) * scale, (box.x + box.w - fit.INSET_X) * scale
    assert left - 1 <= cols["left"][0] < left + 4
    assert right - 4 < cols["right"][1] <= right + 1
    assert abs((cols["center"][0] + cols["center"][1]) / 2 - (box.x + box.w / 2) * scale) < 3


def test_bullets_hang_at_the_bullet_indent(qapp):
    template = load_builtin("corporate")
    box = Box(1.0, 1.0, 5.0, 3.0)
    block = TextBlock("b", box, [Para([Run("Ottawa answers tariffs with a plan " * 4)], bullet=True)], style(),
                      20, "000000")
    ink = pixels(render_slide(only(block), template, 1333)) != 0xFFFFFF
    text_left = (box.x + fit.INSET_X + fit.BULLET_INDENT) * 100
    ys, xs = np.nonzero(ink)
    first_line = ys < ys.min() + 20
    assert xs[first_line].min() < text_left - 15            # the bullet, in the indent
    later = ys > ys.min() + 40
    assert later.any() and xs[later].min() >= text_left - 1  # wrapped lines align with the text


# --- charts and tables ----------------------------------------------------------------
@pytest.mark.parametrize("name", TEMPLATES)
def test_chart_boxes_show_the_chart(qapp, plans, name):
    template, plan = plans[name]
    charts = [(s, b) for s in plan.slides for b in s.blocks if isinstance(b, ChartBlock)]
    assert len(charts) == 2
    for slide, block in charts:
        px = pixels(render_slide(slide, template, 1000))
        area = px[box_mask(px, template, block.box)]
        assert (area != rgb(slide.background)).mean() > 0.03
        first = np.array([near(int(v), block.colors[0], 40) for v in area[::7]])
        assert first.mean() > 0.01                                  # bars or wedges in the first colour


def test_table_header_and_banded_rows(qapp, plans):
    template, plan = plans["corporate"]
    slide = next(s for s in plan.slides if any(isinstance(b, TableBlock) for b in s.blocks))
    table = next(b for b in slide.blocks if isinstance(b, TableBlock))
    px = pixels(render_slide(slide, template, 1333))
    right = table.box.x + table.widths[0] - 0.05
    y = table.box.y
    fills = []
    for r, h in enumerate(table.row_heights):
        fills.append(at(px, template, right, y + h - 0.05))
        y += h
    assert near(fills[0], table.header_fill)
    assert near(fills[1], table.fill) and near(fills[2], table.band_fill) and near(fills[3], table.fill)
    assert table.band_fill != table.fill
    header = px[box_mask(px, template, Box(table.box.x, table.box.y, table.widths[0], table.row_heights[0]))]
    assert np.array([near(int(v), table.header_color, 60) for v in header]).sum() > 20   # header text


# --- text layout --------------------------------------------------------------------
def test_preview_never_needs_more_lines_than_the_planner_measured(qapp, plans):
    for template, plan in plans.values():
        for slide in plan.slides:
            for block in slide.text_blocks():
                font = fit.metrics(block.style.metrics, block.style.bold, block.style.italic)
                planned = fit.measure([(p.text, p.bullet) for p in block.paras], block.box.w, block.size, font,
                                      block.space_after, block.spacing).lines
                assert preview_text.text_frame(block).lines <= planned, block.text


@pytest.mark.parametrize("metrics", ["Carlito", "LiberationSans", "LiberationSerif"])
@pytest.mark.parametrize("size", [7.0, 13.5, 22.5, 110.0])
def test_advances_match_the_font_files_at_fractional_sizes(qapp, metrics, size):
    from PySide6.QtGui import QTextLayout
    text = "Canada's auto industry under US tariffs, 2026-03-12: what it costs"
    font = preview_text.qfont(preview_text.family_for("Nonesuch", metrics), size)
    layout = QTextLayout(text, font, preview_text.layout_device())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e7)
    layout.endLayout()
    width_pt = line.naturalTextWidth() / preview_text.PER_PT
    assert width_pt == pytest.approx(fit.metrics(metrics).width(text, size), rel=1e-3)


def test_fonts_map_to_the_shipped_clones(qapp):
    preview_text.register_fonts()
    for font, metrics in (("Calibri", "Carlito"), ("Arial", "LiberationSans"), ("Times New Roman", "LiberationSerif")):
        family = preview_text.family_for(font, metrics)
        assert family == font or family.replace(" ", "") == metrics


def test_urls_break_at_spaces_and_hyphens_not_after_slashes(qapp):
    text = "See https://example.org/alpha-beta/gamma-delta/epsilon-zeta/eta for the data"
    block = TextBlock("s", Box(0, 0, 3.2, 3.0), [Para([Run(text)])], style(), 14, "000000")
    frame = preview_text.lay_out(block)
    layout = frame.layouts[0][0]
    lines = [layout.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].replace("\u2060", "")
             for i in range(layout.lineCount())]
    assert len(lines) > 2 and "".join(lines) == text
    assert not any(line.rstrip().endswith("/") for line in lines[:-1])


# --- images and the widget ------------------------------------------------------------
@pytest.mark.parametrize("name", TEMPLATES)
def test_thumbnails_at_240_px(qapp, plans, name):
    template, plan = plans[name]
    for slide in plan.slides:
        image = render_slide(slide, template, 240)
        assert (image.width(), image.height()) == (240, 135)
        px = pixels(image)
        assert (px != rgb(slide.background)).mean() > 0.002


def test_paint_slide_letterboxes_into_a_wider_rect(qapp, plans):
    template, plan = plans["corporate"]
    image = QImage(1000, 400, QImage.Format.Format_RGB32)
    image.fill(0x123456)
    painter = QPainter(image)
    paint_slide(painter, plan.slides[0], template, QRectF(0, 0, 1000, 400))
    painter.end()
    px = pixels(image)
    slide_w = 400 * template.width / template.height
    left = int((1000 - slide_w) / 2)
    assert px[200, left - 3] == 0x123456 and px[200, 1000 - left + 3] == 0x123456
    assert near(int(px[5, left + 5]), template.background("title"))


def test_painting_a_typical_slide_is_fast(qapp, plans):
    template, plan = plans["corporate"]
    slide = next(s for s in plan.slides if s.layout == "bullets")
    image = QImage(1000, 563, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(15):
        painter = QPainter(image)
        start = time.perf_counter()
        paint_slide(painter, slide, template, QRectF(0, 0, 1000, 563))
        times.append(time.perf_counter() - start)
        painter.end()
    assert statistics.median(times) < 0.020


def test_slide_preview_without_a_plan_shows_a_hint(qtbot):
    widget = SlidePreview()
    qtbot.addWidget(widget)
    widget.resize(400, 250)
    widget.show_plan(None, None)
    px = pixels(widget.grab().toImage())
    corner = px[2, 2]
    middle = px[110:140, 100:300]
    assert (middle != corner).sum() > 30                   # the hint's text
    assert widget.slide_area().isEmpty() and widget.plan is None


def test_slide_preview_keeps_the_aspect_ratio_and_repaints_on_resize(qtbot, plans):
    template, plan = plans["corporate"]
    widget = SlidePreview()
    qtbot.addWidget(widget)
    widget.show_plan(plan.slides[0], template)
    assert widget.plan is plan.slides[0] and widget.template is template
    for size in ((900, 600), (1200, 400), (300, 500)):
        widget.resize(*size)
        area = widget.slide_area()
        assert area.width() / area.height() == pytest.approx(template.width / template.height, rel=1e-3)
        assert widget.rect().toRectF().contains(area)
        px = pixels(widget.grab().toImage())
        assert near(int(px[int(area.top()) + 4, int(area.left()) + 4]), template.background("title"))
        backdrop = int(px[1, 1])
        assert not near(backdrop, template.background("title"), 20)
    widget.show_plan(replace(plan.slides[0], background="D1495B"), template)
    px = pixels(widget.grab().toImage())
    area = widget.slide_area()
    assert near(int(px[int(area.top()) + 4, int(area.left()) + 4]), "D1495B")
