"""Words of a sentence as tokens, and what a token can be in a speaker's clause: a verb of saying, a verb in the
past, a stop word (:mod:`briefdeck.extract.phrases` builds the speaker phrases from them)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.lexicon import (ABBREVIATIONS, BASE_VERBS, DETERMINERS, FRAMING, IRREGULAR_PAST, NOT_NAMES,
                                       PLACE_ABBREVIATIONS, ROLE_NOUNS, SPEECH, SPEECH_NOUNS, STOPS)
from briefdeck.extract.marks import titles_as_nouns

_TOKEN = re.compile(r"\u2022+|--|\d{1,3}(?:,\d{3})+(?!\d)|(?:[A-Z]\.){2,}(?:[\u2019']s\b)?|@\w+"   # ("B.C.'s": one word)
                    r"|[A-Z][\w\u2019'\-]*(?:[\u2013\u2014][A-Z][\w\u2019'\-]*)+"   # (a riding joined by dashes: "Windsor—Tecumseh")
                    r"|[^\W_][\w\u2019'\-\.&]*(?:/\w+)*|\S")
_ABBREVIATED = ABBREVIATIONS | PLACE_ABBREVIATIONS | {"d", "r", "i", "u"}   # "D.", "R-Ore.", "U.S."
_AUX = frozenset("is was were are be been being am has have had will would could should can may might must do "
                 "does did not n't also".split())


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def cap(self) -> bool:                   # (an elided particle on a capital: "d'Entremont-Doe", "l’Heureux")
        return self.text[:1].isupper() or self.text[:1] in "dl" and self.text[1:2] in "'\u2019" and self.text[2:3].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and marks of ``text[start:end]``; a final period stays on abbreviations ("Mr.", "U.S.") only."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        s, e = m.start(), m.end()
        if len(word) > 1 and word.endswith(".") and word[:-1].lower().replace(".", "") not in _ABBREVIATED \
                and not re.fullmatch(r"(?:[A-Z]\.)+|(?:[a-z]\.){2,}|[A-Z][\w.]*-(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.){2,})", word):
            # (U.S., a.m., R-Ky., Canada-U.S.)
            out.append(Token(word[:-1], s, e - 1))
            out.append(Token(".", e - 1, e))
            continue
        out.append(Token(word, s, e))
    if len(out) > 2 and out[0].text == "[" and out[1].text.isdigit() and out[2].text == "]":
        out = out[3:]                        # a ruling's numbered paragraph: "[9] Ms. Doe testified that “…”"
    if text.find("(", start, len(text) if end is None else end) >= 0:
        aside = {k for k in range(1, len(out) - 3) if out[k].text == "(" and out[k + 2].text == ")" and out[k - 1].cap
                 and out[k + 1].cap and out[k + 1].text.isalpha() and len(out[k + 1].text) > 2 and out[k + 3].text == ","}
        if aside:                            # "the president of the Chamber of Suppliers (Canaprova), Jo Doe, said": the
            out = [t for k, t in enumerate(out) if not {k, k - 1, k - 2} & aside]     # body's initials are an aside
    return titles_as_nouns(out)



def _possessive(tok: Token) -> bool:
    return tok.text.endswith(("\u2019s", "'s", "s\u2019", "s'"))


def verb(tok: Token) -> str:
    """The token as a speech verb ("said", "tells", "saying"), or "" (verbs are written in lowercase)."""
    return tok.text if tok.text in SPEECH else ""


def speaks(tok: Token) -> bool:
    """A speech verb as a clause's verb or a participle ("said", "saying"), not a noun ("questions")."""
    return finite(tok) or tok.text.endswith("ing") and tok.text in SPEECH


def finite(tok: Token) -> bool:
    """A speech verb that can be a clause's own verb: "said", "tells", not "saying" or the noun "tweet"."""
    w = tok.text
    return w in SPEECH and not w.endswith("ing") and w not in SPEECH_NOUNS and (w[-1] in "sd" or w in BASE_VERBS or w in IRREGULAR_PAST)


