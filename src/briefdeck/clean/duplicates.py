"""Drop what a page scrape repeated: a heading printed twice, a paragraph pasted again further down."""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_NOT_WORD = re.compile(r"[\W_]+")
_MIN_REPEAT = 50      # a non-adjacent repeat must be at least this long (normalised) to be dropped


def key(line: str) -> str:
    """A line reduced to its letters and digits, so 'Canada’s' and 'Canadas' compare equal."""
    return _NOT_WORD.sub("", line.casefold())


def drop(text: str) -> Step:
    """Remove a line equal to the line just before it, or a long line already seen anywhere earlier."""
    seen: set[str] = set()
    previous = ""
    prev_end = 0
    pos = 0
    replacements = []
    for line in text.split("\n"):
        end = pos + len(line)
        pos = end + 1
        k = key(line)
        if not k:
            continue
        if k == previous or (len(k) >= _MIN_REPEAT and k in seen):
            why = "same as the line before" if k == previous else "repeats an earlier paragraph"
            replacements.append((prev_end, end, "", why))   # the separator before it goes too
            prev_end = end
            continue
        seen.add(k)
        previous = k
        prev_end = end
    return apply(text, "duplicate", replacements)
