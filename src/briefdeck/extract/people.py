"""People named in a text: full names, roles and genders, and what later mentions of them resolve to.

A full name is a run of two to four capitalised words outside quotations ("Mélanie Joly"), with the title or
role written before it ("Industry Minister", "port director") or after it (", president of the union,"). Later
mentions resolve to it: a surname ("Joly"), an honorific or title and a surname ("Ms. Joly", "Sen. Joly"), a
pronoun ("she": the one of that gender named last, a sentence's subject first), a first name a story uses ("Kev").
"""
from __future__ import annotations

import bisect
import re

from briefdeck.extract import epithets, lone_names, marks, pronouns
from briefdeck.extract.bodies import BODY_NOUNS, describes_a_body
from briefdeck.extract.body_names import PLACE_WORDS
from briefdeck.extract.firms import AND_SONS, BODY_ENDS, short_for
from briefdeck.extract.first_names import first_name_gender, title_as_surname
from briefdeck.extract.lexicon import (FOREIGN_BODY_HEADS, GENDERED, GIVEN_SYLLABLES, HONORIFICS, NATIONAL_BODY, NOT_NAMES,
                                       ORG_WORDS, ROLE_NOUNS, SPEECH, TITLE_WORDS, TITLES)
from briefdeck.extract.apposition import appositive, role_before, set_off_role
from briefdeck.extract.names import BYLINE, NICKNAME, Person, a_thing, clean, owners_too
from briefdeck.extract.pronouns import AFTER_PREPOSITION, ONLY_AS, SPEAKS

_KIN_ROLE = re.compile(r"(?:his|her|their|my|our)\s", re.I)     # "her partner", "their son": whose, not a title
_KIN = re.compile(r"\b([a-z]+)(?:-[a-z]+)*,?[ \t]+$")     # ("her husband, Tunde Doe": a man)
_PLACES = frozenset("new san los las santa fort saint sainte st st. ste ste. mt. ft. port mount lake north south east "
                    "west upper lower united hong great greater little el la le des del boulevard rue chemin".split())   # a town, a street
# "the Blue Water Bridge", "Union Station": a structure's name ends on what it is, and no one is called that
_STRUCTURES = frozenset("bridge tunnel highway road boulevard airport station terminal harbour harbor square plaza "
                        "mall stadium arena crossing expressway freeway parkway pier wharf dam canal campus "
                        "creek river run falls valley canyon gorge beach cove heights springs island "   # "Shade Run" (a stream)
                        "plant factory mill refinery smelter depot yard base grill diner cafe café restaurant bistro "
                        "pub tavern inn hotel motel bakery "     # "the Windsor Car Plant", "the Walker Road Grill": places
                        "code act charter treaty accord agreement pact protocol statute year eve meeting session u.s. u.k.".split())   # "Criminal Code", "… Trade Agreement"
_PRONOUN_GENDER = {**dict.fromkeys("he him his himself".split(), "m"), **dict.fromkeys("she her hers herself".split(), "f")}
_ODD_WORD = re.compile(r"[A-Z]-[a-z]|[A-Z]+\d")         # T-shirts, X-ray, G7: not people
_FIRST_NAME_TITLES = ("sir", "dame")                    # "Sir Martin": a knight goes by a first name
_ACROSS = re.compile(r"\b(?:in|across|throughout)[ \t]+$|"          # ... and "a 46-year-old man from Newcastle West"
                     r"\b(?:\d+-year-old|man|woman|men|women|boy|girl|residents?|patients?|native|couple|family|"
                     r"mother|father|student|farmer|driver|worker|nurse|teacher)\s+from\s+$")
# "At Pine Hollow, a hospice outside Perth, the director …": a sentence that opens at a place names no one there
_OPENS_AT = re.compile(r"(?:^|[.!?][\u201d\"]?\s+)(?:At|In|Inside|Outside)\s+$", re.M)
# "the Lady Yvette", "The Sir Galahad": nobody is called "the Mrs Doe"; a boat, a pub or a horse is
_VESSEL = re.compile(r"The\s+(?:Lady|Lord|Sir|Dame|Miss|Mrs?\.?|Ms\.?|Madame?)\s+[A-Z]")
_THE = re.compile(r"\b(?:the|every|each|other)\s+(?:(?:19|20)\d\d\s+)?$")   # "the Bridgeview Grill", "every other Canada Day"
_ADDRESS = re.compile(r"\b(?:Street|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Crescent|Lane|Way)\s+(?:East|West|North|"
                      r"South)\b")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")       # "Jo van Doe Jr" is "Mr van Doe"
