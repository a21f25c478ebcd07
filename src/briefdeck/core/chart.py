"""Chart specifications: categories, series and points that may cite snippets."""
from __future__ import annotations

from dataclasses import dataclass, field

NATIVE_TYPES = ("column", "bar", "line", "pie", "stacked-column", "stacked-bar")
IMAGE_ONLY_TYPES = ("dot", "slope")
CHART_TYPES = NATIVE_TYPES + IMAGE_ONLY_TYPES
ENGINES = ("native", "image")


@dataclass
class Point:
    """One value; ``snippet`` names the figure it comes from, if any."""

    value: float
    snippet: str | None = None


@dataclass
class Series:
    name: str
    points: list[Point] = field(default_factory=list)

    @property
    def values(self) -> list[float]:
        return [p.value for p in self.points]


@dataclass
class ChartSpec:
    """What to draw. ``engine`` is native (editable PowerPoint chart) or image (matplotlib)."""

    type: str
    categories: list[str]
    series: list[Series]
    unit: str = ""
    title: str = ""
    engine: str = "native"

    def snippet_ids(self) -> list[str]:
        return [p.snippet for s in self.series for p in s.points if p.snippet]

    def describe(self) -> str:
        """Alt text: what the chart shows, in words and numbers."""
        kind = self.type.replace("-", " ")
        head = f"{kind.capitalize()} chart"
        if self.title:
            head += f": {self.title}"
        unit = f" {self.unit}" if self.unit and self.unit != "percent" else ""
        pct = "%" if self.unit == "percent" else ""
        parts = []
        for s in self.series:
            pairs = ", ".join(f"{c} {_num(p.value)}{pct}{unit}" for c, p in zip(self.categories, s.points))
            parts.append(f"{s.name}: {pairs}" if s.name else pairs)
        return head + ". " + "; ".join(parts) + "."


def _num(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
