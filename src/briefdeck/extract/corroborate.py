"""Corroboration: the same figure or claim reported by several sources, grouped.

Two claims match when half their content words are shared; two figures when
value, unit and at least one word of what they measure agree. Candidate pairs
come from an index of each claim's rarest words, so the cost stays near linear
in the number of snippets instead of comparing every pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from briefdeck.core import CLAIM, FIGURE, Snippet

_WORD = re.compile(r"[a-z0-9][a-z0-9’'\-]{2,}")      # three characters or more
_STOP = frozenset(
    "the a an of to in on at by for from with and or but as is are was were be been has have had that this "
    "these those it its their his her they them than then there which who whom whose will would can could may "
    "might must should also not no more most such into over under about after before between while".split())
_CHARTED = ("percent", "money", "count")
_SAME_CLAIM = 0.5          # share of content words two claims must have in common
_RAREST = 3                # index each claim under this many of its rarest words
_BUCKET = 40               # a word shared by more claims than this says nothing about a pair


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold())).difference(_STOP)


def group(snippets: list[Snippet]) -> None:
    """Fill each figure's and claim's ``reported_by`` with the other sources saying the same thing."""
    by_figure: dict[tuple, list[Snippet]] = defaultdict(list)
    for sn in snippets:
        if sn.kind == FIGURE and sn.value is not None and sn.quantity in _CHARTED:
            by_figure[(sn.quantity, round(sn.value, 3), sn.unit)].append(sn)
    for same in by_figure.values():
        if len({sn.source for sn in same}) > 1:
            _link(same, [_words(sn.measure) for sn in same], need=None)     # a shared word is enough
    claims = [sn for sn in snippets if sn.kind == CLAIM]
    _link(claims, [_words(sn.anchor.exact) for sn in claims],
          need=_same_claim)


def _same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= _SAME_CLAIM * (len(a) + len(b) - shared)      # of the words in either: no union to build


def _link(items: list[Snippet], words: list[frozenset[str]], need) -> None:
    """Link items from different sources that share a rare word and pass ``need`` (None: no more to pass)."""
    df = Counter(w for ws in words for w in ws)
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        rare = sorted((w for w in ws if 1 < df[w] <= _BUCKET), key=lambda w: (df[w], w))[:_RAREST]
        for w in rare:
            index[w].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        for i, j in combinations(members, 2):
            if (i, j) in seen or items[i].source == items[j].source:
                continue
            seen.add((i, j))
            if need is None or need(words[i], words[j]):
                _add(items[i], items[j].source)
                _add(items[j], items[i].source)


def _add(sn: Snippet, source: str) -> None:
    if source not in sn.reported_by:
        sn.reported_by.append(source)
