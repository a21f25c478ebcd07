"""What text on a template's slides sits on: each layout's background and the filled shapes over it.

``surface`` reads one slide layout into a :class:`Surface`: its background, inherited
layout -> master -> theme (``p:bg`` with a fill, or a reference to the theme's
background styles), and the master's (unless the layout hides them) and layout's own
filled shapes, with their positions. A solid fill is one colour, a gradient every
stop, a picture a grid of cells each with the darkest and lightest colours it shows.
"""
from __future__ import annotations

import io

from briefdeck.templates.contrast import mix
from briefdeck.templates.model import Area, Box, Surface
from briefdeck.writers.pptx_colors import NS, Fill, Palette, local

EMU = 914400
GRID = 16                 # cells across a picture background
MAX_PIXELS = 40_000_000   # a bigger picture is not decoded
PLACEHOLDER_FILLS = {"title", "ctrTitle", "subTitle", "body", "obj", None}
WHITE = "FFFFFF"


def color_map(element) -> dict[str, str]:
    """A master's ``p:clrMap`` or a layout's ``p:clrMapOvr/a:overrideClrMapping`` as a dict."""
    found = element.find("{%s}clrMap" % NS["p"])
    if found is None:
        found = element.find("{%s}clrMapOvr/{%s}overrideClrMapping" % (NS["p"], NS["a"]))
    return dict(found.attrib) if found is not None else {}


def surface(layout, palette: Palette, theme, width: float, height: float) -> Surface:
    """The background and shapes text on ``layout``'s slides sits on."""
    master = layout.slide_master
    palette = palette.with_map(color_map(layout.element))
    slide = Box(0, 0, width, height)
    notes: list[str] = []
    for part_owner in (layout, master):
        bg = part_owner.element.find("./p:cSld/p:bg", NS)
        if bg is not None:
            base, colour, kind = _background(bg, part_owner.part, palette, theme, slide, notes)
            break
    else:
        colour = palette.scheme_colour("bg1") or WHITE
        base, kind = (Area(slide, (colour,)),), "solid"
        notes.append("no background is set; PowerPoint shows the theme's first background colour")
    shapes: list[Area] = []
    if layout.element.get("showMasterSp") != "0":
        shapes += _shapes(master.element.find("./p:cSld/p:spTree", NS), master.part, palette, theme, notes)
    shapes += _shapes(layout.element.find("./p:cSld/p:spTree", NS), layout.part, palette, theme, notes,
                      inherit=_master_placeholder_fills(master, palette, theme, notes))
    return Surface(colour, base, tuple(shapes), kind, "; ".join(dict.fromkeys(notes)))


def _background(bg, part, palette: Palette, theme, slide: Box, notes: list[str]):
    """(base areas, the colour that stands for them, kind) of a ``p:bg``."""
    pr = bg.find("p:bgPr", NS)
    ref = bg.find("p:bgRef", NS)
    fill = palette.first_fill(pr) if pr is not None else palette.styled_fill(theme, ref) if ref is not None else None
    fallback = palette.scheme_colour("bg1") or WHITE
    if fill is None:
        notes.append("the background fill could not be read; assumed the theme's background colour")
        return (Area(slide, (fallback,)),), fallback, "unknown"
    if fill.translucent:
        notes.append("the background is partly transparent; measured as if opaque")
    if fill.kind == "none":
        return (Area(slide, (WHITE,)),), WHITE, "solid"
    if fill.kind == "picture":
        cells = _picture_cells(part, fill, slide, notes)
        if cells is None:
            return (Area(slide, (fallback,)),), fallback, "picture"
        return cells
    colours = fill.colors
    stand = colours[0]
    for n, c in enumerate(colours[1:], start=2):      # the average of the stops
        stand = mix(stand, c, 1 / n)
    return (Area(slide, colours),), stand, fill.kind


def _picture_cells(part, fill: Fill, slide: Box, notes: list[str]):
    """A picture background as a grid of cells (darkest and lightest colour of each), or None."""
    try:
        from PIL import Image
        image = _open_picture(part, fill.image)
    except Exception:   # a picture Pillow cannot read (EMF, SVG, damaged): say so, assume the theme colour
        notes.append("the background picture could not be read (not a bitmap Pillow can open); "
                     "assumed the theme's background colour")
        return None
    cols = GRID
    rows = max(1, round(GRID * slide.h / slide.w))
    small = image.resize((cols * 4, rows * 4), Image.Resampling.BOX)
    mean = image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    pixels = small.load()
    everything = _pixels(small)
    cells = []
    cw, ch = slide.w / cols, slide.h / rows
    for r in range(rows):
        for c in range(cols):
            # a tiled picture does not line up with the slide: every cell may show any part of it
            block = everything if fill.tiled else [pixels[c * 4 + i, r * 4 + j] for i in range(4) for j in range(4)]
            dark = min(block, key=sum)
            light = max(block, key=sum)
            colours = tuple(dict.fromkeys("".join(f"{v:02X}" for v in p) for p in (dark, light)))
            cells.append(Area(Box(c * cw, r * ch, cw, ch), colours))
    return tuple(cells), "".join(f"{v:02X}" for v in mean), "picture"


