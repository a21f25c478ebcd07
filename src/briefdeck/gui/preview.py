"""A live slide preview drawn from the render plan, the same plan the pptx emitter writes.

``paint_slide`` draws one SlidePlan with a QPainter; ``render_slide`` makes an image of
it (thumbnails, screenshots); ``SlidePreview`` is the widget. Nothing here decides
anything about a slide: boxes, sizes, colours and paragraphs come from the plan.
Painting happens in the GUI thread, or in one worker thread at a time once
``register_fonts()`` has run in the GUI thread.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefdeck.gui.preview_text import PER_PT, UNIT, cell_block, register_fonts, text_frame
from briefdeck.templates.model import Box, Template
from briefdeck.writers.chart_image import render_png
from briefdeck.writers.render_plan import ChartBlock, RectBlock, Run, SlidePlan, TableBlock, TextBlock

__all__ = ["SlidePreview", "chart_image", "paint_slide", "register_fonts", "render_slide", "slide_rect"]

CELL_X, CELL_Y = 0.1, 0.05   # table cell margins (inches), as the emitter sets them
GRID_PT = 1.0                # points: the white rules of PowerPoint's default table style
HINT = "No slide selected"


def color(hex_value: str) -> QColor:
    """A plan colour (hex without '#')."""
    return QColor(f"#{hex_value.lstrip('#')}")


def slide_rect(template: Template, rect: QRectF) -> QRectF:
    """The largest rectangle of the slide's aspect ratio centred in ``rect``."""
    scale = min(rect.width() / template.width, rect.height() / template.height)
    w, h = template.width * scale, template.height * scale
    return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)


def _rect(box: Box) -> QRectF:
    """A plan box (inches) in layout units."""
    return QRectF(box.x * UNIT, box.y * UNIT, box.w * UNIT, box.h * UNIT)


# --- charts -------------------------------------------------------------------------------
_IMAGES: OrderedDict[str, QImage] = OrderedDict()
_SCALED: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()


def _remember(cache: OrderedDict, key, value, limit: int):
    cache[key] = value
    while len(cache) > limit:
        cache.popitem(last=False)
    return value


def chart_image(block: ChartBlock) -> tuple[str, QImage]:
    """The chart's picture (render_png, cached by content) as a QImage kept by the PNG's hash.

    Safe to call from a worker thread to warm the cache before painting.
    """
    png = render_png(block.spec, block.colors, block.font, block.text_color, block.grid_color,
                     block.box.w, block.box.h)
    key = hashlib.sha1(png).hexdigest()
    image = _IMAGES.get(key)
    if image is None:
        image = QImage.fromData(png, "PNG")
        image = _remember(_IMAGES, key, image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), 64)
    return key, image


