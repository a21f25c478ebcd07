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


def _is_verbish(tok: Token) -> bool:
    low = tok.low
    return low in _AUX or low in SPEECH or low in FRAMING


def _name_part(run: list[Token]) -> list[Token]:
    """The name at the end of a capitalised run: titles, parties and bodies written before it left out."""
    cut = 0
    for i, t in enumerate(run):
        low = t.low
        if low in TITLES or low in ROLE_NOUNS or low in ORG_WORDS or low in HONORIFICS or _possessive(t) \
                or low in _JOINERS and i + 1 < len(run) and run[i + 1].low in ORG_WORDS:
            cut = i + 1
    name = run[cut:]
    while name and (name[0].low in _JOINERS or name[0].low in NOT_NAMES):
        name = name[1:]
    return name


def classify(toks: list[Token], text: str) -> Mention | None:
    """A phrase of tokens as a speaker mention: pronoun, name (with the role before it) or description."""
    while toks and toks[-1].low in NOT_NAMES and toks[-1].low not in PRONOUNS and toks[-1].low not in DETERMINERS:
        toks = toks[:-1]                               # "Jane Doe Tuesday"
    if not toks:
        return None
    first, last = toks[0], toks[-1]
    span = text[first.start:last.end]
    if len(toks) == 1 and first.low in PRONOUNS:
        return Mention(PRONOUN, span, first.start, last.end, name=first.low)
    run: list[Token] = []
    for t in reversed(toks):
        if t.cap and not _possessive(t) or t.low in _JOINERS and run or re.fullmatch(r"(?:[A-Z]\.)+", t.text):
            run.insert(0, t)
        else:
            break
    while run and run[0].low in _JOINERS:
        run = run[1:]
    if run and run[-1].cap:
        name = _name_part(run)
        if name and len(name) <= 5 and not all(t.low in NOT_NAMES for t in name):
            role = text[first.start:name[0].start].strip(" ,")
            if role.lower() in DETERMINERS:
                role = ""
            return Mention(NAME, span, name[0].start, name[-1].end, text[name[0].start:name[-1].end], role)
        body = [t for t in run if t.low not in DETERMINERS]
        if body and any(t.low in ORG_WORDS or t.text.isupper() and len(t.text) > 1 for t in body) and len(body) <= 6:
            return Mention(NAME, span, body[0].start, body[-1].end, text[body[0].start:body[-1].end], "")
        if not any(t.low in ROLE_NOUNS or t.low in TITLES for t in toks):
            return None
    if any(t.low in ROLE_NOUNS for t in toks) and (first.low in DETERMINERS or _possessive(first)
                                                   or last.low.endswith("s") or first.cap or len(toks) > 1):
        return Mention(DESCRIPTION, span, first.start, last.end, name=span)
    return None


def _word_ok(t: Token, rightward: bool) -> bool:
    """Whether a token can belong to a speaker phrase."""
    if not t.word:
        return False
    low = t.low
    if low in STOPS or low in _AUX:
        return False
    if t.cap or low in ROLE_NOUNS or low in TITLES or low in DETERMINERS or low in PRONOUNS or t.text[0].isdigit():
        return True
    if rightward:
        return low not in SPEECH and low not in FRAMING and not low.endswith("ly")
    return low.endswith(("al", "ic", "ive", "ary", "ior", "ing", "-based", "time")) or "-" in low \
        or low in ("former", "top", "chief", "senior", "junior", "longtime", "veteran", "campaign", "local",
                   "state", "federal", "national", "press", "policy", "communications", "press", "foreign",
                   "deputy", "interim", "acting", "retired", "then", "ex", "incoming", "outgoing", "lead")


