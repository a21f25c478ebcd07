"""Who a he, she or they beside a quotation is, when the text has just described them rather than named them.

"…,” she said" is the person last named that fits (:class:`~briefdeck.extract.people.Directory`), unless the
sentence before described someone and named no one ("A neighbour who asked not to be named says …"), opened on a
relative named before ("Her daughter remembers …"), or on a family or couple ("The Doe family … they wrote"), or
the story has gone back to the scene it opened on ("Back on Quay Street, …"). The functions take the quotation
finder of :mod:`briefdeck.extract.quotes` (``f``) for its text, sentences and people.
"""
from __future__ import annotations

import re

from briefdeck.extract import back_references, bodies, epithets, relations, sentence_names, signatures, speakers
from briefdeck.extract.lexicon import GENDERED
from briefdeck.extract.people import HE_OR_SHE
from briefdeck.extract.speakers import DESCRIPTION, NAME, PRONOUN, Mention

# "The Doe family, who …, got three bikes. … they wrote": a group of people a "they" can point back to
_GROUP = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w\u2019'\-]*\s+){0,3}(?:family|couple|parents|twins|"
                    r"siblings|brothers|sisters|household|children|kids|neighbou?rs)$")
_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")   # "a neighbour who …": one person, never a "they"
# "Her daughter remembers …", "Her father, listening from the doorway, shrugged." (not "Her father, Jo Doe,")
_RELATIVE = re.compile(r"(?:Her|His|Their)\s+([a-z]+)\b(?!,\s*[A-Z])")
# "One of them, a retired teacher who …, said": the description is the one of them who spoke
_PARTITIVE = re.compile(r"(?:One|Another|Among them)(?:\s+of\s+(?:\w+\s+){0,3}?\w+)?,\s*")
# "Back on Victoria Road, …", "Back at the Embro farm, …": a feature going back to a scene it has left
_BACK = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(?:Back|Out) (?:on|at|in|inside|outside|behind|near|by) (?:the )?"
                   r"(?P<place>(?:[\w\u2019'\-]+ ){0,5}?[\w\u2019'\-]+)"      # ("… on Thursday afternoon,": when)
                   r"(?: (?:on|before|after|during|late|early|this|that|last)\b[^,.\n]{0,60})?,")
_OWNERS = frozenset("her his their our my its".split())
# "Back on Monroe Street, … The real test, the manager said, …": the one the story last called that, not the scene's
_THE_ONE_SAID = re.compile(r"\bthe (?:[a-z\-]+ )?[a-z\-]+,? (?:said|says|added|adds|explained|explains)\b")
_BLANK = re.compile(r"\s*")
SCENE_REACH = 800           # how far before the quotation the going back may be, in characters


def pronoun(f, m, at: int) -> tuple[str, str, object | None]:
    """``(speaker, role, person)`` for a he, she, they or we beside a quotation at ``at``."""
    described = described_before(f, m.name, at, m.end)
    if described is not None:
        return bodies.spelled_in(described, f.masked), "", None   # "A neighbor … “…,” she says"
    relative = _relative_before(f, m.name, at)
    if relative is not None:
        return relative                                 # "Her daughter remembers … “…,” she said"
    scene = _back_in_scene(f, m.name, at) or _back_to_family(f, m.name, at)
    if scene is not None:
        return scene                                    # "Back on Victoria Road, … “…,” she said"; "For the Does, …"
    p = f.d.pronoun(m.name, at) if m.name != "the one" else _last_of(f, at)
    if p is not None and (not p.gender or p.guessed) and m.name in ("he", "she"):
        p.learn("m" if m.name == "he" else "f")           # "…,” she said: now we know
    if p is None:
        together = sentence_names.named_together(f.masked, at) if m.name == "they" else ""
        if together:
            return together, "", None                  # "Acme and Brightline warned …": they
        group = _they_before(f, at) if m.name == "they" else None
        if group:
            return group                               # "The Doe family … got bikes. … they wrote"
        if m.name in ("they", "we") and f.out and f.out[-1][1] and \
                f.out[-1][1].person is None and not _ONE.match(f.out[-1][1].speaker):
            return f.out[-1][1].speaker, f.out[-1][1].role, None
        if writer := signatures.writer(m.name, f.text):    # a signed post's "I said", a letter's "we"
            return f.resolve(Mention(NAME, writer, 0, 0, writer), at)
        return "", "", None
    return p.called, p.role, p