def _draw_chart(painter: QPainter, block: ChartBlock) -> None:
    """The chart picture stretched over its box (as the emitter places it), scaled smoothly once per size."""
    key, image = chart_image(block)
    target = _rect(block.box)
    device = painter.transform().mapRect(target)
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    size = (max(1, round(device.width() * ratio)), max(1, round(device.height() * ratio)))
    if painter.transform().isScaling() and not painter.transform().isRotating():
        scaled = _SCALED.get((key, *size))   # scale once per size: smooth scaling each paint is slow
        if scaled is None:
            scaled = image.scaled(*size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            _remember(_SCALED, (key, *size), scaled, 32)
        image = scaled
    painter.drawImage(target, image)


def _sketch_chart(painter: QPainter, block: ChartBlock) -> None:
    """A thumbnail's chart: its bars, line or slices drawn straight from the values (no axes, no labels),
    so a list of slides never waits for matplotlib."""
    spec, box = block.spec, _rect(block.box)
    inner = box.adjusted(box.width() * 0.06, box.height() * 0.08, -box.width() * 0.06, -box.height() * 0.1)
    colors = [color(c) for c in (block.colors or ["1F4E79"])]
    series = [s.values for s in spec.series if s.values]
    if not series:
        return
    painter.save()
    painter.setPen(QPen(color(block.grid_color), 0.5 * PER_PT))
    painter.drawLine(inner.bottomLeft(), inner.bottomRight())
    painter.setPen(Qt.PenStyle.NoPen)
    if spec.type == "pie":
        values = [max(v, 0) for v in series[0]]
        total = sum(values) or 1
        side = min(inner.width(), inner.height())
        circle = QRectF(inner.center().x() - side / 2, inner.center().y() - side / 2, side, side)
        angle = 90 * 16
        for k, v in enumerate(values):
            span = -int(round(v / total * 360 * 16))
            painter.setBrush(colors[k % len(colors)])
            painter.drawPie(circle, angle, span)
            angle += span
    elif spec.type in ("line", "slope", "dot"):
        top = max(max(s) for s in series) or 1
        for k, values in enumerate(series):
            step = inner.width() / max(1, len(values) - 1)
            points = [QPointF(inner.left() + i * step, inner.bottom() - max(v, 0) / top * inner.height())
                      for i, v in enumerate(values)]
            painter.setPen(QPen(colors[k % len(colors)], 2 * PER_PT))
            painter.drawPolyline(points)
    else:
        stacked = spec.type.startswith("stacked")
        count = max(len(s) for s in series)
        sums = [sum(max(s[i], 0) for s in series if i < len(s)) for i in range(count)]
        top = (max(sums) if stacked else max(max(s) for s in series)) or 1
        slot = (inner.height() if spec.type.endswith("bar") else inner.width()) / count
        for i in range(count):
            base = 0.0
            for k, values in enumerate(series):
                v = max(values[i], 0) if i < len(values) else 0
                painter.setBrush(colors[k % len(colors)])
                length = v / top * (inner.width() if spec.type.endswith("bar") else inner.height())
                width = slot * 0.6 / (1 if stacked else len(series))
                offset = slot * 0.2 + (0 if stacked else k * width)
                if spec.type.endswith("bar"):
                    painter.drawRect(QRectF(inner.left() + base, inner.top() + i * slot + offset, length, width))
                else:
                    painter.drawRect(QRectF(inner.left() + i * slot + offset, inner.bottom() - base - length,
                                            width, length))
                if stacked:
                    base += length
    painter.restore()


# --- tables ---------------------------------------------------------------------------
def _draw_table(painter: QPainter, block: TableBlock) -> None:
    """Cells filled as the emitter fills them (header, then banded rows), text at the cell margins,
    and the 1 pt white rules of PowerPoint's default table style around and between the cells."""
    box = block.box
    cols = len(block.columns)
    widths = block.widths or [box.w / max(cols, 1)] * cols
    rows = [[[Run(c, bold=True)] for c in block.columns]] + block.rows
    y = box.y
    for r, (cells, height) in enumerate(zip(rows, block.row_heights)):
        header = r == 0
        fill = block.header_fill if header else block.band_fill if r % 2 == 0 else block.fill
        x = box.x
        for c, width in enumerate(widths):
            cell = Box(x, y, width, height)
            painter.fillRect(_rect(cell), color(fill))
            runs = cells[c] if c < len(cells) else []
            if runs:
                tb = cell_block(runs, cell, block.style, block.size, block.header_color if header else block.text_color)
                text_frame(tb, CELL_X, CELL_Y).draw(painter)
            x += width
        y += height
    painter.save()
    painter.setPen(QPen(QColor("#FFFFFF"), GRID_PT * PER_PT))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    table = QRectF(box.x * UNIT, box.y * UNIT, sum(widths) * UNIT, (y - box.y) * UNIT)
    painter.drawRect(table)
    x = box.x
    for width in widths[:-1]:
        x += width
        painter.drawLine(QPointF(x * UNIT, table.top()), QPointF(x * UNIT, table.bottom()))
    y = box.y
    for height in block.row_heights[:-1]:
        y += height
        painter.drawLine(QPointF(table.left(), y * UNIT), QPointF(table.right(), y * UNIT))
    painter.restore()


# --- slides ---------------------------------------------------------------------------
def paint_slide(painter: QPainter, plan: SlidePlan, template: Template, rect: QRectF,
                sketch_charts: bool = False) -> None:
    """Draw ``plan`` scaled into ``rect``, keeping the slide's aspect ratio (centred, letterboxed).

    Only the slide's own area is painted; what lies around it in ``rect`` is left as it was.
    ``sketch_charts`` draws charts as plain shapes (thumbnails) instead of their matplotlib picture.
    """
    register_fonts()
    target = slide_rect(template, rect)
    if target.width() <= 0 or target.height() <= 0:
        return
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
    painter.translate(target.topLeft())
    painter.scale(target.width() / (template.width * UNIT), target.height() / (template.height * UNIT))
    painter.fillRect(QRectF(0, 0, template.width * UNIT, template.height * UNIT), color(plan.background))
    painter.setPen(Qt.PenStyle.NoPen)
    for block in plan.blocks:
        if isinstance(block, RectBlock):
            painter.fillRect(_rect(block.box), color(block.color))
        elif isinstance(block, TextBlock):
            text_frame(block).draw(painter)
        elif isinstance(block, ChartBlock):
            _sketch_chart(painter, block) if sketch_charts else _draw_chart(painter, block)
        elif isinstance(block, TableBlock):
            _draw_table(painter, block)
    painter.restore()


def render_slide(plan: SlidePlan, template: Template, width_px: int, sketch_charts: bool = False) -> QImage:
    """An image of the slide ``width_px`` wide (height from the template's aspect ratio)."""
    width = max(1, int(width_px))
    height = max(1, round(width * template.height / template.width))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(color(plan.background))
    painter = QPainter(image)
    try:
        paint_slide(painter, plan, template, QRectF(0, 0, width, height), sketch_charts)
    finally:
        painter.end()
    return image


class SlidePreview(QWidget):
    """One slide drawn from its SlidePlan, as large as the widget allows at the slide's aspect ratio.

    The caller plans (possibly in a worker thread) and hands the result to ``show_plan``;
    the widget only paints. Without a plan it shows a short hint.
    """

    MARGIN = 16

    def __init__(self, parent: QWidget | None = None, hint: str = HINT):
        super().__init__(parent)
        self._plan: SlidePlan | None = None
        self._template: Template | None = None
        self.hint = hint
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        register_fonts()

    def show_plan(self, plan: SlidePlan | None, template: Template | None) -> None:
        """Show ``plan`` (drawn with ``template``'s slide size), or the hint when None."""
        self._plan, self._template = plan, template
        self.setToolTip(plan.title if plan is not None else "")
        self.update()

    @property
    def plan(self) -> SlidePlan | None:
        """The slide shown, or None."""
        return self._plan

    @property
    def template(self) -> Template | None:
        """The template the slide is drawn with, or None."""
        return self._template

    def sizeHint(self) -> QSize:
        return QSize(640, 380)

    def slide_area(self) -> QRectF:
        """Where the slide is drawn in the widget now (empty without a plan)."""
        if self._plan is None or self._template is None:
            return QRectF()
        m = self.MARGIN
        return slide_rect(self._template, QRectF(self.rect()).adjusted(m, m, -m, -m))

    def _backdrop(self) -> QColor:
        window = self.palette().color(QPalette.ColorRole.Window)
        return window.darker(112) if window.lightness() > 128 else window.lighter(135)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._backdrop())
        if self._plan is None or self._template is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
            painter.end()
            return
        area = self.slide_area()
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((4, 18), (3, 22), (2, 30), (1, 40)):   # a soft shadow, offset down
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRect(area.adjusted(-spread + 1, -spread + 2, spread + 1, spread + 3))
        paint_slide(painter, self._plan, self._template, area)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()