# --- shapes ----------------------------------------------------------------------------------
def _master_placeholder_fills(master, palette: Palette, theme, notes) -> dict:
    """Placeholder type -> the fill a layout placeholder of that type inherits from the master."""
    out = {}
    tree = master.element.find("./p:cSld/p:spTree", NS)
    for sp in tree.iter("{%s}sp" % NS["p"]) if tree is not None else ():
        ph = sp.find("./p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None:
            fill = _shape_fill(sp, palette, theme)
            if fill is not None:
                out[_base_type(ph.get("type"))] = fill
    return out


def _base_type(kind: str | None) -> str:
    return {"ctrTitle": "title", "subTitle": "body", "obj": "body", None: "body"}.get(kind, kind or "body")


def _shape_fill(sp, palette: Palette, theme) -> Fill | None:
    pr = sp.find("p:spPr", NS)
    fill = palette.first_fill(pr) if pr is not None else None
    if fill is None:
        ref = sp.find("./p:style/a:fillRef", NS)
        if ref is not None:
            fill = palette.styled_fill(theme, ref)
    return fill


def _shapes(tree, part, palette: Palette, theme, notes: list[str], inherit=None, to=None) -> list[Area]:
    """Filled shapes and pictures of a shape tree, in drawing order, in slide inches."""
    out: list[Area] = []
    if tree is None:
        return out
    to = to or (lambda x, y, w, h: Box(x / EMU, y / EMU, w / EMU, h / EMU))
    for el in tree:
        kind = local(el)
        if kind == "grpSp":
            out += _shapes(el, part, palette, theme, notes, inherit, _group(el, to))
            continue
        if kind not in ("sp", "pic"):
            continue
        ph = el.find("./*[1]/p:nvPr/p:ph", NS)
        if ph is not None and (inherit is None or ph.get("type") not in PLACEHOLDER_FILLS):
            continue            # master placeholders are never drawn; only text placeholders carry fills to slides
        box = _xfrm(el, to)
        if box is None:
            continue
        if kind == "pic":
            fill = Fill("picture", image=el.find("./p:blipFill/a:blip", NS).get("{%s}embed" % NS["r"])
                        if el.find("./p:blipFill/a:blip", NS) is not None else None)
        else:
            fill = _shape_fill(el, palette, theme)
            if fill is None and ph is not None:
                fill = inherit.get(_base_type(ph.get("type")))
        if fill is None or fill.kind == "none":
            continue
        if fill.kind == "picture":
            colours = _picture_extremes(part, fill.image)
            if colours is None:
                notes.append("a picture on the master or layout could not be read; text over it is not checked")
                continue
            out.append(Area(box, colours, opaque=False))
            continue
        rect = el.find("./p:spPr/a:prstGeom", NS)
        opaque = (fill.kind == "solid" and not fill.translucent and rect is not None
                  and rect.get("prst") == "rect")
        out.append(Area(box, fill.colors, opaque))
    return out


def _open_picture(part, rid):
    """A picture of the template as RGB; ValueError for one too large to decode (or any Pillow error)."""
    from PIL import Image
    image = Image.open(io.BytesIO(part.related_part(rid).blob))
    if image.width * image.height > MAX_PIXELS:
        raise ValueError("picture too large to read")
    image.draft("RGB", (GRID * 16, GRID * 16))        # JPEG: decode at a reduced size
    image.load()
    return image.convert("RGB")


def _pixels(image) -> list[tuple[int, int, int]]:
    """An RGB picture's pixels, row by row."""
    raw = image.tobytes()
    return [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]


def _picture_extremes(part, rid) -> tuple[str, ...] | None:
    try:
        from PIL import Image
        small = _open_picture(part, rid).resize((32, 32), Image.Resampling.BOX)
    except Exception:   # EMF, SVG or damaged pictures are not read
        return None
    pixels = _pixels(small)
    return tuple(dict.fromkeys("".join(f"{v:02X}" for v in p) for p in (min(pixels, key=sum),
                                                                        max(pixels, key=sum))))


def _xfrm(el, to) -> Box | None:
    off = el.find("./*/a:xfrm/a:off", NS)
    ext = el.find("./*/a:xfrm/a:ext", NS)
    if off is None or ext is None:
        return None
    try:
        return to(int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
    except (TypeError, ValueError):
        return None


def _group(grp, to):
    """The transform from a group's child coordinates to slide inches."""
    x = grp.find("./p:grpSpPr/a:xfrm", NS)
    try:
        off, ext = x.find("a:off", NS), x.find("a:ext", NS)
        ch_off, ch_ext = x.find("a:chOff", NS), x.find("a:chExt", NS)
        ox, oy, cx, cy = (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
        px, py, pcx, pcy = (int(ch_off.get("x")), int(ch_off.get("y")), int(ch_ext.get("cx")),
                            int(ch_ext.get("cy")))
    except (AttributeError, TypeError, ValueError):
        return to
    sx, sy = (cx / pcx if pcx else 1.0), (cy / pcy if pcy else 1.0)
    return lambda x0, y0, w, h: to(ox + (x0 - px) * sx, oy + (y0 - py) * sy, w * sx, h * sy)
