"""Unnamed sources: the words with which a clause says its speaker is not named ("a senior official who asked
not to be named", "a person familiar with the talks"), for :mod:`briefdeck.extract.phrases`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from briefdeck.extract.lexicon import SPEECH

if TYPE_CHECKING:
    from briefdeck.extract.speech_tokens import Token

CLOSE_TO = frozenset("close familiar briefed involved knowledgeable".split())


def anonymous(toks: list[Token], k: int) -> bool:
    """Whether the clause at ``k`` says its speaker is not named: "who asked not to be named"."""
    words = " ".join(t.low for t in toks[k:k + 10])
    return any(w in words for w in ("to be named", "to be identified", "anonymity", "not authori", "name not be",
                                    "name be withheld", "name withheld"))


# the last word of a clause saying a source is not named: "… not to be named", "… that her name not be used"
UNNAMED_END = frozenset("named identified used printed published withheld anonymity anonymously".split())


def close_to(toks: list[Token], k: int) -> bool:       # "close to", "familiar with": what an unnamed source knows
    return k + 1 < len(toks) and toks[k].text in CLOSE_TO and toks[k + 1].text in ("to", "with", "on", "in")


_ONE = frozenset(("one", "another"))
_THEM = frozenset("them those these".split())
_OWNERS = frozenset("the his her their its our".split())


def one_of(toks: list[Token], i: int) -> int:
    """Where "one of them", "another" or "one of the protesters" starting at ``i`` ends (0: none there): one
    of a group the text has described, who is a speaker as written, not the person named before."""
    if i >= len(toks) or toks[i].low not in _ONE or not toks[i].text.islower() and toks[i].text != toks[i].text.title():
        return 0
    if i + 1 < len(toks) and toks[i + 1].text == "of":
        if i + 2 < len(toks) and toks[i + 2].text in _THEM:
            return i + 3
        if i + 3 < len(toks) and toks[i + 2].text in _OWNERS and toks[i + 3].text.islower() and toks[i + 3].word \
                and not toks[i + 3].text.endswith("est"):      # (not "one of the biggest challenges")
            j = i + 4                                    # "one of the protesters", "one of her neighbours"
            while j < len(toks) and j < i + 6 and toks[j].text.islower() and toks[j].word and toks[j - 1].text[-1:] != "s" \
                    and toks[j].text not in SPEECH:
                j += 1
            return j
        return 0
    return i + 1 if toks[i].low == "another" else 0
