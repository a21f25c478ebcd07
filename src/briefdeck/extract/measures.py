"""What a figure measures: the clause around the number, without it ("A 25% tariff on cars" -> "tariff on
cars"). Shown beside the figure in the editor; ``draft`` charts figures whose measures share words. And
when a bare number is the level of what its clause names ("It has since recovered to 12,600"): :func:`level`."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from briefdeck.core.numbers import HEDGE_WORDS

if TYPE_CHECKING:
    from briefdeck.extract.figures import Figure

_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2014\u2013]|\s-\s|\b(?:but|while|which|who|whereas)\b")   # not "9,800"
_LEADING = re.compile(r"^(?:[\w’' ]{0,40}?\b(?:say|says|said|report|reports|reported|estimate|estimates|show|shows|"
                      r"found|expect|expects)\s+(?:that\s+)?)?(?:(?:a|an|the|that|which|while|when|of|to|by|for|with|from|at|some|about|roughly|nearly|almost|around|"
                      r"more than|less than|over|under|up to|only|just|than|another|and|but|as(?!\s+(?:many|much|few|little|long|high|low|far|well|soon|recently)\b))\s+)+", re.I)


_SEPARATORS = re.compile(r"[\s,;:\u2014\u2013]+")


# "as U.S. tariffs of 50 per cent continue to disrupt …": the number is what the noun before "of" amounts to, and
# what follows is what that noun does, not part of what it measures
_OF_BEFORE = re.compile(r"\s+of\s*$")
_VERB_AFTER = re.compile(r"\s+(?:continue|continues|continued|remain|remains|remained|are|is|were|was|will|would|could|"
                         r"have|has|had)\b")


def _words_around(text: str, lo: int, hi: int, fig: "Figure") -> list[str]:
    of = _OF_BEFORE.search(text, max(lo, fig.start - 6), fig.start)
    if of and _VERB_AFTER.match(text, fig.end) and len(text[lo:of.start()].split()) >= 2:
        clause = text[lo:of.start()].strip(" ,;:()\u2014\u2013-.*_")   # ("tariffs", not "tariffs of continue to …")
    else:
        clause = (text[lo:fig.start] + " " + text[fig.end:hi]).strip(" ,;:()\u2014\u2013-.*_")   # ("**Toronto:** …")
    clause = _SEPARATORS.sub(" ", clause)
    leading = _LEADING.match(clause)          # (a match at the start, not a substitution tried all along it)
    return (clause[leading.end():] if leading else clause).strip().split()


_NEAR = 500


def measure(text: str, sentence: tuple[int, int], fig: "Figure", max_words: int = 12,
            seen: dict[tuple[int, int], list[int]] | None = None) -> str:
    """What the figure measures, from the clause around it: 'A 25% tariff on cars' -> 'tariff on cars'.
    ``seen``: the clause breaks of the sentences already looked at, for a caller measuring every figure."""
    s, e = sentence
    # a "sentence" with no full stop can run for pages (a table pasted as text): look near the figure only,
    # or every figure in it scans all of it
    s, e = max(s, fig.start - _NEAR), min(e, fig.end + _NEAR)
    if seen is None or (s, e) != sentence:
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, s, e)]
    elif (breaks := seen.get(sentence)) is None:      # (a sentence with three figures is scanned once)
        breaks = seen[sentence] = [m.start() for m in _CLAUSE_BREAK.finditer(text, s, e)]
    i, j = bisect_left(breaks, fig.start), bisect_left(breaks, fig.end)      # (the breaks are in text order)
    lo = breaks[i - 1] if i else s
    hi = breaks[j] if j < len(breaks) else e
    words = _words_around(text, lo, hi, fig)
    if len(words) < 3:                   # "For 30 years, the sector ...": the clause alone says nothing
        k = bisect_right(breaks, hi)
        words = _words_around(text, lo, breaks[k] if k < len(breaks) else e, fig)
    if not words:
        return fig.unit
    return " ".join(words[:max_words]).rstrip(",.;:")


# "rose 3.1% year over year to 24,310", "fell seven per cent, to 114,600": the change, then the level it came to
# (and "fell by 4,630 in the 12 months to the end of June, to 101,240": a count's change, then when, then the level)
_CHANGE = (r"\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|some|more\s+than)\s+)?(?:(?:\d[\d.,]*|[a-z]+)\s*(?:%|per\s*cent|percent)"
           r"(?:\s+(?:year[\s-]+(?:over|on)[\s-]+year|on\s+the\s+(?:year|quarter|month)|from\s+a\s+year\s+(?:earlier|ago)))?,?"
           r"|(?<=by\s)\d[\d,]*(?:\s+(?:in|over|during)\s+the\s+[^,;.\n]{1,45},)?)")
# "Enrollment … fell from 14,200 in 2008", "It has since recovered to 12,600", "the count had fallen to around
# 432,000", "it employed 3,400", "the figure could approach 2,600", "Today there are 37": a bare number that is
# the level of what the clause names (not a person: "She reached 40", nor a time: "rose to 6 a.m.")
_LEVEL = re.compile(
    rf"(?P<subject>\b[\w’'-]+),?\s+(?:(?:has|had|have)\s+)?(?:been\s+)?(?:(?:since|then|now|already|again|steadily)\s+)?"
    rf"(?:(?P<verb>(?:fell|fallen|falls?|rose|risen|rises?|climbed|climbs?|dropped|drops?|grew|grown|grows?|declined|"
    rf"recovered|jumped|slipped|increased|decreased|rebounded|shrank|shrunk|sank|sunk|plunged|soared|swelled|dipped|cut|"
    rf"reduced|raised|lowered|revised|trimmed|(?:more\s+than\s+)?(?:doubled|tripled|quadrupled|halved))(?:\s+(?:back|down))?"
    rf"(?:{_CHANGE})?\s+(?P<dir>to|from|by)"
    rf"|(?P<part>rising|falling|climbing|dropping|growing|declining|increasing|jumping|swelling|shrinking|slipping|"
    rf"dipping|sliding|easing|edging\s+(?:up|down)|sinking)(?:{_CHANGE})?\s+(?P<pdir>to|from)"
    rf"|(?:came|comes|amounted|amounts)\s+to|stood\s+at|stands\s+at|peaked\s+at|(?:reached|hit)(?:\s+(?:a|an|another)\s+"
    rf"(?:record|all-time\s+high|new\s+high|high|low|peak)(?:\s+of)?)?|averaged|totall?ed|employ(?:s|ed)|(?:could|would|will|may|might)\s+(?:approach|"
    rf"reach|top|exceed)"
    # "arrivals are capped at 385,000", "migration is forecast to be 260,000"
    rf"|(?:(?:is|are|was|were|be|been)\s+)?(?:capped|held|kept|fixed|frozen|pegged)\s+at"
    rf"|(?:is|are|was|were|be|been)\s+(?:set\s+at|(?:forecast|projected|"
    rf"expected|estimated)\s+to\s+(?:be|reach|hit|top)))"
    rf"|(?P<there>are|were)(?:\s+(?:now|still|only))?)\s+(?:(?:{HEDGE_WORDS})\s+)?(?:\*\*|__)?$", re.I)
# "would take the company's workforce from about 960 to nearly 1,400": a change someone brings about (the groups
# "part", "pdir" and "there", which the readers of a _LEVEL match ask for, are here and never match)
_TAKEN = re.compile(rf"\b(?:takes?|took|taken|taking|brings?|brought|bringing)\s+(?:(?:the|its|their|our|his|her)\s+)?"
                    rf"(?:[\w’'-]+[’']s\s+)?(?:[a-z-]+\s+)?(?P<subject>[a-z][\w’'-]+)\s+(?P<dir>from|to)\s+"
                    rf"(?:(?:{HEDGE_WORDS})\s+)?(?P<part>(?!))?(?P<pdir>(?!))?(?P<there>(?!))?$", re.I)
# not "rose to 6 a.m.", "climbed to 20th", "grew to 1.3m" (a million, or metres: no telling)
_NOT_LEVEL_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o[’']clock|:\d|%|-|\s+(?:years?|times)\b)|[a-z]", re.I)
_PEOPLE = frozenset("i we you he she they who".split())
# "… fell from 26.4 in early 2024 to 24.1 by mid-2025": the "to" of a change begun with "from"
_TO_BEFORE = re.compile(rf"\bto\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.I)


def level(text: str, start: int, end: int) -> re.Match | None:
    """How a bare number at ``start:end`` is the level of what its clause names: the verb before it, or None."""
    m = _LEVEL.search(text, max(0, start - 90), start)
    if m is None and (taken := _TAKEN.search(text, max(0, start - 90), start)) and not _NOT_LEVEL_AFTER.match(text, end):
        return taken
    if m is not None and m.group("part") and not _NOT_LEVEL_AFTER.match(text, end):
        return m                     # "about 4,000 troops …, rising to 5,500": the clause before is its subject
    if m is None or _NOT_LEVEL_AFTER.match(text, end) or m.group("subject").lower() in _PEOPLE \
            or m.group("there") and m.group("subject").lower() != "there" \
            or m.group("subject")[:1].isupper() and not _COMMON_CAPITAL.match(m.group("subject")) \
            and not _AFTER_PREPOSITION.search(text, max(0, (at := _name_start(text, m.start())) - 12), at):
        return None                  # "Doe climbed to 45": a person; "across Ohio fell from 14,200", "Shares rose to"
    by = _BY_THEN_TO.search(m.group())
    if by and float(by.group(1).replace(",", "")) * 4 > float(text[start:end].replace(",", "") or 0):
        return None                  # "cut by 30 to 40 a week": a range, not a change and its level
    return m


_BY_THEN_TO = re.compile(r"\bby\s+(\d[\d,]*)\s+to\s+$")


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.’'&-]*\s+){1,4}$")


def _name_start(text: str, at: int) -> int:
    """Where the capitalised name ending at ``at`` begins: "at Prairie Bend Community Hospital" -> "Prairie"."""
    m = _NAME_BEFORE.search(text, max(0, at - 60), at)
    return m.start() if m else at


# "It", "Exports", and a measure named with capitals ("the Air Quality Index reached 187"): not a person
_COMMON_CAPITAL = re.compile(r"(?:It|There|Today|[A-Z][a-z]+s|Index|Indicator|Score|Rating|Reading|Gauge|Barometer)$")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|across|at|of|for|from|on|to)\s+$")


def continues_from(text: str, start: int, previous_end: int) -> bool:
    """Whether a bare number at ``start`` is the "to" of a change whose "from" number ended at ``previous_end``."""
    between = text[previous_end:start]
    return len(between) <= 100 and not re.search(r"[.;!?]\s", between) and _TO_BEFORE.search(between) is not None


# "reached 187 in Minneapolis and 203 in St. Cloud", "12,000 jobs in Ontario and 4,000 in Quebec": the same measure,
# in another place
_PARALLEL = re.compile(r"[ \t]+(?:in|at|for|on)[ \t]+(?:[A-Z][\w.\u2019'-]*[ \t]+){1,4}?(?:and|,)[ \t]+"
                       r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=[ \t]+(?:in|at|for|on)[ \t]+[A-Z])")


def parallel(text: str, end: int) -> tuple[int, int] | None:
    """The span of a bare number that measures, somewhere else, what the figure ending at ``end`` measures."""
    m = _PARALLEL.match(text, end)
    return m.span(1) if m else None
