"""DrawingML colours and fills as hex values: theme colours through the colour map, with their transforms.

``Palette`` resolves a colour element (``a:srgbClr``, ``a:schemeClr`` ...) with its
transforms (``a:lumMod``, ``a:tint``, ``a:shade`` ...) the way LibreOffice draws it:
luminance and saturation in HSL, tint and shade in linear RGB. ``Palette.fill`` reads
a fill (solid, gradient, pattern, picture) into the colours it shows.
"""
from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"a": A, "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
COLOUR_TAGS = ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")
FILL_TAGS = ("solidFill", "gradFill", "blipFill", "pattFill", "noFill", "grpFill")
SYSTEM = {"windowText": "000000", "window": "FFFFFF", "btnFace": "F0F0F0", "btnText": "000000",
          "highlight": "0078D7", "highlightText": "FFFFFF", "grayText": "6D6D6D"}
PRESET = {"black": "000000", "white": "FFFFFF", "gray": "808080", "grey": "808080", "silver": "C0C0C0",
          "dkGray": "A9A9A9", "ltGray": "D3D3D3", "dimGray": "696969", "red": "FF0000", "green": "008000",
          "blue": "0000FF", "navy": "000080", "yellow": "FFFF00", "orange": "FFA500", "teal": "008080",
          "maroon": "800000", "purple": "800080", "olive": "808000", "whiteSmoke": "F5F5F5"}
DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
GAMMA = 2.3     # LibreOffice's approximation of sRGB for tint and shade


@dataclass(frozen=True)
class Fill:
    """What a fill shows: ``colors`` (every stop of a gradient), or a picture's relationship id."""

    kind: str                        # solid | gradient | pattern | picture | none
    colors: tuple[str, ...] = ()
    image: str | None = None         # r:embed of a picture fill
    tiled: bool = False
    translucent: bool = False        # some colour has alpha below 100%


def local(el) -> str:
    return etree.QName(el).localname


def xpath(el, path: str) -> list:
    """``el.xpath(path)`` with the a:, p: and r: prefixes, for python-pptx's elements and plain lxml alike."""
    return etree._Element.xpath(el, path, namespaces=NS)


def _hex(rgb) -> str:
    return "".join(f"{max(0, min(255, round(c * 255))):02X}" for c in rgb)


def _rgb(hex_colour: str) -> list[float]:
    return [int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]


def _pct(el) -> float:
    try:
        return int(el.get("val", "100000")) / 100000
    except ValueError:
        return 1.0


