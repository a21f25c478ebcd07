"""Text for the slide preview: the shipped fonts, and TextBlocks laid out as the emitter sets them.

Text is laid out once in twips (1 unit = 1/1440 inch; fonts resolved at 1440 dpi,
so a 10 pt font is 200 units tall and neither its size nor its advances are rounded
to whole pixels), unhinted, with design metrics, no kerning and no ligatures. Line
breaks thus follow the advance widths PowerPoint uses and do not depend on the size
the slide is drawn at; the painter's transform scales units to pixels.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QTextCharFormat,
                           QTextLayout, QTextOption)

from briefdeck.resources import font_file
from briefdeck.templates.model import Style
from briefdeck.writers import fit
from briefdeck.writers.render_plan import Para, Run, TextBlock

UNIT = 1440.0           # layout units per inch (twips): the preview's unit of length
PER_PT = UNIT / 72      # layout units per point
# Single line spacing is 1.2 x the size whatever the font, with the baseline 1.0 x the size
# below the line's top: so PowerPoint sets it, and LibreOffice when it opens a .pptx (measured
# alike for Carlito and Liberation Sans). The planner measures with max(1.2, the font's own
# line height) and so stays on the safe side of this.
LINE_HEIGHT = 1.2
SUPERSCRIPT_SIZE = 0.58     # share of the size a citation marker is set at (LibreOffice's value)
SUPERSCRIPT_RAISE = 0.30    # baseline="30000": raised by 30% of the size
BULLET = "\u2022"
# Qt (UAX #14) may break after '/', PowerPoint and LibreOffice do not: glue it to what follows.
GLUE = str.maketrans({"/": "/\u2060"})
STEMS = ("Carlito", "LiberationSans", "LiberationSerif")
FACES = ("Regular", "Bold", "Italic")
# The family each shipped font registers, and which shipped font stands in for a common one.
DEFAULT_FAMILIES = {"Carlito": "Carlito", "LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif"}
CLONES = {"calibri": "Carlito", "arial": "LiberationSans", "helvetica": "LiberationSans",
          "times new roman": "LiberationSerif", "times": "LiberationSerif"}
ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
         "right": Qt.AlignmentFlag.AlignRight}

_families: dict[str, str] = {}
_device: QImage | None = None


def register_fonts() -> dict[str, str]:
    """Add the shipped TTFs to QFontDatabase (once); return metrics stem -> family name.

    Needs a QGuiApplication; call it from the GUI thread before painting elsewhere.
    """
    if not _families:
        found = dict(DEFAULT_FAMILIES)
        for stem in STEMS:
            for face in FACES:
                font_id = QFontDatabase.addApplicationFont(str(font_file(f"{stem}-{face}")))
                names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if names:
                    found[stem] = names[0]
        _families.update(found)
    return _families


def family_for(font: str, metrics: str = "") -> str:
    """The family to draw ``font`` with: the font itself when installed, else its shipped clone.

    Calibri, Arial and Times New Roman are usually absent on Linux; Carlito, Liberation
    Sans and Liberation Serif have the same advance widths, so text wraps the same.
    """
    families = register_fonts()
    if QFontDatabase.hasFamily(font):
        return font
    stem = metrics if metrics in families else CLONES.get(font.lower(), "Carlito")
    return families[stem]


def layout_device() -> QImage:
    """A paint device of UNIT dpi: fonts resolved against it are measured in layout units."""
    global _device
    if _device is None:
        _device = QImage(1, 1, QImage.Format.Format_ARGB32)
        dpm = round(UNIT / 0.0254)      # Qt reads this back as round(dpm * 0.0254) dpi
        _device.setDotsPerMeterX(dpm)
        _device.setDotsPerMeterY(dpm)
    return _device


@lru_cache(maxsize=512)
def qfont(family: str, size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font set as PowerPoint sets it: unhinted, no kerning, no ligatures."""
    font = QFont(family)
    font.setPointSizeF(max(size, 0.5))
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


@dataclass
class TextFrame:
    """Laid-out paragraphs of one box, ready to draw: layouts with their offsets, in layout units."""

    clip: QRectF
    layouts: list[tuple[QTextLayout, QPointF]] = field(default_factory=list)
    lines: int = 0          # lines of text set (bullets not counted)

    def draw(self, painter: QPainter) -> None:
        """Draw the text clipped to its box (the painter's transform maps layout units to the device)."""
        painter.save()
        painter.setClipRect(self.clip, Qt.ClipOperation.IntersectClip)
        for layout, offset in self.layouts:
            layout.draw(painter, offset)
        painter.restore()


