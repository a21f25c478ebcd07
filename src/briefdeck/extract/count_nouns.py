"""What a count counts: the noun after a number ("51,000 jobs", "140 parts suppliers", "26,000 direct and
indirect jobs"), with the words that may stand between them."""
from __future__ import annotations

import re

_SINGULAR_S = r"measles|mumps|diabetes|rabies|news|series|species"     # "11 more measles cases": not a plural
# a word that ends what a number counts: "600 more over three years" counts no years
_NOT_BETWEEN = ("over|under|into|on|after|before|since|during|through|across|than|because|that|who|which|"
                "have|has|had|will|would|could|should|may|might|can|did|do|does|been|be")
_NOT_JOINED = "the|a|an|his|her|their|its|our|my|your|this|these|those|then|so|also|not|thought|said"
# a plural that names a kind before the noun: "140 parts suppliers", "2,100 trades workers", "12 customs officers"
_ATTRIBUTIVE = ("(?:parts|trades|goods|sales|savings|arms|sports|customs|operations|claims|systems|services|materials|"
                "electronics|logistics|metals|chemicals|securities|plastics|communications|arts|news|admissions)")
_NOUN = re.compile(r"\s+(?:of\s+)?((?:(?:the|their|its|new|more|than|about|some|[A-Z](?:\.[A-Z])+\.|[A-Z][\w’'-]*|[a-z][\w’'-]*(?:al|an|ed|ive|ic|ian)|[a-z]{3,}ly|"
                   r"full-time|part-time|direct|indirect|skilled|high-paying|additional|other|overseas|foreign|domestic|temporary|"
                   r"permanent|hourly)\s+){0,3}"
                   rf"(?:(?!(?:of|per|percent|cent|in|to|for|and|or|from|at|by|with|{_NOT_BETWEEN})\s)"
                   rf"(?:{_SINGULAR_S}|[a-z][\w’'-]*(?<![^us]s))(?:(?:,\s+(?!(?:{_NOT_BETWEEN}|{_NOT_JOINED})\s)[a-z][\w’'-]*(?<![^us]s)){{0,3}},?\s+(?:and|or|&)\s+(?!(?:{_NOT_BETWEEN}|{_NOT_JOINED})\s)[a-z][\w’'-]*(?<![^us]s)|(?:,\s+[a-z]+-[a-z][\w’'-]*(?<![^us]s)){{1,2}}(?=\s))?"   # "direct and indirect jobs", "mould,
                   # tool and die shops", "full-time, year-round jobs"
                   rf"\s+){{0,2}}?(?:{_ATTRIBUTIVE}\s+(?=(?!(?:is|was|has|does|as|this|thus|plus|less|unless)\b)[a-z]+s\b))?)(degrees\s(?:Celsius|Fahrenheit|C|F)\b|(?!(?:{_SINGULAR_S})\b)"
                   r"[a-z][\w’'-]*?s(?<![us]s)(?<!sis)|[a-z]*people|feet|"
                   r"(?:staff|workforce|equipment|capacity|production|output)(?!\s+(?:[a-z][\w’'-]*s(?<![us]s)|staff)\b)|"
                   r"children|men|women|kelvin|(?:cattle|livestock|sheep|deer|poultry|aircraft|personnel|police|fish)(?!\s+[a-z][\w-]*s\b)|"
                   r"head(?=\s+of\b|\s*[,.;:)|]|\s*$|\s+(?:went|were|was|are|sold|in|at|on|and|from|a|an|per|each|daily|every)\b)|mph|km/h|kph|(?-i:[A-Z][a-z]+(?:ians|ans|ers))|(?-i:[A-Z]{2,5}s|TEU|FEU))(?![\w/])")

_NOT_NOUNS = frozenset("its this his hers theirs ours yours was is has does as us was less plus thus "
                       "unless across always perhaps whereas besides sometimes its".split())


_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+$")


_SYMBOLS = {"m\u00b3": "cubic metres", "m\u00b2": "square metres"}
_SYMBOL = re.compile(r"[ \u00a0](m[\u00b3\u00b2])(?!\w)")


def noun_after(text: str, end: int) -> tuple[str, int]:
    """The noun a count at ``end`` counts, and where it ends; ("", end) when none follows."""
    symbol = _SYMBOL.match(text, end)
    if symbol:                                  # "17.6 million m³": cubic metres
        return _SYMBOLS[symbol.group(1)], symbol.end()
    m = _NOUN.match(text, end, min(len(text), end + 80))
    if not m or m.group(2).lower() in _NOT_NOUNS or "\n" in text[end:m.end()]:
        return "", end                           # (not what the next line opens on: "… top 4,000" / "United …")
    noun = m.group(2)
    if noun[0].isupper():                       # "800,000 Americans" keep their capital; "29 New Yorkers" their city
        before = _CAPITALS_BEFORE.search(m.group(1))
        return (before.group() if before else "") + noun, m.end()
    measured = m.group(1).split()[-1:] if m.group(1).split()[-1:] in (["cubic"], ["square"]) else []   # "cubic feet"
    return (noun if noun.startswith("degrees ") else " ".join([*measured, noun.lower()])), m.end()      # "degrees Celsius"
