"""`briefdeck templates inspect FILE`: what a template offers and what briefdeck will do with it.

Layouts and their placeholders, which layout serves each briefdeck layout (and how it
was found), the fonts and how text in them is measured, each layout's background and
the text colours that read on it, and what briefdeck could not guarantee.
"""
from __future__ import annotations

from pathlib import Path

from briefdeck.templates import contrast
from briefdeck.templates.model import Template
from briefdeck.writers.pptx_layouts import WANTED, kind
from briefdeck.writers.pptx_template import EMU, read

# text styles checked per briefdeck layout, and the region each sits in
CHECKED = {"title": ("hero_title", "hero_subtitle", "hero_date"),
           "section": ("section_title", "section_subtitle"),
           "bullets": ("title", "body", "footnote", "page")}
REGION = {"body": "content", "page": "page", "footnote": "footnote"}


def _ratio(width: float, height: float) -> str:
    for name, value in (("16:9", 16 / 9), ("4:3", 4 / 3), ("16:10", 16 / 10)):
        if abs(width / height - value) < 0.01:
            return f" ({name})"
    return ""


def _layouts(prs) -> list[str]:
    lines = ["", f"Layouts ({len(prs.slide_layouts)}):"]
    for layout in prs.slide_layouts:
        lines.append(f"  {layout.name}")
        for ph in layout.placeholders:
            f, k = ph.placeholder_format, kind(ph)
            where = ("position inherited from the master" if None in (ph.left, ph.top, ph.width, ph.height)
                     else f"x {ph.left / EMU:5.2f}  y {ph.top / EMU:5.2f}  "
                          f"w {ph.width / EMU:5.2f}  h {ph.height / EMU:5.2f} in")
            lines.append(f"    {k.name if k else '(unknown)':<13} idx {f.idx:<3} {ph.name[:28]:<28} {where}")
        if not len(layout.placeholders):
            lines.append("    (no placeholders)")
    return lines


def _mapping(chosen) -> list[str]:
    lines = ["", "briefdeck layout -> PowerPoint layout:"]
    for ours, names in WANTED.items():
        c = chosen[ours]
        wanted = " or ".join(f"'{n}'" for n in names)
        how = {"name": "", "type": f"  (by its layout type: no {wanted})",
               "placeholders": f"  (by its placeholders: no {wanted})",
               "fallback": f"  (fallback: no {wanted})"}[c.how]
        lines.append(f"  {ours:<12} {c.layout.name}{how}")
    return lines


def _colours(t: Template) -> tuple[list[str], list[str]]:
    """Each checked layout's background and text colours; and what could not be guaranteed."""
    lines, problems = ["", "Backgrounds and text colours (WCAG contrast, at least 4.5:1 wanted):"], []
    for ours, styles in CHECKED.items():
        s = t.surface(ours)
        kind_text = {"solid": "solid", "gradient": "gradient (checked against every stop)",
                     "picture": "picture (checked against the darkest and lightest part under each text)",
                     "pattern": "pattern", "unknown": "could not be read"}.get(s.kind, s.kind)
        colours = sorted({c for a in s.base for c in a.colors})
        shown = ", ".join(colours[:6]) + (" ..." if len(colours) > 6 else "")
        lines.append(f"  {ours:<9} on '{t.pptx_layouts.get(ours, '')}': {kind_text}: {shown}"
                     + (f", {len(s.shapes)} filled shape(s) over it" if s.shapes else ""))
        for style in styles:
            region = REGION.get(style, style)
            box = t.regions.get(region)
            if box is None:
                continue
            backgrounds = contrast.under(s, box)
            intended = t.styles[style].color
            colour, got = contrast.readable(t.color(intended), backgrounds, t.anchors, intended in contrast.PRIMARY)
            mark = "" if got >= contrast.MINIMUM else "  <- below 4.5:1"
            lines.append(f"    {style:<17} {colour}  {got:4.1f}:1{mark}")
            if got < contrast.MINIMUM:
                problems.append(f"'{style}' text on '{ours}' slides reaches only {got:.1f}:1 against the "
                                f"background (no theme colour, black or white does better)")
        if s.note:
            problems.append(f"'{ours}' slides: {s.note}")
    return lines, problems


def report(path: Path) -> str:
    """The inspect report, as text."""
    from briefdeck.templates import DEFAULT, load_builtin

    r = read(path, load_builtin(DEFAULT))
    t, prs = r.template, r.prs
    lines = [f"Template: {path}", f"Slide size: {t.width:.2f} x {t.height:.2f} in{_ratio(t.width, t.height)}"]
    if len(prs.slide_masters) > 1:
        lines.append(f"Slide masters: {len(prs.slide_masters)} (briefdeck uses the layouts of the first)")
    lines += _layouts(prs) + _mapping(r.chosen)
    lines += ["", "Theme fonts:"]
    problems: list[str] = []
    for role, style in (("headings", "title"), ("body", "body")):
        s = t.styles[style]
        found = r.fonts.get("heading" if role == "headings" else "body")
        how = found.how if found else f"measured with {s.metrics}"
        lines.append(f"  {role:<9} {s.font}: {how}")
        if found and found.source == "conservative":
            problems.append(f"{s.font} is not available, so its widths are estimated (wide); lines may end "
                            "earlier than they could")
    lines += ["", "Theme colours:"]
    for slot in ("dk1", "lt1", "dk2", "lt2", *(f"accent{i}" for i in range(1, 7))):
        lines.append(f"  {slot:<8} {r.scheme.get(slot, '(not set)')}")
    colour_lines, colour_problems = _colours(t)
    lines += colour_lines
    problems += colour_problems
    if r.notes:
        lines += ["", "Notes:"] + [f"  {d.severity}: {d.message}" for d in r.notes]
    lines += ["", "Not guaranteed:"] + ([f"  - {p}" for p in dict.fromkeys(problems)] or ["  (nothing)"])
    return "\n".join(lines)
