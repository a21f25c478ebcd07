"""The render plan: every decision about a slide made, nothing written yet.

Writers (the pptx emitter, a preview) draw these blocks as they are; they
choose nothing themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefdeck.core import ChartSpec, Diagnostic, Source
from briefdeck.templates.model import Box, Style, Template


@dataclass
class Run:
    text: str
    superscript: bool = False
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None


@dataclass
class Para:
    runs: list[Run]
    bullet: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class TextBlock:
    """Paragraphs set in one style at one fitted size, in a box."""

    name: str
    box: Box
    paras: list[Para]
    style: Style
    size: float
    color: str
    align: str = "left"       # left | center | right
    anchor: str = "top"       # top | middle | bottom
    space_after: float = 0.0  # points between paragraphs
    spacing: float = 1.0      # line spacing multiple
    placeholder: str = ""     # the layout placeholder type it fills in a user's template ("" = a text box)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


@dataclass
class ChartBlock:
    box: Box
    spec: ChartSpec
    colors: list[str]
    font: Style
    text_color: str
    grid_color: str
    alt: str


@dataclass
class TableBlock:
    box: Box
    columns: list[str]
    rows: list[list[list[Run]]]
    style: Style
    size: float
    row_heights: list[float]  # inches, header first
    text_color: str
    header_fill: str
    header_color: str
    band_fill: str
    fill: str
    widths: list[float] = field(default_factory=list)  # inches per column


@dataclass
class RectBlock:
    box: Box
    color: str
    backdrop: bool = False   # the template's own artwork (a master's band): previews draw it, the pptx has it


@dataclass
class SlidePlan:
    layout: str
    background: str
    blocks: list = field(default_factory=list)
    notes: str = ""
    title: str = ""
    deck_index: int | None = None  # the deck slide it comes from; None for generated slides
    cited: list[int] = field(default_factory=list)  # source numbers in the footnote

    def text_blocks(self) -> list[TextBlock]:
        return [b for b in self.blocks if isinstance(b, TextBlock)]


@dataclass
class RenderPlan:
    template: Template
    slides: list[SlidePlan]
    sources: list[tuple[int, Source]]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    title: str = ""
    author: str = ""
