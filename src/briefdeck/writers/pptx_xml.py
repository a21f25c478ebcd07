"""Slide and notes XML written as text from a SlidePlan: no python-pptx objects per run.

Building each slide with python-pptx's object API costs milliseconds per text run;
writing the same DrawingML as a string and parsing it once costs microseconds. The
emitter wraps these strings into parts with python-pptx's own part classes.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from briefdeck.writers import fit
from briefdeck.writers.render_plan import Para, RectBlock, TextBlock

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
EMU = 914400
ALIGN = {"left": "l", "center": "ctr", "right": "r"}
ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")   # lone surrogates too
_GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
          '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
          '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def emu(inches: float) -> int:
    return int(inches * EMU)          # as python-pptx.util.Inches: truncated


def text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def xfrm(box, tag: str = "a:xfrm") -> str:
    return (f'<{tag}><a:off x="{emu(box.x)}" y="{emu(box.y)}"/>'
            f'<a:ext cx="{emu(box.w)}" cy="{emu(box.h)}"/></{tag}>')


def _run(run, block: TextBlock, inherits: bool) -> str:
    style = block.style
    bold = style.bold if run.bold is None else run.bold
    italic = style.italic if run.italic is None else run.italic
    baseline = ' baseline="30000"' if run.superscript else ""
    plain = ' cap="none" spc="0"' if inherits else ""   # a placeholder would take capitals or tracking from the template
    return (f'<a:r><a:rPr lang="en-US" sz="{int(round(block.size * 100))}" b="{int(bool(bold))}" '
            f'i="{int(bool(italic))}"{baseline}{plain} dirty="0"><a:solidFill><a:srgbClr val="{run.color or block.color}"/>'
            f'</a:solidFill><a:latin typeface={attr(style.font)}/></a:rPr><a:t>{text(run.text)}</a:t></a:r>')


def _para(para: Para, block: TextBlock, last: bool) -> str:
    indent = ""
    bullet = ""
    inherits = bool(block.placeholder) or block.name == "title"
    if para.bullet:
        n = emu(fit.BULLET_INDENT)
        indent = f' marL="{n}" indent="{-n}"'
        bullet = (f'<a:buClr><a:srgbClr val="{block.color}"/></a:buClr><a:buFont typeface="Arial"/>'
                  '<a:buChar char="\u2022"/>')
    elif inherits:                  # no indent or bullet from the template's text styles
        indent, bullet = ' marL="0" indent="0"', "<a:buNone/>"
    after = 0 if last else int(round(block.space_after * 100))
    # latinLnBrk="0": words are never broken mid-word, whatever the template's text styles say
    ppr = (f'<a:pPr algn="{ALIGN[block.align]}"{indent} latinLnBrk="0"><a:lnSpc><a:spcPct val="{int(round(block.spacing * 100000))}"/>'
           f'</a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="{after}"/></a:spcAft>'
           f'{bullet}</a:pPr>')
    return f"<a:p>{ppr}{''.join(_run(r, block, inherits) for r in para.runs)}</a:p>"


def text_body(block: TextBlock, tag: str = "p:txBody") -> str:
    """Paragraphs at the block's size, no autofit, the plan's insets and anchor."""
    ins_x, ins_y = emu(fit.INSET_X), emu(fit.INSET_Y)
    paras = block.paras or [Para([])]
    body = "".join(_para(p, block, i == len(paras) - 1) for i, p in enumerate(paras))
    return (f'<{tag}><a:bodyPr wrap="square" lIns="{ins_x}" tIns="{ins_y}" rIns="{ins_x}" bIns="{ins_y}" '
            f'anchor="{ANCHOR[block.anchor]}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</{tag}>')


def textbox(shape_id: int, name: str, block: TextBlock) -> str:
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={attr(name)}/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr>{xfrm(block.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
            f'</p:spPr>{text_body(block)}</p:sp>')


def placeholder(shape_id: int, name: str, ph: str, block: TextBlock) -> str:
    """A layout placeholder (the title) filled with the block, at the block's place."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={attr(name)}/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            f'</p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{xfrm(block.box)}</p:spPr>'
            f'{text_body(block)}</p:sp>')


def rect(shape_id: int, block: RectBlock) -> str:
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Decoration" descr="decoration"/><p:cNvSpPr/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr>{xfrm(block.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
            f'<a:srgbClr val="{block.color}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></p:spPr></p:sp>')


def picture(shape_id: int, rid: str, box, alt: str, name: str = "Chart") -> str:
    return (f'<p:pic><p:nvPicPr><p:cNvPr id="{shape_id}" name={attr(name)} descr={attr(alt)}/><p:cNvPicPr>'
            f'<a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill>'
            f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{xfrm(box)}'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')


def chart_frame(shape_id: int, rid: str, box, alt: str) -> str:
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="Chart" descr={attr(alt)}/>'
            f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f'</p:nvGraphicFramePr>{xfrm(box, "p:xfrm")}<a:graphic><a:graphicData uri="{CHART_URI}">'
            f'<c:chart xmlns:c="{CHART_URI}" r:id="{rid}"/></a:graphicData></a:graphic></p:graphicFrame>')


def slide(shapes: list[str], background: str | None) -> str:
    bg = (f'<p:bg><p:bgPr><a:solidFill><a:srgbClr val="{background}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
          if background else "")
    return (f'<p:sld {NS}><p:cSld>{bg}<p:spTree>{_GROUP}{"".join(shapes)}</p:spTree></p:cSld>'
            f'<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')


def notes(body: str) -> str:
    """A notes page: the slide image and the notes text, one paragraph per line."""
    paras = "".join(f'<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>{text(line)}</a:t></a:r></a:p>' if line
                    else "<a:p/>" for line in body.split("\n"))
    return (f'<p:notes {NS}><p:cSld><p:spTree>{_GROUP}'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr>'
            '<p:spPr/></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>'
            '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')
