"""Labels for figures, written as a person would: a short noun phrase for a big number or a chart bar.

``label_for(snippet)`` turns the words around a figure into what the number
*is*: "25% tariff on vehicles imported from Canada" -> "Tariff on vehicles
imported from Canada"; "a tariff of 25% on Canadian-built vehicles" -> "Tariff
on Canadian-built vehicles"; "Canada shed 51,000 jobs in February" -> "Jobs lost
in February"; "three-quarters of Canada's exports go to the United States" ->
"Share of Canada's exports to the United States". When no such phrase can be
made ("threats to hike it to 35%"), the label is empty: better no label than a
sentence fragment. Pure; the editor calls it too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.core import Snippet
from briefdeck.core.anchor import CONTEXT
from briefdeck.core.numbers import hedge_length
from briefdeck.extract.claim_features import proper_names
from briefdeck.extract.lexicon import HONORIFICS, SUBORDINATORS

MAX_WORDS = 8
_TOKEN = re.compile(r"[\w’'$€£%.,\-]+|[^\w\s]")
_BREAK = re.compile(r"[;:()\u2014\u2013\n]|\s-\s|,\s|(?<!\b[A-Z])(?<!\.[A-Z])\.\s|\.$|\b(?:but|while|which|who|whereas|because|although|"
                    r"according|said|says|after|before|when|as|once|if|until|since|so|where|whose|rather|instead)\b"
                    # "an investment that the company says …": a relative clause, not "that plant"
                    r"|\bthat(?=\s+(?:the|a|an|it|its|they|their|he|she|we|will|would|could|can|is|are|was|were|has|"
                    r"have|had)\b)")
_AND = re.compile(r"\b(?:and|or)\b")
_FUNCTION = frozenset("a an the of to in on at by for from with and or than that as is are was were be been "
                      "its their his her our your this these those it who which while plus but".split())
_DETERMINERS = frozenset("a an the its their his her our your this that these those some about roughly nearly "
                         "almost around over under only just another more less than up to".split())
_PREPOSITIONS = frozenset("in on at across from for to with into within among between throughout over "
                          "under per".split())
_PARTICIPLE = re.compile(r"^(?:\w+ed|lost|cut|shed|built|made|sold|held|spent|paid|set|sent|taken|given|"
                         r"grown|drawn|known|seen|left|put|won|laid)$", re.I)
# (not "average insurable weekly earnings", "family", "supply": words in -ly that are no adverbs)
_ADVERB = re.compile(r"^(?:(?!(?:weekly|monthly|yearly|quarterly|daily|hourly|nightly|family|supply|assembly|july|italy|"
                     r"rally|reply|ally)$)\w+ly|still|already|now|also|even|just|all|alone|together|again|nationally|"
                     r"south|north|east|west|abroad|overseas|home)$", re.I)
_VERB_DONE = {"shed": "lost", "lost": "lost", "lose": "lost", "cut": "cut", "cuts": "cut", "eliminated": "cut",
              "slashed": "cut", "axed": "cut", "added": "added", "adds": "added", "gained": "added",
              "created": "created", "creates": "created", "hired": "hired", "employs": "employed",
              "employ": "employed", "employed": "employed", "supports": "supported", "support": "supported",
              "supported": "supported", "assembled": "assembled", "built": "built", "builds": "built",
              "produced": "produced", "produces": "produced", "made": "made", "makes": "made", "sold": "sold",
              "sells": "sold", "exported": "exported", "exports": "exported", "imported": "imported",
              "imports": "imported", "shipped": "shipped", "ships": "shipped", "received": "received",
              "raised": "raised", "laid": "laid off", "displaced": "displaced", "affected": "affected",
              "affects": "affected", "threatened": "at risk", "threatens": "at risk", "tied": "tied",
              "depend": "depending", "depends": "depending"}
_NUMBER_WORDS = re.compile(r"^(?:[\d.,$€£%\-]+|(?:[A-Z]{1,3})?\$[\d.,]+|hundreds|thousands|millions|billions|"
                           r"tens|dozens|of|half|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                           r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|bn|mn|[mbk]|"
                           r"per|cent|percent|percentage|points?|three-quarters|two-thirds|one-third|quarter|"
                           r"third|fifth|tenth|in)$", re.I)


def _words(text: str) -> list[str]:
    return text.split()


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the clause before and after ``text[start:end]``, cut at clause breaks."""
    lo = max(0, start - 240)
    left = text[lo:start]
    stop = max((m.end() for m in _BREAK.finditer(left)), default=0)
    left = left[stop:].lstrip("*_ ")                     # ("**Toronto:** Ontario's guideline …": not the bold's end)
    right = text[end:end + 240]
    cut = [m.start() for m in (_BREAK.search(right), _AND.search(right)) if m]
    right = right[:min(cut)] if cut else right
    return left.strip(), right.strip()


