"""Charts on a slide: native, editable PowerPoint charts, or a matplotlib picture."""
from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from briefdeck.writers.chart_workbook import ChartData
from briefdeck.writers.render_plan import ChartBlock

NATIVE = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "stacked-column": XL_CHART_TYPE.COLUMN_STACKED,
    "stacked-bar": XL_CHART_TYPE.BAR_STACKED,
}

AXIS_ID_MAX = 2**31 - 1
"""Axis ids are unsigned in the schema; PowerPoint writes them below 2**31, so signed readers agree."""


def number_format(block: ChartBlock) -> str:
    values = [v for s in block.spec.series for v in s.values]
    base = "#,##0" if all(float(v).is_integer() for v in values) else "#,##0.0"
    return base + '"%"' if block.spec.unit == "percent" else base


def chart_data(block: ChartBlock) -> ChartData:
    """The chart's categories and series, with the number format its labels use."""
    data = ChartData(number_format=number_format(block))
    data.categories = block.spec.categories
    for s in block.spec.series:
        data.add_series(s.name or "Value", s.values)
    return data


def style_chart(chart, block: ChartBlock) -> None:
    """Template fonts and colours, data labels, gridlines: the chart as the plan wants it.

    Its axis ids are made ones the schema allows first (see :func:`unsigned_axis_ids`).
    """
    unsigned_axis_ids(chart.element)
    _style(chart, block, number_format(block))


def unsigned_axis_ids(chart_space) -> None:
    """Renumber the chart's axis ids that lie outside 0..2**31-1, keeping every reference to them.

    python-pptx writes the axes of column, bar, area and radar charts with negative ids
    (``<c:axId val="-2068027336"/>``), which PowerPoint tolerates today but the Open XML
    schema does not (``ST_UnsignedInt``). An id out of range becomes its value modulo 2**31,
    moved on while another axis of the chart has it, so ids stay unique within the chart and
    each ``c:axId`` and ``c:crossAx`` that named the old id names the new one.
    """
    refs = list(chart_space.iter(qn("c:axId"), qn("c:crossAx")))
    values = [int(el.get("val")) for el in refs]
    taken = {v for v in values if 0 <= v <= AXIS_ID_MAX}
    new: dict[int, int] = {}
    for old in values:
        if old in taken or old in new:
            continue
        candidate = old % (AXIS_ID_MAX + 1)
        while candidate in taken:
            candidate = (candidate + 1) % (AXIS_ID_MAX + 1)
        taken.add(candidate)
        new[old] = candidate
    for el, old in zip(refs, values):
        if old in new:
            el.set("val", str(new[old]))


def _style(chart, block: ChartBlock, fmt: str) -> None:
    text = RGBColor.from_string(block.text_color)
    chart.font.name = block.font.font
    chart.font.size = Pt(14)
    chart.font.color.rgb = text
    chart.has_title = False
    pie = block.spec.type == "pie"
    chart.has_legend = pie or len(block.spec.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.RIGHT if pie else XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(14)
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = fmt
    labels.number_format_is_linked = False
    labels.font.size = Pt(14)
    labels.font.bold = True
    if pie:
        labels.position = XL_LABEL_POSITION.CENTER
        labels.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for j, point in enumerate(plot.series[0].points):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = RGBColor.from_string(block.colors[j % len(block.colors)])
        return
    labels.position = XL_LABEL_POSITION.OUTSIDE_END if block.spec.type in ("column", "bar") else (
        XL_LABEL_POSITION.ABOVE if block.spec.type == "line" else XL_LABEL_POSITION.CENTER)
    if block.spec.type.startswith("stacked"):
        labels.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if hasattr(plot, "gap_width"):
        plot.gap_width = 60
    for i, series in enumerate(plot.series):
        color = RGBColor.from_string(block.colors[i % len(block.colors)])
        if block.spec.type == "line":
            series.format.line.color.rgb = color
            series.format.line.width = Pt(3)
            series.smooth = False
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = color
    value_axis, category_axis = chart.value_axis, chart.category_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string(block.grid_color)
    value_axis.format.line.fill.background()
    value_axis.tick_labels.number_format = fmt
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.tick_labels.font.size = Pt(12)
    category_axis.tick_labels.font.size = Pt(14)
    category_axis.format.line.color.rgb = RGBColor.from_string(block.grid_color)
    value_axis.minimum_scale = 0 if min(v for s in block.spec.series for v in s.values) >= 0 else None
