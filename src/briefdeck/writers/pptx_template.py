"""Use a user's own .pptx/.potx as a template: open it safely, read its layouts, theme and geometry.

``open_template`` gives a python-pptx Presentation that holds only the masters and layouts.
``user_template`` turns the file into a :class:`Template` plus warnings: layouts are found by
name and placeholders by type, never by position; colours and fonts come from the theme.
``inspect_report`` describes the file for ``briefdeck templates inspect``.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from briefdeck.core import Diagnostic, TemplateError
from briefdeck.templates import contrast, fonts
from briefdeck.templates.model import Template
from briefdeck.writers.pptx_background import color_map, surface
from briefdeck.writers.pptx_colors import Palette
from briefdeck.writers.pptx_layouts import choose_layouts, geometry

MAX_FILE = 100 * 1024 * 1024       # bytes on disk
MAX_UNZIPPED = 200 * 1024 * 1024   # bytes once every zip member is inflated
CONTENT_TYPES = "[Content_Types].xml"
CT_PRESENTATION = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
CT_OPENABLE = (
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
)
HINT = "open it in PowerPoint and save it again as a .pptx or .potx"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
EMU = 914400

# styles set in the theme's heading font (the others use its body font), as in templates/base.yaml
HEADING_STYLES = frozenset({"title", "heading", "number", "mark", "quote", "hero_title", "section_title"})
SYSTEM_COLORS = {"windowText": "000000", "window": "FFFFFF"}


def _refuse(path: Path, message: str, hint: str = HINT) -> TemplateError:
    return TemplateError(f"the template {message}", hint=hint, file=str(path))


# --- opening ---------------------------------------------------------------------------------
def open_template(path: Path) -> Presentation:
    """Open a .pptx or .potx as a Presentation with its slides removed (masters and layouts stay)."""
    path = Path(path)
    data = _read_package(path)
    try:
        prs = Presentation(io.BytesIO(data))
        # walk every layout and its placeholders now: a layout the master names but the package lacks
        # (a dangling relationship) raises here, as a damaged file, and not later as a KeyError
        layouts = len([(layout.name, list(layout.placeholders)) for layout in prs.slide_layouts])
        for part in prs.part.package.iter_parts():
            _check_xml(part)
    except Exception as exc:  # any failure here comes from the file's contents
        raise _refuse(path, f"is damaged and cannot be read as a presentation ({_why(exc)})") from None
    if not layouts:
        raise _refuse(path, "has no slide layouts to build slides from",
                      "use a file made from a PowerPoint theme or template")
    _drop_slides(prs)
    return prs


def _check_xml(part) -> None:
    """ValueError for a part the export would copy broken: one python-pptx keeps as bytes (the theme)
    that is not XML, or any that declares or uses XML entities (never in a real file; left unexpanded,
    they would make the exported deck unreadable)."""
    root = getattr(part, "_element", None)
    if root is None and part.content_type.endswith("+xml"):
        root = etree.fromstring(part.blob, PARSER)
        if root.getroottree().docinfo.doctype:
            raise ValueError(f"{part.partname} has a DOCTYPE")
    if root is not None and next(root.iter(etree.Entity), None) is not None:
        raise ValueError(f"{part.partname} uses XML entities")


def _why(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:120]}" if text else type(exc).__name__


def _read_package(path: Path) -> bytes:
    """The file's zip package, checked for size and with its main content type made 'presentation'."""
    if not path.exists():
        raise _refuse(path, "file was not found",
                      "check the path; a template named in the deck file is relative to the deck")
    if not path.is_file():
        raise _refuse(path, "is not a file", "give the path of a .pptx or .potx file")
    if path.stat().st_size > MAX_FILE:
        raise _refuse(path, f"is larger than {MAX_FILE // 2**20} MB; refusing to open it as a template",
                      "remove large pictures or media from the template")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if sum(i.file_size for i in infos) > MAX_UNZIPPED:
                raise _refuse(path, f"unpacks to more than {MAX_UNZIPPED // 2**20} MB; refusing to open it",
                              "remove large pictures or media from the template")
            if CONTENT_TYPES not in zf.namelist():
                raise _refuse(path, "is a zip file but not a PowerPoint file (no [Content_Types].xml)")
            types = _presentation_types(path, zf.read(CONTENT_TYPES))
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
                for info in infos:
                    new.writestr(info.filename, types if info.filename == CONTENT_TYPES else zf.read(info))
    except zipfile.BadZipFile:
        raise _refuse(path, "is not a .pptx or .potx file (it is not a zip package)",
                      "an old .ppt or a password-protected file must be saved again as .pptx "
                      "without a password") from None
    except (OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError,
            etree.XMLSyntaxError) as exc:
        raise _refuse(path, f"is damaged and cannot be read ({_why(exc)})") from None
    return out.getvalue()


