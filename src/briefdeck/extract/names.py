"""How a person's name is written: runs of capitalised words ("Mélanie Joly", "Jean-Yves de la Roche",
"Marcus “Bud” Mbeki"), the byline that names a writer, the dateline a story opens on, and the record kept of each
person a text names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract.bodies import describes_a_body
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import INSTITUTIONS

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_TOKEN = (rf"(?:(?:[A-Z]\.){{2,}}|(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Rev|Jr|Sr|Hon)\.|(?:[A-Z]|Ma|Wm|Chas|Jas|Thos)\.(?=\s+[A-Z])"
          rf"|[{_UPPER}][\w\u2019'\-]*)")
_PARTICLE = r"(?:de|del|da|di|du|van|von|der|den|la|le|bin|al|dos|das|St\.)"
# a nickname in quotation marks between first name and surname, masked: Marcus “••••” Mbeki
_NICKNAME = r"[\u201c\"\u2018'][\u2022]{1,20}[\u201d\"\u2019']"
# (an elided particle glued to the surname: "Kyle d'Entremont-Walsh")
SEQUENCE = re.compile(rf"(?<![\w\-\u2019']){_TOKEN}(?:[ \t]+(?:(?:{_PARTICLE}[ \t]+){{1,2}}|{_NICKNAME}[ \t]+|[dl][\u2019'](?=[{_UPPER}]))?{_TOKEN})*")
NICKNAME, INITIALS = re.compile(_NICKNAME), re.compile(r"(?:[A-Z]\.)+")
_BODY_OR_PERSON = re.compile(r"\b(?:owner|operator|developer|provider|supplier|builder|contractor|carrier|producer|"
                             r"distributor|retailer|lender|insurer|manager|maker)s?$", re.I)   # a firm's roles too


@dataclass
class Person:
    name: str                    # "Mélanie Joly"
    role: str = ""               # "Industry Minister"
    gender: str = ""             # "m", "f" or ""
    start: int = 0               # where first named
    votes: dict = field(default_factory=dict)
    spoke: bool = False          # a quotation was attributed to them
    honorific: str = ""          # "Mr", as written before a surname given alone
    guessed: bool = False        # the gender is only the usual one for the first name ("Lindsey": f)
    called_as: str = ""          # an office the story called them by, not with their name ("the Ontario premier")

    def learn(self, gender: str) -> None:
        """What the text says of their gender ("Mr.", "his", a role) outweighs the usual one for the name."""
        if gender and (not self.gender or self.guessed):
            self.gender, self.guessed = gender, False

    @property
    def called(self) -> str:
        """How a slide names them: the full name, or "Mr Hughes" when the text gives only that."""
        return f"{self.honorific} {self.name}" if self.honorific and " " not in self.name else self.name

    @property
    def personal(self) -> bool:
        """Whether this is surely a person (not a body or a place): gender, role, honorific or words of their own."""
        return bool(self.gender or self.role and not describes_a_body(self.role) and not (   # "Mine owner Bindaree
            _BODY_OR_PERSON.search(self.role) and not first_name_gender(self.name.split()[0]))   # Coal": a firm
            or self.spoke or self.honorific) \
            and not any(len(w) > 1 and w.isupper() and not w.endswith(".") for w in self.name.split()) \
            and not self.institution                         # an acronym, "Lancashire County Council"

    @property
    def institution(self) -> bool:
        """Whether the name has a word that makes it a body's: "Lancashire County Council", "Department of Finance"."""
        return not INSTITUTIONS.isdisjoint(self.name.lower().split())

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


_KEEPS_DOT = frozenset("Co. Corp. Inc. Ltd. Jr. Sr. Bros. St. Ma. Wm. Chas. Jas. Thos.".split())   # part of the name
# as written (the last five: a given name cut short, "Ma. Consolacion Doe", as Filipino and older English styles do)


# "By Jane Doe | The Ledger | 12 March 2026", "Interview by Jo Doe": who wrote it and when — not someone quoted, and
# not a figure (a table row, "Ontario | 51,000", is one; the readers join cells with " | ")
BYLINE = re.compile(r"^[ \t]*[*_]{0,2}(?:(?:posted|written|words|reporting|[Ii]nterview(?:ed)?|[Cc]ompiled)[ \t]+)?[Bb]y[ \t]+"
                    r"[A-Z\u00c0-\u017f][^\n]{0,160}?"
                    r"(?<![.!?\u201d\"])[ \t]*$", re.M)


def clean(tok: str) -> str:
    tok = tok[:-2] if tok.endswith(("\u2019s", "'s")) else tok
    return tok if INITIALS.fullmatch(tok) or tok in _KEEPS_DOT else tok.rstrip(".")


_OWNER = re.compile(r"(?:[A-Z][\w.\-]*\s+){1,4}?([A-Z][\w\-]*)[\u2019']s\s+[A-Z]")


_TURN_LETTER = re.compile(r"[QA]\.[ \t]+")


def owners_too(text: str):
    """Each run of capitalised words in ``text``, and the person who owns the rest of one: "Premier Dana Doe's
    Unity government" names Dana Doe, not only "Unity"."""
    for m in SEQUENCE.finditer(text):
        if (letter := _TURN_LETTER.match(text, m.start())) and text[m.start() - 1:m.start()] in ("\n", ""):
            m = SEQUENCE.match(text, letter.end())   # a transcript's "A.   She asked me …": its label, then her words
            if m is None:
                continue
        yield m
        owner = _OWNER.match(m.group())
        if owner and any(first_name_gender(w) for w in owner.group().split()[:-1]):   # "After Obama's": no one
            yield SEQUENCE.match(text, m.start(), m.start() + owner.end(1))



# "a Pembury Caribou crew cab", "an Ardmore Tern, a minivan": a make and model (but in "Citizens for a Fair Deal" a
# body's name goes on)
_A_THING = re.compile(r"\ban?\s+(?:(?:19|20)\d\d\s+)?$")
_NAME_GOES_ON = re.compile(r"[A-Z][\w’'\-]*\s+(?:for|of|against|with)\s+an?\s+$")


def a_thing(text: str, at: int) -> bool:
    """Whether the capitalised words at ``at`` follow "a" or "an" as a thing's name, not a person's."""
    return bool(_A_THING.search(text, max(0, at - 9), at)) and not _NAME_GOES_ON.search(text, max(0, at - 40), at)


# "OTTAWA — ", "LONDON (Reuters) - ", Markdown's "**CELAYA, Mexico** — ", a newswire's "AUBURN HILLS, Mich.,
# Nov. 6, 2025 /PRNewswire/ -- " (the wire's name cleaned away or not)
DATELINE = re.compile(r"(?P<bold>\*\*|__)?"
                      r"(?:[A-Z][A-Z.'\-]{2,}(?:[ ,]+(?:[A-Z][\w.'\-]*|\d{1,2}\b)){0,4}\s*(?:\([^)]{1,30}\)\s*)?"
                      r"|[A-Z][\w.'\-]+(?:[ ,]+[A-Z][\w.'\-]*){0,3}\s*\([A-Z][\w .]{1,20}\)\s*"
                      r"|[A-Z][A-Z .'\-]{2,},[^/\n\u2014\u2013]{0,60}?(?:/[^/\n]{2,40}/)?\s*(?=--))"
                      r"(?(bold)(?P=bold)\s*)(?:\u2014|\u2013|--|-)\s+")
