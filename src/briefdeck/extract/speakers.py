"""Who a quotation's own sentence says spoke it: the speech verb next to it and the phrase naming the speaker.

Reporters attribute in a few shapes, all read here from the words around the quotation (its
text masked out): after it ("…,” said Jane Doe, an economist at the bank / “…,” Doe told
reporters / “…,” he added / “…,” according to the ministry), before it (Doe said: “…” / In a
statement, the union said “…” / Doe, who chairs the board, warned that “…”), or the sentence's
subject for a quoted fragment (Doe called the plan “a shell game”). The phrase found is a name
(with the title or role written beside it), a pronoun, or a description kept as written ("a
spokesman for the yard", "a senior official who asked not to be named").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.lexicon import (BETWEEN, DETERMINERS, FRAMING, HONORIFICS, NOT_NAMES, OPENERS, PRONOUNS,
                                       ROLE_NOUNS, SPEECH, STOPS, TITLES)

NAME = "name"
PRONOUN = "pronoun"
DESCRIPTION = "description"

_TOKEN = re.compile(r"\u2022+|(?:[A-Z]\.){2,}|[^\W_][\w\u2019'\-\.&]*|\S")
_ABBREVIATED = frozenset("mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr rev hon messrs mt ft "
                         "inc corp co ltd no jan feb mar apr jun jul aug sep sept oct nov dec d r i u".split())
_AUX = frozenset("is was were are be been being am has have had will would could should can may might must do "
                 "does did not n't also".split())
# Words that join a role phrase: "secretary of state", "the chief of staff", "a professor at the university".
_JOINERS = frozenset("of de la le du van von der den da di del dos das bin al".split())
_IRREGULAR_PAST = frozenset(
    "shot took gave made went came got put set sent spent left kept held told wrote spoke said thought brought "
    "bought fought caught taught sought found stood understood began ran won lost saw knew grew threw drew flew "
    "broke chose rose fell felt meant met led read paid laid sold hit let cut quit struck swore tore wore stole "
    "froze forgave forgot hid rode shook sang sank drank rang sprang bit lit fed fled bent lent dealt dug hung "
    "spun stuck swung slid split spread shut became withdrew undertook overtook mistook sat heard".split())
_MODIFIERS = frozenset(
    "former top chief senior junior longtime veteran campaign local state federal national press policy "
    "communications foreign deputy interim acting retired then ex incoming outgoing lead".split())
_INTRO = frozenset(
    "in on at during after before while when if as asked speaking responding despite following like unlike for "
    "with without since although though because even earlier later addressing writing according pressed back "
    "over from by through within under last this that once to instead upon amid given".split())
# Base forms of speech verbs that are far more often nouns ("a tweet", "the report").
NOUNS = frozenset("tweet post report claim note answer question reply promise charge offer challenge comment remark "
                  "request order command estimate forecast guess figure hope fear worry feel laugh sigh cry shout "
                  "yell scream chant whisper murmur protest object text email blog counter rule decree lecture "
                  "caution demand pledge vow plea read hold find speak".split())
_CLAUSE_WORDS = frozenset("and but that as so while when because what which whom where though although "
                          "if since after before until".split())
_QUOTE_CLOSERS = "\u201d\"\u00bb'\u2019"
_CLAUSE_BREAKS = frozenset(",;:(\u2014\u2013-" + _QUOTE_CLOSERS + "\u201c\u00ab")
# Organisation words: a capitalised run containing one names a body, not a person.
ORG_WORDS = frozenset(
    "party committee university college school house senate congress parliament department ministry agency "
    "news times post journal press inc corp co ltd llc company association council union center centre "
    "institute foundation commission court bank group street avenue city county state states province "
    "republic kingdom network channel radio tv television magazine review office service services board "
    "authority fund trust project campaign coalition alliance movement forces army navy police airlines "
    "media watch action federation conference club church hospital administration government cabinet "
    "democrat democrats republican republicans gop liberal liberals conservative conservatives ndp bloc "
    "federal national international american canadian british america canada white caucus pac "
    "secretariat institution organization organisation corporation industries systems motors energy "
    "capital partners holdings reuters ap afp cnn msnbc fox abc cbs nbc cbc ctv bbc npr pbs".split())


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


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


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and marks of ``text[start:end]``; a final period stays on abbreviations ("Mr.", "U.S.") only."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        s, e = m.start(), m.end()
        if len(word) > 1 and word.endswith(".") and word[:-1].lower().replace(".", "") not in _ABBREVIATED \
                and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(Token(word[:-1], s, e - 1))
            out.append(Token(".", e - 1, e))
            continue
        out.append(Token(word, s, e))
    return out


def _possessive(tok: Token) -> bool:
    return tok.text.endswith(("\u2019s", "'s", "s\u2019", "s'"))


def verb(tok: Token) -> str:
    """The token as a speech verb ("said", "tells", "saying"), or "" (verbs are written in lowercase)."""
    return tok.text if tok.text in SPEECH else ""


def finite(tok: Token) -> bool:
    """A speech verb that can be a clause's own verb: "said", "tells", not "saying" or the noun "tweet"."""
    return tok.text in SPEECH and not tok.text.endswith("ing") and tok.text not in NOUNS