# "For the Halvorsens, …", "The Halvorsens have …": a sentence that opens on the family a feature follows (not "love the
# Clintons" in passing)
_FAMILY = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(?:(?:For|To|At|With|Inside|Among|Back with)[ \t]+)?[Tt]he[ \t]+"
                     r"([A-Z][\w\u2019'\-]+)s\b")


def _back_to_family(f, pronoun: str, at: int) -> tuple[str, str, object | None] | None:
    """The one man (or woman) of the family a feature follows that a he (or she) at ``at`` refers to, when the story
    has gone back to them by name since the person the pronoun would otherwise be ("… Jo Roe, who runs the dealership,
    said. … For the Does, that cuts both ways. … “…,” he said": Leif Doe, not Roe)."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    if not gender or not _FAMILY.search(f.masked, max(0, at - SCENE_REACH), at):
        return None                                     # (most texts: a cheap look first)
    p = f.d.pronoun(pronoun, at)
    since = max((pos for pos, q in f.d.between(max(0, at - SCENE_REACH), at) if q is p), default=max(0, at - SCENE_REACH))
    for m in _FAMILY.finditer(f.masked, since, at):
        members = {q.name: q for q in f.d.people.values() if " " in q.name and q.surname == m.group(1) and q.gender == gender}
        if len(members) == 1 and (q := next(iter(members.values()))) is not p:
            return q.called, q.role, q
    return None


def _last_of(f, at: int):
    """Who "the one who …" or "the latter" at ``at`` is: of the he and the she it could be, the one named last."""
    found = [p for p in (f.d.pronoun("he", at), f.d.pronoun("she", at)) if p is not None]
    last = {id(p): pos for pos, p in f.d.mentions if pos < at}
    return max(found, key=lambda p: last.get(id(p), -1), default=None)


def _relative_before(f, pronoun: str, at: int) -> tuple[str, str, object | None] | None:
    """The relative a he/she at ``at`` refers to when the sentence before (or before one opening on "He") opens on
    them ("Her daughter remembers …"), named before ("Her daughter, Jo Doe, said …")."""
    previous = f.previous_sentence(f.sentence(at)[0])
    if previous and pronoun in ("he", "she") and f.masked.startswith(pronoun.title() + " ", previous[0]):
        previous = f.previous_sentence(previous[0])     # "Her father says … He tells her …": past the "He"
    opening = _RELATIVE.match(f.masked, previous[0], previous[1]) if previous and pronoun in ("he", "she") \
        else None
    if opening is None or GENDERED.get(opening.group(1).lower(), "") not in ("", "m" if pronoun == "he" else "f"):
        return None                                         # "His son … she said": someone else
    named = relations.named_relation(opening.group(), f.masked, previous[0])
    return f.named_at(named, at) if named else None


def _back_in_scene(f, pronoun: str, at: int) -> tuple[str, str, object | None] | None:
    """The one person of a feature's opening scene a he/she at ``at`` refers to, when the story has just gone back
    there ("Back on Victoria Road, the sign is still up. … “…,” she said"; "Out on the side street, …") and named
    no one since, nor said "the manager said": the one who fits among those named in the paragraph where the place
    first comes up, or the one after it."""
    gender = {"he": "m", "she": "f"}.get(pronoun)
    back = None
    for back in _BACK.finditer(f.masked, max(0, at - SCENE_REACH), at) if gender else ():
        pass
    if back is None or any(p.personal and not f.masked.startswith(("the ", "The "), pos)   # (named, not "the owner")
                           for pos, p in f.d.between(back.start(), at)) \
            or _THE_ONE_SAID.search(f.masked, back.end(), at) \
            or back.group("place").split()[0].lower() in _OWNERS:
        return None                                     # ("Back at her kitchen table": whose, the she says)
    words = back.group("place").split()                 # "Back in the plate mill lunchroom" after "its plate mill",
    place = next((pattern for k in range(len(words), 0, -1)   # "Back at the Doe yard" after "the yard of Doe
                  if len(words[k - 1]) > 3 and (pattern := re.compile(r"\b%s\b" % re.escape(" ".join(words[:k])))).search(
                      f.masked, 0, back.start())), None)    # Haulage" (the word: not "diners" for "diner")
    if place is None:                                 # a place not written before: the opening scene's, whose one
        opener = next((p for _, p in f.d.mentions if p.personal), None)      # is the first person the story names
        return (opener.called, opener.role, opener) if opener is not None and opener.gender in (gender, "") else None
    for seen in place.finditer(f.masked, 0, back.start()):   # where it first comes up with one person who fits (the
        end = f.masked.find("\n", seen.start())              # lot in a scene of many, then "Jo was at the lot"): in
        stops = [end, f.masked.find("\n", _BLANK.match(f.masked, end).end())] if end >= 0 else [-1]   # that paragraph,
        for stop in stops:                                   # or with the next ("Jo has a locker at the plate mill. ¶
            named = [p for _, p in f.d.between(f.masked.rfind("\n", 0, seen.start()) + 1,   # “…,” said Jo, 44.")
                                               stop if stop >= 0 else len(f.masked))]
            there = {p.name: p for p in named if p.gender == gender} \
                or {p.name: p for p in named if p.personal and not p.gender}
            if there:
                p = next(iter(there.values()))
                return (p.called, p.role, p) if len(there) == 1 else None
    return None


def described_before(f, pronoun: str, at: int, end: int = 0) -> str | None:
    """The unnamed person a he/she at ``at`` refers to: the subject of the sentence just before, a description
    that says something and names no one ("A neighbor who asked not to be named says she …")."""
    if pronoun not in ("he", "she") and not pronoun.startswith("the "):   # or "the engineer"
        return None
    previous = f.previous_sentence(f.sentence(at)[0])
    if previous is None or back_references.answers(f.masked, *previous, end):
        return None                                       # "One reporter asked whether … she replied": not them
    toks = speakers.tokens(f.masked, *previous)
    if not any(speakers.speaks(t) for t in toks):       # "I met a cafe owner … She said"; "the line lead is …"
        return back_references.met(f.masked, *previous, pronoun) or _introduced_as(f, previous, pronoun) or None
    subject = speakers.sentence_subject(toks, f.masked, f.d.knows)
    if subject is None:
        return _introduced_as(f, previous, pronoun)
    if subject.kind != DESCRIPTION \
            or any(not subject.begin <= pos < subject.end for pos, _ in f.d.between(*previous)):
        return None                                       # someone else is named there
    if subject.begin != toks[0].start and not _PARTITIVE.fullmatch(f.masked, toks[0].start, subject.begin):
        return None
    if subject.text.split()[0] == {"he": "His", "she": "Her"}.get(pronoun):
        return None                                       # "Her tenant, a student, has asked … “…,” she said": hers
    if (focus := epithets.in_translation(f.d, subject.text, at)) is not None:
        return focus.called                               # "the also economist by the UNAM said … he recognized"
    if subject.text.split()[0].lower() not in ("a", "an", "one", "another") and "," not in subject.text:
        noun = "the " + subject.text.split()[-1]          # "The governor", "The mediator": named before as such
        titled = f.d.titled(subject.text, at)             # "The judge ordered … “…,” she wrote": Justice Jo Doe
        if titled is not None and titled.gender in ("", {"he": "m", "she": "f"}.get(pronoun, titled.gender)):
            return titled.called
        return back_references.fuller_description(noun, f.masked, at, 3000) or \
            epithets.called_by_role(f.d, subject.text, at)
    gender = GENDERED.get(subject.text.split(" who ")[0].split()[-1].lower(), "")    # "A woman who …"
    if gender and gender != {"he": "m", "she": "f"}.get(pronoun, gender):
        return None                                       # "A woman … says" then "he": someone else
    return subject.text


# "For now, the line lead is weighing …": a sentence about someone by what the story first said they are
_THE_ONE = re.compile(r"(?:[A-Z][^,.\n]{0,40},[ \t]+)?[Tt]he[ \t]+((?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)[ \t]+"
                      r"(?:is|was|has|had|will|would|can|could|[a-z]+ed|[a-z]+s)\b")


_SET_OFF = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?$")


def _introduced_as(f, sentence: tuple[int, int], pronoun: str) -> str | None:
    """Who a he/she is when the sentence before it is about "the line lead": the one person the story named as "a
    line lead" ("said Jo, 34, a line lead who …"), if that person fits."""
    the = _THE_ONE.match(f.masked, *sentence)
    if the is None:
        return None
    found = list(re.finditer(r"\b(?:a|an)[ \t]+%s\b" % re.escape(the.group(1)), f.masked[:sentence[0]]))
    set_off = _SET_OFF.search(f.masked, 0, found[0].start()) if len(found) == 1 else None    # "Jo, 34, a line lead"
    named = f.d.between(max(0, set_off.start() - 40), set_off.start()) if set_off else []
    name = f.masked[named[-1][0]:set_off.start()].split() if named else []      # (right before it: her name)
    p = named[-1][1] if name and len(name) <= 4 and all(w[:1].isupper() for w in name) else None
    return p.called if p is not None and p.personal and p.gender in ("", {"he": "m", "she": "f"}[pronoun]) else None


