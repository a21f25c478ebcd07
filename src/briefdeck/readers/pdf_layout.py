"""One PDF page laid out as prose: every text run on it, wherever the producer drew it.

Layout programs and report generators often put text inside form XObjects (one per text frame,
nested in layer groups), which pdfminer lays out as separate figures, apart from the page's own
text. Here every glyph of the page, in or out of forms, is laid out together by pdfminer's own
analysis, so a page reads in one order across its frames and columns. Then what is clearly not
prose is left out: boxes without a word in them (axis ticks, bar values, isolated numbers) and
short labels inside a chart (a cluster of drawn shapes with filled bars or plotted lines). What
the page held is counted, so the reader can say when it kept much less than that.
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from typing import NamedTuple

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (LAParams, LTChar, LTCurve, LTFigure, LTImage, LTLayoutContainer,
                             LTLine, LTRect, LTTextBox, LTTextLine)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from briefdeck.readers.text import normalise

Rect = tuple[float, float, float, float]
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]{2}")          # two letters in a row: a word ("is:"), not a tick, a bullet or "x y"
LABEL_WORDS = 6
"""A box of at most this many words, on one or two lines, inside a chart is a label, not prose."""
CELL = 8.0
"""Grid size (points) used to find clusters of drawn shapes."""
REACH = 10.0
"""Shapes closer than about twice this (points) belong to the same cluster (a legend to its chart)."""
MARGIN = 24.0
"""A chart's labels sit up to this far (points) outside its shapes: tick numbers, titles, legends."""


class Line(NamedTuple):
    """A text line as kept after layout. pdfminer's objects, a few hundred bytes per character, are
    dropped page by page so a long report does not fill memory."""

    top: float
    text: str
    size: float


@dataclass
class Box:
    lines: list[Line]
    bbox: Rect

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)


@dataclass
class Page:
    """The prose boxes of a page in reading order, and what the page held."""

    boxes: list[Box] = field(default_factory=list)
    glyphs: int = 0          # visible characters drawn as text (a ligature counts as its letters)
    unmapped: int = 0        # glyphs without a Unicode meaning (fonts without a map): unreadable
    body_size: float = 0.0   # the median type size of its characters: the body text
    picture: float = 0.0     # share of the page covered by pictures
    shapes: int = 0          # drawn paths: a page of outlined text has thousands


def pages(document) -> list[Page]:
    """Every page of a pdfminer PDFDocument, laid out."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)   # no analysis yet: forms are flattened first
    interpreter = PDFPageInterpreter(manager, device)
    out = []
    for pdf_page in PDFPage.create_pages(document):
        interpreter.process_page(pdf_page)
        out.append(_page(device.get_result()))
    return out


def _walk(container, chars: list[LTChar], shapes: list[LTCurve], pictures: list[Rect]) -> None:
    """Glyphs, shapes and pictures of a page in drawing order, inside forms (at any depth) too."""
    for obj in container:
        if isinstance(obj, LTChar):
            chars.append(obj)
        elif isinstance(obj, LTFigure):
            _walk(obj, chars, shapes, pictures)
        elif isinstance(obj, LTImage):
            pictures.append(obj.bbox)
        elif isinstance(obj, LTCurve):
            shapes.append(obj)


def _page(layout: LTLayoutContainer) -> Page:
    chars: list[LTChar] = []
    shapes: list[LTCurve] = []
    pictures: list[Rect] = []
    _walk(layout, chars, shapes, pictures)
    page = Page(shapes=len(shapes), picture=_covered(pictures, layout.bbox))
    visible = [c for c in chars if c.get_text().strip()]
    page.unmapped = sum(1 for c in visible if _UNMAPPED.fullmatch(c.get_text()))
    page.glyphs = page.unmapped + sum(len(c.get_text().strip()) for c in visible
                                      if not _UNMAPPED.fullmatch(c.get_text()))
    if not visible:
        return page
    page.body_size = statistics.median_low(round(c.size, 1) for c in visible)
    flat = LTLayoutContainer(layout.bbox)
    for char in chars:
        flat.add(char)
    flat.analyze(LAParams(boxes_flow=None))
    boxes = [box for obj in flat if isinstance(obj, LTTextBox) and (box := _box(obj)) is not None]
    charts = _charts(shapes, boxes, layout.bbox)
    page.boxes = reading_order([box for box in boxes if _is_prose(box, charts, page.body_size)])
    return page


def reading_order(boxes: list[Box], depth: int = 0) -> list[Box]:
    """Boxes in the order a person reads them: columns left to right, each top to bottom.

    A recursive XY cut: where a vertical strip of white space runs the whole height of the boxes,
    they are columns, read left to right; else where horizontal strips run across, they are bands,
    read top to bottom. Bands that stand in the same columns (paragraphs that happen to line up, a
    column longer than its neighbour) are one section and stay together; a heading or a caption
    across the columns starts a new one."""
    if len(boxes) <= 1 or depth > MAX_DEPTH:
        return sorted(boxes, key=lambda b: (-b.bbox[3], b.bbox[0]))
    columns = _split(boxes, 0)
    if len(columns) > 1:
        return [box for group in columns for box in reading_order(group, depth + 1)]
    bands = _split(boxes, 1)
    sections: list[list[Box]] = []
    for band in bands:
        if sections and len(bands) <= MAX_BANDS and len(_split(sections[-1] + band, 0)) > 1:
            sections[-1] = sections[-1] + band
        else:
            sections.append(band)
    groups = sections if len(sections) > 1 else bands
    if len(groups) > 1:
        return [box for group in groups for box in reading_order(group, depth + 1)]
    return sorted(boxes, key=lambda b: (-b.bbox[3], b.bbox[0]))


MAX_DEPTH = 40
"""Deeper than this, a page's boxes are read top to bottom: no real layout nests further."""
MAX_BANDS = 300
"""A page with more bands than this (a long table) is read band by band."""
GUTTER = 4.0
"""White space narrower than this (points) between boxes does not separate columns."""


