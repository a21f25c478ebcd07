"""What may stand between a speaker's name and the verb after it ("Jane Doe, 69, of Ottawa, Ont., said",
"Sen. Roe (D-Md.) told", "Doe, the union's president, added", "Doe of the union quickly noted"): where the verb is."""
from __future__ import annotations

import re

from briefdeck.extract.lexicon import BETWEEN, NOT_NAMES, PRONOUNS, ROLE_NOUNS, STOPS
from briefdeck.extract.speech_tokens import Token, _lower_stop, _verbish, finite, is_past

AUX_FINITE = frozenset("is was were are has had have will would could should can may might must does did".split())
DASHES = (",", "\u2014", "\u2013", "--", "\u2015")


_APPOSITION_OPENERS = frozenset("a an the of from in at who whose which".split())
_RELATIVE_WORDS = frozenset("who which whose that".split())


def skip_tail(toks: list[Token], k: int) -> int:
    """Past what follows a speaker's name before the verb: ", 69,", " (D-Md.)", " of the union", "—an aide—"."""
    n = len(toks)
    for _ in range(4):
        if k >= n:
            break
        t = toks[k].text
        if t == "(":
            end = next((m for m in range(k, min(n, k + 15)) if toks[m].text == ")"), None)
            if end is None:
                break
            k = end + 1
        elif t == "," and k + 1 < n and (finite(toks[k + 1]) or is_past(toks[k + 1])):
            k += 1                                       # "The director, Jane Doe, reached out"
        elif t == "," and k + 3 < n and toks[k + 1].text.isdigit() and toks[k + 2].text == "," and toks[k + 3].word \
                and toks[k + 3].low not in _APPOSITION_OPENERS:
            k += 3                                       # "Jo Doe, 34, runs the crew": an age (", 19, a student, said": on)
        elif t in DASHES:
            # the appositive ends at the same mark before a verb ("Doe, 69, of Ottawa, Ont., said"),
            # or runs up to a speech verb when its closing comma was left out
            end = None
            relative, verb = False, None                 # "…, a naval analyst who has advised …, said": its verb
            for m in range(k + 1, min(n, k + 35)):
                if toks[m].text in ".;!?\u201c\u00ab":
                    break
                if toks[m].low in _RELATIVE_WORDS and toks[m].text.islower():
                    relative = True
                    continue
                nxt = skip_forward(toks, m + 1)
                if toks[m].text == t and nxt < n and (finite(toks[nxt]) or is_past(toks[nxt])
                                                      or toks[nxt].text in AUX_FINITE or toks[nxt].text == "been"):
                    end = m + 1
                    break
                if finite(toks[m]) and t == "," and not toks[m - 1].cap:
                    if relative:                         # its own verb: the closing comma may still come
                        relative, verb = False, m
                        continue
                    end = m                              # the closing comma was left out
                    break
            end = end if end is not None else verb       # no closing comma came: as before, at that verb
            if end is None:
                break
            k = end
        elif t in ("of", "from", "at", "with", "for", "on", "in"):
            m = k + 1
            while m < n and m - k < 9 and toks[m].word and not _lower_stop(toks[m]) and not _verbish(toks[m]):
                m += 1
            if m == k + 1:
                break
            k = m
        else:
            break
    return skip_forward(toks, k)


_PARTY = re.compile(r"[RDI]-[A-Z][\w.]*")              # "(R-OH)", "(D-Mass.)": a US lawmaker's party and state


def skip_forward(toks: list[Token], k: int) -> int:
    while k < len(toks) and toks[k].text.islower() and (toks[k].text in BETWEEN or toks[k].text.endswith("ly")):
        k += 1
    return k


def skip_between(toks: list[Token], j: int) -> int:
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


