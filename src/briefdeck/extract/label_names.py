"""Who a transcript's turn label names: a name or a surname, in capitals or not, a first name named in full once,
an office the text says who holds ("THE PRESIDING MEMBER:"), or initials ("JD:").
"""
from __future__ import annotations

import re

from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import HONORIFICS, NOT_NAMES, ORG_WORDS, ROLE_NOUNS, TITLES
from briefdeck.extract.names import Person
from briefdeck.extract.people import Directory

CAPTION_HEAD = r"^[ \t]*(?:SUPER|LOWER[ \t]+THIRD|CHYRON|CG|NAME[ \t]+SUPER)[ \t]*:[ \t]*"   # a TV script's name line
INITIALS = re.compile(r"[A-Z]{2,3}")           # "JD:", "NF:": an oral history's or a court reporter's labels
_NAME = r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})"


def named(directory: Directory, label: str, at: int):
    """The person a turn's label names: "Nadia Qureshi", "Qureshi", or in capitals "QURESHI", "MR. QURESHI",
    "PREMIER NADIA QURESHI", "MCALLISTER" (the text's "McAllister"); a first name alone, "Nadia", when the text
    names one Nadia in full; initials, "JD", when the text names one person in full with them (an oral history's
    "Narrator: Jo Doe" over "JD: …")."""
    person = directory.people.get(label)
    if person is None and label.isupper():
        person = directory.people.get(label.title())
    last = label.split()[-1]
    if person is None and label.isupper():
        last = next((s for s in directory.by_surname if s.upper() == last), "")
    person = person or (directory.surname_person(last, at) if last else None)
    words = label.title().split()
    if person is not None and len(words) == 2 and _plain_words(words) and " " in person.name \
            and person.name.split()[0] != words[0] and (first_name_gender(words[0]) or re.search(
                rf"\b{re.escape(words[0])}(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w\-]+)?[ \t]+{re.escape(words[1])}\b", directory.text)):
        person = Person(" ".join(words))                  # "HARJIT DHALIWAL:" after "Harjit and Simran Dhaliwal": him
    if person is None and " " not in label and (all(part[1:].islower() for part in label.split("-")) or label.isupper()):
        named = [p for p in directory.people.values() if p.name.split()[0] == label.title() and " " in p.name]
        person = named[0] if len(named) == 1 else None   # a podcast's "Marc:" or "MARC:", named in full once: Marc Doe
        # (a first name the table does not know too, "BRI:" under a video's "Bri Castellanos | grocery math")
    if person is None and INITIALS.fullmatch(label):
        person = _initialled(directory, label)
    if person is None and label.isupper() and len(words) == 1 and label.lower() in TITLES:
        person = _holder(directory, words[0])             # "MINISTER:" after "the Minister of Fisheries, Jo Doe,"
    if person is None and label.isupper() and words[0] == "The" and 2 <= len(words) <= 4:
        person = _holder(directory, " ".join(words[1:]))    # "THE PRESIDING MEMBER:": "Ms. Jo Doe, Presiding Member"
    if person is None and label.isupper() and len(words) in (2, 3) and (first_name_gender(words[0]) or (
            _plain_words(words) and (len(re.findall(rf"(?m)^[ \t]*{re.escape(label)}[:,]", directory.text)) >= 2
                                     or re.search(CAPTION_HEAD + re.escape(label) + r"\b", directory.text, re.M)))):
        person = Person(" ".join(words))                  # "DEBBIE LAMOUREUX, ASSEMBLY WORKER:", named nowhere else
        # (or "DEVON DOE:", a first name of either sex, on two turns or more or in a lower third over the clip)
    if person is None and label.isupper() and len(words) in (2, 3) and words[-1].lower() not in TITLES \
            and (words[0].lower() in TITLES or words[0].lower() in HONORIFICS):
        full = next((f"{m.group(1)} {words[-1]}".title() for m in re.finditer(
            rf"\b([A-Za-z][\w\-]+)[ \t]+{re.escape(label.split()[-1])}\b", directory.text, re.I) if first_name_gender(m.group(1))), "")
        person = Person(full or " ".join(words))          # "MINISTER DOE:" under "THE HON JO DOE MP": Jo Doe
    return person


def _plain_words(words: list[str]) -> bool:
    """Words that could make a person's name: letters, none a title, an honorific, a body's or a function word."""
    return all(w.replace("-", "").replace("\u2019", "").replace("'", "").isalpha() and w.lower() not in TITLES
               and w.lower() not in HONORIFICS and w.lower() not in ORG_WORDS and w.lower() not in NOT_NAMES
               and w.lower() not in ROLE_NOUNS for w in words)


def _initialled(directory: Directory, initials: str):
    """The one person named in full whose names' first letters spell ``initials`` ("Jo van Doe": JD or JVD; "Jo
    Doe-Roe": JD or JDR);
    None when no one's do, or more than one's."""
    found = [p for p in directory.people.values() if p.personal and " " in p.name and initials in (
        "".join(w[0] for w in p.name.split() if w[0].isupper()), "".join(w[0] for w in p.name.split()),
        "".join(w[0] for w in re.split(r"[ \t-]+", p.name) if w[:1].isupper()))]   # "Jo Doe-Roe": JDR too
    return found[0] if len(found) == 1 else None


