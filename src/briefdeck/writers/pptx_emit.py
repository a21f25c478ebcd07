"""Draw a RenderPlan as a .pptx. The only module (with pptx_chart) that writes pptx parts.

Every decision was made by the plan; this module places what it is told. Slides and
notes are written as XML text (pptx_xml) and wrapped in python-pptx's part classes;
part names are counted, not searched for, so a deck costs the same per slide at any
length. Tables still go through python-pptx's shape API.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.parts.chart import ChartPart
from pptx.parts.image import Image, ImagePart
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from briefdeck.atomic import atomic_path
from briefdeck.writers import fit, pptx_package, pptx_xml
from briefdeck.writers.chart_image import render_png
from briefdeck.writers.pptx_chart import NATIVE, chart_data, style_chart
from briefdeck.writers.render_plan import (ChartBlock, Para, RectBlock, RenderPlan, Run, SlidePlan, TableBlock,
                                           TextBlock)

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
CONTENT_LAYOUT = "Title Only"
PH_NAMES = {"title": "Title 1", "ctrTitle": "Title 1", "subTitle": "Subtitle", "body": "Text", "obj": "Content"}
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


class PartNames:
    """Next free part names, counted as parts are added instead of rescanning the package each time.

    python-pptx's ``next_partname`` walks every part of the package to name one new
    part, which makes a deck of n slides cost n^2. This keeps one counter per name
    pattern, started from one scan of the package, and is installed on this one
    package object only.
    """

    def __init__(self, package):
        self.used: dict[str, int] = {}
        for part in package.iter_parts():
            name = str(part.partname)
            m = re.match(r"(.*?)(\d+)(\.\w+)$", name)
            if m:
                self.used[m.group(1)] = max(self.used.get(m.group(1), 0), int(m.group(2)))
        package.next_partname = self.next
        package.next_image_partname = lambda ext: self.next("/ppt/media/image%d." + ext)

    def next(self, tmpl: str) -> PackURI:
        prefix = tmpl[: (tmpl % 42).find("42")]
        n = self.used.get(prefix, 0) + 1
        self.used[prefix] = n
        return PackURI(tmpl % n)


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
        props.title = plan.title[:255]   # python-pptx refuses a core property over 255 characters
        props.author = (plan.author or "briefdeck")[:255]
        props.subject = "Briefing deck"
        props.keywords = props.comments = props.category = ""
        props.last_modified_by = "briefdeck"
        props.revision = 1
        self.package = self.prs.part.package
        self.names = PartNames(self.package)
        self.slide_ids = self.prs.part._element.get_or_add_sldIdLst()
        self.next_slide_id = max([255] + [int(i) for i in self.slide_ids.xpath("./p:sldId/@id")]) + 1
        self.images: dict[str, object] = {}
        self.found: dict[tuple[str, str], tuple[str, str] | None] = {}
        self._notes_master = None

    def layout_for(self, slide_plan: SlidePlan):
        t = self.plan.template
        wanted = t.pptx_layouts.get(slide_plan.layout) or (TITLE_LAYOUT if slide_plan.layout == "title"
                                                           else CONTENT_LAYOUT)
        return self.layouts.get(wanted) or self.layouts.get(CONTENT_LAYOUT) or self.prs.slide_layouts[-1]

    def placeholder(self, layout, wanted: str) -> tuple[str, str] | None:
        """The layout's placeholder of type ``wanted`` ("title" also finds a centred title; the biggest when
        there are several) as ``(p:ph element, shape name)``, found once per layout and type."""
        key = (layout.name, wanted)
        if key not in self.found:
            best, area = None, -1
            for ph in layout.placeholders:
                element = ph._element.ph
                kind = element.get("type", "obj")
                if kind == wanted or (wanted == "title" and kind in ("title", "ctrTitle")):
                    size = (ph.width or 0) * (ph.height or 0)
                    if size > area:
                        attrs = "".join(f' {k}="{v}"' for k, v in element.attrib.items())
                        best, area = (f"<p:ph{attrs}/>", PH_NAMES.get(kind, "Placeholder")), size
            self.found[key] = best
        return self.found[key]

    def slide(self, sp: SlidePlan) -> None:
        layout = self.layout_for(sp)
        partname = self.names.next("/ppt/slides/slide%d.xml")
        part = SlidePart(partname, CT.PML_SLIDE, self.package, parse_xml(pptx_xml.slide([], None)))
        part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        shapes: list[str] = []
        placeholders: list[str] = []       # the layout's placeholders come first, as PowerPoint puts them
        used: set[str] = set()
        tables: list[tuple[int, TableBlock]] = []
        shape_id = 2
        for block in sp.blocks:
            if isinstance(block, RectBlock):
                if not block.backdrop:            # the template's master or layout draws its own artwork
                    shapes.append(pptx_xml.rect(shape_id, block))
            elif isinstance(block, TextBlock):
                wanted = "title" if block.name == "title" else block.placeholder
                ph = self.placeholder(layout, wanted) if wanted and wanted not in used else None
                if ph is not None:
                    used.add(wanted)
                    placeholders.append(pptx_xml.placeholder(shape_id, ph[1], ph[0], block))
                else:
                    shapes.append(pptx_xml.textbox(shape_id, block.name.replace("_", " ").capitalize(), block))
            elif isinstance(block, ChartBlock):
                shapes.append(self.chart(part, shape_id, block))
            elif isinstance(block, TableBlock):
                tables.append((len(shapes), block))
            shape_id += 1
        background = None if self.plan.template.pptx else sp.background
        part._element = parse_xml(pptx_xml.slide(placeholders + shapes, background))
        if tables:
            slide = part.slide
            tree = slide.shapes._spTree
            for position, block in reversed(tables):
                frame = self.table(slide, block)
                frame.name = "Table"
                tree.remove(frame._element)
                tree.insert(2 + position + len(placeholders), frame._element)
        rid = self.relate_new(self.prs.part, part, RT.SLIDE)
        self.slide_ids._add_sldId(id=self.next_slide_id, rId=rid)
        self.next_slide_id += 1
        if sp.notes:
            self.notes(part, sp.notes)

    @staticmethod
    def relate_new(source, target, reltype: str) -> str:
        """Relate ``source`` to a part it cannot be related to yet.

        ``relate_to`` first looks for an existing relationship by scanning all of the
        source's relationships; the presentation part has one per slide, so that scan
        made each new slide cost more than the last.
        """
        add = getattr(source.rels, "_add_relationship", None)
        return add(reltype, target) if add else source.relate_to(target, reltype)

    def chart(self, part, shape_id: int, block: ChartBlock) -> str:
        """A native chart part, or a picture of the chart (each distinct picture stored once)."""
        if block.spec.engine == "image" or block.spec.type not in NATIVE:
            png = render_png(block.spec, block.colors, block.font, block.text_color, block.grid_color,
                             block.box.w, block.box.h)
            image = Image.from_blob(png)
            image_part = self.images.get(image.sha1)
            if image_part is None:
                image_part = self.images[image.sha1] = ImagePart.new(self.package, image)
            return pptx_xml.picture(shape_id, part.relate_to(image_part, RT.IMAGE), block.box, block.alt)
        chart_part = ChartPart.new(NATIVE[block.spec.type], chart_data(block), self.package)
        style_chart(chart_part.chart, block)
        return pptx_xml.chart_frame(shape_id, part.relate_to(chart_part, RT.CHART), block.box, block.alt)

    def notes(self, part, body: str) -> None:
        if self._notes_master is None:
            self._notes_master = self.prs.part.notes_master_part
        partname = self.names.next("/ppt/notesSlides/notesSlide%d.xml")
        notes = NotesSlidePart(partname, CT.PML_NOTES_SLIDE, self.package, parse_xml(pptx_xml.notes(body)))
        notes.relate_to(self._notes_master, RT.NOTES_MASTER)
        notes.relate_to(part, RT.SLIDE)
        part.relate_to(notes, RT.NOTES_SLIDE)

    def table(self, slide, block: TableBlock):
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
        return frame

    def save(self, out: str | Path) -> None:
        with atomic_path(out) as tmp:
            pptx_package.write(self.prs, tmp)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        pptx_package.write(self.prs, buf)
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

