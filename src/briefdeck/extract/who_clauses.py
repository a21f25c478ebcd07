"""A quotation said inside a who-clause: "He recalled a customer at the shop who put the bottles back and told
staff: “…”" is the customer's words, not his. The clause must be restrictive (no comma before "who"), its
antecedent someone indefinite ("a customer", "one farmer") that a verb before it is about ("recalled", "met"), and
the verb of saying nearest the quotation the clause's own."""
from __future__ import annotations

from briefdeck.extract.lexicon import IRREGULAR_PAST
from briefdeck.extract.phrases import DESCRIPTION, Mention
from briefdeck.extract.speech_tokens import Token, finite, speaks, verb

_INDEFINITE = frozenset("a an one another".split())
_CLAUSE_REACH = 25         # tokens from "who" to the verb of saying
_HEAD_REACH = 12           # tokens from the determiner to "who"
_OTHER_SUBJECT = frozenset("he she they i we it who which that".split())
_NOT_VERBS = frozenset("was has is does as its his hers ours theirs yes this thus plus less unless".split())


def _verb_before(t: Token) -> bool:
    """ "recalled", "remembers", "met": a verb whose object the indefinite someone is."""
    return finite(t) or verb(t) or t.low in IRREGULAR_PAST or t.text.islower() and t.low.endswith(("ed", "s")) \
        and t.low not in _NOT_VERBS


def relative_speaker(toks: list[Token], text: str) -> Mention | None:
    """The indefinite someone a who-clause ending on the quotation's verb of saying is about, or ``None``."""
    n = len(toks)
    v = next((k for k in range(n - 1, max(-1, n - 6), -1) if speaks(toks[k]) and finite(toks[k])), None)
    if v is None:
        return None
    for w in range(v - 1, max(-1, v - _CLAUSE_REACH), -1):
        t = toks[w]
        if t.text in ".;!?\u201c\u201d\"" or t.low in _OTHER_SUBJECT and t.low != "who":
            return None                                   # another clause, another subject
        if t.low == "who":
            if w == 0 or toks[w - 1].text == ",":
                return None                               # ", who said": the name before it speaks (speakers)
            for d in range(w - 1, max(-1, w - _HEAD_REACH), -1):
                if toks[d].low in _INDEFINITE:
                    if not (d and _verb_before(toks[d - 1])) or d + 1 >= w:
                        return None                       # the sentence's subject or an appositive ("Jo Doe, a
                                                          # historian who …, said"): not someone he tells about
                    said = text[toks[d].start:toks[w - 1].end]     # ("who": someone, whatever the noun)
                    return Mention(DESCRIPTION, said, toks[d].start, toks[w - 1].end, said, "", toks[d].start)
                if finite(toks[d]) or toks[d].text in ",;:.":
                    return None
            return None
    return None
