"""A capitalised word standing alone ("Carole", "Reynolds"): what around it says it is someone.

A first name or a surname written alone is a person only when the text says so: an age or a job set off after
it ("Rosa, a 61-year-old retired teacher,"), "who" after it, a verb of speech, "for her part", or a letter sent
by it from a place. :class:`briefdeck.extract.people.Directory` asks here about each word it could not tie to
someone already named.
"""
from __future__ import annotations

import re

from briefdeck.extract.bodies import BODY_NOUNS
from briefdeck.extract.first_names import first_name_gender, fold
from briefdeck.extract.firms import firms_first_word
from briefdeck.extract.lexicon import GENDERED, JURISDICTIONS, MAKERS, NOT_NAMES, ORG_WORDS, ROLE_BODIES, ROLE_NOUNS
from briefdeck.extract.names import DATELINE
from briefdeck.extract.pronouns import AFTER_PREPOSITION, SPEAKS

# what an appositive after a lone first name says of a person: an age or "a … teacher"
AGE_OR_ROLE = re.compile(r",\s+(?:an?|the)\s+(?:\d{1,3}-year-old\b|(?:[\w\-]+\s+){0,3}?(?:%s)\b)" % "|".join(
    map(re.escape, sorted(ROLE_NOUNS - {"group", "family", "team", "staff", "company", "firm"}))))
# ... and for a name the first-name table lacks, opening its sentence: a role only a person has (not "Acme, the
# automaker")
_TRADES = {"cook", "barber", "carpenter", "bartender", "server", "waiter", "waitress", "dishwasher", "machinist",
           "millwright", "welder", "pipefitter", "ironworker", "boilermaker", "labourer", "laborer", "apprentice",
           "trainee", "roofer", "painter", "toolmaker", "assembler", "seamstress", "tailor", "decorator", "presser",
           "shipper", "cutter", "packer", "picker", "sorter", "stitcher", "sewer"}
_PERSON_ROLES = "|".join(map(re.escape, sorted(
    ROLE_NOUNS - BODY_NOUNS - ORG_WORDS - MAKERS - ROLE_BODIES - {"group", "family", "team", "staff"} | _TRADES)))
_IN_PERSON_ROLE = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:%s)\b" % _PERSON_ROLES)
WHO = re.compile(r",[ \t]+who\b")                       # "Josh, who is in his final year, said …": someone
_AGED_DOING = re.compile(r",[ \t]*\d{1,3}[ \t]*,[ \t]+(?!and\b|or\b)[a-z]")        # "Ernest, 78, worked as a faller"
# "Dev, my husband, put it best": a name the writer's own family or friend goes by, whatever the name
_MY_KIN = re.compile(r",[ \t]+(?:my|our)[ \t]+(husband|wife|partner|son|daughter|father|mother|dad|mom|mum|brother|sister|"
                     r"friend|neighbou?r|cousin|uncle|aunt|grandmother|grandfather|boyfriend|girlfriend|fianc[ée]e?)[ \t]*,")
_AGED_THEN = re.compile(r",[ \t]*\d{1,3}[ \t]*,[ \t]+(?:an?|the|who|said|says|told)\b")   # "Tomasz, 57, a forklift …"
# "In Dauphin, …", "At the plant gate, …": where a sentence sets its scene before the one it is about
_SET_SCENE = re.compile(r"(?:^|[.!?\u201d\"][ \t]+|\n)(?:In|At|On|Near|Outside|Inside|Down|Up|Back|Over|Across|Along|Behind)"
                        r"[ \t][^,.!?\n]{1,40},[ \t]+$")
# "an email from Carole in Wadena", "a call from Wendell, near Melfort": a listener or a reader named by a first name
_SENT_FROM = re.compile(r"\b(?:e-?mail|letter|note|message|call|text|question)[ \t]+from[ \t]+$", re.I)
_IN_PLACE = re.compile(r",?[ \t]+(?:in|near|outside|from)[ \t]+[A-Z]")
# "the Ministry of Tourism, Culture and Gaming said": the last word of a body's name, not someone who speaks
_LISTED_BEFORE = re.compile(r"[A-Z][\w\u2019'\-]*,?[ \t]+(?:and|&)[ \t]+$")
# "Kaylee, for her part, has adjusted": a first name said to be someone (and whether a he or a she)
_FOR_HER_PART = re.compile(r",[ \t]+(?:for|in|by|on)[ \t]+(her|his)[ \t]+(?:part|own|account|turn|side)\b")


# "A listener, Marthe from Dolbeau, wrote …", "One caller, Bev, asked": a first name set off after who they are to
# the outlet ("Marthe, a listener in Alma," after it)
_AUDIENCE = r"(?:listener|caller|reader|viewer|subscriber|member|resident|neighbou?r|customer|parishioner)"
_AUDIENCE_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ur)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_AUDIENCE},[ \t]+$")
_AUDIENCE_AFTER = re.compile(rf",[ \t]+(?:an?|one|our)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_AUDIENCE}\b")
_BARE_ROLE = re.compile(r",\s+(?:[\w\-]+\s+){0,2}?(?:%s)\s*[,:]" % _PERSON_ROLES)   # "Ghislain, millwright, …"
_FROM_PLACE = re.compile(r",[ \t]+from[ \t]+[A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*){0,2},")
_COPULA = re.compile(r"\b(?:is|was|are|were|meet|met)[ \t]+$")   # "Next in line is Harjit, 58, a retired …"
_OPENER = re.compile(r"(?:For|As for|Like|Unlike|To)[ \t]+$")     # "For Baljinder, 44, a driver, …"
# "Priya. She had the keys.": a first name said as a sentence of its own, then told of as a he or a she
_ALONE_THEN = re.compile(r"\.[ \t]+(He|She)\b")


