"""Measure and wrap text with the real advance widths of the shipped fonts, and fit it to boxes."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from fontTools.ttLib import TTFont

from briefdeck.resources import font_file

logging.getLogger("fontTools").setLevel(logging.ERROR)  # shipped fonts have odd but harmless timestamps

# What a text frame loses to its insets (inches), shared with the emitter.
INSET_X = 0.08
INSET_Y = 0.05
# Renderers wrap a little differently from this measure: keep a margin for that.
WIDTH_SAFETY = 0.95
LINE_FACTOR_MIN = 1.2
BULLET_INDENT = 0.32  # inches of hanging indent for bullet paragraphs


class FontMetrics:
    """Advance widths and line height of one font file."""

    def __init__(self, stem: str):
        font = TTFont(font_file(stem), lazy=True)
        self.units = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        metrics = font["hmtx"].metrics
        self._widths = {code: metrics[name][0] for code, name in cmap.items()}
        self._fallback = metrics.get("n", metrics[font.getGlyphOrder()[0]])[0]
        os2 = font["OS/2"]
        hhea = font["hhea"]
        natural = max(os2.usWinAscent + os2.usWinDescent, hhea.ascent - hhea.descent + hhea.lineGap)
        self.line_factor = max(LINE_FACTOR_MIN, natural / self.units)
        font.close()

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size`` points."""
        get, fallback = self._widths.get, self._fallback
        return sum(get(ord(c), fallback) for c in text) * size / self.units


@lru_cache(maxsize=None)
def metrics(stem: str, bold: bool = False, italic: bool = False) -> FontMetrics:
    face = "Bold" if bold else "Italic" if italic else "Regular"
    return FontMetrics(f"{stem}-{face}")


_TOKENS = re.compile(r"\S+\s*")


def wrap(text: str, width: float, size: float, font: FontMetrics) -> list[str]:
    """Greedy word wrap to ``width`` points; words longer than a line are broken."""
    lines: list[str] = []
    for para_line in text.split("\n"):
        line, line_w = "", 0.0
        for token in _TOKENS.findall(para_line) or [""]:
            word_w = font.width(token.rstrip(), size)
            if line and line_w + word_w > width:
                lines.append(line.rstrip())
                line, line_w = "", 0.0
            if not line and word_w > width:
                for chunk in _break_word(token, width, size, font):
                    lines.append(chunk)
                line, line_w = "", 0.0
                continue
            line += token
            line_w += font.width(token, size)
        lines.append(line.rstrip())
    return lines


def _break_word(word: str, width: float, size: float, font: FontMetrics) -> list[str]:
    chunks, cur = [], ""
    for ch in word.strip():
        if cur and font.width(cur + ch, size) > width:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    return chunks


@dataclass(frozen=True)
class Measure:
    """What a set of paragraphs needs at one size."""

    height: float   # points
    lines: int


def measure(paras: list[tuple[str, bool]], width_in: float, size: float, font: FontMetrics,
            space_after: float = 0.0, spacing: float = 1.0) -> Measure:
    """Height of paragraphs ``(text, is_bullet)`` set in a box ``width_in`` inches wide."""
    usable = (width_in - 2 * INSET_X) * 72 * WIDTH_SAFETY
    lines = 0
    height = 0.0
    line_h = size * font.line_factor * spacing
    for i, (text, bullet) in enumerate(paras):
        w = usable - (BULLET_INDENT * 72 if bullet else 0)
        n = len(wrap(text, w, size, font))
        lines += n
        height += n * line_h + (space_after if i < len(paras) - 1 else 0)
    return Measure(height, lines)


def fits(paras, width_in: float, height_in: float, size: float, font: FontMetrics,
         space_after: float = 0.0, spacing: float = 1.0) -> bool:
    return measure(paras, width_in, size, font, space_after, spacing).height <= (height_in - 2 * INSET_Y) * 72


def best_size(paras, width_in: float, height_in: float, top: float, bottom: float, font: FontMetrics,
              space_ratio: float = 0.0, spacing: float = 1.0) -> float | None:
    """Largest size from ``top`` down to ``bottom`` (half-point steps) at which the text fits; else None.

    ``space_ratio`` is paragraph spacing as a share of the size.
    """
    size = top
    while size >= bottom - 1e-9:
        if fits(paras, width_in, height_in, size, font, size * space_ratio, spacing):
            return size
        size -= 1.0 if size > 24 else 0.5
    return None
