"""`briefdeck templates inspect FILE`: what a template offers and what briefdeck will do with it."""
from __future__ import annotations

from pathlib import Path

from briefdeck.writers.pptx_template import EMU, WANTED, _kind, _read


def _ratio(width: float, height: float) -> str:
    for name, value in (("16:9", 16 / 9), ("4:3", 4 / 3), ("16:10", 16 / 10)):
        if abs(width / height - value) < 0.01:
            return f" ({name})"
    return ""


def report(path: Path) -> str:
    """The inspect report, as text."""
    from briefdeck.templates import DEFAULT, load_builtin

    prs, t, notes, theme, scheme = _read(path, load_builtin(DEFAULT))
    lines = [f"Template: {path}",
             f"Slide size: {t.width:.2f} x {t.height:.2f} in{_ratio(t.width, t.height)}"]
    if len(prs.slide_masters) > 1:
        lines.append(f"Slide masters: {len(prs.slide_masters)} (briefdeck uses the layouts of the first)")
    lines += ["", f"Layouts ({len(prs.slide_layouts)}):"]
    for layout in prs.slide_layouts:
        lines.append(f"  {layout.name}")
        for ph in layout.placeholders:
            f, kind = ph.placeholder_format, _kind(ph)
            where = ("position inherited from the master" if None in (ph.left, ph.top, ph.width, ph.height)
                     else f"x {ph.left / EMU:5.2f}  y {ph.top / EMU:5.2f}  "
                          f"w {ph.width / EMU:5.2f}  h {ph.height / EMU:5.2f} in")
            lines.append(f"    {kind.name if kind else '(unknown)':<13} idx {f.idx:<3} {ph.name[:28]:<28} {where}")
        if not len(layout.placeholders):
            lines.append("    (no placeholders)")
    lines += ["", "briefdeck layout -> PowerPoint layout:"]
    for ours, names in WANTED.items():
        used = t.pptx_layouts[ours]
        served = used if used.strip().lower() in (n.lower() for n in names) else \
            f"{used}  (fallback: no " + " or ".join(f"'{n}'" for n in names) + ")"
        lines.append(f"  {ours:<12} {served}")
    lines += ["", "Theme fonts:"]
    for role, style in (("headings", "title"), ("body", "body")):
        s = t.styles[style]
        how = f"measured with {s.faces.source} font files" if s.faces else f"measured with {s.metrics}"
        lines.append(f"  {role:<9} {s.font}  ({how})")
    lines += ["", "Theme colours:"]
    for slot in ("dk1", "lt1", "dk2", "lt2", *(f"accent{i}" for i in range(1, 7))):
        lines.append(f"  {slot:<8} {scheme.get(slot, '(not set)')}")
    lines += ["", "briefdeck colours: " + ", ".join(f"{k} {t.color(k)}" for k in ("text", "background", "accent"))]
    if notes:
        lines += ["", "Notes:"] + [f"  {d.severity}: {d.message}" for d in notes]
    return "\n".join(lines)
