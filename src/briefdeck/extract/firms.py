"""A firm's name as the text writes it: the full name a short one stands for ("Brightway" after "Brightway
Pharmacy"), the words a business's name ends on, and whether a word opening a name is a first name."""
from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.lexicon import FEMALE_NAMES, GIVEN_SYLLABLES, MALE_NAMES, ORG_WORDS

# the head of a description of a business: "the Boston company that makes the drug", "the note-taking app"
BUSINESS_HEADS = (r"company|firm|app|startup|platform|service|brand|retailer|chain|carmaker|automaker|lender|insurer|"
                  r"airline|manufacturer|business|drugmaker|maker")


# a family firm's name after its family's: "Serres Doe et Fils", "Doe and Sons" (no one person)
AND_SONS = re.compile(r"[ \t]+(?:et|and)[ \t]+(?:Fils|Fille|Filles|Fr[eè]res|Sons|Daughters|Brothers|Cie)\b")

# the last word of a business's full name, beside the words for bodies in general: "Brightway Pharmacy"
TRADE_ENDS = frozenset("pharmacy pharmacies communications telecom media health healthcare maritime marine works "
                       "software solutions services labs laboratories partners capital ventures brands stores "
                       "markets farms mills dairy brewing brewery shipping freight transport logistics railroad "
                       "analytics minerals metals pipelines utilities mutual insurance assurance refining resources "
                       "automotive airways aviation shipbuilding shipbuilders boatbuilders components shipmanagement fulfilment fulfillment "
                       "distribution warehousing packaging midstream wireless mobile broadband networks cable "
                       "robotics systems studios vehicles trucks shipyards yards foundry forge munitions aerospace "
                       "electronics engineering construction chemicals steel petroleum mining properties power hydro electric "
                       "gas market snacks bakery grocers microsystems semiconductor semiconductors microelectronics "
                       "devices instruments technology games interactive telecommunications biotech therapeutics products "
                       "foods photonics optics sensors billing payments processing sourcing staffing outsourcing supply supplies "
                       "stampings castings forgings mouldings moldings tooling machining fabricating plastics distributors "
                       "wholesalers importers exporters packers processors terminals stevedoring trucking drayage towing "
                       "airlines carriers brokerage brokerages brokers customs interiors seating coatings composites fasteners pressworks "
                       "moulding molding drivetrain coachworks ironworks steelworks metalworks".split())
BODY_ENDS = ORG_WORDS | TRADE_ENDS


_WHEN = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                   r"August|September|October|November|December|Today|Yesterday|Tomorrow|This|Last|Next|On|In|At")


# a body's name that goes on to say what it is for: "Ravenel Institute for Trade and Industry" (the remit's
# words capitalised, with their joiners; not "… for Tuesday")
_REMIT = (r"[ \t]+for[ \t]+(?:the[ \t]+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w\u2019'\-]*"
          r"(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?[A-Z][\w\u2019'\-]*){0,4}")


def first_name(word: str) -> bool:
    return word.lower() in FEMALE_NAMES or word.lower() in MALE_NAMES


def firms_first_word(word: str, text: str, at: int) -> bool:
    """Whether ``word`` is a firm's name cut short, after the whole name: "Hanul said …" after "Hanul Energy
    Solutions broke ground"."""
    return any(w.lower().strip("\u2019'") in BODY_ENDS for w in short_for(word, text, at).split()[1:])


_DEFINED_AS = re.compile(r"([A-Z][\w&.\u2019'\-]*(?:[ \t]+[A-Z][\w&.\u2019'\-]*){0,5})[ \t]*\(([^()\n]{1,80})\)")
_SHORT_NAME = re.compile(r"[\u201c\"](?:the[ \t]+)?([A-Z][\w&.\u2019'\- ]{1,40}?)[\u201d\"]")


@lru_cache(maxsize=8)
def _definitions(text: str) -> tuple[tuple[int, str, str], ...]:
    """Each short name a text defines, where, and for what: "Maplegate Duty Free Inc. ("Maplegate" or "the Company")"
    gives (…, "Maplegate", …) and (…, "Company", "Maplegate Duty Free Inc."). Found once a text (a release is read
    quotation by quotation)."""
    return tuple((m.start(), short.group(1), m.group(1)) for m in _DEFINED_AS.finditer(text)
                 if "\u201c" in m.group(2) or '"' in m.group(2) for short in _SHORT_NAME.finditer(m.group(2)))


