"""How a body's name is written: capitalised words with the joiners of a name between them ("Reserve Bank of
New Zealand"), without what leads into them ("But Toyota"), and the full name an acronym stands for ("the
Premier Hardcourt League (PHL)", or "TII" after "Transport Infrastructure Ireland")."""
from __future__ import annotations

import re

from briefdeck.extract.lexicon import JURISDICTIONS, NOT_NAMES, OPENERS, ORG_WORDS

NAME_JOINERS = frozenset("of for and & de du la".split())


def name_run(word: str) -> str:
    """Capitalised words with the joiners of a body's name between them: "Reserve Bank of New Zealand"."""
    return rf"{word}(?:[ \t]+(?:(?:of|for|and|&|de|du|la)[ \t]+(?:the[ \t]+)?)?{word})*"


# "the Office of the U.S. Trade Representative": a capitalised name, dotted words and joiners kept
CAPITALISED_NAME = re.compile(name_run(r"[A-Z][\w&\u2019'.\-]*"))
PLAIN_NAME = re.compile(name_run(r"[A-Z][\w&\u2019'\-]*"))      # ... no dots: "Fare Watch. The" ends at the stop


def lead_trimmed(toks: list[str], openers: bool = False) -> list[str]:
    """A name's words without what leads into it: "But Toyota" -> "Toyota", "Ontario’s Ministry of …" -> "Ministry …"."""
    while toks and (toks[0].lower() in NOT_NAMES or toks[0] in NAME_JOINERS or openers and toks[0].lower() in OPENERS
                    or toks[0].endswith(("\u2019s", "'s")) and len(toks) > 1 and toks[1].lower() in ORG_WORDS):
        toks = toks[1:]
    return toks


def spelled_out(acronym: str, text: str) -> str:
    """The full name an acronym stands for where the text defines it ("the Premier Hardcourt League (PHL)"),
    or ``""``: its capitals' initials spell the acronym."""
    bare = acronym.replace("&", "") if 0 < acronym.find("&") < len(acronym) - 1 else acronym     # "L&I"
    if not (2 <= len(bare) <= 6 and (bare.isupper() and bare.isalpha()
                                     or re.fullmatch(r"(?:[A-Z][a-z]?){2,4}", bare))):
        return ""                                     # "MoD", "DfE" too; not "HuffPo", which is short for a name
    m = re.search(rf"((?:[A-Z][\w&\u2019'\-]*,?[ \t]+(?:(?:of|for|and|the|on|de)[ \t]+)?){{1,7}})\({re.escape(acronym)}\)", text)
    acronym = "".join(c for c in acronym if c.isupper())      # "MoD": the Ministry of Defence
    if m is None:
        return initialled(acronym, text)
    words = m.group(1).split()
    for k in range(len(words)):                       # the words from the first whose capitals spell it
        caps = [w for w in words[k:] if w[0].isupper()]
        initials = "".join(w[0] for w in caps)
        if not words[k][0].isupper() or not initials.startswith(acronym):
            continue
        beyond = words.index(caps[len(acronym)], k) if len(caps) > len(acronym) else 0
        if initials == acronym or words[beyond - 1] in ("of", "for") or caps[len(acronym):] == ["Canada"]:   # "ISED"
            return " ".join(words[k:])                # "Maritime and Port Authority of Singapore (MPA)" too
    return ""