_TRAILING_ADVERBS = frozenset("indefinitely immediately permanently temporarily entirely fully directly indirectly "
                              "annually nationally globally respectively overall altogether outright worldwide "
                              "nationwide abroad overseas".split())   # "expansion of the plant indefinitely": how

_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())   # "… effect on Oct[. 14]"
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish)")   # "… booked by Canadian [residents]": cut off
_EXPECTS = frozenset("expects expect expected forecasts estimates predicts says said sees believes".split())   # a clause
_CUT_AT = frozenset(("through", "via"))       # "… of Canadian whisky through provincial [stores]": cut before "through"
_OF_AFTER = frozenset("out because ahead instead".split())     # "… supply out of the market": not "… supply out"


def _trim(words: list[str]) -> list[str]:
    """No function word, dangling participle or half-open phrase at the end; at most MAX_WORDS words."""
    whole = [w.lower() for w in words]
    if len(words) > MAX_WORDS:                      # cut before a phrase rather than inside one
        cuts = [i for i in range(2, MAX_WORDS + 1) if words[i].lower() in _PREPOSITIONS] \
            or [i for i in range(2, MAX_WORDS + 1) if words[i].lower() in _CUT_AT]
        words = words[:cuts[-1]] if cuts and cuts[-1] >= 2 else words[:MAX_WORDS]
    half = [w.lower() for w in words].index("between", 2) if "between" in (w.lower() for w in words[2:]) else 0
    words = words[:half] if half and "and" not in (w.lower() for w in words[half:]) else words   # no half range
    while words:
        last = words[-1].lower().strip(",.;:")
        if last.endswith(("'s", "\u2019s", "s'", "s\u2019")):    # "… of a passenger vehicle's": its noun was cut off
            at = [i for i, w in enumerate(words[:-1]) if w.lower() in _PREPOSITIONS or w.lower() == "of"]
            words = words[:at[-1]] if at and at[-1] >= 2 else words[:-1]
        elif last in _FUNCTION or last in _PREPOSITIONS or last in _TRAILING_ADVERBS or last in _DETERMINERS \
                or last in _MONTHS_SHORT or _DEMONYM.fullmatch(words[-1]) and words[-2].lower() in ("by", "to", "for") \
                or _PARTICIPLE.match(last) and len(words) > 2 and words[-2].lower() not in _FUNCTION \
                or last in _OF_AFTER and whole[len(words):len(words) + 1] == ["of"]:
            words = words[:-1]
            if last in _OF_AFTER and len(words) > 2 and words[-1].lower().endswith("ing"):
                words = words[:-1]                   # "… the methane coming out of": "… the methane"
        else:
            break
    return words


def _noun_phrase(words: list[str]) -> list[str]:
    """Leading words up to the first verb-like word (an adverb, or a word after which comes one)."""
    out: list[str] = []
    for w in words:
        low = w.lower()
        if _ADVERB.match(low) or low in ("is", "are", "was", "were", "will", "would", "has", "have", "had",
                                         "go", "goes", "went", "flow", "flows", "come", "comes", "came", "rose",
                                         "fell", "remain", "remains", "make", "makes", "account", "accounts"):
            break
        out.append(w)
    return out


def _skip_det(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) and words[i].lower() in _DETERMINERS:
        i += 1
    return words[i:]


