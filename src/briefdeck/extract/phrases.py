"""Phrases that name a speaker: the name, pronoun or description a sentence's tokens make.

A speaker phrase is a name with the title or role before it ("Republican strategist Jane Doe", "Sen. Doe"), a
body's name ("the Harbour Authority", "RNC"), a pronoun, or a description kept as written ("a spokesman for the
yard"). Function words and fragments are never speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.lexicon import (ADVOCATES, DETERMINERS, FRAMING, HONORIFICS, JURISDICTIONS, NATIONAL_BODY,
                                       NOT_NAMES, NOT_TRADES, ORG_WORDS, PRONOUNS, ROLE_NOUNS, ROLE_PLURALS, SPEECH,
                                       TITLES, TRADE)
from briefdeck.extract import unnamed
from briefdeck.extract.body_names import department_tail, listed_end
from briefdeck.extract.first_names import first_name_gender, title_as_surname
from briefdeck.extract.name_parts import JOINERS, PORTFOLIO_HEADS, POSTS, a_people, name_part
from briefdeck.extract.name_tails import occasion, role_head_in
from briefdeck.extract.speech_tokens import Token, _lower_stop, _possessive, _verbish, finite, is_past

NAME, PRONOUN, DESCRIPTION = "name", "pronoun", "description"

_HANDLE = re.compile(r"@\w{2,}|[a-z][a-z0-9]*_\w+")      # a user's handle on a forum or a network: "@kestrel99", "inkwell_dan"
_COUNT = re.compile(r"one|two|three|four|five|six|seven|eight|nine|ten|\d+")
_UNNAMED_CLAUSE = frozenset("who speaking requesting asking talking".split())   # after an unnamed one's comma: "One worker, who …,"
# Words that join a role phrase: "secretary of state", "the chief of staff", "a professor at the university".
_NAMED_FOR = ORG_WORDS | ADVOCATES     # "Department for Transport", "Families for Safer Roads": "for" in a name
_MODIFIERS = frozenset("former top chief senior junior longtime veteran campaign local state federal national press "
                       "policy communications foreign deputy interim acting retired then ex incoming outgoing lead".split())
_INTRO = frozenset(
    "in on at during after before while when if as asked speaking responding despite following like unlike for with "
    "without since although though because even earlier later addressing writing according pressed back over from "
    "by through within under last this that once to instead upon amid given along among around except inside "
    "outside near toward towards beyond besides behind across against between regarding".split())
_SAYS_NEXT = re.compile(r"[ \t]+(?:said|says|told|tells|added|wrote|announced|confirmed|stated|noted|warned)\b|,")
_CONTRACTION = re.compile(r"(?:I|It|That|He|She|What|There|Here|Who|We|They|You|Let|This)[\u2019'](?:m|s|re|ve|ll|d)$"
                          r"|\w+n[\u2019']t$", re.I)
_CLAUSE_WORDS = frozenset("and but that as so while when because what which whom whose where though although "
                          "if since after before until".split())
_QUOTE_CLOSERS = "\u201d\"\u00bb'\u2019"
_CLAUSE_BREAKS = frozenset([*",;:(\u2014\u2013-", *_QUOTE_CLOSERS, "\u201c", "\u00ab", "--"])


@dataclass
class Mention:
    """A phrase naming a speaker: ``text`` as written at ``start:end``; ``name`` is its name part."""
    kind: str
    text: str
    start: int
    end: int
    name: str = ""
    role: str = ""
    begin: int = -1         # where the whole phrase starts (its role or determiner included)

    def __post_init__(self):
        if self.begin < 0:
            self.begin = self.start


_FOCUS = frozenset("even also only just".split())      # "according to even his own supporters": not the speaker


def classify(toks: list[Token], text: str) -> Mention | None:
    """A phrase of tokens as a speaker mention: pronoun, name (with the role before it) or description."""
    while toks and toks[-1].low in NOT_NAMES and toks[-1].low not in PRONOUNS and toks[-1].low not in DETERMINERS \
            and not _numbered(toks, len(toks) - 1):
        toks = toks[:-1]                               # "Jane Doe Tuesday" (not "the Group of Eight")
    while toks and toks[0].cap and toks[0].low in NOT_NAMES and toks[0].low not in PRONOUNS \
            and toks[0].low not in DETERMINERS:
        toks = toks[1:]                                # "But Jane Doe"
    while len(toks) > 1 and toks[0].text in _FOCUS:
        toks = toks[1:]                                # "according to even his own supporters"
    if not toks or any(_CONTRACTION.match(t.text) for t in toks):
        return None                                    # "I’m", "It’s", "That’s": never someone
    if len(toks) <= 3 and all(t.cap for t in toks) and toks[-1].text.endswith(("\u2019s", "'s")) \
            and _SAYS_NEXT.match(text, toks[-1].end):              # "Halliwell’s said", "Halliwell’s, a grocer, said"
        return Mention(NAME, (shop := text[toks[0].start:toks[-1].end]), toks[0].start, toks[-1].end, shop, "", toks[0].start)
    if toks[-1].text.isalpha() and toks[-1].text.isupper() and len(toks[-1].text) > 3 \
            and re.match(r"[ \t]*[\u2014\u2013]", text[toks[-1].end:toks[-1].end + 3]):
        return None                                    # "WASHINGTON —": a dateline
    joint = next((k for k, t in enumerate(toks) if t.text == "and"), -1)
    if 0 < joint < len(toks) - 1 and toks[joint - 1].cap and toks[-1].cap:
        left, right = classify(toks[:joint], text), classify(toks[joint + 1:], text)
        if left is not None and right is not None and left.kind == right.kind == NAME:
            names = f"{left.name} and {right.name}"    # "Liberal MP Jane Doe and Green MP John Roe"
            return Mention(DESCRIPTION, names, left.start, right.end, names, "", toks[0].start)
    first, last = toks[0], toks[-1]
    span = text[first.start:last.end]
    if len(toks) == 1 and first.low in PRONOUNS:
        return Mention(PRONOUN, span, first.start, last.end, name=first.low)
    if any(t.low in PRONOUNS for t in toks):
        return None
    run: list[Token] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.cap and (not _possessive(t) or run and any(x.text == "of" for x in toks[1:k])) \
                or t.low in JOINERS and run or re.fullmatch(r"(?:[A-Z]\.)+", t.text) \
                or t.cap and t.text.endswith(("s\u2019", "s'")) and run and run[-1].low in ORG_WORDS \
                or t.text == "the" and run and k > 0 and toks[k - 1].text in ("of", "for") \
                or t.text in ("in", "to") and run and k > 0 and toks[k - 1].low in POSTS \
                or t.text == "for" and run and k > 0 and toks[k - 1].cap and toks[k - 1].low in _NAMED_FOR \
                or t.text == "&" and run and k > 0 and toks[k - 1].cap:
            # inside a body's name: a plural possessive ("Vehicle Manufacturers' Association"), "of the", "for" and
            # "&" ("Office of the U.S. …", "Department for Transport", "Lakeshore Die & Stamping"); a possessive
            # after "of" ("Jo Doe of Carleton University's School of …": where she works)
            run.insert(0, t)
        else:
            break
    while run and run[0].low in JOINERS:
        run = run[1:]
    for k in range(1, len(run) - 1):                    # "Jane Doe of Moncton": where she is from
        if run[k].text == "of" and (title_as_surname([r.text for r in run[:k]], k - 1) or not (
                run[k - 1].low in TITLES or run[k - 1].low in ROLE_NOUNS or run[k - 1].low in ORG_WORDS
                or _members(run[:k]))):
            run = run[:k]
            toks = toks[:toks.index(run[-1]) + 1]
            last = toks[-1]
            span = text[first.start:last.end]
            break
    caps = [t for t in run if t.low not in DETERMINERS]
    if caps and all(t.text.isupper() for t in caps) and any(len(t.text) > 5 for t in caps):
        return None                                      # a dateline or a heading in capitals, not a name
    if len(run) > 1 and run[0].low == "the" and all(t.low in TITLES for t in run[1:]):
        return Mention(DESCRIPTION, span, first.start, last.end, name=span)   # "The Minister": the one named before
    if run and run[-1].cap:
        name = name_part(run)
        after_comma = max((k + 1 for k, t in enumerate(toks) if t.text == "," and name and t.end <= name[0].start), default=0)
        if name and not first_name_gender(name[0].text) and " ".join(t.text for t in name) not in JURISDICTIONS and any(
                # ("… of Canadian Identity and Culture"; not "the foreign minister of France": his country's)
                k > after_comma and (t.text == "of" and toks[k - 1].low in PORTFOLIO_HEADS or t.text in ("to", "for")
                                     and toks[k - 1].cap and (toks[k - 1].low in TITLES or toks[k - 1].low in ROLE_NOUNS))
                for k, t in enumerate(toks) if t.end <= name[0].start):
            given = next((g for g in range(1, len(name) - 1) if first_name_gender(name[g].text)), None)
            if given is None:                          # "the Minister of International Trade": a portfolio, no one's
                return Mention(DESCRIPTION, span, first.start, last.end, name=span)   # name ("… Trade Jo Doe": hers)
            name = name[given:]
        if name and len(name) <= 5 and not all(t.low in NOT_NAMES for t in name) and not a_people(name):
            role = text[first.start:name[0].start].strip(" ,")
            if role.lower() in ("a", "an") and len(name) == 1 and len(toks) == 2:
                return None                                # "A Texas voter …": a place's, no one's name
            if role.lower() in DETERMINERS:
                role = ""
            if re.fullmatch(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s.*\s(?:of|from|in)(?:\s(?:Mr|Mrs|Ms|Miss|Dr)\.?)?", role):  # "A
                return Mention(DESCRIPTION, span, first.start, last.end, span, "", first.start)   # resident of …", "A colleague of Ms Doe"
            return Mention(NAME, span, name[0].start, name[-1].end, text[name[0].start:name[-1].end], role,
                           first.start)
        body = [t for t in run if t.low not in DETERMINERS]
        if body and not a_people(body) and (any(t.low in ORG_WORDS or t.text.isupper() and len(t.text) > 1 and t.low not in TITLES
                         and t.low not in ROLE_NOUNS for t in body)                      # "MP", "CEO": a role
                     or any(t.text == "of" and _members(body[:k]) for k, t in enumerate(body))) \
                and sum(t.cap for t in body) <= 6:                     # "Cámara … de la Industria … del Noreste"
            return Mention(NAME, span, body[0].start, body[-1].end, text[body[0].start:body[-1].end], "",
                           first.start)
        if not any(t.low in ROLE_NOUNS or t.low in TITLES for t in toks):
            return None
    if _role_head(last) and (first.low in DETERMINERS or _possessive(first) or last.low.endswith("s")
                             or first.cap or len(toks) > 1):
        return Mention(DESCRIPTION, span, first.start, last.end, name=span)
    return None


def _role_head(t: Token) -> bool:
    low = t.low.rsplit("-", 1)[-1] if t.low.startswith(("ex-", "co-", "vice-")) else t.low      # "ex-staffer"
    return low in ROLE_NOUNS or low in ROLE_PLURALS \
        or bool(TRADE.fullmatch(low)) and low.rstrip("s") not in NOT_TRADES


def _word_ok(t: Token, rightward: bool) -> bool:
    """Whether a token can belong to a speaker phrase."""
    if not t.word or _lower_stop(t):
        return False
    low = t.low
    if t.cap or low in ROLE_NOUNS or low in TITLES or low in DETERMINERS or low in PRONOUNS or t.text[0].isdigit() \
            or low in ROLE_PLURALS:                                 # "Industry groups", "Farm unions"
        return True
    if rightward:
        return t.text not in SPEECH and t.text not in FRAMING and not low.endswith("ly")
    return low.endswith(("al", "ic", "ive", "ary", "ior", "ing", "-based", "time", "s'", "s\u2019")) or "-" in low \
        or low in _MODIFIERS or low[-2:] in ("'s", "\u2019s") and low[:-2] in TITLES   # "the lecturers' union", "the mayor’s office"


def _members(words: list[Token]) -> bool:
    """ "Dairy Producers" of Canada, "Grain Growers" of Canada: a body named for its members, not someone from there."""
    words = [t for t in words if t.low not in DETERMINERS]
    return len(words) >= 2 and words[-1].low.endswith(("ers", "ors", "ists", "ants", "ents", "ians")) \
        and not any(first_name_gender(t.text) or t.low in TITLES or t.low in HONORIFICS for t in words)


def _joins(toks: list[Token], k: int) -> bool:
    """A lowercase particle inside a name or title: "Secretary of State", "secretary of state", "von der Leyen"."""
    if 0 < k < len(toks) - 1 and toks[k].text == "&":
        return toks[k - 1].cap and toks[k + 1].cap       # "Front Range Power & Light President Jo Doe"
    if not 0 < k < len(toks) - 1 or not toks[k].text.islower():
        return False
    left, right = toks[k - 1], toks[k + 1]
    if toks[k].text in ("for", "of") and right.text == "the" and left.cap and left.low in ORG_WORDS \
            and k + 2 < len(toks) and toks[k + 2].cap:
        return True                       # "Federal Office for the Environment", "Office of the Auditor General"
    if toks[k].text == "for" and left.cap and right.text.isupper() and 2 <= len(right.text) <= 4:
        return True                       # "Transport for NSW", "Sport for NI"
    if toks[k].text == "for" and k >= 2 and toks[k - 2].cap and left.cap and right.cap and k + 2 < len(toks) \
            and toks[k + 2].cap and not any(first_name_gender(t.text) for t in toks[max(0, k - 4):k] if t.cap):
        return True                       # "Canada Economic Development for Quebec Regions": two names' words a side
                                          # (not "Cameron Easley for Morning Consult": someone writing for a firm)
    if toks[k].text in ("in", "to") and left.cap and left.low in POSTS and right.cap:
        return True                       # "the Canadian Embassy in Washington", "the U.S. Mission to the EU"
    if toks[k].text in ("for", "and"):    # "Department for Transport", "Department of Housing and Regional …"
        return left.cap and right.cap and (left.low in _NAMED_FOR if toks[k].text == "for" else any(  # "Centers for
            toks[j].low in ("of", "for") and (toks[j - 1].low in ORG_WORDS or toks[j - 1].low in PORTFOLIO_HEADS)   # Disease …",
            for j in range(max(1, k - 3), k - 1))                          # "Minister of Identity and Culture")
            or NATIONAL_BODY.search(" ".join(t.text for t in toks[max(0, k - 3):k + 1]) + " ") is not None)
    if toks[k].low not in JOINERS:
        return False
    return (left.cap or left.low in ROLE_NOUNS or left.low in TITLES) and \
        (right.cap or right.low in _MODIFIERS or right.low in ROLE_NOUNS or right.low in JOINERS)


def _capital_soon(toks: list[Token], j: int) -> bool:
    """A capitalised word within the next five, with no punctuation or stop word on the way ("CBS host Jo",
    "strategist and former party director Jo")."""
    for k in range(j, min(len(toks), j + 6)):
        if toks[k].cap:
            return k > j
        if toks[k].text == "and":
            continue
        if not toks[k].word or _lower_stop(toks[k]) or is_past(toks[k]) or toks[k].text in SPEECH \
                or toks[k].text in FRAMING:
            return False
    return False


_CONTACT = frozenset("I we he she they".split())     # "a patient we interviewed": a relative clause without "who"
_TOLD = frozenset("me us reporters".split())        # "a patient who took part told me, “…”": the clause ends there
_GROUPS = frozenset("group association coalition council alliance federation lobby".split())


def _role_soon(toks: list[Token], i: int, j: int) -> bool:
    """ "a Washington trade lawyer", "a U.S. aerospace trade group": after "a" and a place's name, the lower-case
    words up to a role's noun or a group's."""
    if toks[i].low not in ("a", "an") or not all(t.cap for t in toks[i + 1:j]):
        return False
    for k in range(j, min(len(toks), j + 3)):
        if _role_head(toks[k]) or toks[k].low in _GROUPS:
            return True
        if not toks[k].word or toks[k].cap or _lower_stop(toks[k]) or _verbish(toks[k]) or toks[k].text in SPEECH:
            return False
    return False


def placed_end(toks: list[Token], i: int, v: int) -> int:
    """Where a description from ``i`` to the verb at ``v`` ends when a place closes it ("a farmer in Saskatchewan")."""
    k = next((k for k in range(i + 2, v) if toks[k].low in ("in", "near", "outside", "from")), v)
    return k if k < v - 1 and all(t.word and (t.cap or t.text.islower()) for t in toks[k + 1:v]) and toks[v - 1].cap else v


def one_of_them(toks: list[Token], i: int, text: str) -> Mention | None:
    """ "one of them", "another", "one of the protesters" at ``i``, closed by a verb of saying or the sentence's end:
    one of a group, a speaker as written (not whoever was named before)."""
    j = unnamed.one_of(toks, i)
    if not j or j == len(toks) or not (finite(toks[j]) or toks[j].text in ".;!?"):    # (not "Another, a farmer, …")
        return None
    return Mention(DESCRIPTION, text[toks[i].start:toks[j - 1].end], toks[i].start, toks[j - 1].end,
                   text[toks[i].start:toks[j - 1].end])


def phrase_right(toks: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase starting at token ``i`` ("said Jane Doe, ..." / "said a spokesman for the yard")."""
    if (one := one_of_them(toks, i, text)) is not None:
        return one                                       # said one of the organizers.
    if i < len(toks) and _HANDLE.fullmatch(toks[i].text):
        return _handle(toks[i])
    j = i
    if i < len(toks) and toks[i].text in ("and", "or", "but", "nor", "so", "yet", "then", "than"):
        return None
    # (a word after a determiner naming the role after it, verb-like or not: "the press secretary")
    while j < len(toks) and j - i < 12 and (_word_ok(toks[j], not any(t.cap and t.low not in DETERMINERS
                                                                      for t in toks[i:j])
                                                      or _capital_soon(toks, j) or _role_soon(toks, i, j))
                                            or _joins(toks, j) or 0 < j < len(toks) - 1 and toks[j].text.isalpha() and toks[j].text.islower()
                                            and (toks[j - 1].low in DETERMINERS or _possessive(toks[j - 1]))   # "the minister's
                                            and _role_head(toks[j + 1]) and toks[j].text not in SPEECH) \
            and not unnamed.close_to(toks, j) and not (j > i and toks[j].text in _CONTACT and _role_head(toks[j - 1])):
        j += 1
        if toks[j - 1].low in PRONOUNS:
            break
    if j == i:
        return None
    if (held := _office_holder(toks, i, j, text)) is not None:
        return held                                      # "Ambassador to the United States Jo Doe": Jo Doe
    mention = classify(toks[i:j], text)
    if mention is None:
        return None
    if mention.kind == NAME and " of " in mention.name and mention.name.split()[0].lower() in ORG_WORDS \
            and (tail := department_tail(text, mention.end)):   # "the Ministry of Economic Development, Job Creation
        mention.text, mention.name = mention.text + tail, mention.name + tail   # and Trade said"
        mention.end += len(tail)
    if mention.kind == NAME and mention.role.endswith(" of") and (name := _set_off_name(toks, j, text)) is not None \
            and a_persons(name):                 # "the president of Meubles Laurentin, Mr. Jo Doe, explained": Jo Doe
        name.role = mention.text
        return name
    if mention.kind == DESCRIPTION and " and " not in mention.name:
        # "said the party's campaign director, Jane Doe, who ...": the name in apposition speaks
        if (name := _set_off_name(toks, j, text)) is not None:
            name.role = mention.text
            return name
        # "One worker, who asked not to be named, said": an unnamed speaker's description goes to the comma
        if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].low in _UNNAMED_CLAUSE \
                and (toks[i].low in ("a", "an", "one", "another") or toks[i].low == "the" and unnamed.anonymous(toks, j + 1)):
            k = j + 1
            while k < len(toks) and k - j < 18 and toks[k].text not in ",.;:!?" and toks[k].word:
                k += 1
            if k < len(toks) and toks[k].text == "," and k > j + 2:
                mention.text = mention.name = text[mention.start:toks[k - 1].end]
                mention.end = toks[k - 1].end
                return mention
        k = j                                            # "a spokesman for the yard", "an official who ..."
        knows = unnamed.close_to(toks, k)
        if knows:
            k += 1                                       # "a source close to the company"
        if k < len(toks) and toks[k].text in ("for", "of", "at", "with", "from", "in", "to", "on") \
                and k + 1 < len(toks) and not occasion(toks, k):    # (not "at the exit of the cabinet meeting")
            k += 1
            while k < len(toks) and k - j < 10 and toks[k].word and (not _lower_stop(toks[k]) or toks[k].text == "of"
                                                                    and _COUNT.fullmatch(toks[k - 1].low)) \
                    and (not _verbish(toks[k]) or knows and (toks[k - 1].low in DETERMINERS   # "with the talks",
                                                             or _possessive(toks[k - 1]))):   # "the company's plans"
                k += 1                                   # ... "at one of the three largest carriers"
            if toks[k - 1].low in DETERMINERS and not (k == j + 2 and toks[j].text == "of" and _COUNT.fullmatch(
                    toks[k - 1].low)) or k == j + 1:     # ... but "a mother of three" is whole
                k = j                                    # "the association in a release": not "… in a"
            elif k + 1 < len(toks) and toks[k].text == "from" and toks[k + 1].cap \
                    and toks[k + 1].low not in NOT_NAMES:
                k += 1                                   # "a mother of three from Upton"
                while k < len(toks) and k - j < 12 and (toks[k].cap or _joins(toks, k)):
                    k += 1
            elif k + 1 < len(toks) and (toks[k].text in ("in", "of") or _joins(toks, k)) and toks[k + 1].cap \
                    and toks[k + 1].low not in NOT_NAMES:
                k += 1                                   # "… in Pendleton", "… for the Centers for Disease …"
                while k < len(toks) and k - j < 12 and (toks[k].cap or _joins(toks, k)):
                    k += 1
        if k < len(toks) and k > 0 and (toks[k].text in ("who", "that") or toks[k].text in _CONTACT and k + 1 < len(
                toks) and is_past(toks[k + 1]) and not finite(toks[k + 1])):   # "One patient we interviewed told me"
            relative = k
            k += 1
            while k < len(toks) and k - j < 14 and toks[k].text not in ",.;:!?" and toks[k].text not in \
                    _QUOTE_CLOSERS + "\u201c":
                if finite(toks[k]) and k + 1 < len(toks) and (toks[k + 1].text in ".,;:" or toks[k + 1].low in _TOLD) \
                        and toks[k - 1].word and toks[k - 1].text not in ("who", "that"):
                    break                                # "an official who asked not to be named said.", "… told me"
                if toks[k].text in ("says", "said") and toks[k - 1].word and toks[k - 1].text not in ("who", "that"):
                    break                                # "A neighbor who didn't want to be identified says she …"
                k += 1
                if toks[k - 1].low in unnamed.UNNAMED_END and unnamed.anonymous(toks, j):
                    break                                # "A resident who asked that her name not be used recalled"
            if k == relative + 1:
                k = relative                             # "told by Canadian buyers that “…”": no clause after it
        if k > j:
            end = listed_end(text, toks[k - 1].end) if toks[k - 1].cap else toks[k - 1].end   # "… for Immigration,
            mention.text = mention.name = text[mention.start:end]                # Refugees and Citizenship Canada"
            mention.end = end
            if end == toks[k - 1].end and not role_head_in(toks, j, k) \
                    and (name := _set_off_name(toks, k, text)) is not None \
                    and (all(t.text.islower() for t in toks[j:k]) or a_persons(name)):   # ("the director of the
                # Regroupement, Mrs. Jo Doe,": a body's name in the tail, and a person's after it)
                name.role = mention.text.removeprefix("The ")   # "explained the director of operations, Jo Doe, during …"
                return name                              # (not "a spokesman for the mayor of Selkirk, Tom Doe")
    return mention


