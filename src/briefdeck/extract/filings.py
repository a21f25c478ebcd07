"""Whose words a court filing speaks: "“…,” the complaint says" quotes the party that filed it.

A lawsuit, a complaint, a statement of claim or a petition is written for the plaintiff: what it says is the
plaintiff's case, as a statement is its issuer's. The plaintiff is the party the text last said filed it before
the quotation, in any of the ways news writes that:

    In a statement of claim filed in Toronto on Monday, Acme Forming Inc. alleges that …
    Acme Forming Inc. filed a lawsuit …, Jo Doe has sued …, Jo Doe is suing …
    a lawsuit brought by Acme Forming Inc. …, Acme's lawsuit …
"""
from __future__ import annotations

import re

FILINGS = frozenset("lawsuit suit complaint claim petition".split())
_FILING = r"(?:statement[ \t]+of[ \t]+claim|lawsuit|suit|complaint|claim|petition)"
# a party: a name in capitals ("Acme Forming Inc.", "Jo Doe") or a body's noun ("the family", "the union")
_PARTY = r"((?:[A-Z][\w\u2019'&.\-]*[ \t]+){0,5}[A-Z][\w\u2019'&\-]*(?:[ \t]+(?:Inc|Ltd|Corp|Co|LLC)\.?)?|[Tt]he[ \t]+[a-z]+)"
_PATTERNS = [
    # "In a statement of claim filed … on Monday, Acme Forming Inc. alleges that …"
    re.compile(rf"\b[Ii]n[ \t]+(?:an?|its|their|his|her)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_FILING}\b[^.\n]{{0,160}}?,[ \t]+"
               rf"{_PARTY}[ \t]+(?:alleges|alleged|claims|claimed|says|said|argues|argued|contends|contended|accuses|"
               r"accused|states|stated)\b"),
    # "Acme Forming Inc. filed a lawsuit", "Jo Doe, a former engineer, has sued", "the family is suing"
    re.compile(rf"{_PARTY}(?:,[ \t]+[^,.\n]{{3,90}},)?[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+|is[ \t]+|are[ \t]+)?"
               rf"(?:(?:filed|brought|launched|lodged|initiated|made)[ \t]+(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?{_FILING}\b"
               r"|sued\b|suing\b)", re.M),
    # "a lawsuit brought by Acme Forming Inc.", "the suit filed last week by the union"
    # "a lawsuit has been filed by Jo Doe", "a lawsuit filed by a former staffer named Jo Doe"
    re.compile(rf"\b{_FILING},?[ \t]+(?:(?:has|had)[ \t]+been[ \t]+|was[ \t]+)?(?:filed|brought|launched|lodged)[ \t]+"
               rf"(?:[\w\-]+[ \t]+){{0,4}}?by[ \t]+(?:an?[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?named[ \t]+)?{_PARTY}"),
    # "Acme's lawsuit", "the family's complaint"
    re.compile(rf"{_PARTY}[\u2019']s?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_FILING}\b"),
]
_PLACE_BEFORE = re.compile(r"\b(?:in|of|at|from|near|to)[ \t]+$")
LOOKBACK = 5000            # a suit is described once, near the top, and quoted all the way down
_OPENERS = frozenset("after when while since before until once as because but and then so in on at last this "
                     "that earlier later".split())
_NOT_PARTIES = frozenset("a an the this that it its in on at but and if when judge court justice".split())


def plaintiff(text: str, at: int) -> str:
    """The party that filed the lawsuit (complaint, claim, petition) quoted at ``at``, as the text names it
    nearest before; ``""`` when the text does not say."""
    best, where = "", -1
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, max(0, at - LOOKBACK), at):
            party = m.group(1).strip()
            words = party.split()
            while len(words) > 1 and words[0].lower() in _OPENERS:
                words = words[1:]                        # "After Jo Doe filed …": Jo Doe
            first = words[0].lower()
            if _PLACE_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)):
                continue                                 # "… killed in Benghazi, Libya, have filed": a place
            if m.start(1) > where and (first not in _NOT_PARTIES
                                       or first == "the" and len(words) > 1 and words[1] not in _NOT_PARTIES):
                best, where = " ".join(words), m.start(1)
    return best
