"""What a sentence is, as far as ranking it as a claim goes: one number per trait, 0..1.

Each trait has a reason in how news is written and read:

- ``opens_paragraph``: a news paragraph states its point first, and elaborates after.
- ``figure``, ``figures``, ``digit``, ``money``, ``concrete``: the key numbers and the named actors of a story;
  a sentence that carries more of the story's figures than the others, or a sum of money, is usually one a
  briefing keeps. How a poll or study was done (sample, margin of error) is a footnote: its numbers are not
  the story's figures.
- ``length``: a sentence that states a fact with its context is longer than a line of colour.
- ``pronoun``: a sentence that opens on "He", "That" or "These" continues an earlier one and does not stand
  alone on a slide.
- ``quoted`` / ``quote_paragraph``: someone's words; the quote is its own snippet.
- ``dated``: news names when it happened ("on Tuesday", "this week", "last month").
- ``to_reader``: "you" outside quotation marks is a columnist talking to the reader, not a finding.
- ``finding``: "found", "shows", "estimated", "will close": a result or a decision, what a briefing reports.
- ``scene``: "On a cold morning in March, …", "Here is …", "Now, …": a feature's scene-setting, not its news.
- ``anecdote``: "Jo Doe has driven a truck for 22 years.", "At 6.40am on Tuesday, Jo Doe was standing …": a
  feature that opens on one private person (a first name and a surname, no title, not saying anything) or on
  the hour of the day tells a story before it states its point.
- ``words``: what the sentence's words say of its kind, as a sum of one weight a word (claim_words.tsv). What
  happens next ("scheduled", "expected", "must"), a finding or an estimate, a sum of money count for it; a scene,
  a life or someone's view ("her", "morning", "where", "still", "you") against. Only words written in lower case
  count (no names), and only ones found in ten of the hand-marked sets or more (no one story's topic); the
  weights were fitted with the other traits' weights on the key sentences of 1,150 hand-marked articles (see
  README).
"""
from __future__ import annotations

import re
from importlib.resources import files
from itertools import repeat

from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import SPEECH

_DIGIT = re.compile(r"\d")
_NAME = re.compile(r"\b(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'\-]*[\w])")
_FIRST_WORD = re.compile(r"[\W_]*([A-Z][\w’'\-]*[\w])")
_NUMBER_WORDS = re.compile(r"\b(?:hundreds|thousands|millions|billions|dozens|half|third|quarter|"
                           r"three-quarters|two-thirds|one in \w+|per ?cent|percent)\b", re.I)
_QUOTE_MARK = re.compile(r"[“”\"]|''")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|''.*?''")
_PRONOUN_START = re.compile(r"(?:He|She|They|It|This|That|These|Those|His|Her|Their)\b")
_METHOD = re.compile(r"\b(?:margin of (?:sampling )?error|plus or minus|\+/-|sampling error|"
                     r"(?:poll|survey|study) (?:of|was conducted|were conducted|surveyed)|"
                     r"(?:conducted|carried out) (?:the poll|the survey|online|by telephone|(?:from|between) \w+)|"
                     r"respondents were)\b", re.I)
# "… was conducted online Oct. 1-8 and has a margin of error of plus or minus 1.1 points": how, not what
_HOW_DONE = re.compile(r"\b(?:margin of (?:sampling )?error|plus or minus|sampling error|(?:was|were) conducted|"
                       r"conducted (?:online|by telephone|between|from)|respondents were)\b|\+/-|\u00b1", re.I)
_DATED = re.compile(r"\b(?:on |last |this |late |early |)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday)\b|\b(?:today|yesterday|tonight|this (?:week|month|morning)|last (?:week|month|night))\b")
_METHOD_WORDS = ("margin", "plus or minus", "+/-", "sampling", "poll", "survey", "study", "conducted",
                 "carried out", "respondents")          # a cheap test before _METHOD
_DATED_WORDS = ("day", "week", "month", "night")        # ... and before _DATED
_OPENERS = frozenset("the a an and but or so yet in on at by for of to from with as if when while this that these "
                     "those it its he she they we i you there here what why how after before since".split())


def says_how_done(sentence: str) -> bool:
    """ "The poll of 1,500 adults was conducted online …, with a margin of error of …": how a poll or a study
    was done, which is a footnote, not a point to make on a slide."""
    own = _QUOTED.sub("", sentence)
    return any(w in own.lower() for w in _METHOD_WORDS) and bool(_METHOD.search(own)) and bool(_HOW_DONE.search(own))


def opens_on_pronoun(sentence: str) -> bool:
    """ "They want …", "This means …": the sentence leans on the one before and does not stand alone."""
    return bool(_PRONOUN_START.match(sentence))


