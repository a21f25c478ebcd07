"""Who an epithet is: "the 31-year-old forward", "the Spokane Valley nurse", "the ecologist", "the prime minister" —
a second reference to a person named shortly before, by what they are rather than by name."""
from __future__ import annotations

import bisect
import re

from briefdeck.extract.bodies import BODY_LOOKBACK, BODY_NOUNS
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import GENDERED, NOT_TRADES, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS, TITLES, TRADE

# "the 31-year-old forward", "the former Cuyahoga County prosecutor", "the Spokane Valley nurse": whoever was named
# last (a body, "the Detroit-based automaker", and an office, "the Liberal leader", are read elsewhere)
_EPITHET = re.compile(r"[Tt]he\s+(?:\d{1,3}-year-old\b(?:\s+[a-z][\w\-]*){0,2}"
                      r"|(?:former|retired|longtime|veteran|onetime|one-time|older|younger|elder)\s+(?:[A-Z][\w\-]*\s+){0,3}[a-z][\w\-]*)$")
# "the ecologist", "the physician": a feature's second reference to the person it follows, named just before
_TRADE = re.compile(r"[Tt]he\s+([a-z][\w\-]*)")
PROTAGONIST_MENTIONS = 3   # how often a person is named for a bare "the ecologist" to be them
# ... and "the Liberal candidate in Essex–Lakeshore", "the Ottawa lawyer from Kanata": a place after the noun too
_PLACED = re.compile(r"[Tt]he\s+(?:[A-Z][\w\-]*\s+){1,3}([a-z][\w\-]*)"
                     r"(?:\s+(?:in|from)\s+[A-Z][\w\-\u2013\u2014.]*(?:\s+[A-Z][\w\-\u2013\u2014.]*){0,2})?$")
EPITHET_REACH = 800
# nouns for a body or a group, not one person: "the Detroit-based automaker", "the Conservative party"
_NOT_ONE_PERSON = ORG_WORDS | BODY_NOUNS | frozenset("family families team crew couple household brand panel band club "
                                                     "side".split())


def epithet(directory, description: str, at: int):
    """The person an epithet refers to: whoever was last named before it, if a person."""
    placed = _PLACED.match(description)
    if _EPITHET.match(description) or placed and placed.group(1) in ROLE_NOUNS and placed.group(1) not in TITLES \
            and placed.group(1) not in _NOT_ONE_PERSON and not plural(placed.group(1)):
        return person_before(directory, at, EPITHET_REACH)
    seat = _SEAT.fullmatch(description)
    if seat:                                          # "the MP for Oshawa": the one given that seat before
        return _seat_holder(directory, f"{seat.group(1)} {seat.group(2)}".lower(), at)
    if _WITNESS.fullmatch(description):               # "the witness": who testified, told the committee
        return _testified(directory, at)
    owned = _BODYS_ROLE.fullmatch(description)
    if owned and owned.group(1) in ROLE_NOUNS:
        return _given_role(directory, owned.group(1), at)   # "the utility's lawyer": the lawyer named before
    told = _role_holder(directory, description, at) or _job_told(directory, description, at)
    if told is not None:                              # ("Jo Doe, director of a research group, says …. ¶ “…,” the
        return told                                   # economist said": the one just named, not the protagonist)
    trade = _TRADE.fullmatch(description)
    if trade and TRADE.fullmatch(trade.group(1)) and trade.group(1) not in NOT_TRADES and not plural(trade.group(1)) \
            and not _introduced(trade.group(1), directory.text, at):   # not "A senior strategist … the strategist"
        p = person_before(directory, at, EPITHET_REACH)     # "the ecologist": the one a feature follows
        if p is not None and sum(q is p for _, q in directory.mentions) >= PROTAGONIST_MENTIONS:
            return p
    return None


_ROLE = re.compile(r"[Tt]he\s+([a-z][\w\-]*)")
ROLE_REACH = 4000          # a role given with one person's name is theirs all through a story


