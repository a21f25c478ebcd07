"""A first draft deck from extracted snippets: what an analyst would start from, not a wall of text."""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from pathlib import Path

from briefdeck.core import (CLAIM, FIGURE, QUOTE, ChartSpec, Deck, Item, Point, Series, Slide, Snippet,
                            Source)
from briefdeck.extract.pipeline import Extraction

MAX_CLAIM_WORDS = 32          # longer sentences make poor bullets
BULLETS_PER_SLIDE = 4
CHARTED = ("percent", "money", "count")


def _words(text: str) -> int:
    return len(text.split())


def _rank(snippets: list[Snippet]) -> list[Snippet]:
    """Best first: score, then how many sources back it."""
    return sorted(snippets, key=lambda s: (-(s.score or 0) - 0.05 * len(s.reported_by), s.anchor.start))


def _round_robin(snippets: list[Snippet], limit: int) -> list[Snippet]:
    """Take the best of each source in turn, so one long article does not fill the deck."""
    by_source: dict[str, list[Snippet]] = {}
    for sn in _rank(snippets):
        by_source.setdefault(sn.source, []).append(sn)
    out: list[Snippet] = []
    while len(out) < limit and any(by_source.values()):
        for queue in by_source.values():
            if queue and len(out) < limit:
                out.append(queue.pop(0))
    return out


def _distinct_claims(claims: list[Snippet]) -> list[Snippet]:
    """Drop a claim that another (already kept) source reports too."""
    kept: list[Snippet] = []
    sources_said: set[tuple[str, str]] = set()
    for sn in claims:
        if any((other, sn.source) in sources_said for other in sn.reported_by):
            continue
        kept.append(sn)
        sources_said.update((sn.source, other) for other in sn.reported_by)
    return kept


def _label(text: str, words: int = 8) -> str:
    parts = text.split()
    label = " ".join(parts[:words]).rstrip(",.;:")
    return label[:1].upper() + label[1:] if label else label


_STOP_TITLE = frozenset("this that these those there their they what when where which while with from into "
                        "over under after before about also more most such only even just then than".split())


def _title(sources: list[Source], explicit: str | None) -> str:
    """The given title; else a lone source's title; else the name the sources mention most."""
    if explicit:
        return explicit
    if len(sources) == 1 and sources[0].title:
        return sources[0].title
    found = [Counter(re.findall(r"\b[A-Z][a-z]{3,}\b(?!\s[A-Z])", s.text)) for s in sources]
    spread = Counter(w for counts in found for w in counts)
    total = sum(found, Counter())
    top = [w for w, _ in total.most_common(20) if spread[w] > 1 and w.lower() not in _STOP_TITLE][:1]
    return f"Briefing: {top[0]}" if top else "Briefing"


