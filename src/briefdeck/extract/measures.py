"""What a figure measures: the clause around the number, without it ("A 25% tariff on cars" -> "tariff on
cars"). Shown beside the figure in the editor; ``draft`` charts figures whose measures share words."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdeck.extract.figures import Figure

_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|while|which|who|whereas)\b")
_LEADING = re.compile(r"^(?:[\w’' ]{0,40}?\b(?:say|says|said|report|reports|reported|estimate|estimates|show|shows|"
                      r"found|expect|expects)\s+(?:that\s+)?)?(?:(?:a|an|the|that|which|while|when|of|to|by|for|with|from|at|some|about|roughly|nearly|almost|around|"
                      r"more than|less than|over|under|up to|only|just|than|another|and|but)\s+)+", re.I)


_SEPARATORS = re.compile(r"[\s,;:\u2014\u2013]+")


def _words_around(text: str, lo: int, hi: int, fig: "Figure") -> list[str]:
    clause = (text[lo:fig.start] + " " + text[fig.end:hi]).strip(" ,;:()\u2014\u2013-.")
    clause = _SEPARATORS.sub(" ", clause)
    return _LEADING.sub("", clause).strip().split()


_NEAR = 500


def measure(text: str, sentence: tuple[int, int], fig: "Figure", max_words: int = 12) -> str:
    """What the figure measures, from the clause around it: 'A 25% tariff on cars' -> 'tariff on cars'."""
    s, e = sentence
    # a "sentence" with no full stop can run for pages (a table pasted as text): look near the figure only,
    # or every figure in it scans all of it
    s, e = max(s, fig.start - _NEAR), min(e, fig.end + _NEAR)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, s, e)]
    lo = max([b for b in breaks if b < fig.start] or [s])
    hi = min([b for b in breaks if b >= fig.end] or [e])
    words = _words_around(text, lo, hi, fig)
    if len(words) < 3:                   # "For 30 years, the sector ...": the clause alone says nothing
        later = [b for b in breaks if b > hi]
        words = _words_around(text, lo, later[0] if later else e, fig)
    if not words:
        return fig.unit
    return " ".join(words[:max_words]).rstrip(",.;:")
