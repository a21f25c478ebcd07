"""Claims: sentences worth a bullet, scored for salience.

A good claim states something checkable about the subject: it names things,
often carries a number, and stands on its own. Questions, lead-ins ending in
a colon, first-person asides, rhetorical one-liners and headings score low or
are left out.
"""
from __future__ import annotations

import re

_WORDS = re.compile(r"[\w’'\-]+")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'\-]+")
_DIGIT = re.compile(r"\d")
_PERSONAL = re.compile(r"\b(?:I|we|we’re|we're|our|us|my|you|your|you’re|you're)\b")
_RHETORICAL = re.compile(r"^(?:here[’']s|that[’']s|this is|this isn[’']t|it[’']s|so\b|and\b|or\b|imagine|"
                         r"consider|think about|let[’']s|what\b|why\b|how\b|yes\b|no\b|well\b)", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could|perhaps|possibly)\b", re.I)
_ENDS = re.compile(r"[.!…][\u201d\"’')\]]*$")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_CONTENT = re.compile(r"[a-z][a-z’'\-]{3,}")
_STOP = frozenset(
    "that this these those with from have been were will would could should their there which while about "
    "into over under after before than then they them what when where also more most such only very just "
    "much many some other being does said says like even because through between against during without "
    "within across among upon".split())
MIN_WORDS = 5
MIN_SCORE = 0.3


def keywords(text: str) -> dict[str, float]:
    """How central each content word is to a document: its count over the top count (0..1)."""
    counts: dict[str, int] = {}
    for w in _CONTENT.findall(text.casefold()):
        if w not in _STOP:
            counts[w] = counts.get(w, 0) + 1
    top = max(counts.values(), default=1)
    return {w: n / top for w, n in counts.items() if n > 1}


def centrality(sentence: str, weights: dict[str, float]) -> float:
    """Mean weight of the sentence's five most central words: does it talk about what the source is about?"""
    found = sorted((weights.get(w, 0.0) for w in set(_CONTENT.findall(sentence.casefold()))), reverse=True)[:5]
    return sum(found) / 5 if found else 0.0


def score(sentence: str, position: float, weights: dict[str, float] | None = None) -> float:
    """Salience in 0..1; ``position`` is where the sentence sits in its source (0 = start, 1 = end);
    ``weights`` are the source's :func:`keywords`."""
    words = _WORDS.findall(sentence)
    n = len(words)
    if n < MIN_WORDS or not _ENDS.search(sentence.rstrip()):
        return 0.0
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(sentence))
    if quoted > 0.5 * len(sentence):
        return 0.0                                      # a quotation, not a claim
    s = 0.4
    if _DIGIT.search(sentence):
        s += 0.15
    names = len(_CAPITALISED.findall(sentence))
    s += min(0.15, 0.05 * names)
    if 9 <= n <= 35:
        s += 0.1
    elif n > 45:
        s -= 0.15
    if _PERSONAL.search(_QUOTED.sub("", sentence)):
        s -= 0.3
    if _RHETORICAL.match(sentence):
        s -= 0.25
    if _HEDGE.search(sentence):
        s -= 0.05
    s += 0.05 * (1.0 - position)
    if weights:
        s += 0.3 * centrality(sentence, weights)
    return round(max(0.0, min(1.0, s)), 3)


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a heading, not a sentence."""
    stripped = line.strip()
    return bool(stripped) and not _ENDS.search(stripped) and len(stripped.split()) <= 14
