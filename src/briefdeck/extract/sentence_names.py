"""Names that open a sentence: where a sentence starts, the sentence before it, and the body or firm whose name
opens it ("Fisheries and Oceans Canada now requires logbooks.", "Halvorsen Drivetrain will close …"), for
:mod:`briefdeck.extract.bodies`."""
from __future__ import annotations

import re

from briefdeck.extract.body_names import lead_trimmed
from briefdeck.extract.firms import first_name
from briefdeck.extract.lexicon import HONORIFICS, NOT_NAMES, OPENERS, PREPOSITIONS

PLACE_ENDS = frozenset("river lake creek bay sound mountain mountains valley island islands park street road avenue "
                       "highway county city town village province state region coast harbour harbor".split())

# a sentence that opens on a body's name: "Fisheries and Oceans Canada now requires …"
_OPENS_ON_NAME = re.compile(r"(?:(?:\*\*|__)?[A-Z][A-Za-z.,' ]{2,40}?(?:[ \t]+\([^()\n]{1,30}\))?(?:\*\*|__)?"   # "STUTTGART — ",
                            r"[ \t]+(?:[\u2014\u2013]|--)[ \t]+)?"                                # "DAYTON, Ohio (AP) — "
                            r"(?:The[ \t]+)?([A-Z][\w&\u2019'.\-]*(?:[ \t]+(?:of|and|for|&|[A-Z][\w&\u2019'.\-]*)){1,6})"
                            r"(?<![ \t]of)(?<![ \t]and)(?<![ \t]for)[ \t]+[a-z]")
# "NATO welcomed the plan. “…,” the alliance said": a body's acronym opening the sentence before (not "US")
_OPENS_ON_ACRONYM = re.compile(r"(?:The[ \t]+)?([A-Z]{3,})[ \t]+[a-z]")
_FIRM_SUFFIXES = frozenset("inc corp co ltd llc gmbh plc ulc pty".split())     # "… GmbH": a firm
_PLACE_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt|Ft)\.[ \t]+$")
_SENTENCE_END = re.compile(r"[.!?][\u201d\"']?[ \t]+|\n+")


def sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    return ends[-1] if ends else max(0, at - 600)


def sentence_before(text: str, at: int, noun: str) -> int:
    """Where the sentence before the one at ``at`` starts, past sentences that speak of "the ``noun``" too
    ("Acme did not admit fault. In a statement, the company said … “…,” the company said": Acme's sentence)."""
    start = sentence_start(text, at)
    for _ in range(3):
        end = start - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1                                    # from a paragraph's start: the last paragraph's last sentence
        before = sentence_start(text, end) if end > 0 else 0
        if not re.search(rf"\b[Tt]he[ \t]+{noun}\b", text[before:start]):
            return before
        start = before
    return start


def subject_before(text: str, at: int, is_person) -> str:
    """The body whose name opens the sentence before the one at ``at`` ("Fisheries and Oceans Canada now requires
    logbooks. In a statement, the department said …"), or ``""``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    if len(ends) < 2:
        return ""
    m = _OPENS_ON_NAME.match(text, ends[-2], ends[-1]) or _OPENS_ON_ACRONYM.match(text, ends[-2], ends[-1])
    if m is None:
        return ""
    toks = m.group(1).split()
    if toks[-1].rstrip(".").lower() in _FIRM_SUFFIXES and len(toks) > 1:
        return m.group(1)                                # "Brenner Polster GmbH": a firm, whatever its first word
    return m.group(1) if not is_person(m.group(1)) and not first_name(toks[0]) and toks[0].lower() not in OPENERS \
        and toks[0].lower() not in NOT_NAMES else ""


_SAID_NEXT = re.compile(r"[ \t]+(?:(?:has|had|also)[ \t]+)?(?:said|says|confirmed|announced|told|stated|added|warned|declined|called|urged|welcomed)\b")


def spoke_just_before(text: str, at: int, is_person) -> str:
    """The body whose name opens the sentence before the one at ``at`` and says something there ("Marrowstone
    Developments confirmed it has postponed the tower. “…,” the developer said"), or ``""``."""
    name = subject_before(text, at, is_person)
    if name and (name.split()[0].rstrip(".").lower() in HONORIFICS or is_person(name.split()[-1])):
        return ""                                    # "Mr Adeyemi said …": someone, not the company
    start = text.rfind(name, max(0, at - 600), at) if name else -1
    return name if start >= 0 and _SAID_NEXT.match(text, start + len(name)) else ""


def opening_names(text: str, start: int, end: int, is_person) -> list[str]:
    """Names of two words or more that open a sentence between ``start`` and ``end`` and are nobody's, nor a
    place's: "Halvorsen Drivetrain will close …", not "Premier Jo Doe said" or "Lake Erie is …"."""
    found = []
    for s in [*([start] if start == 0 or text[start - 1] == "\n" else []),
              *(m.end() for m in _SENTENCE_END.finditer(text, start, end))]:
        if _PLACE_ABBREVIATION.search(text, max(0, s - 6), s):
            continue                                  # "St. Vital and Transcona": no sentence ends on "St."
        m = _OPENS_ON_NAME.match(text, s, end)
        toks = lead_trimmed(re.sub(r"[\u2019']s?$", "", m.group(1)).split()) if m else []   # "Copperline Midstream’s plan"
        if len(toks) > 1 and not first_name(toks[0]) and toks[0].lower() not in OPENERS \
                and toks[0].lower() not in NOT_NAMES and toks[-1].lower() not in PLACE_ENDS \
                and not is_person(" ".join(toks)) and not is_person(toks[-1]):
            found.append(" ".join(toks))
    return found


# "RapidCart, Dashly and Foodsprint warned that …": names that spoke together, for a "they" after them
_NAMED = r"[A-Z][\w&\u2019'.\-]*(?:[ \t]+[A-Z][\w&\u2019'.\-]*){0,3}"
PAIR = re.compile(rf"({_NAMED})[ \t]+and[ \t]+({_NAMED})")      # "Lakeshore Health and Mercy Ridge Health Partners"
_TOGETHER = re.compile(rf"\b({_NAMED}(?:,[ \t]+{_NAMED}){{0,4}},?[ \t]+and[ \t]+{_NAMED})[ \t]+"
                       r"(?:(?:also|jointly|together|have|had)[ \t]+)?(?:said|say|wrote|write|warned|warn|argued|argue|"
                       r"told|added|insisted|stated|urged|asked)\b")
_TOGETHER_LOOKBACK = 600


def named_together(text: str, at: int) -> str:
    """The names that last spoke together shortly before ``at`` ("Acme and Brightline said"), or ``""``."""
    best = ""
    for m in _TOGETHER.finditer(text, max(0, at - _TOGETHER_LOOKBACK), at):
        names = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group(1))
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1] in PREPOSITIONS:
            names = names[1:]                          # "in June, Acme and Brightline said": not June
        while names and (names[0].split()[0].lower() in NOT_NAMES or names[0].split()[0].lower() in OPENERS):
            names = names[1:]
        if len(names) >= 2:
            best = ", ".join(names[:-1]) + " and " + names[-1]
    return best
