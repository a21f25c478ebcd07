"""A share said as a count: "stopped 28 of 32 shots", "24 of the 35 seats", and the whole named first, "Of the 87
complaints, 41 concerned deductions and 19 involved uniforms": each part one figure, counted out of the whole."""
from __future__ import annotations

import re

from briefdeck.core.numbers import HEDGE_WORDS
from briefdeck.extract.figure_parts import COUNT, ONE_WORD, Figure, number_value

# "stopped 28 of 32 shots", "24 of the 35 seats", "Eleven of the 38 apprentices", "nine of the plant's 24": a share,
# said as a count
_OF = re.compile(rf"(?<![\w.,$€£/#-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|(?i:{ONE_WORD})(?<![Oo]ne)) of "
                 r"(?:the |its |their |his |her |our |(?:the )?[\w-]+[\u2019']s )?"
                 rf"(?:(?:next|last|first|remaining) )?(?:(?:{HEDGE_WORDS}) )?"             # ("11 of the next 40 sailings")
                 r"(?P<m>\d{1,3}(?:,\d{3})*)\b(?![.,]\d|%|-)")     # ("6,800 of the more than 41,000 customers")
# "Of the 2,384 members balloted, 1,712 returned a paper": the whole opens the sentence, the parts follow in it
_WHOLE_FIRST = re.compile(rf"(?:^|(?<=[.!?] )|(?<=\n))Of (?:the |its |their )(?:[A-Za-z][\w-]*[\u2019']s )?"   # ("Of the
                          rf"(?:(?:{HEDGE_WORDS}) )?(?P<m>\d{{1,3}}(?:,\d{{3}})*)"                    # tower's 612 units")
                          r"(?P<noun>(?: (?!(?:that|who|which|we|to|in|at|on|for|across)\b)[a-z][\w\u2019'-]*){0,3})[^,.\n]{0,60},")
_PART = re.compile(r"(?<![\w.,$€£/#(-])(?P<n>\d{1,3}(?:,\d{3})*)\b(?![.,]\d|%|-|\)| per ?cent| percent)")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _shares(text: str):
    """_OF's matches, tried only on the word before each " of " (far cheaper than a scan for a number word)."""
    at = text.find(" of ")
    while at > 0:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in ",-"):
            start -= 1                                    # ("4,100", "twenty-one")
        m = _OF.match(text, start)
        if m:
            yield m
        at = text.find(" of ", max(at + 1, m.end() if m else 0))


def find(text: str, found: list[Figure]) -> list[Figure]:
    """The shares in ``text`` added to (or made of) the figures ``found`` there: one figure a share, the count
    of the whole in its unit."""
    if " of " not in text and "Of " not in text:
        return found
    for m in _shares(text):
        n, whole = number_value(m.group("n")), number_value(m.group("m"))
        within = [f for f in found if f.start < m.end("n") and m.start() < f.end]
        if not 0 < n < whole or any(f.start < m.start() or f.end > m.start("m") for f in within):
            continue
        found = [f for f in found if f not in within]      # ("nine of the plant's" read as a count of its own)
        counted = next((f for f in found if f.start == m.start("m") and f.quantity == COUNT), None)
        if counted is not None:
            found[found.index(counted)] = Figure(m.start(), counted.end, n, f"of {m.group('m')} {counted.unit}", COUNT)
        elif not any(f.start < m.end() and m.start("m") < f.end for f in found):
            found.append(Figure(m.start(), m.end(), n, f"of {m.group('m')}", COUNT))
    for m in _WHOLE_FIRST.finditer(text) if "Of " in text else ():
        whole, noun = number_value(m.group("m")), m.group("noun").strip()
        end = _SENTENCE_END.search(text, m.end())
        for part in _PART.finditer(text, m.end(), end.start() if end else len(text)):
            n = number_value(part.group("n"))
            if 0 < n < whole and not any(f.start < part.end() and part.start() < f.end for f in found):
                found.append(Figure(part.start(), part.end(), n, f"of {m.group('m')} {noun}".rstrip(), COUNT))
    found.sort(key=lambda f: f.start)
    return found
