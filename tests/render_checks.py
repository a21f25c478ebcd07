"""Measure what a user sees in an exported deck rendered by LibreOffice.

``convert`` turns several .pptx files into PDFs with one soffice call. ``check_deck``
then reads the PDF's words with their boxes (``pdftotext -bbox``) and the .pptx as
written, and reports, per slide: words drawn outside every box that holds them, numbers
not drawn as one word on one line, and the contrast of every text colour briefdeck
wrote against the background it sits on (the layout's background and shapes, resolved
from the template as PowerPoint inherits them, and the slide's own filled shapes), plus
the contrast measured on the rendered pixels around the words.
"""
from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu

from briefdeck.templates import contrast
from briefdeck.templates.model import Area, Box
from briefdeck.writers.pptx_template import layout_surfaces

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
TOLERANCE = 3.0       # points a word may stick out of its box (glyph overhang, rounding)


def convert(pptx_files: list[Path], out: Path, profile: Path) -> None:
    """All the decks to PDF in one LibreOffice run."""
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                           "pdf", "--outdir", str(out), *map(str, pptx_files)],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def pdf_words(pdf: Path) -> tuple[list[tuple[float, float]], list[list[Word]]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    sizes, pages = [], []
    for w, h, body in PAGE.findall(out):
        sizes.append((float(w), float(h)))
        pages.append([Word(float(a), float(b), float(c), float(d), html.unescape(t))
                      for a, b, c, d, t in WORD.findall(body)])
    return sizes, pages


def _alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


@dataclass
class TextShape:
    box: Box
    text: str
    colours: list[str]
    fills: list[str] = field(default_factory=list)    # a table cell's own fill
    chart: bool = False


def _runs_colours(tf) -> list[str]:
    found = []
    for r in tf._txBody.iter(f"{A}r"):
        if not (r.findtext(f"{A}t") or "").strip():
            continue
        clr = r.find(f"{A}rPr/{A}solidFill/{A}srgbClr")
        found.append(clr.get("val") if clr is not None else "?")
    return found


def _box(shape) -> Box:
    return Box(Emu(shape.left).inches, Emu(shape.top).inches, Emu(shape.width).inches, Emu(shape.height).inches)


def slide_shapes(slide) -> tuple[list[TextShape], list[Area]]:
    """The slide's texts (text frames, table cells, charts) and its filled rectangles, in drawing order."""
    texts, rects = [], []
    for shape in slide.shapes:
        if getattr(shape, "has_chart", False) and shape.has_chart:
            texts.append(TextShape(_box(shape), "", [], chart=True))
        elif getattr(shape, "has_table", False) and shape.has_table:
            box = _box(shape)
            y = box.y
            for row in shape.table.rows:
                x = box.x
                for col, cell in zip(shape.table.columns, row.cells):
                    w, h = Emu(col.width).inches, Emu(row.height).inches
                    fill = cell._tc.find(f"{A}tcPr/{A}solidFill/{A}srgbClr") if cell._tc.tcPr is not None else None
                    texts.append(TextShape(Box(x, y, w, h), cell.text_frame.text, _runs_colours(cell.text_frame),
                                           [fill.get("val")] if fill is not None else []))
                    x += w
                y += Emu(row.height).inches
        elif shape.has_text_frame and shape.text_frame.text.strip():
            texts.append(TextShape(_box(shape), shape.text_frame.text, _runs_colours(shape.text_frame)))
        else:
            clr = shape.element.find(f".//{A}solidFill/{A}srgbClr")
            if clr is not None and shape.element.find(f".//{A}prstGeom") is not None:
                rects.append(Area(_box(shape), (clr.get("val"),)))
    return texts, rects


@dataclass
class SlideReport:
    number: int
    outside: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    contrast: float = 21.0
    lowest: str = ""
    measured: float = 21.0


@dataclass
class DeckReport:
    name: str
    slides: list[SlideReport]
    pages: int
    slide_count: int

    def summary(self) -> str:
        outside = sum(len(s.outside) for s in self.slides)
        split = sum(len(s.split) for s in self.slides)
        low = min(self.slides, key=lambda s: s.contrast)
        seen = min(s.measured for s in self.slides)
        return (f"{self.name}: {self.slide_count} slides, {self.pages} pages, {outside} words outside their box, "
                f"{split} numbers split, minimum contrast {low.contrast:.2f}:1 (slide {low.number}, "
                f"{low.lowest}), measured on the render {seen:.2f}:1")


def _inside(word: Word, box: Box, scale: float) -> bool:
    x0, y0, x1, y1 = (v * scale for v in (box.x, box.y, box.x + box.w, box.y + box.h))
    # a word's box spans its font's whole ascent and descent: judge its line by the middle of it
    core = (word.y1 - word.y0) * 0.2
    return (word.x0 >= x0 - TOLERANCE and word.x1 <= x1 + TOLERANCE
            and word.y0 + core >= y0 - TOLERANCE and word.y1 - core <= y1 + TOLERANCE)


def check_deck(name: str, pptx_file: Path, pdf: Path, template: Path | None, png_dir: Path | None = None) -> DeckReport:
    prs = Presentation(str(pptx_file))
    sizes, pages = pdf_words(pdf)
    surfaces = layout_surfaces(template) if template else {}
    images = _renders(pdf, png_dir) if png_dir else {}
    masks: dict[int, object] = {}
    reports = []
    for n, (slide, words, (pw, _)) in enumerate(zip(prs.slides, pages, sizes), start=1):
        scale = pw / Emu(prs.slide_width).inches       # points per inch in the PDF
        texts, rects = slide_shapes(slide)
        rep = SlideReport(n)
        for word in words:
            key = _alnum(word.text)
            homes = [t for t in texts if t.chart or (key and key in _alnum(t.text))]
            if key and homes and not any(_inside(word, t.box, scale) for t in homes):
                rep.outside.append(word.text)
        drawn = " ".join(w.text for w in words)
        for t in texts:
            for number in NUMBER.findall(t.text):
                if not any(number in w.text for w in words):
                    rep.split.append(f"{number} (page has: {drawn[:80]})")
        surf = surfaces.get(slide.slide_layout.name)
        for t in texts:
            if t.chart:
                continue
            backgrounds = t.fills or (contrast.under(surf, t.box, tuple(rects)) if surf else ["FFFFFF"])
            for colour in t.colours:
                got = contrast.worst(colour, backgrounds)
                if got < rep.contrast:
                    rep.contrast, rep.lowest = got, f"{t.text[:30]!r} {colour} on {','.join(backgrounds[:3])}"
            if n in images and t.colours and not t.fills:
                rep.measured = min(rep.measured, _measured(images[n], t, words, scale, masks))
        reports.append(rep)
    return DeckReport(name, reports, len(pages), len(prs.slides))


def _renders(pdf: Path, out: Path) -> dict[int, object]:
    """The PDF's pages as pictures at 72 dpi (one pixel a point)."""
    from PIL import Image
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdf), str(out / pdf.stem)], check=True)
    return {int(png.stem.rsplit("-", 1)[1]): Image.open(png).convert("RGB") for png in out.glob(f"{pdf.stem}-*.png")}


