"""Unnamed sources: the words with which a clause says its speaker is not named ("a senior official who asked
not to be named", "a person familiar with the talks"), for :mod:`briefdeck.extract.phrases`."""
from __future__ import annotations

from typing import TYPE_CHECKING

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
