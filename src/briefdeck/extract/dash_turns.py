"""Subtitles' dashes: "- …" opens someone else's words without saying whose.

In a subtitled interview the answers are labelled ("JO: …") until the talk gets quick; then a dash marks each
change of speaker. The interviewer's dash turns ask, or call on a guest by first name ("- Jo, the food bank
depends on donations too."); any other dash turn is the answer of the guest called on, else of the one who
answered last.
"""
from __future__ import annotations

import re

DASH = re.compile(r"[-\u2013\u2014][ \t]+(?![*_\[#])(?=[^\n]+$)")     # (not a list's "- **412**: bills …" lines)
_CALLS_ON = re.compile(r"(?:So,?[ \t]+|And[ \t]+|Now,?[ \t]+)?([A-ZÀ-Þ][a-zà-ÿ\u2019'\-]+),[ \t]")


def called_on(said: str, who: dict):
    """The answerer a dash turn calls on by first name ("Jo, let's start with the numbers."); None if none."""
    m = _CALLS_ON.match(said)
    if m is None:
        return None
    return next((p for p in who.values() if p.name.split()[0] == m.group(1)), None)