def initialled(acronym: str, text: str) -> str:
    """A name written out somewhere in the text whose capitals are exactly the acronym's letters, when the text
    never defines it: "the NPA" after "the Nigerian Ports Authority", "TII" after "Transport Infrastructure
    Ireland", "USTR" after "the U.S. Trade Representative" (``""`` when there is none)."""
    for m in LISTED_NAME.finditer(text):               # "Innovation, Science and Economic Development Canada"
        words = [w for w in m.group().replace(",", " ").split() if w not in NAME_JOINERS]
        initials = "".join(w[0] for w in words)
        if acronym in (initials, initials[:-1]) and len(acronym) > 2:
            return m.group()                          # ISED: the country its departments end on is often left out
    for m in PLAIN_NAME.finditer(text):
        toks = lead_trimmed(m.group().split())                     # "The Nigerian Ports Authority"
        if len(toks) > 2 and toks[0].endswith(("\u2019s", "'s")):
            toks = toks[1:]                           # "Ireland's Data Protection Commission": the DPC
        owner = next((i for i, t in enumerate(toks) if i and t.endswith(("\u2019s", "'s"))), 0)
        if owner:                                     # "the Canada Border Services Agency's Border Watch Line"
            toks = toks[:owner] + [toks[owner][:-2]]
        name = " ".join(toks)
        words = [w for w in name.split() if w not in NAME_JOINERS and w != "the"]
        if any(w.isupper() and len(w) > 2 for w in words):
            continue
        initials = "".join(w if w.isupper() else w[0] for w in words)
        office = _OFFICE_OF.search(name)              # "HHS": the "Department of Health and Human Services", "L&I":
        remit = "".join(w[0] for w in office.group(1).split() if w not in NAME_JOINERS) if office else ""   # "… of
        placed = initials[:-1] if words and words[-1] in JURISDICTIONS and name.endswith(" of " + words[-1]) else ""
        if acronym in (initials, remit, placed) and len(words) > 1:     # Labor & Industries", initialled without
            return _in_full(name, text)               # their "Department of"; "HMRC" after "HM Revenue & Customs";
            # "FSRA" after "the Financial Services Regulatory Authority of Ontario"
        dotted = DOTTED_BEFORE.search(text, max(0, m.start() - 12), m.start())     # "U.S. Trade Representative"
        if dotted and dotted.group(1).replace(".", "") + "".join(w[0] for w in words) == acronym \
                and m.group().split()[0] == words[0]:
            return f"{dotted.group(1)} {name}"
    for m in _FRENCH_NAME.finditer(text):               # "the SAQ" after "the Société des alcools du Québec"
        words = [w for w in re.split(r"[ \t]+|(?<=[\u2019'])", m.group()) if w.lower() not in _FRENCH_JOINERS]
        if len(acronym) > 2 and "".join(w[0] for w in words).upper() == acronym:
            return m.group()
    return ""


def _in_full(name: str, text: str) -> str:
    """``name`` with the kind of body the text writes after it elsewhere: "L&W" is "Laurentian & Western", which
    the story first calls "Laurentian & Western Railway"."""
    kind = re.search(re.escape(name) + r"[ \t]+([A-Z][a-z]+)\b", text)
    return f"{name} {kind.group(1)}" if kind and kind.group(1).lower() in ORG_WORDS else name


# a French name with its small words: "Société des alcools du Québec", "Caisse de dépôt et placement du Québec"
_FRENCH_JOINERS = frozenset("de du des la le les et d\u2019 d' l\u2019 l'".split())
_FRENCH_NAME = re.compile(r"\b[A-ZÀ-Þ][\w\-]+(?:[ \t]+(?:[a-zà-ÿ][\w\-]*(?:[ \t]+|[\u2019']))*?"
                          r"(?:de|du|des|de la|d[\u2019'])[ \t]*[\w\-]+){1,2}(?:[ \t]+[A-ZÀ-Þ][\w\-]+)?")


_OFFICE_OF = re.compile(r"\b(?:Department|Ministry|Office|Bureau)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(.+)$")
# a name that lists what a department does: "Immigration, Refugees and Citizenship Canada"
LISTED_NAME = re.compile(r"[A-Z][\w\-]+(?:,[ \t]+[A-Z][\w\-]+)+,?[ \t]+and[ \t]+" + name_run(r"[A-Z][\w\-]+"))
DOTTED_BEFORE = re.compile(r"\b((?:[A-Z]\.){2,})[ \t]+$")


