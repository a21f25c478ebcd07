"""Who a "he" or a "she" is: of the people a text names (:class:`briefdeck.extract.people.Directory`), the
first who fits in the nearest sentence naming someone, unless that sentence goes on about someone named before
it ("Dismayed by his …, he said"), or names them only after a preposition ("Asked by Drummond …, she said").
"""
from __future__ import annotations

import bisect
import re

from briefdeck.extract import role_returns
from briefdeck.extract.lexicon import JURISDICTIONS, MAKERS, ORG_WORDS, ROLE_BODIES, ROLE_NOUNS, TITLES
from briefdeck.extract.names import DATELINE, Person

# "Doe said", "Doe, 52, also told": a name that says something
SPEAKS = re.compile(r"(?:\s+(?:also|later|then|has|had|once))?\s+(?:said|says|told|tells|added|adds|wrote|writes|"
                    r"argued|argues|noted|notes|explained|explains|recalled|recalls|asked|asks|insisted|insists)\b")
# "Asked by Drummond", "a letter to Ms Doe": a name that is no clause's subject
# "His father, Jo Doe, did the books": the father of the he the story is about (and "Her sister, …" of the she)
_KIN_OF = {g: re.compile(rf"\b{w}[ \t]+(?:late[ \t]+)?(?:father|mother|son|daughter|brother|sister|uncle|aunt|cousin|"
                         r"grandfather|grandmother|nephew|niece),?[ \t]+$") for g, w in (("m", "His"), ("f", "Her"))}
_STAMP_ONLY = re.compile(r"(?:\[[^\]\n]{4,30}\][ \t]*)?")      # "[2025-10-05, 6:52:48 PM] " before a sender
_LABEL_END = re.compile(r"[A-Z][\w\u2019'.\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*){0,4}(?:[ \t]+\([^)\n]{1,60}\))?:[ \t]")
_SPOKE = re.compile(r"\b(?:said|says|told|tells|recalled|recalls|added|adds)\b")
AFTER_PREPOSITION = re.compile(r"\b(?:by|of|to|with|for|from|about|against|on|at)\s+(?:[A-Z][\w.]*\s+){0,3}$")
# "a driver who gave his name only as Ken", "identified only by her first name, Ana", "a young woman named
# Kerry", "whom I will call Janet": one name, someone's
ONLY_AS = re.compile(r"\b(?:gave|gives|give|giving)\s+(?P<g>his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+$"
                     r"|\b(?:identified|known)\s+only\s+(?:as|by\s+(?P<g2>his|her|their)\s+first\s+name,?)\s+$"
                     r"|\bgave\s+only\s+(?P<g3>his|her|their)\s+first\s+name,?\s+$"
                     # "a woman in her fifties, whom I will call Janet", "I'll call him Ken": a name given for them
                     r"|\b(?:whom|who)\s+(?:I|we)(?:\s+will|\s+shall|['\u2019]ll|\s+am\s+going\s+to|\s+are\s+going\s+to)?\s+"
                     r"call\s+$|\b(?:I|we)(?:\s+will|['\u2019]ll)?\s+call\s+(?:him|her|them)\s+$"
                     r"|\b(?P<kind>woman|man|girl|boy|lady|gentleman|mother|father|nurse|driver|student|neighbou?r|"
                     r"resident|customer|worker|farmer|teacher|owner|person|someone)\s+(?:named|called)\s+$")
# "When I called", "I asked", "we reached": the writer's own call, whose other end is the he or she after it
_WRITER_ASKS = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:also|then|first|finally|later)\s+)?(?:called|phoned|asked|reached|"
                          r"emailed|e-mailed|texted|rang|visited|met|interviewed|caught up with|spoke to|spoke with|"
                          r"talked to|talked with|wrote to)\s+$")
