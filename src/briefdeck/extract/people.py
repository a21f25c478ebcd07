"""People named in a text: full names, the roles written before them, and how later mentions resolve."""
from __future__ import annotations

import re
from dataclasses import dataclass

_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_TOKEN = (rf"(?:(?:[A-Z]\.){{2,}}|(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Gov|Rep|Gen|Lt|Col|Jr|Sr)\.|[A-Z]\.(?=\s+[A-Z])"
          rf"|[{_UPPER}][\w’'\-]*)")
_PARTICLE = r"(?:de|del|da|di|du|van|von|der|den|la|le|bin|al|dos|das)"
SEQUENCE = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOKEN})*")

HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "dr": "", "dr.": "", "prof": "", "prof.": "", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}
ROLE_WORDS = frozenset(
    "president minister premier secretary senator sen. governor gov. mayor chancellor ambassador ceo "
    "chief chair chairman chairwoman chairperson director commissioner spokesperson spokesman spokeswoman "
    "representative rep. leader economist analyst professor prof. judge justice treasurer officer deputy "
    "founder owner manager head executive counsel lawyer attorney general councillor councilor mp mpp "
    "king queen pope chancellor superintendent captain coach adviser advisor strategist master skipper pilot "
    "engineer researcher scientist historian farmer teacher organizer organiser activist planner inspector "
    "partner trustee dean rector editor author consultant economist".split())
# Capitalised words that start sentences or name things, never people.
_NOT_NAMES = frozenset(
    "the a an in on at for but and or if when while after before as by from with this that these those "
    "it its he she they we i you our their his her there here what why how where who yet so still "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split())


_LOWER_ROLE = re.compile(r"((?:[\w’'\-]+ ){0,3}(?:" + "|".join(sorted(w for w in ROLE_WORDS if "." not in w))
                         + r"))[ \t]+$")


_ROLE_AFTER = re.compile(r",\s+((?:the\s+|a\s+|an\s+)?[\w’'\-]+(?:\s+[\w’'\-.&]+){0,8}?),")
_NOT_ROLE = frozenset("said says say told tells added adds by and or with the a an of to at for from as "
                      "when while said, according".split())


@dataclass
class Person:
    name: str          # "Mélanie Joly"
    role: str          # "Industry Minister"
    gender: str        # "m", "f" or ""
    start: int         # where first mentioned

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _clean_token(tok: str) -> str:
    return re.sub(r"[’']s$", "", tok).rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", tok) else tok


def mentions(text: str) -> list[Person]:
    """Every person written with a role or honorific before the name, in order of appearance."""
    found: list[Person] = []
    for m in SEQUENCE.finditer(text):
        tokens = m.group().split()
        low = [t.lower() for t in tokens]
        role_at = max((i for i, t in enumerate(low) if t in ROLE_WORDS), default=-1)
        gender = ""
        honor_at = max((i for i, t in enumerate(low) if t in HONORIFICS), default=-1)
        if honor_at > role_at:
            gender = HONORIFICS[low[honor_at]]
            role_at = honor_at
            role = ""
        else:
            role = " ".join(tokens[:role_at + 1]) if role_at >= 0 else ""
            if role and tokens[0].lower() in _NOT_NAMES:
                role = " ".join(tokens[1:role_at + 1])
        name_tokens = [_clean_token(t) for t in tokens[role_at + 1:]] if role_at >= 0 else []
        if role_at < 0 and 2 <= len(tokens) <= 4:       # "port director Jane Doe": a lowercase role before
            lower_role = _LOWER_ROLE.search(text, max(0, m.start() - 60), m.start())
            if lower_role:
                words = lower_role.group(1).split()
                cut = max((i for i, w in enumerate(words) if w.lower() in _NOT_ROLE), default=-1)
                role, role_at = " ".join(words[cut + 1:]), -1
                name_tokens = [_clean_token(t) for t in tokens]
        if role_at < 0 and not name_tokens and 2 <= len(tokens) <= 3:   # "Ben Tran, president of the union,"
            after = _ROLE_AFTER.match(text, m.end())
            if after and any(w.lower().strip(",") in ROLE_WORDS for w in after.group(1).split()):
                role, name_tokens = after.group(1), [_clean_token(t) for t in tokens]
        if 1 <= len(name_tokens) <= 4 and name_tokens[0].lower() not in _NOT_NAMES:
            start = m.start() + m.group().index(tokens[role_at + 1]) if role_at >= 0 else m.start()
            found.append(Person(" ".join(name_tokens), role, gender, start))
    return found


def full_names(text: str) -> list[tuple[int, str]]:
    """Every run of two to four capitalised words (a possible full name), with its offset."""
    out = []
    for m in SEQUENCE.finditer(text):
        tokens = [_clean_token(t) for t in m.group().split()]
        while tokens and (tokens[0].lower() in _NOT_NAMES or tokens[0].lower() in ROLE_WORDS
                          or tokens[0].lower() in HONORIFICS):
            tokens = tokens[1:]
        if 2 <= len(tokens) <= 4:
            out.append((m.start(), " ".join(tokens)))
    return out


class Directory:
    """Resolves how a text refers to people: surnames, honorifics and pronouns, to full names."""

    def __init__(self, text: str):
        self.text = text
        self.names = full_names(text)
        self.people: list[Person] = []
        for p in mentions(text):           # "Ms. Joly" after "Mélanie Joly": the same person, now with a gender
            if " " not in p.name:
                earlier = next((q for q in reversed(self.people) if q.surname == p.name and " " in q.name), None)
                if earlier is not None:
                    earlier.gender = earlier.gender or p.gender
                    p = Person(earlier.name, earlier.role, earlier.gender, p.start)
            self.people.append(p)

    def resolve(self, who: str, at: int) -> tuple[str, str]:
        """``(full name, role)`` for a mention ``who`` made at offset ``at`` ("Ms. Joly" -> Mélanie Joly)."""
        tokens = who.replace("\u2019s", "").split()
        if tokens and tokens[0].lower() not in ("he", "she", "they", "him", "her"):
            while len(tokens) > 1 and tokens[0][:1].islower():      # "yard director Lena Okafor"
                tokens = tokens[1:]
        low = [t.lower() for t in tokens]
        core = [t for t, lo in zip(tokens, low) if lo not in HONORIFICS]
        if low and low[0] in ("he", "she", "they", "him", "her"):
            return self.last_person(at, {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low[0], ""))
        if not core:
            return who, ""
        surname = _clean_token(core[-1])
        best = None
        for p in self.people:
            said = " ".join(_clean_token(t) for t in core)
            if p.start <= at and p.surname == surname and (len(core) == 1 or p.name.endswith(said)
                                                            or said.endswith(" " + p.name)):
                best = p
        if best is not None:
            return best.name, best.role
        if len(core) == 1:
            longer = [n for pos, n in self.names if pos <= at and n.split()[-1] == surname]
            if longer:
                return longer[-1], ""
        return " ".join(_clean_token(t) for t in core), ""

    def last_person_at(self, at: int, gender: str = "") -> Person | None:
        """The person mentioned most recently before ``at`` (matching the pronoun's gender when known)."""
        for p in reversed(self.people):
            if p.start < at and (not gender or not p.gender or p.gender == gender):
                return p
        return None

    def last_person(self, at: int, gender: str = "") -> tuple[str, str]:
        p = self.last_person_at(at, gender)
        return (p.name, p.role) if p else ("", "")