_POSSESSIVE = re.compile(r"[\u2019']s?$")
HE_OR_SHE = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)

def _honorific_gender(word: str, after: str) -> str:
    """The gender an honorific says ("Lord", "Ms"), unless a title follows it: "Lord Mayor" is an office."""
    return "" if after in TITLES else HONORIFICS.get(word, "")


# a body named after the kind of body it is: "the charity Silver Lining Leeds", "whose family company, Meubles Doe,"
_KIND_BEFORE = re.compile(r"\b(?:%s|charity|consultancy|watchdog|nonprofit|non-profit|think[- ]tank)[ \t]+$"
                          r"|\b(?:whose|his|her|their|its|own|family)[ \t]+(?:company|firm|business|employer),[ \t]+$"
                          % "|".join(sorted(BODY_NOUNS - {"court", "police", "force", "party"}))
                          + r"|" + NATIONAL_BODY.pattern)   # "U.S. Customs and Border Protection"
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|our)[ \t]+(?:[\w\-]+[ \t]+){0,2}$", re.I)
# "Mum-of-two Jo Doe", "Father-of-three", "Editor-in-chief": a description joined by hyphens, not a first name
_AGED = re.compile(r",[ \t]*\d{1,3}[ \t]*,")
_WHEN = re.compile(r"\b(?:in|since|until|till|by|last|next|early|late|mid|of|through|from|to|before|after|during|"
                   r"this|that|each|every)[ \t]+$", re.I)     # "In June, …": the month
# "Mara and Tobias Doe": two first names sharing the surname after the second
_COUPLE = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w\u2019'\-]+)(?![ \t]+[A-Z]|[\w\u2019'\-])")
# "their daughter, Kaylee,", "his son Owen", "his wife, Jane,": a child or a spouse named by a first name alone has the
# family's surname ("Isla's father, Craig,": Isla Brennan's, so a Brennan; "Doe-Roe's wife": Jo Doe-Roe's)
_CHILD_OF = re.compile(r"\b(?P<own>[Tt]heir|[Hh]is|[Hh]er|[A-Z][a-z]+(?:-[A-Z][a-z]+)?[\u2019']s)[ \t]+"
                       r"(?:(?:eldest|youngest|older|younger|elder|only|\d+-year-old)[ \t]+)?"
                       r"(?P<kin>daughter|son|granddaughter|grandson|father|mother|dad|mum|mom|brother|sister|"
                       r"wife|husband|widow|widower),?[ \t]+$")