def phrase_right(toks: list[Token], i: int, text: str) -> Mention | None:
    """The speaker phrase starting at token ``i`` ("said Jane Doe, ..." / "said a spokesman for the yard")."""
    j = i
    while j < len(toks) and j - i < 12 and (_word_ok(toks[j], True) or toks[j].low in _JOINERS and j > i
                                            and j + 1 < len(toks) and toks[j + 1].cap and toks[j - 1].cap):
        if toks[j].low in PRONOUNS and j > i:
            break
        j += 1
        if toks[j - 1].low in PRONOUNS:
            break
    if j == i:
        return None
    mention = classify(toks[i:j], text)
    if mention is None:
        return None
    if mention.kind == DESCRIPTION:                      # "a spokesman for the yard", "an official who ..."
        k = j
        if k < len(toks) and toks[k].low in ("for", "of", "at", "with", "from", "in", "to", "on") and k + 1 < len(toks):
            k += 1
            while k < len(toks) and k - j < 8 and toks[k].word and toks[k].low not in STOPS and \
                    not _is_verbish(toks[k]):
                k += 1
        if k < len(toks) and toks[k].low in ("who", "that") and k > 0:
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
    while i >= 0 and j - i < 10 and (_word_ok(toks[i], False) or toks[i].low in _JOINERS and i < j
                                     and i > 0 and toks[i - 1].cap and toks[i + 1].cap):
        if toks[i].low in DETERMINERS or (toks[i].low in PRONOUNS and i < j):
            if toks[i].low in PRONOUNS:
                i += 1
                break
            i -= 1
            break
        if toks[i].cap and toks[i].low in NOT_NAMES and toks[i].low not in PRONOUNS:
            break                                          # "But Jane Doe said"
        i -= 1
        if i + 1 <= j and toks[i + 1].low in PRONOUNS:
            break
    i += 1
    if i > j:
        return None, j + 1
    return classify(toks[i:j + 1], text), i


