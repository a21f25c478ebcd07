"""A user template's layouts and placeholders: which layout serves each briefdeck layout, and where text goes.

Layouts are found by name ("Title Slide", "Title and Content" ...), then by the type
PowerPoint records for a layout (``title``, ``obj``, ``secHead`` ...), then by the
placeholders they hold, never by position in the master. Regions come from the
placeholders of the chosen layouts, in their geometry, with their alignment.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from pptx.enum.shapes import PP_PLACEHOLDER

from briefdeck.core import Diagnostic
from briefdeck.templates.model import Box, Template
from briefdeck.writers.pptx_colors import xpath

EMU = 914400
TITLE = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
SUBTITLE = (PP_PLACEHOLDER.SUBTITLE,)
BODY = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
NUMBER = (PP_PLACEHOLDER.SLIDE_NUMBER,)

# briefdeck layout -> the PowerPoint layout names that serve it, best first
WANTED = {"title": ("Title Slide",), "section": ("Section Header",),
          "bullets": ("Title and Content",), "sources": ("Title and Content",),
          "comparison": ("Comparison", "Two Content"),
          **{name: ("Title Only",) for name in ("big-number", "quote", "chart", "table")}}
# ... and the layout types (p:sldLayout/@type) that serve it when no name matches
TYPES = {"title": ("title",), "section": ("secHead",), "bullets": ("obj", "tx"), "sources": ("obj", "tx"),
         "comparison": ("twoTxTwoObj", "twoObj", "twoColTx"),
         **{name: ("titleOnly",) for name in ("big-number", "quote", "chart", "table")}}
FALLBACKS = (("Title Only", "titleOnly", "title-only"), ("Title and Content", "obj", "content"),
             ("Blank", "blank", "other"))      # (name, type, placeholders) of the layouts to fall back on
ALIGN = {"l": "left", "ctr": "center", "r": "right", "just": "left", "dist": "left"}
ANCHOR = {"t": "top", "ctr": "middle", "b": "bottom", "just": "top", "dist": "top"}


@dataclass(frozen=True)
class Choice:
    layout: object
    how: str      # name | type | placeholders | fallback


def kind(ph):
    """A placeholder's type, or None for a type python-pptx does not know."""
    try:
        return ph.placeholder_format.type
    except (KeyError, ValueError):
        return None


def _vertical(layout) -> bool:
    if layout.element.get("type", "").startswith("vert"):
        return True
    return any(v not in ("horz", None) for ph in layout.placeholders
               for v in xpath(ph.element, "./p:txBody/a:bodyPr/@vert"))


def _shape_of(layout, slide_area: float) -> str:
    """What a layout's placeholders make it: title, content, section, two, title-only or other."""
    kinds = [kind(ph) for ph in layout.placeholders]
    titles = sum(k in TITLE for k in kinds)
    if _vertical(layout) or not titles:
        return "other"
    if PP_PLACEHOLDER.CENTER_TITLE in kinds or PP_PLACEHOLDER.SUBTITLE in kinds:
        return "title"
    bodies = [ph for ph in layout.placeholders if kind(ph) in BODY]
    areas = [(ph.width or 0) * (ph.height or 0) for ph in bodies]
    others = any(k in (PP_PLACEHOLDER.PICTURE, PP_PLACEHOLDER.CHART, PP_PLACEHOLDER.TABLE) for k in kinds)
    if not bodies:
        return "other" if others else "title-only"
    if len(bodies) == 1:
        if areas[0] >= 0.3 * slide_area:
            return "content"
        return "section" if not others and kind(bodies[0]) == PP_PLACEHOLDER.BODY else "other"
    return "two" if min(areas) > 0 and max(areas) / min(areas) <= 3 else "other"


SHAPES = {"title": "title", "section": "section", "bullets": "content", "sources": "content", "comparison": "two",
          **{name: "title-only" for name in ("big-number", "quote", "chart", "table")}}


