"""Render a ChartSpec to PNG with matplotlib (for chart types PowerPoint lacks, or by choice)."""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict
from pathlib import Path

from briefdeck.atomic import write_bytes
from briefdeck.core import BriefdeckError, ChartSpec, ExportError
from briefdeck.resources import cache_dir, font_file
from briefdeck.templates.model import Style

DPI = 200


def cache_key(spec: ChartSpec, colors: list[str], style: Style, text: str, grid: str, w: float, h: float) -> str:
    blob = json.dumps([asdict(spec), colors, style.metrics, text, grid, round(w, 3), round(h, 3)], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def render_png(spec: ChartSpec, colors: list[str], style: Style, text: str, grid: str,
               width_in: float, height_in: float) -> bytes:
    """PNG bytes for the chart; identical inputs are rendered once per process."""
    key = cache_key(spec, colors, style, text, grid, width_in, height_in)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        png = _from_disk(key)
        if png is None:
            try:
                png = _to_disk(key, _render(spec, colors, style, text, grid, width_in, height_in))
            except (ValueError, OverflowError) as exc:   # matplotlib on values near the float limits
                raise ExportError(f"the chart {spec.title or ', '.join(spec.categories[:3])!r} cannot be drawn "
                                  f"as a picture ({exc})", hint="check its values, or use engine: native") from None
        _CACHE[key] = png
    return _CACHE[key]


_CACHE: dict[str, bytes] = {}


def _disk_file(key: str) -> Path:
    import matplotlib
    return cache_dir("charts") / f"{key[:40]}-mpl{matplotlib.__version__}.png"


def _from_disk(key: str) -> bytes | None:
    """A picture rendered by an earlier run (another process, another day) for the same chart."""
    try:
        data = _disk_file(key).read_bytes()
    except OSError:
        return None
    return data if data.startswith(b"\x89PNG\r\n\x1a\n") else None


def _to_disk(key: str, png: bytes) -> bytes:
    try:
        path = _disk_file(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, png)
    except (OSError, BriefdeckError):
        pass                                # a cache that can't be written only costs time
    return png


def _render(spec, colors, style, text, grid, width_in, height_in) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    regular = FontProperties(fname=str(font_file(f"{style.metrics}-Regular")), size=13)
    bold = FontProperties(fname=str(font_file(f"{style.metrics}-Bold")), size=13)
    fig = Figure(figsize=(width_in, height_in), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.patch.set_alpha(0)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_facecolor("none")
    hexes = [f"#{c}" for c in colors]
    pct = spec.unit == "percent"

    def label(v: float) -> str:
        s = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"
        return s + ("%" if pct else "")

    cats = spec.categories
    if spec.type == "pie":
        values = spec.series[0].values
        if min(values) < 0 or not max(values) > 0:   # matplotlib raises ValueError for these
            raise ExportError(f"the pie chart {spec.title or ', '.join(cats[:3])!r} cannot be drawn: a pie needs "
                              "values of zero or more, not all zero", hint="use a column or bar chart instead")
        wedges, _texts, autotexts = ax.pie(
            values, labels=cats, colors=[hexes[i % len(hexes)] for i in range(len(values))],
            autopct=lambda p: label(p * sum(values) / 100), startangle=90, counterclock=False,
            wedgeprops={"linewidth": 2, "edgecolor": "white"}, pctdistance=0.78, labeldistance=1.08,
            textprops={"fontproperties": regular, "color": f"#{text}"})
        for t in autotexts:
            t.set_color("white")
            t.set_fontproperties(bold)
        ax.axis("equal")
    else:
        n = len(spec.series)
        xs = range(len(cats))
        for i, s in enumerate(spec.series):
            color = hexes[i % len(hexes)]
            if spec.type == "line":
                ax.plot(list(xs), s.values, color=color, linewidth=3, marker="o", markersize=7, label=s.name)
                for x, v in zip(xs, s.values):
                    ax.annotate(label(v), (x, v), textcoords="offset points", xytext=(0, 9), ha="center",
                                fontproperties=regular, color=f"#{text}")
            elif spec.type in ("dot", "slope"):
                ax.scatter(list(xs), s.values, color=color, s=120, zorder=3, label=s.name)
                if spec.type == "slope":
                    ax.plot(list(xs), s.values, color=color, linewidth=2)
                for x, v in zip(xs, s.values):
                    ax.annotate(label(v), (x, v), textcoords="offset points", xytext=(10, -4),
                                fontproperties=regular, color=f"#{text}")
            else:
                width = 0.8 / n
                offs = [x - 0.4 + width * (i + 0.5) for x in xs]
                horizontal = spec.type in ("bar", "stacked-bar")
                bars = (ax.barh if horizontal else ax.bar)(offs, s.values, width * 0.9, color=color, label=s.name)
                ax.bar_label(bars, labels=[label(v) for v in s.values], padding=4, fontproperties=regular,
                             color=f"#{text}")
        horizontal = spec.type in ("bar", "stacked-bar")
        ticks = ax.set_yticks if horizontal else ax.set_xticks
        ticks(list(xs), cats, fontproperties=regular, color=f"#{text}")
        if horizontal:
            ax.invert_yaxis()
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(f"#{grid}")
        ax.tick_params(colors=f"#{text}", labelsize=12)
        (ax.xaxis if horizontal else ax.yaxis).grid(True, color=f"#{grid}", linewidth=0.8)
        ax.set_axisbelow(True)
        for t in ax.get_yticklabels() + ax.get_xticklabels():
            t.set_fontproperties(regular)
        if n > 1:
            ax.legend(prop=regular, frameon=False, labelcolor=f"#{text}")
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, transparent=True)
    return out.getvalue()