def _holder(directory: Directory, office: str):
    """The one person the text lists as holding ``office`` ("Ms. Jo Doe, Presiding Member", "Chair Jo Doe"), for a
    transcript's "THE PRESIDING MEMBER:" or "THE CHAIR:"; None when it lists no one, or more than one."""
    office = rf"(?i:{re.escape(office)})\b"              # ("Minister of Fisheries and Aquaculture, Jo Doe": hers too)
    remit = r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:and|&|of|the|[A-Z][\w\-]*)){0,5},?)?"
    found = {m.group(1) or m.group(2) or m.group(3) for m in re.finditer(
        rf"\b{_NAME},[ \t]+{office}|\b{office}{remit}[ \t]+{_NAME}|^{office}[ \t]*:[ \t]+{_NAME},", directory.text, re.M)}
    # (and a header's "Chair: Jo Doe, president, Local 1907"; not a turn's "CHAIR: Senator Doe.")
    if len(found) != 1:
        return None
    name = found.pop()
    return directory.people.get(name) or Person(name)


# a caller saying who they are: "It's, uh, it's Jo, at Acme", "this is Jo Doe", "I'm Jo Doe from …"
_SELF = re.compile(r"\b(?i:it[’']s|it is|this is|I[’']m|I am|my name is)[ ,]+(?:uh,?[ \t]+|um,?[ \t]+)?(?:it[’']s[ \t]+)?"
                   r"(?P<name>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)(?![\w\-])"
                   r"|\n[ \t]*[\u2013\u2014\-]{1,2}[ \t]*(?P<signed>[A-Z][a-z]+)[ \t]*(?:\n|$)")   # ... or signs "– Jo"


def self_named(directory: Directory, said: list[str]) -> Person | None:
    """Who a caller known by a number or as a guest says they are in their own turns (or signs them as, "– Jo"):
    the one person the text names in full with the first name they give, or the full name they give."""
    for turn in said:
        if (m := _SELF.search(turn)) is None:
            continue
        name = m.group("name") or m.group("signed")
        if " " in name:
            return directory.people.get(name) or Person(name)
        full = [p for p in directory.people.values() if " " in p.name and p.name.split()[0] == name]
        return full[0] if len(full) == 1 else None
    return None


def posted_by(text: str, handle: str) -> list[str]:
    """The post a forum thread's poster opened it with ("Posted by u/jo_doe · 6h" over it), where they say who they
    are; [] when ``handle`` posted none."""
    post = re.search(rf"Posted by {re.escape(handle)}\b[^\n]*\n([^\u00b7]{{0,1500}})", text)
    return [post.group(1)] if post else []


# someone handed the floor by name: "Semisi, come here a second. This is Semisi Doe, he's my lead tech"
_HANDED = re.compile(r"\b(?i:this is|that's|here's|meet)[ \t]+([A-Z][\w\-]+[ \t]+[A-Z][\w\-]+)\b")


def handed_to(directory: Directory, before: str):
    """The person named last in ``before`` as the one the floor goes to ("This is Jo Doe, he's my lead tech"), for
    an unnamed speaker's first turn right after it; None when no one is."""
    found = list(_HANDED.finditer(before))
    return (directory.people.get(found[-1].group(1)) or Person(found[-1].group(1))) if found else None


_MESSAGE_END = re.compile(r"\n(?=\[|[ \t]*\n)")      # the next "[10:42:13] …" message, or a blank line


def messages(text: str, lines: list) -> dict[str, list[str]]:
    """Each labelled turn's words down to the next label or blank line, by label: a chat message running over
    several lines, its sign-off ("– Jo") too."""
    out: dict[str, list[str]] = {}
    for m in lines:
        end = _MESSAGE_END.search(text, m.end())
        out.setdefault(m.group("label"), []).append(text[m.end():end.start() if end else len(text)])
    return out


MIN_CALLS = 2              # a role label is the one the host calls on by first name twice at least
# "Amrit, welcome.", "Amrit, you've driven this route …", "… last word to you, Amrit?": a host's turn calling on a guest
VOCATIVE = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?:(?:And|So|Now|OK|Okay|Well)[, ]+)?([A-Z][a-z\u2019'\-]+),[ \t]"
                      r"|,[ \t]+([A-Z][a-z\u2019'\-]+)[?.!]$")   # (or a sentence's: "… 27 acres. Amrit, welcome.")


def addressed(directory: Directory, text: str, turns: list[re.Match], label: str):
    """Who answers under a role in capitals ("TRUCKER: …", "GROWER: …"): the one the turn before calls on by first
    name, when it is the same first name twice at least and no other, and the text names one person with it in
    full ("HOST: Amrit, welcome." … "Amrit Doe, a long-haul driver"); None otherwise. ``turns``: the labelled lines."""
    called: set[str] = set()
    count = 0
    firsts = {p.name.split()[0] for p in directory.people.values() if " " in p.name}   # ("Look, …" calls on no one)
    for before, m in zip(turns, turns[1:]):
        if m.group("label") != label or before.group("label") == label:
            continue
        end = text.find("\n", before.end())
        turn = text[before.end():end if end >= 0 else len(text)].strip()
        first = next((v.group(1) or v.group(2) for v in VOCATIVE.finditer(turn) if (v.group(1) or v.group(2)) in firsts),
                     None)
        if first:
            called.add(first)
            count += 1
    if len(called) != 1 or count < MIN_CALLS:
        return None
    first = called.pop()
    named = {p.name: p for p in directory.people.values() if p.name.split()[0] == first and " " in p.name}
    return next(iter(named.values())) if len(named) == 1 else None


def introduces(para: str, name: str) -> bool:
    """Whether the speaker says who they are in ``para`` ("Hi everyone. I'm Jo Doe, owner of …")."""
    return any(f"{me} {name}" in para for me in ("I'm", "I\u2019m", "I am", "My name is", "my name is"))
