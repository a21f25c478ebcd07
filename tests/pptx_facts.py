"""Read back what a user sees in an exported .pptx (shared by the export tests)."""
from __future__ import annotations

import re

from pptx import Presentation
from pptx.util import Emu

from briefdeck.writers import fit

MARKER = re.compile(r"\[(\d+)\]")


def shapes_text(slide, skip=("Footnote", "Page")) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.name in skip:
            continue
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            parts.extend(c.text_frame.text for row in shape.table.rows for c in row.cells)
    return "\n".join(parts)


def footnote(slide) -> str:
    return next((s.text_frame.text for s in slide.shapes if s.name == "Footnote"), "")


def title(slide) -> str:
    shape = slide.shapes.title
    return shape.text_frame.text if shape is not None else ""


def markers(slide) -> set[int]:
    """Citation numbers in the slide's body text (superscript [n] runs)."""
    found = set()
    for shape in slide.shapes:
        frames = [shape.text_frame] if shape.has_text_frame and shape.name not in ("Footnote", "Page") else []
        if getattr(shape, "has_table", False) and shape.has_table:
            frames += [c.text_frame for row in shape.table.rows for c in row.cells]
        for tf in frames:
            for p in tf.paragraphs:
                for r in p.runs:
                    if r.font._rPr is not None and r.font._rPr.get("baseline") == "30000":
                        found.update(int(n) for n in MARKER.findall(r.text))
    return found


def overflowing(slide) -> list[str]:
    """Text frames whose text, measured with the shipped fonts, is taller than the frame."""
    out = []
    for shape in slide.shapes:
        if not shape.has_text_frame or not shape.text_frame.text.strip():
            continue
        tf = shape.text_frame
        runs = [r for p in tf.paragraphs for r in p.runs]
        size = runs[0].font.size.pt
        bold = bool(runs[0].font.bold)
        font_name = runs[0].font.name
        stem = {"Calibri": "Carlito", "Arial": "LiberationSans", "Times New Roman": "LiberationSerif"}[font_name]
        metrics = fit.metrics(stem, bold, bool(runs[0].font.italic))
        paras = [(p.text if hasattr(p, "text") else "", p._p.pPr is not None and p._p.pPr.get("marL") is not None)
                 for p in tf.paragraphs]
        space = tf.paragraphs[0].space_after.pt if tf.paragraphs[0].space_after is not None else 0
        spacing = tf.paragraphs[0].line_spacing or 1.0
        w_in, h_in = Emu(shape.width).inches, Emu(shape.height).inches
        if not fit.fits(paras, w_in, h_in + 0.01, size, metrics, space, spacing):
            out.append(f"{shape.name}: {tf.text[:60]!r} at {size}pt in {w_in:.2f}x{h_in:.2f} in")
    return out


def open_deck(path):
    return Presentation(str(path))