_STOP = frozenset("the a an of to in on at by for from with and or its their it this that as is are was were be "
                  "has have had than into".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _chart(figures: list[Snippet]) -> tuple[ChartSpec, list[Snippet]] | None:
    """A bar chart when three or more figures share a unit and talk about the same thing.

    Figures are comparable when their measures share two words ("tariff on imported cars",
    "tariff on imported steel"); each bar is labelled with the first words of its measure.
    """
    groups: dict[tuple[str, str], list[Snippet]] = {}
    for sn in _rank(figures):
        if sn.quantity in CHARTED and sn.value is not None and sn.measure and not re.search(r"\d", sn.measure):
            groups.setdefault((sn.quantity, sn.unit), []).append(sn)
    best: list[Snippet] = []
    for members in groups.values():
        for seed in members:
            words = _content(seed.measure)
            cluster = [sn for sn in members if len(_content(sn.measure) & words) >= min(2, len(words))]
            if len(cluster) > len(best):
                best = cluster
    chosen: list[Snippet] = []
    labels: list[str] = []
    for sn in best:
        label = _short(sn.measure)
        duplicate = any(sn.value == c.value and (c.source in sn.reported_by or c.source == sn.source)
                        for c in chosen)
        if label and not duplicate and label.lower() not in (x.lower() for x in labels):
            chosen.append(sn)
            labels.append(label)
        if len(chosen) == 6:
            break
    if len(chosen) < 3:
        return None
    unit = chosen[0].unit
    spec = ChartSpec(type="bar", categories=labels, unit=unit,
                     series=[Series(name=unit.capitalize(), points=[Point(sn.value, sn.id) for sn in chosen])])
    return spec, chosen


_TRAILING = re.compile(r"(?:\s+(?:of|to|than|the|a|an|and|or|in|on|for|by|with|from|at|as|that|less|more))+$", re.I)


def _short(measure: str, words: int = 5) -> str:
    """A chart label from a measure: its first few words, not ending on 'of' or 'than'."""
    return _TRAILING.sub("", _label(measure, words))


def _sentence_of(figure: Snippet, claims: list[Snippet]) -> Snippet | None:
    """The claim sentence a figure sits in, when it is short enough to show beside the number."""
    for c in claims:
        if c.source == figure.source and c.anchor.start <= figure.anchor.start < c.anchor.end:
            return c if _words(c.anchor.exact) <= 30 else None
    return None


def draft(extraction: Extraction, deck_path: str | Path, title: str | None = None,
          template: str = "corporate") -> Deck:
    """Title, key claims as cited bullets, big numbers, quotes, a chart when figures compare; sources last."""
    deck_dir = Path(deck_path).resolve().parent
    deck = Deck(title=_title(extraction.sources, title), template=template,
                subtitle=f"Draft from {len(extraction.sources)} source{'s' * (len(extraction.sources) != 1)}",
                date=dt.date.today().isoformat())
    for src in extraction.sources:
        rel = os.path.relpath(Path(src.path).resolve(), deck_dir)
        deck.sources[src.id] = Source(id=src.id, path=Path(rel).as_posix(), text=src.text, title=src.title,
                                      publisher=src.publisher, author=src.author, date=src.date, url=src.url,
                                      page_starts=src.page_starts)
    used: list[Snippet] = []
    slides = [Slide("title", {"title": Item(deck.title), "subtitle": Item(deck.subtitle),
                              "date": Item(deck.date)})]
    by_kind = {k: [s for s in extraction.snippets if s.kind == k] for k in (CLAIM, FIGURE, QUOTE)}
    claims = [s for s in by_kind[CLAIM] if _words(s.anchor.exact) <= MAX_CLAIM_WORDS]
    claims = _distinct_claims(_round_robin(claims, 4 * BULLETS_PER_SLIDE))
    for n, start in enumerate(range(0, min(len(claims), 2 * BULLETS_PER_SLIDE), BULLETS_PER_SLIDE)):
        chunk = claims[start:start + BULLETS_PER_SLIDE]
        slides.append(Slide("bullets", {"title": Item("Key points" if n == 0 else "Also reported"),
                                        "bullets": [Item(snippet=s.id) for s in chunk]}))
        used += chunk
    figures = [s for s in by_kind[FIGURE] if s.quantity in CHARTED and s.value is not None]
    shown: list[Snippet] = []
    for sn in _round_robin(figures, 6):
        if len(shown) == 2 or any(sn.value == o.value and o.source in sn.reported_by for o in shown):
            continue                                 # the same number from a second source
        shown.append(sn)
        label = sn.measure if sn.measure and not re.search(r"\d", sn.measure) else sn.unit
        slots = {"title": Item("By the numbers"), "figure": Item(snippet=sn.id), "label": Item(label)}
        sentence = _sentence_of(sn, by_kind[CLAIM])
        if sentence:
            slots["context"] = Item(snippet=sentence.id)
            used.append(sentence)
        slides.append(Slide("big-number", slots))
        used.append(sn)
    chart = _chart(by_kind[FIGURE])
    if chart:
        spec, chosen = chart
        slides.append(Slide("chart", {"title": Item("Figures compared"), "chart": spec}))
        used += chosen
    quotes = [s for s in by_kind[QUOTE] if s.speaker and _words(s.anchor.exact) >= 3]
    for sn in _round_robin(quotes, 2):
        slides.append(Slide("quote", {"quote": Item(snippet=sn.id)}))
        used.append(sn)
    deck.slides = slides
    for sn in used:
        deck.snippets.setdefault(sn.id, sn)
    return deck
