"""Texts that quote with single marks (‘…’ or '…'), as much of the British and Irish press does.

Such a text is read as if its single marks were double ones, and its double marks (which it uses
for a quotation inside a quotation) single: :func:`as_double` swaps them one character for one, so
every offset in the result is an offset in the original. A text that quotes with double marks is
returned as it is; its single marks are quotations inside quotations or apostrophes.

A closing single mark is also an apostrophe ("isn’t", "the traders’ union"). A mark between two
letters is never a quotation mark. Of the other candidates, one that follows or precedes punctuation
(‘…,’ said / ‘…’.) closes before one that stands between a word and a space (a plural possessive,
or the end of a quoted word such as ‘modest’ change).
"""
from __future__ import annotations

import re

from briefdeck.extract import marks

_OPEN_BEFORE = " \t([{\u2014\u2013-/:;\u201c\""
_PUNCT_BEFORE = ".,!?;:\u2026\u2014\u2013-"
_PUNCT_AFTER = ".,;:!?)]}\u2014\u2013-\u201d\""
_SINGLE = re.compile("[\u2018']")
_CLOSING = re.compile("[\u2019']")
_DOUBLE_TO_SINGLE = {"\u201c": "\u2018", "\u201d": "\u2019", "\u201e": "\u2018", "\u201f": "\u2018",
                     "\"": "'", "\u00ab": "\u2018", "\u00bb": "\u2019"}


def _opens(line: str, i: int) -> bool:
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before not in _OPEN_BEFORE and not before.isspace():
        return False
    if after.isalpha() or after in "\u201c\"":
        return True
    if after.isdigit():                     # '90s, ’20s: a decade, unless the quotation goes on
        j = i + 1
        while j < len(line) and line[j].isdigit():
            j += 1
        return not (j < len(line) and line[j] == "s")
    return False


def _closes(line: str, i: int) -> int:
    """0: not a closing mark here; 2: surely one (punctuation beside it); 1: perhaps one."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before.isspace() or after.isalnum():
        return 0
    if before in _PUNCT_BEFORE or after in _PUNCT_AFTER or not line[i + 1:].strip():
        return 2
    return 1


def _pairs(line: str, continued: bool = False) -> list[tuple[int, int]]:
    """Opening and closing single marks of one paragraph; an opening mark left open has close -1 (``continued``:
    the next paragraph opens with a mark, so a quotation left open here goes on there)."""
    openers = [m.start() for m in _SINGLE.finditer(line) if _opens(line, m.start())]
    out: list[tuple[int, int]] = []
    after = -1
    for k, o in enumerate(openers):
        if o <= after:
            continue
        limit = next((p for p in openers[k + 1:] if p > o), len(line))
        sure = maybe = -1
        for m in _CLOSING.finditer(line, o + 2, limit):
            strength = _closes(line, m.start())
            if strength == 2:
                sure = m.start()
                break
            if strength == 1 and maybe < 0:
                maybe = m.start()
        close = sure if sure >= 0 else maybe
        if close < 0 and line[:o].strip() and not continued:
            continue                          # not at the start of its paragraph, never closed: a stray mark
        out.append((o, close))
        after = close if close >= 0 else len(line)
    return out


def as_double(text: str) -> str:
    """``text`` with single and double quotation marks swapped when it quotes with single ones."""
    if "\u2018" not in text and "'" not in text:
        return text
    singles: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "\u2018" in line or "'" in line:
            j = k + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            following = lines[j].lstrip() if j < len(lines) else ""
            continued = following[:1] in ("\u2018", "'") and _opens(following, 0)
            singles += [(pos + o, pos + c if c >= 0 else -1) for o, c in _pairs(line, continued)]
        pos += len(line) + 1
    if not singles:
        return text
    doubles = [(q.mark, q.close) for q in marks.spans(text)]
    single_ranges = [(o, c if c >= 0 else o) for o, c in singles]

    def inside(at: int, ranges: list[tuple[int, int]]) -> bool:
        return any(s < at < e for s, e in ranges)

    outer_singles = sum(not inside(o, doubles) for o, _ in singles)
    outer_doubles = sum(not inside(m, single_ranges) for m, _ in doubles)
    if outer_singles <= outer_doubles:
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch in _DOUBLE_TO_SINGLE:
            chars[i] = _DOUBLE_TO_SINGLE[ch]
    for o, c in singles:
        chars[o] = "\u201c"
        if c >= 0:
            chars[c] = "\u201d"
    return "".join(chars)


__all__ = ["as_double"]
