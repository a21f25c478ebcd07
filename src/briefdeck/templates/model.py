"""A template's look as plain data: slide size, colours, text styles, regions, decorations."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Box:
    """A rectangle in inches from the slide's top-left corner."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Style:
    """How a piece of text is set. ``metrics`` names the shipped font whose widths match ``font``."""

    font: str
    metrics: str
    size: float
    min: float
    color: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Shape:
    box: Box
    color: str
    with_title: bool = False  # drawn only on slides that have a title


@dataclass
class Template:
    name: str
    description: str
    width: float
    height: float
    colors: dict[str, str]
    styles: dict[str, Style]
    regions: dict[str, Box]
    decorations: dict[str, list[Shape]] = field(default_factory=dict)
    backgrounds: dict[str, str] = field(default_factory=dict)
    pptx: Path | None = None
    pptx_layouts: dict[str, str] = field(default_factory=dict)

    def color(self, name: str) -> str:
        """A colour by name, or a literal hex value."""
        return self.colors.get(name, name).lstrip("#").upper()

    @property
    def chart_colors(self) -> list[str]:
        return [c.lstrip("#").upper() for c in self.colors.get("chart", [])] or ["0F4C81"]

    def background(self, layout: str) -> str:
        return self.color(self.backgrounds.get(layout, "background"))

    def shapes(self, layout: str) -> list[Shape]:
        if layout in ("title", "section"):
            return list(self.decorations.get(layout, []))
        return list(self.decorations.get("all", [])) + list(self.decorations.get(layout, []))