def _presentation_types(path: Path, blob: bytes) -> bytes:
    """[Content_Types].xml with a template's or slideshow's main part typed as a presentation."""
    root = etree.fromstring(blob, PARSER)
    found = False
    for override in root:
        kind = override.get("ContentType") or ""
        if kind.startswith("application/vnd.ms-powerpoint.") and kind.endswith("main+xml"):
            raise _refuse(path, "is a macro-enabled file; briefdeck does not open those",
                          "save a copy as .pptx or .potx (without macros)")
        if kind in CT_OPENABLE:
            override.set("ContentType", CT_PRESENTATION)
        found = found or override.get("ContentType") == CT_PRESENTATION
    if not found:
        raise _refuse(path, "is not a PowerPoint presentation or template",
                      "give a .pptx or .potx saved by PowerPoint, Keynote or LibreOffice")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_slides(prs) -> None:
    """Remove the file's own slides, and the sections and custom shows that list them."""
    pres = prs.element
    for ext in pres.xpath("./p:extLst/p:ext[.//*[local-name()='sectionLst']]"):
        ext.getparent().remove(ext)
    for shows in pres.findall(qn("p:custShowLst")):
        pres.remove(shows)
    slide_list = pres.find(qn("p:sldIdLst"))
    if slide_list is None:
        return
    for sld_id in list(slide_list):
        rid = sld_id.get(qn("r:id"))
        slide_list.remove(sld_id)
        if rid in prs.part.rels:
            prs.part.rels.pop(rid)


# --- reading the theme -----------------------------------------------------------------------
def _theme(prs):
    try:
        return etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob, PARSER)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return None


def _scheme(theme) -> dict[str, str]:
    """The theme's colour scheme: dk1, lt1, accent1 ... as hex."""
    out = {}
    for slot in theme.xpath("./a:themeElements/a:clrScheme/*", namespaces=NS) if theme is not None else []:
        for colour in slot[:1]:
            kind = etree.QName(colour).localname
            value = (colour.get("val") if kind == "srgbClr" else
                     colour.get("lastClr") or SYSTEM_COLORS.get(colour.get("val", "")) if kind == "sysClr"
                     else None)
            if value and re.fullmatch(r"[0-9A-Fa-f]{6}", value):
                out[etree.QName(slot).localname] = value.upper()
    return out


def _typeface(theme, which: str) -> str:
    if theme is None:
        return ""
    found = theme.xpath(f"./a:themeElements/a:fontScheme/a:{which}/a:latin/@typeface", namespaces=NS)
    return found[0].strip() if found else ""


def _anchors(scheme: dict[str, str]) -> tuple[str, ...]:
    """The theme's own text and background colours, which text may be shifted towards to stay readable."""
    return tuple(dict.fromkeys(scheme[k] for k in ("dk1", "lt1", "dk2", "lt2") if k in scheme))


def _colors(palette: Palette, scheme: dict[str, str], surfaces: dict, base: Template) -> dict:
    """base's colours with text, background, accent and chart colours from the theme, and the
    backgrounds from the layouts' real fills."""
    colors = dict(base.colors)
    anchors = _anchors(scheme)
    if "accent1" in scheme:
        colors["accent"] = scheme["accent1"]
    chart = [scheme[f"accent{i}"] for i in range(1, 7) if f"accent{i}" in scheme]
    if chart:
        colors["chart"] = chart
    tx1 = palette.scheme_colour("tx1") or colors["text"]
    for prefix, layout in (("", "bullets"), ("hero_", "title")):
        background = surfaces[layout].color
        text, _ = contrast.readable(tx1, [background], anchors, primary=True)
        dark = contrast.ratio(background, "FFFFFF") > contrast.ratio(background, "000000")
        muted = contrast.mix(text, background, 0.35) if dark else colors["muted"]
        if prefix:
            colors.update(hero_background=background, hero_text=text, hero_muted=muted)
        else:
            colors.update(text=text, background=background, muted=muted)
            if dark:   # base's light greys would vanish on a dark background
                colors.update(rule=contrast.mix(text, background, 0.75), panel=contrast.mix(text, background, 0.88))
    colors["accent_text"] = max(("FFFFFF", "000000"), key=lambda c: contrast.ratio(c, colors["accent"]))
    return colors


