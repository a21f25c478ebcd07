"""Templates shaped like the ones people bring, built at test time with python-pptx and lxml.

Each builder starts from python-pptx's default template (4:3) and changes what real
templates change: the slide size, the order and names of layouts, the theme's fonts
(ones briefdeck ships no metrics for), dark, gradient and picture backgrounds set on
the master or a layout (directly or through the theme's background styles), filled
bands on the master, and where the title slide's placeholders sit.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pptx
from lxml import etree
from pptx.util import Inches

from test_user_template import _layout, _rewrite, _widen

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}"'


def _bg(inner: str):
    return etree.fromstring(f'<p:bg {NSDECL}>{inner}</p:bg>')


def set_background(part_element, inner: str) -> None:
    """Replace the master's or layout's ``p:bg`` (``inner`` is its p:bgPr or p:bgRef)."""
    c_sld = part_element.find(f"{{{P}}}cSld")
    old = c_sld.find(f"{{{P}}}bg")
    if old is not None:
        c_sld.remove(old)
    c_sld.insert(0, _bg(inner))


def solid(colour: str) -> str:
    return f'<p:bgPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:effectLst/></p:bgPr>'


def gradient(*stops: str, angle: int = 5400000) -> str:
    gs = "".join(f'<a:gs pos="{round(i * 100000 / (len(stops) - 1))}"><a:srgbClr val="{c}"/></a:gs>'
                 for i, c in enumerate(stops))
    return (f'<p:bgPr><a:gradFill rotWithShape="1"><a:gsLst>{gs}</a:gsLst><a:lin ang="{angle}" scaled="0"/>'
            '</a:gradFill><a:effectLst/></p:bgPr>')


def _shuffle_layouts(prs) -> None:
    """Put the master's layouts in another order (the last first, the first last)."""
    ids = prs.slide_master.element.find(f"{{{P}}}sldLayoutIdLst")
    items = list(ids)
    for item in items:
        ids.remove(item)
    for item in reversed(items):
        ids.append(item)


def _band(prs, colour: str, height_in: float) -> None:
    """A filled rectangle across the top of the master (a header band the titles sit in)."""
    width = prs.slide_width
    tree = prs.slide_master.element.find(f"{{{P}}}cSld/{{{P}}}spTree")
    tree.insert(2, etree.fromstring(
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="90" name="Header band"/><p:cNvSpPr/><p:nvPr userDrawn="1"/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{int(Inches(height_in))}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{colour}"/>'
        '</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>'))


def _place(ph, x, y, w, h) -> None:
    ph.left, ph.top, ph.width, ph.height = Inches(x), Inches(y), Inches(w), Inches(h)


def _anchor(ph, where: str) -> None:
    body = ph.element.find(f"{{{P}}}txBody/{{{A}}}bodyPr")
    body.set("anchor", where)


def _picture(colour_a: str, colour_b: str, size=(320, 180)) -> bytes:
    """A photo-like background: a diagonal blend with some noise, as a PNG."""
    from PIL import Image
    import random
    rnd = random.Random(7)
    img = Image.new("RGB", size)
    a = [int(colour_a[i:i + 2], 16) for i in (0, 2, 4)]
    b = [int(colour_b[i:i + 2], 16) for i in (0, 2, 4)]
    px = img.load()
    for x in range(size[0]):
        for y in range(size[1]):
            t = (x / size[0] + y / size[1]) / 2
            n = rnd.randint(-6, 6)
            px[x, y] = tuple(max(0, min(255, round(a[i] * (1 - t) + b[i] * t) + n)) for i in range(3))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _theme_edit(fonts=None, scheme=None, bg_style3=None):
    def edit(xml: str) -> str:
        for slot, value in (scheme or {}).items():
            xml = re.sub(f"<a:{slot}>.*?</a:{slot}>", f'<a:{slot}><a:srgbClr val="{value}"/></a:{slot}>', xml,
                         flags=re.S)
        if fonts:
            xml = re.sub(r'(<a:majorFont><a:latin typeface=")[^"]*', f"\\g<1>{fonts[0]}", xml)
            xml = re.sub(r'(<a:minorFont><a:latin typeface=")[^"]*', f"\\g<1>{fonts[1]}", xml)
        if bg_style3:    # the third of the theme's background styles (bgRef idx 1003)
            lst = re.search(r"<a:bgFillStyleLst>(.*?)</a:bgFillStyleLst>", xml, re.S)
            styles = re.findall(r"<a:(?:solidFill|gradFill|blipFill|pattFill|noFill)\b.*?"
                                r"</a:(?:solidFill|gradFill|blipFill|pattFill)>|<a:noFill/>", lst.group(1), re.S)
            styles[2] = bg_style3
            xml = xml[:lst.start(1)] + "".join(styles) + xml[lst.end(1):]
        return xml
    return edit


def _save(prs, folder: Path, name: str, theme=None) -> Path:
    path = folder / f"{name}.pptx"
    prs.save(path)
    if theme:
        _rewrite(path, {"ppt/theme/theme1.xml": theme})
    return path


# --- the templates ---------------------------------------------------------------------------
def widescreen_corbel(folder: Path) -> Path:
    """16:9, Corbel for headings and body (no metrics shipped, not installed here), white."""
    prs = pptx.Presentation()
    _widen(prs)
    return _save(prs, folder, "widescreen-corbel", _theme_edit(fonts=("Corbel", "Corbel"),
                                                              scheme={"accent1": "2E6B8A"}))