def defined_as(name: str, text: str, at: int) -> str:
    """The body a release defines as "the Company" (or any short name) before ``at``, in the text with its quotation
    marks: "Maplegate Duty Free Inc. ("Maplegate" or "the Company")" gives Maplegate Duty Free Inc.; or ``""``."""
    return next((full for pos, short, full in _definitions(text) if short == name and pos < at), "") \
        if name[:1].isupper() else ""


def short_for(name: str, text: str, at: int) -> str:
    """The full name that a body's first words stand for ("Brightway" after "Brightway Pharmacy", "Northern
    Shield" after "Northern Shield Railway"), or ``""``."""
    if not name[:1].isupper() or name.isupper() or text.find(name, 0, at) < 0:
        return ""                                     # (each pattern below needs the name before ``at``)
    if " " in name and name.split()[-1].lower() in ORG_WORDS \
            and (remit := re.search(rf"\b{re.escape(name)}{_REMIT}", text[:at])):
        return remit.group()                          # "Ravenel Institute" after "Ravenel Institute for Trade and …"
    if name.lower() in ORG_WORDS and (of := re.search(rf"\b{re.escape(name)}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'\-]*"
                                                      r"(?:[ \t]+[A-Z][\w\u2019'\-]*)?", text[:at])):
        return of.group()                             # "the Bank" after "the Bank of England"
    if " " in name and name.split()[-1].lower() in ORG_WORDS:
        return ""                                     # "Carleton University" is whole, not its "… Staff Association"
    found = []                                        # the capitalised words after each "Name" before ``at``
    for i in _starts(name, text, at):                 # (the name found first: a scan for a pattern opening on
        described = _DESCRIBED.match(text, i + len(name), at)      # "\b" tries every place in the text)
        if described and _after_head(text, i):
            return name + described.group()           # "the software company RentWise Analytics"
        if (words := _WORDS_AFTER.match(text, i + len(name), at)) and (not found or i >= found[-1][1]):
            found.append((i, words.end(), words))     # (one after another, as a scan for them finds them)
    found = [words for _, _, words in found]
    title_end = text.find("\n")                   # a headline capitalises everything: "Granite Ridge Energy CEO's pay"
    later = [f for f in found if f.start() - len(name) > title_end >= 0] or found[:1]     # ("Acme Axle to drop …", a headline
    spelled = [n for n in (_spelled(name, m) for m in later) if n]          # under a label, then "Acme Axle Ltd.")
    return max((n for n in spelled if n.startswith(spelled[0])), key=len) if spelled else ""   # the fullest of one name