def _role_holder(directory, description: str, at: int):
    """The person named with the role "the mediator" is ("Jo Doe, the mediator assigned to the dispute …" before
    ``at``), unless someone else was introduced by it since ("a GM spokeswoman" after "Jo Doe, the spokeswoman for
    Ford"); or None."""
    role = _ROLE.fullmatch(description)
    if role is None or role.group(1) not in ROLE_NOUNS or role.group(1) in _NOT_ONE_PERSON or plural(role.group(1)):
        return None
    p = _appointed(directory, role.group(1), at)
    return p if p is not None and not _another(directory, p, role.group(1), at) else None


def _another(directory, p, noun: str, at: int) -> bool:
    """Whether someone else was introduced by ``noun`` after ``p`` was last named."""
    last = next((where for where, q in reversed(directory.between(0, at)) if q is p), at)
    return bool(re.search(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(noun)}\b", directory.masked[last:at]))


def called_by_role(directory, description: str, at: int) -> str | None:
    """The name of the person "The mediator" opening a sentence stands for, when one was named with that role ("Jo
    Doe, the mediator assigned …"), or None; not for a title ("The premier said she …"): a pronoun after it finds its
    holder, role and all."""
    if description.split()[-1].lower() in TITLES:
        return None
    p = _role_holder(directory, description, at)
    return p.called if p is not None else None


# "Mum-of-three Jo Doe, 34, says … ¶ “…,” the part-time carer told us": what the one just named does for a
# living, said for the first time in place of their name
_JOB = re.compile(r"[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)")
JOBS = frozenset("carer caregiver midwife volunteer engineer technician pilot nurse teacher driver trucker mechanic welder "
                  "electrician plumber baker butcher grocer bartender rancher farmer fisherman miner steelworker clerk "
                  "cashier chef owner operator proprietor retiree pensioner shopkeeper vendor merchant homeowner landlord "
                  "tenant commuter entrepreneur businessman businesswoman contractor firefighter paramedic pharmacist "
                  "dentist therapist counsellor counselor accountant tutor librarian janitor caretaker logger grower "
                  "breeder producer trader broker dealer banker investor machinist millwright labourer laborer cleaner "
                  "hairdresser barber waitress waiter cook courier economist analyst historian sociologist "
                  "researcher scientist specialist expert strategist".split())   # (and "Jo Doe, who teaches
# economics …, said": the economist)
LEADERS = frozenset("business union labour labor industry community student farm".split())   # "the business leader",
# a leader of some walk of life (a party's leader holds an office: "the Liberal leader" is read elsewhere)
JOB_REACH = 400


def _job_told(directory, description: str, at: int):
    """The one person named in the paragraph before a job's first mention ("the part-time carer") or in its own,
    within twice ``JOB_REACH``, when no one was introduced by that job ("a carer") and the job's gender, if it has one,
    is theirs."""
    m = _JOB.fullmatch(description)
    walk = description.lower().split()[-2:]
    if m is None or m.group(1) not in JOBS and not (m.group(1) == "official" and _holds_office(directory, at)) \
            and not (walk[-1] == "leader" and walk[0] in LEADERS) \
            or _introduced(m.group(1), directory.text, at):
        return None
    text = directory.text
    since = text.rfind("\n", 0, max(0, text.rfind("\n", 0, at) - 1)) + 1     # the paragraph before too
    reach = 2 * JOB_REACH                            # (a long quotation may stand between the name and the job)
    named = {q.name: q for _, q in directory.between(max(since, at - reach), at) if q.personal and " " in q.name}
    if not named:                                    # a paragraph of his figures between the name and "The specialist"
        earlier = text.rfind("\n\n", 0, max(0, since - 2)) + 2
        named = {q.name: q for _, q in directory.between(max(earlier, at - 2 * reach), at) if q.personal and " " in q.name}
    p = next(iter(named.values())) if len(named) == 1 else None    # (a first name not in the table too: "Farrukh")
    gender = GENDERED.get(m.group(1), "")
    return p if p is not None and not (gender and p.gender and p.gender != gender) else None


# a public office in the role given with a name: "Coahuila's secretary of economy", "the deputy minister"
_OFFICE_ROLE = re.compile(r"\b(?:secretary|minister|commissioner|undersecretary|subsecretary|deputy|director|"
                          r"administrator|superintendent|ambassador|mayor|governor|councillor|councilor|senator)\b", re.I)


def _holds_office(directory, at: int) -> bool:
    """Whether the person named last before ``at`` was given a public office ("the official" may be them)."""
    p = person_before(directory, at, JOB_REACH)
    return p is not None and bool(_OFFICE_ROLE.search(p.role or ""))


# "the utility's lawyer", "the company's chief economist": a body's someone, by the role given them before
_BODYS_ROLE = re.compile(r"[Tt]he\s+[a-z][\w\-]*[\u2019']s\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)")
# where the head of a role given with a name ends: "the lawyer representing …", "a lawyer for the utility"
_HEAD_COMES = re.compile(r"\s+(?:of|for|at|with)\b|,|$")    # what may follow a role's head noun, "head coach"
_ROLE_HEAD_END = re.compile(r"\s+(?:who|whose|that|which|at|of|for|in|with|from|on|representing|acting)\b|,|$")


# "the MP for Windsor—Tecumseh—Lakeshore", "the member for Oshawa", "the councillor for Ward 5": someone's seat
_SEAT = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?:member|mp|mpp|mla|mna|mha|senator|councillor|councilor|representative)"
                   r"\s+(for|from)\s+(\S.{0,60})", re.I)