_WHO = re.compile(r",[ \t]+who\b")                  # "Jo Doe, who farms near Outlook": someone, not a firm
_MET = re.compile(r"\b(?:talk(?:ed|ing)?|spoke|speaking|chatt(?:ed|ing)|met|caught up) (?:to|with)\s+$")   # someone met
_SAME_GENDER = {"m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"), "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
# "As for Doe, she starts in January", "For Jo Doe, 29, the timing could not be worse": the sentence is about Doe
_AS_FOR = re.compile(r"(?:\b[Aa]s (?:for|to|with)|(?:^|(?<=[.!?\n]))\s*For)\s+$")
# "She said the council would …, an idea Ofgem has said …": a sentence about her, whoever else says something in it
_OPENS_ON_PRONOUN = {g: re.compile(rf"\s*{w}\b") for g, w in (("m", "He"), ("f", "She"))}
_SUBJECT_PRONOUN = {g: re.compile(rf"(?:^|[,;]\s+|\b(?:and|but)\s+){w}\b", re.M) for g, w in (("m", "[Hh]e"), ("f", "[Ss]he"))}
# What can stand before a clause's subject: the sentence start, a comma, a conjunction or subordinator, titles.
_CLAUSE_START = re.compile(r"(?:^|[,;:\u2014\u201d\"]|\b(?:and|but|when|while|as|after|before|because|since|if|that|"
                           r"although|though|then|so)|\b[Tt]he)\s*(?:[A-Z][\w.\u2019'\-]*\s+){0,3}"
                           r"(?:(?!(?:did|does|do|has|had|have|was|is|were|are|will|would|could|can|give|gave|told|"
                           r"said)\b)[a-z]+(?<!ed)\s+){0,2}(?:[A-Z][\w.\u2019'\-]*\s+){0,3}$")
# "Asked by Drummond when …, she said", "Pressed by Ms Doe on …, he said": the one asking is not the "she"
_ASKED_BY = re.compile(r"\s*(?:Asked|Pressed|Questioned|Challenged)\s+by\s+(?:[A-Z][\w.\u2019'\-]*\s+){0,3}")
# "The judge also …", "The minister then …": a sentence whose subject is someone's title
_THE_TITLE = re.compile(r"\s*(The(?:\s+(?!also\b|then\b|later\b)[A-Za-z][a-z]+){1,2})\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b")
_IN_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:[A-Z][\w.]*\s+){0,2}$")
# "Her daughter, Lila Tate, said", "In her ruling, Judge Jo Doe said", "Asked what she …, Doe": the subject's own
_BEFORE_SUBJECT = re.compile(r"\s*(?:(?:(?:In|On|At|During|Under|With|For)\s+)?(?:[Hh]er|[Hh]is|[Tt]heir)\s+"
                             r"(?:[\w\u2019'\-]+\s+){0,2}[\w\u2019'\-]+|(?:Asked|Told|Pressed|When|After|Before|As|While|"
                             r"Since|Although|Though|If|Once)\s[^.;,\n]{1,80}),\s*(?:[A-Z][a-z]{1,12}\.?\s+){0,2}")


_WORDS_THEN_COMMA = re.compile(r"(?:[\w\u2019'\-:]+\s+){0,8}[\w\u2019'\-:]+,")   # "The city's member for water,",
# "At 5:40 on a dark January morning,"


def _opens(d, s_start: int, at: int) -> bool:
    """Whether the name at ``at`` opens its sentence, perhaps after a role set off by commas ("The city's
    member for water and sanitation, Jo Doe, told …"), a title ("Coun. Jo Doe said …") or a dateline ("BRAMPTON,
    Ont. — At 5:40 on a dark morning, Jo Doe …")."""
    dateline = DATELINE.match(d.masked, s_start, at)
    before = d.masked[dateline.end() if dateline else s_start:at].strip()
    words = before.split()
    titled = 0 < len(words) <= 3 and words[-1].rstrip(".").lower() in TITLES    # "Kelowna Coun. Jo Doe said"
    return not before or titled or bool(_WORDS_THEN_COMMA.fullmatch(before))


def _possessive(d, pos: int, p: Person) -> bool:
    """Whether the mention of ``p`` at ``pos`` is a possessive ("Doe's"), naming someone else's relation."""
    window = d.masked[pos:pos + 60]
    if p.surname + "\u2019s" not in window and p.surname + "'s" not in window:
        return False                                  # (cheaper than building the pattern below)
    own = rf"(?:[\w.\-]+\s+){{0,3}}?{re.escape(p.surname)}[\u2019']s\b"
    return re.match(own, window) is not None


# "Doe campaign spokesman Jo Roe": a surname inside the role written before someone else's name
_ROLE_THEN_NAME = re.compile(r"[ \t]+((?:[a-z][\w\-]*[ \t]+){1,3})[A-Z][\w\-]+[ \t]+[A-Z]")


def _in_role(d, pos: int, p: Person) -> bool:
    """Whether the mention of ``p`` at ``pos`` only says whose someone else named next is ("Doe campaign
    spokesman Jo Roe"): not a clause's subject."""
    at = d.masked.find(p.surname, pos, pos + 80)
    m = _ROLE_THEN_NAME.match(d.masked, at + len(p.surname)) if at >= 0 else None
    return m is not None and m.group(1).split()[-1] in ROLE_NOUNS


def _named_before(d, gender: str, hi: int, lo_bound: int) -> bool:
    """Whether someone of ``gender`` is among the mentions before index ``hi``, from offset ``lo_bound`` on."""
    lo = bisect.bisect_left(d.positions, lo_bound, 0, hi)
    return any(p.gender == gender for _, p in d.mentions[lo:hi])