def _office_holder(toks: list[Token], i: int, j: int, text: str) -> Mention | None:
    """ "Ambassador to the United States Jo Doe": an office before its holder (not "a spokesperson for Premier Jo Doe")."""
    j = next((p for p in range(i + 1, min(j + 1, len(toks))) if not toks[p].cap), j)   # (the office's words)
    if j + 2 >= len(toks) or toks[j].text not in ("to", "for") or toks[i].low in DETERMINERS \
            or not any(t.cap and (t.low in TITLES or t.low in ROLE_NOUNS) for t in toks[i:j]):
        return None
    k = j + 1 + (toks[j + 1].text == "the")
    while k < len(toks) and k - j < 10 and toks[k].cap:
        k += 1
    for g in range(max(j + 2, k - 3), k - 1):
        if first_name_gender(toks[g].text) and toks[g - 1].cap and all(toks[g - 1].low not in w for w in (TITLES, ROLE_NOUNS, HONORIFICS)):
            return Mention(NAME, text[toks[i].start:toks[k - 1].end], toks[g].start, toks[k - 1].end,
                           text[toks[g].start:toks[k - 1].end], text[toks[i].start:toks[g].start].strip(), toks[i].start)
    return None


def a_persons(name: Mention) -> bool:
    """A name with an honorific ("Mrs. Jo Doe") or a first name the table knows."""
    return name.role.rstrip(".").lower() in HONORIFICS or bool(first_name_gender(name.name.split()[0]))