def choose_layouts(prs, path) -> tuple[dict[str, Choice], list[Diagnostic]]:
    """briefdeck layout -> the layout serving it; a note when found by type or placeholders, a warning
    when none fits and a fallback is used."""
    layouts = list(prs.slide_layouts)
    area = float(prs.slide_width or 1) * float(prs.slide_height or 1)
    by_name = {layout.name.strip().lower(): layout for layout in layouts}
    by_type: dict[str, object] = {}
    for layout in layouts:
        by_type.setdefault(layout.element.get("type", "cust"), layout)
    by_shape: dict[str, object] = {}
    for layout in layouts:
        by_shape.setdefault(_shape_of(layout, area), layout)
    candidates = [by_name.get(name.lower()) or by_type.get(kind) or by_shape.get(shape)
                  for name, kind, shape in FALLBACKS]
    fallback = next((c for c in candidates if c is not None), layouts[0])
    chosen, notes = {}, []
    for ours, names in WANTED.items():
        hit = next((Choice(by_name[n.lower()], "name") for n in names if n.lower() in by_name), None)
        hit = hit or next((Choice(by_type[t], "type") for t in TYPES[ours] if t in by_type), None)
        if hit is None and SHAPES[ours] in by_shape:
            hit = Choice(by_shape[SHAPES[ours]], "placeholders")
        wanted = " or ".join(f"'{n}'" for n in names)
        if hit is None:
            hit = Choice(fallback, "fallback")
            notes.append(Diagnostic(f"the template has no {wanted} layout; briefdeck's '{ours}' slides "
                                    f"use fallback layout '{fallback.name}'", "warning", str(path),
                                    hint=f"add or rename a layout called '{names[0]}' in the slide master"))
        elif hit.how != "name" and not any(c.layout is hit.layout for c in chosen.values()):
            by = "its layout type" if hit.how == "type" else "its placeholders"
            notes.append(Diagnostic(f"layout '{hit.layout.name}' serves briefdeck's '{ours}' slides (no {wanted} "
                                    f"layout; found by {by})", "note", str(path)))
        chosen[ours] = hit
    return chosen, notes


# --- placeholders ----------------------------------------------------------------------------
def _box(shape, width: float, height: float) -> Box | None:
    """A shape's position in inches, clipped to the slide; None when unknown or too small."""
    if None in (shape.left, shape.top, shape.width, shape.height):
        return None
    x, y = max(0.0, shape.left / EMU), max(0.0, shape.top / EMU)
    w = min(width, (shape.left + shape.width) / EMU) - x
    h = min(height, (shape.top + shape.height) / EMU) - y
    return Box(x, y, w, h) if w > 0.3 and h > 0.2 else None


def find(layout, types, width: float, height: float):
    """(placeholder, box) of the biggest placeholder of one of ``types`` in ``layout``, or None."""
    if layout is None:
        return None
    found = [(ph, b) for ph in layout.placeholders if kind(ph) in types for b in [_box(ph, width, height)] if b]
    return max(found, key=lambda f: f[1].w * f[1].h, default=None)


def ph_type(ph) -> str:
    """The placeholder's type as written in the file ('obj' when it names none)."""
    return ph.element.ph.get("type", "obj")


def _inherited(ph, path: str, layout):
    """The first value of ``path`` (an xpath to an attribute) on the placeholder, its master placeholder,
    then the master's title or body text style."""
    found = xpath(ph.element, path)
    if found:
        return found[0]
    master = layout.slide_master
    base = "title" if kind(ph) in TITLE else "body"
    for mph in master.placeholders:
        if (kind(mph) in TITLE) == (base == "title") and kind(mph) in TITLE + BODY:
            found = xpath(mph.element, path)
            if found:
                return found[0]
    return None


def text_layout(ph, layout) -> tuple[str, str]:
    """(align, anchor) text in the placeholder takes from the layout, its master and the text styles."""
    algn = _inherited(ph, "./p:txBody/a:lstStyle/a:lvl1pPr/@algn", layout)
    if algn is None:
        style = "p:titleStyle" if kind(ph) in TITLE else "p:bodyStyle"
        found = xpath(layout.slide_master.element, f"./p:txStyles/{style}/a:lvl1pPr/@algn")
        algn = found[0] if found else "l"
    anchor = _inherited(ph, "./p:txBody/a:bodyPr/@anchor", layout) or "t"
    return ALIGN.get(algn, "left"), ANCHOR.get(anchor, "top")


def _below(box: Box, h: float, gap: float = 0.1) -> Box:
    return Box(box.x, box.y + box.h + gap, box.w, h)