def classic_aptos(folder: Path) -> Path:
    """4:3, Aptos Display / Aptos, layouts in another order."""
    prs = pptx.Presentation()
    _shuffle_layouts(prs)
    return _save(prs, folder, "classic-aptos", _theme_edit(fonts=("Aptos Display", "Aptos"),
                                                          scheme={"accent1": "B8582B"}))


def custom_names(folder: Path) -> Path:
    """16:9, the layouts renamed and retyped as custom ones, in another order."""
    prs = pptx.Presentation()
    _widen(prs)
    _shuffle_layouts(prs)
    for old, new in {"Title Slide": "Cover", "Title and Content": "Text page", "Title Only": "Headline",
                     "Section Header": "Divider", "Comparison": "Side by side"}.items():
        layout = _layout(prs, old)
        layout.name = new
        layout.element.set("type", "cust")
    return _save(prs, folder, "custom-names", _theme_edit(scheme={"accent1": "5B2C83"}))


def dark_band(folder: Path) -> Path:
    """16:9, a dark navy background set on the master (the colour map still says dark text), a pale
    header band the titles sit in, and a darker title slide set on its layout."""
    prs = pptx.Presentation()
    _widen(prs)
    set_background(prs.slide_master.element, solid("14213D"))
    _band(prs, "E5E5E5", 1.45)
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.idx == 0 and layout.name != "Title Slide":
                _place(ph, 0.6, 0.2, 12.1, 1.05)
    title = _layout(prs, "Title Slide")
    set_background(title.element, solid("0B132B"))
    title.element.set("showMasterSp", "0")
    return _save(prs, folder, "dark-band", _theme_edit(fonts=("Arial", "Arial"), scheme={"accent1": "FCA311"}))


def blue_gradient(folder: Path) -> Path:
    """16:9, a blue gradient on the master and a teal one on the title slide."""
    prs = pptx.Presentation()
    _widen(prs)
    set_background(prs.slide_master.element, gradient("1B2A49", "2B4A7A", "3E6D9C"))
    set_background(_layout(prs, "Title Slide").element, gradient("0E3B43", "1F6F78", angle=2700000))
    return _save(prs, folder, "blue-gradient", _theme_edit(scheme={"accent1": "9AD1D4"}))


DEPTH_GRADIENT = ('<a:gradFill rotWithShape="1"><a:gsLst>'
                  '<a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="80000"/><a:satMod val="120000"/>'
                  '</a:schemeClr></a:gs>'
                  '<a:gs pos="55000"><a:schemeClr val="phClr"><a:lumMod val="95000"/></a:schemeClr></a:gs>'
                  '<a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="85000"/><a:satMod val="110000"/>'
                  '</a:schemeClr></a:gs></a:gsLst><a:path path="circle"><a:fillToRect l="50000" t="30000" '
                  'r="50000" b="70000"/></a:path></a:gradFill>')


def depth_like(folder: Path) -> Path:
    """16:9, like PowerPoint's "Depth": a grey gradient from the theme's background styles (bgRef 1003
    in the theme's second light colour), Corbel, and a title slide whose subtitle placeholder sits
    under a tall, bottom-anchored title (listed before it in the layout)."""
    prs = pptx.Presentation()
    _widen(prs)
    set_background(prs.slide_master.element, '<p:bgRef idx="1003"><a:schemeClr val="bg2"/></p:bgRef>')
    layout = _layout(prs, "Title Slide")
    title, subtitle = (next(p for p in layout.placeholders if p.placeholder_format.type == t)
                       for t in (pptx.enum.shapes.PP_PLACEHOLDER.CENTER_TITLE,
                                 pptx.enum.shapes.PP_PLACEHOLDER.SUBTITLE))
    _place(title, 1.3, 0.9, 10.4, 3.3)
    _anchor(title, "b")
    _place(subtitle, 1.3, 4.35, 10.4, 1.3)
    tree = layout.shapes._spTree
    tree.remove(subtitle.element)
    tree.insert(2, subtitle.element)          # the subtitle comes first in the layout's shape list
    scheme = {"dk2": "2F3542", "lt2": "9A9A9A", "accent1": "6C8EBF"}
    return _save(prs, folder, "depth-like", _theme_edit(fonts=("Corbel", "Corbel"), scheme=scheme,
                                                       bg_style3=DEPTH_GRADIENT))


def photo_title(folder: Path) -> Path:
    """16:9, a dark photo-like picture behind the title slide, white content slides."""
    prs = pptx.Presentation()
    _widen(prs)
    layout = _layout(prs, "Title Slide")
    image_part, rid = layout.part.get_or_add_image_part(io.BytesIO(_picture("101820", "3A4A5C")))
    set_background(layout.element, f'<p:bgPr><a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="{rid}"/>'
                                   '<a:srcRect/><a:stretch><a:fillRect/></a:stretch></a:blipFill>'
                                   '<a:effectLst/></p:bgPr>')
    return _save(prs, folder, "photo-title", _theme_edit(scheme={"accent1": "C0392B"}))


BUILDERS = {"widescreen-corbel": widescreen_corbel, "classic-aptos": classic_aptos,
            "custom-names": custom_names, "dark-band": dark_band, "blue-gradient": blue_gradient,
            "depth-like": depth_like, "photo-title": photo_title}


def build_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder) for name, build in BUILDERS.items()}
