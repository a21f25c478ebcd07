"""Corroboration: the same figure or claim reported by several sources, grouped.

Two claims match when half their content words are shared; two figures when
value, unit and at least one word of what they measure agree. Candidate pairs
come from an index of each claim's rarest words, so the cost stays near linear
in the number of snippets instead of comparing every pair.
"""
from __future__ import annotations

import operator
import re
from collections import Counter, defaultdict

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
_ORDER = operator.itemgetter(0)


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold())).difference(_STOP)


def group(snippets: list[Snippet]) -> None:
    """Fill each figure's and claim's ``reported_by`` with the other sources saying the same thing."""
    found = Grouping()
    found.add(snippets)
    found.link()


class Grouping:
    """What :func:`group` does, in two steps: :meth:`add` each source's snippets as they arrive (while other
    sources are still being read), then :meth:`link` them all once."""

    def __init__(self) -> None:
        self._figures: list[tuple[int, Snippet, frozenset[str]]] = []
        self._claims: list[tuple[int, Snippet, frozenset[str]]] = []
        self._df: Counter[str] = Counter()

    def add(self, snippets: list[Snippet], order: int = 0) -> None:
        """Take one source's snippets (``order``: where that source stands among all, for a stable result)."""
        for sn in snippets:
            if sn.kind == FIGURE and sn.value is not None and sn.quantity in _CHARTED:
                self._figures.append((order, sn, _words(sn.measure)))
            elif sn.kind == CLAIM:
                words = _words(sn.anchor.exact)
                self._claims.append((order, sn, words))
                self._df.update(words)

    def link(self) -> None:
        by_figure: dict[tuple, list[tuple[int, Snippet, frozenset[str]]]] = defaultdict(list)
        for row in sorted(self._figures, key=_ORDER):
            sn = row[1]
            by_figure[(sn.quantity, round(sn.value, 3), sn.unit)].append(row)
        for same in by_figure.values():
            if len({sn.source for _, sn, _ in same}) > 1:           # a shared word is enough
                _link([sn for _, sn, _ in same], [words for _, _, words in same], need=None)
        claims = sorted(self._claims, key=_ORDER)
        _link([sn for _, sn, _ in claims], [words for _, _, words in claims], need=_same_claim, df=self._df)


def _same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= _SAME_CLAIM * (len(a) + len(b) - shared)      # of the words in either: no union to build


def _link(items: list[Snippet], words: list[frozenset[str]], need, df: Counter | None = None) -> None:
    """Link items from different sources that share a rare word and pass ``need`` (None: no more to pass);
    ``df``: how many items hold each word, when already counted. Each pair is tried once, in the order of
    the words' buckets, so every run lists the other sources in the same order."""
    df = df if df is not None else Counter(w for ws in words for w in ws)
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for _, w in sorted([(df[w], w) for w in ws if 1 < df[w] <= _BUCKET])[:_RAREST]:
            index[w].append(i)
    sources = [sn.source for sn in items]
    reported = [sn.reported_by for sn in items]
    seen: set[int] = set()
    n = len(items)
    for members in index.values():
        for a, i in enumerate(members):
            source, mine = sources[i], reported[i]
            for j in members[a + 1:]:
                other = sources[j]
                if other == source or i * n + j in seen:
                    continue
                seen.add(i * n + j)
                if need is None or need(words[i], words[j]):
                    if other not in mine:
                        mine.append(other)
                    if source not in reported[j]:
                        reported[j].append(source)