# ", Job Creation and Trade" after "Ministry of Economic Development": the rest of a name that lists what a
# department does (not ", Finance Canada and Statistics Canada": other bodies named with it)
_LIST_TAIL = re.compile(r"(?:,[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})+,?[ \t]+and[ \t]+[A-Z][\w\-]+"
                        r"(?:[ \t]+[A-Z][\w\-]+){0,2}\b")


def listed_tail(text: str, m: re.Match, toks: list[str]) -> str:
    """The list that ends a department's name after ``m`` ("Ministry of Economic Development"), or ``""``."""
    if "of" not in toks or m.group().rstrip(".,") != m.group():
        return ""
    tail = _LIST_TAIL.match(text, m.end())
    return tail.group() if tail and _remit(tail.group()) else ""


def _remit(tail: str) -> bool:
    """", Job Creation and Trade": what a department covers (", Industry and Energy"), not more bodies ("… Canada")."""
    items = [item.split() for item in re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+", tail) if item]
    return not any(words[-1] in PLACE_WORDS or len(words) > 1 and words[-1].lower() in ORG_WORDS for words in items)


def department_tail(text: str, end: int) -> str:
    """The rest of a department's name right after ``end`` when it lists what it covers and the name ends there
    ("the Ministry of Economic Development" then ", Job Creation and Trade said"), else ``""``."""
    tail = _LIST_TAIL.match(text, end)
    return tail.group() if tail and _LISTED_DONE.match(text, tail.end()) and _remit(tail.group()) else ""


def listed_end(text: str, end: int) -> int:
    """Where the name of a department that lists what it does ends, when its first words end at ``end``
    ("Immigration" of "Immigration, Refugees and Citizenship Canada"); ``end`` when they do not go on so."""
    tail = _LIST_TAIL.match(text, end) if text[end - 1:end].isalpha() else None
    return tail.end() if tail and _LISTED_DONE.match(text, tail.end()) else end


_LISTED_DONE = re.compile(r"[ \t]+[a-z]|[.,;:)\u201d\"]|\s*$")
_LOCAL_NUMBER = re.compile(r"(?:,[ \t]+Local)?[ \t]+\d{1,5}[A-Z]?\b")


def local_number(text: str, end: int) -> str:
    """The number of a union's local after its name ends at ``end`` ("Unifor Local" 444, "… Workers Union",
    Local 112), or ``""``."""
    m = _LOCAL_NUMBER.match(text, end)
    return m.group() if m and (m.group().startswith(",") or text.endswith("Local", 0, end)) else ""


PLACE_WORDS = frozenset("Canada Ontario Quebec Alberta Manitoba Saskatchewan Columbia Scotia Brunswick Newfoundland "
                         "America States Kingdom Britain Australia Zealand Ireland Mexico".split())


# "the Canadian Consulate General in Minneapolis": a mission is named with the city it sits in
_MISSION_ENDS = ("Embassy", "Consulate", "General", "Commission", "Mission")
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_IN_CITY = re.compile(rf"[ \t]+in[ \t]+((?:St\.[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?!{_DAYS})[A-Z][\w\-]*){{0,2}})(?![\w\-])")


def posted_in(name: str, text: str, end: int) -> str:
    """A diplomatic mission's name with the city written after it ("Canadian Embassy in Washington"), or ""."""
    words = name.split()
    of_country = len(words) >= 3 and words[-2] == "of" and words[-3] in ("Embassy", "Consulate", "General")
    if not of_country and (len(words) < 2 or words[-1] not in _MISSION_ENDS or words[-1] == "General"
                           and words[-2] != "Consulate" or words[-1] == "Commission" and words[-2] != "High"):
        return ""                                    # ("the Consulate of Mexico in Leamington" too)
    m = _IN_CITY.match(text, end)
    return f"{name} in {m.group(1)}" if m else ""