def skip_back(toks: list[Token], j: int) -> int:
    """Step left over a parenthesis ("Sen. Doe (D-Ore.) said", "Gov. Doe (R-OH), said") and an infinitive's lead
    ("was prompted to say")."""
    if j >= 3 and toks[j].text == "," and toks[j - 1].text == ")" and _PARTY.fullmatch(toks[j - 2].text) \
            and toks[j - 3].text == "(":
        j -= 1                                          # a comma after a party and state is no apposition
    if j >= 0 and toks[j].text == ")":
        k = j
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k >= 0 and toks[k].text == "(":
            j = skip_between(toks, k - 1)
    if j >= 1 and toks[j].text == "to":
        k = j - 1
        while k >= 0 and j - k <= 4 and toks[k].text.islower() and toks[k].word and toks[k].text not in STOPS:
            k -= 1
        if k < j - 1:
            j = skip_between(toks, k)
    return j


def ends_clause(toks: list[Token], k: int) -> bool:
    """Whether a verb before token ``k`` has nothing after it but an adverb or a day: “…,” Doe barked. / said Monday."""
    k = skip_forward(toks, k)
    if k < len(toks) and toks[k].text in ("me", "us", "reporters") and k and toks[k - 1].low in ("told", "tells"):
        k += 1                                       # “…,” an auctioneer told me.
    while k < len(toks) and toks[k].text in ("back", "out", "up", "on", "aloud", "again", "today", "yesterday", "Monday",
                                             "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        k += 1
    return k >= len(toks) or toks[k].text in ".,;:!?(" or toks[k].text in "\u201c\u00ab" \
        or toks[k].text in ("in", "on", "at", "to", "during", "after", "before", "while", "when", "of", "about",
                            "from", "with", "as", "via", "through", "over", "outside", "inside", "that")


# where and when someone spoke, not what they are: "the minister at the exit of the cabinet meeting", "the mayor at
# the end of the session", "the premier on the sidelines of the summit"
_OCCASIONS = frozenset("exit end close start opening outset conclusion door doors podium microphone sidelines "
                       "margins wrap".split())


def occasion(toks: list[Token], k: int) -> bool:
    """Whether "at the exit …", "on the sidelines …" at ``k`` says where a speaker spoke, not what they are."""
    return k + 2 < len(toks) and toks[k].text in ("at", "on") and toks[k + 1].low == "the" \
        and toks[k + 2].low in _OCCASIONS


def role_head_in(toks: list[Token], j: int, k: int) -> bool:
    """Whether a role noun heads a phrase in ``toks[j:k]`` ("for the mayor of Selkirk"), not one that qualifies the
    noun after it ("of the official opposition")."""
    return any(toks[m].low in ROLE_NOUNS and not (m + 1 < k and toks[m + 1].word and toks[m + 1].text.islower()
                                                  and toks[m + 1].low not in STOPS) for m in range(j, k))


# "said Agriculture, Aquaculture and Fisheries Minister Jo Doe": a portfolio of several words set out before the title,
# whose first word the phrase reader stops at
_PORTFOLIO_LIST = re.compile(r",[ \t]+(?:[A-Z][\w\-]*,[ \t]+){0,4}[A-Z][\w\-]*[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w\-]*[ \t]+){1,2}?"
                             r"(?:Minister|Critic|Secretary|Commissioner|Director)[ \t]+"
                             r"((?:[A-Z][\w\u2019'\-]+[ \t]+){1,2}[A-Z][\w\u2019'\-]+)")


def portfolio_holder(text: str, end: int) -> re.Match | None:
    """The name after a portfolio listed before its title ("…, Aquaculture and Fisheries Minister Jo Doe"), the list
    starting at ``end``, where a speaker phrase read as "Agriculture" ends; or None."""
    return _PORTFOLIO_LIST.match(text, end)


def the_one(toks: list[Token], k: int) -> bool:
    """Whether the words at ``k`` are a translation's "the one who" or "the latter" after its verb ("…,” said the
    one who has farmed here for 19 years"): a he or a she, the person named last."""
    return k + 1 < len(toks) and toks[k].low == "the" and (toks[k + 1].low == "latter" or toks[k + 1].low == "one"
                                                          and k + 2 < len(toks) and toks[k + 2].low in ("who", "whose"))