_BODIES = ROLE_BODIES | frozenset("firm retailer wholesaler manufacturer supplier exporter importer lender".split())
# "My banker put it best when he told me": someone described, not named, before the pronoun (in its sentence or
# the two before it)
_DESCRIBED = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:%s)\b"
                        % "|".join(sorted(map(re.escape, ROLE_NOUNS - TITLES - ORG_WORDS - MAKERS - _BODIES),
                                          key=len, reverse=True)))   # (not "The premier said his …": an office
# held by someone named; nor "the company": no he)


def _described_before(text: str, start: int, at: int) -> bool:
    return _DESCRIBED.search(text, start, at) is not None


def _kin_aside(d, pos: int, s_start: int, s_end: int, gender: str, at: int) -> bool:
    """Whether the name at ``pos`` is set off as a relative of the he or she the story is about ("His father, Jo
    Doe, did the books at night."), in a sentence that has them say nothing, that is not followed by "He says …",
    nor by the he or she at ``at`` itself ("Her mother, Jo, is blunt. “…,” she says": the mother)."""
    if not _KIN_OF[gender].search(d.masked, max(s_start, pos - 30), pos):
        return False
    return not _SPOKE.search(d.masked, pos, s_end) and not _OPENS_ON_PRONOUN[gender].match(d.masked, s_end) \
        and d.sentences[bisect.bisect_right(d.sentences, at) - 1] > s_end


def _labels_turn(d, pos: int, at: int) -> bool:
    """Whether the name at ``pos`` labels the turn (a chat message, a transcript's line) that ``at`` is in: whoever
    says "he" there means someone else."""
    line = d.masked.rfind("\n", 0, pos) + 1
    stop = d.masked.find("\n", pos)
    return (stop < 0 or at < stop) and _STAMP_ONLY.fullmatch(d.masked, line, pos) is not None \
        and _LABEL_END.match(d.masked, pos) is not None


