"""Names and roles set side by side between commas: "Jo Doe, an economist at the bank, said" and "the
director of nursing at the hospital, Dr. Jo Doe, wrote"; and a role written in lower case right before a name
("port director Jane Doe")."""
from __future__ import annotations

import re

from briefdeck.extract.bodies import has_body_word
from briefdeck.extract.lexicon import DETERMINERS, IRREGULAR_PAST, ROLE_NOUNS, SPEECH, TITLES
from briefdeck.extract.phrases import DESCRIPTION, NAME, Mention, classify, phrase_right
from briefdeck.extract.speech_tokens import Token, finite, is_past

ROLE_WORDS = 10          # a longer role loses its "who …" clause: a slide's attribution line stays short


# ", a deckhand", ", the union's lawyer", ", his neighbour": one person; ", two drums in a trolley" is not who one is
_ONE_OF = frozenset("a an the one his her their its our this that".split())


# a verb right after a role's first words makes it a clause ("the decision came together"), not who someone is
_CLAUSE_VERBS = frozenset("came took went gave got began became fell rose seemed was were is are has had have will "
                          "would".split())


_MODALS = frozenset("can could should may might must shall does did do".split())


# "at St. Marys River Steel", "in Ste. Foy": the dot of an abbreviated saint does not end the role
_SAINT_DOT = r"(?<=\bSt)\.(?=\s[A-Z])|(?<=\bSte)\.(?=\s[A-Z])|(?<=\bMt)\.(?=\s[A-Z])"


_APPOSITIVE = re.compile(r"(?:,\s+\d{1,3}(?=,\s+(?:an?|the)\s))?,\s+((?:the|a|an|[a-z][\w\u2019'\-]*|[A-Z][\w\u2019'\-]*(?:\u2019s|'s)?)\b(?!\s+(?:said|says|"
                         r"told|added))(?:[^,.;:\u201c\u201d\"()\u2022\n]|" + _SAINT_DOT + r"){0,90})(?=[,.;)\n]|$)")   # (a line ends it)
_BRACKETED = re.compile(r"[ \t]+\(((?:[A-Z][\w\u2019'\-]*)(?:,?[ \t]+(?:[A-Z][\w\u2019'\-]*|of|and|for|the|&)){0,8})\)")
_RELATIVE = re.compile(r"\s+(?:who|whose|which)\s")


def appositive(text: str, at: int) -> str:
    """A role written right after a name, past an age: ", an economist at the bank,", ", 21, a deckhand"; or in a
    roster's brackets: " (President and Vice-Chancellor, Chair)"."""
    bracket = _BRACKETED.match(text, at)
    if bracket and any(w.lower() in ROLE_NOUNS or w.lower() in TITLES for w in re.split(r"[ \t,]+", bracket.group(1))):
        return bracket.group(1)
    m = _APPOSITIVE.match(text[at:at + 140])
    if not m:
        return ""
    role = m.group(1).strip()
    role = _RELATIVE.split(role)[0] if role.count(" ") >= ROLE_WORDS else role
    first = role.split()[0].lower()
    if first in ("who", "which", "that", "when", "where", "referring", "adding", "noting", "saying", "in", "on",
                 "at", "during", "after", "before", "while", "as", "and", "but") or first in SPEECH \
            or first in _CLAUSE_VERBS or first in _MODALS:    # ", will appear before the committee": what she does
        return ""
    words = role.lower().split()
    if len(words) > 1 and (first.endswith("ed") or first in IRREGULAR_PAST) and words[1] in DETERMINERS:
        return ""                                     # ", joined the company in 2021": what she did, not who she is
    if len(words) > 1 and words[1][:1].isdigit() and not words[1].endswith("-old"):
        return ""                                     # ", a 1,000-megawatt line that …": a thing, not who someone is
    if any(w in IRREGULAR_PAST and role.split()[k - 1][:1].isupper() for k, w in enumerate(words) if k):
        return ""                                     # ", the Saskatchewan Party took 52.1 per cent": a clause
    if any(w in _CLAUSE_VERBS for w in words[1:4]):
        return ""                                     # "For Jo Doe, 74, the decision came …": the sentence's own
    named_role = any(w.strip("\u2019's") in ROLE_NOUNS or w in TITLES for w in words)
    if not (words[0] in _ONE_OF or named_role):
        return ""
    return role


def _firms(toks: list[Token], first: int, close: int) -> bool:
    """Whether the description opens on a firm's name in the possessive ("Vantreight's", "Tallgrass Foods'"), whose
    office it names (head of merchandising)."""
    k = first
    while k < min(close, first + 4) and toks[k].cap:
        if toks[k].text.endswith(("\u2019s", "'s", "\u2019", "'")) and len(toks[k].text) > 3:
            return k + 1 < close
        k += 1
    return False