def _char_format(family: str, size: float, bold: bool, italic: bool, color: str,
                 superscript: bool) -> QTextCharFormat:
    """One run's font and colour; a superscript is smaller and raised."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(f"#{color}"))
    if superscript:
        small = qfont(family, size * SUPERSCRIPT_SIZE, bold, italic)
        fmt.setFont(small)
        height = QFontMetricsF(small, layout_device()).height()
        fmt.setBaselineOffset(100 * SUPERSCRIPT_RAISE * size * PER_PT / height if height else 0)
    else:
        fmt.setFont(qfont(family, size, bold, italic))
    return fmt


def _para_layout(para: Para, block: TextBlock, family: str) -> QTextLayout:
    """A paragraph's runs in one layout, wrapped at word boundaries (anywhere for over-long words)."""
    style = block.style
    texts = [r.text.translate(GLUE) for r in para.runs]
    layout = QTextLayout("".join(texts), qfont(family, block.size, style.bold, style.italic), layout_device())
    option = QTextOption(ALIGN.get(block.align, Qt.AlignmentFlag.AlignLeft))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setUseDesignMetrics(True)
    layout.setTextOption(option)
    ranges, start = [], 0
    for run, text in zip(para.runs, texts):
        bold = style.bold if run.bold is None else run.bold
        italic = style.italic if run.italic is None else run.italic
        fr = QTextLayout.FormatRange()
        fr.start, fr.length = start, len(text)
        fr.format = _char_format(family, block.size, bool(bold), bool(italic), run.color or block.color,
                                 run.superscript)
        ranges.append(fr)
        start += len(text)
    layout.setFormats(ranges)
    return layout


def _bullet_layout(block: TextBlock) -> QTextLayout:
    """The bullet: U+2022 in Arial at the text's size and colour, as the emitter writes it."""
    family = family_for("Arial", "LiberationSans")
    layout = QTextLayout(BULLET, qfont(family, block.size), layout_device())
    fr = QTextLayout.FormatRange()
    fr.start, fr.length = 0, 1
    fr.format = _char_format(family, block.size, False, False, block.color, False)
    layout.setFormats([fr])
    return layout


def lay_out(block: TextBlock, inset_x: float = fit.INSET_X, inset_y: float = fit.INSET_Y) -> TextFrame:
    """Set a block's paragraphs in its box (layout units), as pptx_xml writes them.

    Lines are ``size * LINE_HEIGHT * spacing`` apart, each baseline ``0.2 * size`` above
    the foot of its line (extra spacing goes above the text); ``space_after`` points
    separate paragraphs; bullets hang at ``fit.BULLET_INDENT``; the text sits at the
    block's anchor and is clipped to its box when drawn.
    """
    style = block.style
    family = family_for(style.font, style.metrics)
    box = block.box
    width = (box.w - 2 * inset_x) * UNIT
    single = block.size * PER_PT * LINE_HEIGHT
    pitch = single * block.spacing
    below = single - block.size * PER_PT     # the baseline sits one size above the line's foot
    placed: list[QTextLayout] = []
    y, count = 0.0, 0
    paras = block.paras or [Para([Run("")])]
    for i, para in enumerate(paras):
        indent = fit.BULLET_INDENT * UNIT if para.bullet else 0.0
        layout = _para_layout(para, block, family)
        layout.beginLayout()
        first_baseline = None
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width - indent, 1.0))
            baseline = y + pitch - below
            first_baseline = baseline if first_baseline is None else first_baseline
            line.setPosition(QPointF(indent, baseline - line.ascent()))
            y += pitch
            count += 1
        layout.endLayout()
        placed.append(layout)
        if para.bullet and first_baseline is not None:
            bullet = _bullet_layout(block)
            bullet.beginLayout()
            line = bullet.createLine()
            line.setLineWidth(max(indent, 1.0))
            line.setPosition(QPointF(0.0, first_baseline - line.ascent()))
            bullet.endLayout()
            placed.append(bullet)
        if i < len(paras) - 1:
            y += block.space_after * PER_PT
    room = (box.h - 2 * inset_y) * UNIT
    shift = {"middle": (room - y) / 2, "bottom": room - y}.get(block.anchor, 0.0)
    origin = QPointF((box.x + inset_x) * UNIT, (box.y + inset_y) * UNIT + shift)
    clip = QRectF(box.x * UNIT, box.y * UNIT, box.w * UNIT, box.h * UNIT)
    return TextFrame(clip, [(layout, origin) for layout in placed], count)


_FRAMES: OrderedDict[str, TextFrame] = OrderedDict()


def text_frame(block: TextBlock, inset_x: float = fit.INSET_X, inset_y: float = fit.INSET_Y) -> TextFrame:
    """``lay_out`` remembered by the block's content, so repainting a slide costs no layout."""
    key = f"{inset_x},{inset_y},{block!r}"
    frame = _FRAMES.get(key)
    if frame is None:
        frame = _FRAMES[key] = lay_out(block, inset_x, inset_y)
        while len(_FRAMES) > 2048:
            _FRAMES.popitem(last=False)
    else:
        _FRAMES.move_to_end(key)
    return frame


def cell_block(runs: list[Run], box, style: Style, size: float, color: str) -> TextBlock:
    """A table cell as a text block, as the emitter fills it."""
    return TextBlock("cell", box, [Para(runs)], style, size, color)