def refers_to(d, pronoun: str, at: int) -> Person | None:
    """The person a he/she at ``at`` refers to: in the nearest sentence naming someone who fits, the first."""
    gender = {"he": "m", "she": "f"}.get(pronoun.lower(), "")
    if not gender:
        return None
    hi = bisect.bisect_left(d.positions, at)
    if hi == 0:
        return None
    starts = d.sentences
    sentence = bisect.bisect_right(starts, at) - 1
    lo_bound = at - 2500
    k = hi - 1
    same = _SAME_GENDER[gender]
    chained_from = None                              # who the chain went back from, once it does
    nearest = True                                   # the nearest sentence that names someone
    while sentence >= 0 and k >= 0 and d.mentions[k][0] >= lo_bound:
        s_start = starts[sentence]
        s_end = starts[sentence + 1] if sentence + 1 < len(starts) else len(d.masked)
        group = []
        while k >= 0 and d.mentions[k][0] >= s_start:
            group.append(d.mentions[k])
            k -= 1
        group.reverse()
        fits = [(pos, p) for pos, p in group if p.name not in JURISDICTIONS   # ("Alberta has said": no she)
                and (p.gender == gender or not p.gender and p.personal
                and not AFTER_PREPOSITION.search(d.masked, max(s_start, pos - 12), pos))   # ("the share of Acme loans")
                and not _kin_aside(d, pos, s_start, s_end, gender, at)   # "His father, Jo Doe, did the books": not he
                and not _labels_turn(d, pos, at)]   # "[10:42] Jo Doe: What he said was “…”": not Jo Doe
        # "Dev Roy is less sure. “…,” he says.": a name whose gender we can't tell, as the sentence's subject, or
        # set off by "who" ("I called Dev Roy, who farms …"; not "a store on Doe Drive, who …"); not "Lancashire
        # County Council", "the Department of Finance", nor "Doe Hosiery, which makes socks,"
        if not fits and chained_from is None:
            fits = [(pos, p) for pos, p in group[:1]
                    if not p.gender and " " in p.name and not p.votes
                    and (_opens(d, s_start, pos)
                         or d.masked.startswith(p.name, pos) and _WHO.match(d.masked, pos + len(p.name))
                         and not (AFTER_PREPOSITION.search(d.masked, max(s_start, pos - 12), pos)    # (but "we got
                                  and not _MET.search(d.masked, max(s_start, pos - 24), pos)))     # talking with Jo Doe, who")
                    and not p.institution and f"{p.name}, which " not in d.masked]
        if len(fits) > 1:                            # "Doe's teammate, Jo Roe-Diaz, …": Roe-Diaz, not Doe; and
            fits.sort(key=lambda f: (_possessive(d, f[0], f[1]) or _in_role(d, f[0], f[1]),   # "Back in St. Vital,
                                     # Doe …": Doe; "Doe campaign spokesman Jo Roe said …": Roe
                                     bool(_IN_PLACE.search(d.masked, max(s_start, f[0] - 12), f[0])),
                                     # "Cross-examined by Jo Roe KC, Mr Doe denied …": Doe
                                     bool(AFTER_PREPOSITION.search(d.masked, max(s_start, f[0] - 12), f[0])),
                                     # "the Copper Kettle, a bakery …, where Linda Doe said": the one who is a she
                                     f[1].gender != gender))
        fits = [f for f in fits if f[0] in d.spoken] + fits    # the one who just spoke, first
        title = _THE_TITLE.match(d.masked, s_start)
        if title and not (fits and fits[0][0] < title.end()):  # "The judge also rejected …’s request. “…,” she
            held = d.titled(title.group(1), title.end())       # wrote": the judge named before, not the one after
            if held is not None and held.gender == gender:
                return held
        if not fits and chained_from is None and nearest and not _named_before(d, gender, hi, lo_bound) \
                and not _described_before(d.masked, starts[max(0, bisect.bisect_right(starts, at) - 3)], at):
            # "Lindsey Harlow said … He continued": a name's usual gender can be wrong, when no one the
            # pronoun fits was named before
            fits = [(pos, p) for pos, p in group if p.guessed and pos in d.spoken]
        nearest = nearest and not group
        if not fits and chained_from is None and (back := role_returns.returning(d, s_start, s_end, gender)):
            return back                              # "Back at the desk, the lab technician from Chelmsford …"
        if fits:
            # "Dismayed by his …, he said" / "Angered by Doe's vote, he …": this sentence goes on about
            # someone named before it, so the chain goes further back
            pos, first = fits[0]
            end = s_end
            window = d.masked[pos:pos + 60]
            oblique = (first.surname + "\u2019s" in window or first.surname + "'s" in window) and \
                re.match(rf"[^,.;]{{0,40}}?\b{re.escape(first.surname)}[\u2019']s\b", window)
            not_subject = oblique or AFTER_PREPOSITION.search(d.masked, max(s_start, pos - 12), pos) \
                and not _AS_FOR.search(d.masked, max(s_start, pos - 12), pos) \
                or not _CLAUSE_START.search(("" if pos - 40 <= s_start else "\0") + d.masked[max(s_start, pos - 40):pos])
            leads = _BEFORE_SUBJECT.fullmatch(d.masked, s_start, pos) is not None   # "Her daughter, Jo Doe"
            leads = leads or ONLY_AS.search(d.masked, max(s_start, pos - 60), pos) is not None
            said = SPEAKS.match(d.masked, d.masked.find(first.surname, pos) + len(first.surname))
            chained = not leads and (not said or _OPENS_ON_PRONOUN[gender].match(d.masked, s_start, pos)) \
                and same.search(d.masked, s_start, pos) is not None and not d.masked[s_start:pos].rstrip().endswith(",") \
                or not_subject and _SUBJECT_PRONOUN[gender].search(d.masked, pos, min(end, at)) is not None \
                and not _WRITER_ASKS.search(d.masked, max(s_start, pos - 30), pos) \
                    or _ASKED_BY.fullmatch(d.masked, s_start, pos) is not None and at < end
            # ("When I called Jo Doe, who …, she was blunt": the one the writer called is the she)
            # ("…, survivor of more systems than she cares to count, Jo Doe said": she is Jo Doe; so is "his" in
            # "Back at his kitchen table, Doe …")
            if not chained:
                return first
            chained_from = first
        elif chained_from is not None and group:   # the chain's first link is someone, whatever their name
            named = [p for pos, p in group if not p.gender and " " in p.name    # (not "shipped to Valley Metro")
                     and not AFTER_PREPOSITION.search(d.masked, max(s_start, pos - 12), pos)]
            return named[0] if named else chained_from   # (or none: "the window of Doe Bridal. Maria Doe's
                                                          # parents opened the shop; she has run it since": Maria)
        sentence -= 1
    if chained_from is None and k >= 0 and d.mentions[k][0] < lo_bound:      # out of reach: the one woman (or man)
        named = {p.name: p for _, p in d.mentions[:hi] if p.gender == gender}     # the story named before it, far
        return next(iter(named.values())) if len(named) == 1 else None          # back, if it named only one
    return chained_from                          # no one before: "When I described this to Jo Doe, she was not
                                                 # surprised." is Jo Doe after all
