"""A drafted deck's title and subtitle: the subject its sources share, and how many there are and when."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from briefdeck.core import Source
from briefdeck.extract import centrality

_STOP_TITLE = frozenset("this that these those there their they what when where which while with from into "
                        "over under after before about also more most such only even just then than".split())
_TITLE_LABEL = re.compile(r"^(?:by the numbers|explainer|analysis|opinion|update|live|breaking|watch|"
                          r"exclusive|editorial|in brief|q&a|transcript|full transcript|interview|podcast)\s*[:|\u2014\u2013-]\s*",
                          re.I)
_QUESTION_TITLE = re.compile(r"^(?:where|what|why|how|who|when|which|is|are|can|will|should|does|do)\b", re.I)
# A deck's title names the subject; "… give union 96% strike mandate" or "STEEL GUT-PUNCH: …" is one story's
# detail (and a number on the title slide has no citation), so such titles count for less
_DIGIT = re.compile(r"\d")
_SHOUTED = re.compile(r"\b[A-Z]{3,}(?:[ -][A-Z]{3,})+\b")        # two words in capitals, not one acronym
_VOICE = re.compile(r"\b(?:we|our|us|i|my|you|your|let[\u2019']s)\b", re.I)     # "We can't be …": a column's voice
_DETAIL = 0.6
HEADLINE_WORDS = 5         # "THE TARIFF LINE", "Business and Trade Committee": a column's or a page's name
_TITLE_TAIL = re.compile(r"\s*[|\u2014\u2013-]\s*[^|\u2014\u2013-]{2,40}$")


def clean_title(title: str) -> str:
    """A source title fit for a deck: no 'Opinion:' label, no ' | Outlet' tail."""
    title = " ".join(title.split()).strip(" .")
    title = _TITLE_LABEL.sub("", title)
    if "|" in title:
        title = _TITLE_TAIL.sub("", title)
    return title[:1].upper() + title[1:]


def deck_title(sources: list[Source], explicit: str | None) -> str:
    """The given title; else the source title whose words the other sources use most (the subject they share)."""
    if explicit:
        return explicit
    titled = [(k, clean_title(s.title)) for k, s in enumerate(sources)
              if s.title and 3 <= len(s.title.split()) <= 16]
    if len(titled) == 1 or (titled and len(sources) == 1):
        return titled[0][1]
    if titled:        # each word of a title, in how many of the other sources: one story's names are in none
        words = [set(centrality.tokens(s.text)) for s in sources]

        def rank(k: int, title: str) -> tuple:
            own = set(centrality.tokens(title))
            others = [w for j, w in enumerate(words) if j != k]
            shared = sum(x in w for x in own for w in others) / max(1, len(own) * len(others))
            detail = (_DETAIL if _DIGIT.search(title) else 1.0) * (_DETAIL if _SHOUTED.search(title) else 1.0) \
                * (_DETAIL if "?" in title else 1.0) \
                * (_DETAIL if _VOICE.search(title) else 1.0)     # one story's number, a tabloid shout, a question,
            # a columnist's "we" or "you"
            return (not _QUESTION_TITLE.match(title), len(title.split()) >= HEADLINE_WORDS, shared * detail)
        return max(titled, key=lambda kt: rank(*kt))[1]
    found = [Counter(re.findall(r"\b[A-Z][a-z]{3,}\b(?!\s[A-Z])", s.text)) for s in sources]
    spread = Counter(w for counts in found for w in counts)
    total = sum(found, Counter())
    top = [w for w, _ in total.most_common(20) if spread[w] > 1 and w.lower() not in _STOP_TITLE][:1]
    return f"Briefing: {top[0]}" if top else "Briefing"


def deck_subtitle(sources: list[Source]) -> str:
    """'Drafted from 5 sources, 12 Mar – 2 Oct 2026'."""
    n = len(sources)
    base = f"Drafted from {n} source{'s' * (n != 1)}"
    dates = sorted(d for d in (_date(s.date) for s in sources) if d)
    if not dates:
        return base
    first, last = dates[0], dates[-1]
    if first == last:
        return f"{base}, {first.day} {first:%b %Y}"
    if first.year == last.year:
        return f"{base}, {first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
    return f"{base}, {first.day} {first:%b %Y} \u2013 {last.day} {last:%b %Y}"


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None