_OTHER_NUMBER = re.compile(r"[$€£%]|\d(?!\d{0,3}\b)|^\d{1,3}(?:[,.]\d+)?\b|^(?!(?:19|20)\d\d\b)\d{4}")


def _finish(words: list[str]) -> str:
    for i, w in enumerate(words):               # a second number has no citation of its own: stop before it
        if _OTHER_NUMBER.search(w.strip(",.;:()")):
            words = words[:i]
            break
    for i, w in enumerate(words):               # a label names a thing, and says nothing of it: "Annual investment
        if w.lower() in _AUXILIARIES:           # would …" is "Annual investment"; "Customers were owed", nothing
            words = _reduced_relative(words, i)
            break
        if 2 <= i <= 4 and w.lower() in _LEVIES and i + 1 < len(words) and words[i + 1].lower() in ("to", "on") \
                and words[0].islower() and words[0] not in _FUNCTION and (words[1][:1].isupper() or words[1] == "the"):
            words = words[:1] + ["on"] + words[i + 2:]   # "tariff Washington applies to most imports": "tariff on
            break                                        # most imports"
    words = _trim(words)
    while words and words[0].lower() in _PREPOSITIONS:    # "in four payments of $32.50": "Four payments"
        words = words[1:]
    if not words or words[0].lower() in _SPEAKERS:        # "I don't have …": someone talking, not a thing
        return ""
    label = " ".join(words).strip(" ,.;:\u201c\u201d\"\u2018\u2019")         # not "… at the border.”"
    return label[:1].upper() + label[1:]


_LEVIES = frozenset("applies applied charges charged imposes imposed levies levied collects collected puts".split())


def _reduced_relative(words: list[str], aux: int) -> list[str]:
    """The words up to the auxiliary at ``aux``; but when the head noun has a clause of its own after it, with its
    own subject ("tariff the United States has charged on Canadian steel"), the head and the phrase after that
    clause's verb: "tariff on Canadian steel"."""
    clause = 2 < aux <= 6 and words[1].lower() in ("the", "a", "an", "its", "their") \
        and words[0].lower() not in _FUNCTION and words[aux].lower() in ("has", "have", "had")
    if not (clause and aux + 2 < len(words) and _PARTICIPLE.match(words[aux + 1])
            and words[aux + 2].lower() in _PREPOSITIONS):
        return words[:aux]
    return words[:1] + words[aux + 2:]


def _tidied(label: str) -> str:
    """The label chosen, as a slide shows it: up to a relative clause ("Tariff on imported steel that took effect":
    the tariff) or the end of a quotation ("Tax-free,” the spokesperson": its words end it), quoted words without
    their marks ("Rate lasting ‘well into next year": as words); ``""`` when a cut leaves one word."""
    words = label.split()
    for i, w in enumerate(words):
        if i >= 2 and w.lower() in ("that", "which", "who") and words[i - 1].lower() not in _PREPOSITIONS | {"of"}:
            words = words[:i]
            break
        if _CLOSES_QUOTE.search(w) and not any(_OPENS_QUOTE.match(v) for v in words[:i + 1]):
            words = words[:i + 1]
            break
    cut = len(words) < len(label.split())
    unmarked = _QUOTE_MARKS.sub("", " ".join(words).strip(" ,.;:\u201c\u201d\"\u2018\u2019")).split()
    words = _trim(unmarked) if cut or unmarked != words else words    # (not "… for")
    while cut and words and words[-1].lower() in ("during", "that", "which"):
        words = words[:-1]                          # ("Share of usual trade during that time")
    return "" if cut and len(words) < 2 or words[:1] and words[0].lower() in SUBORDINATORS else " ".join(words)   # ("Unless …")


_CLOSES_QUOTE = re.compile(r"[.,!?][\u201d\"\u2019]$")      # the end of someone's words, not of a name in marks
_OPENS_QUOTE = re.compile(r"[\u201c\u2018\"]")
# a double mark, or a single one that opens a quotation or closes one after a word (not an apostrophe: "Canada’s")
_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"]|(?:^|(?<=\s))\u2018|\u2019(?=\s|$)(?<!s\u2019)")


