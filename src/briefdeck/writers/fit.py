"""Measure and wrap text with the real advance widths of the shipped fonts, and fit it to boxes."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from fontTools.ttLib import TTFont

from briefdeck.resources import font_file
from briefdeck.templates.model import Style

logging.getLogger("fontTools").setLevel(logging.ERROR)  # shipped fonts have odd but harmless timestamps

# What a text frame loses to its insets (inches), shared with the emitter.
INSET_X = 0.08
INSET_Y = 0.05
# Renderers wrap a little differently from this measure: keep a margin for that.
WIDTH_SAFETY = 0.95
LINE_FACTOR_MIN = 1.2
BULLET_INDENT = 0.32  # inches of hanging indent for bullet paragraphs


class FontMetrics:
    """Advance widths and line height of one font, or the widest of several.

    ``files`` are measured together: each character takes the widest advance among the
    files that have it. Characters none of them has take the widest advance among
    ``fallback`` files (what a renderer draws them with), else the width of "n".
    """

    def __init__(self, files, fallback=()):
        self._widths: dict[int, float] = {}     # em fractions
        self.line_factor = LINE_FACTOR_MIN
        self._fallback = 0.0
        for path in files:
            self._read(path, self._widths)
        spare: dict[int, float] = {}
        for path in fallback:
            self._read(path, spare)
        for code, width in spare.items():
            self._widths.setdefault(code, width)
        if not self._widths:
            raise ValueError("none of the font files could be read")

    def _read(self, path, into: dict[int, float]) -> None:
        """Add a file's advances to ``into`` (keeping the wider); a file that cannot be read adds nothing."""
        try:
            font = TTFont(str(path), lazy=True, fontNumber=0)
        except Exception:   # a damaged or unsupported font file (from a template or the system)
            return
        try:
            units = font["head"].unitsPerEm
            metrics = font["hmtx"].metrics
            found = {}
            for code, name in (font.getBestCmap() or {}).items():
                if name in metrics:
                    found[code] = metrics[name][0] / units
            n = metrics.get("n", metrics[font.getGlyphOrder()[0]])[0] / units
            hhea = font["hhea"]
            natural = (hhea.ascent - hhea.descent + hhea.lineGap) / units
            if "OS/2" in font:
                os2 = font["OS/2"]
                natural = max(natural, (os2.usWinAscent + os2.usWinDescent) / units)
        except Exception:   # a table that does not parse: measure with the other files
            return
        finally:
            font.close()
        for code, width in found.items():
            if width > into.get(code, -1.0):
                into[code] = width
        self._fallback = max(self._fallback, n)
        self.line_factor = max(self.line_factor, natural)

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size`` points."""
        get, fallback = self._widths.get, self._fallback
        return sum(get(ord(c), fallback) for c in text) * size

    def covers(self, char: str) -> bool:
        return ord(char) in self._widths


@lru_cache(maxsize=None)
def metrics(stem: str, bold: bool = False, italic: bool = False) -> FontMetrics:
    """A shipped font's metrics, e.g. ``metrics("Carlito", bold=True)``."""
    face = "Bold" if bold else "Italic" if italic else "Regular"
    return FontMetrics([font_file(f"{stem}-{face}")])


@lru_cache(maxsize=64)
def file_metrics(files: tuple[str, ...], fallback: tuple[str, ...] = ()) -> FontMetrics:
    return FontMetrics(files, fallback)


def style_metrics(style: Style, bold: bool | None = None, italic: bool | None = None) -> FontMetrics:
    """The metrics a style's text is measured with: its font files when it has them, else a shipped font."""
    bold = style.bold if bold is None else bold
    italic = style.italic if italic is None else italic
    if style.faces is not None:
        return file_metrics(style.faces.files(bold, italic), style.faces.fallback)
    return metrics(style.metrics, bold, italic)


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
    broken: bool = False    # a word is wider than its line and had to be broken
    most_lines: int = 0     # the most lines any one paragraph takes


def breaks_word(text: str, width: float, size: float, font: FontMetrics) -> bool:
    """Whether some word of ``text`` is wider than ``width`` points at ``size``."""
    return any(font.width(word, size) > width for word in text.split())


def measure(paras: list[tuple[str, bool]], width_in: float, size: float, font: FontMetrics,
            space_after: float = 0.0, spacing: float = 1.0) -> Measure:
    """Height of paragraphs ``(text, is_bullet)`` set in a box ``width_in`` inches wide."""
    usable = (width_in - 2 * INSET_X) * 72 * WIDTH_SAFETY
    lines = most = 0
    height = 0.0
    broken = False
    line_h = size * font.line_factor * spacing
    for i, (text, bullet) in enumerate(paras):
        w = usable - (BULLET_INDENT * 72 if bullet else 0)
        n = len(wrap(text, w, size, font))
        broken = broken or breaks_word(text, w, size, font)
        lines += n
        most = max(most, n)
        height += n * line_h + (space_after if i < len(paras) - 1 else 0)
    return Measure(height, lines, broken, most)


def fits(paras, width_in: float, height_in: float, size: float, font: FontMetrics,
         space_after: float = 0.0, spacing: float = 1.0, whole_words: bool = False,
         max_lines: int | None = None) -> bool:
    """Whether the paragraphs fit the box at ``size``.

    ``whole_words``: no word may be wider than its line (renderers would break it
    mid-word); ``max_lines``: no paragraph may take more lines than this.
    """
    m = measure(paras, width_in, size, font, space_after, spacing)
    return (m.height <= (height_in - 2 * INSET_Y) * 72 and not (whole_words and m.broken)
            and (max_lines is None or m.most_lines <= max_lines))


def sizes(top: float, bottom: float):
    """Sizes tried from ``top`` down to ``bottom``: whole points above 24 pt, half points below."""
    size = top
    while size >= bottom - 1e-9:
        yield size
        size -= 1.0 if size > 24 else 0.5


def best_size(paras, width_in: float, height_in: float, top: float, bottom: float, font: FontMetrics,
              space_ratio: float = 0.0, spacing: float = 1.0, whole_words: bool = False,
              max_lines: int | None = None) -> float | None:
    """Largest size from ``top`` down to ``bottom`` (half-point steps) at which the text fits; else None.

    ``space_ratio`` is paragraph spacing as a share of the size.
    """
    for size in sizes(top, bottom):
        if fits(paras, width_in, height_in, size, font, size * space_ratio, spacing, whole_words, max_lines):
            return size
    return None