def described_then_named(toks: list[Token], close: int, text: str) -> Mention | None:
    """The name in "<description>, <Name>," where the comma at token ``close`` ends a description that opens its
    clause with a determiner ("In a letter, the director of nursing at the hospital, Dr. Jo Doe, wrote"): the
    person, with the description as their role."""
    first = close
    while first > 0 and close - first < 20 and toks[first - 1].text not in ",;:.!?\u2014\u2013\u201d\u201c":
        first -= 1
    if first >= close or toks[first].low not in DETERMINERS and not _firms(toks, first, close):
        return None                                   # ("Vantreight's head of merchandising, Jo Doe, wrote" too)
    head = phrase_right(toks, first, text)
    if head is None or head.kind != DESCRIPTION or not all(t.word for t in toks[first:close]):
        return None
    end = next((k for k in range(close + 1, min(len(toks), close + 7)) if toks[k].text == ","), None)
    if end is None or not toks[close + 1].cap:
        return None                                   # "the Alliance, which represents … London, said": no name
    named = classify(toks[close + 1:end], text)
    if named is None or named.kind != NAME:
        return None
    named.role = named.role or text[toks[first].start:toks[close - 1].end]
    return named


_WHERE_FROM = frozenset("of at with from".split())


def named_after(toks: list[Token], k: int, text: str) -> Mention | None:
    """The name set after a description that ends before token ``k``, when a verb follows it: “…,” the minister
    for farming, fisheries and water, Jo Doe, told reporters (the description's list may run past its comma)."""
    for v in range(k, min(len(toks) - 1, k + 12)):
        if toks[v].text == "," and toks[v + 1].cap:
            end = next((m for m in range(v + 2, min(len(toks), v + 16)) if toks[m].text == ","), None)
            if end is None or end + 1 >= len(toks) or not (finite(toks[end + 1]) or is_past(toks[end + 1])):
                return None
            stop = next((m for m in range(v + 3, min(end, v + 7)) if toks[m].low in _WHERE_FROM), end)
            if stop - v > 7:
                return None                          # (", Jo Doe of Doe Roe Poe LLP,": the name, then her firm)
            named = classify(toks[v + 1:stop], text)
            return named if named is not None and named.kind == NAME else None
        if not (toks[v].text == "," or toks[v].word and toks[v].text.islower()):
            return None
    return None


def title_like(role: str) -> bool:
    """Words before a name that can be its title ("former senator"), not a clause ending on a place ("agreed
    after two days of talks on Lake Maggiore")."""
    words = role.lower().split()
    return len(words) <= 5 and not any(w in _CLAUSE_PREPOSITIONS for w in words)


_CLAUSE_PREPOSITIONS = frozenset("after at on in during before with by from near into across".split())


_NOT_ROLE = frozenset("said says told tells by and with of to the a an in on at for from as when while where whose "
                      "which who that after before because since if".split())      # ("…, where owner Jo Doe said")


def role_before(text: str, at: int) -> str:
    """A role in lowercase written right before a name: "port director" in "port director Jane Doe"."""
    words = text[max(0, at - 60):at].rsplit("\n", 1)[-1].split(" ")[-5:-1] if at and text[at - 1] == " " else []
    if not words or words[-1].lower() not in ROLE_NOUNS:
        return ""
    role = []
    for w in reversed(words):
        if not w or w.lower() in _NOT_ROLE or not re.fullmatch(r"[\w\u2019'\-]+", w):
            break
        role.insert(0, w)
    return " ".join(role[-4:])


# "…, its chief executive, Omar Haddad, told investors": the role set off by commas right before the name
_SET_OFF_ROLE = re.compile(r"\b(?:(?:its|their|his|her)\s+|(?=[Tt]he\s))((?:[\w\u2019'\-]+\s+){0,3}?([\w\-]+)"
                           r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:,?\s+(?:and\s+)?[A-Z][\w\-]*){0,3}"
                           r"(?:\s+[a-z][\w\-]*)?)?),\s+(?:(?:the\s+)?(?:Honourable|Honorable|Hon\.)\s+)?$")
# (and "the Minister of Economy, Jo Doe,": an office "of" something; "The head coach of the Peewee AA team, Jo Doe,")


def set_off_role(text: str, at: int) -> str:
    """The role ("chief executive") set off by commas right before a name at ``at``, or ``""``."""
    m = _SET_OFF_ROLE.search(text, max(0, at - 60), at)
    if not m or m.group(2).lower() not in ROLE_NOUNS:
        return ""
    return "t" + m.group(1)[1:] if m.group(1).startswith("The ") else m.group(1)


_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?$")


def members_of(who: Mention, text: str) -> bool:
    """ "(wrote to) members of Parliament (asking …)", "members of the Senate": a body named after "of", whose
    members, not the body, are meant."""
    return has_body_word(who.name.split()) and _OF_BODY.search(text, max(0, who.start - 12), who.start) is not None