def _split(boxes: list[Box], axis: int) -> list[list[Box]]:
    """Groups of boxes separated by white space along x (axis 0: columns) or y (axis 1: bands, top first)."""
    lo, hi = (0, 2) if axis == 0 else (1, 3)
    order = sorted(boxes, key=lambda b: b.bbox[lo]) if axis == 0 else sorted(boxes, key=lambda b: -b.bbox[hi])
    groups: list[list[Box]] = []
    edge = None
    for box in order:
        if axis == 0:
            start, end = box.bbox[lo], box.bbox[hi]
            opens = edge is None or start > edge + GUTTER
            edge = end if opens else max(edge, end)
        else:
            start, end = box.bbox[hi], box.bbox[lo]          # from the top down
            opens = edge is None or start < edge - 0.5
            edge = end if opens else min(edge, end)
        if opens:
            groups.append([])
        groups[-1].append(box)
    return groups


def _box(box: LTTextBox) -> Box | None:
    lines = []
    for line in box:
        if not isinstance(line, LTTextLine):
            continue
        text = " ".join(_UNMAPPED.sub("", normalise(line.get_text())).replace("\t", " ").split())
        sizes = [c.size for c in line if isinstance(c, LTChar)]
        if text and sizes:
            lines.append(Line(line.y1, text, round(statistics.median_high(sizes), 1)))
    return Box(lines, box.bbox) if lines else None


def _is_prose(box: Box, charts: list[Rect], body: float) -> bool:
    """False for what is clearly not prose: no word in it, or a short label inside a chart."""
    text = box.text
    if not _WORD.search(text):
        return False
    label = len(box.lines) <= 2 and len(text.split()) <= LABEL_WORDS and box.size < body * 1.5
    return not (label and any(_overlaps(box.bbox, area) for area in charts))


def _charts(shapes: list[LTCurve], boxes: list[Box], page: Rect) -> list[Rect]:
    """Areas (with a margin for their labels) where drawn shapes cluster into a chart.

    Shapes are grouped by the grid cells they touch. A group is a chart when it has three shapes or
    more, two of them filled (bars, slices) or one a plotted line, and holds no paragraph of prose
    (a framed sidebar is not a chart). Shapes covering much of the page are backgrounds.
    """
    width, height = page[2] - page[0], page[3] - page[1]
    if not shapes or width <= 0 or height <= 0:
        return []
    cols, rows = int(width // CELL) + 1, int(height // CELL) + 1
    owner: dict[tuple[int, int], int] = {}
    parent = list(range(len(shapes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    kept = []
    for i, shape in enumerate(shapes):
        x0, y0, x1, y1 = shape.bbox
        if not all(map(math.isfinite, shape.bbox)) or (x1 - x0) * (y1 - y0) > 0.4 * width * height:
            continue
        kept.append(i)
        c0, c1 = max(0, int((x0 - page[0] - REACH) // CELL)), min(cols - 1, int((x1 - page[0] + REACH) // CELL))
        r0, r1 = max(0, int((y0 - page[1] - REACH) // CELL)), min(rows - 1, int((y1 - page[1] + REACH) // CELL))
        if (c1 - c0 + 1) * (r1 - r0 + 1) > 4000:
            continue
        for c in range(c0, c1 + 1):
            for r in range(r0, r1 + 1):
                j = owner.setdefault((c, r), i)
                if j != i:
                    parent[find(i)] = find(j)
    groups: dict[int, list[LTCurve]] = {}
    for i in kept:
        groups.setdefault(find(i), []).append(shapes[i])
    areas = []
    for group in groups.values():
        filled = sum(1 for s in group if s.fill)
        plotted = any(not isinstance(s, (LTLine, LTRect)) and len(s.pts) > 3 for s in group)
        if len(group) < 3 or (filled < 2 and not plotted):
            continue
        area = _union(s.bbox for s in group)
        area = (area[0] - MARGIN, area[1] - MARGIN, area[2] + MARGIN, area[3] + MARGIN)
        if any(len(box.text.split()) > 2 * LABEL_WORDS and _overlaps(box.bbox, area) for box in boxes):
            continue
        areas.append(area)
    return areas


def _union(rects) -> Rect:
    rects = list(rects)
    return (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))


def _overlaps(a: Rect, b: Rect) -> bool:
    """More than half of ``a`` lies inside ``b``."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = (a[2] - a[0]) * (a[3] - a[1])
    return w > 0 and h > 0 and area > 0 and w * h > 0.5 * area


def _covered(pictures: list[Rect], page: Rect) -> float:
    """Share of the page under the largest picture (a scanned page is one picture)."""
    size = (page[2] - page[0]) * (page[3] - page[1])
    if not pictures or size <= 0:
        return 0.0
    best = max(max(0.0, min(r[2], page[2]) - max(r[0], page[0])) * max(0.0, min(r[3], page[3]) - max(r[1], page[1]))
               for r in pictures)
    return min(1.0, best / size)