def proper_names(text: str) -> set[str]:
    """Words written capitalised inside sentences somewhere in ``text``: names, not sentence openers."""
    return {m.group() for m in _NAME.finditer(text)
            if m.start() > 1 and text[m.start() - 1] in " (“\"‘-—–/" and text[m.start() - 2] not in ".!?:\n"
            and m.group().casefold() not in _OPENERS}


def names(sentence: str, proper: set[str] | None = None) -> int:
    """How many named things a sentence mentions; its first word counts when it is a name elsewhere too."""
    found = [m for m in _NAME.finditer(sentence) if m.start() > 0]
    first = _FIRST_WORD.match(sentence)
    count = sum(1 for m in found if not (first and m.start() == first.start(1)))
    if first and (proper is not None and first.group(1) in proper or "." in first.group(1)):
        count += 1
    return count


_MONEY = re.compile(r"[$£€¥₹]|\b(?:million|billion|trillion|crores?|lakhs?)\b")
MAX_FIGURES = 5             # "figures": how many of the story's figures a sentence carries, up to this many
LENGTH_UNIT = 40            # "length": words, in units of this many (capped at two)
# "The audit found that …", "Records show …", "It will close the plant": a result or a decision, not colour
_FINDING = re.compile(r"\b(?:found|finds|find that|shows?|showed|shown|estimates?|estimated|confirmed|confirms|"
                      r"announced|announces|approved|approves|plans? to|planned to|concluded|revealed|projected|"
                      r"forecast|(?:will|would) (?:close|cut|raise|add|open|build|cost|require|take effect))\b")
# "On a gray Tuesday morning, …", "In the spring of 2023, …", "Each election cycle, …", "Here is …", "Now, …",
# "It was a …": how a feature opens a scene, before the story's point
_SCENE = re.compile(r"(?:(?:On|In|At|By|Early|Late|One)\s(?:a\s|an\s|the\s)?(?:[\w’'-]+\s){0,3}"
                    r"(?:morning|afternoon|evening|night|day|dawn|dusk|weekend)\b"
                    r"|In\sthe\s(?:spring|summer|fall|autumn|winter|early|late)(?:\s\w+)?\sof\s\d{4}"
                    r"|(?:Each|Every)\s\w+\s(?:cycle|year|season|spring|summer|fall|winter)\b"
                    r"|Here(?:’s|'s|\sis|\sare)\b|Now,|It\swas\s(?:a|an|the)\b)")


def opens_on_scene(sentence: str) -> bool:
    """ "On a recent morning it had …", "Here is …": a feature setting a scene, not a point to make."""
    return bool(_SCENE.match(sentence))


# "Here is a number worth keeping in your head: …": a columnist talking to the reader, outside quotation marks
_TO_READER = re.compile(r"\b(?:you|your|yours|you[’']re|you[’']ll|you[’']ve|you[’']d)\b")
# "The company said …", "according to the union": someone's account, which an analyst cites less than a fact
_REPORTED = re.compile(r"\b(?:said|says|told|according to|added|argued|warned|noted)\b")
# "The union welcomed the deal", "critics slammed it": a reaction to the news, not the news
_REACTION = re.compile(r"\b(?:welcomed|criticized|criticised|praised|condemned|slammed|called (?:it|the)|urged)\b")
_NUMBER = re.compile(r"\d[\d,.]*")
MAX_NUMBERS = 4             # "numbers": how many numbers a sentence states, up to this many