def _they_before(f, at: int) -> tuple[str, str, object | None] | None:
    """The family or couple a "they" at ``at`` refers to (the subject of the sentence before), or the one person
    that sentence says spoke, when the text never calls them he or she ("Sam Doe … said …. “…,” they said")."""
    previous = f.previous_sentence(f.sentence(at)[0])
    if previous is None:
        return None
    toks = speakers.tokens(f.masked, *previous)
    subject = speakers.sentence_subject(toks, f.masked, f.d.knows)
    earlier = f.previous_sentence(previous[0]) if (subject is not None and subject.kind == PRONOUN and subject.name == "they"
                                                   or f.masked.startswith("They ", previous[0])) \
        and not f.masked.startswith("\n", previous[0] - 1) else None
    if earlier is not None:                             # "Sam Doe … said …. They had to learn …. ¶ “…,” they said"
        toks_before = speakers.tokens(f.masked, *earlier)
        named = speakers.sentence_subject(toks_before, f.masked, f.d.knows)
        if named is not None and named.kind == NAME and any(speakers.speaks(t) for t in toks_before):
            previous, toks, subject = earlier, toks_before, named
    if subject is not None and _GROUP.fullmatch(subject.text):
        return subject.text, "", None
    p = (f.d.people.get(subject.name) or f.d.surname_person(subject.name, previous[0])) \
        if subject is not None and subject.kind == NAME else None          # "Doe, who …, said": Jo Doe
    since = previous[0]
    if subject is not None and subject.kind == PRONOUN and subject.name == "they":
        said = next((x for _, x, _ in reversed(f.out) if x is not None), None)   # "“…,” Doe said. ¶ They said …
        near = said is not None and said.span.para >= f.previous_paragraph(f.text.count("\n", 0, at))  # “…,” they
        p, since = (said.person, said.span.mark) if near else (None, 0)                                 # added.": Doe
    if p is None or " " not in p.name or p.honorific or HE_OR_SHE.search(f.masked, since, at) \
            or not any(speakers.speaks(t) for t in toks):
        return None
    return p.called, p.role, p