RING = 4          # points around a word sampled as its background


def _measured(image, t: TextShape, words: list[Word], scale: float, masks: dict) -> float:
    """The contrast of the text's colours with the background pixels just around its words in the render
    (the 5th percentile, so a stray pixel of a neighbouring shape does not count)."""
    from collections import Counter
    from PIL import ImageDraw
    key = _alnum(t.text)
    own = [w for w in words if _alnum(w.text) and _alnum(w.text) in key and _inside(w, t.box, scale)]
    if not own:
        return 21.0
    mask = masks.get(id(image))
    if mask is None:        # every word's box, drawn once per page
        from PIL import Image
        mask = Image.new("1", image.size, 0)
        draw = ImageDraw.Draw(mask)
        for w in words:
            draw.rectangle((w.x0 - 1, w.y0 - 1, w.x1 + 1, w.y1 + 1), fill=1)
        masks[id(image)] = mask
    worst = 21.0
    for w in own:
        box = (max(0, int(w.x0 - RING)), max(0, int(w.y0 - RING)),
               min(image.width, int(w.x1 + RING) + 1), min(image.height, int(w.y1 + RING) + 1))
        raw, hidden = image.crop(box).tobytes(), mask.crop(box).convert("L").tobytes()
        pixels = [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]
        counts = Counter("%02X%02X%02X" % p for p, m in zip(pixels, hidden) if not m)
        total = sum(counts.values())
        if total < 8:
            continue
        seen = 0
        for ratio, n in sorted((min(contrast.ratio(c, colour) for c in t.colours), n) for colour, n in counts.items()):
            seen += n
            if seen > total / 20:
                worst = min(worst, ratio)
                break
    return worst