# A verb of saying with its particle, right after a quotation: "“…,” shot back Jo Doe." (in the other order,
# "Jo Doe shot back.", the verb closing its clause already names who spoke)
_PHRASAL = {verb: particle for particle, verbs in (
    ("back", "shot shoots fired fires wrote writes hit hits"), ("in", "chimed chimes cut cuts broke breaks"),
    ("up", "piped pipes summed sums spoke speaks"), ("out", "pointed points")) for verb in verbs.split()}


def phrasal(toks: list[Token], i: int) -> int:
    """Where the speaker starts after "shot back" or "summed up" at ``i``; 0 when no such verb is there."""
    return i + 2 if i + 1 < len(toks) and _PHRASAL.get(toks[i].text) == toks[i + 1].text else 0


_REFLEXIVES = frozenset("himself herself themselves itself".split())
_SAYING = frozenset("saying stating noting answering replying remarking adding".split())


def only_saying(toks: list[Token], v: int) -> bool:
    """ "he limited himself to saying", "she contented herself with noting": a speech verb after a reflexive."""
    return v + 3 < len(toks) and toks[v + 1].low in _REFLEXIVES and toks[v + 2].low in ("to", "with", "by") \
        and toks[v + 3].low in _SAYING


_ANSWERING = frozenset("answered answers responded responds replied replies".split())
_ANSWERED = frozenset("every all each the a an their its his her our questions calls emails queries inquiries requests "
                      "letters".split())     # what was answered: an object, not the words quoted after it


_OPENING = frozenset("began begins begin started starts continued continues".split())    # "“…,” she began."
_MODALS = frozenset("would will could can should may might must".split())


def meant_otherwise(toks: list[Token], v: int, lo: int = 0) -> bool:
    """Whether the speech verb at token ``v`` is meant otherwise: it only leads to another verb ("Canada continues
    to hold “…”", not "said to reporters"), or it is a plural noun inside a that-clause under someone's own speech
    verb ("Doe wrote … that the EI figures “understate …”": Doe's words, not the figures')."""
    if v + 2 < len(toks) and toks[v + 1].text == "to" and toks[v + 2].text in SPEECH:
        return True
    w = toks[v].low
    if w in _OPENING and v + 1 < len(toks) and toks[v + 1].low in _MODALS:
        return True                               # "students who were hit before they began would receive “…”"
    if w in _ANSWERING and v + 1 < len(toks) and toks[v + 1].low in _ANSWERED:   # "… told analysts that the firm
        that = next((k for k in range(v - 1, lo - 1, -1) if toks[k].low == "that"), None)   # had answered every
        return that is not None and any(finite(t) for t in toks[lo:that])       # question and had “…”": hers
    if not (w.endswith("s") and w[:-1] in SPEECH_NOUNS):
        return False
    that = next((k for k in range(v - 1, lo - 1, -1) if toks[k].low == "that"), None)
    return that is not None and v - that <= 5 and any(finite(t) for t in toks[lo:that])


def is_past(tok: Token) -> bool:
    """A lowercase word that reads as a verb in the past ("barked", "shot"): any verb can follow a speaker."""
    w = tok.text
    return tok.word and w.islower() and (finite(tok) or w in IRREGULAR_PAST or w.endswith("ed") and len(w) > 3 and w not in STOPS)


def _verbish(tok: Token) -> bool:
    low = re.sub(r"n[\u2019']t$", "", tok.text)
    return low.islower() and (low in _AUX or low in FRAMING or is_past(tok) or
                              low.endswith("s") and low[:-1] in FRAMING or low.endswith("es") and low[:-2] in FRAMING)


def _lower_stop(t: Token) -> bool:
    return t.text.islower() and (t.text in STOPS or t.text in _AUX)


def loose_verb(t: Token) -> bool:
    """After a name, a lowercase word that is not a noun of a compound ("Doe supports", not "Doe campaign")."""
    low = t.text
    return t.word and low.islower() and low not in STOPS and low not in DETERMINERS and low not in ROLE_NOUNS \
        and low not in NOT_NAMES and not low.endswith(("\u2019s", "'s"))