def _own_noun(exact: str) -> list[str]:
    """The noun a count carries in its own words: '1.3 million light vehicles' -> ['light', 'vehicles']."""
    words = _words(exact)
    i = 0
    while i < len(words) and _NUMBER_WORDS.match(words[i]):
        i += 1
    return words[i:]


_RIGHT_VERB = {"depend": "depending", "depends": "depending", "rely": "relying", "relies": "relying",
               "work": "working", "works": "working", "live": "living", "lives": "living", "come": "coming",
               "comes": "coming", "go": "going", "goes": "going"}
_LINKING = {"is": "", "are": "", "was": "", "were": "", "stood": "", "stands": "", "totalled": "", "totaled": "",
            "stayed": "", "stays": "", "remained": "", "remains": "", "held": "", "settled": "", "sat": "",
            "totals": "", "reached": "", "hit": "", "amounts": "", "amounted": "", "came": "", "rose": "Rise in",
            "increased": "Rise in", "grew": "Growth in", "climbed": "Rise in", "jumped": "Jump in",
            "fell": "Drop in", "dropped": "Drop in", "declined": "Drop in", "decreased": "Drop in",
            "slipped": "Drop in", "sank": "Drop in"}
# the same verbs after "will", "could", "has": "Fares will rise by about a third" -> "Rise in fares"
_LINKING.update({"be": "", "stay": "", "remain": "", "reach": "", "total": "", "rise": "Rise in", "risen": "Rise in",
                 "rises": "Rise in", "increase": "Rise in", "increases": "Rise in", "grow": "Growth in",
                 "grown": "Growth in", "grows": "Growth in", "climb": "Rise in", "climbs": "Rise in",
                 "jump": "Jump in", "jumps": "Jump in", "fall": "Drop in", "falls": "Drop in", "fallen": "Drop in",
                 "drop": "Drop in", "drops": "Drop in", "decline": "Drop in", "declines": "Drop in",
                 "decrease": "Drop in", "decreases": "Drop in"})
_DURATION_UNITS = re.compile(r"^(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies))$", re.I)
_LIST_LEAD = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*(?P<lead>[^:\n]{2,48}?)[ \t]*:[ \t]*"
                        r"(?:[\w’'-]+[ \t]+){0,4}$")


