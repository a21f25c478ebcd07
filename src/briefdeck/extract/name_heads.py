"""What may open a clause before a speaker's name, so that the name is still the clause's subject: a clause
break, a participle ("newly elected mayor Jo Doe", "legally qualified chair Jo Doe") or a few words of description
("retired postman Jo Doe, 71, said"), where an opening phrase such as "Asked about the plan," is not."""
from __future__ import annotations

from briefdeck.extract.lexicon import DETERMINERS, OPENERS, PREPOSITIONS, ROLE_NOUNS
from briefdeck.extract.phrases import _CLAUSE_BREAKS, _CLAUSE_WORDS, Mention
from briefdeck.extract.speech_tokens import Token, _verbish, is_past, speaks


def clause_start(toks: list[Token], i: int) -> bool:
    """Whether a phrase starting at token ``i`` begins a clause (so it can be a subject)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in _CLAUSE_BREAKS or prev.low in OPENERS or prev.text.lower() in _CLAUSE_WORDS \
        or prev.text == "\u2022" * len(prev.text)


def participle_before(toks: list[Token], start: int, head: Mention) -> int:
    """A participle, after an adverb or not, before a role opening a clause ("newly elected mayor Jo Doe",
    "legally qualified chair Jo Doe"): the role's own words, so the clause starts before them."""
    k = start - 1
    if k < 0 or not (is_past(toks[k]) and toks[k].low.endswith(("ed", "en"))):
        return start
    if k >= 1 and toks[k - 1].low.endswith("ly") and len(toks[k - 1].low) > 4 and toks[k - 1].word:
        k -= 1
    if not clause_start(toks, k):
        return start
    head.role = f"{' '.join(t.text for t in toks[k:start]).lower()} {head.role}"
    head.begin = toks[k].start
    return k


def described(toks: list[Token], start: int) -> bool:
    """ "Retired postman Derek Doe, 71, said": a name after a few lowercase words of description opening the clause."""
    k = start
    while k > 0 and start - k < 3 and toks[k - 1].text.isalpha() and (toks[k - 1].text.islower() or k == 1) \
            and toks[k - 1].low not in PREPOSITIONS and toks[k - 1].low not in DETERMINERS:
        k -= 1
    return k < start and clause_start(toks, k)


_NOT_DESCRIBED = frozenset("about as that whether if what how why when where his her their its our my your".split())


def describes_name(toks: list[Token], i: int) -> bool:
    """ "Retired postman Derek Doe, 71, said": a participle describing the name after it, not an opening phrase."""
    return i + 2 < len(toks) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 2].cap \
        and toks[i + 1].low not in PREPOSITIONS and toks[i + 1].low not in DETERMINERS \
        and toks[i + 1].low not in _NOT_DESCRIBED


def names_a_kind(toks: list[Token], k: int) -> bool:
    """ "Fraser Valley chicken grower on the talks:": the name before ``k`` says where someone is from, and a noun
    of who they are follows (a word or two, none a verb, then "grower"); not "Doe told reporters"."""
    j = k
    while j < len(toks) and j - k < 2 and toks[j].word and toks[j].text.islower() and toks[j].low not in ROLE_NOUNS \
            and not _verbish(toks[j]) and not speaks(toks[j]):
        j += 1
    return k < j < len(toks) and toks[j].text.islower() and toks[j].low in ROLE_NOUNS
