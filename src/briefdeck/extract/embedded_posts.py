"""A social post set in a story, pasted with its poster's name and handle over its words:

    Alberta Premier Jo Doe posted first, and she did not bother with diplomatic language.

    Jo Doe @PremierDoe
    Alberta went to Ottawa to build a common front. Full stop.

The lines under the head, down to the next blank line, are the poster's words. Cleaning keeps such a head only
in a story, with the post's words right under it (:func:`briefdeck.clean.boilerplate.strip`)."""
from __future__ import annotations

import re

from briefdeck.clean.boilerplate import HANDLE, POSTER
from briefdeck.extract.interviews import Answer

_HEAD = re.compile(rf"^[ \t]*({POSTER})[ \t]+{HANDLE}[ \t]*\n(?=[ \t]*\S)", re.M)   # the head cleaning kept


def answers(text: str) -> list[Answer]:
    """Each embedded post's words, with who posted them; [] when ``text`` has none."""
    out = []
    for m in _HEAD.finditer(text) if "@" in text else ():
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        start = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
        end = start + len(text[start:end].rstrip())
        if end > start:
            out.append(Answer(start, end, m.group(1), ""))
    return out
