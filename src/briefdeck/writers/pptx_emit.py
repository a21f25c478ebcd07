"""Draw a RenderPlan with python-pptx. The only module (with pptx_chart) that writes pptx parts.

Every decision was made by the plan; this module places what it is told.
"""
from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from briefdeck.atomic import atomic_path
from briefdeck.writers import fit
from briefdeck.writers.pptx_chart import add_chart
from briefdeck.writers.render_plan import (ChartBlock, Para, RectBlock, RenderPlan, Run, SlidePlan, TableBlock,
                                           TextBlock)

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
CONTENT_LAYOUT = "Title Only"
TITLE_LAYOUT = "Title Slide"


def _box(shape_adder, box, *args):
    return shape_adder(*args, Inches(box.x), Inches(box.y), Inches(box.w), Inches(box.h))


def fill_text(tf, block: TextBlock) -> None:
    """Set a text frame to the block's paragraphs, size and style, with no autofit."""
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.margin_left = tf.margin_right = Inches(fit.INSET_X)
    tf.margin_top = tf.margin_bottom = Inches(fit.INSET_Y)
    tf.vertical_anchor = ANCHOR[block.anchor]
    style = block.style
    for i, para in enumerate(block.paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = ALIGN[block.align]
        p.line_spacing = block.spacing
        p.space_before = Pt(0)
        p.space_after = Pt(block.space_after) if i < len(block.paras) - 1 else Pt(0)
        if para.bullet:
            _bullet(p, block)
        for run in para.runs:
            r = p.add_run()
            r.text = run.text
            f = r.font
            f.name = style.font
            f.size = Pt(block.size)
            f.bold = style.bold if run.bold is None else run.bold
            f.italic = style.italic if run.italic is None else run.italic
            f.color.rgb = RGBColor.from_string(run.color or block.color)
            if run.superscript:
                r.font._rPr.set("baseline", "30000")


def _bullet(p, block: TextBlock) -> None:
    indent = int(Inches(fit.BULLET_INDENT))
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", str(indent))
    ppr.set("indent", str(-indent))
    clr = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(clr, qn("a:srgbClr")).set("val", block.color)
    etree.SubElement(ppr, qn("a:buFont")).set("typeface", "Arial")
    etree.SubElement(ppr, qn("a:buChar")).set("char", "\u2022")


def _alt(shape, text: str) -> None:
    shape._element.xpath("./*[1]/p:cNvPr")[0].set("descr", text)


class Emitter:
    """Builds the presentation slide by slide."""

    def __init__(self, plan: RenderPlan):
        self.plan = plan
        t = plan.template
        if t.pptx:
            from briefdeck.writers.pptx_template import open_template
            self.prs = open_template(t.pptx)
        else:
            self.prs = Presentation()
            self.prs.slide_width = Inches(t.width)
            self.prs.slide_height = Inches(t.height)
        self.layouts = {layout.name: layout for layout in self.prs.slide_layouts}
        props = self.prs.core_properties
        props.title = plan.title
        props.author = plan.author or "briefdeck"
        props.subject = "Briefing deck"
        props.keywords = props.comments = props.category = ""
        props.last_modified_by = "briefdeck"
        props.revision = 1

    def layout_for(self, slide_plan: SlidePlan):
        t = self.plan.template
        wanted = t.pptx_layouts.get(slide_plan.layout) or (TITLE_LAYOUT if slide_plan.layout == "title"
                                                           else CONTENT_LAYOUT)
        return self.layouts.get(wanted) or self.layouts.get(CONTENT_LAYOUT) or self.prs.slide_layouts[-1]

    def slide(self, sp: SlidePlan) -> None:
        slide = self.prs.slides.add_slide(self.layout_for(sp))
        if not self.plan.template.pptx:  # a user's template draws its own backgrounds
            bg = slide.background.fill
            bg.solid()
            bg.fore_color.rgb = RGBColor.from_string(sp.background)
        title_ph = next((ph for ph in slide.placeholders if ph.placeholder_format.type in TITLE_TYPES), None)
        used = set()
        for block in sp.blocks:
            if isinstance(block, RectBlock):
                shape = _box(slide.shapes.add_shape, block.box, MSO_SHAPE.RECTANGLE)
                shape.fill.solid()
                shape.fill.fore_color.rgb = RGBColor.from_string(block.color)
                shape.line.fill.background()
                shape.shadow.inherit = False
                _alt(shape, "decoration")
                shape._element.xpath("./*[1]/p:cNvPr")[0].set("name", "Decoration")
            elif isinstance(block, TextBlock):
                if block.name == "title" and title_ph is not None and title_ph.shape_id not in used:
                    shape = title_ph
                    used.add(title_ph.shape_id)
                    shape.left, shape.top = Inches(block.box.x), Inches(block.box.y)
                    shape.width, shape.height = Inches(block.box.w), Inches(block.box.h)
                    shape.text_frame.clear()
                else:
                    shape = _box(slide.shapes.add_textbox, block.box)
                    shape.name = block.name.replace("_", " ").capitalize()
                fill_text(shape.text_frame, block)
            elif isinstance(block, ChartBlock):
                add_chart(slide, block)
            elif isinstance(block, TableBlock):
                self.table(slide, block)
        for ph in list(slide.placeholders):
            if ph.shape_id not in used:
                ph._element.getparent().remove(ph._element)
        if sp.notes:
            slide.notes_slide.notes_text_frame.text = sp.notes

    def table(self, slide, block: TableBlock) -> None:
        rows, cols = len(block.rows) + 1, len(block.columns)
        frame = _box(slide.shapes.add_table, block.box, rows, cols)
        _alt(frame, f"Table: {', '.join(block.columns)}")
        table = frame.table
        for i, w in enumerate(block.widths):
            table.columns[i].width = Inches(w)
        for i, h in enumerate(block.row_heights):
            table.rows[i].height = Inches(h)
        for r in range(rows):
            for c in range(cols):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = Inches(0.1)
                cell.margin_top = cell.margin_bottom = Inches(0.05)
                cell.fill.solid()
                header = r == 0
                cell.fill.fore_color.rgb = RGBColor.from_string(
                    block.header_fill if header else block.band_fill if r % 2 == 0 else block.fill)
                runs = [Run(block.columns[c], bold=True)] if header else block.rows[r - 1][c]
                tb = TextBlock("cell", block.box, [Para(runs)], block.style, block.size,
                               block.header_color if header else block.text_color)
                tf = cell.text_frame
                fill_text(tf, tb)
                tf.margin_left = tf.margin_right = Inches(0.1)

    def save(self, out: str | Path) -> None:
        with atomic_path(out) as tmp:
            self.prs.save(str(tmp))

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.prs.save(buf)
        return buf.getvalue()


def emit(plan: RenderPlan, out: str | Path, progress=None) -> None:
    """Write the plan to ``out`` atomically; ``progress(done, total)`` is called per slide."""
    emitter = Emitter(plan)
    total = len(plan.slides)
    for n, sp in enumerate(plan.slides, start=1):
        emitter.slide(sp)
        if progress:
            progress(n, total)
    emitter.save(out)