_SPOUSES = ("wife", "husband", "widow", "widower")
_SPOUSE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)[ \t]+(wife|husband),[ \t]+$")
_FAMILY = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z]+)s\b")       # "the Hollisters"
FAMILY_REACH = 600
_HYPHENED = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+$")
_HONOURED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+([A-Z][\w\u2019'\-]+)")     # "Mr Doe": someone after all
_AND_MORE = re.compile(r"[ \t]+and[ \t]+[A-Z]")
_I_AM = re.compile(r"I[\u2019'](?:m|ve|d|ll)")
# "Deputy Superintendent of Customs Jo Doe", "Minister of Trade and Investment Jo Doe": an office, then the name
_OFFICE_OF = re.compile(r"((?:[A-Z][\w\-]*[ \t]+){0,3}([A-Z][\w\-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                        r"(?:[A-Z][\w\-]*,?[ \t]+(?:and[ \t]+)?){0,3})$")


def _in_prose(name: str, text: str, not_before: str = "") -> bool:
    """Whether ``name`` is in a line of prose, not only in a headline's capitals (nor followed by ``not_before``)."""
    after = rf"\b(?![ \t]+{re.escape(not_before)}\b)" if not_before else ""
    return any(not _in_capitals(text, m.start()) for m in re.finditer(re.escape(name) + after, text))


def _in_capitals(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline's capitals: most of its words capitalised."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)].split()
    return sum(w[:1].isupper() for w in line) >= 0.7 * len(line)


class Directory:
    """Resolves how a text refers to people: surnames, honorifics, titles and pronouns, to full names."""

    def __init__(self, text: str, quoted: list | None = None):
        self.text = text
        self.quoted = marks.spans(text) if quoted is None else quoted
        self.masked = marks.masked(text, self.quoted)
        self.sentences = marks.sentence_bounds(self.masked)
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.mentions: list[tuple[int, Person]] = []         # outside quotations, in order
        self.spoken: set[int] = set()                        # where a speaker of a quotation is named
        self._scan()

    # ---- building

    def _person(self, name: str, at: int, role: str = "", gender: str = "") -> Person:
        p = self.people.get(name)
        if p is None and " " in name:                    # "Ms Nur Aisyah" after "Nur Aisyah Rahman": the same one
            longer = [q for q in self.people.values() if q.start <= at and (
                q.name.startswith(name + " ") or name[0].islower() and _SUFFIX.sub("", q.name).endswith(" " + name)
                or len(q.name.split()) == 3 and q.name.endswith(" " + name) and not first_name_gender(name.split()[0]))]
            p = longer[0] if len(longer) == 1 else None  # "Mr de Vries" after "Willem de Vries" too; "Arrieta
                                                         # Valdivieso" after "Xóchitl Arrieta Valdivieso": two surnames
        if p is None:
            first = name.split()[0]
            if GIVEN_SYLLABLES.fullmatch(name.split()[-1]):
                first = ""                               # "Lee Soo-jin": a family name first says nothing of her
            sure = first and first_name_gender(first, table=False) or gender
            p = Person(name, role, sure or first and first_name_gender(first), at)
            p.guessed = not sure and bool(p.gender)
            self.people[name] = p
            words = name.split()        # "Jo Doe Roe" is "Mr. Doe" too: a middle word that is no first name; and
            family = words[:1] if not first and len(words) == 2 else []     # "Lo said" after "Lo Hsin-yi"
            for part in dict.fromkeys([p.surname, *family, *(w for k, w in enumerate(words[1:-1], 1) if len(words) in (3, 4)
                                                    and (len(w) > 2 or GIVEN_SYLLABLES.fullmatch(words[-1])) and w[0].isupper()
                                                    and (k == 2 or not first_name_gender(w)))]):   # "Ana María Doe Roe"
                self.by_surname.setdefault(part, []).append(p)
        else:
            p.role = p.role or role
            p.learn(gender)
        return p

    def _scan(self) -> None:
        masked = self.masked
        singles: list[tuple[int, str, str, str]] = []
        bodies: set[str] = set()                           # names said to be a body's: "kayak maker Doe Roe"
        bylines = [(b.start(), b.end()) for b in BYLINE.finditer(masked)]
        for m in owners_too(masked):
            if bylines and any(s <= m.start() < e for s, e in bylines):
                continue                                   # "By Jane Doe": who wrote it, never who said it
            joined = masked.endswith("& ", 0, m.start()) or masked.startswith(" &", m.end()) or AND_SONS.match(masked, m.end())
            if _VESSEL.match(masked, m.start()) or _THE.search(masked, max(0, m.start() - 9), m.start()) \
                    and _VESSEL.match("The " + m.group()):
                continue                                   # "the Lady Yvette": a boat, not a woman
            raw = [t for t in m.group().split() if not NICKNAME.fullmatch(t)]
            toks = [clean(t) for t in raw]
            if len(toks) == 1 and toks[0].lower() in NOT_NAMES and not masked.startswith(",", m.end()):
                continue                                   # "The", "But", "Monday": a word, not a name (and, alone,
                                                           # none of the tests below would keep it)
            low = [t.lower().rstrip(".") for t in toks]
            kin = _KIN.search(masked, max(0, m.start() - 24), m.start())      # "mum-of-three Jo Doe": a woman
            cut, gender = 0, GENDERED.get(kin.group(1), "") if kin else ""
            for i, lo in enumerate(low):
                if (lo in TITLES or lo in HONORIFICS or lo in ROLE_NOUNS or i == 0 < len(low) - 1 and lo[:-1] in TITLES
                        and lo[-1] == "s") and not title_as_surname(toks, i) \
                        or lo in ORG_WORDS and i < len(low) - 1 and not (i == 0 and lo in FOREIGN_BODY_HEADS and len(low) > 2 and not any(map(first_name_gender, toks[1:]))) \
                        or i < len(low) - 1 and (_POSSESSIVE.search(raw[i]) or lo.rsplit("-", 1)[-1] in ROLE_NOUNS
                                                 or _HYPHENED.match(toks[i])):
                    cut = i + 1                            # "The Ledger's Jane Doe", "Oscar-winner Doe", "Mum-of-two Doe"
                    owner = i < len(low) - 1 and _POSSESSIVE.search(raw[i])    # "Queen's Park": not a woman
                    gender = "" if owner else _honorific_gender(lo, low[i + 1] if i < len(low) - 1 else "") \
                        or GENDERED.get(lo, "") or GENDERED.get(lo.split("-")[0], "") or gender
            if joined and not cut:
                continue                                   # "Alder & Finch Engineering", "Procter & Gamble": a body
            office = _OFFICE_OF.search(masked, max(0, m.start() - 80), m.start()) if not cut and len(toks) > 2 else None
            if office and (office.group(2).lower() in TITLES or office.group(2).lower() in ROLE_NOUNS) \
                    and not first_name_gender(toks[0]):
                cut = next((i for i in range(1, len(toks) - 1) if first_name_gender(toks[i])), len(toks) - 2)
                office_title = office.group(1) + " ".join(toks[:cut])     # "Minister of Finance Jo Doe": Jo Doe
            name = toks[cut:]                              # ("Power & Light President Jo Doe": Jo Doe)
            while name and _I_AM.fullmatch(name[0]):
                name = name[1:]                            # "I'm Naomi Doe": a host saying who she is
            if not cut and len(name) > 2 and name[0] == "The" and name[1].lower() not in NOT_NAMES:
                continue                                   # "The Daily Blaze": a paper, a band, a firm
            while name and name[0].lower() in NOT_NAMES and not (   # "mother, June Doe, 79,": June, not the month
                    len(name) == 2 and not cut and first_name_gender(name[0]) and (_AGED.match(masked, m.end()) or
                    masked.endswith(", ", 0, m.start()) and masked.startswith(",", m.end()))):
                at = m.start() + m.group().rfind(raw[-1])
                if len(name) == 1 and not cut and masked.startswith(",", m.end()) and toks[-1][0].isupper() \
                        and not _WHEN.search(masked, max(0, at - 12), at):
                    singles.append((at, name[0], "", "", ""))   # "For June, the …": June Doe, if named so
                name = name[1:]
            if not name or any(t.lower() in ORG_WORDS for t in name) or len(name) > 4 or name[-1].lower() in _STRUCTURES \
                    or name[-1].lower() in BODY_ENDS and not first_name_gender(name[0]) or _ADDRESS.search(m.group()) \
                    or len(name) > 1 and len(name[0]) > 2 and name[0].isupper() and name[0].isalpha() and not name[-1].isupper():
                continue                                   # ... "Atlantic Keel Shipbuilding": a firm; "IDA Ireland";
                                                           # "Queen Street East": a place
            if not cut and len(name) > 1 and (_THE.search(masked, max(0, m.start() - 9), m.start()) or a_thing(masked, m.start())):
                given = next((i for i, t in enumerate(name) if first_name_gender(t)), len(name))
                if len(name) - given < 2:
                    continue                               # "the Bridgeview Grill": a place
                name = name[given:]                        # "the Environment Eimear Doe": Eimear Doe
            if len(name) > 1 and not first_name_gender(name[0]) \
                    and (firm := short_for(" ".join(name), masked, m.start())) and firm.split()[-1].lower() in BODY_ENDS \
                    and _in_prose(firm, masked):        # (not a headline's capitals: "Jo Doe Explains The …")
                continue                                   # "Kelpie Glen" after "Kelpie Glen Distillers": the firm
            if len(name) > 2 and _in_capitals(masked, m.start()) and not _in_prose(" ".join(name), masked) \
                    and _in_prose(" ".join(name[:-1]), masked, not_before=name[-1]):
                name = name[:-1]                           # "Ted Cruz Refuses to …" in a headline's capitals
            offset = m.start() + m.group().find(raw[len(toks) - len(name)])
            if not cut and len(name) > 1 and (masked.startswith(",", m.end()) or masked.startswith(" in ", m.end())) \
                    and _OPENS_AT.search(masked, max(0, offset - 12), offset):
                continue                                   # "At Pine Hollow, a hospice …": a place
            title = office_title if office and cut else " ".join(toks[:cut])
            title = title[:-1] if title[-1:] == "s" and title[:-1].lower() in TITLES else title   # "Councillors Jo Doe, …"
            if title and title.split()[0].lower() in NOT_NAMES:
                title = " ".join(title.split()[1:])
            honorific = ""
            if title.lower().rstrip(".") in HONORIFICS:
                title, honorific = "", raw[cut - 1].strip(",;:")     # as written: "Mr." or "Mr"
            elif title.split()[-1:] and title.split()[-1].lower().rstrip(".") in HONORIFICS:
                title = title.rsplit(None, 1)[0]             # "Cabinet Secretary Hon. Jo Doe": a cabinet secretary
            couple = _COUPLE.match(masked, m.end()) if len(name) == 1 and not cut else None
            if couple and first_name_gender(name[0]) and first_name_gender(couple.group(1)):
                name = [name[0], clean(couple.group(2))]   # "Mara and Tobias Doe": Mara Doe
            if len(name) == 1 and not cut and name[0].isupper() and _THE.search(masked, max(0, m.start() - 9), m.start()):
                continue                                   # "the UNAM": a body by its initials
            if len(name) == 1:
                title = "" if cut and not honorific and (_POSSESSIVE.search(raw[cut - 1]) or low[cut - 1] in ORG_WORDS) \
                    else title                             # "Tunney’s Pasture", "BBC South": a place, a body
                singles.append((offset, name[0], title, gender, honorific))
                continue
            kind = _KIND_BEFORE.search(masked, max(0, m.start() - 30), m.start()) if not cut else None
            if kind and (_DETERMINED.search(masked, max(0, kind.start() - 30), kind.start())
                         or not first_name_gender(name[0])
                         and not any(h.group(1) == name[-1] for h in _HONOURED.finditer(masked, m.end()))):
                bodies.add(" ".join(name))                 # (a headline's mention of it above is no one either)
                continue                                   # "the charity Silver Link Durham": a body (but "charter
                                                           # operator Gus Doe", a title with no "the": a man)
            if not cut and _ACROSS.search(masked, max(0, m.start() - 20), m.start()) and not _POSSESSIVE.search(raw[-1]):
                continue                                   # "apprentices in Nova Scotia": a place, not Nova
            if name[0].lower() in _PLACES and not (cut and low[cut - 1] in HONORIFICS) \
                    or len(name) > 1 and name[-1] in PLACE_WORDS and name[-1] != "Ireland" \
                    or all(t.isupper() for t in name) \
                    or any(_ODD_WORD.match(t) or t.isupper() and len(t) > 4 for t in name) \
                    or name[0].lower().endswith(("ed", "ing")) and not first_name_gender(name[0]):
                continue                                   # a place ("Nova Scotia": not Nova; but "Mr. St. Doe" is
                                                           # someone, and Ireland a surname too), a heading,
                                                           # "Understated Doe", "Doe T-shirts"
            role = title or role_before(masked, m.start())
            gender = gender or (GENDERED.get(role.split()[-1].lower(), "") if role and not title else "")
            if not role:
                role = set_off_role(masked, offset if honorific else m.start())   # ("…, the Honourable Jo Doe")
                if " of " in role and _AND_MORE.match(masked, m.end()):
                    continue                               # "the Minister of Economy, Job Creation and Trade": a remit
                role = role or appositive(masked, m.end())
            p = self._person(" ".join(name), offset, role, gender)
            p.honorific = p.honorific or honorific         # "Dr Amara Doe": someone, if not yet a he or a she
            self.mentions.append((offset, p))
        for name in bodies & self.people.keys():           # "… at Doe Roe" in a headline, then "kayak maker Doe Roe"
            p = self.people.pop(name)
            self.mentions = [(at, q) for at, q in self.mentions if q is not p]
            for part, named in self.by_surname.items():
                self.by_surname[part] = [q for q in named if q is not p]
        for offset, single, title, gender, honorific in singles:       # "Ms. Joly", "Joly", "Sen. Doe"
            only = ONLY_AS.search(masked, max(0, offset - 60), offset)
            if only:                                       # "who gave his name only as Ken": he is Ken
                pronoun = only.group("g") or only.group("g2") or only.group("g3")
                gender = gender or {"his": "m", "her": "f"}.get(pronoun, "") or GENDERED.get(only.group("kind") or "", "")
            p = self.surname_person(single, offset, gender) or self.first_name_person(
                single, offset, gender, bool(title or honorific) and (honorific or title).lower() not in _FIRST_NAME_TITLES,
                speaking=bool(SPEAKS.match(masked, offset + len(single))))
            if p is None and not title and (family := self._family_of(offset)) and (
                    family[1] not in _SPOUSES or first_name_gender(single)):    # "Their daughter, Kaylee,"
                                                           # (not "his wife, Democratic nominee Jo Doe")
                gender = gender or GENDERED.get(family[1], "")
                p = self._person(f"{single} {family[0]}", offset, "", gender)   # ("daughter" is no role to show)
            if p is None and (wed := _SPOUSE_BEFORE.search(masked, max(0, offset - 16), offset)) \
                    and masked.startswith(",", offset + len(single)):
                gender = gender or GENDERED.get(wed.group(1), "")     # "His wife, Lindiwe, is a nurse": a she
            if p is not None:
                p.learn(gender)
                self.mentions.append((offset, p))
            elif single.endswith(("ians", "cans", "ists", "ites")) or _ODD_WORD.match(single):
                continue
            elif (said := lone_names.someone(masked, offset, single)) is not None or title or gender or only:
                gender = gender or said or ""
                # "Rosa, a 61-year-old retired teacher, …", "Gurpreet, 29, who works nights": someone
                p = self._person(single, offset, title, gender)
                p.honorific = p.honorific or honorific
                p.spoke = p.spoke or not (title or gender)      # "Reynolds says …": someone
                self.mentions.append((offset, p))

        self.mentions.sort(key=lambda x: x[0])
        self.mentions = sorted(self.mentions + epithets.by_role(masked, self.mentions), key=lambda x: x[0])
        self.positions = [m[0] for m in self.mentions]
        self._pronoun_votes()                              # (the genders _goes_by needs: "Kev Doe" is a he)
        for offset, single, title, _, _ in singles:      # (a mention the scan could not tell yet: "Roxane could not
            known = self.people.get(single) if first_name_gender(single) and not any(      # find …" over "…," said
                n.startswith(single + " ") for n in self.people) else None                  # Roxane, 52"; "Ginette
                                                                                            # unfolded the sheet" after)
            if not title and offset not in self.positions and (p := known or self._goes_by(single, offset)) is not None:
                bisect.insort(self.mentions, (offset, p), key=lambda m: m[0])
                bisect.insort(self.positions, offset)

    def _family_of(self, at: int) -> tuple[str, str] | None:
        """ "Their daughter, Kaylee," after "the Hollisters" ("his son, Owen," after Dale Hollister, "Isla's father,
        Craig," after Isla Brennan): the relative's surname is the family's (with the kin word, which says if a man)."""
        m = _CHILD_OF.search(self.masked, max(0, at - 40), at)
        if not m:
            return None
        reach = max(0, at - FAMILY_REACH)
        if m.group("own").endswith(("\u2019s", "'s")):        # "Isla's father": her family's
            owner = m.group("own")[:-2]
            named = [p for o, p in self.mentions if reach <= o <= m.start() and owner in (p.name.split()[0], p.surname)
                     and " " in p.name]                       # ("Doe’s wife": Jo Doe's)
            return (named[-1].surname, m.group("kin")) if named else None
        if m.group("own").lower() == "their":
            family = [f.group(1) for f in _FAMILY.finditer(self.masked, reach, m.start()) if f.group(1) in self.by_surname]
            return (family[-1], m.group("kin")) if family else None
        gender = "m" if m.group("own").lower() == "his" else "f"
        named = [(o, p) for o, p in self.mentions if reach <= o < m.start() and " " in p.name and p.gender == gender]
        return (max(named, key=lambda n: n[0])[1].surname, m.group("kin")) if named else None

    def _pronoun_votes(self) -> None:
        """A person who is a sentence's subject and the only one named in it lends it their pronouns' gender."""
        starts = self.sentences
        per_sentence: dict[int, list[tuple[int, Person]]] = {}
        for at, p in self.mentions:
            per_sentence.setdefault(bisect.bisect_right(starts, at) - 1, []).append((at, p))
        for idx, named in per_sentence.items():
            first, p = named[0]
            if p.gender or len({q.name for _, q in named}) > 1 \
                    or AFTER_PREPOSITION.search(self.masked, max(starts[idx], first - 12), first):
                continue                                   # "Asked by Drummond …, she said": not Drummond's
            end = starts[idx + 1] if idx + 1 < len(starts) else len(self.masked)
            for m in HE_OR_SHE.finditer(self.masked, first, end):   # "Her boss, Dev Roy, …": not his
                if m.group().lower() == "him":
                    continue                               # "Jo Doe, who worked under him, …": someone else
                g = _PRONOUN_GENDER[m.group().lower()]
                p.votes[g] = p.votes.get(g, 0) + 1
        for p in self.people.values():
            if not p.gender and p.votes:
                m, f = p.votes.get("m", 0), p.votes.get("f", 0)
                p.gender = "m" if m > f else "f" if f > m else ""

    # ---- resolving

    def surname_person(self, surname: str, at: int, gender: str = "") -> Person | None:
        """The person written in full earlier whose surname this is (the first introduced, of the right gender)."""
        found = [p for p in self.by_surname.get(surname, ()) if " " in p.name
                 and (not gender or not p.gender or p.guessed or p.gender == gender)]
        if not found:
            return None
        earlier = [p for p in found if p.start <= at] or found    # "Mr. Doe": Jo Doe before Al Doe Roe's middle name,
        return min(earlier, key=lambda p: (describes_a_body(p.role), p.surname != surname,     # a "he" first, and
                                           bool(gender) and p.gender != gender))  # not "Doe Freight, a company …"

    def first_name_person(self, first: str, at: int, gender: str = "", titled: bool = False,
                          speaking: bool = False) -> Person | None:
        """The one person named in full earlier with this first name: features and tabloids call "Kayleigh Doe"
        "Kayleigh" after the first mention; ``titled``, "Prof Lim" (no first name) is Lim Wei Ming, family name
        first; ``speaking``, any first word that says something ("Roslan told", "Lim said") is the one person
        whose name it opens. None for anyone else's surname, or when two people share it."""
        if any(" " in p.name for p in self.by_surname.get(first, ())):
            return None                  # (someone's surname; not "Leanne" named alone in a standfirst, above)
        found = {p.name: p for p in self.people.values() if " " in p.name and p.start <= at
                 and p.name.split()[0] == first and (not gender or not p.gender or p.gender == gender)}
        if not speaking and bool(first_name_gender(first)) == titled:   # "Muslim" is not Muslim Americans' first
            family = [p for p in found.values() if GIVEN_SYLLABLES.fullmatch(p.name.split()[-1])]   # name; but "Ms.
            return family[0] if len(family) == 1 and len(found) == 1 else None   # Lee" is Lee Soo-jin, family name first
        if len(found) > 1:          # "her husband Curtis" gave "Curtis Doe-Roe" from her name; "Curtis Roe" is written
            found = {name: p for name, p in found.items() if name in self.text}
        return next(iter(found.values())) if len(found) == 1 else None

    def _goes_by(self, first: str, at: int) -> Person | None:
        """Kev Doe, named before ``at`` as someone, in "Kev has now …" when "“…,” Kev fumed" somewhere."""
        found = [p for p in self.people.values() if " " in p.name and p.start <= at and p.name.split()[0] == first]
        p = found[0] if len(found) == 1 else None
        someone = p is not None and (p.gender or any(r.match(self.masked, p.start + len(p.name))
                                                     for r in (_AGED, lone_names.WHO, lone_names.AGE_OR_ROLE)))     # "Kev Doe, 44,"
        return p if someone and any(w.group(1) in SPEECH for w in              # (the whole text: only when someone)
                                    re.finditer(rf"\b{re.escape(first)}[ \t]+([a-z]+)\b", self.masked)) else None

    def person(self, name: str, at: int, gender: str = "", role: str = "") -> Person:
        """The person a name mention refers to ("Ms. Joly" -> Mélanie Joly), registered if new."""
        raw = name.split()
        toks = [clean(t) for t in raw]
        honorific = ""
        while len(toks) > 1 and (toks[0].lower().rstrip(".") in HONORIFICS or toks[0].lower().rstrip(".") in TITLES):
            gender = gender or HONORIFICS.get(toks[0].lower().rstrip("."), "")
            if toks[0].lower().rstrip(".") in HONORIFICS:
                honorific = raw[len(raw) - len(toks)].strip(",;:")          # as written: "Mr." or "Mr"
            toks = toks[1:]
        name = " ".join(toks)
        words = role.lower().replace(".", " ").split()
        for word, after in zip(words, words[1:] + [""]):
            gender = gender or _honorific_gender(word, after) or GENDERED.get(word, "")
        if len(toks) == 1:                               # a speaker: "Roslan told", "Lim said"
            titled = bool(honorific or role) and (honorific or role).lower() not in _FIRST_NAME_TITLES \
                and not _KIN_ROLE.match(role)            # "her partner, Sam," is Sam Doe, named before
            p = self.surname_person(name, at, gender) or self.first_name_person(name, at, gender, titled, not titled)
            if p is not None:
                return p
        if role.lower().rstrip(".") in HONORIFICS:
            gender = gender or HONORIFICS[role.lower().rstrip(".")]
            honorific, role = honorific or role, ""
        p = self._person(name, at, role, gender or GENDERED.get(role.split()[-1].lower() if role else "", ""))
        p.honorific = p.honorific or honorific
        return p

    def between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """The mentions at offsets ``start`` to ``end``."""
        return self.mentions[bisect.bisect_left(self.positions, start):bisect.bisect_left(self.positions, end)]

    def knows(self, name: str) -> bool:
        """Whether ``name`` is someone this text names in full or has speak."""
        return name in self.people or name in self.by_surname

    def titled(self, description: str, at: int, fits=None) -> Person | None:
        """The person a definite description by title refers to: "the minister", "the former senator" (the
        last such one for whom ``fits(person)`` holds, when given)."""
        words = description.lower().replace(".", "").split()
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in TITLE_WORDS:
            return None
        title = TITLE_WORDS[words[-1]]
        wanted = set(words[1:-1]) - {"former", "then", "current", "new", "outgoing", "incoming"}
        if words[-2:] == ["chief", "executive"]:
            wanted = set()                               # "the chief executive": the CEO too
        for pos, p in reversed(self.mentions[:bisect.bisect_left(self.positions, at)]):
            role = set(f"{p.role} {p.called_as}".lower().replace(".", "").split()) \
                | {p.honorific.lower().rstrip(".")} - {""}
            role |= {"mayor"} if "municipal president" in p.role.lower() else set()    # Mexico's mayor, translated
            other_gender = words[-1] in GENDERED and p.gender and GENDERED[words[-1]] != p.gender
            if title & role and wanted <= role and not other_gender and (fits is None or fits(p)):
                return p                           # "the prime minister": not the finance minister; "the councilwoman": not him
        return None

    def note(self, p: Person, at: int) -> None:
        """Record that ``p`` speaks at ``at``, for pronouns that follow."""
        p.spoke = True
        self.spoken.add(at)
        i = bisect.bisect_left(self.positions, at)
        self.mentions.insert(i, (at, p))
        self.positions.insert(i, at)

    def pronoun(self, pronoun: str, at: int) -> Person | None:
        """The person a he/she at ``at`` refers to (:func:`briefdeck.extract.pronouns.refers_to`)."""
        return pronouns.refers_to(self, pronoun, at)