_DESCRIBED = re.compile(r"(?:[ \t]+[A-Z][\w&\u2019'\-]*){1,2}\b")
_WORDS_AFTER = re.compile(r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&\u2019'\-]*){1,3}")
_HEAD_END = re.compile(rf"\b(?:{BUSINESS_HEADS})\Z")
_LONGEST_HEAD = max(map(len, BUSINESS_HEADS.split("|")))


def _starts(name: str, text: str, end: int):
    """Where ``name`` (opening on a letter) starts a word in ``text`` and ends by ``end``."""
    i = text.find(name, 0, end)
    while i >= 0:
        if not i or not (text[i - 1].isalnum() or text[i - 1] == "_"):     # (as "\b" reads a word's edge)
            yield i
        i = text.find(name, i + 1, end)


def _after_head(text: str, i: int) -> bool:
    """Whether a business's head word and spaces stand right before ``i``: "the software company ⟨i⟩"."""
    j = i
    while j and text[j - 1] in " \t":
        j -= 1
    return j < i and _HEAD_END.search(text, max(0, j - _LONGEST_HEAD), j) is not None


def _spelled(name: str, m: re.Match) -> str:
    """The firm ``name`` is the start of, where ``m`` found the capitalised words after it; ``""`` if none."""
    words = []
    owns = False
    for w in m.group().split():                       # "Gulfline Refining’s", "Tallis Resources’ Carrow Creek": the firm
        if w == "&":
            words.append(w)
            continue
        words.append(re.sub(r"[\u2019']s?$", "", w))
        if words[-1] != w:
            owns = True
            break
    if owns and len(words) <= 2 and not _WHEN.fullmatch(words[-1]) or "&" in words[:-1]:
        return f"{name} {' '.join(words)}"            # "Trillium Powertrain's plant", "Kessler Tire & Rubber": a firm
    while words and words[-1].lower() not in BODY_ENDS:
        if not _WHEN.fullmatch(words.pop()):
            return ""                                 # "Canada" is not short for the "Canada Health Transfer"
    return f"{name} {' '.join(words)}" if words else ""     # "Brightway Pharmacy Thursday": the pharmacy


def used_as_firm(name: str, text: str, at: int) -> str:
    """The full name of a firm whose name reads like a person's, when the text uses it as a firm's up to ``at``:
    "Harlan" after "Harlan Aerostructures", a name cut to its first word where a person's is cut to the surname;
    "Morgan Stanley", written whole every time and never cut to "Stanley" (three times or more: a person named
    twice may be quoted in a brief). ``""`` otherwise."""
    words = name.split()
    if len(words) == 1:
        whole = re.search(rf"\b{re.escape(name)}[ \t]+([A-Z][a-z][\w\-]+)\b(?![ \t]+[A-Z])", text[:at])
        if whole is None or first_name(whole.group(1)) or GIVEN_SYLLABLES.fullmatch(whole.group(1)) or not re.search(
                rf"\b{re.escape(name)}\b(?![ \t]+[A-Z])(?![\u2019']s[ \t]+[A-Z])", text[whole.end():at]):
            return ""
        words = [name, whole.group(1)]
    elif len(words) != 2 or text.count(name, 0, at) < 3:
        return ""
    full = " ".join(words)
    if re.search(rf"\b{re.escape(full)},[ \t]+(?:\d|who\b|(?:a|an|the)[ \t]+[a-z]+[ \t]+(?:who|at|of|in|from)\b)", text):
        return ""                                     # "Harlan Pruitt, 44," or ", who …": a person
    last = re.compile(rf"(?<![\w\-])(?:[A-Z][\w\-]*[ \t]+)?{re.escape(words[1])}\b")
    return full if all(m.group().startswith(words[0] + " ") for m in last.finditer(text)) else ""


# "Acme did not …", "Acme Health Billing, one of the larger firms, said …": a sentence opening on a firm
_OPENS_ON_ONE = re.compile(r"(?:The[ \t]+)?([A-Z][\w&\u2019'\-]+(?:[ \t]+[A-Z][\w&\u2019'\-]+){0,3})"
                           r"(?:,[ \t][^,\n]{1,80}(?:,[ \t][^,\n]{1,100})?,)?"    # (an aside with a place in it: ", a
                                                                                # Laval, Quebec-based maker of …,")
                           r"[ \t]+(?:did|does|has|had|is|was|will|would|said|says|[a-z]+ed)\b")


def opening_firm(text: str, at: int) -> str:
    """The firm the sentence starting at ``at`` opens on: a name ending on a trade's or a body's word, or one word
    short for one (``""`` when it opens on none)."""
    just = _OPENS_ON_ONE.match(text, at)
    if just is None:
        return ""
    name = just.group(1)
    if " " not in name:
        return short_for(name, text, just.start(1))
    return name if name.split()[-1].lower() in BODY_ENDS else ""


# "Riverside Caliper Corp.", "Thornvale Logistics Ltd": a firm's name as the text writes it in full
_SUFFIX = re.compile(r"[ \t]+(?:Inc\.|Corp\.|Co\.|Ltd\.?|LLC|L\.L\.C\.|Limited|plc|PLC|GmbH|Pty Ltd|ULC)(?![\w])")
_NAME_AT_END = re.compile(r"(?:[A-Z][\w&\u2019'\-]*[ \t]+){0,4}[A-Z][\w&\u2019'\-]*$")


def in_full(speaker: str, text: str) -> str:
    """``speaker`` with its firm's legal ending when the text writes the name with one ("Riverside Caliper" →
    "Riverside Caliper Corp.", "A spokesperson for Thornvale Logistics" → "… Thornvale Logistics Ltd")."""
    if speaker.rsplit(" ", 1)[-1] in ("Inc", "Corp", "Co", "Ltd") and speaker + "." in text:
        return speaker + "."                         # "Riverside Caliper Corp" as the text writes it: "Corp."
    name = _NAME_AT_END.search(speaker)
    if name is None or " " not in name.group() and speaker == name.group():
        return speaker                               # (a lone word may be anyone's)
    at = text.find(name.group() + " ")
    while at >= 0:
        suffix = _SUFFIX.match(text, at + len(name.group()))
        if suffix and not (at and (text[at - 1].isalnum() or text[at - 1] in "&-")):
            return speaker + suffix.group().rstrip() if not speaker.endswith(suffix.group().strip()) else speaker
        at = text.find(name.group() + " ", at + 1)
    return speaker

