"""A social post set in a story, pasted with its poster's name and handle over its words:

    Alberta Premier Jo Doe posted first, and she did not bother with diplomatic language.

    Jo Doe @PremierDoe
    Alberta went to Ottawa to build a common front. Full stop.

The lines under the head, down to the next blank line, are the poster's words. Cleaning keeps such a head only
in a story, with the post's words right under it (:func:`briefdeck.clean.boilerplate.strip`). A post quoted in a
Markdown page has its head on the words' own line, "> **Sen. Jo Doe** (@SenDoe): Canada is …": the rest of that
line is the poster's (not the time and views under it), and a title before the name is not part of it. A forum
reply quoting an earlier post under "Quote from: jo_doe on March 2, 2026, 09:14:22 PM" gives those lines, down to
the next blank line, to the one it quotes."""
from __future__ import annotations

import re

from briefdeck.clean.boilerplate import HANDLE, POSTER
from briefdeck.extract.interviews import Answer
from briefdeck.extract.lexicon import TITLES

_HEAD = re.compile(rf"^[ \t]*({POSTER})[ \t]+{HANDLE}[ \t]*\n(?=[ \t]*\S)", re.M)   # the head cleaning kept
_QUOTE_FROM = re.compile(r"^[ \t]*Quote from:[ \t]+([^\s\n]{2,40})[ \t]+on[ \t]+[^\n]{4,60}\n(?=[ \t]*\S)", re.M)
_INLINE = re.compile(rf"^[ \t]*>?[ \t]*(?:\*\*|__)?({POSTER})(?:\*\*|__)?[ \t]+\({HANDLE}\)[ \t]*:[ \t]+(?=\S)", re.M)


def _untitled(name: str) -> str:
    """ "Sen. Jo Doe": Jo Doe."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


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
    for m in _QUOTE_FROM.finditer(text) if "Quote from:" in text else ():
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        out.append(Answer(m.end(), m.end() + len(text[m.end():end].rstrip()), m.group(1), ""))
    for m in _INLINE.finditer(text) if "(@" in text else ():
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.append(Answer(m.end(), m.end() + len(text[m.end():end].rstrip()), _untitled(m.group(1)), ""))
    return sorted(out, key=lambda a: a.start)
