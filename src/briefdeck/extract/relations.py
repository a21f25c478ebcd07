"""Who "her son", "his wife" or "the minister" is: the name the text gives beside the same words ("Her son, Daniel
Doe, said …", "That daughter, Jo Doe, …"), or the other of a couple named together ("Kyle and Dana Leblanc")."""
from __future__ import annotations

import re
from collections import Counter

from briefdeck.extract.bodies import FIRM_LOOKBACK
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import GENDERED

# "When Kyle and Dana Leblanc bought …": a couple by their first names and the surname they share
_COUPLE = re.compile(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][\w\u2019'\-]+")
_SPOUSES = {"husband": "m", "wife": "f", "partner": ""}
_NAMED_AFTER = 600       # how far after "her daughter recalled, “…”" the text may give her name


def named_relation(description: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the name is that "her son" at ``at`` was given before ("Her son, Daniel Doe, said …") or just after;
    "the minister" is whoever a minister was named as ("Ontario's trade minister, Jo Doe, called …")."""
    words = description.split()
    if len(words) != 2 or words[0].lower() not in ("his", "her", "their", "the") or not words[1].isalpha():
        return None
    before = "" if words[0].lower() == "the" else rf"(?i:{words[0]}|that)[ \t]+"      # ("That daughter, Jo Doe,")
    pattern = re.compile(rf"\b{before}{re.escape(words[1])},[ \t]+"
                         r"([A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*){0,3}),")
    found = [m.span(1) for m in pattern.finditer(text, max(0, at - FIRM_LOOKBACK), at)][-1:] \
        or [m.span(1) for m in pattern.finditer(text, at, at + _NAMED_AFTER)][:1]      # or just after the quotation
    return found[0] if found else _spouse(words[0].lower(), words[1].lower(), text, at) \
        or _parent(words[0].lower(), words[1].lower(), text, at)


def _spouse(owner: str, noun: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the first name is of "her husband" after "Kyle and Dana Leblanc …": the one of the couple of the
    husband's gender (a partner's: not the "her"'s), else the one the text did not name last."""
    couples = [m for m in _COUPLE.finditer(text, max(0, at - FIRM_LOOKBACK), at)
               if first_name_gender(m.group(1), False) or first_name_gender(m.group(2), False)]
    if owner not in ("his", "her") or noun not in _SPOUSES or not couples:
        return None
    m, want = couples[-1], _SPOUSES[noun] or ("f" if owner == "his" else "m")
    fit = [k for k in (1, 2) if first_name_gender(m.group(k)) == want]
    fit = fit if len(fit) == 1 else [3 - max((1, 2), key=lambda k: text.rfind(m.group(k), 0, at))]
    return m.span(fit[0])


# "… rather than a winter problem’, a leading pharmacologist has told MPs" over "Prof Jo Doe, who chairs the …
# forum, told the committee …": a lede that quotes someone by what they are and names them as the next paragraph opens
# ("a leading pharmacologist", not "a spokesperson for the minister"; "The head of the British army has told MPs": one
# person, whose name the next paragraph gives)
_LEDE_DESCRIPTION = re.compile(r"(?:a|an)[ \t]+(?:(?!(?:for|of|the|at|in|with|from|to|on|who|and)\b)[a-z][\w\-]*[ \t]+){0,3}"
                         r"([a-z][\w\-]*)"
                         r"|[Tt]he[ \t]+(?:[a-z][\w\-]*[ \t]+)?(head|chief|leader|boss|chair|chairman|chairwoman|commander|"
                         r"governor|founder)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*){0,3}"
                         r"(?:[ \t]+[a-z]+)?")
LEDE_WORDS = 20          # two paragraphs of this many words before it: the quotation is past the story's opening
_UNNAMED_NOUNS = frozenset("official officials source sources person people spokesman spokeswoman spokesperson aide "
                           "insider resident residents worker workers member members one".split())
_OPENS_ON_SPEAKER = re.compile(r"(?P<hon>(?:(?:Gen|Lt|Col|Adm|Maj|Capt|Air[ \t]+Marshal)\.?[ \t]+)?"
                               r"(?:Prof|Professor|Dr|Mr|Mrs|Ms|Sir|Dame|Gen|Adm)\.?[ \t]+)?(?P<name>[A-Z][\w\u2019'\-]+(?:[ \t]+"
                               r"[A-Z][\w\u2019'\-]+){1,2})(?:,[^\n]{1,160}?,)?[ \t]+(?:told|testified|said)\b")


def named_next(description: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the name is of "a leading pharmacologist" in a story's opening paragraph at ``at``: the person the next
    paragraph opens on, telling or saying something, when the opening paragraph has not named them (a lede that names
    its source one paragraph late)."""
    kind = _LEDE_DESCRIPTION.fullmatch(description.strip())
    end = text.find("\n\n", at)
    if kind is None or kind.group(1) in _UNNAMED_NOUNS or end < 0 or sum(     # (past a headline and a standfirst)
            len(para.split()) >= LEDE_WORDS for para in text[:text.rfind("\n\n", 0, at) + 1].split("\n\n")) > 1:
        return None
    m = _OPENS_ON_SPEAKER.match(text, len(text) - len(text[end:].lstrip()))
    if m is None or not m.group("hon") and not first_name_gender(m.group("name").split()[0]):
        return None                                      # (a person: "Prof" or a first name)
    surname = m.group("name").split()[-1]
    lede = text.rfind("\n\n", 0, at) + 1                  # (a headline or standfirst may name them already)
    return None if re.search(rf"\b{re.escape(surname)}\b", text[lede:at]) else m.span("name")


_PARENTS = {"mother": "her", "mom": "her", "mum": "her", "father": "his", "dad": "his"}
_CHILD = {"his": "son", "her": "daughter"}


def _parent(owner: str, noun: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the name is of "his mother" after "Jo Doe and her son Tyler": the last parent named with a child of
    the owner's gender (the one "his" or "her" refers to), by the parent's own pronoun."""
    if noun not in _PARENTS or owner not in _CHILD:
        return None
    with_child = re.compile(r"([A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*){0,3})[ \t]+and[ \t]+"
                            rf"{_PARENTS[noun]}[ \t]+{_CHILD[owner]},?[ \t]+[A-Z][a-z]+")
    found = [m.span(1) for m in with_child.finditer(text, max(0, at - FIRM_LOOKBACK), at)]
    return found[-1] if found else None


_KIN = frozenset("father dad husband son brother grandfather mother mom mum wife daughter sister grandmother".split())
_OWNER = {"his": "he", "her": "she"}
FAR_MORE = 1.5           # how many times more often the story names the one it follows than any other of the name


def family_member(directory, description: str, at: int):
    """Who "her father" at ``at`` is when the text never sets his name beside those words: the one man who bears
    the surname of the "her" ("Kenzie Doe … her father": Travis Doe, whom the story follows), or, among several
    Does, the one it names far more often than the others (his own father, named once, is not him)."""
    words = description.lower().split()
    if len(words) != 2 or words[0] not in _OWNER or words[1] not in _KIN:
        return None
    owner = directory.pronoun(_OWNER[words[0]], at)
    if owner is None or " " not in owner.name:
        return None
    ranked = Counter(p.name for _, p in directory.between(0, at) if p is not owner and " " in p.name
                     and p.surname == owner.surname and p.gender == GENDERED[words[1]]).most_common()
    if not ranked or len(ranked) > 1 and ranked[0][1] < FAR_MORE * ranked[1][1]:
        return None
    return directory.people[ranked[0][0]]