def _opens(text: str, at: int) -> bool:
    """Whether a sentence opens at ``at`` (perhaps on "For" or "Like" first, or after a dateline)."""
    opener = _OPENER.search(text, max(0, at - 8), at)
    if opener:
        at = opener.start()
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in "\n.!?\u201d\"" or bool(DATELINE.fullmatch(text, text.rfind("\n", 0, at) + 1, at))


# "which Ottawa said this month would lend …": a capital standing for its government, never someone
SEATS = frozenset("ottawa washington beijing brussels london paris berlin tokyo moscow canberra wellington delhi seoul "
                  "mexico ankara brasilia pretoria".split())


# "the 338 workers at Oriel", "the Oriel plant": a lone word that is a workplace, not a person
_WORKPLACE = r"\b(?:workers|jobs|employees|staff|people|shifts?|lines?)[ \t]+at[ \t]+{0}\b(?![\u2019']s)|\bthe[ \t]+{0}[ \t]+" \
             r"(?:plant|plants|factory|mill|deal|settlement|closing|closure|layoffs|contract|workers)\b"


def _a_workplace(word: str, masked: str) -> bool:
    """Whether the text speaks of ``word`` as a workplace ("jobs at Oriel", "the Oriel plant")."""
    return ("at " + word in masked or "the " + word in masked) \
        and re.search(_WORKPLACE.format(re.escape(word)), masked) is not None


def someone(masked: str, at: int, word: str) -> str | None:
    """Whether the lone ``word`` at ``at`` (quotations masked) is said to be someone: the gender "for her part" or
    "for his part" gives ("m", "f"), "" when the text says it is someone but not which, None when nothing says so."""
    if word.lower() in SEATS or "-" in word and any(fold(part) in JURISDICTIONS for part in word.split("-")[1:]):
        return None                                      # ("Hydro-Québec says": a utility, named for its province)
    after = at + len(word)
    if (kin := _MY_KIN.match(masked, after)) and word.lower() not in NOT_NAMES:
        return GENDERED.get(kin.group(1), "")
    given = first_name_gender(word)
    if given and (own := _FOR_HER_PART.match(masked, after)):
        return "f" if own.group(1).lower() == "her" else "m"
    if given and (alone := _ALONE_THEN.match(masked, after)) and (_opens(masked, at) or masked.endswith(": ", 0, at)):
        return "m" if alone.group(1) == "He" else "f"    # an answer naming someone: "A: Priya. She has the keys."
    if SPEAKS.match(masked, after) and not firms_first_word(word, masked, at) and not _a_workplace(word, masked) \
            and not AFTER_PREPOSITION.search(masked, max(0, at - 12), at) \
            and (given or not _LISTED_BEFORE.search(masked, max(0, at - 30), at)):
        return ""                                        # "Reynolds says …" (not "the Ministry of Tourism,
                                                         # Culture and Gaming said": the end of a body's name)
    if _AGED_DOING.match(masked, after) and not given and _opens(masked, at) and word.lower() not in NOT_NAMES:
        return ""                                        # "WINDSOR - Wanjiru, 44, had her mind made up"
    if given and (AGE_OR_ROLE.match(masked, after) or WHO.match(masked, after) or _AGED_DOING.match(masked, after)
                  or _SENT_FROM.search(masked, max(0, at - 20), at) and _IN_PLACE.match(masked, after)
                  or _AUDIENCE_BEFORE.search(masked, max(0, at - 40), at) or _AUDIENCE_AFTER.match(masked, after)):
        return ""                                        # "Rosa, a 61-year-old retired teacher, …"
    if (given and (_FROM_PLACE.match(masked, after) or _BARE_ROLE.match(masked, after))
            or WHO.match(masked, after) and word.lower() not in NOT_NAMES) and _opens(masked, at):
        return ""                                        # "Teresa, from Guatemala, works in an orchard", "Ghislain,
                                                         # millwright, 31 years of seniority, …", "Thanh, who has …"
    if _AGED_THEN.match(masked, after) and (given or _opens(masked, at) or _SET_SCENE.search(masked, max(0, at - 60), at)
                                            or _COPULA.search(masked, max(0, at - 12), at)):
        return ""                                        # "Gurpreet, 29, who works nights" ("In Dauphin, Dilnoza, 27, …",
                                                         # "Farther down the list is Harjit, 58, a …")
    if _IN_PERSON_ROLE.match(masked, after) and word.lower() not in NOT_NAMES \
            and (_opens(masked, at) or _SET_SCENE.search(masked, max(0, at - 60), at)):
        return ""                                        # "Dev, a line cook at a pub in Kentville, said …" ("On the
                                                         # night crew, Dev, a millwright, …")
    return None
