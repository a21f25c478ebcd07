"""Sentences with their offsets: blingfire's splitter per line, then a pass for the abbreviations it splits on."""
from __future__ import annotations

import re

import blingfire

from briefdeck.extract.lexicon import ABBREVIATIONS, NAME_ENDS

_LAST_WORD = re.compile(r"(?:^|[\s(\[\"“])([A-Za-z]{1,6})\.$")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
# '… "Who Pays for Supply Management?" estimated that …', '"Why now?" said Doe.': the question mark belongs
# to a title or a quotation inside the sentence, which carries on in lower case
_ASKS = re.compile(r"[?!][\u201d\"\u2019']+$")
_GOES_ON = re.compile(r"[a-z](?!ttps?:|ww\.)")
_OPENS_QUOTE = re.compile(r"[\u201c\"\u00ab]")           # "… of Acme Co. “We …”": a new sentence
# "… and good morning. 2025 was the hardest year …": a sentence that opens on a year, which the splitter runs on into
_YEAR_OPENS = re.compile(r"[.!?](?<=[a-z\d][.!?])[\u201d\"\u2019')]*[ \t]+(?=(?:19|20)\d\d,?[ \t]+[a-z])")
_BULLET = re.compile(r"[ \t]*(?:[\u2022\u25aa\u25cf\u2023\u2043*\-\u2013]|\d{1,2}[.)])[ \t]+")


def _locate(line: str) -> list[tuple[int, int]]:
    """blingfire's sentences found back in the line (it keeps their characters; only the gaps change).

    Locating them with str.find is much faster than blingfire's own offsets, which it
    computes character by character in Python.
    """
    try:
        sentences = blingfire.text_to_sentences(line).split("\n")
    except Exception:                       # blingfire refuses odd input: the line is one sentence
        return []
    spans, pos = [], 0
    for sentence in sentences:
        sentence = sentence.strip()
        if not sentence:
            continue
        at = line.find(sentence, pos)
        if at < 0:
            return []
        spans.append((at, at + len(sentence)))
        pos = at + len(sentence)
    return spans


def _splits(line: str) -> list[tuple[int, int]]:
    if not line.strip():
        return []
    spans = _locate(line)
    if not spans:
        stripped = line.strip()
        start = line.index(stripped)
        return [(start, start + len(stripped))]
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            prev = line[merged[-1][0]:merged[-1][1]]
            m = _LAST_WORD.search(prev, max(0, len(prev) - 8))     # (both end the sentence: no need to scan it)
            if (m and m.group(1).lower() in ABBREVIATIONS and not (m.group(1).lower() in NAME_ENDS
                                                                    and _OPENS_QUOTE.match(line, s))) \
                    or _INITIAL.search(prev, max(0, len(prev) - 3)) or (_ASKS.search(prev) and _GOES_ON.match(line, s)):
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    if "]" in line and _REFERENCE_END.search(line):              # "… 36.8 per cent.[1] Federal …": two sentences
        merged = [part for s, e in merged for part in _at_references(line, s, e)]
    if " 20" not in line and " 19" not in line or _YEAR_OPENS.search(line) is None:   # (most lines: no year opens one)
        return merged
    return [part for s, e in merged for part in _at_years(line, s, e)]


# an encyclopedia's reference number after a sentence's full stop, another sentence after it
_REFERENCE_END = re.compile(r"[.!?][\u201d\"\u2019)]?(?P<refs>(?:\[(?:\d{1,3}|[a-z])\])+)(?=[ \t]+[A-Z\u201c\"])")
_REFERENCES_AFTER = re.compile(r"(?<=[.!?\u201d\"\u2019)])(?:\[(?:\d{1,3}|[a-z])\])+[ \t]*$")   # "… in 2024.[3]" at the end


def _at_references(line: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, split after each reference number that follows a full stop."""
    parts = []
    for m in _REFERENCE_END.finditer(line, s, e):
        parts.append((s, m.start("refs")))          # (its number is no part of it)
        s = m.end() + len(line[m.end():e]) - len(line[m.end():e].lstrip(" \t"))
    return parts + [(s, e)]


def _at_years(line: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, split where a new one opens on a year (not after "Sept." or "No.")."""
    parts = []
    for m in _YEAR_OPENS.finditer(line, s, e):
        word = _LAST_WORD.search(line, max(s, m.start() - 7), m.start() + 1)
        if word and word.group(1).lower() in ABBREVIATIONS:
            continue
        parts.append((s, m.start() + len(m.group().rstrip(" \t"))))     # up to its full stop and closing marks
        s = m.end()
    return parts + [(s, e)]


def split(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``; a sentence never crosses a line break.

    A leading list bullet is left out of the sentence.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        for s, e in _splits(line):
            m = _BULLET.match(line, s)
            if m and m.end() < e:
                s = m.end()
            if line[e - 1:e] == "]" and (refs := _REFERENCES_AFTER.search(line, s, e)) is not None:
                e = refs.start()                 # a reference's number after the full stop is no part of the sentence
            out.append((pos + s, pos + e))
        pos += len(line) + 1
    return out


def list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is an item of a bulleted or numbered list (it opens the line, after its
    bullet)."""
    m = _BULLET.match(text, text.rfind("\n", 0, start) + 1)
    return m is not None and m.end() == start