def is_past(tok: Token) -> bool:
    """A lowercase word that reads as a verb in the past ("barked", "shot"): any verb can follow a speaker."""
    low = tok.text
    return tok.word and low.islower() and (finite(tok) or low in _IRREGULAR_PAST
                                           or low.endswith("ed") and len(low) > 3 and low not in STOPS)


def _verbish(tok: Token) -> bool:
    low = tok.text
    return low.islower() and (low in _AUX or low in FRAMING or is_past(tok) or
                              low.endswith("s") and low[:-1] in FRAMING or low.endswith("es") and low[:-2] in FRAMING)


def _lower_stop(t: Token) -> bool:
    return t.text.islower() and (t.text in STOPS or t.text in _AUX)


def _name_part(run: list[Token]) -> list[Token]:
    """The name at the end of a capitalised run: titles, parties and bodies written before it left out."""
    cut = 0
    for i, t in enumerate(run):
        low = t.low
        if low in TITLES or low in ROLE_NOUNS or low in ORG_WORDS or low in HONORIFICS or _possessive(t) \
                or low in _JOINERS and i + 1 < len(run) and run[i + 1].low in ORG_WORDS:
            cut = i + 1
    name = run[cut:]
    if name and name[0].low in _JOINERS and name[0].text.islower():
        return []                                        # "Federation of Teachers": a body's name
    while name and name[0].low in NOT_NAMES:
        name = name[1:]
    return name


