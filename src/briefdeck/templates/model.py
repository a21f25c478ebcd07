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


@dataclass(frozen=True)
class Area:
    """Part of a slide that shows ``colors`` (one colour, or every colour a gradient or picture has there)."""

    box: Box
    colors: tuple[str, ...]
    opaque: bool = True     # hides what is under it where it covers


@dataclass(frozen=True)
class Surface:
    """What text on one kind of slide sits on.

    ``base`` is the slide background as areas that tile the slide (one for a solid fill
    or a gradient, a grid of cells for a picture); ``shapes`` are the master's and
    layout's filled shapes drawn over it, bottom first. ``color`` stands for the whole
    background where one colour is needed (the preview); ``kind`` says what the
    background is, ``note`` what could not be read from it.
    """

    color: str
    base: tuple[Area, ...]
    shapes: tuple[Area, ...] = ()
    kind: str = "solid"
    note: str = ""


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
    surfaces: dict[str, Surface] = field(default_factory=dict)       # briefdeck layout -> its background
    anchors: tuple[str, ...] = ()       # theme colours text may be shifted towards to stay readable
    text_layout: dict[str, tuple[str, str]] = field(default_factory=dict)   # region -> (align, anchor)
    placeholders: dict[str, str] = field(default_factory=dict)   # region -> placeholder it fills

    def color(self, name: str) -> str:
        """A colour by name, or a literal hex value."""
        return self.colors.get(name, name).lstrip("#").upper()

    @property
    def chart_colors(self) -> list[str]:
        return [c.lstrip("#").upper() for c in self.colors.get("chart", [])] or ["0F4C81"]

    def background(self, layout: str) -> str:
        """The one colour that stands for a layout's background (its surface's, when known)."""
        if layout in self.surfaces:
            return self.surfaces[layout].color
        return self.color(self.backgrounds.get(layout, "background"))

    def surface(self, layout: str) -> Surface:
        """What text on a layout's slides sits on: the template's reading, else its background colour."""
        if layout in self.surfaces:
            return self.surfaces[layout]
        colour = self.background(layout)
        return Surface(colour, (Area(Box(0, 0, self.width, self.height), (colour,)),))

    def shapes(self, layout: str) -> list[Shape]:
        if layout in ("title", "section"):
            return list(self.decorations.get(layout, []))
        return list(self.decorations.get("all", [])) + list(self.decorations.get(layout, []))