# "Jo Doe has …", "Before sunrise most mornings, Jo Doe drives …": a first name, a surname and a lower-case verb
_PERSON_OPENS = re.compile(r"(?:[^,“”\"]{3,70}, )?([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) (?:[A-Z]\. )?[A-Z][\w’'-]+ ([a-z]+)\b")
_AFFILIATION = frozenset("of at from for with and in on who whose".split())   # "Jo Doe of the union": who she is
# "At 7:40 on a Tuesday morning, …", "Just after 4 a.m., …", "It was nearly 1 a.m. when …"
_CLOCK_OPENS = re.compile(r"(?:At|By|Just|Shortly|Around|Before|Until|It was)\b[^,.]{0,30}?(?:\b\d{1,2}(?:[:.]\d\d)?"
                          r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d\d\b|\b(?:sunrise|dawn|daybreak|midnight|o[’']clock)\b)")


# "in March", "by early spring", "until 2027": a time ahead, when a word in the sentence looks ahead
_AHEAD = (r"(?:in|by|until) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|"
          r"October|November|December|spring|summer|fall|autumn|winter)|(?:by|until) 20\d\d")
# "Talks resume on Friday", "is expected to close by June", "still needs the council's approval": what happens next
_NEXT_STEP = re.compile(r"\b(?:scheduled|(?:is|are) (?:due|set|expected) to|expects? to|expected to|plans? to|"
                        r"intends? to|will (?:return|resume|vote|decide|rule|meet|hear|begin|start|appeal|face|need|go|"
                        r"have to|be (?:asked|required|allowed))|still (?:needs?|requires?|has to|must)|"
                        rf"next (?:week|month|year|step|round|meeting|session)|deadline|by the end of|{_AHEAD})\b")


_DATED_AHEAD = re.compile(_AHEAD)
_FUTURE = re.compile(r"\b(?:will|would|shall|(?:is|are) (?:due|set|expected|scheduled|to)|expects?|plans?|intends?|"
                     r"from|starting|begins?|opens?|takes? effect|next|remains?|stays?)\b")


def next_step(sentence: str, own: str | None = None) -> bool:
    """Does the sentence, in its own words (outside quotation marks: ``own``, when the caller has them), say
    what happens next? A month alone does not ("In April, the United States imposed …"): only with a word that
    looks ahead."""
    own = _QUOTED.sub("", sentence) if own is None else own
    m = _NEXT_STEP.search(own)
    return bool(m) and (not _DATED_AHEAD.fullmatch(m.group()) or bool(_FUTURE.search(own)))


# "Gail Doe, 71, who lives near the lake, said …", "Jo Doe, who moved here in 2019, …": a private person's own story
_PRIVATE_PERSON = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)? [A-Z][\w’'-]+, (?:\d{1,3}, )?(?:who (?:lives|lived|has lived|"
                             r"moved|grew up|retired)\b)|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)? [A-Z][\w’'-]+, \d{1,3},")


def anecdote(sentence: str) -> bool:
    """Does the sentence open on one private person doing something, or on the hour of the day?"""
    if _CLOCK_OPENS.match(sentence) or _PRIVATE_PERSON.match(sentence):
        return True
    m = _PERSON_OPENS.match(sentence)
    return bool(m) and m.group(2) not in SPEECH and m.group(2) not in _AFFILIATION \
        and bool(first_name_gender(m.group(1)))


_WORD = re.compile(r"\b[a-z][a-z'\-]+\b")        # a word written in lower case: not a name, not a number


def _word_table() -> dict[str, float]:
    """Each word's weight as a sign of a key sentence: claim_words.tsv (see its header)."""
    with (files("briefdeck.extract") / "claim_words.tsv").open(encoding="utf-8") as lines:
        return {word: float(weight) for word, weight in
                (line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))}


_WORD_WEIGHTS = _word_table()


def lower_words(sentence: str) -> set[str]:
    """The words a sentence writes in lower case, each once: the words claim_words.tsv weighs."""
    return set(_WORD.findall(sentence.replace("’", "'")))


def words_weight(sentence: str) -> float:
    """The sum of the weights of the sentence's words, each word counted once."""
    return sum(map(_WORD_WEIGHTS.get, lower_words(sentence), repeat(0.0)))


def concreteness(sentence: str, proper: set[str] | None = None) -> float:
    """Named things and numbers, 0..1."""
    number = bool(_DIGIT.search(sentence) or _NUMBER_WORDS.search(sentence))
    return min(1.0, 0.6 * number + 0.15 * names(sentence, proper))


def traits(sentence: str, proper: set[str], opens_paragraph: bool, quote_paragraph: bool,
           figure_count: int) -> dict[str, float]:
    """The traits of one sentence (see the module's docstring); the caller knows its paragraph and figures."""
    words = sentence.count(" ") + 1
    own = _QUOTED.sub("", sentence)
    low = own.casefold()
    method = any(w in low for w in _METHOD_WORDS) and bool(_METHOD.search(own))
    if method:                              # a sample size and a margin of error are not the story's numbers
        figure_count = 0
    return {
        "concrete": 0.15 * names(sentence, proper) if method else concreteness(sentence, proper),
        "opens_paragraph": float(opens_paragraph),
        "quoted": float(bool(_QUOTE_MARK.search(sentence))),
        "quote_paragraph": float(quote_paragraph),
        "pronoun": float(opens_on_pronoun(sentence)),
        "digit": float(bool(_DIGIT.search(sentence)) and not method),
        "figure": float(figure_count > 0),
        "figures": min(figure_count, MAX_FIGURES) / MAX_FIGURES,
        "money": float(bool(_MONEY.search(own))),
        "length": min(words, 2 * LENGTH_UNIT) / LENGTH_UNIT,
        "dated": float(any(w in low for w in _DATED_WORDS) and bool(_DATED.search(own))),
        "to_reader": float("you" in low and bool(_TO_READER.search(low))),
        "finding": float(bool(_FINDING.search(low))),
        "scene": float(bool(_SCENE.match(sentence))),
        "anecdote": float(anecdote(sentence)),
        "reported": float(bool(_REPORTED.search(low))),
        "reaction": float(bool(_REACTION.search(low))),
        "numbers": 0.0 if method else min(len(_NUMBER.findall(own)), MAX_NUMBERS) / MAX_NUMBERS,
        "next_step": float(next_step(sentence, own)),
        "words": words_weight(sentence),
    }
