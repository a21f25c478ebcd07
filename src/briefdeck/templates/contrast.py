"""Text colours that read on their background: WCAG contrast, and a readable colour chosen from a theme.

Colours are hex strings ("1F2933"). A background is given as every colour the text may
sit on (each stop of a gradient, the darkest and lightest parts of a picture), and a
colour is readable when its contrast with the worst of them is at least ``MINIMUM``.
"""
from __future__ import annotations

from briefdeck.templates.model import Area, Box, Surface

MINIMUM = 4.5            # WCAG 2 level AA for normal text
PRIMARY = frozenset({"text", "hero_text"})   # colour names of main text, made the theme's own text colour
                                             # when unreadable (other text is only shifted)
EXTREMES = ("000000", "FFFFFF")
_SHARES = tuple(i / 20 for i in range(1, 21))


def _channel(v: int) -> float:
    c = v / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a hex colour."""
    h = colour.lstrip("#")
    r, g, b = (_channel(int(h[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def worst(colour: str, backgrounds) -> float:
    """The contrast of ``colour`` with the worst of ``backgrounds`` (21 when there are none)."""
    return min((ratio(colour, b) for b in backgrounds), default=21.0)


def mix(a: str, b: str, share: float) -> str:
    """``share`` of colour ``b`` over colour ``a``."""
    a, b = a.lstrip("#"), b.lstrip("#")
    return "".join(f"{round(int(a[i:i + 2], 16) * (1 - share) + int(b[i:i + 2], 16) * share):02X}"
                   for i in (0, 2, 4))


def readable(intended: str, backgrounds, anchors=(), primary: bool = False) -> tuple[str, float]:
    """A colour for text meant to be ``intended`` that reads on every one of ``backgrounds``.

    ``intended`` when it already does. Else, for ``primary`` text (titles, body text),
    the theme colour among ``anchors`` (its dark and light text and background colours)
    with the best contrast, when it reads; for secondary text (muted notes, accents),
    the least shift of ``intended`` towards an anchor, or towards black or white, that
    reads, so a muted grey stays a muted grey. Failing all that, the anchor, black or
    white with the best contrast. Returns the colour and its worst contrast.
    """
    intended = intended.lstrip("#").upper()
    backgrounds = tuple(dict.fromkeys(b.lstrip("#").upper() for b in backgrounds))
    have = worst(intended, backgrounds)
    if have >= MINIMUM:
        return intended, have
    theme = tuple(dict.fromkeys(a.lstrip("#").upper() for a in anchors))
    pool = tuple(dict.fromkeys((*theme, *EXTREMES)))
    if primary:
        best = max(theme, key=lambda c: worst(c, backgrounds), default=None)
        if best is not None and worst(best, backgrounds) >= MINIMUM:
            return best, worst(best, backgrounds)
    shifted: tuple[float, int, str, float] | None = None
    for order, anchor in enumerate(pool):
        for share in _SHARES:
            colour = mix(intended, anchor, share)
            got = worst(colour, backgrounds)
            if got >= MINIMUM:
                if shifted is None or (share, order) < shifted[:2]:
                    shifted = (share, order, colour, got)
                break
    if shifted is not None and not primary:
        return shifted[2], shifted[3]
    colour = max(pool, key=lambda c: worst(c, backgrounds))
    return colour, worst(colour, backgrounds)


def _overlaps(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _covers(a: Box, b: Box) -> bool:
    """Whether ``a`` covers all of ``b``."""
    e = 1e-6
    return a.x <= b.x + e and a.y <= b.y + e and a.x + a.w >= b.x + b.w - e and a.y + a.h >= b.y + b.h - e


def under(surface: Surface, box: Box, over: tuple[Area, ...] = ()) -> list[str]:
    """Every colour text in ``box`` may sit on: ``over`` (the slide's own shapes, drawn last) and the
    surface's shapes, top first, down to the first opaque one covering the box, then the background."""
    colours: list[str] = []
    for area in (*reversed(over), *reversed(surface.shapes)):
        if _overlaps(area.box, box):
            colours += area.colors
            if area.opaque and _covers(area.box, box):
                return colours
    hits = [a for a in surface.base if _overlaps(a.box, box)] or list(surface.base)
    for area in hits:
        colours += area.colors
    return colours