def list_lead(text: str, start: int) -> str:
    """The words before the colon of a list line holding the figure: '- China: about 4%' -> 'China'."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LIST_LEAD.match(text, line_start, start)
    if not m or len(m.group("lead").split()) > 6:
        return ""
    lead = m.group("lead").strip(" *_#")
    return lead[:1].upper() + lead[1:]


_HEDGES = frozenset("about roughly nearly almost around some just only approximately".split())
_SPEAKERS = frozenset("i i'm i’m we we're we’re you you're you’re he she they it".split())
_POSSESSIVE = re.compile(r"[’']s?$")
_AUXILIARIES = frozenset("will would could may might should can is are was were has have had been be".split())


def _subject(left: list[str], proper: frozenset[str] = frozenset()) -> str:
    """'Direct employment in plants is roughly' -> 'Direct employment in plants'; 'Prices rose by' ->
    'Rise in prices'; 'Unemployment rose to' -> 'Unemployment' (a level, not a change). ``proper``: the words
    the text writes with a capital inside its sentences ('Australian retail sales fell' -> 'Drop in Australian
    retail sales')."""
    words = [w for w in left]
    level = False
    while words and words[-1].lower() in _DETERMINERS | _HEDGES | {"by", "to", "at", "of"}:
        level = level or words[-1].lower() in ("to", "at")
        words = words[:-1]                           # "rise by about", "fell to nearly"
    if len(words) < 2:
        return ""
    verb = words[-1].lower()
    if verb not in _LINKING:
        return ""
    subject = _skip_det(words[:-1])
    while subject and subject[-1].lower() in _AUXILIARIES:
        subject = subject[:-1]                       # "Fares will rise by": fares
    if not subject or len(subject) > MAX_WORDS or subject[0].lower() in ("it", "this", "that", "they", "he",
                                                                          "she", "and", "or", "but") \
            or subject[0].lower() in _PREPOSITIONS or subject[0].lower().rstrip(".") in HONORIFICS \
            or any(w.lower() in _EXPECTS for w in subject) \
            or any(w.lower() in _AUXILIARIES or k and w.lower() in ("a", "an", "that")
                   and subject[k - 1].lower() not in _FUNCTION for k, w in enumerate(subject)):
        return ""              # a clause, not a thing: "staff are projecting an overall [rise]", "the landlord won an
                               # above-guideline [increase]", "the centre estimates that output [fell]", "Mr Doe [grew]"
    if _LINKING[verb] and not level:
        first = subject[0]
        named = first.isupper() and first.lower() not in _FUNCTION or _POSSESSIVE.sub("", first) in proper \
            or "-" in first and first.split("-")[0] in proper \
            or len(subject) > 1 and subject[1][:1].isupper()          # "Wichita County's population", "Canadian-resident"
        return _finish(_LINKING[verb].split() + [first if named else first.lower()] + subject[1:])
    return _finish(subject)


def _count_label(exact: str, left: list[str], right: list[str], unit: str,
                 proper: frozenset[str] = frozenset()) -> str:
    noun = _own_noun(exact) or ([unit.split()[-1]] if unit else [])
    if not noun or _DURATION_UNITS.match(noun[-1]):
        return ""
    if len(right) > 1 and right[0].lower() == "of" and right[1].lower() in ("them", "us", "those", "these"):
        rest = right[2:]                                 # "210 of them will be laid off" -> "Workers laid off"
        while rest and rest[0].lower() in _AUXILIARIES:
            rest = rest[1:]
        return _finish(noun + rest) if rest and _PARTICIPLE.match(rest[0]) else ""
    before = [w for w in left if w.lower() not in _DETERMINERS]
    verb = _VERB_DONE.get(before[-1].lower()) if before else None
    tail = right if right and right[0].lower() in _PREPOSITIONS else []
    if verb:
        return _finish(noun + verb.split() + tail)       # "Canada shed 51,000 jobs in May" -> "Jobs lost in May"
    if right and (_PARTICIPLE.match(right[0]) or right[0].lower() in _PREPOSITIONS):
        return _finish(noun + right)                     # "jobs lost nationally", "people in assembly plants"
    if right and right[0].lower() in _RIGHT_VERB:
        return _finish(noun + [_RIGHT_VERB[right[0].lower()]] + right[1:])   # "jobs depending on the sector"
    if len(right) > 1 and right[0].lower() in ("are", "were", "is", "was") and _PARTICIPLE.match(right[1]):
        return _finish(noun + right[1:])                 # "jobs are tied to the sector" -> "Jobs tied to ..."
    return _subject(left, proper) or _finish(noun)


def _share_label(right: list[str]) -> str:
    """'three-quarters of its exports still go to the US' -> 'Share of exports to the US'."""
    phrase = _noun_phrase(right[1:])
    phrase = [w for w in phrase if w.lower() not in ("its", "their")]    # (not "her wine list": one person's)
    if not phrase or _YEAR.match(phrase[0]):
        return ""                                    # "half of 2026": a time, not a share of something
    rest = right[1 + len(_noun_phrase(right[1:])):]
    while rest and (_ADVERB.match(rest[0]) and rest[0].lower() not in ("south", "north", "east", "west")
                    or rest[0].lower() in ("go", "goes", "went", "came", "flow", "flows", "are", "is", "were", "was",
                                           "head", "heads", "sold", "shipped", "sent")):
        rest = rest[1:]
    tail = rest if rest and (rest[0].lower() in _PREPOSITIONS or rest[0].lower() in
                             ("south", "north", "east", "west", "abroad", "overseas")) else []
    return _finish(["Share", "of"] + phrase + tail)


_YEAR = re.compile(r"(?:19|20)\d\d\b")
_NOT_HEAD = frozenset("next last this each every year years month months week weeks day days earlier later "
                      "higher lower more less above below ago before after since higher than "
                      "go goes went come comes came enter enters cross crosses straight directly".split())   # "worth $800 go across …"
_PRONOUNS = frozenset("it them this that these those him her us".split())

_OWN = frozenset("its their his her our your my".split())
_CONDITION = frozenset("unless if until provided whenever because".split())


def _clause_cut(words: list[str]) -> list[str]:
    """The rate's thing without the clause after it: "tariff its customers pay" -> "tariff" (a relative clause
    with no "that"), "tariff on imported vehicles for a slump …" -> "tariff on imported vehicles" (what it is
    blamed for, after what it is on), "surtax unless the importer claims remission" -> "surtax" (a condition)."""
    for k in range(1, len(words)):
        w = words[k].lower()
        if w in _OWN and _LEVY.fullmatch(words[k - 1].capitalize()):
            return words[:k]
        if w in _CONDITION:
            return words[:k]                              # "surtax unless the importer claims remission": surtax
        if w == "for" and words[k + 1:k + 2] and words[k + 1].lower() in ("a", "an", "the") \
                and any(x.lower() in ("on", "in", "from", "into") for x in words[1:k]):
            return words[:k]
    return words


def _rate_label(left: list[str], right: list[str]) -> str:
    """'25% tariff on cars' -> 'Tariff on cars'; 'a tariff of 25% on cars' -> 'Tariff on cars'."""
    if right and right[0].lower() not in _FUNCTION and right[0].lower() not in _PREPOSITIONS | _CUT_AT \
            and right[0].lower() not in _NOT_HEAD and not _ADVERB.match(right[0]) \
            and not _PARTICIPLE.match(right[0]) and right[0][:1].isalpha():
        phrase = _clause_cut(right)
        return _finish(phrase) if len(_trim(phrase)) >= 2 or phrase[0][:1].isupper() else ""
    if len(left) >= 2 and left[-1].lower() in ("of", "at", "to", "by"):
        if left[-2].lower() in _LINKING or left[-2].lower() in _PRONOUNS:
            return ""                                # "rose to 11%" is the subject's; "hike it to 35%": nothing
        head, before = [], left[:-1]
        came = [k for k, w in enumerate(before) if w.lower() in ("came", "comes") and k >= len(before) - 2]
        before = before[:came[-1]] if came else before      # "the offer came in at $31,500": the offer
        for w in reversed(before):
            if w.lower() in _DETERMINERS or w.lower() in _VERB_DONE or w.lower() in ("raise", "hike", "lift",
                                                                                     "cut", "set", "keep"):
                break
            head.insert(0, w)
        head = _skip_det(head)
        paired = len(head) >= 4 and head[-3].lower() in ("and", "or") and not _NUMBER_WORDS.match(head[-4]) \
            and head[-4].lower() not in _NOT_HEAD                   # "anti-dumping and countervailing duties"
        head = head[-4:] if paired else head[-3:]                   # (not "per cent and public safety")
        head = head[1:] if head and head[0].lower() in ("and", "or") else head
        tail = right if right and right[0].lower() in _PREPOSITIONS else []
        words = head + tail
        return _finish(words) if len(_trim(words)) >= 2 else ""
    return ""


def label_for(snippet: Snippet, text: str | None = None) -> str:
    """A short noun phrase saying what a figure measures, or "" when none can be made.

    ``text`` is the source's clean text (the words around the figure); without it the anchor's
    prefix and suffix are used.
    """
    if snippet.kind != "figure" or snippet.quantity in ("date", "duration"):
        return ""
    anchor = snippet.anchor
    skip = hedge_length(anchor.exact)                    # "about 9,000 jobs": the hedge reads as the clause's
    if text is not None and text[anchor.start:anchor.end] == anchor.exact:
        left, right = _clause(text, anchor.start + skip, anchor.end)
    else:
        prefix, suffix = anchor.prefix, anchor.suffix
        if len(prefix) >= CONTEXT and " " in prefix:       # the context was cut mid-word: drop the stub
            prefix = prefix[prefix.index(" "):]
        if len(suffix) >= CONTEXT and re.search(r"\s", suffix):
            suffix = suffix[:max(m.start() for m in re.finditer(r"\s", suffix))]
        joined = prefix + anchor.exact + suffix
        left, right = _clause(joined, len(prefix) + skip, len(prefix) + len(anchor.exact))
    left_w, right_w = _words(left), _words(right)
    label = _label(snippet, anchor.exact[skip:], left_w, right_w,
                   _proper_names(text if text is not None else anchor.prefix + anchor.exact + anchor.suffix))
    if not label and text is not None:
        label = list_lead(text, anchor.start)
    elif text is not None and snippet.unit == "percent" and _LEVY.match(label):
        label = _whose(label, text[max(0, anchor.start - 240):anchor.start])
    return _tidied(label)


_LEVY = re.compile(r"(?:Tariffs?|Duty|Duties|Surtax(?:es)?|Levy|Levies|Counter-tariffs?|Surcharges?)\b")
# "before Beijing imposed a [25% tariff …]", "the United States, which on April 1 began charging a [15 per cent duty …]"
_LEVIED_BY = re.compile(r"(?P<who>(?:[A-Z][\w.\-]*[ \t]+){0,2}[A-Z][\w.\-]*)(?:,[ \t]+which)?[ \t]+(?:(?:on|in|since|from|"
                        r"last|this)[ \t]+[^,.\n]{1,20}?[ \t]+)?(?:(?:has|had|have|began|started|will|would)[ \t]+)?"
                        r"(?:imposed|imposes|impose|imposing|slapped|charges|charging|charged|levied|levies|applied|"
                        r"applies|put|puts)[ \t]+(?:an?|its|the)[ \t]+$")
_SHORT_OWNER = {"United States": "US", "U.S.": "US", "US": "US", "European Union": "EU", "Americans": "US"}


def _whose(label: str, before: str) -> str:
    """A levy's label with who levies it, when the words before the figure say: "Beijing's tariff on Canadian
    seafood", "US duty on Canadian seafood" (two rates on the same goods read apart)."""
    m = _LEVIED_BY.search(before)
    words = re.split(r"(?<=[a-z])\.[ \t]+", m.group("who"))[-1].split() if m else []   # ("… Conception Bay. China")
    while words and words[0] in _OPENERS:
        words = words[1:]                                 # "Then Washington put a …": Washington
    who = " ".join(words)
    if not who or who.lower() in label.lower() or who.endswith("s") and who not in _SHORT_OWNER:
        return label                                      # ("the Americans", "Officials": no one to name so)
    owner = _SHORT_OWNER.get(who, f"{who}\u2019s")
    return f"{owner} {label[:1].lower()}{label[1:]}"


_OPENERS = frozenset("The A An It They He She We Then And But So If Since In On After Before When Now Last This Meanwhile "
                     "January February March April May June July August September October November December".split())


@lru_cache(maxsize=8)
def _proper_names(text: str) -> frozenset[str]:
    """The words ``text`` writes with a capital inside its sentences, without a possessive's 's (one source's
    figures are labelled one after another: the last few texts are kept)."""
    return frozenset(_POSSESSIVE.sub("", name) for name in proper_names(text))


def _label(snippet: Snippet, exact: str, left_w: list[str], right_w: list[str],
           proper: frozenset[str] = frozenset()) -> str:
    if snippet.quantity == "count" or (not snippet.quantity and snippet.unit and snippet.unit not in
                                       ("percent", "percentage points") and snippet.value is not None
                                       and not snippet.unit.startswith(("$", "USD", "CAD", "EUR", "GBP"))):
        return _count_label(exact, left_w, right_w, snippet.unit, proper)
    if snippet.unit == "percent" and right_w[:1] and right_w[0].lower() == "of":
        label = _share_label(right_w)
    else:
        label = _rate_label(left_w, right_w) or _subject(left_w, proper)
    return label if len(label.split()) >= 2 else ""      # "Fund", "Rate": says too little
