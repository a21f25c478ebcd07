"""A feature's return to someone by what they are: "Back at the sales desk, the lab technician from Chelmsford had
signed …", "For the landscaper in Amherstburg, the decision is made." A he or she after such a sentence is the one
person the story introduced in a paragraph that says what the description says ("Jo, 41, a laboratory technician
who drives in from Chelmsford"), not whoever was named last; "For the family in Bible Hill" is the one who fits
whom the story placed there ("…, who lives in Bible Hill with her husband").
"""
from __future__ import annotations

import re

from briefdeck.extract.bodies import BODY_NOUNS
from briefdeck.extract.epithets import JOBS
from briefdeck.extract.lexicon import IRREGULAR_PAST, ORG_WORDS, ROLE_NOUNS, TITLES, TRADE

# the sentence's subject, or a "For …," before it, after an optional scene ("Back at the shop, ")
_RETURN = re.compile(r"(?:(?:Back|Out|Over|Down|Up|Later|Meanwhile)\b[^,.\n]{0,40},[ \t]+)?(?:For[ \t]+)?[Tt]he[ \t]+"
                     r"((?:[a-z][\w\-]*[ \t]+){0,2}?[a-z][\w\-]*)"
                     r"(?:[ \t]+(?:from|in|at|of)[ \t]+([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?))?"
                     r"(?=[ \t]+(?:is|was|were|has|had|will|would|can|could|did|does|[a-z]+ed|[a-z]+s|%s)\b|,)"
                     % "|".join(sorted(IRREGULAR_PAST)))
STEM = 8                   # "landscaper" and "landscaping" say the same trade
_HOUSEHOLDS = frozenset("family household couple".split())


def _someone(noun: str) -> bool:
    """Whether ``noun`` is what a person is ("estimator", "lab technician", "landscaper"), not an office ("the
    minister", read elsewhere), a body ("the shop") or many ("the workers")."""
    return (noun in ROLE_NOUNS or noun in JOBS or TRADE.fullmatch(noun) is not None or noun.endswith(("ator", "aper")))\
        and noun not in TITLES and noun not in ORG_WORDS and noun not in BODY_NOUNS and not noun.endswith("paper") \
        and not (noun.endswith("s") and not noun.endswith("ss"))


def _says(paragraph: str, noun: str) -> bool:
    stem = noun[:STEM] if len(noun) > STEM else noun
    return re.search(rf"\b{re.escape(stem)}", paragraph) is not None


def returning(d, start: int, end: int, gender: str):
    """The person the sentence at ``start``..``end`` comes back to by a description, who is a ``gender``; or None."""
    m = _RETURN.match(d.masked, start, end)
    if m is None:
        return None
    noun, place = m.group(1).split()[-1], m.group(2)
    home = noun in _HOUSEHOLDS and place is not None      # "For the family in Bible Hill": hers, who lives there
    if not (home or _someone(noun)):
        return None
    seen: dict[str, list[str]] = {}                       # each person's paragraphs, the one naming them first
    for pos, p in d.mentions:
        if pos < start and p.personal and p.gender in ("", gender):
            stop = d.masked.find("\n", pos)
            seen.setdefault(p.name, []).append(d.masked[d.masked.rfind("\n", 0, pos) + 1:stop if stop >= 0
                                                        else len(d.masked)])
    found = [d.people[name] for name, paragraphs in seen.items()
             if (home or _says(paragraphs[0], noun)) and (place is None or any(place in x for x in paragraphs))]
    return found[0] if len(found) == 1 else None
