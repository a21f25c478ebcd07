"""A certified transcript's margins: the line numbers down the left of each page (" 4    Q.   Where do you work
now?") and the page number over it (the "212" set far to the right), as a court or hearing transcript is filed.

They go when at least ten lines open on a number that counts up by one from line to line (or starts again at 1 on
a new page); a list or a table numbered now and then is left alone.
"""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_NUMBERED = re.compile(r"^[ \t]{0,4}(\d{1,2})(?:[ \t]{2,}|[ \t]*$)", re.M)
_PAGE = re.compile(r"^[ \t]{20,}\d{1,4}[ \t]*$", re.M)
MIN_LINES = 10
IN_TURN = 0.8              # the share of numbered lines that follow the one before them


def strip(text: str) -> Step:
    """Remove a transcript's line and page numbers."""
    found = list(_NUMBERED.finditer(text)) if "\n 1 " in text or "\n1 " in text else []
    numbers = [int(m.group(1)) for m in found]
    following = sum(1 for a, b in zip(numbers, numbers[1:]) if b in (a + 1, 1))
    if len(found) < MIN_LINES or following < IN_TURN * (len(found) - 1):
        return apply(text, "margin", [])
    return apply(text, "margin", [(m.start(), m.end(), "", "transcript line number") for m in found]
                 + [(m.start(), m.end(), "", "transcript page number") for m in _PAGE.finditer(text)])