class Palette:
    """A theme's colours (``dk1`` ... ``accent6``) seen through a slide master's colour map."""

    def __init__(self, scheme: dict[str, str], color_map: dict[str, str] | None = None):
        self.scheme = scheme
        self.color_map = dict(DEFAULT_MAP, **(color_map or {}))

    def with_map(self, override: dict[str, str] | None) -> Palette:
        return Palette(self.scheme, dict(self.color_map, **override)) if override else self

    def scheme_colour(self, name: str) -> str | None:
        return self.scheme.get(self.color_map.get(name, name))

    def colour(self, el, placeholder: str | None = None) -> tuple[str | None, bool]:
        """(hex, translucent) of a colour element; None for one that cannot be resolved."""
        kind = local(el)
        base: str | None = None
        if kind == "srgbClr":
            base = el.get("val")
        elif kind == "schemeClr":
            val = el.get("val", "")
            base = placeholder if val == "phClr" else self.scheme_colour(val)
        elif kind == "sysClr":
            base = el.get("lastClr") or SYSTEM.get(el.get("val", ""))
        elif kind == "prstClr":
            base = PRESET.get(el.get("val", ""))
        elif kind == "scrgbClr":
            lin = [int(el.get(c, "0")) / 100000 for c in ("r", "g", "b")]
            base = _hex([max(0.0, v) ** (1 / GAMMA) for v in lin])
        elif kind == "hslClr":
            h, s, lum = int(el.get("hue", "0")) / 21600000, int(el.get("sat", "0")) / 100000, \
                int(el.get("lum", "0")) / 100000
            base = _hex(colorsys.hls_to_rgb(h, lum, s))
        if not base or not re.fullmatch(r"[0-9A-Fa-f]{6}", base):
            return None, False
        return _transform(base.upper(), el)

    def first_colour(self, parent, placeholder: str | None = None) -> tuple[str | None, bool]:
        for child in parent:
            if local(child) in COLOUR_TAGS:
                return self.colour(child, placeholder)
        return None, False

    def fill(self, el, placeholder: str | None = None) -> Fill | None:
        """A fill element (``a:solidFill`` ...) read into colours; None for one briefdeck cannot read."""
        kind = local(el)
        if kind == "noFill":
            return Fill("none")
        if kind == "solidFill":
            colour, alpha = self.first_colour(el, placeholder)
            return Fill("solid", (colour,), translucent=alpha) if colour else None
        if kind == "gradFill":
            stops = [self.first_colour(gs, placeholder) for gs in xpath(el, "./a:gsLst/a:gs")]
            colours = tuple(c for c, _ in stops if c)
            return Fill("gradient", colours, translucent=any(a for _, a in stops)) if colours else None
        if kind == "pattFill":
            pair = [self.first_colour(part, placeholder) for tag in ("fgClr", "bgClr")
                    for part in el.findall(f"{{{A}}}{tag}")]
            colours = tuple(c for c, _ in pair if c)
            return Fill("pattern", colours, translucent=any(a for _, a in pair)) if colours else None
        if kind == "blipFill":
            blip = el.find(f"{{{A}}}blip")
            rid = blip.get(f"{{{NS['r']}}}embed") if blip is not None else None
            return Fill("picture", image=rid, tiled=el.find(f"{{{A}}}tile") is not None)
        return None

    def first_fill(self, parent, placeholder: str | None = None) -> Fill | None:
        """The fill among ``parent``'s children, if it has one."""
        for child in parent if parent is not None else ():
            if local(child) in FILL_TAGS:
                return self.fill(child, placeholder)
        return None

    def styled_fill(self, theme, ref) -> Fill | None:
        """A fill by reference to the theme (``a:fillRef`` / ``p:bgRef`` idx), in the reference's colour."""
        try:
            idx = int(ref.get("idx", "0"))
        except ValueError:
            return None
        if idx == 0 or theme is None:
            return Fill("none") if idx == 0 else None
        listed = "bgFillStyleLst" if idx >= 1001 else "fillStyleLst"
        styles = xpath(theme, f"./a:themeElements/a:fmtScheme/a:{listed}/*")
        n = idx - 1001 if idx >= 1001 else idx - 1
        if not 0 <= n < len(styles):
            return None
        placeholder, _ = self.first_colour(ref)
        return self.fill(styles[n], placeholder)


def _transform(colour: str, el) -> tuple[str, bool]:
    """Apply a colour element's transforms, in order; also whether an alpha below 100% was among them."""
    rgb = _rgb(colour)
    translucent = False
    for t in el:
        name = local(t)
        v = _pct(t)
        if name in ("alpha", "alphaMod") and v < 1:
            translucent = True
        elif name in ("lumMod", "lumOff", "lum", "satMod", "satOff", "sat", "hueMod", "hueOff", "hue"):
            h, lum, s = colorsys.rgb_to_hls(*rgb)
            if name == "lumMod":
                lum *= v
            elif name == "lumOff":
                lum += v
            elif name == "lum":
                lum = v
            elif name == "satMod":
                s *= v
            elif name == "satOff":
                s += v
            elif name == "sat":
                s = v
            elif name == "hueMod":
                h = (h * v) % 1
            elif name == "hueOff":
                h = (h + int(t.get("val", "0")) / 21600000) % 1
            elif name == "hue":
                h = int(t.get("val", "0")) / 21600000 % 1
            lum, s = min(1.0, max(0.0, lum)), min(1.0, max(0.0, s))
            rgb = list(colorsys.hls_to_rgb(h, lum, s))
        elif name in ("tint", "shade") and 0 <= v <= 1:
            lin = [c ** GAMMA for c in rgb]
            lin = [1 - (1 - c) * v for c in lin] if name == "tint" else [c * v for c in lin]
            rgb = [c ** (1 / GAMMA) for c in lin]
        elif name == "inv":
            rgb = [1 - c for c in rgb]
        elif name == "gray":
            g = 0.22 * rgb[0] + 0.72 * rgb[1] + 0.06 * rgb[2]
            rgb = [g, g, g]
        elif name == "comp":
            h, lum, s = colorsys.rgb_to_hls(*rgb)
            rgb = list(colorsys.hls_to_rgb((h + 0.5) % 1, lum, s))
    return _hex(rgb), translucent