@dataclass
class Geometry:
    regions: dict[str, Box]
    text_layout: dict[str, tuple[str, str]]
    placeholders: dict[str, str]


def geometry(chosen: dict[str, Choice], base: Template, width: float, height: float) -> Geometry:
    """Every region base has, scaled to the slide, then replaced from the chosen layouts' placeholders."""
    sx, sy = width / base.width, height / base.height
    r = {k: Box(b.x * sx, b.y * sy, b.w * sx, b.h * sy) for k, b in base.regions.items()}
    out = Geometry(r, {}, {})
    layouts = {ours: c.layout for ours, c in chosen.items()}

    def use(region: str, layout, types, placeholder: bool = True) -> bool:
        hit = find(layout, types, width, height)
        if hit is None:
            return False
        ph, box = hit
        r[region] = box
        out.text_layout[region] = text_layout(ph, layout)
        if placeholder:
            out.placeholders[region] = ph_type(ph)
        return True

    if not use("title", layouts["bullets"], TITLE):
        use("title", layouts["chart"], TITLE)
    found = find(layouts["bullets"], BODY, width, height)
    content = found[1] if found else None
    if found is not None:
        out.placeholders["content"] = ph_type(found[0])
    else:
        top = r["title"].y + r["title"].h + 0.25 * sy
        content = Box(r["title"].x, top, r["title"].w, 0.88 * height - top)
    bottom = height - 0.024 * height   # the slide's bottom margin
    low = 0.45                         # the least height of the footnote strip under the content
    if bottom - low - 0.08 < content.y + content.h:
        content = replace(content, h=bottom - low - 0.08 - content.y)
    if content.h < 1.5:
        content = r["content"]
        out.placeholders.pop("content", None)
    r["content"] = content
    right = content.x + content.w
    default_page = Box(right - 0.8 * sx, bottom - 0.35, 0.8 * sx, 0.35)
    page = find(layouts["bullets"], NUMBER, width, height)
    page = page[1] if page else None
    if page is None or page.x + page.w / 2 < width / 2 or page.y < content.y + content.h:
        page = default_page
    else:   # the number is set right-aligned: keep the placeholder's right edge, not its width
        page = Box(page.x + page.w - default_page.w, page.y, default_page.w, page.h)
    r["page"] = page
    strip = max(0.3, min(bottom - (content.y + content.h + 0.08), 0.8))
    r["footnote"] = Box(content.x, bottom - strip, min(right, page.x - 0.1) - content.x, strip)
    _title_slide(chosen["title"], r, out, use, bottom, height)
    if chosen["section"].how != "fallback" and use("section_title", layouts["section"], TITLE):
        if not use("section_subtitle", layouts["section"], SUBTITLE + BODY):
            r["section_subtitle"] = _below(r["section_title"], r["section_subtitle"].h)
            out.text_layout["section_subtitle"] = out.text_layout["section_title"]
    return out


def _title_slide(choice: Choice, r: dict[str, Box], out: Geometry, use, bottom: float, height: float) -> None:
    """Title, subtitle and date where the title layout has them: the date follows the subtitle."""
    if choice.how == "fallback" or not use("hero_title", choice.layout, TITLE):
        return
    date_h = r["hero_date"].h
    if not use("hero_subtitle", choice.layout, SUBTITLE) and not use("hero_subtitle", choice.layout, BODY):
        r["hero_subtitle"] = _below(r["hero_title"], r["hero_subtitle"].h)
        out.text_layout["hero_subtitle"] = out.text_layout["hero_title"]
    sub = r["hero_subtitle"]
    if sub.y + sub.h + 0.08 + date_h <= bottom:          # room under the subtitle: the date goes there
        date = _below(sub, date_h, 0.08)
    else:                                                # else in the subtitle's lower part
        date_h = min(date_h, sub.h / 2)
        sub = replace(sub, h=sub.h - date_h - 0.04)
        date = Box(sub.x, sub.y + sub.h + 0.04, sub.w, date_h)
        r["hero_subtitle"] = sub
    r["hero_date"] = replace(date, y=min(date.y, height - date.h))
    align = out.text_layout["hero_subtitle"][0]
    out.text_layout["hero_date"] = (align, "top")