def classify(toks: list[Token], text: str) -> Mention | None:
    """A phrase of tokens as a speaker mention: pronoun, name (with the role before it) or description."""
    while toks and toks[-1].low in NOT_NAMES and toks[-1].low not in PRONOUNS and toks[-1].low not in DETERMINERS:
        toks = toks[:-1]                               # "Jane Doe Tuesday"
    while toks and toks[0].cap and toks[0].low in NOT_NAMES and toks[0].low not in PRONOUNS \
            and toks[0].low not in DETERMINERS:
        toks = toks[1:]                                # "But Jane Doe"
    if not toks:
        return None
    first, last = toks[0], toks[-1]
    span = text[first.start:last.end]
    if len(toks) == 1 and first.low in PRONOUNS:
        return Mention(PRONOUN, span, first.start, last.end, name=first.low)
    if any(t.low in PRONOUNS for t in toks):
        return None
    run: list[Token] = []
    for t in reversed(toks):
        if t.cap and not _possessive(t) or t.low in _JOINERS and run or re.fullmatch(r"(?:[A-Z]\.)+", t.text):
            run.insert(0, t)
        else:
            break
    while run and run[0].low in _JOINERS:
        run = run[1:]
    for k in range(len(run) - 2, 0, -1):                # "Phil Bryant of Mississippi": where he is from
        if run[k].text == "of" and not (run[k - 1].low in TITLES or run[k - 1].low in ROLE_NOUNS
                                        or run[k - 1].low in ORG_WORDS):
            run = run[:k]
            toks = toks[:toks.index(run[-1]) + 1]
            last = toks[-1]
            span = text[first.start:last.end]
            break
    if run and run[-1].cap:
        name = _name_part(run)
        if name and len(name) <= 5 and not all(t.low in NOT_NAMES for t in name):
            role = text[first.start:name[0].start].strip(" ,")
            if role.lower() in DETERMINERS:
                role = ""
            return Mention(NAME, span, name[0].start, name[-1].end, text[name[0].start:name[-1].end], role,
                           first.start)
        body = [t for t in run if t.low not in DETERMINERS]
        if body and any(t.low in ORG_WORDS or t.text.isupper() and len(t.text) > 1 for t in body) and len(body) <= 6:
            return Mention(NAME, span, body[0].start, body[-1].end, text[body[0].start:body[-1].end], "",
                           first.start)
        if not any(t.low in ROLE_NOUNS or t.low in TITLES for t in toks):
            return None
    if any(t.low in ROLE_NOUNS for t in toks) and (first.low in DETERMINERS or _possessive(first)
                                                   or last.low.endswith("s") or first.cap or len(toks) > 1):
        return Mention(DESCRIPTION, span, first.start, last.end, name=span)
    return None


def _word_ok(t: Token, rightward: bool) -> bool:
    """Whether a token can belong to a speaker phrase."""
    if not t.word or _lower_stop(t):
        return False
    low = t.low
    if t.cap or low in ROLE_NOUNS or low in TITLES or low in DETERMINERS or low in PRONOUNS or t.text[0].isdigit():
        return True
    if rightward:
        return t.text not in SPEECH and t.text not in FRAMING and not low.endswith("ly")
    return low.endswith(("al", "ic", "ive", "ary", "ior", "ing", "-based", "time")) or "-" in low \
        or low in _MODIFIERS


def _joins(toks: list[Token], k: int) -> bool:
    """A lowercase particle inside a name or title: "Secretary of State", "secretary of state", "von der Leyen"."""
    if toks[k].low not in _JOINERS or not 0 < k < len(toks) - 1 or not toks[k].text.islower():
        return False
    left, right = toks[k - 1], toks[k + 1]
    return (left.cap or left.low in ROLE_NOUNS or left.low in TITLES) and \
        (right.cap or right.low in _MODIFIERS or right.low in ROLE_NOUNS or right.low in _JOINERS)