def clause_start(toks: list[Token], i: int) -> bool:
    """Whether a phrase starting at token ``i`` begins a clause (so it can be a subject)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in _CLAUSE_BREAKS or prev.low in OPENERS or prev.low in ("and", "but", "that", "as", "so",
                                                                              "while", "when", "because")


def subject_of(toks: list[Token], v: int, text: str) -> Mention | None:
    """The subject of the verb at token ``v``: "Jane Doe said", "Doe, an economist at the bank, said"."""
    j = v - 1
    while j >= 0 and toks[j].word and toks[j].low in BETWEEN and not toks[j].low in PRONOUNS:
        j -= 1
    if j < 0:
        return None
    if toks[j].text == ",":                             # an appositive: "Doe, 69, told" / "Doe, who ..., said"
        close = j
        k = j - 1
        while k >= 0 and close - k < 40:
            if toks[k].text == ",":
                inner = toks[k + 1:close]
                if inner and all(t.low in BETWEEN or t.low in OPENERS for t in inner):
                    close = k
                    k -= 1
                    continue
                head, start = phrase_left(toks, k - 1, text)
                if head and clause_start(toks, start):
                    appos = classify(inner, text) if inner else None
                    if head.kind == DESCRIPTION and appos and appos.kind == NAME:
                        appos.role = appos.role or head.text
                        return appos
                    if head.kind == NAME and not head.role and inner and inner[0].word:
                        head.role = text[inner[0].start:inner[-1].end]
                    return head
            if toks[k].text in ".;:!?" or toks[k].text in _QUOTE_CLOSERS and k < close - 1:
                break
            k -= 1
        head, start = phrase_left(toks, close - 1, text)
        if head and head.kind == NAME and clause_start(toks, start):
            return head
        return None
    head, start = phrase_left(toks, j, text)
    if head and clause_start(toks, start):
        return head
    return None


def appositive(text: str, at: int) -> str:
    """A role written right after a name: ", an economist at the bank," (empty if none)."""
    m = re.match(r",\s+((?:the|a|an|[a-z][\w\u2019'\-]*|[A-Z][\w\u2019'\-]*(?:\u2019s|'s)?)\b(?!\s+(?:said|says|"
                 r"told|added))[^,.;:\u201c\u201d\"()]{2,90})(?=[,.;)]|$)", text[at:at + 140])
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


def after(toks: list[Token], text: str) -> Mention | None:
    """The speaker named right after a quotation: ", said Doe" / ", Doe said" / ", according to Doe"."""
    i = 1 if toks and toks[0].text in ",\u2014\u2013-" else 0
    if i >= len(toks):
        return None
    if toks[i].low in SPEECH and toks[i].low not in ("saying", "adding", "noting") or toks[i].low == "says":
        k = i + 1
        while k < len(toks) and toks[k].low in BETWEEN and not toks[k].cap:
            k += 1
        return phrase_right(toks, k, text)
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return phrase_right(toks, i + 2, text)
    for v in range(i + 1, min(len(toks), i + 40)):
        if toks[v].text in ".;!?" or toks[v].text in "\u201c\u00ab":
            break
        if toks[v].low in SPEECH:
            who = subject_of(toks, v, text)
            if who is not None and who.start <= toks[i].end + 1 and who.start >= toks[i].start:
                return who
    return None


def before(toks: list[Token], text: str) -> Mention | None:
    """The speaker named before a quotation in its sentence: "Doe said:", "But, said Doe,", "Doe warned that"."""
    n = len(toks)
    if n == 0:
        return None
    k = n - 1
    while k >= 0 and toks[k].text in ",:\u2014\u2013-":
        k -= 1
    # "But, said Doe, “…" / "…, says Doe: “…"
    for v in range(max(0, k - 12), k + 1):
        if toks[v].low in SPEECH and v + 1 <= k and (v == 0 or toks[v - 1].text in ",\u2014"):
            who = phrase_right(toks, v + 1, text)
            if who and who.end >= toks[k].start:
                return who
    for v in range(n - 1, -1, -1):                       # the speech verb nearest the quotation
        low = toks[v].low
        if low in SPEECH and low not in ("saying", "adding", "noting", "telling", "writing", "arguing"):
            who = subject_of(toks, v, text)
            if who is not None:
                return who
    for v in range(n - 1, -1, -1):                       # "according to the ministry, “…"
        if toks[v].low == "according" and v + 1 < n and toks[v + 1].low == "to":
            return phrase_right(toks, v + 2, text)
    return None


def sentence_subject(toks: list[Token], text: str) -> Mention | None:
    """The sentence's subject when it is someone and a verb follows: "Doe called the plan “…”"."""
    i = 0
    n = len(toks)
    # leading openers and introductory phrases ending in a comma ("On Tuesday, ", "In a statement, ")
    while i < n:
        if toks[i].low in OPENERS:
            i += 1
            continue
        if toks[i].low in ("in", "on", "at", "during", "after", "before", "while", "when", "if", "as", "asked",
                           "speaking", "responding", "despite", "following", "like", "unlike", "for", "with",
                           "without", "since", "although", "though", "because", "even", "earlier", "later",
                           "addressing", "writing", "according", "pressed", "back", "over", "from", "by",
                           "through", "within", "under", "last", "this", "that", "once", "to", "instead"):
            k = i
            while k < n and toks[k].text != "," and toks[k].text not in _QUOTE_CLOSERS:
                k += 1
            if k >= n or toks[k].text != "," or k - i > 25:
                return None
            i = k + 1
            continue
        break
    if i >= n:
        return None
    for v in range(i + 1, min(n, i + 45)):
        low = toks[v].low
        if toks[v].text in ".;!?\u201c\u00ab":
            return None
        if low in SPEECH or low in FRAMING or low in _AUX or (low.endswith("ed") and not toks[v].cap):
            who = subject_of(toks, v, text)
            if who is not None and who.start >= toks[i].start:
                return who
            if toks[v - 1].low in ("who", "that"):      # "a senior official who asked not to be named said"
                continue
            desc = phrase_right(toks, i, text)
            if desc is not None and desc.kind == DESCRIPTION and desc.end <= toks[v].start:
                return desc
            return None
    return None
