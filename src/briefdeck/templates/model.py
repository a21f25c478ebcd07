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
class FontFaces:
    """The font files that give a typeface's advance widths, for each face.

    Each face is measured with the widest advance of its ``files`` for every character
    they cover, and with the widest of its ``fallback`` files for the others. ``source``
    says where the files come from: "embedded" (in the template), "installed" (found by
    fontconfig) or "conservative" (the font is not available: the widest of several).
    """

    regular: tuple[str, ...]
    bold: tuple[str, ...]
    italic: tuple[str, ...]
    bold_italic: tuple[str, ...]
    source: str
    fallback: tuple[str, ...] = ()
    detail: str = ""

    def files(self, bold: bool, italic: bool) -> tuple[str, ...]:
        return (self.bold_italic if bold and italic else self.bold if bold else
                self.italic if italic else self.regular)


@dataclass(frozen=True)
class Style:
    """How a piece of text is set.

    ``metrics`` names the shipped font whose widths match ``font`` (or, for a font
    briefdeck does not ship, the shipped font drawn in its place by the preview and
    chart pictures); ``faces``, when set, are the files the text is measured with.
    """

    font: str
    metrics: str
    size: float
    min: float
    color: str
    bold: bool = False
    italic: bool = False
    faces: FontFaces | None = None


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