def phrase_right(toks: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase starting at token ``i`` ("said Jane Doe, ..." / "said a spokesman for the yard")."""
    j = i
    while j < len(toks) and j - i < 12 and (_word_ok(toks[j], not any(t.cap for t in toks[i:j])) or _joins(toks, j)):
        j += 1
        if toks[j - 1].low in PRONOUNS:
            break
    if j == i:
        return None
    mention = classify(toks[i:j], text)
    if mention is None:
        return None
    if mention.kind == DESCRIPTION:
        # "said Rubio's deputy campaign manager, Rich Beeson, who ..." : the name in apposition speaks
        if j + 1 < len(toks) and toks[j].text == ",":
            k = j + 1
            while k < len(toks) and (toks[k].cap or _joins(toks, k)) and k - j < 6:
                k += 1
            if k > j + 1 and (k == len(toks) or toks[k].text in ",.;:(" or toks[k].text in _QUOTE_CLOSERS):
                name = classify(toks[j + 1:k], text)
                if name is not None and name.kind == NAME:
                    name.role = mention.text
                    return name
        k = j                                            # "a spokesman for the yard", "an official who ..."
        if k < len(toks) and toks[k].text in ("for", "of", "at", "with", "from", "in", "to", "on") \
                and k + 1 < len(toks):
            k += 1
            while k < len(toks) and k - j < 8 and toks[k].word and not _lower_stop(toks[k]) \
                    and not _verbish(toks[k]):
                k += 1
        if k < len(toks) and toks[k].text in ("who", "that") and k > 0:
            k += 1
            while k < len(toks) and k - j < 14 and toks[k].text not in ",.;:!?" and toks[k].text not in \
                    _QUOTE_CLOSERS + "\u201c":
                k += 1
        if k > j:
            last = toks[k - 1]
            mention.text = mention.name = text[mention.start:last.end]
            mention.end = last.end
    return mention


def phrase_left(toks: list[Token], j: int, text: str) -> tuple[Mention | None, int]:
    """The speaker phrase ending at token ``j`` (inclusive), and the index of its first token."""
    i = j
    while i >= 0 and j - i < 10 and (_word_ok(toks[i], False) or _joins(toks, i)):
        low = toks[i].low
        if low in DETERMINERS:
            i -= 1
            break
        if low in PRONOUNS:
            if i < j:
                i += 1
            else:
                i -= 1
            break
        if toks[i].cap and low in NOT_NAMES:
            break                                          # "But Jane Doe said"
        i -= 1
    i += 1
    if i > j:
        return None, j + 1
    return classify(toks[i:j + 1], text), i


def clause_start(toks: list[Token], i: int) -> bool:
    """Whether a phrase starting at token ``i`` begins a clause (so it can be a subject)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in _CLAUSE_BREAKS or prev.low in OPENERS or prev.text.lower() in _CLAUSE_WORDS \
        or prev.text == "\u2022" * len(prev.text)


def _skip_between(toks: list[Token], j: int) -> int:
    """Step left over adverbs, auxiliaries and times between a subject and its verb ("Doe on Friday said")."""
    while j >= 0 and toks[j].word and toks[j].low not in PRONOUNS:
        low = toks[j].low
        if low in BETWEEN and (toks[j].text.islower() or low in NOT_NAMES) \
                or (low.endswith("ly") and toks[j].text.islower() and len(low) > 4):
            j -= 1
        elif toks[j].text in ("on", "in", "at", "early", "late", "last") and j + 1 < len(toks) \
                and toks[j + 1].low in BETWEEN:
            j -= 1
        else:
            break
    return j


def _skip_back(toks: list[Token], j: int) -> int:
    """Step left over a parenthesis ("Sanders (I-Vt.) said") and an infinitive's lead ("was prompted to say")."""
    if j >= 0 and toks[j].text == ")":
        k = j
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k >= 0 and toks[k].text == "(":
            j = _skip_between(toks, k - 1)
    if j >= 1 and toks[j].text == "to":
        k = j - 1
        while k >= 0 and j - k <= 4 and toks[k].text.islower() and toks[k].word and toks[k].text not in STOPS:
            k -= 1
        if k < j - 1:
            j = _skip_between(toks, k)
    return j


def subject_of(toks: list[Token], v: int, text: str) -> Mention | None:
    """The subject of the verb at token ``v``: "Jane Doe said", "Doe, an economist at the bank, said"."""
    j = _skip_back(toks, _skip_between(toks, v - 1))
    if j < 0:
        return None
    if toks[j].text != ",":
        head, start = phrase_left(toks, j, text)
        return head if head and clause_start(toks, start) else None
    # An appositive ("Doe, 69, told" / "Doe, who chairs the board, said" / "The chair, Jane Doe, said"):
    # the leftmost phrase that opens a clause and is followed by commas up to the verb is the subject.
    found = None
    close = j
    k = j - 1
    while k >= 0 and j - k < 45:
        if toks[k].text in ".;!?" or toks[k].text in "\u201c\u00ab":
            break
        if toks[k].text == ",":
            inner = toks[k + 1:close]
            if not (inner and all(t.low in BETWEEN or t.low in OPENERS for t in inner)):
                head, start = phrase_left(toks, k - 1, text)
                if head and clause_start(toks, start) and head.kind != PRONOUN or \
                        head and head.kind == PRONOUN and start == 0:
                    appos = classify(inner, text) if inner else None
                    if head.kind == DESCRIPTION and appos and appos.kind == NAME:
                        appos.role = appos.role or head.text
                        found = appos
                    else:
                        if head.kind == NAME and not head.role and inner and inner[0].word:
                            head.role = text[inner[0].start:inner[-1].end]
                        found = head
            close = k
        k -= 1
    if found is None:
        head, start = phrase_left(toks, close - 1, text) if close > 0 else (None, 0)
        if head and head.kind in (NAME, PRONOUN) and clause_start(toks, start):
            found = head
    return found


def appositive(text: str, at: int) -> str:
    """A role written right after a name: ", an economist at the bank," (empty if none)."""
    m = re.match(r",\s+((?:the|a|an|[a-z][\w\u2019'\-]*|[A-Z][\w\u2019'\-]*(?:\u2019s|'s)?)\b(?!\s+(?:said|says|"
                 r"told|added))[^,.;:\u201c\u201d\"()\u2022]{2,90})(?=[,.;)]|$)", text[at:at + 140])
    if not m:
        return ""
    role = m.group(1).strip()
    first = role.split()[0].lower()
    if first in ("who", "which", "that", "when", "where", "referring", "adding", "noting", "saying", "in", "on",
                 "at", "during", "after", "before", "while", "as", "and", "but") or first in SPEECH:
        return ""
    words = role.lower().split()
    if not (words[0] in DETERMINERS or any(w.strip("\u2019's") in ROLE_NOUNS or w in TITLES for w in words)):
        return ""
    return role


def according(toks: list[Token], v: int, text: str) -> Mention | None:
    if toks[v].low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
        return phrase_right(toks, v + 2, text)
    return None


def after(toks: list[Token], text: str) -> Mention | None:
    """The speaker named right after a quotation: ", said Doe" / ", Doe said" / ", according to Doe"."""
    i = 1 if toks and toks[0].text in ",\u2014\u2013-" else 0
    if i >= len(toks):
        return None
    if finite(toks[i]) or toks[i].text == "says":
        k = i + 1
        while k < len(toks) and toks[k].low in BETWEEN and toks[k].text.islower():
            k += 1
        return phrase_right(toks, k, text)
    if toks[i].low == "according":
        return according(toks, i, text)
    for v in range(i + 1, min(len(toks), i + 40)):
        if toks[v].text in ".;!?" or toks[v].text in "\u201c\u00ab":
            break
        if finite(toks[v]) or is_past(toks[v]) or _put_it(toks, v):
            who = subject_of(toks, v, text)
            if who is not None and toks[i].start <= who.begin and \
                    all(t.word and t.text.islower() for t in toks[i:v] if t.end <= who.begin):
                return who                                # “…,” an angry Doe retorted.
            if finite(toks[v]):
                break
    head = phrase_right(toks, i, text)                   # “…,” Doe, a spokesman for the mayor told reporters.
    if head is not None and head.kind in (NAME, PRONOUN):
        k = next((n for n, t in enumerate(toks) if t.start >= head.end), len(toks))
        if k < len(toks) and toks[k].text in ",(":
            for v in range(k + 1, min(len(toks), k + 25)):
                if toks[v].text in ".;!?" or toks[v].text in "\u201c\u00ab":
                    break
                if finite(toks[v]):
                    return head
    return None


def _put_it(toks: list[Token], v: int) -> bool:
    """ "as Doe put it" / "Doe puts it": a speech verb only with "it"."""
    return toks[v].text in ("put", "puts") and v + 1 < len(toks) and toks[v + 1].text == "it"


def _passive_agent(toks: list[Token], v: int, text: str) -> Mention | None:
    """ "was asked by Jane Doe whether …": the one asking."""
    if v + 1 < len(toks) and toks[v + 1].text == "by" and v and toks[v - 1].text in ("was", "were", "been", "is"):
        return phrase_right(toks, v + 2, text)
    return None


def colon_speaker(toks: list[Token], text: str) -> Mention | None:
    """A transcript or digest line, "Jane Doe: “…”" / "- Pew Research: “…”": a phrase, a colon, the quote."""
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    k = len(toks) - 2
    i = k
    while i >= 0 and toks[i].word and k - i < 8:
        i -= 1
    if i >= 0 and toks[i].text not in "-\u2014\u2013|" and toks[i].text not in _QUOTE_CLOSERS:
        return None
    if any(_verbish(t) for t in toks[i + 1:k + 1]):
        return None
    who = classify(toks[i + 1:k + 1], text)
    return who if who is not None and who.kind in (NAME, DESCRIPTION) else None


def before(toks: list[Token], text: str) -> Mention | None:
    """The speaker named before a quotation in its sentence: "Doe said:", "But, said Doe,", "Doe warned that"."""
    n = len(toks)
    if n == 0:
        return None
    k = n - 1
    while k >= 0 and toks[k].text in ",:\u2014\u2013-":
        k -= 1
    for v in range(max(0, k - 12), k + 1):               # "But, said Doe, “…" / "…, says Doe: “…"
        if finite(toks[v]) and v + 1 <= k and (v == 0 or toks[v - 1].text in ",\u2014"):
            who = phrase_right(toks, v + 1, text)
            if who and who.end >= toks[k].start:
                return who
    for v in range(n - 1, -1, -1):                       # the speech verb nearest the quotation, with a subject
        if finite(toks[v]) or _put_it(toks, v):
            who = _passive_agent(toks, v, text) or subject_of(toks, v, text)
            if who is not None:
                return who
        elif verb(toks[v]) and toks[v].text.endswith("ing") and v and toks[v - 1].word:
            who = subject_of(toks, v, text)               # "with Doe saying"
            if who is not None and who.kind == NAME and toks[v - 1].end == who.end:
                return who
    for v in range(n - 1, -1, -1):                       # "according to the ministry, “…"
        who = according(toks, v, text)
        if who is not None:
            return who
    return colon_speaker(toks, text)


def _intro_end(toks: list[Token], i: int) -> int:
    """Past an introductory phrase ("On Tuesday, ", "In a statement, ", "Asked about it, "), or ``i``."""
    t = toks[i]
    if t.low in _INTRO or t.cap and t.low.endswith(("ing", "ed")) and t.low not in NOT_NAMES:
        k = i
        while k < len(toks) and toks[k].text != "," and toks[k].text not in _QUOTE_CLOSERS and k - i <= 25:
            k += 1
        if k < len(toks) and toks[k].text == ",":
            return k + 1
    return i


def sentence_subject(toks: list[Token], text: str) -> Mention | None:
    """The main clause's subject when it is someone and a verb follows: "Doe called the plan “…”"."""
    n = len(toks)
    starts = []
    i = 0
    while i < n and toks[i].low in OPENERS and toks[i].low not in NOT_NAMES - OPENERS:
        i += 1
    if i < n:
        starts.append(_intro_end(toks, i))
    starts += [k + 1 for k in range(i, min(n, i + 40)) if toks[k].text == "," and k + 1 < n][:3]
    for c in starts:
        if c >= n or not toks[c].word:
            continue
        m = phrase_right(toks, c, text)
        if m is None or m.kind == DESCRIPTION and m.end > toks[-1].end:
            continue
        k = c
        while k < n and toks[k].end <= m.end:
            k += 1
        if k < n and toks[k].text == ",":               # "Doe, 69, a farmer, said"
            depth = k + 1
            while depth < n and toks[depth].text != "," and depth - k < 25:
                depth += 1
            k = depth + 1 if depth < n else k
        k = k if k >= n else _skip_forward(toks, k)
        if k < n and _verbish(toks[k]):
            return m
    return None


def _skip_forward(toks: list[Token], k: int) -> int:
    while k < len(toks) and toks[k].text.islower() and (toks[k].text in BETWEEN or toks[k].text.endswith("ly")):
        k += 1
    return k