def _set_off_name(toks: list[Token], j: int, text: str) -> Mention | None:
    """The name set off by commas right after a description ending before token ``j``: ", Jane Doe," """
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    while k < len(toks) and (toks[k].cap or _joins(toks, k)) and k - j < 6:
        k += 1
    if k > j + 1 and (k == len(toks) or toks[k].text in ",.;:(" or toks[k].text in _QUOTE_CLOSERS or finite(toks[k])):
        name = classify(toks[j + 1:k], text)
        return name if name is not None and name.kind == NAME else None
    return None


def _noun_modifier(toks: list[Token], i: int, j: int) -> bool:
    """"industry" in "one industry analyst", "union" in "a union official": a noun before the role noun,
    itself after a determiner, a name, an adjective ("economic development agency") or another word of the phrase."""
    t = toks[i]
    return 0 < i < j and t.text.isalpha() and t.text.islower() and not _lower_stop(t) and not _verbish(t) \
        and t.text not in SPEECH and _role_head(toks[i + 1]) \
        and (toks[i - 1].low in DETERMINERS or _possessive(toks[i - 1]) or toks[i - 1].cap
             or toks[i - 1].text.islower() and _word_ok(toks[i - 1], False) and not _role_head(toks[i - 1]))


def phrase_left(toks: list[Token], j: int, text: str) -> tuple[Mention | None, int]:
    """The speaker phrase ending at token ``j`` (inclusive), and the index of its first token."""
    if 0 <= j < len(toks) and _HANDLE.fullmatch(toks[j].text):
        return _handle(toks[j]), j
    i = j
    while i >= 0 and j - i < 10 and (_word_ok(toks[i], False) or _joins(toks, i) or _noun_modifier(toks, i, j)):
        low = toks[i].low
        if low in DETERMINERS:
            if toks[i].text == "the" and i >= 2 and toks[i - 1].text == "of" and toks[i - 2].cap and i < j:
                i -= 2                                     # "Office of the U.S. Trade Representative"
                continue
            i -= 1
            break
        if low in PRONOUNS:
            if i < j:
                i += 1
            else:
                i -= 1
            break
        if toks[i].cap and low in NOT_NAMES and not _numbered(toks, i):
            break                                          # "But Jane Doe said" (not "the Group of Eight said")
        i -= 1
    i += 1
    if i > j:
        return None, j + 1
    return classify(toks[i:j + 1], text), i


def _numbered(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` ends a body's name that counts its members: "the Group of Eight"."""
    return k >= 2 and toks[k - 1].text == "of" and toks[k].cap and toks[k - 2].low in ORG_WORDS


def _handle(t: Token) -> Mention:
    return Mention(NAME, t.text, t.start, t.end, t.text, "", t.start)