SEAT_REACH = 6000


def _seat_holder(directory, seat: str, at: int):
    """The last person named within ``SEAT_REACH`` before ``at`` whose role gives them ``seat`` ("for oshawa")."""
    return _last_named(directory, at, SEAT_REACH, lambda p, _: seat in (p.role or "").lower())


def _appointed(directory, noun: str, at: int):
    """The last person named within ``ROLE_REACH`` before ``at`` with a role that opens on ``noun`` ("Jo Doe, the
    mediator assigned to the dispute", "Jo Doe, a mediator", "The head coach of the … team, Jo Doe", "Jo Doe, a Toronto
    pension lawyer who …"), or None."""
    def opens(p, _) -> bool:
        words = p.role.lower().split()[:3]
        head = p.role[:_ROLE_HEAD_END.search(p.role).start()].lower().split() if p.role else []
        return words[:1] in (["the"], ["a"]) and noun in words[1:] and (words[1] == noun or _HEAD_COMES.match(
            p.role, len(" ".join(p.role.split()[:3]))) is not None) \
            or 2 < len(head) <= 5 and head[0] in ("a", "an", "the") and head[-1] == noun   # "a Toronto pension lawyer"

    return _last_named(directory, at, ROLE_REACH, opens)


def _given_role(directory, noun: str, at: int):
    """The last person named within ``EPITHET_REACH`` before ``at`` whose role, given with their name, is headed
    by ``noun`` ("Jo Doe, the lawyer representing Acme"), or None."""
    def headed(p, _) -> bool:
        head = p.role[:_ROLE_HEAD_END.search(p.role).start()].split() if p.role else []
        return bool(head) and head[-1].lower() == noun
    return _last_named(directory, at, EPITHET_REACH, headed)


_WITNESS = re.compile(r"[Tt]he\s+witness")
# "… told the Senate agriculture committee", "testified that", "appeared before the inquiry": giving evidence
_TESTIFIED = re.compile(r"[^.!?\n]{0,160}?\b(?:testified|gave evidence|(?:told|appeared before|addressed)\s+(?:the|a)\s+"
                        r"(?:[\w\-\u2019']+\s+){0,5}?(?:committee|inquiry|hearing|panel|tribunal|commission|court|jury))\b",
                        re.I)
WITNESS_REACH = 3000


def _testified(directory, at: int):
    """The last person named within ``WITNESS_REACH`` before ``at`` in a sentence saying they gave evidence."""
    return _last_named(directory, at, WITNESS_REACH, lambda p, where: _TESTIFIED.match(directory.text, where, at))


def _introduced(noun: str, text: str, at: int) -> bool:
    """Whether someone was introduced by ``noun`` shortly before ``at`` ("A senior strategist …", "one carer")."""
    return re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){{0,4}}{noun}\b",
                     text[max(0, at - BODY_LOOKBACK):at]) is not None


def plural(noun: str) -> bool:
    """ "the Arbutus analysts": several people, never the one named last."""
    return noun.endswith("s") and not noun.endswith(("ss", "us")) or noun in ("people", "men", "women", "staff")


