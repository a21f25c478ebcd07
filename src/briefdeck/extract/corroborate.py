"""Corroboration: the same figure or claim reported by several sources, grouped."""
from __future__ import annotations

import re
from collections import defaultdict

from briefdeck.core import CLAIM, FIGURE, Snippet

_WORD = re.compile(r"[a-z0-9][a-z0-9’'\-]+")
_STOP = frozenset(
    "the a an of to in on at by for from with and or but as is are was were be been has have had that this "
    "these those it its their his her they them than then there which who whom whose will would can could may "
    "might must should also not no more most such into over under about after before between while".split())
_CHARTED = ("percent", "money", "count")
_SAME_CLAIM = 0.5          # share of content words two claims must have in common
_COMMON = 300              # words in more claims than this don't help find pairs


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP and len(w) > 2)


def group(snippets: list[Snippet]) -> None:
    """Fill each figure's and claim's ``reported_by`` with the other sources saying the same thing."""
    by_figure: dict[tuple, list[Snippet]] = defaultdict(list)
    for sn in snippets:
        if sn.kind == FIGURE and sn.value is not None and sn.quantity in _CHARTED:
            by_figure[(sn.quantity, round(sn.value, 3), sn.unit)].append(sn)
    for same in by_figure.values():
        _link_if(same, lambda a, b: bool(_words(a.measure) & _words(b.measure)))
    claims = [sn for sn in snippets if sn.kind == CLAIM]
    words = [_words(sn.anchor.exact) for sn in claims]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    for i, ws in enumerate(words):
        counts: dict[int, int] = defaultdict(int)
        for w in ws:
            hits = index[w]
            if len(hits) > _COMMON:
                continue
            for j in hits:
                if j > i and claims[j].source != claims[i].source:
                    counts[j] += 1
        for j, shared in counts.items():
            union = len(ws | words[j])
            if union and shared / union >= _SAME_CLAIM:
                _add(claims[i], claims[j].source)
                _add(claims[j], claims[i].source)


def _link_if(same: list[Snippet], related) -> None:
    for i, a in enumerate(same):
        for b in same[i + 1:]:
            if a.source != b.source and related(a, b):
                _add(a, b.source)
                _add(b, a.source)


def _add(sn: Snippet, source: str) -> None:
    if source not in sn.reported_by:
        sn.reported_by.append(source)