def _embedded_fonts(prs) -> dict[str, dict[str, bytes]]:
    """Typeface (lower case) -> face -> the bytes of each font embedded in the presentation."""
    out: dict[str, dict[str, bytes]] = {}
    faces = {"regular": "regular", "bold": "bold", "italic": "italic", "boldItalic": "bold_italic"}
    for font in prs.element.xpath("./p:embeddedFontLst/p:embeddedFont"):
        head = font.find(qn("p:font"))
        name = (head.get("typeface") or "").strip().lower() if head is not None else ""
        for tag, face in faces.items():
            ref = font.find(qn(f"p:{tag}"))
            rid = ref.get(qn("r:id")) if ref is not None else None
            if name and rid and rid in prs.part.rels:
                try:
                    out.setdefault(name, {})[face] = prs.part.related_part(rid).blob
                except (KeyError, AttributeError):
                    continue
    return out


def _styles(prs, theme, base: Template, path: Path, notes: list[Diagnostic]) -> tuple[dict, dict]:
    """base's styles in the theme's heading (major) and body (minor) typefaces, each measured with the
    best files found for it (see ``briefdeck.templates.fonts``); also role -> how it is measured."""
    embedded = _embedded_fonts(prs)
    faces: dict[str, fonts.Resolved] = {}
    for role, which in (("heading", "majorFont"), ("body", "minorFont")):
        name = _typeface(theme, which)
        if not name or name.startswith("+"):
            continue
        found = fonts.resolve(name, embedded.get(name.lower()))
        faces[role] = found
        if found.source != "shipped" and all(name != f.name for r, f in faces.items() if r != role):
            severity = "warning" if found.source == "conservative" else "note"
            notes.append(Diagnostic(f"font {name}: {found.how}", severity, str(path),
                                    hint="install the font or embed it in the template for exact fitting"
                                    if found.source == "conservative" else None))
    styles = {}
    for key, style in base.styles.items():
        face = faces.get("heading" if key in HEADING_STYLES else "body")
        styles[key] = replace(style, font=face.name, metrics=face.stem, faces=face.faces) if face else style
    return styles, faces


# --- the Template ----------------------------------------------------------------------------
@dataclass
class Reading:
    """Everything read from a template file: the Template and what ``templates inspect`` reports."""

    prs: object
    template: Template
    notes: list[Diagnostic]
    scheme: dict[str, str]
    chosen: dict
    fonts: dict


def read(path: Path, base: Template) -> Reading:
    path = Path(path)
    prs = open_template(path)
    width = prs.slide_width / EMU if prs.slide_width else base.width
    height = prs.slide_height / EMU if prs.slide_height else base.height
    chosen, notes = choose_layouts(prs, path)
    theme = _theme(prs)
    scheme = _scheme(theme)
    palette = Palette(scheme, color_map(prs.slide_master.element))
    styles, faces = _styles(prs, theme, base, path, notes)
    surfaces = {ours: surface(c.layout, palette, theme, width, height) for ours, c in chosen.items()}
    for name in dict.fromkeys(c.layout.name for c in chosen.values()):
        note = next(surfaces[o].note for o, c in chosen.items() if c.layout.name == name)
        if note:
            notes.append(Diagnostic(f"layout '{name}': {note}", "warning", str(path),
                                    hint="text colours could not be checked against all of it"))
    where = geometry(chosen, base, width, height)
    template = Template(
        name=path.stem, description=f"your template {path.name}", width=width, height=height,
        colors=_colors(palette, scheme, surfaces, base), styles=styles, regions=where.regions,
        decorations={}, backgrounds={}, pptx=path,
        pptx_layouts={ours: c.layout.name for ours, c in chosen.items()}, surfaces=surfaces,
        anchors=_anchors(scheme), text_layout=where.text_layout, placeholders=where.placeholders)
    return Reading(prs, template, notes, scheme, chosen, faces)


def layout_surfaces(path: Path) -> dict:
    """Every layout's background and shapes (what text on it sits on), by layout name."""
    prs = open_template(Path(path))
    theme = _theme(prs)
    palette = Palette(_scheme(theme), color_map(prs.slide_master.element))
    width, height = prs.slide_width / EMU, prs.slide_height / EMU
    return {layout.name: surface(layout, palette, theme, width, height) for layout in prs.slide_layouts}


def user_template(path: Path, base: Template) -> tuple[Template, list[Diagnostic]]:
    """A Template from the user's .pptx/.potx, with warnings about layouts, fonts and backgrounds."""
    reading = read(path, base)
    return reading.template, reading.notes


def inspect_report(path: Path) -> str:
    """A plain-text description of a template: layouts, placeholders, briefdeck's mapping, theme, and
    what briefdeck could not guarantee."""
    from briefdeck.writers.pptx_inspect import report
    return report(Path(path))