def person_before(directory, at: int, reach: int):
    """The person named last before ``at``, within ``reach``: a full name that opens on a first name, or one
    given with an honorific or a gender somewhere; not a body or a place read as a name ("Windsor Assembly
    Plant")."""
    return _last_named(directory, at, reach, lambda p, _: p.honorific or p.gender and not p.guessed or first_name_gender(
        p.name.split()[0].lower()) and not any(w.lower() in ORG_WORDS for w in p.name.split()))


def _last_named(directory, at: int, reach: int, fits):
    """The last person named in full within ``reach`` before ``at`` for whom ``fits(person, where named)`` holds,
    or None."""
    k = bisect.bisect_left(directory.positions, at) - 1
    while k >= 0 and at - directory.positions[k] <= reach:
        where, p = directory.mentions[k]
        if p.personal and " " in p.name and fits(p, where):
            return p
        k -= 1
    return None


# "the prime minister", "the Conservative leader": an office a story may never pin on anyone by name
_OFFICES = frozenset("minister premier mayor president leader chancellor governor senator chair chairman chairwoman "
                     "executive ceo commissioner secretary treasurer director manager superintendent".split())
_FOCUS_REACH = 600
# a translation's "the head of the federal dependency" (el titular de la dependencia) and "the also economist by the
# UNAM" (el también economista): the one the story is about, by the office they hold or a second thing they are
_HEAD_OF = re.compile(r"[Tt]he[ \t]+(?:head|holder|titular|chief)[ \t]+of[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?"
                      r"(?:dependency|secretariat|ministry|department|portfolio|agency|office|institution)")
_ALSO = re.compile(r"[Tt]he[ \t]+also[ \t]+[a-z]")


def in_focus(directory, description: str, at: int):
    """Whoever a story is about when it calls them by an office it never gave anyone by name ("Campaigning in
    Brampton, Arsenault brushed off the numbers. “…,” the prime minister told reporters"): the last person
    named in full just before, when the role given them, if any, says that office."""
    words = description.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in _OFFICES:
        return None
    named = [p for _, p in directory.between(max(0, at - _FOCUS_REACH), at) if p.personal and " " in p.name]
    if not named:
        return None
    role = set(named[-1].role.lower().replace(".", "").split())
    return named[-1] if not role or set(words[1:]) <= role else None


_THE_ROLE = re.compile(r"\b[Tt]he ([a-z][a-z\-]+)(?:[\u2019']s)?\b(?![ \t]*,?[ \t]+[A-Z])")
NAMED_AFTER = 60            # "The pharmacist on duty, Jo Doe, said": a name this near after is whom the role is for


def by_role(masked: str, mentions: list) -> list:
    """More mentions for the Directory (``mentions``: its own, in text order): a "the owner" or "the manager's"
    outside quotation marks is the one person named before with that role ("Owner Jo Doe … the owner's father
    started it, and she took over in 2016": Jo Doe), so that a "she" after it is her."""
    out = []
    positions = [pos for pos, _ in mentions]
    for m in _THE_ROLE.finditer(masked):
        noun = m.group(1)
        if noun not in ROLE_NOUNS or noun in TITLE_WORDS:
            continue
        after = bisect.bisect_left(positions, m.end())
        if after < len(positions) and positions[after] - m.end() < NAMED_AFTER \
                and not re.search(r"[.!?\n]", masked[m.end():positions[after]]):
            continue
        fits = {p.name: p for pos, p in mentions[:after]       # (the role's head: "a candidate for …" is a candidate)
                if p.role and p.role[:_ROLE_HEAD_END.search(p.role).start()].lower().split()[-1:] == [noun]}
        if len(fits) == 1:
            out.append((m.start(), next(iter(fits.values()))))
    return out


def in_translation(directory, description: str, at: int):
    """Whoever a translated story is about when it calls them "the head of the federal dependency" (a secretary
    named just before, by the office they hold) or "the also economist by the UNAM" (a second thing they are)."""
    also = _ALSO.match(description)
    if not also and not _HEAD_OF.fullmatch(description):
        return None
    named = [p for _, p in directory.between(max(0, at - 3 * _FOCUS_REACH), at) if p.personal and " " in p.name]
    return named[-1] if named and (also or set(named[-1].role.lower().split()) & _OFFICES) else None   # (a wire
    # story in translation names its subject once, at the top, and goes on with what they are)
